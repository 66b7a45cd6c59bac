"""Delivering digests: once per teacher and week, whatever runs, crashes or 429s happen.

The real slack_sdk client posts to a local Slack (`FakeSlack`); the databases are real.
"""

from __future__ import annotations

import json
import re
import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED, JobExecutionEvent
from slack_sdk import WebClient
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from bot.digest_sender import SlackDigestSender
from domain.curriculum import Level, Skill
from domain.db import unit_of_work
from domain.digest import CheckInKind, TeacherDigest
from domain.digest_delivery import (
    DeliveryFailed,
    NoRecipient,
    Outcome,
    deliver_week,
    week_lock,
)
from domain.models import DeliveryStatus, DigestDelivery, Teacher
from flourish.scheduler import (
    DIGEST_JOB,
    RETRY_JOB,
    catch_up_due,
    digest_trigger,
    run_digest,
    start_scheduler,
)
from flourish.settings import Settings
from tests.factories import add_assessment, add_student
from tests.fakes.slack_server import FakeSlack
from tests.slack_harness import wait_for

WEEK = date(2025, 11, 10)
TEACHERS = 6
ZONE = "America/New_York"


class Killed(BaseException):
    """The process dying: not an error the code may catch and carry on from."""


@pytest.fixture
def fake() -> Iterator[FakeSlack]:
    with FakeSlack() as slack:
        yield slack


@pytest.fixture
def client(fake: FakeSlack) -> WebClient:
    return WebClient(token=fake.bot_token, base_url=fake.api_url)


def no_sleep(_: float) -> None:
    return None


def settings_for(db_url: str, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "database_url": db_url,
        "flourish_timezone": ZONE,
        "flourish_digest_pace_seconds": 0.0,
        **overrides,
    }
    return Settings(**values)


def school(sessions: sessionmaker[Session], teachers: int = TEACHERS) -> None:
    """`teachers` teachers on Slack, each with one student with an item awaiting review (so
    every digest has news), one teacher not on Slack yet, and one with nothing to report."""
    with unit_of_work(sessions) as session:
        for n in range(1, teachers + 1):
            session.add(Teacher(id=f"T{n:03d}", name=f"Teacher {n}", slack_user_id=f"U{n:03d}"))
        session.add(Teacher(id="T900", name="Mr. Offline"))
        session.add(Teacher(id="T901", name="Ms. Quiet", slack_user_id="U901"))
        session.flush()
        for n in [*range(1, teachers + 1), 900]:
            sid = f"S{n:03d}"
            add_student(
                session,
                sid,
                f"Student {n}",
                f"T{n:03d}",
                created_at=datetime(2025, 11, 1, tzinfo=UTC),
            )
            entry = add_dated_entry(session, sid, date(2025, 11, 4))
            add_assessment(
                session, entry, Skill.COMMUNICATION, Level.PROFICIENT
            ).created_at = datetime(2025, 11, 4, 20, tzinfo=UTC)


def add_dated_entry(session: Session, student_id: str, on: date) -> Any:
    from domain.models import DataEntry

    row = DataEntry(
        student_id=student_id,
        entry_type="reflection_journal",
        entry_date=on,
        content="Some words from the student.",
        source_kind="file",
        source_ref=f"sha256:{student_id}-{on}",
        created_at=datetime.combine(on, datetime.min.time(), tzinfo=UTC) + timedelta(hours=20),
    )
    session.add(row)
    session.flush()
    return row


def on_slack() -> list[str]:
    return [f"T{n:03d}" for n in range(1, TEACHERS + 1)]


def dm(fake: FakeSlack, teacher_id: str) -> str:
    return fake.dm_channel_id(f"U{teacher_id[1:]}")


def messages_per_teacher(fake: FakeSlack) -> Counter[str]:
    channels = {dm(fake, t): t for t in [*on_slack(), "T901"]}
    return Counter(channels.get(m["channel"], m["channel"]) for m in fake.messages)


def rows(sessions: sessionmaker[Session], week: date = WEEK) -> dict[str, DigestDelivery]:
    with sessions() as session:
        found = session.scalars(select(DigestDelivery).where(DigestDelivery.week_start == week))
        return {row.teacher_id: row for row in found}


