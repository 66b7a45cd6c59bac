"""Telling teachers their entries were assessed (or could not be): which ones are due, and
in what shape.

An entry is claimed by a conditional update of `announced_at` before its message is
posted, so one instance posts it once however many run.

An entry from a Slack share is told in the thread of the message that confirmed the share
(its receipt's `confirmation_ts`), and not before that message is out. A bulk share, one
whose files gave more than `BULK_ENTRIES` entries, is told in ONE summary there once all
of them are done, rather than a message each: its reviews are one Review button away (the
review queue of that share). An entry that could not be assessed is still told on its
own, with its Try again button; so is one retried after the summary went out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Row, and_, func, select, update
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement, Select

from domain.db import rowcount
from domain.models import (
    Assessment,
    DataEntry,
    EntryStatus,
    ReviewState,
    SourceKind,
    Teacher,
    UploadReceipt,
    utcnow,
)

# More entries than this from one share, and the share gets one summary instead of a
# review message each: Slack allows one message a second in a conversation, and a
# teacher reads one summary of a bulk upload rather than twenty notifications.
BULK_ENTRIES = 3

_DONE = (EntryStatus.ASSESSED.value, EntryStatus.FAILED.value)


@dataclass(frozen=True)
class Thread:
    """The message (in the teacher's DM) whose thread an announcement goes in."""

    channel_id: str
    ts: str


@dataclass(frozen=True)
class Announcement:
    # The entry told; for a summary, the first of the share's entries.
    entry_id: int
    teacher_id: str
    slack_user_id: str
    status: EntryStatus
    thread: Thread | None = None
    # A bulk share's summary: every assessed entry it stands for (empty: one entry's review).
    summarised: tuple[int, ...] = ()

    @property
    def entry_ids(self) -> tuple[int, ...]:
        return self.summarised or (self.entry_id,)


@dataclass(frozen=True)
class UploadSummary:
    """What a bulk share gave, for its summary."""

    thread: Thread
    documents: int
    entries: int
    students: int
    assessed: int
    failed: int
    # Assessments of the share still waiting for the teacher's review.
    awaiting: int


@dataclass(frozen=True)
class _Due:
    entry_id: int
    status: EntryStatus
    teacher_id: str
    slack_user_id: str
    thread: Thread | None


def claim_announcements(
    session: Session, *, limit: int = 50, entry_id: int | None = None
) -> list[Announcement]:
    """Assessed or failed entries whose teacher is on Slack and has not been told yet;
    with `entry_id`, only that entry (a worker telling the teacher the moment it is done).
    An entry of a bulk share waits until the whole share is done, then comes as one
    summary."""
    query = _due().order_by(DataEntry.id).limit(limit)
    if entry_id is not None:
        query = query.where(DataEntry.id == entry_id)
    due = [_row(row) for row in session.execute(query)]
    threads = {d.thread for d in due if d.thread is not None}
    bulk = {thread: members for thread in threads if (members := _bulk(session, thread))}
    claimed: list[Announcement] = []
    summarised: set[Thread] = set()
    for item in due:
        thread = item.thread
        members = bulk.get(thread) if thread is not None else None
        if thread is None or members is None:
            if _claim(session, [item.entry_id]):
                claimed.append(_told_alone(item))
            continue
        if thread in summarised or not all(s in _DONE for s in members.values()):
            continue  # told with the share, once all of it is done
        summarised.add(thread)
        claimed += _claim_share(session, item, members)
    return claimed


def release_announcement(session: Session, entry_ids: int | tuple[int, ...]) -> None:
    """Slack refused the post outright: let a later pass try again."""
    ids = (entry_ids,) if isinstance(entry_ids, int) else entry_ids
    session.execute(
        update(DataEntry)
        .where(DataEntry.id.in_(ids), DataEntry.review_message_ts.is_(None))
        .values(announced_at=None)
    )


def record_review_message(
    session: Session, entry_ids: int | tuple[int, ...], channel_id: str, ts: str
) -> None:
    ids = (entry_ids,) if isinstance(entry_ids, int) else entry_ids
    session.execute(
        update(DataEntry)
        .where(DataEntry.id.in_(ids))
        .values(review_channel_id=channel_id, review_message_ts=ts)
    )


def upload_summary(session: Session, teacher_id: str, thread: Thread) -> UploadSummary:
    """Counts for a share's summary: its documents, entries, students and what awaits."""
    entries = _share_entries(thread).where(Teacher.id == teacher_id).subquery()
    row = session.execute(
        select(
            func.count(func.distinct(entries.c.source_ref)),
            func.count(),
            func.count(func.distinct(entries.c.student_id)),
            func.count().filter(entries.c.status == EntryStatus.ASSESSED.value),
            func.count().filter(entries.c.status == EntryStatus.FAILED.value),
        ).select_from(entries)
    ).one()
    awaiting = session.scalar(
        select(func.count())
        .select_from(Assessment)
        .where(
            Assessment.entry_id.in_(select(entries.c.id)),
            Assessment.review_state == ReviewState.PENDING.value,
        )
    )
    return UploadSummary(thread, row[0], row[1], row[2], row[3], row[4], awaiting or 0)


def share_entry_ids(thread_ts: str) -> Select[int]:
    """The entries of the share confirmed by the message `thread_ts` (its Review button's
    scope), whoever's students they are: callers add the viewer's own condition."""
    return (
        select(DataEntry.id)
        .join(UploadReceipt, _receipt_of_entry())
        .where(UploadReceipt.confirmation_ts == thread_ts)
    )


def _receipt_of_entry() -> ColumnElement[bool]:
    return and_(
        DataEntry.source_kind == SourceKind.SLACK_FILE.value,
        UploadReceipt.slack_file_id == DataEntry.source_ref,
    )


# The uploader's columns are None for an entry with no upload (the outer join).
def _due() -> Select[int, str, str, str | None, str | None, str | None, str | None]:
    """Done, untold entries of teachers on Slack, with the thread they go in. An entry of
    a share not yet told is not due: its review follows the share's confirmation."""
    return (
        select(
            DataEntry.id,
            DataEntry.status,
            Teacher.id,
            Teacher.slack_user_id,
            UploadReceipt.slack_user_id,
            UploadReceipt.confirmation_channel_id,
            UploadReceipt.confirmation_ts,
        )
        # The review goes to the teacher the entry was filed for (its uploader, or the
        # student's primary teacher), while the roster still lists them.
        .join(Teacher, Teacher.id == DataEntry.teacher_id)
        .outerjoin(UploadReceipt, _receipt_of_entry())
        .where(
            Teacher.active,
            DataEntry.announced_at.is_(None),
            DataEntry.status.in_(_DONE),
            Teacher.slack_user_id.is_not(None),
            (UploadReceipt.slack_file_id.is_(None) | UploadReceipt.told_at.is_not(None)),
        )
    )


def _row(row: Row[int, str, str, str | None, str | None, str | None, str | None]) -> _Due:
    entry_id, status, teacher_id, teacher_user, uploader, channel, ts = row
    assert teacher_user is not None
    # Only in the uploader's own DM: an admin's share may hold other teachers' students,
    # whose reviews go to their own teachers.
    thread = Thread(channel, ts) if channel and ts and uploader == teacher_user else None
    return _Due(entry_id, EntryStatus(status), teacher_id, teacher_user, thread)


def _share_entries(thread: Thread) -> Select[int, str, str, str, datetime | None]:
    """A share's entries told in the uploader's DM: those of the uploader's own students."""
    return (
        select(
            DataEntry.id,
            DataEntry.status,
            DataEntry.source_ref,
            DataEntry.student_id,
            DataEntry.announced_at,
        )
        .join(UploadReceipt, _receipt_of_entry())
        .join(Teacher, Teacher.id == DataEntry.teacher_id)
        .where(
            UploadReceipt.confirmation_channel_id == thread.channel_id,
            UploadReceipt.confirmation_ts == thread.ts,
            Teacher.slack_user_id == UploadReceipt.slack_user_id,
        )
    )


def _bulk(session: Session, thread: Thread) -> dict[int, str] | None:
    """A bulk share's entries and their statuses, while its summary is still to come;
    None when the share is small or its summary is out (a retried entry is told alone)."""
    members = session.execute(_share_entries(thread)).all()
    if len(members) <= BULK_ENTRIES or any(m.announced_at is not None for m in members):
        return None
    return {m.id: m.status for m in members}


def _claim(session: Session, entry_ids: list[int]) -> list[int]:
    """Take the entries still untold; the ones taken (a second instance gets none)."""
    taken = []
    for entry_id in entry_ids:
        done = session.execute(
            update(DataEntry)
            .where(DataEntry.id == entry_id, DataEntry.announced_at.is_(None))
            .values(announced_at=utcnow())
        )
        if rowcount(done) == 1:
            taken.append(entry_id)
    return taken


def _claim_share(session: Session, item: _Due, members: dict[int, str]) -> list[Announcement]:
    """The whole share at once: one summary of its assessed entries, and a message for each
    one that could not be assessed (it carries its own Try again)."""
    taken = _claim(session, sorted(members))
    if not taken:
        return []
    assessed = tuple(e for e in taken if members[e] == EntryStatus.ASSESSED.value)
    told = [
        Announcement(e, item.teacher_id, item.slack_user_id, EntryStatus.FAILED, item.thread)
        for e in taken
        if members[e] == EntryStatus.FAILED.value
    ]
    if assessed:
        summary = Announcement(
            assessed[0],
            item.teacher_id,
            item.slack_user_id,
            EntryStatus.ASSESSED,
            item.thread,
            summarised=assessed,
        )
        told.insert(0, summary)
    return told


def _told_alone(item: _Due) -> Announcement:
    return Announcement(
        item.entry_id, item.teacher_id, item.slack_user_id, item.status, item.thread
    )
