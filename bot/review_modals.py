"""The review's modals: correcting a level (the reason optional, with quick choices) and an
item's details (the whole quote, what its level means, the document it came from)."""

from __future__ import annotations

from typing import Any

from bot import ids
from bot.blocks import context, mrkdwn_section, plain
from bot.mrkdwn import escape
from bot.payloads import CorrectionMetadata
from bot.review_items import CLOSER_LOOK, clip, document_words, quote_or_removed, removed_words
from domain.curriculum import Level, rubric
from domain.entry_review import ReviewedItem
from domain.models import CorrectionReason, ReviewState

QUOTE_LIMIT = 2500
JUSTIFICATION_LIMIT = 1500
TITLE_LIMIT = 24


def correction_modal(item: ReviewedItem, metadata: CorrectionMetadata) -> dict[str, Any]:
    """Level (required), a quick reason and words (both optional), notes for the assessor."""
    levels = [_option(level.value, level.value) for level in Level if level is not item.level]
    reasons = [_option(reason.label, reason.value) for reason in CorrectionReason]
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
                f"*{item.level.value}*\n"
                + quote_or_removed(item, lambda text: f">{_quote(text, 900)}")
            ),
            {
                "type": "input",
                "block_id": ids.CORRECTION_LEVEL_BLOCK,
                "label": plain("The level you see"),
                "element": {
                    "type": "static_select",
                    "action_id": ids.CORRECTION_LEVEL_INPUT,
                    "placeholder": plain("Choose a level"),
                    "options": levels,
                },
            },
            {
                "type": "input",
                "block_id": ids.CORRECTION_REASON_BLOCK,
                "optional": True,
                "label": plain("Why, in a word"),
                "element": {
                    "type": "radio_buttons",
                    "action_id": ids.CORRECTION_REASON_INPUT,
                    "options": reasons,
                },
            },
            {
                "type": "input",
                "block_id": ids.CORRECTION_JUSTIFICATION_BLOCK,
                "optional": True,
                "label": plain("Anything to add"),
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


def details_modal(item: ReviewedItem) -> dict[str, Any]:
    """Everything one line leaves out. A corrected item shows the teacher's level and
    reason in place of the assessor's; a dismissed one says it is not evidence."""
    current = rubric()
    skill = current.skills[item.skill]
    blocks: list[dict[str, Any]] = [
        mrkdwn_section(
            f"*{escape(item.student_name)}* ({item.student_id}) \u00b7 {item.skill.value}"
        ),
        mrkdwn_section(quote_or_removed(item, lambda text: f">{_quote(text, QUOTE_LIMIT)}")),
    ]
    if item.document is not None:
        blocks.append(context(f"From: {document_words(item.document)}"))
    if item.state is ReviewState.DISMISSED:
        blocks.append(mrkdwn_section("*Not evidence of this skill*, said the teacher."))
    elif item.state is ReviewState.CORRECTED:
        reason = escape(item.teacher_reason) if item.teacher_reason else "No reason given."
        blocks.append(
            mrkdwn_section(
                f"*{item.level.value}*, the teacher's level: {clip(reason, JUSTIFICATION_LIMIT)}"
            )
        )
    else:
        why = (
            clip(escape(item.justification), JUSTIFICATION_LIMIT)
            if item.justification is not None
            else removed_words(item)
        )
        blocks.append(mrkdwn_section(f"*{item.level.value}*, proposed: {why}"))
    blocks.append(
        mrkdwn_section(
            f"*What {item.level.value} means in {item.skill.value}:* "
            f"{escape(skill.descriptors[item.level])}"
        )
    )
    if item.state is ReviewState.CORRECTED and item.proposed_level is not None:
        blocks.append(
            context(
                f"The assessor had proposed {item.proposed_level.value}: "
                f"{escape(skill.descriptors[item.proposed_level])}"
            )
        )
    if item.closer_look:
        blocks.append(context(f"{CLOSER_LOOK}: the evidence is thin or the level uncertain."))
    return {
        "type": "modal",
        "callback_id": ids.DETAILS_VIEW,
        "title": plain(clip(item.skill.value, TITLE_LIMIT)),
        "close": plain("Close"),
        "blocks": blocks,
    }


def _quote(text: str, limit: int) -> str:
    # One quoted paragraph: newlines inside would end Slack's quote mark.
    return clip(escape(" ".join(text.split())), limit)


def _option(text: str, value: str) -> dict[str, Any]:
    return {"text": plain(text), "value": value}