def deliver(sessions: sessionmaker[Session], sender: Any, **options: Any) -> Any:
    options = {"tz": ZONE, "pace_seconds": 0.0, "sleep": no_sleep, **options}
    return deliver_week(sessions, WEEK, sender, **options)


class Recording:
    """A sender that passes digests on to another, recording each, and can die on cue."""

    def __init__(self, inner: Any, *, die_after_post: int | None = None) -> None:
        self.inner = inner
        self.digests: list[TeacherDigest] = []
        self.die_after_post = die_after_post
        self._lock = threading.Lock()

    def send(self, digest: TeacherDigest) -> tuple[str, str]:
        result = self.inner.send(digest)
        with self._lock:
            self.digests.append(digest)
            if self.die_after_post is not None and len(self.digests) >= self.die_after_post:
                # Slack has the message; the process dies before recording it.
                raise Killed()
        return result


# --- once per teacher and week -----------------------------------------------------------


def test_each_digest_goes_once_to_the_teachers_dm(
    sessions: sessionmaker[Session], fake: FakeSlack, client: WebClient
) -> None:
    school(sessions)
    sender = SlackDigestSender(client)

    first = deliver(sessions, sender)
    again = deliver(sessions, sender)

    assert first.sent == on_slack()
    assert first.having(Outcome.EMPTY) == ["T901"]
    assert first.having(Outcome.NO_RECIPIENT) == ["T900"]
    assert again.sent == [] and again.having(Outcome.ALREADY_SENT) == on_slack()
    assert messages_per_teacher(fake) == Counter(dict.fromkeys(on_slack(), 1))
    opened = [call.params["users"] for call in fake.calls("conversations.open")]
    assert sorted(opened) == [f"U{n:03d}" for n in range(1, TEACHERS + 1)]
    stored = rows(sessions)
    # The teacher not on Slack keeps no row: linked later in the week, a run still sends.
    assert set(stored) == set(on_slack())
    for teacher_id, row in stored.items():
        assert row.status == DeliveryStatus.SENT.value and row.attempts == 1
        assert row.channel_id == dm(fake, teacher_id) and row.message_ts and row.sent_at
    message = next(m for m in fake.messages if m["channel"] == dm(fake, "T001"))
    assert "1 awaiting review" in message["text"]
    assert any(b["type"] == "actions" for b in message["blocks"])


def test_two_deliverers_at_once_send_each_digest_once(
    sessions: sessionmaker[Session], fake: FakeSlack, client: WebClient
) -> None:
    school(sessions)
    start = threading.Barrier(2)
    reports: list[Any] = []

    def run() -> None:
        start.wait()
        # A little pacing, so the two runs overlap for real.
        reports.append(
            deliver(sessions, SlackDigestSender(client), pace_seconds=0.02, sleep=_real_sleep)
        )

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert len(reports) == 2
    assert messages_per_teacher(fake) == Counter(dict.fromkeys(on_slack(), 1))
    assert sorted(reports[0].sent + reports[1].sent) == on_slack()
    assert all(row.status == "sent" for row in rows(sessions).values())


def _real_sleep(seconds: float) -> None:
    threading.Event().wait(seconds)


def test_two_schedulers_started_together_catch_up_and_send_each_once(
    db_url: str,
    sessions: sessionmaker[Session],
    fake: FakeSlack,
    client: WebClient,
    time_machine: Any,
) -> None:
    school(sessions)
    # Tuesday: Monday 07:30's run was missed while both were down.
    time_machine.move_to(datetime(2025, 11, 11, 9, 0, tzinfo=UTC))
    settings = settings_for(db_url)
    done: list[JobExecutionEvent] = []
    schedulers = []
    for _ in range(2):
        scheduler = start_scheduler(
            settings, sessions, None, sender=SlackDigestSender(client, sleep=no_sleep)
        )
        scheduler.add_listener(done.append, EVENT_JOB_EXECUTED | EVENT_JOB_ERROR)
        schedulers.append(scheduler)
    try:
        wait_for(lambda: len(done) >= 2, what="both catch-up runs")
    finally:
        for scheduler in schedulers:
            scheduler.shutdown(wait=True)

    assert all(event.exception is None for event in done)
    assert messages_per_teacher(fake) == Counter(dict.fromkeys(on_slack(), 1))


