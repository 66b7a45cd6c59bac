"""Review messages are posted once per entry, however many instances run."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.announcer import announce_ready
from bot.app import web_client
from domain.curriculum import Level, Skill
from domain.db import unit_of_work
from domain.models import DataEntry, EntryStatus
from flourish.settings import Settings
from tests.factories import TODAY, add_assessment, add_entry, seed_roster
from tests.fakes.slack_server import FakeSlack


@pytest.fixture
def slack() -> Iterator[FakeSlack]:
    with FakeSlack() as fake:
        yield fake


def _assessed_entries(sessions: sessionmaker[Session], count: int) -> list[int]:
    with unit_of_work(sessions) as session:
        seed_roster(session)
        ids = []
        for _ in range(count):
            entry = add_entry(session, "S001", TODAY)
            add_assessment(session, entry, Skill.COMMUNICATION, Level.DEVELOPING)
            entry.status = EntryStatus.ASSESSED.value
            ids.append(entry.id)
        # Mr. Thompson's student: he is not on Slack yet, so his entry waits untold.
        waiting = add_entry(session, "S003", TODAY)
        waiting.status = EntryStatus.FAILED.value
    return ids


def test_two_instances_post_each_review_message_once(
    sessions: sessionmaker[Session], slack: FakeSlack
) -> None:
    entries = _assessed_entries(sessions, 6)
    settings = Settings(slack_bot_token=slack.bot_token, slack_api_url=slack.api_url)
    barrier = threading.Barrier(2)
    posted: list[int] = []

    def instance() -> None:
        client = web_client(settings)
        barrier.wait()
        posted.append(announce_ready(sessions, client))

    threads = [threading.Thread(target=instance) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(posted) == 6
    assert len(slack.calls("chat.postMessage")) == 6
    with sessions() as session:
        rows = session.execute(
            select(DataEntry.id, DataEntry.review_message_ts).where(DataEntry.id.in_(entries))
        ).all()
    assert all(ts for _, ts in rows) and len({ts for _, ts in rows}) == 6
    # A later pass (a restart) finds nothing more to post.
    assert announce_ready(sessions, web_client(settings)) == 0


def test_a_refused_post_is_retried_on_the_next_pass(
    sessions: sessionmaker[Session], slack: FakeSlack
) -> None:
    _assessed_entries(sessions, 1)
    client = web_client(Settings(slack_bot_token=slack.bot_token, slack_api_url=slack.api_url))
    slack.fail("chat.postMessage", "channel_not_found")
    assert announce_ready(sessions, client) == 0
    assert announce_ready(sessions, client) == 1
    assert len(slack.messages) == 1


def test_a_teacher_is_told_when_an_entry_could_not_be_assessed(
    sessions: sessionmaker[Session], slack: FakeSlack
) -> None:
    with unit_of_work(sessions) as session:
        seed_roster(session)
        add_entry(session, "S002", TODAY).status = EntryStatus.FAILED.value
    client = web_client(Settings(slack_bot_token=slack.bot_token, slack_api_url=slack.api_url))
    assert announce_ready(sessions, client) == 1
    (notice,) = slack.messages
    assert notice["channel"] == slack.dm_channel_id("U01RODRIGUEZ")
    assert "couldn't assess" in str(notice["blocks"]) and "could not be assessed" in notice["text"]
    assert "assessment_accept" not in str(notice["blocks"])
    assert "entry_retry" in str(notice["blocks"])
