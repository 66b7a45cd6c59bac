"""The review message for one entry: a heading naming the student and the document (linked
to the file in Slack), one line per assessment, and one primary action (accept them all).
Pure: an EntryReview in, (plain fallback text, blocks) out."""

from __future__ import annotations

from bot import ids
from bot.blocks import Blocks, context, mrkdwn_section
from bot.mrkdwn import escape, plain_words
from bot.payloads import EntryMessage, EntryRef, message_block_id
from bot.review_items import accept_controls, button, document_words, item_section
from domain.entry_review import EntryReview
from domain.models import EntryStatus

FAILED_ENTRY = (
    "I couldn't assess {what} after several tries, so nothing was proposed. The entry is "
    "kept: press Try again when you like."
)


TRUNCATED_ENTRY = (
    "This entry is long: only the first {:,} of its {:,} characters of the student's words "
    "were assessed. Anything later in it was not read."
)


def entry_review_message(review: EntryReview) -> tuple[str, Blocks]:
    """One entry's assessments, each on one line, with Accept all, Accept selected, a menu
    per item (what its level means, correct, not this skill) and Undo once reviewed."""
    what = _entry_label(review)
    name = escape(review.student_name)
    heading = f"*{name}* ({review.student_handle}) \u00b7 " + (
        document_words(review.document) if review.document is not None else what
    )
    blocks: Blocks = [
        {
            **mrkdwn_section(heading),
            "block_id": message_block_id(
                EntryMessage(entry=review.entry_id), ids.MESSAGE_BLOCK_PREFIX
            ),
        }
    ]
    if review.status is EntryStatus.FAILED:
        blocks.append(mrkdwn_section(FAILED_ENTRY.format(what=what)))
        retry = button("Try again", ids.RETRY_ENTRY_ACTION, EntryRef(e=review.entry_id).dump())
        blocks.append({"type": "actions", "elements": [retry]})
        return plain_words(f"{name}: {what} could not be assessed"), blocks
    if review.status in (EntryStatus.PENDING, EntryStatus.PROCESSING):
        blocks.append(mrkdwn_section("Assessing again; I'll post the result."))
        return plain_words(f"{name}: {what} is being assessed"), blocks
    if not review.items:
        blocks.append(
            mrkdwn_section(
                "I found no evidence clear enough to propose a level this time. "
                "Nothing waits for your review."
            )
        )
    blocks += [item_section(item) for item in review.items]
    blocks += accept_controls(review.items)
    notes = []
    if any(item.actionable for item in review.pending):
        notes.append("Each item's \u22ef shows what its level means and the whole quote.")
    if review.dropped_items:
        notes.append(
            f"{review.dropped_items} proposal(s) were left out: their evidence could not be "
            "found word for word in the student's own text."
        )
    if notes:
        blocks.append(context(" ".join(notes)))
    if review.assessed_chars is not None and review.own_chars is not None:
        blocks.append(context(TRUNCATED_ENTRY.format(review.assessed_chars, review.own_chars)))
    waiting = len(review.pending)
    text = f"{name}: {len(review.items)} assessment(s) from {what}" + (
        f", {waiting} awaiting your review." if waiting else ", all reviewed."
    )
    return plain_words(text), blocks


def _entry_label(review: EntryReview) -> str:
    kind = review.entry_type.label.lower()
    return f"{kind} of {review.entry_date:%-d %b %Y}"