def test_a_run_slack_refused_is_tried_again_later_for_the_same_week(
    db_url: str,
    sessions: sessionmaker[Session],
    fake: FakeSlack,
    client: WebClient,
    time_machine: Any,
) -> None:
    school(sessions, teachers=2)
    fake.fail("chat.postMessage", "service_unavailable", times=1)
    time_machine.move_to(datetime(2025, 11, 10, 13, 0, tzinfo=UTC))
    done: list[JobExecutionEvent] = []
    scheduler = start_scheduler(
        settings_for(db_url), sessions, None, sender=SlackDigestSender(client)
    )
    scheduler.add_listener(done.append, EVENT_JOB_EXECUTED | EVENT_JOB_ERROR)
    try:
        wait_for(lambda: done, what="the catch-up run")
        retry = scheduler.get_job(RETRY_JOB)
        assert retry is not None and retry.kwargs == {"week": WEEK}
        assert retry.next_run_time - datetime.now(UTC) > timedelta(minutes=10)
    finally:
        scheduler.shutdown(wait=True)
    assert rows(sessions)["T001"].status == "failed"
    assert messages_per_teacher(fake) == Counter({"T002": 1})


def test_the_job_fires_on_the_school_weekday_and_time_and_catches_up_only_when_due(
    db_url: str,
) -> None:
    settings = settings_for(db_url)
    trigger = digest_trigger(settings)
    # Sunday night in New York: next is Monday 07:30 local, 12:30 UTC (EST).
    after = datetime(2025, 11, 9, 23, 0, tzinfo=trigger.timezone)
    fire = trigger.get_next_fire_time(None, after)
    assert fire is not None
    assert fire.astimezone(UTC) == datetime(2025, 11, 10, 12, 30, tzinfo=UTC)
    assert not catch_up_due(settings, datetime(2025, 11, 10, 12, 29, tzinfo=UTC))
    assert catch_up_due(settings, datetime(2025, 11, 10, 12, 30, tzinfo=UTC))
    assert catch_up_due(settings, datetime(2025, 11, 16, 23, 0, tzinfo=UTC))  # Sunday
    wednesday = settings_for(db_url, flourish_digest_day="wed", flourish_digest_time="16:05")
    assert not catch_up_due(wednesday, datetime(2025, 11, 11, 12, 0, tzinfo=UTC))
    assert catch_up_due(wednesday, datetime(2025, 11, 12, 21, 5, tzinfo=UTC))


def test_a_scheduler_started_before_the_run_time_waits_for_it(
    db_url: str,
    sessions: sessionmaker[Session],
    fake: FakeSlack,
    client: WebClient,
    time_machine: Any,
) -> None:
    school(sessions)
    time_machine.move_to(datetime(2025, 11, 10, 11, 0, tzinfo=UTC))  # 06:00 in New York
    scheduler = start_scheduler(
        settings_for(db_url), sessions, None, sender=SlackDigestSender(client)
    )
    try:
        job = scheduler.get_job(DIGEST_JOB)
        assert job is not None
        assert job.next_run_time.astimezone(UTC) == datetime(2025, 11, 10, 12, 30, tzinfo=UTC)
        assert job.misfire_grace_time >= 6 * 24 * 3600 and job.coalesce
    finally:
        scheduler.shutdown(wait=True)
    assert fake.messages == []


# --- crashes ------------------------------------------------------------------------------


def test_a_run_killed_between_posts_then_rerun_sends_the_rest_and_repeats_none(
    sessions: sessionmaker[Session], fake: FakeSlack, client: WebClient
) -> None:
    school(sessions)
    pauses = 0

    def dies_on_third_pause(_: float) -> None:
        nonlocal pauses
        pauses += 1
        if pauses == 3:
            raise Killed()

    with pytest.raises(Killed):
        deliver(sessions, SlackDigestSender(client), pace_seconds=1.0, sleep=dies_on_third_pause)
    assert sum(messages_per_teacher(fake).values()) == 3
    assert all(row.status == "sent" for row in rows(sessions).values())

    rerun = deliver(sessions, SlackDigestSender(client))

    assert len(rerun.sent) == TEACHERS - 3
    assert len(rerun.having(Outcome.ALREADY_SENT)) == 3
    assert messages_per_teacher(fake) == Counter(dict.fromkeys(on_slack(), 1))


