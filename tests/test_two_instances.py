"""Two `flourish serve --http` processes on one database and one Slack, as a deployment
behind a load balancer runs them: shares sent to both in turn, and each share's Slack retry
to the other; both clicks of each review message's Accept all, one to each, at once; both
assessment runners draining one queue; one scheduler between them (the other runs with
`--no-scheduler`). Nothing may happen twice."""

from __future__ import annotations

import json
import threading
import time
import urllib.request
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from bot import ids
from domain.curriculum import Level, Skill
from domain.db import unit_of_work
from domain.digest import week_of
from domain.models import (
    Assessment,
    Badge,
    DataEntry,
    DigestDelivery,
    EntryStatus,
    SourceKind,
    UploadReceipt,
    utcnow,
)
from flourish.scheduler import DAYS
from tests.factories import add_assessment, add_entry, seed_roster
from tests.fakes.slack_requests import (
    block_actions_body,
    event_callback_body,
    file_share_message_event,
    post,
)
from tests.fakes.slack_server import FakeSlack
from tests.slack_harness import (
    RODRIGUEZ,
    SECRET,
    THOMPSON,
    assert_every_share_settled_and_told,
    wait_for,
)
from tests.test_metrics import parse, value
from tests.test_serve_shutdown import Serving, _serve_env

DOCUMENTS = Path(__file__).resolve().parent.parent / "mock_data" / "documents"
# (who shares it, the document): each teacher shares their own students' work.
SHARES = [
    (RODRIGUEZ, "S001_journal_2025-09-30.md"),
    (THOMPSON, "S003_reflection_2025-08-27.md"),
    (RODRIGUEZ, "S002_reflection_2025-09-11.md"),
    (THOMPSON, "S004_peer-feedback_2025-09-10.md"),
    (RODRIGUEZ, "S001_peer-feedback_2025-09-16.md"),
    (THOMPSON, "S003_journal_2025-10-14.md"),
]
DIGEST_TEXT = "Your Flourish week"


@pytest.fixture
def fake() -> Iterator[FakeSlack]:
    with FakeSlack(users_by_email={"thompson@school.example": THOMPSON}) as slack:
        yield slack


def _events(serving: Serving) -> str:
    return f"http://127.0.0.1:{serving.port}/slack/events"


def _metrics(serving: Serving) -> dict[Any, float]:
    with urllib.request.urlopen(f"http://127.0.0.1:{serving.port}/metrics", timeout=10) as reply:
        return parse(reply.read().decode())


def _last_weeks_news(sessions: sessionmaker[Session]) -> None:
    """An item awaiting review filed last week for Ms. Rodriguez: her digest has news."""
    week = week_of(datetime.now(UTC).date())
    filed = datetime.combine(week - timedelta(days=4), datetime.min.time(), tzinfo=UTC)
    with unit_of_work(sessions) as session:
        entry = add_entry(session, "S002", week - timedelta(days=4))
        # Assessed and announced already: the only posts it brings are the digest's.
        entry.status, entry.announced_at = EntryStatus.ASSESSED.value, utcnow()
        add_assessment(session, entry, Skill.COLLABORATION, Level.DEVELOPING).created_at = filed


def _at_once(*calls: Any) -> list[Any]:
    """Run the calls on threads of their own, released together; their results in order."""
    results: list[Any] = [None] * len(calls)
    start = threading.Barrier(len(calls))

    def run(index: int) -> None:
        start.wait()
        results[index] = calls[index]()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return results


def _reviews(fake: FakeSlack) -> list[dict[str, Any]]:
    return [
        m
        for m in fake.messages
        if ids.ACCEPT_ALL_ACTION in json.dumps(m.get("blocks") or [])
        and "Accept all" in json.dumps(m.get("blocks") or [])
    ]


def _accept_all(message: dict[str, Any], user: str, fake: FakeSlack) -> str:
    (button,) = [
        element
        for block in message["blocks"]
        for element in block.get("elements", [])
        if element.get("action_id") == ids.ACCEPT_ALL_ACTION
    ]
    action = {
        "type": "button",
        "action_id": ids.ACCEPT_ALL_ACTION,
        "block_id": "b",
        "text": button["text"],
        "value": button["value"],
        "action_ts": f"{time.time():.6f}",
    }
    return block_actions_body(
        user,
        [action],
        message=message,
        channel_id=message["channel"],
        response_url=fake.response_url(),
    )


