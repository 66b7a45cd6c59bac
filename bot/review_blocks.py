"""Review messages and the Correct modal: assessments in, Block Kit out (pure functions)."""

from __future__ import annotations

from typing import Any

from bot import ids
from bot.blocks import BADGE_EMOJI, Blocks, context, escape, mrkdwn_section, plain
from bot.payloads import (
    AssessmentRef,
    CorrectionMetadata,
    EntryMessage,
    EntryRef,
    PageMessage,
    PageRef,
    message_block_id,
)
from domain.curriculum import Level
from domain.entry_review import EntryReview, ReviewedItem
from domain.models import EntryStatus, ReviewState

PAGE_SIZE = 10
QUOTE_LIMIT = 900
JUSTIFICATION_LIMIT = 600
FAILED_ENTRY = (
    "I couldn't assess {what} after several tries, so nothing was proposed. The entry is "
    "kept: press Try again when you like."
)


TRUNCATED_ENTRY = (
    "This entry is long: only the first {:,} of its {:,} characters of the student's words "
    "were assessed. Anything later in it was not read."
)


def entry_review_message(review: EntryReview) -> tuple[str, Blocks]:
    """One entry's assessments, each with Accept and Correct, and Accept all."""
    what = _entry_label(review)
    blocks: Blocks = [
        {
            **mrkdwn_section(f"*{escape(review.student_name)}* ({review.student_id}): {what}"),
            "block_id": message_block_id(
                EntryMessage(entry=review.entry_id), ids.MESSAGE_BLOCK_PREFIX
            ),
        }
    ]
    if review.status is EntryStatus.FAILED:
        blocks.append(mrkdwn_section(FAILED_ENTRY.format(what=what)))
        retry = _button("Try again", ids.RETRY_ENTRY_ACTION, EntryRef(e=review.entry_id).dump())
        blocks.append({"type": "actions", "elements": [retry]})
        return f"{review.student_name}: {what} could not be assessed", blocks
    if review.status in (EntryStatus.PENDING, EntryStatus.PROCESSING):
        blocks.append(
            mrkdwn_section(":hourglass_flowing_sand: Assessing again; I'll post the result.")
        )
        return f"{review.student_name}: {what} is being assessed", blocks
    if not review.items:
        blocks.append(
            mrkdwn_section(
                "I found no evidence clear enough to propose a level this time. "
                "Nothing waits for your review."
            )
        )
    for item in review.items:
        blocks += _item_blocks(item)
    pending = [item for item in review.pending if item.actionable]
    if len(pending) > 1:
        blocks.append(
            {
                "type": "actions",
                "elements": [
                    _button(
                        f"Accept all {len(pending)}",
                        ids.ACCEPT_ALL_ACTION,
                        EntryRef(e=review.entry_id).dump(),
                        style="primary",
                    )
                ],
            }
        )
    if review.dropped_items:
        blocks.append(
            context(
                f"{review.dropped_items} proposal(s) were left out because their evidence "
                "could not be found word for word in the student's own text."
            )
        )
    if review.assessed_chars is not None and review.own_chars is not None:
        blocks.append(context(TRUNCATED_ENTRY.format(review.assessed_chars, review.own_chars)))
    waiting = len(review.pending)
    text = f"{review.student_name}: {len(review.items)} assessment(s) from {what}" + (
        f", {waiting} awaiting your review." if waiting else ", all reviewed."
    )
    return text, blocks


def review_page_message(
    items: list[ReviewedItem], *, offset: int, total_pending: int
) -> tuple[str, Blocks]:
    """A page of the review queue (lowest confidence first), with the same buttons."""
    shows = PageMessage(ids=[item.assessment_id for item in items], offset=offset)
    if not items:
        heading = "*Your review queue is empty.* Every assessment has been reviewed: thank you."
    else:
        heading = (
            f"*Awaiting your review:* {total_pending} assessment(s), least certain first. "
            f"Showing {offset + 1}\u2013{offset + len(items)}."
        )
    blocks: Blocks = [
        {
            **mrkdwn_section(heading),
            "block_id": message_block_id(shows, ids.MESSAGE_BLOCK_PREFIX),
        }
    ]
    for item in items:
        blocks += _item_blocks(item, with_student=True)
    navigation = []
    if offset > 0:
        navigation.append(
            _button(
                "Previous", ids.REVIEW_PAGE_ACTION, PageRef(o=max(0, offset - PAGE_SIZE)).dump()
            )
        )
    pending_here = sum(item.state is ReviewState.PENDING for item in items)
    # Reviewed items leave the queue, so the next page starts where the pending ones end.
    next_offset = offset + pending_here
    if total_pending > next_offset:
        navigation.append(
            _button("Next page", ids.REVIEW_PAGE_ACTION, PageRef(o=next_offset).dump())
        )
    if navigation:
        blocks.append({"type": "actions", "elements": navigation})
    return f"{total_pending} assessment(s) awaiting your review.", blocks