def test_a_crash_between_post_and_record_never_sends_twice(
    sessions: sessionmaker[Session], fake: FakeSlack, client: WebClient
) -> None:
    school(sessions)
    dying = Recording(SlackDigestSender(client), die_after_post=2)
    with pytest.raises(Killed):
        deliver(sessions, dying)
    (unrecorded,) = [t for t, row in rows(sessions).items() if row.status == "pending"]

    soon = deliver(sessions, SlackDigestSender(client))
    later = deliver(
        sessions,
        SlackDigestSender(client),
        now=lambda: datetime.now(UTC) + timedelta(hours=2),
    )

    assert soon.outcomes[unrecorded] is Outcome.BUSY
    assert later.outcomes[unrecorded] is Outcome.IN_DOUBT
    # At most once: the teacher has the one digest Slack took, never a second.
    assert messages_per_teacher(fake) == Counter(dict.fromkeys(on_slack(), 1))
    assert rows(sessions)[unrecorded].status == "pending"


def test_an_unknown_outcome_is_never_resent(
    sessions: sessionmaker[Session], fake: FakeSlack, client: WebClient
) -> None:
    school(sessions, teachers=2)
    # Slack failed mid-request: it may or may not have stored the message.
    fake.script("chat.postMessage", {"ok": False, "error": "internal_error"}, status=500)

    first = deliver(sessions, SlackDigestSender(client))
    second = deliver(
        sessions, SlackDigestSender(client), now=lambda: datetime.now(UTC) + timedelta(days=1)
    )

    assert first.in_doubt == ["T001"] and first.sent == ["T002"]
    assert second.in_doubt == ["T001"] and second.sent == []
    assert len(fake.calls("chat.postMessage")) == 2


# --- failures Slack reports ---------------------------------------------------------------


def test_a_refused_post_is_retried_by_the_next_run_up_to_max_attempts(
    sessions: sessionmaker[Session], fake: FakeSlack, client: WebClient
) -> None:
    school(sessions, teachers=2)
    fake.fail("chat.postMessage", "channel_not_found", times=1)

    first = deliver(sessions, SlackDigestSender(client), max_attempts=2)
    assert first.failed == ["T001"] and first.sent == ["T002"]
    assert "channel_not_found" in first.errors["T001"] and first.needs_another_run
    failed = rows(sessions)["T001"]
    assert (failed.status, failed.attempts) == ("failed", 1)

    second = deliver(sessions, SlackDigestSender(client), max_attempts=2)
    assert second.sent == ["T001"] and not second.needs_another_run
    assert rows(sessions)["T001"].attempts == 2
    assert messages_per_teacher(fake) == Counter({"T001": 1, "T002": 1})


def test_a_digest_slack_keeps_refusing_is_given_up_after_max_attempts(
    sessions: sessionmaker[Session], fake: FakeSlack, client: WebClient
) -> None:
    school(sessions, teachers=1)
    fake.fail("chat.postMessage", "not_allowed_token_type", times=5)
    outcomes = [
        deliver(sessions, SlackDigestSender(client), max_attempts=2).outcomes["T001"]
        for _ in range(3)
    ]
    assert outcomes == [Outcome.FAILED, Outcome.FAILED, Outcome.GAVE_UP]
    assert len(fake.calls("chat.postMessage")) == 2 and fake.messages == []


def test_a_429_storm_delays_but_loses_nothing(
    sessions: sessionmaker[Session], fake: FakeSlack, client: WebClient
) -> None:
    school(sessions, teachers=3)
    waits: list[float] = []
    # More 429s in a row than the client retries one call: the sender waits and goes again.
    fake.rate_limit("chat.postMessage", times=14, retry_after=0)
    fake.rate_limit("conversations.open", times=3, retry_after=0)

    report = deliver(sessions, SlackDigestSender(client, sleep=waits.append))

    assert report.sent == ["T001", "T002", "T003"]
    assert messages_per_teacher(fake) == Counter({"T001": 1, "T002": 1, "T003": 1})
    posts = fake.calls("chat.postMessage")
    assert sum(call.rate_limited for call in posts) == 14
    assert len(posts) == 14 + 3
    assert waits == [1.0]  # one extra round, after the client's own 10 retries
    assert all(row.attempts == 1 for row in rows(sessions).values())


