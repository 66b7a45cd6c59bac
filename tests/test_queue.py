"""The durable queue: parallel workers, leases, a killed worker, retries with backoff."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from datetime import datetime, timedelta

import openai
import pytest
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from domain.assessors.openai_assessor import OpenAIAssessor
from domain.curriculum import Level, Skill
from domain.db import unit_of_work
from domain.ingest import ingest_document
from domain.models import Assessment, DataEntry, EntryStatus, utcnow
from domain.queue import QueuePolicy, claim, complete
from domain.validation import ValidItem
from domain.worker import drain, drain_in_parallel
from tests.factories import TODAY, seed_roster
from tests.fakes.openai_server import FakeOpenAI, Reply, completion, error_reply, student_words

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
POLICY = QueuePolicy(lease=timedelta(seconds=30), max_attempts=3, first_backoff=timedelta(0))


@pytest.fixture
def fake() -> Iterator[FakeOpenAI]:
    server = FakeOpenAI().start()
    yield server
    server.stop()


def assessor(fake: FakeOpenAI, retries: int = 0) -> OpenAIAssessor:
    client = openai.OpenAI(api_key="k", base_url=fake.base_url, timeout=20, max_retries=retries)
    return OpenAIAssessor(client, "gpt-4o")


@pytest.fixture
def seeded(sessions: sessionmaker[Session]) -> sessionmaker[Session]:
    with unit_of_work(sessions) as session:
        seed_roster(session)
    return sessions


def file_entries(sessions: sessionmaker[Session], count: int) -> list[int]:
    ids = []
    with unit_of_work(sessions) as session:
        for n in range(count):
            result = ingest_document(
                session,
                file_name=f"S00{1 + n % 4}_reflection_2025-09-{1 + n % 28:02d}.md",
                data=f"Entry number {n}: I planned my week and kept to it.".encode(),
                today=TODAY,
            )
            ids += [entry.entry_id for entry in result.entries]
    return ids


def assessment_counts(sessions: sessionmaker[Session]) -> Counter[int]:
    with sessions() as session:
        return Counter(session.scalars(select(Assessment.entry_id)))


def test_parallel_workers_never_assess_the_same_entry(
    seeded: sessionmaker[Session], fake: FakeOpenAI
) -> None:
    ids = file_entries(seeded, 24)
    workers = 4 if seeded.kw["bind"].dialect.name == "postgresql" else 2
    report = drain_in_parallel(seeded, assessor(fake), workers=workers, policy=POLICY)
    assert sorted(report.assessed) == sorted(ids)
    assert report.lost == [] and report.failed == []
    sent = Counter(student_words(recorded).split(":")[0] for recorded in fake.requests)
    assert len(sent) == 24 and set(sent.values()) == {1}
    assert assessment_counts(seeded) == Counter(dict.fromkeys(ids, 1))


def test_skip_locked_hands_a_second_worker_another_entry(seeded: sessionmaker[Session]) -> None:
    if seeded.kw["bind"].dialect.name != "postgresql":
        pytest.skip("SQLite has a single writer: a second claim waits for the first instead")
    first_id, second_id = file_entries(seeded, 2)
    with seeded() as first, seeded() as second:
        held = claim(first, "worker-a", POLICY)  # row lock held: not committed yet
        taken = claim(second, "worker-b", POLICY)
        assert [c.entry_id for c in held] == [first_id]
        assert [c.entry_id for c in taken] == [second_id]
        first.commit()
        second.commit()


def test_a_worker_that_lost_its_lease_writes_nothing(seeded: sessionmaker[Session]) -> None:
    [entry_id] = file_entries(seeded, 1)
    item = ValidItem(
        skill=Skill.PLANNING_PRIORITIZATION,
        level=Level.PROFICIENT,
        evidence_quote="I planned my week",
        justification="Plans ahead.",
        confidence=0.5,
    )
    with unit_of_work(seeded) as session:
        [slow] = claim(session, "slow", POLICY)
    later = utcnow() + POLICY.lease + timedelta(seconds=1)
    with unit_of_work(seeded) as session:
        [fast] = claim(session, "fast", POLICY, now=later)
    assert (slow.entry_id, fast.entry_id, fast.attempts) == (entry_id, entry_id, 2)
    with unit_of_work(seeded) as session:
        assert complete(session, fast, [item], model="m", rubric_version="1.0", dropped=[])
    with unit_of_work(seeded) as session:
        assert not complete(session, slow, [item], model="m", rubric_version="1.0", dropped=[])
    assert assessment_counts(seeded) == Counter({entry_id: 1})


def test_failed_attempt_waits_out_its_backoff_then_succeeds(
    seeded: sessionmaker[Session], fake: FakeOpenAI
) -> None:
    [entry_id] = file_entries(seeded, 1)
    fake.push(error_reply(503, "overloaded"))
    policy = QueuePolicy(
        lease=timedelta(seconds=30), max_attempts=3, first_backoff=timedelta(seconds=0.3)
    )
    # Each sleep: when the entry was due again, and when the sleep ended. The retry must
    # not come before the backoff ends, however slow the machine is around the sleeps.
    sleeps: list[tuple[datetime | None, datetime]] = []

    def sleep(seconds: float) -> None:
        with seeded() as session:
            due = session.get(DataEntry, entry_id).next_attempt_at  # type: ignore[union-attr]
        time.sleep(seconds)
        sleeps.append((due, utcnow()))

    report = drain(seeded, assessor(fake), worker="w", policy=policy, sleep=sleep)
    assert report.retrying == [entry_id] and report.assessed == [entry_id]
    assert sleeps, "the worker claimed again without waiting out the backoff"
    due, woke = sleeps[-1]
    assert due is not None and woke >= due
    with seeded() as session:
        entry = session.get(DataEntry, entry_id)
        assert entry is not None
        assert (entry.status, entry.attempts, entry.last_error) == ("assessed", 2, None)


def test_an_entry_whose_workers_keep_dying_ends_failed(seeded: sessionmaker[Session]) -> None:
    [entry_id] = file_entries(seeded, 1)
    with unit_of_work(seeded) as session:
        session.execute(
            update(DataEntry)
            .where(DataEntry.id == entry_id)
            .values(
                status=EntryStatus.PROCESSING.value,
                attempts=POLICY.max_attempts,
                claimed_by="dead-worker",
                lease_expires_at=utcnow() - timedelta(seconds=1),
            )
        )
    with unit_of_work(seeded) as session:
        assert claim(session, "w", POLICY) == []
    with seeded() as session:
        entry = session.get(DataEntry, entry_id)
        assert entry is not None and entry.status == EntryStatus.FAILED.value
        assert entry.last_error == "the assessment was interrupted too often"


def test_worker_killed_mid_entry_is_finished_by_another_after_its_lease(
    db_url: str, seeded: sessionmaker[Session], fake: FakeOpenAI
) -> None:
    [entry_id] = file_entries(seeded, 1)
    fake.responder = lambda recorded: Reply(json=completion({"assessments": []}), delay=15)
    env = {
        **os.environ,
        "DATABASE_URL": db_url,
        "FLOURISH_ASSESSOR": "openai",
        "OPENAI_API_KEY": "k",
        "OPENAI_BASE_URL": fake.base_url,
        "FLOURISH_ASSESS_LEASE_SECONDS": "1",
    }
    worker = subprocess.Popen(
        [sys.executable, "-m", "flourish.cli", "assess"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while not fake.requests and time.monotonic() < deadline:
            time.sleep(0.05)
        assert fake.requests, "the worker never called the model"
    finally:
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=10)
    with seeded() as session:
        entry = session.get(DataEntry, entry_id)
        assert entry is not None and entry.status == EntryStatus.PROCESSING.value
        assert session.scalar(select(func.count(Assessment.id))) == 0

    fake.responder = lambda recorded: Reply(
        json=completion(
            {
                "assessments": [
                    {
                        "skill": "Planning & Prioritization",
                        "level": "Proficient",
                        "evidence_quote": "I planned my week and kept to it.",
                        "justification": "Plans the week and follows the plan.",
                    }
                ]
            }
        )
    )
    time.sleep(1.2)  # the killed worker's lease runs out
    report = drain(seeded, assessor(fake), worker="rescuer", policy=POLICY)
    assert report.assessed == [entry_id]
    assert assessment_counts(seeded) == Counter({entry_id: 1})
    with seeded() as session:
        entry = session.get(DataEntry, entry_id)
        assert entry is not None and (entry.status, entry.attempts) == ("assessed", 2)
