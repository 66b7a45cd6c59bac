"""Telling teachers their entries were assessed (or could not be): which ones are due.

An entry is claimed by a conditional update of `announced_at` before its message is
posted, so one instance posts it once however many run.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from domain.db import rowcount
from domain.models import DataEntry, EntryStatus, Student, Teacher, utcnow


@dataclass(frozen=True)
class Announcement:
    entry_id: int
    teacher_id: str
    slack_user_id: str
    status: EntryStatus


def claim_announcements(
    session: Session, *, limit: int = 50, entry_id: int | None = None
) -> list[Announcement]:
    """Assessed or failed entries whose teacher is on Slack and has not been told yet;
    with `entry_id`, only that entry (a worker telling the teacher the moment it is done)."""
    query = (
        select(DataEntry.id, DataEntry.status, Teacher.id, Teacher.slack_user_id)
        .join(Student, Student.id == DataEntry.student_id)
        .join(Teacher, Teacher.id == Student.teacher_id)
        .where(
            DataEntry.announced_at.is_(None),
            DataEntry.status.in_([EntryStatus.ASSESSED.value, EntryStatus.FAILED.value]),
            Teacher.slack_user_id.is_not(None),
        )
        .order_by(DataEntry.id)
        .limit(limit)
    )
    if entry_id is not None:
        query = query.where(DataEntry.id == entry_id)
    due = session.execute(query).all()
    claimed = []
    for entry_id, status, teacher_id, slack_user_id in due:
        assert slack_user_id is not None  # the query takes only teachers on Slack
        taken = session.execute(
            update(DataEntry)
            .where(DataEntry.id == entry_id, DataEntry.announced_at.is_(None))
            .values(announced_at=utcnow())
        )
        if rowcount(taken) == 1:
            claimed.append(Announcement(entry_id, teacher_id, slack_user_id, EntryStatus(status)))
    return claimed


def release_announcement(session: Session, entry_id: int) -> None:
    """Slack refused the post outright: let a later pass try again."""
    session.execute(
        update(DataEntry)
        .where(DataEntry.id == entry_id, DataEntry.review_message_ts.is_(None))
        .values(announced_at=None)
    )


def record_review_message(session: Session, entry_id: int, channel_id: str, ts: str) -> None:
    session.execute(
        update(DataEntry)
        .where(DataEntry.id == entry_id)
        .values(review_channel_id=channel_id, review_message_ts=ts)
    )