def correction_modal(item: ReviewedItem, metadata: CorrectionMetadata) -> dict[str, Any]:
    """Level, reason and notes for the assessor; opened straight from the Correct button."""
    options = [_option(level.value, level.value) for level in Level if level is not item.level]
    return {
        "type": "modal",
        "callback_id": ids.CORRECTION_VIEW,
        "private_metadata": metadata.dump(),
        "title": plain("Correct a level"),
        "submit": plain("Save correction"),
        "close": plain("Cancel"),
        "blocks": [
            mrkdwn_section(
                f"*{escape(item.student_name)}*, {item.skill.value}: proposed "
                f"*{item.level.value}*\n>{_quote(item.evidence_quote)}"
            ),
            {
                "type": "input",
                "block_id": ids.CORRECTION_LEVEL_BLOCK,
                "label": plain("The level you see"),
                "element": {
                    "type": "static_select",
                    "action_id": ids.CORRECTION_LEVEL_INPUT,
                    "placeholder": plain("Choose a level"),
                    "options": options,
                },
            },
            {
                "type": "input",
                "block_id": ids.CORRECTION_JUSTIFICATION_BLOCK,
                "label": plain("Why"),
                "element": {
                    "type": "plain_text_input",
                    "action_id": ids.CORRECTION_JUSTIFICATION_INPUT,
                    "multiline": True,
                    "max_length": 1000,
                    "placeholder": plain("What in the evidence shows this level?"),
                },
            },
            {
                "type": "input",
                "block_id": ids.CORRECTION_NOTES_BLOCK,
                "optional": True,
                "label": plain("Notes for the assessor"),
                "hint": plain("Shown to the assessor with future entries from your class."),
                "element": {
                    "type": "plain_text_input",
                    "action_id": ids.CORRECTION_NOTES_INPUT,
                    "multiline": True,
                    "max_length": 1000,
                },
            },
        ],
    }


def _item_blocks(item: ReviewedItem, *, with_student: bool = False) -> Blocks:
    who = f"{escape(item.student_name)} ({item.student_id}) \u00b7 " if with_student else ""
    confidence = f"{round(item.confidence * 100)}% sure"
    section = mrkdwn_section(
        f"{who}*{item.skill.value}*: *{item.level.value}* _({confidence})_\n"
        f">{_quote(item.evidence_quote)}\n{_clip(escape(item.justification), JUSTIFICATION_LIMIT)}"
    )
    blocks: Blocks = [section]
    if item.state is ReviewState.PENDING:
        if item.actionable:
            value = AssessmentRef(a=item.assessment_id).dump()
            blocks.append(
                {
                    "type": "actions",
                    "elements": [
                        _button("Accept", ids.ACCEPT_ACTION, value, style="primary"),
                        _button("Correct", ids.CORRECT_ACTION, value),
                    ],
                }
            )
        else:
            blocks.append(context("Awaiting review by the student's teacher."))
        return blocks
    blocks.append(context(_outcome(item)))
    return blocks


def _outcome(item: ReviewedItem) -> str:
    who = escape(item.reviewer_name or "a teacher")
    when = f" on {item.reviewed_at:%-d %b}" if item.reviewed_at else ""
    if item.state is ReviewState.CORRECTED and item.proposed_level is not None:
        line = (
            f":pencil2: Corrected to *{item.level.value}* "
            f"(proposed {item.proposed_level.value}) by {who}{when}"
        )
    else:
        line = f":white_check_mark: Accepted by {who}{when}"
    if item.badge is not None:
        line += (
            f"  {BADGE_EMOJI[item.badge]} *{item.badge.value.title()} badge* earned "
            f"in {item.skill.value}!"
        )
    for level in item.targets_reached:
        line += f"  :dart: *Target reached:* {item.skill.value} {level.value}"
    return line


def _entry_label(review: EntryReview) -> str:
    kind = review.entry_type.label.lower()
    return f"{kind} of {review.entry_date:%-d %b %Y}"


def _quote(text: str) -> str:
    # One quoted paragraph: newlines inside would end Slack's quote mark.
    return _clip(escape(" ".join(text.split())), QUOTE_LIMIT)


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def _button(text: str, action_id: str, value: str, *, style: str | None = None) -> dict[str, Any]:
    button: dict[str, Any] = {
        "type": "button",
        "text": plain(text),
        "action_id": action_id,
        "value": value,
    }
    if style:
        button["style"] = style
    return button


def _option(text: str, value: str) -> dict[str, Any]:
    return {"text": plain(text), "value": value}
