"""The background assessment runner stopping (as `serve` stops it on SIGTERM): the entry in
hand is finished if it can be, and otherwise given back at once, not left to its lease.

The real OpenAI client talks to the local chat-completions server, slowed down; the runner
posts to the local Slack; the database is built by the migrations."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import timedelta

import pytest
from slack_sdk import WebClient
from sqlalchemy.orm import Session, sessionmaker

from bot.assessment_runner import AssessmentRunner
from domain.db import unit_of_work
from domain.models import EntryStatus
from domain.queue import QueuePolicy, claim
from tests.factories import seed_roster
from tests.fakes.openai_server import FakeOpenAI, Reply, completion, first_sentence_answer
from tests.fakes.slack_server import FakeSlack
from tests.slack_harness import wait_for
from tests.test_openai_assessment import REFLECTION, assessments, entry, file, make_assessor

# A lease far longer than any test: an entry back in the queue came back by `release`.
POLICY = QueuePolicy(lease=timedelta(hours=1), max_attempts=3, first_backoff=timedelta(0))


@pytest.fixture
def openai_fake() -> Iterator[FakeOpenAI]:
    server = FakeOpenAI().start()
    yield server
    server.stop()


@pytest.fixture
def slack() -> Iterator[WebClient]:
    with FakeSlack() as fake:
        yield WebClient(token=fake.bot_token, base_url=fake.api_url)


@pytest.fixture
def seeded(sessions: sessionmaker[Session]) -> sessionmaker[Session]:
    with unit_of_work(sessions) as session:
        seed_roster(session)
    return sessions


def _runner(
    sessions: sessionmaker[Session], fake: FakeOpenAI, client: WebClient
) -> AssessmentRunner:
    return AssessmentRunner(
        sessions, make_assessor(fake, timeout=30, retries=0), POLICY, client, poll_seconds=30
    )


def test_a_runner_stopped_mid_assessment_gives_the_entry_back_at_once(
    seeded: sessionmaker[Session],
    openai_fake: FakeOpenAI,
    slack: WebClient,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    [entry_id] = file(seeded, "S001_reflection_2025-09-12.md", REFLECTION)
    # The model server takes its time over this one.
    openai_fake.responder = lambda recorded: Reply(
        json=completion(first_sentence_answer(recorded)), delay=2.0
    )
    runner = _runner(seeded, openai_fake, slack)
    runner.start()
    wait_for(lambda: openai_fake.requests, what="the assessor call")
    assert entry(seeded, entry_id).status == EntryStatus.PROCESSING.value

    stopped = runner.stop(timeout=0.1)

    given_back = entry(seeded, entry_id)
    assert given_back.status == EntryStatus.PENDING.value
    assert given_back.claimed_by is None and given_back.lease_expires_at is None
    # A stop is not a failed attempt: the entry keeps all of its attempts.
    assert given_back.attempts == 0
    assert stopped is False  # the call was still out
    # Another process takes it now, not an hour from now.
    with unit_of_work(seeded) as session:
        assert [c.entry_id for c in claim(session, "next-process", POLICY)] == [entry_id]
    # The stopped runner's late answer writes nothing over the new claim.
    wait_for(lambda: "lease lost" in caplog.text, what="the late answer refused")
    assert assessments(seeded) == []


def test_a_runner_stopped_with_time_to_spare_finishes_the_entry_in_hand(
    seeded: sessionmaker[Session], openai_fake: FakeOpenAI, slack: WebClient
) -> None:
    [entry_id] = file(seeded, "S001_reflection_2025-09-12.md", REFLECTION)
    openai_fake.responder = lambda recorded: Reply(
        json=completion(first_sentence_answer(recorded)), delay=0.5
    )
    runner = _runner(seeded, openai_fake, slack)
    runner.start()
    wait_for(lambda: openai_fake.requests, what="the assessor call")

    assert runner.stop(timeout=30) is True

    assert entry(seeded, entry_id).status == EntryStatus.ASSESSED.value
    assert assessments(seeded)
