"""Upload receipts: a shared file is recorded before anything is done with it, so Slack's
retries, the parallel `file_shared` event and a second instance leave it alone."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import update
from sqlalchemy.orm import Session

from domain.db import insert_unless_present
from domain.models import UploadReceipt, UploadStatus, utcnow

# A receipt stuck in `processing` this long belongs to a process that died mid-way: the
# file may be taken again (the entries' own uniqueness still prevents duplicates).
STALE_AFTER = timedelta(minutes=10)


def claim_upload(session: Session, *, file_id: str, slack_user_id: str, channel_id: str) -> bool:
    """True for the one delivery that should process this file."""
    now = utcnow()
    if insert_unless_present(
        session,
        UploadReceipt,
        {
            "slack_file_id": file_id,
            "slack_user_id": slack_user_id,
            "channel_id": channel_id,
            "status": UploadStatus.PROCESSING.value,
            "received_at": now,
            "updated_at": now,
        },
        ["slack_file_id"],
    ):
        return True
    retaken = session.execute(
        update(UploadReceipt)
        .where(
            UploadReceipt.slack_file_id == file_id,
            UploadReceipt.status == UploadStatus.PROCESSING.value,
            UploadReceipt.updated_at < now - STALE_AFTER,
        )
        .values(updated_at=now)
    )
    return retaken.rowcount == 1


def settle_upload(
    session: Session, file_id: str, status: UploadStatus, detail: str | None = None
) -> None:
    session.execute(
        update(UploadReceipt)
        .where(UploadReceipt.slack_file_id == file_id)
        .values(status=status.value, detail=detail, updated_at=utcnow())
    )


def take_choice(session: Session, *, file_id: str, slack_user_id: str) -> bool:
    """The picker's submit: True once, for the teacher who shared the file, while it still
    waits for a choice (a double submit files nothing twice)."""
    taken = session.execute(
        update(UploadReceipt)
        .where(
            UploadReceipt.slack_file_id == file_id,
            UploadReceipt.slack_user_id == slack_user_id,
            UploadReceipt.status == UploadStatus.NEEDS_CHOICE.value,
        )
        .values(status=UploadStatus.PROCESSING.value, updated_at=utcnow())
    )
    return taken.rowcount == 1
