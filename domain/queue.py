"""The durable queue of entries waiting for assessment, kept in the entries table itself.

Entries are committed `pending` before any assessor call. A worker claims some: on
PostgreSQL with `FOR UPDATE SKIP LOCKED`, so workers never wait on or take each other's
rows; on SQLite the transaction's write lock does the same for its one writer. A claim is
a lease with an owner token; only the owner may finish the entry, and only one finishing
transaction can flip it to `assessed`, so a worker that was presumed dead and comes back
writes nothing. When a lease runs out (the worker was killed), the entry is claimed again;
a worker that stops on purpose gives its entries back at once (`release`).

Work is taken fairly, so a bulk upload never starves a single note: a worker takes the
entry of the teacher with the fewest entries in flight and, among those, the one served
least recently; within a teacher, uploads take turns the same way (`fair_candidates`).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Select, and_, case, func, literal_column, or_, select, update
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql import ColumnElement

from domain.curriculum import EntryType
from domain.db import rowcount
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


# How many entries one claim tries, fairest first. Under SKIP LOCKED a worker whose first
# choice another worker is locking at that instant takes the next one (the next teacher's
# turn), so this only needs to exceed the number of workers claiming at once; past it, the
# oldest claimable entry is taken, so no worker ever idles while work is claimable.
CANDIDATES = 16
# Literals rather than bound parameters, so SQLite sees the queue's partial index applies.
QUEUED: list[ColumnElement[str]] = [
    literal_column(f"'{status.value}'") for status in (EntryStatus.PENDING, EntryStatus.PROCESSING)
]


def in_flight(now: datetime) -> ColumnElement[bool]:
    """Entries a live worker holds: they count against their teacher's and upload's turn."""
    return and_(
        DataEntry.status == EntryStatus.PROCESSING.value,
        DataEntry.lease_expires_at >= now,
    )


@dataclass(frozen=True)
class Turn:
    """A teacher's, or an upload's, place in line: fewest entries in flight first, then
    the one served least recently (never served first), then the oldest waiting entry."""

    busy: int
    last_served: datetime | None
    head: int

    def key(self) -> tuple[int, bool, float, int]:
        served = self.last_served
        return (self.busy, served is not None, served.timestamp() if served else 0.0, self.head)


def fair_candidates(session: Session, now: datetime, *, limit: int = CANDIDATES) -> list[int]:
    """Ids of claimable entries, the one to take first first.

    Teachers take turns: the head of each teacher's best upload comes before any
    teacher's second choice, teachers in `Turn` order. Within a teacher, uploads
    (`source_ref`: a Slack file or a document, which a transcript splits into one entry
    per student) take turns the same way, so a teacher's single note is not queued behind
    their own 30-student transcript. "Served" is the latest `assessed_at`, read from an
    index. Two grouped reads of the queue's pending and processing rows (its partial
    index), the second only for the teachers in line; the rest is done here.
    """
    teachers = _teacher_turns(session, now)
    ahead = sorted(teachers, key=lambda teacher: teachers[teacher].key())[:limit]
    uploads = _upload_turns(session, now, ahead)
    lines = [
        [turn.head for turn in sorted(uploads.get(teacher, []), key=Turn.key)] for teacher in ahead
    ]
    order: list[int] = []
    for depth in range(max((len(line) for line in lines), default=0)):
        order += [line[depth] for line in lines if depth < len(line)]
    return order[:limit]


def _grouped(now: datetime, *keys: Any) -> Select[Any]:
    """Per group of queued entries: how many are in flight, and the oldest claimable.

    Grouped by COALESCE(teacher_id, ''), an expression no index orders: SQLite would
    otherwise scan every entry ever filed in teacher order rather than read the queue's
    partial index. '' is never a teacher id; MAX gives back the teacher (NULL for '').
    """
    return (
        select(
            func.max(DataEntry.teacher_id).label("teacher_id"),
            *keys,
            func.sum(case((in_flight(now), 1), else_=0)).label("busy"),
            func.min(case((claimable(now), DataEntry.id))).label("head"),
        )
        .where(DataEntry.status.in_(QUEUED))
        .group_by(func.coalesce(DataEntry.teacher_id, ""), *keys)
    )


def _last_served(group: Any, *same: str) -> ColumnElement[datetime | None]:
    """When the group's teacher (and upload) last had an entry assessed: the newest
    `assessed_at` from the index, read backwards. A teacher-less group (teachers removed)
    is matched by IS NULL in a second look-up."""
    served = aliased(DataEntry, name="served")
    matches = [getattr(served, column) == group.c[column] for column in same]

    def newest(*which: ColumnElement[bool]) -> Any:
        return (
            select(served.assessed_at)
            .where(*which, *matches, served.assessed_at.is_not(None))
            .order_by(served.assessed_at.desc())
            .limit(1)
            .scalar_subquery()
        )

    return func.coalesce(
        newest(served.teacher_id == group.c.teacher_id),
        newest(served.teacher_id.is_(None), group.c.teacher_id.is_(None)),
    )


def _teacher_turns(session: Session, now: datetime) -> dict[str | None, Turn]:
    group = _grouped(now).subquery("by_teacher")
    rows = session.execute(
        select(group.c.teacher_id, group.c.busy, _last_served(group), group.c.head).where(
            group.c.head.is_not(None)
        )
    )
    return {teacher: Turn(busy, last, head) for teacher, busy, last, head in rows}


def _upload_turns(
    session: Session, now: datetime, teachers: list[str | None]
) -> dict[str | None, list[Turn]]:
    if not teachers:
        return {}
    named = [teacher for teacher in teachers if teacher is not None]
    # The teachers are picked from the grouped queue, not from the table: filtering the
    # table by teacher would have the database read those teachers' whole history.
    group = _grouped(now, DataEntry.source_ref).subquery("by_upload")
    which: ColumnElement[bool] = group.c.teacher_id.in_(named)
    if None in teachers:
        which = or_(which, group.c.teacher_id.is_(None))
    rows = session.execute(
        select(
            group.c.teacher_id, group.c.busy, _last_served(group, "source_ref"), group.c.head
        ).where(group.c.head.is_not(None), which)
    )
    uploads: dict[str | None, list[Turn]] = {}
    for teacher, busy, last, head in rows:
        uploads.setdefault(teacher, []).append(Turn(busy, last, head))
    return uploads


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
                # Never None here: only settled entries are purged (domain/retention.py).
                context=entry.content or "",
                attempts=entry.attempts,
                token=token,
            )
        )
    return claims


def _lock_next(session: Session, now: datetime) -> DataEntry | None:
    """The fairest claimable entry nobody else is taking, locked (PostgreSQL: a row lock,
    skipping rows another worker holds; SQLite: the transaction's write lock)."""
    postgres = session.get_bind().dialect.name == "postgresql"
    for entry_id in fair_candidates(session, now):
        # Claimable is checked again: another worker may have taken it since the pick.
        query = select(DataEntry).where(DataEntry.id == entry_id, claimable(now))
        if postgres:
            query = query.with_for_update(skip_locked=True)
        entry = session.scalars(query).one_or_none()
        if entry is not None:
            return entry
    # Every fair choice was being taken at this instant: the oldest one nobody holds.
    query = select(DataEntry).where(claimable(now)).order_by(DataEntry.id).limit(1)
    if postgres:
        query = query.with_for_update(skip_locked=True)
    return session.scalars(query).one_or_none()


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
    if rowcount(taken) != 1:
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
    return status if rowcount(result) == 1 else None


def release(session: Session, worker: str) -> list[int]:
    """Give back every entry `worker` holds, because it is stopping: pending again and
    claimable at once, rather than waiting out the lease; the interrupted attempt is not
    counted. Its result, should it still arrive, is then refused by `complete`."""
    held = (
        update(DataEntry)
        .where(
            DataEntry.status == EntryStatus.PROCESSING.value,
            DataEntry.claimed_by.startswith(f"{worker}:", autoescape=True),
        )
        .values(
            status=EntryStatus.PENDING.value,
            claimed_by=None,
            lease_expires_at=None,
            next_attempt_at=None,
            attempts=DataEntry.attempts - 1,
        )
        .returning(DataEntry.id)
    )
    return sorted(session.scalars(held))


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