def test_a_storm_longer_than_every_retry_fails_the_post_for_a_later_run(
    sessions: sessionmaker[Session], fake: FakeSlack, client: WebClient
) -> None:
    school(sessions, teachers=1)
    fake.rate_limit("chat.postMessage", times=3, retry_after=0)
    impatient = SlackDigestSender(client, rate_limit_retries=0, rate_limit_rounds=1, sleep=no_sleep)

    first = deliver(sessions, impatient)
    second = deliver(sessions, impatient)

    assert first.failed == ["T001"] and "HTTP 429" in first.errors["T001"]
    assert second.sent == ["T001"]
    assert messages_per_teacher(fake) == Counter({"T001": 1})


def test_the_sender_tells_certain_failures_from_missing_recipients(client: WebClient) -> None:
    from domain.digest import Period

    digest = TeacherDigest("T009", "Mr. Nobody", None, Period.for_digest(WEEK, _utc()))
    sender = SlackDigestSender(client)
    with pytest.raises(NoRecipient):
        sender.send(digest)
    unreachable = SlackDigestSender(WebClient(token="xoxb-x", base_url="http://127.0.0.1:9/api/"))
    digest.slack_user_id = "U009"
    with pytest.raises(DeliveryFailed):
        unreachable.send(digest)


def _utc() -> Any:
    from zoneinfo import ZoneInfo

    return ZoneInfo("UTC")


# --- two schedulers on PostgreSQL ---------------------------------------------------------


@pytest.mark.postgres
def test_a_second_scheduler_skips_a_week_another_holds(
    engine: Engine, sessions: sessionmaker[Session], fake: FakeSlack, client: WebClient
) -> None:
    if engine.dialect.name != "postgresql":
        pytest.skip("advisory locks are PostgreSQL's; SQLite relies on the unique row")
    school(sessions, teachers=2)
    with week_lock(engine, WEEK) as held:
        assert held
        with week_lock(engine, WEEK) as second:
            assert not second
        locked = deliver(sessions, SlackDigestSender(client))
        # Another week is not blocked.
        other = deliver_week(sessions, WEEK + timedelta(days=7), SlackDigestSender(client))
    after = deliver(sessions, SlackDigestSender(client))

    assert locked.locked_out and locked.outcomes == {} and locked.needs_another_run
    assert not other.locked_out
    assert after.sent == ["T001", "T002"]


def test_the_scheduler_job_uses_the_school_week(
    db_url: str,
    sessions: sessionmaker[Session],
    fake: FakeSlack,
    client: WebClient,
    time_machine: Any,
) -> None:
    school(sessions, teachers=1)
    # Monday 10 Nov, 02:00 UTC is still Sunday 9 Nov in New York: the week of 3 Nov.
    time_machine.move_to(datetime(2025, 11, 10, 2, 0, tzinfo=UTC))
    early = run_digest(settings_for(db_url), sessions, SlackDigestSender(client))
    time_machine.move_to(datetime(2025, 11, 10, 12, 30, tzinfo=UTC))
    on_time = run_digest(settings_for(db_url), sessions, SlackDigestSender(client))
    assert early.week_start == date(2025, 11, 3) and early.sent == []
    assert on_time.week_start == WEEK and on_time.sent == ["T001"]


# --- the demo, week by week ---------------------------------------------------------------

DEMO = Path(__file__).resolve().parent.parent / "mock_data"
DATED = re.compile(r"(\d{4}-\d{2}-\d{2})")
FIRST_WEEK = date(2025, 8, 11)  # the roster arrives a week before the first document
LAST_DIGEST = date(2025, 11, 24)  # three weeks after the last evidence: check-ins
DEMO_TEACHERS = {"T001": "U01RODRIGUEZ", "T002": "U02THOMPSON"}
TEACHER_OF = {"S001": "T001", "S002": "T001", "S003": "T002", "S004": "T002"}


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=ZoneInfo(ZONE))


