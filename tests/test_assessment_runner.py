"""The app's assessment runner: reviews posted entry by entry, several model calls at once.

The real runner, on the real database, with the real `openai` client against the fake
OpenAI server (whose replies a test holds back) and the real slack_sdk against FakeSlack.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import openai
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from bot.app import FlourishBot, create_bot, web_client
from domain.assessors.openai_assessor import OpenAIAssessor
from domain.db import unit_of_work
from domain.models import DataEntry, EntryStatus
from flourish.settings import Settings
from tests.factories import TODAY, add_entry, seed_roster
from tests.fakes.openai_server import FakeOpenAI, Recorded, Reply, completion, first_sentence_answer
from tests.fakes.slack_server import FakeSlack
from tests.slack_harness import RODRIGUEZ, wait_for

# Long enough for any machine to get four calls out; the test never waits it out when the
# calls do overlap.
IN_FLIGHT_TIMEOUT_SECONDS = 20.0


@pytest.fixture
def fake() -> Iterator[FakeOpenAI]:
    server = FakeOpenAI().start()
    yield server
    server.stop()


@pytest.fixture
def slack() -> Iterator[FakeSlack]:
    with FakeSlack() as server:
        yield server


def queue_notes(sessions: sessionmaker[Session], count: int) -> list[int]:
    """Ms. Rodriguez's (T001, on Slack) notes, pending."""
    with unit_of_work(sessions) as session:
        seed_roster(session)
        return [add_entry(session, ("S001", "S002")[n % 2], TODAY).id for n in range(count)]


def start_bot(
    sessions: sessionmaker[Session], fake: FakeOpenAI, slack: FakeSlack, concurrency: int
) -> FlourishBot:
    settings = Settings(
        slack_bot_token=slack.bot_token,
        slack_signing_secret="secret",
        slack_api_url=slack.api_url,
        flourish_assess_concurrency=concurrency,
        flourish_assess_backoff_seconds=0.1,
    )
    client = openai.OpenAI(api_key="k", base_url=fake.base_url, timeout=60, max_retries=0)
    bot = create_bot(
        settings, sessions, OpenAIAssessor(client, "gpt-4o"), web_client(settings), poll_seconds=1
    )
    bot.assessments.start()
    return bot


def waiting(sessions: sessionmaker[Session]) -> int:
    with sessions() as session:
        return (
            session.scalar(
                select(func.count(DataEntry.id)).where(
                    DataEntry.status.in_([EntryStatus.PENDING.value, EntryStatus.PROCESSING.value])
                )
            )
            or 0
        )


def review_ts(sessions: sessionmaker[Session], entry_id: int) -> str | None:
    """Where the entry's review message was posted, once the post is recorded."""
    with sessions() as session:
        entry = session.get(DataEntry, entry_id)
        return entry.review_message_ts if entry else None


def test_each_review_is_posted_as_soon_as_its_entry_is_assessed(
    sessions: sessionmaker[Session], fake: FakeOpenAI, slack: FakeSlack
) -> None:
    entries = queue_notes(sessions, 5)
    release = threading.Event()
    answered = threading.Semaphore(1)  # the first call is answered at once, the rest held

    def responder(recorded: Recorded) -> Reply:
        if not answered.acquire(blocking=False):
            release.wait(timeout=60)
        return Reply(json=completion(first_sentence_answer(recorded)))

    fake.responder = responder
    bot = start_bot(sessions, fake, slack, concurrency=1)
    try:
        ts = wait_for(lambda: review_ts(sessions, entries[0]), what="the first review message")
        # The review is in the teacher's DM while the rest of the queue is still waiting.
        assert waiting(sessions) == 4
        [posted] = slack.messages
        assert posted["channel"] == slack.dm_channel_id(RODRIGUEZ) and posted["ts"] == ts
        release.set()
        wait_for(lambda: len(slack.messages) == 5, what="every review message")
        assert waiting(sessions) == 0
    finally:
        release.set()
        bot.assessments.stop()
        bot.after_ack.shutdown()
    with sessions() as session:
        stamps = session.scalars(select(DataEntry.review_message_ts)).all()
    assert len(set(stamps)) == 5 and None not in stamps  # each posted once


def test_the_runner_has_as_many_model_calls_in_flight_as_its_concurrency(
    sessions: sessionmaker[Session], fake: FakeOpenAI, slack: FakeSlack
) -> None:
    queue_notes(sessions, 4)
    # Each call is answered only once four are in flight together: one at a time, the
    # barrier times out (and breaks) instead.
    together = threading.Barrier(4, timeout=IN_FLIGHT_TIMEOUT_SECONDS)

    def responder(recorded: Recorded) -> Reply:
        together.wait()
        return Reply(json=completion(first_sentence_answer(recorded)))

    fake.responder = responder
    bot = start_bot(sessions, fake, slack, concurrency=4)
    try:
        wait_for(
            lambda: len(slack.messages) == 4 or together.broken,
            timeout=IN_FLIGHT_TIMEOUT_SECONDS + 10,
            what="four reviews",
        )
    finally:
        together.abort()  # never leave a server thread waiting
        bot.assessments.stop()
        bot.after_ack.shutdown()
    assert len(fake.requests) == 4, "each entry was sent to the model once"
    assert len(slack.messages) == 4
    with sessions() as session:
        statuses = session.scalars(select(DataEntry.status)).all()
    assert statuses == [EntryStatus.ASSESSED.value] * 4