def test_two_instances_on_one_database_do_nothing_twice(
    db_url: str, sessions: sessionmaker[Session], fake: FakeSlack, tmp_path: Path
) -> None:
    with unit_of_work(sessions) as session:
        seed_roster(session)
    _last_weeks_news(sessions)
    now = datetime.now(UTC)
    env = _serve_env(
        db_url,
        fake,
        tmp_path,
        # This week's digest was due at midnight (UTC): the one scheduler catches up at start.
        FLOURISH_TIMEZONE="UTC",
        FLOURISH_DIGEST_DAY=DAYS[now.weekday()],
        FLOURISH_DIGEST_TIME="00:00",
        FLOURISH_DIGEST_PACE_SECONDS="0",
    )
    first = Serving(env, tmp_path, "--no-scheduler")
    second = Serving(env, tmp_path)
    instances = [first, second]
    try:
        wait_for(
            lambda: any(DIGEST_TEXT in m["text"] for m in fake.messages),
            timeout=60,
            what="the digest",
        )
        for n, (user, name) in enumerate(SHARES):
            to, retry_to = instances[n % 2], instances[(n + 1) % 2]
            hosted = fake.add_file(f"F0SHARE{n}", name, (DOCUMENTS / name).read_bytes())
            event = file_share_message_event(user, fake.dm_channel_id(user), [hosted])
            body = event_callback_body(event, event_id=f"Ev0SHARE{n}")
            assert post(_events(to), body, SECRET)[0] == 200
            # Slack did not see that ack in time: it retries the event, at the other one.
            retried = post(_events(retry_to), body, SECRET, retry_num=1, retry_reason="timeout")
            assert retried[0] == 200

        wait_for(lambda: len(_reviews(fake)) >= len(SHARES), timeout=60, what="every review")
        reviews = _reviews(fake)
        for review in reviews:
            user = RODRIGUEZ if review["channel"] == fake.dm_channel_id(RODRIGUEZ) else THOMPSON
            click = _accept_all(review, user, fake)
            # A double click, each half to another instance, at the same moment.
            answers = _at_once(
                *(lambda at=at, body=click: post(_events(at), body, SECRET)[0] for at in instances)
            )
            assert answers == [200, 200]
        wait_for(lambda: _all_accepted(sessions), timeout=60, what="every item accepted")
        # The work after the clicks (re-drawing each message) is done before the counts.
        wait_for(
            lambda: len({c.params["ts"] for c in fake.calls("chat.update")}) >= len(SHARES),
            what="every review re-drawn",
        )
        counted = [_metrics(serving) for serving in instances]
    finally:
        for serving in instances:
            if serving.process.poll() is None:
                serving.process.terminate()
        exits = [serving.process.wait(timeout=60) for serving in instances]
        for serving in instances:
            serving.stop()
    assert exits == [0, 0], first.output + second.output

    with sessions() as session:
        entries = session.execute(
            select(DataEntry.source_ref, DataEntry.attempts, DataEntry.review_message_ts).where(
                DataEntry.source_kind == SourceKind.SLACK_FILE.value
            )
        ).all()
        receipts = session.scalars(select(UploadReceipt.status)).all()
        states = session.execute(
            select(Assessment.review_state, Assessment.reviewed_by)
            .join(DataEntry, DataEntry.id == Assessment.entry_id)
            .where(DataEntry.source_kind == SourceKind.SLACK_FILE.value)
        ).all()
        badges = session.execute(
            select(Badge.student_id, Badge.skill, Badge.level, func.count()).group_by(
                Badge.student_id, Badge.skill, Badge.level
            )
        ).all()
        deliveries = session.execute(
            select(DigestDelivery.teacher_id, DigestDelivery.status, DigestDelivery.message_ts)
        ).all()

    # One entry per file, each claimed once by one runner of the two.
    assert sorted(ref for ref, _, _ in entries) == sorted(f"F0SHARE{n}" for n in range(6))
    assert [attempts for _, attempts, _ in entries] == [1] * len(SHARES)
    assert receipts == ["filed"] * len(SHARES)
    assert_every_share_settled_and_told(sessions)
    # Each teacher told once per file.
    told = Counter(
        name
        for _, name in SHARES
        for m in fake.messages
        if m["text"].startswith("Filed") and name in m["text"]
    )
    assert told == Counter(name for _, name in SHARES), told
    # One review message per entry, the one the entry points at, and none posted again.
    assert sorted(m["ts"] for m in reviews) == sorted(str(ts) for _, _, ts in entries)
    review_posts = [
        call
        for call in fake.calls("chat.postMessage")
        if ids.ACCEPT_ALL_ACTION in json.dumps(call.params.get("blocks") or [])
    ]
    assert len(review_posts) == len(SHARES)
    # Every item validated, by its own teacher, and no badge earned twice.
    assert states and all(state == "accepted" for state, _ in states), states
    assert {teacher for _, teacher in states} == {"T001", "T002"}
    assert all(count == 1 for *_, count in badges)
    # One digest per teacher and week, from the one scheduler; T002 has no Slack user id
    # on the roster when it runs (the roster links him by email), so only T001 gets one.
    digests = [m for m in fake.messages if DIGEST_TEXT in m["text"]]
    sent = [(teacher, ts) for teacher, status, ts in deliveries if status == "sent"]
    assert [teacher for teacher, _ in sent] == ["T001"]
    assert [m["ts"] for m in digests] == [ts for _, ts in sent]
    # Both runners took part in draining the one queue, and between them stored each once.
    stored = [value(c, "flourish_assessments_total", outcome="stored") for c in counted]
    assert sum(stored) == len(SHARES) and min(stored) >= 1, stored
    received = [value(c, "flourish_uploads_total", outcome="received") for c in counted]
    assert sum(received) == len(SHARES), received
    assert [value(c, "flourish_digests_total", outcome="sent") for c in counted] == [0, 1]
    assert all(value(c, "flourish_queue_entries", status="pending") == 0 for c in counted)


def _all_accepted(sessions: sessionmaker[Session]) -> bool:
    with sessions() as session:
        states = session.scalars(
            select(Assessment.review_state)
            .join(DataEntry, DataEntry.id == Assessment.entry_id)
            .where(DataEntry.source_kind == SourceKind.SLACK_FILE.value)
        ).all()
    return bool(states) and all(state == "accepted" for state in states)