@dataclass
class Validated:
    student_id: str
    skill: Skill
    level: Level
    observed_on: date
    assessment_id: int
    week: date  # the Monday of the week it was validated in


@dataclass
class Expected:
    """What the test did in one week, recorded from the services' own answers."""

    badges: set[tuple[str, Skill, Level]] = field(default_factory=set)
    targets: set[tuple[str, Skill, Level]] = field(default_factory=set)


class Demo:
    """The demo school, lived a week at a time through the same services as the CLI demo
    (ingest, the offline assessor's queue) and the Slack app (accept, correct, targets)."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions
        self.documents = sorted(
            (date.fromisoformat(DATED.search(p.name).group(1)), p)  # type: ignore[union-attr]
            for p in (DEMO / "documents").iterdir()
        )
        self.evidence: dict[str, list[date]] = {sid: [] for sid in TEACHER_OF}
        self.history: list[Validated] = []
        self.roster_at: datetime | None = None

    def import_roster(self) -> None:
        from domain.roster import RosterFile, import_roster

        files = [
            RosterFile(p.name, p.read_text(encoding="utf-8"))
            for p in sorted((DEMO / "roster").glob("*.csv"))
        ]
        with unit_of_work(self.sessions) as session:
            import_roster(session, files)
        self.roster_at = datetime.now(UTC)

    def file_and_assess(self, week: date, today: date) -> None:
        from domain.assessors.offline import OfflineAssessor
        from domain.ingest import ingest_document
        from domain.queue import QueuePolicy
        from domain.worker import drain

        for day, path in self.documents:
            if week <= day < week + timedelta(days=7):
                with unit_of_work(self.sessions) as session:
                    result = ingest_document(
                        session,
                        file_name=path.name,
                        data=path.read_bytes(),
                        today=today,
                        uploaded_by="demo",
                    )
                for entry in result.entries:
                    self.evidence[entry.student_id].append(entry.entry_date)
        drain(self.sessions, OfflineAssessor(), worker="demo", policy=QueuePolicy(), sleep=no_sleep)

    def validate(self, week: date) -> Expected:
        """Ms. Rodriguez validates everything the week it comes in; Mr. Thompson a week
        late. Once, a teacher corrects a level below the one validated before it."""
        from domain.access import Viewer
        from domain.models import Assessment, ReviewState
        from domain.teacher_review import accept, correct

        expected = Expected()
        with unit_of_work(self.sessions) as session:
            pending = session.execute(
                select(Assessment.id, Assessment.student_id, Assessment.created_at)
                .where(Assessment.review_state == ReviewState.PENDING.value)
                .order_by(Assessment.observed_on, Assessment.id)
            ).all()
            week_began = local(week, 0)
            for assessment_id, student_id, created_at in pending:
                teacher_id = TEACHER_OF[student_id]
                if teacher_id == "T002" and created_at >= week_began:
                    continue
                viewer = Viewer(teacher_id)
                lower = (
                    self._lower_than_before(session, assessment_id) if week >= DROP_WEEK else None
                )
                if lower is not None:
                    result = correct(
                        session,
                        viewer,
                        assessment_id,
                        level=lower,
                        justification="Needed more prompting this time.",
                    )
                else:
                    result = accept(session, viewer, assessment_id)
                assert result.changed
                row = session.get(Assessment, assessment_id)
                assert row is not None
                self.history.append(
                    Validated(student_id, result.skill, result.level, row.observed_on, row.id, week)
                )
                if result.badge is not None:
                    expected.badges.add((student_id, result.skill, result.level))
                for target in result.targets_completed:
                    expected.targets.add((student_id, target.skill, target.target_level))
        return expected

    def _lower_than_before(self, session: Session, assessment_id: int) -> Level | None:
        """Once in the term, S001 gets two levels in a row below the one before them on one
        skill (a sustained change): the level to correct to, or None to accept as it is."""
        from domain.models import Assessment

        row = session.get(Assessment, assessment_id)
        assert row is not None
        if self.drops >= 2 or row.student_id != "S001":
            return None
        if self.drops == 1 and row.skill != self.drop_skill:
            return None
        before = [v for v in self.history if v.student_id == "S001" and v.skill == row.skill]
        if not before:
            return None
        latest = max(before, key=lambda v: (v.observed_on, v.assessment_id))
        if (row.observed_on, row.id) < (latest.observed_on, latest.assessment_id):
            return None
        if self.drops == 0:
            if latest.level.rank < 2:
                return None
            lower = Level.from_rank(latest.level.rank - 1)
            if lower.value == row.level:
                return None
            self.drops, self.drop_skill, self.reference = 1, row.skill, latest.level
            return lower
        # The second: anything below the reference is accepted as proposed.
        self.drops = 2
        assert self.reference is not None
        if Level(row.level).rank < self.reference.rank:
            return None
        return latest.level

    drops = 0
    drop_skill: str | None = None
    reference: Level | None = None

    def set_targets(self) -> None:
        from domain.progress import Viewer
        from domain.targets import set_target, suggest_targets

        with unit_of_work(self.sessions) as session:
            for student_id, teacher_id in TEACHER_OF.items():
                viewer = Viewer(teacher_id)
                for suggestion in suggest_targets(session, viewer, student_id)[:3]:
                    set_target(session, viewer, student_id, suggestion.skill)

    # -- what the digest of `digest_week` should say, from the test's own records --------

    def quiet(self, digest_week: date) -> set[tuple[str, CheckInKind]]:
        found = set()
        end = local(digest_week, 0)
        for student_id, dates in self.evidence.items():
            if dates and max(dates) < digest_week - timedelta(days=21):
                found.add((student_id, CheckInKind.NO_RECENT_EVIDENCE))
            if not dates and self.roster_at and self.roster_at < end - timedelta(days=21):
                found.add((student_id, CheckInKind.NO_EVIDENCE_YET))
        return found

    def level_changes(
        self, week: date
    ) -> tuple[set[tuple[str, Skill]], dict[str, tuple[int, set[tuple[str, Skill]]]]]:
        """Drops validated in `week`, and per teacher the biggest rise over it."""
        drops: set[tuple[str, Skill]] = set()
        rises: dict[str, tuple[int, set[tuple[str, Skill]]]] = {}
        touched = {(v.student_id, v.skill) for v in self.history if v.week == week}
        for student_id, skill in touched:
            pair = sorted(
                (v for v in self.history if (v.student_id, v.skill) == (student_id, skill)),
                key=lambda v: (v.observed_on, v.assessment_id),
            )
            at_end = [v for v in pair if v.week <= week]
            before = [v for v in pair if v.week < week]
            latest = at_end[-1]
            # A sustained change: the two latest both below the one validated before them.
            if (
                latest.week == week
                and len(at_end) > 2
                and latest.level.rank < at_end[-3].level.rank
                and at_end[-2].level.rank < at_end[-3].level.rank
            ):
                drops.add((student_id, skill))
            if before:
                gain = latest.level.rank - before[-1].level.rank
                teacher_id = TEACHER_OF[student_id]
                best, who = rises.get(teacher_id, (0, set()))
                if gain > best:
                    rises[teacher_id] = (gain, {(student_id, skill)})
                elif gain == best and gain > 0:
                    who.add((student_id, skill))
        return drops, rises


DROP_WEEK = date(2025, 10, 6)


def _pending_now(sessions: sessionmaker[Session]) -> Counter[str]:
    from domain.models import Assessment, ReviewState

    with sessions() as session:
        found = session.scalars(
            select(Assessment.student_id).where(
                Assessment.review_state == ReviewState.PENDING.value
            )
        ).all()
    return Counter(TEACHER_OF[sid] for sid in found)


def test_the_demo_week_by_week_gets_one_right_digest_per_teacher_and_week(
    db_url: str,
    sessions: sessionmaker[Session],
    fake: FakeSlack,
    client: WebClient,
    time_machine: Any,
) -> None:
    settings = settings_for(db_url)
    demo = Demo(sessions)
    time_machine.move_to(local(FIRST_WEEK, 9))
    demo.import_roster()
    sent_weeks: Counter[str] = Counter()
    checked = Counter[str]()
    week = FIRST_WEEK
    while week < LAST_DIGEST:
        digest_week = week + timedelta(days=7)
        # The school week: documents come in, the queue assesses them, teachers validate.
        sunday = week + timedelta(days=6)
        time_machine.move_to(local(sunday, 15))
        demo.file_and_assess(week, today=sunday)
        if week == date(2025, 9, 1):
            demo.set_targets()
        expected = demo.validate(week)
        # Monday, 07:30 at the school: the scheduler's job runs, twice (a restart).
        time_machine.move_to(local(digest_week, 7, 30))
        before = len(fake.messages)
        sender = Recording(SlackDigestSender(client))
        report = run_digest(settings, sessions, sender, sleep=no_sleep)
        rerun = run_digest(settings, sessions, Recording(SlackDigestSender(client)), sleep=no_sleep)
        assert report.week_start == digest_week and rerun.sent == []
        new = fake.messages[before:]

        pending = _pending_now(sessions)
        drops, rises = demo.level_changes(week)
        quiet = demo.quiet(digest_week)
        digests = {d.teacher_id: d for d in sender.digests}
        for teacher_id, slack_user in DEMO_TEACHERS.items():
            students = {s for s, t in TEACHER_OF.items() if t == teacher_id}
            wanted_badges = {b for b in expected.badges if b[0] in students}
            wanted_targets = {t for t in expected.targets if t[0] in students}
            wanted_check_ins = {c for c in quiet if c[0] in students} | {
                (s, CheckInKind.SUSTAINED_CHANGE) for s, _ in drops if s in students
            }
            rise = rises.get(teacher_id)
            has_news = bool(
                wanted_badges or wanted_targets or wanted_check_ins or pending[teacher_id] or rise
            )
            to_teacher = [m for m in new if m["channel"] == fake.dm_channel_id(slack_user)]
            assert len(to_teacher) == (1 if has_news else 0), (digest_week, teacher_id)
            if not has_news:
                assert teacher_id not in digests
                continue
            sent_weeks[teacher_id] += 1
            digest = digests[teacher_id]
            assert {(b.student_id, b.skill, b.level) for b in digest.badges} == wanted_badges
            assert {
                (t.student_id, t.skill, t.target_level) for t in digest.targets_completed
            } == wanted_targets
            assert {(c.student_id, c.kind) for c in digest.check_ins} == wanted_check_ins
            assert digest.awaiting_review == pending[teacher_id]
            if rise is None:
                assert digest.highlight is None
            else:
                assert digest.highlight is not None
                assert digest.highlight.gain == rise[0]
                assert (digest.highlight.student_id, digest.highlight.skill) in rise[1]
            # What was posted is what was composed.
            rendered = json.dumps(to_teacher[0]["blocks"])
            # One line per student, naming the highest badge per skill.
            for student in digest.badges_by_student()[:3]:
                for badge in student.highest[:3]:
                    assert f"{badge.skill.value} ({badge.level.value})" in rendered
            checked["badges"] += len(wanted_badges)
            checked["targets"] += len(wanted_targets)
            checked["drops"] += len(
                {c for c in wanted_check_ins if c[1] is CheckInKind.SUSTAINED_CHANGE}
            )
            checked["quiet"] += len(
                {c for c in wanted_check_ins if c[1] is CheckInKind.NO_RECENT_EVIDENCE}
            )
            checked["highlights"] += rise is not None
        week = digest_week

    # Exactly one digest per teacher per week with news, and a row for each, never two.
    assert messages_per_demo_teacher(fake) == sent_weeks
    with sessions() as session:
        deliveries = session.execute(
            select(DigestDelivery.teacher_id, DigestDelivery.week_start, DigestDelivery.status)
        ).all()
    assert Counter(t for t, _, status in deliveries if status == "sent") == sent_weeks
    # The story had every kind of news in it, so each check above was exercised.
    assert all(checked[kind] for kind in ("badges", "targets", "drops", "quiet", "highlights")), (
        checked
    )
    # The first week had no evidence yet: no one got an empty digest.
    assert min(sent_weeks.values()) < len(range(0, (LAST_DIGEST - FIRST_WEEK).days, 7))


def messages_per_demo_teacher(fake: FakeSlack) -> Counter[str]:
    channels = {fake.dm_channel_id(user): t for t, user in DEMO_TEACHERS.items()}
    return Counter(channels[m["channel"]] for m in fake.messages)
