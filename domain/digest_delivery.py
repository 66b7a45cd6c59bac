"""Delivering a week's digests: each teacher's at most once, however many runs or instances.

The delivery row, unique per (teacher, week), is written and committed *before* the post,
with `attempts` counting posts begun. What a row says afterwards:

- `sent`: posted (channel and ts kept). Never posted again.
- `failed`: the sender was told the post did not happen (Slack answered with an error,
  a 429 storm outlasted every retry, the connection was refused). Safe to post again: a
  later run retakes it, up to `max_attempts` posts in all.
- `pending`: a post began and its outcome was not recorded: another deliverer is posting
  right now, or a run died between claiming and recording (killed, crashed, or a timeout
  left the answer unknown). Nothing in the database can tell whether Slack received
  that post: the process may have died just after Slack stored the message. So a pending
  row is never retaken automatically, even after its lease: at most once, not at least
  once. A duplicate digest in a teacher's DM is worse than one missing week, and the gap
  is small: the claim is committed immediately before the post and the outcome
  immediately after it. Past the lease such a row is reported `in_doubt` (and logged by
  teacher id) so someone can look at the DM and, if nothing arrived, delete the row or set
  it `failed` to have it sent by the next run.

A run killed between two posts (pacing sleeps are most of a run's time) leaves no pending
row: the next run sends the rest and repeats none.

Two runs at once. On PostgreSQL a session-level advisory lock keyed by the week, held on a
connection of its own for the whole run, lets one run work the week while another skips
(or waits, `lock_wait_seconds`). The unique row is what makes a double send impossible;
the lock only keeps two schedulers from racing through the same list. On SQLite every
write transaction begins IMMEDIATE, so two claims of one row queue and the second finds
the first's.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Protocol
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, delete, select, text, update
from sqlalchemy.orm import Session, sessionmaker

from domain.db import insert_unless_present, rowcount, unit_of_work
from domain.digest import TeacherDigest, compose_digests
from domain.models import DeliveryStatus, DigestDelivery, utcnow

log = logging.getLogger(__name__)

# pg_try_advisory_lock(namespace, key): the namespace keeps Flourish's digest locks apart
# from any other advisory lock on the database; the key is the week's day number.
LOCK_NAMESPACE = 0x0F10D16E
LOCK_POLL_SECONDS = 2.0
ERROR_LIMIT = 500


class DeliveryFailed(Exception):
    """The digest was certainly not posted (say why, without student text): retry later."""


class NoRecipient(Exception):
    """The teacher cannot be written to (no Slack user): skipped, and told in the report."""


class Sender(Protocol):
    def send(self, digest: TeacherDigest) -> tuple[str, str]:
        """Post one digest; return (channel id, message ts).

        Raise `DeliveryFailed` only when nothing was posted, `NoRecipient` before trying;
        anything else leaves the outcome unknown and the digest is not sent again."""
        ...


class Outcome(StrEnum):
    SENT = "sent"
    ALREADY_SENT = "already_sent"
    EMPTY = "empty"
    NO_RECIPIENT = "no_recipient"
    FAILED = "failed"
    GAVE_UP = "gave_up"
    BUSY = "busy"
    IN_DOUBT = "in_doubt"


@dataclass
class DeliveryReport:
    week_start: date
    # Teacher ids by what happened to their digest this run.
    outcomes: dict[str, Outcome] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    # Another run held the week's lock: this one did nothing.
    locked_out: bool = False
    # Stopped on request before reaching every teacher.
    stopped: bool = False

    def having(self, outcome: Outcome) -> list[str]:
        return sorted(t for t, o in self.outcomes.items() if o is outcome)

    @property
    def sent(self) -> list[str]:
        return self.having(Outcome.SENT)

    @property
    def failed(self) -> list[str]:
        return self.having(Outcome.FAILED)

    @property
    def in_doubt(self) -> list[str]:
        return self.having(Outcome.IN_DOUBT)

    @property
    def needs_another_run(self) -> bool:
        """Something may still be sent by running again: a retryable failure, a run that
        found the week locked, or one stopped early."""
        return bool(self.failed) or self.locked_out or self.stopped

    def summary(self) -> str:
        counts = ", ".join(
            f"{len(self.having(outcome))} {outcome.value.replace('_', ' ')}"
            for outcome in Outcome
            if self.having(outcome)
        )
        if self.locked_out:
            return f"week of {self.week_start}: another run holds this week; nothing done"
        return f"week of {self.week_start}: {counts or 'no teachers'}"


def deliver_week(
    sessions: sessionmaker[Session],
    week_start: date,
    sender: Sender,
    *,
    tz: str | ZoneInfo = "UTC",
    pace_seconds: float = 1.1,
    max_attempts: int = 3,
    lease: timedelta = timedelta(minutes=15),
    teacher_ids: Collection[str] | None = None,
    lock_wait_seconds: float = 0.0,
    sleep: Callable[[float], object] = time.sleep,
    now: Callable[[], datetime] = utcnow,
    should_stop: Callable[[], bool] = lambda: False,
) -> DeliveryReport:
    """Post every non-empty digest of the week not posted yet, `pace_seconds` apart."""
    report = DeliveryReport(week_start)
    engine = _engine(sessions)
    with week_lock(engine, week_start, wait_seconds=lock_wait_seconds, sleep=sleep) as held:
        if not held:
            report.locked_out = True
            log.info("digest week %s: another run holds it; skipping", week_start)
            return report
        # A short read of its own: on SQLite an open transaction would hold the write lock.
        with sessions() as session:
            digests = compose_digests(session, week_start, tz=tz, teacher_ids=teacher_ids)
        posted_since_pause = False
        for digest in digests:
            if digest.is_empty:
                report.outcomes[digest.teacher_id] = Outcome.EMPTY
                continue
            if posted_since_pause and pace_seconds > 0:
                # Slack allows about one message a second; a burst only earns 429s.
                sleep(pace_seconds)
                posted_since_pause = False
            if should_stop():
                report.stopped = True
                break
            outcome = _claim(sessions, digest.teacher_id, week_start, now(), max_attempts, lease)
            if outcome is not None:
                report.outcomes[digest.teacher_id] = outcome
                if outcome is Outcome.IN_DOUBT:
                    log.warning(
                        "digest for %s, week %s: a post began and was never recorded; "
                        "not sent again (check the DM, then delete or fail the row)",
                        digest.teacher_id,
                        week_start,
                    )
                continue
            posted_since_pause = True
            _post(sessions, digest, sender, report, now)
    log.info("digest %s", report.summary())
    return report


def _post(
    sessions: sessionmaker[Session],
    digest: TeacherDigest,
    sender: Sender,
    report: DeliveryReport,
    now: Callable[[], datetime],
) -> None:
    teacher_id, week = digest.teacher_id, digest.week_start
    try:
        channel_id, ts = sender.send(digest)
    except NoRecipient as reason:
        # Nothing was tried: give the week back, so a run after the teacher is linked sends.
        _release(sessions, teacher_id, week)
        report.outcomes[teacher_id] = Outcome.NO_RECIPIENT
        report.errors[teacher_id] = str(reason)[:ERROR_LIMIT]
        log.info("digest for %s, week %s: no recipient", teacher_id, week)
    except DeliveryFailed as reason:
        _mark_failed(sessions, teacher_id, week, str(reason)[:ERROR_LIMIT])
        report.outcomes[teacher_id] = Outcome.FAILED
        report.errors[teacher_id] = str(reason)[:ERROR_LIMIT]
        log.warning("digest for %s, week %s not posted: %s", teacher_id, week, reason)
    except Exception as error:
        # The post may or may not have reached Slack: the row stays pending, never resent.
        report.outcomes[teacher_id] = Outcome.IN_DOUBT
        report.errors[teacher_id] = type(error).__name__
        log.exception("digest for %s, week %s: outcome unknown", teacher_id, week)
    else:
        _mark_sent(sessions, teacher_id, week, channel_id, ts, now())
        report.outcomes[teacher_id] = Outcome.SENT
        log.info("digest for %s, week %s sent", teacher_id, week)


def _claim(
    sessions: sessionmaker[Session],
    teacher_id: str,
    week_start: date,
    at: datetime,
    max_attempts: int,
    lease: timedelta,
) -> Outcome | None:
    """Claim the (teacher, week) for one post: None when this run may post now, otherwise
    why not. Committed before the post, so a rival or a later run sees it."""
    with unit_of_work(sessions) as session:
        inserted = insert_unless_present(
            session,
            DigestDelivery,
            {
                "teacher_id": teacher_id,
                "week_start": week_start,
                "status": DeliveryStatus.PENDING.value,
                "attempts": 1,
                "created_at": at,
            },
            ["teacher_id", "week_start"],
        )
        if inserted:
            return None
        row = session.execute(
            select(DigestDelivery.id, DigestDelivery.status, DigestDelivery.attempts)
            .add_columns(DigestDelivery.created_at)
            .where(DigestDelivery.teacher_id == teacher_id, DigestDelivery.week_start == week_start)
        ).one()
        if row.status == DeliveryStatus.SENT.value:
            return Outcome.ALREADY_SENT
        if row.status == DeliveryStatus.PENDING.value:
            return Outcome.BUSY if row.created_at > at - lease else Outcome.IN_DOUBT
        if row.attempts >= max_attempts:
            return Outcome.GAVE_UP
        # A failed post is retaken by one run only: the update is conditional on what we read.
        retaken = session.execute(
            update(DigestDelivery)
            .where(
                DigestDelivery.id == row.id,
                DigestDelivery.status == DeliveryStatus.FAILED.value,
                DigestDelivery.attempts == row.attempts,
            )
            .values(
                status=DeliveryStatus.PENDING.value,
                attempts=row.attempts + 1,
                # From here, the time of the current claim (what the lease is measured from).
                created_at=at,
            )
        )
        return None if rowcount(retaken) == 1 else Outcome.BUSY


def _mark_sent(
    sessions: sessionmaker[Session],
    teacher_id: str,
    week_start: date,
    channel_id: str,
    ts: str,
    at: datetime,
) -> None:
    with unit_of_work(sessions) as session:
        session.execute(
            update(DigestDelivery)
            .where(
                DigestDelivery.teacher_id == teacher_id,
                DigestDelivery.week_start == week_start,
                DigestDelivery.status == DeliveryStatus.PENDING.value,
            )
            .values(
                status=DeliveryStatus.SENT.value,
                channel_id=channel_id,
                message_ts=ts,
                sent_at=at,
                last_error=None,
            )
        )


def _mark_failed(
    sessions: sessionmaker[Session], teacher_id: str, week_start: date, error: str
) -> None:
    with unit_of_work(sessions) as session:
        session.execute(
            update(DigestDelivery)
            .where(
                DigestDelivery.teacher_id == teacher_id,
                DigestDelivery.week_start == week_start,
                DigestDelivery.status == DeliveryStatus.PENDING.value,
            )
            .values(status=DeliveryStatus.FAILED.value, last_error=error)
        )


def _release(sessions: sessionmaker[Session], teacher_id: str, week_start: date) -> None:
    with unit_of_work(sessions) as session:
        session.execute(
            delete(DigestDelivery).where(
                DigestDelivery.teacher_id == teacher_id,
                DigestDelivery.week_start == week_start,
                DigestDelivery.status == DeliveryStatus.PENDING.value,
            )
        )


def _engine(sessions: sessionmaker[Session]) -> Engine:
    bound = sessions.kw.get("bind")
    if isinstance(bound, Engine):
        return bound
    with sessions() as session:
        connection = session.connection()
        return connection.engine


@contextmanager
def week_lock(
    engine: Engine,
    week_start: date,
    *,
    wait_seconds: float = 0.0,
    sleep: Callable[[float], object] = time.sleep,
) -> Iterator[bool]:
    """Hold the week's advisory lock for the block (PostgreSQL); True if held.

    Session-level, on a connection of its own outside any transaction, so the run's many
    short transactions come and go under it; a process that dies drops it with its
    connection. On other databases there is nothing to take: the unique row suffices.
    """
    if engine.dialect.name != "postgresql":
        yield True
        return
    key = {"namespace": LOCK_NAMESPACE, "key": week_start.toordinal()}
    with engine.connect() as connection:
        connection = connection.execution_options(isolation_level="AUTOCOMMIT")
        try_lock = text("SELECT pg_try_advisory_lock(:namespace, :key)")
        held = bool(connection.scalar(try_lock, key))
        waited = 0.0
        while not held and waited < wait_seconds:
            sleep(LOCK_POLL_SECONDS)
            waited += LOCK_POLL_SECONDS
            held = bool(connection.scalar(try_lock, key))
        try:
            yield held
        finally:
            if held:
                try:
                    connection.scalar(text("SELECT pg_advisory_unlock(:namespace, :key)"), key)
                except Exception:
                    # The lock goes with the connection: never hand a locked one back.
                    connection.invalidate()
                    raise


def week_deliveries(session: Session, week_start: date) -> dict[str, DeliveryStatus]:
    """Each teacher's delivery state for the week, for reports and the scheduler."""
    rows = session.execute(
        select(DigestDelivery.teacher_id, DigestDelivery.status).where(
            DigestDelivery.week_start == week_start
        )
    )
    return {teacher_id: DeliveryStatus(status) for teacher_id, status in rows}
