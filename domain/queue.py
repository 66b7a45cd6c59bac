"""The durable queue of entries waiting for assessment, kept in the entries table itself.

Entries are committed `pending` before any assessor call. A worker claims some: on
PostgreSQL with `FOR UPDATE SKIP LOCKED`, so workers never wait on or take each other's
rows; on SQLite the transaction's write lock does the same for its one writer. A claim is
a lease with an owner token; only the owner may finish the entry, and only one finishing
transaction can flip it to `assessed`, so a worker that was presumed dead and comes back
writes nothing. When a lease runs out (the worker was killed), the entry is claimed again;
a worker that stops on purpose gives its entries back at once (`release`).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.orm import Session
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


def claim(
    session: Session,
    worker: str,
    policy: QueuePolicy,
    *,
    limit: int = 1,
    now: datetime | None = None,
) -> list[Claim]:
    """Take up to `limit` entries for `worker`; commit the caller's transaction right after."""
    now = now or utcnow()
    query = select(DataEntry).where(claimable(now)).order_by(DataEntry.id).limit(limit)
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    claims: list[Claim] = []
    for entry in session.scalars(query):
        if entry.attempts >= policy.max_attempts:
            # Its workers kept dying mid-entry: stop, rather than loop on it forever.
            entry.status = EntryStatus.FAILED.value
            entry.last_error = entry.last_error or "the assessment was interrupted too often"
            entry.claimed_by = None
            entry.lease_expires_at = None
            continue
        token = f"{worker}:{uuid.uuid4().hex[:12]}"
        entry.status = EntryStatus.PROCESSING.value
        entry.claimed_by = token
        entry.lease_expires_at = now + policy.lease
        entry.attempts += 1
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
    session.flush()
    return claims


def complete(
    session: Session,
    claim: Claim,
    items: list[ValidItem],
    *,
    model: str,
    rubric_version: str,
    dropped: list[str],
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
