"""Drawing review messages from the database: after a click, after a correction, on /review."""

from __future__ import annotations

from sqlalchemy.orm import Session

from bot.blocks import Blocks
from bot.payloads import EntryMessage, PageMessage
from bot.review_blocks import entry_review_message
from bot.review_page_blocks import PAGE_SIZE, review_page_message
from domain.access import Viewer
from domain.entry_review import entry_review, reviewed_items
from domain.review import review_queue


def render(
    session: Session, viewer: Viewer, shows: EntryMessage | PageMessage
) -> tuple[str, Blocks]:
    """What the message naming `shows` looks like now, as this viewer may see it."""
    if isinstance(shows, EntryMessage):
        return entry_review_message(entry_review(session, viewer, shows.entry))
    items = reviewed_items(session, viewer, shows.ids)
    return review_page_message(
        items,
        offset=shows.offset,
        total_pending=_pending(session, viewer, shows.u),
        upload=shows.u,
    )


def review_page(
    session: Session,
    viewer: Viewer,
    offset: int,
    *,
    upload: str | None = None,
    shown: list[str] | None = None,
) -> tuple[str, Blocks]:
    """A fresh page of the viewer's queue starting at `offset`; with `upload`, of that
    upload's assessments only (a bulk upload's Review button). The students whose items
    the page shows are added to `shown`, for the access log."""
    if viewer.teacher_id is None:
        return review_page_message([], offset=0, total_pending=0, upload=upload)
    page = review_queue(session, viewer.teacher_id, limit=PAGE_SIZE, offset=offset, upload=upload)
    if not page.items and offset > 0:  # the queue shrank under the teacher: back to the start
        page = review_queue(session, viewer.teacher_id, limit=PAGE_SIZE, offset=0, upload=upload)
    items = reviewed_items(session, viewer, [item.assessment_id for item in page.items])
    if shown is not None:
        shown.extend(dict.fromkeys(item.student_id for item in items))
    return review_page_message(items, offset=page.offset, total_pending=page.total, upload=upload)


def _pending(session: Session, viewer: Viewer, upload: str | None) -> int:
    if viewer.teacher_id is None:
        return 0
    return review_queue(session, viewer.teacher_id, limit=1, upload=upload).total
