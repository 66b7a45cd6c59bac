"""The durable queue of entries waiting for assessment, kept in the entries table itself.

Entries are committed `pending` before any assessor call. A worker claims some: on
PostgreSQL with `FOR UPDATE SKIP LOCKED`, so workers never wait on or take each other's
rows; on SQLite the transaction's write lock does the same for its one writer. A claim is
a lease with an owner token; only the owner may finish the entry, and only one finishing
transaction can flip it to `assessed`, so a worker that was presumed dead and comes back
writes nothing. When a lease runs out (the worker was killed), the entry is claimed again.

Work is taken fairly, so a bulk upload never starves a single note: a worker takes the
entry of the teacher with the fewest entries in flight and, among those, the one served
least recently; within a teacher, uploads take turns the same way (`fair_order`).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Select, and_, case, func, or_, select, update
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql import ColumnElement

from domain.curriculum import EntryType
from domain.models import Assessment, DataEntry, EntryStatus, utcnow
from domain.validation import ValidItem


@dataclass(frozen=True)
class QueuePolicy:
    lease: timedelta = timedelta(minutes=5)
    max_attempts: int = 4
    first_backoff: timedelta = timedelta(seconds=10)
    max_backoff: timedelta = timedelta(minutes=10)

    def backoff(self, attempts: int) -> timedelta:
        """10 s, 20 s, 40 s, ... after the 1st, 2nd, 3rd failed attempt."""
        return min(self.first_backoff * (2 ** max(attempts - 1, 0)), self.max_backoff)


@dataclass(frozen=True)
class Claim:
    entry_id: int
    student_id: str
    teacher_id: str | None
    entry_type: EntryType
    entry_date: date
    own_text: str
    context: str
    attempts: int
    token: str


def claimable(now: datetime) -> ColumnElement[bool]:
    """Entries a worker may take now: pending and due, or processing with a lapsed lease."""
    return or_(
        and_(
            DataEntry.status == EntryStatus.PENDING.value,
            or_(DataEntry.next_attempt_at.is_(None), DataEntry.next_attempt_at <= now),
        ),
        and_(
            DataEntry.status == EntryStatus.PROCESSING.value,
            DataEntry.lease_expires_at < now,
        ),
    )


# How many entries one claim considers, fairest first. Under SKIP LOCKED a worker whose
# first choice another worker is locking at that instant takes the next one (the next
# teacher's turn), so this only needs to exceed the number of workers claiming at once.
CANDIDATES = 16


def in_flight(now: datetime) -> ColumnElement[bool]:
    """Entries a live worker holds: they count against their teacher's and upload's turn."""
    return and_(
        DataEntry.status == EntryStatus.PROCESSING.value,
        DataEntry.lease_expires_at >= now,
    )


def fair_order(now: datetime, *, limit: int = CANDIDATES) -> Select[tuple[int]]:
    """Ids of claimable entries, the one to take first first.

    Teachers take turns: the first entry of each teacher comes before anyone's second,
    and among teachers the one with the fewest entries in flight, then the one served
    least recently (never first), goes first. Within a teacher, uploads (`source_ref`: a
    Slack file or a document, which a transcript splits into one entry per student) take
    turns the same way, so a teacher's single note is not queued behind their own
    30-student transcript. Served = the latest `assessed_at`, read from an index.

    Window functions cannot be combined with FOR UPDATE: this only picks ids; `claim`
    locks the rows one by one.
    """
    queued = (
        select(
            DataEntry.id,
            DataEntry.teacher_id,
            # Entries whose teacher was removed share one turn; '' is never a teacher id.
            func.coalesce(DataEntry.teacher_id, "").label("teacher"),
            DataEntry.source_ref,
            case((claimable(now), 1), else_=0).label("ready"),
            case((in_flight(now), 1), else_=0).label("busy"),
        )
        # The queue's partial index: only pending and processing entries are read here.
        .where(DataEntry.status.in_([EntryStatus.PENDING.value, EntryStatus.PROCESSING.value]))
        .subquery("queued")
    )
    served = aliased(DataEntry, name="served")

    by_teacher = (
        select(
            queued.c.teacher,
            queued.c.teacher_id,
            func.sum(queued.c.busy).label("busy"),
            func.min(case((queued.c.ready == 1, queued.c.id))).label("head"),
        )
        .group_by(queued.c.teacher, queued.c.teacher_id)
        .subquery("by_teacher")
    )
    teachers = select(
        by_teacher,
        func.coalesce(
            select(func.max(served.assessed_at))
            .where(served.teacher_id == by_teacher.c.teacher_id)
            .scalar_subquery(),
            # Two lookups rather than a null-safe comparison, which no index serves.
            select(func.max(served.assessed_at))
            .where(served.teacher_id.is_(None), by_teacher.c.teacher_id.is_(None))
            .scalar_subquery(),
        ).label("last"),
    ).subquery("teachers")

    by_upload = (
        select(
            queued.c.teacher,
            queued.c.teacher_id,
            queued.c.source_ref,
            func.sum(queued.c.busy).label("busy"),
            func.min(case((queued.c.ready == 1, queued.c.id))).label("head"),
        )
        .group_by(queued.c.teacher, queued.c.teacher_id, queued.c.source_ref)
        .subquery("by_upload")
    )
    uploads = select(
        by_upload,
        func.coalesce(
            select(func.max(served.assessed_at))
            .where(
                served.teacher_id == by_upload.c.teacher_id,
                served.source_ref == by_upload.c.source_ref,
            )
            .scalar_subquery(),
            select(func.max(served.assessed_at))
            .where(
                served.teacher_id.is_(None),
                by_upload.c.teacher_id.is_(None),
                served.source_ref == by_upload.c.source_ref,
            )
            .scalar_subquery(),
        ).label("last"),
    ).subquery("uploads")

    ready = (
        select(
            queued.c.id,
            queued.c.teacher,
            row_number(
                partition_by=[queued.c.teacher, queued.c.source_ref], order_by=queued.c.id
            ).label("upload_turn"),
            uploads.c.busy.label("upload_busy"),
            uploads.c.last.label("upload_last"),
            uploads.c.head.label("upload_head"),
            teachers.c.busy.label("teacher_busy"),
            teachers.c.last.label("teacher_last"),
            teachers.c.head.label("teacher_head"),
        )
        .join(
            uploads,
            and_(
                uploads.c.teacher == queued.c.teacher,
                uploads.c.source_ref == queued.c.source_ref,
            ),
        )
        .join(teachers, teachers.c.teacher == queued.c.teacher)
        .where(queued.c.ready == 1)
        .subquery("ready")
    )
    turns = select(
        ready,
        row_number(
            partition_by=ready.c.teacher,
            order_by=[
                ready.c.upload_turn,
                ready.c.upload_busy,
                ready.c.upload_last.asc().nulls_first(),
                ready.c.upload_head,
                ready.c.id,
            ],
        ).label("teacher_turn"),
    ).subquery("turns")
    return (
        select(turns.c.id)
        .order_by(
            turns.c.teacher_turn,
            turns.c.teacher_busy,
            turns.c.teacher_last.asc().nulls_first(),
            turns.c.teacher_head,
            turns.c.id,
        )
        .limit(limit)
    )


def row_number(*, partition_by: Any, order_by: Any) -> ColumnElement[int]:
    return func.row_number().over(partition_by=partition_by, order_by=order_by)


def claim(
    session: Session,
    worker: str,
    policy: QueuePolicy,
    *,
    limit: int = 1,
    now: datetime | None = None,
) -> list[Claim]:
    """Take up to `limit` entries for `worker`, fairly; commit the caller's transaction
    right after."""
    now = now or utcnow()
    claims: list[Claim] = []
    while len(claims) < limit:
        entry = _lock_next(session, now)
        if entry is None:
            break
        if entry.attempts >= policy.max_attempts:
            # Its workers kept dying mid-entry: stop, rather than loop on it forever.
            entry.status = EntryStatus.FAILED.value
            entry.last_error = entry.last_error or "the assessment was interrupted too often"
            entry.claimed_by = None
            entry.lease_expires_at = None
            session.flush()
            continue
        token = f"{worker}:{uuid.uuid4().hex[:12]}"
        entry.status = EntryStatus.PROCESSING.value
        entry.claimed_by = token
        entry.lease_expires_at = now + policy.lease
        entry.attempts += 1
        # Flushed before the next pick, so this entry counts as in flight for its teacher.
        session.flush()
        claims.append(
            Claim(
                entry_id=entry.id,
                student_id=entry.student_id,
                teacher_id=entry.teacher_id,
                entry_type=EntryType(entry.entry_type),
                entry_date=entry.entry_date,
                own_text=entry.own_text,
                context=entry.content,
                attempts=entry.attempts,
                token=token,
            )
        )
    return claims


def _lock_next(session: Session, now: datetime) -> DataEntry | None:
    """The fairest claimable entry nobody else is taking, locked (PostgreSQL: a row lock,
    skipping rows another worker holds; SQLite: the transaction's write lock)."""
    postgres = session.get_bind().dialect.name == "postgresql"
    for entry_id in session.scalars(fair_order(now)).all():
        # Claimable is checked again: another worker may have taken it since the pick.
        query = select(DataEntry).where(DataEntry.id == entry_id, claimable(now))
        if postgres:
            query = query.with_for_update(skip_locked=True)
        entry = session.scalars(query).one_or_none()
        if entry is not None:
            return entry
    return None


def complete(
    session: Session,
    claim: Claim,
    items: list[ValidItem],
    *,
    model: str,
    rubric_version: str,
    dropped: list[str],
    assessed_chars: int | None = None,
) -> bool:
    """Store an entry's assessments in one go; False, writing nothing, if the lease was lost."""
    now = utcnow()
    taken = session.execute(
        update(DataEntry)
        .where(
            DataEntry.id == claim.entry_id,
            DataEntry.claimed_by == claim.token,
            DataEntry.status == EntryStatus.PROCESSING.value,
        )
        .values(
            status=EntryStatus.ASSESSED.value,
            assessed_at=now,
            claimed_by=None,
            lease_expires_at=None,
            next_attempt_at=None,
            last_error=None,
            dropped_items=len(dropped),
            drop_reasons=dropped or None,
            assessed_chars=assessed_chars,
        )
    )
    if taken.rowcount != 1:
        return False
    session.add_all(
        Assessment(
            entry_id=claim.entry_id,
            student_id=claim.student_id,
            skill=item.skill.value,
            category=item.skill.category.value,
            level=item.level.value,
            confidence=item.confidence,
            evidence_quote=item.evidence_quote,
            justification=item.justification,
            model=model,
            rubric_version=rubric_version,
            observed_on=claim.entry_date,
        )
        for item in items
    )
    session.flush()
    return True


def fail(
    session: Session, claim: Claim, reason: str, *, retryable: bool, policy: QueuePolicy
) -> EntryStatus | None:
    """Record a failed attempt: back to pending after a backoff, or `failed` for good.

    Returns the entry's new status, or None if the lease had already been lost.
    """
    now = utcnow()
    final = not retryable or claim.attempts >= policy.max_attempts
    status = EntryStatus.FAILED if final else EntryStatus.PENDING
    result = session.execute(
        update(DataEntry)
        .where(DataEntry.id == claim.entry_id, DataEntry.claimed_by == claim.token)
        .values(
            status=status.value,
            last_error=reason[:1000],
            claimed_by=None,
            lease_expires_at=None,
            next_attempt_at=None if final else now + policy.backoff(claim.attempts),
        )
    )
    return status if result.rowcount == 1 else None


def queue_counts(session: Session) -> dict[EntryStatus, int]:
    rows = session.execute(select(DataEntry.status, func.count()).group_by(DataEntry.status))
    counts = dict.fromkeys(EntryStatus, 0)
    counts.update({EntryStatus(status): count for status, count in rows})
    return counts


def next_due(session: Session) -> datetime | None:
    """When the earliest entry waiting out a backoff becomes claimable again."""
    return session.scalar(
        select(func.min(DataEntry.next_attempt_at)).where(
            DataEntry.status == EntryStatus.PENDING.value
        )
    )
