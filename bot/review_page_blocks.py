"""A page of the /review queue: the least certain first, each item naming its student and
the document its quote came from, with the same controls as an entry's message."""

from __future__ import annotations

from bot import ids
from bot.blocks import Blocks, mrkdwn_section
from bot.mrkdwn import plain_words
from bot.payloads import PageMessage, PageRef, message_block_id
from bot.review_items import accept_controls, button, item_section
from domain.entry_review import ReviewedItem
from domain.models import ReviewState

PAGE_SIZE = 10


def review_page_message(
    items: list[ReviewedItem],
    *,
    offset: int,
    total_pending: int,
    upload: str | None = None,
) -> tuple[str, Blocks]:
    """A page of the review queue (lowest confidence first); with `upload`, the page of
    one upload's assessments (its summary's Review button), paged within it."""
    shows = PageMessage(ids=[item.assessment_id for item in items], offset=offset, u=upload)
    if not items:
        heading = (
            "*Everything from this upload has been reviewed:* thank you."
            if upload
            else "*Your review queue is empty.* Every assessment has been reviewed: thank you."
        )
    else:
        heading = (
            f"*Awaiting your review{' from this upload' if upload else ''}:* "
            f"{total_pending} assessment(s), least certain first. "
            f"Showing {offset + 1}\u2013{offset + len(items)}."
        )
    blocks: Blocks = [
        {
            **mrkdwn_section(heading),
            "block_id": message_block_id(shows, ids.MESSAGE_BLOCK_PREFIX),
        }
    ]
    blocks += [item_section(item, with_student=True) for item in items]
    blocks += accept_controls(items)
    navigation = []
    if offset > 0:
        navigation.append(
            button(
                "Previous",
                ids.REVIEW_PAGE_ACTION,
                PageRef(o=max(0, offset - PAGE_SIZE), u=upload).dump(),
            )
        )
    pending_here = sum(item.state is ReviewState.PENDING for item in items)
    # Reviewed items leave the queue, so the next page starts where the pending ones end.
    next_offset = offset + pending_here
    if total_pending > next_offset:
        navigation.append(
            button("Next page", ids.REVIEW_PAGE_ACTION, PageRef(o=next_offset, u=upload).dump())
        )
    if navigation:
        blocks.append({"type": "actions", "elements": navigation})
    return plain_words(f"{total_pending} assessment(s) awaiting your review."), blocks
