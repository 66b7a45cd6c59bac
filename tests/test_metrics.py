"""`/metrics`: what the running app counts as Slack drives it (signed requests, the real
slack_sdk against the Slack wire fake, the offline assessor), the queue as the database
holds it at each scrape, and a scrape that outlives the database going away."""

from __future__ import annotations

import json
import signal
import urllib.request
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot import ids
from domain.assessors.base import AssessmentRequest, AssessorError, AssessorOutput
from domain.assessors.offline import OfflineAssessor
from domain.curriculum import EntryType
from domain.db import make_engine, session_factory, unit_of_work
from domain.models import DataEntry, DigestDelivery, EntryStatus
from flourish.metrics import MeteredAssessor, Metrics, request_kind
from flourish.scheduler import DAYS, start_scheduler
from flourish.settings import Settings
from tests.factories import add_entry, seed_roster
from tests.fakes.slack_requests import block_actions_body, slash_command_body
from tests.fakes.slack_server import FakeSlack
from tests.operator import free_port
from tests.slack_harness import RODRIGUEZ, RunningApp, wait_for
from tests.test_digest_cli import _start, _this_weeks_news, environment
from tests.test_digest_delivery import TEACHERS

DOCUMENTS = Path(__file__).resolve().parent.parent / "mock_data" / "documents"
REFLECTION = "S001_reflection_2025-08-29.md"

Samples = dict[tuple[str, frozenset[tuple[str, str]]], float]


def scrape(url: str) -> Samples:
    with urllib.request.urlopen(f"{url}/metrics", timeout=10) as reply:
        assert reply.status == 200
        assert reply.headers["Content-Type"].startswith("text/plain; version=0.0.4")
        text = reply.read().decode()
    return parse(text)


def parse(text: str) -> Samples:
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


def value(samples: Samples, name: str, **labels: str) -> float:
    return samples.get((name, frozenset(labels.items())), 0.0)


def total(samples: Samples, name: str) -> float:
    return sum(v for (n, _), v in samples.items() if n == name)


def _review(running: RunningApp) -> dict[str, Any]:
    (posted,) = wait_for(
        lambda: [
            m
            for m in running.dm(RODRIGUEZ)
            if ids.ACCEPT_ALL_ACTION in json.dumps(m.get("blocks", []))
        ],
        what="the review message",
    )
    return posted


def test_metrics_move_with_the_traffic_the_app_answers(running: RunningApp) -> None:
    before = scrape(running.url)
    assert total(before, "flourish_uploads_total") == 0
    assert value(before, "flourish_queue_up") == 1

    hosted = running.slack.add_file(
        "F0METRICS", REFLECTION, (DOCUMENTS / REFLECTION).read_bytes(), user=RODRIGUEZ
    )
    assert running.share(RODRIGUEZ, [hosted], event_id="Ev0ONE") == 200
    # Slack's retry of the same event: answered, not received twice.
    assert running.share(RODRIGUEZ, [hosted], event_id="Ev0ONE", retry_num=1) == 200
    review = _review(running)
    assert running.click(RODRIGUEZ, review, ids.ACCEPT_ALL_ACTION)[0] == 200
    wait_for(lambda: running.slack.calls("chat.update"), what="the accepted review")
    assert running.command("Eva", RODRIGUEZ)[0] == 200
    forged = urllib.request.Request(running.events_url, data=b"{}", method="POST")
    try:
        urllib.request.urlopen(forged, timeout=10)
    except urllib.error.HTTPError as refused:
        assert refused.code == 401
    else:
        raise AssertionError("an unsigned request was answered")

    after = scrape(running.url)
    assert value(after, "flourish_uploads_total", outcome="received") == 1
    assert value(after, "flourish_uploads_total", outcome="filed") == 1
    assert value(after, "flourish_assessments_total", outcome="stored") == 1
    model = OfflineAssessor().model
    assert value(after, "flourish_model_call_seconds_count", model=model, outcome="ok") == 1
    assert total(after, "flourish_model_errors_total") == 0
    requests = "flourish_http_request_seconds_count"
    assert value(after, requests, kind="events", status="200") == 2
    assert value(after, requests, kind="actions", status="200") == 1
    assert value(after, requests, kind="commands", status="200") == 1
    assert value(after, requests, kind="refused", status="401") == 1
    # Every answer is in a bucket at or under +Inf; the scrapes themselves are not counted.
    assert (
        value(after, "flourish_http_request_seconds_bucket", kind="events", status="200", le="+Inf")
        == 2
    )
    assert not any(labels and ("kind", "metrics") in labels for _, labels in after)
    assert value(after, "flourish_queue_entries", status="pending") == 0
    assert value(after, "flourish_queue_oldest_pending_seconds") == 0


def test_digests_a_scheduler_run_dealt_with_are_counted(running: RunningApp) -> None:
    now = datetime.now(UTC)
    settings = Settings(
        flourish_timezone="UTC",
        flourish_digest_day=DAYS[now.weekday()],
        flourish_digest_time="00:00",
        flourish_digest_pace_seconds=0,
    )
    # Due at midnight today: the run starts with the scheduler, as a catch-up.
    scheduler = start_scheduler(
        settings, running.sessions, running.bot.app.client, metrics=running.bot.metrics
    )
    try:
        wait_for(
            lambda: total(scrape(running.url), "flourish_digests_total") == 2,
            what="both teachers' digests counted",
        )
    finally:
        scheduler.shutdown()
    with running.sessions() as session:
        sent = session.scalars(
            select(DigestDelivery.teacher_id).where(DigestDelivery.status == "sent")
        ).all()
    samples = scrape(running.url)
    assert value(samples, "flourish_digests_total", outcome="sent") == len(sent)


def test_the_queue_is_read_from_the_database_at_each_scrape(
    sessions: sessionmaker[Session],
) -> None:
    with unit_of_work(sessions) as session:
        seed_roster(session)
        first = add_entry(session, "S001", date(2025, 9, 1))
        add_entry(session, "S002", date(2025, 9, 2))
        add_entry(session, "S003", date(2025, 9, 3)).status = EntryStatus.FAILED.value
        add_entry(session, "S004", date(2025, 9, 4)).status = EntryStatus.PROCESSING.value
        first.created_at = datetime(2025, 9, 1, tzinfo=UTC)
    metrics = Metrics(sessions)

    samples = parse(metrics.exposition().decode())
    assert value(samples, "flourish_queue_up") == 1
    assert value(samples, "flourish_queue_entries", status="pending") == 2
    assert value(samples, "flourish_queue_entries", status="processing") == 1
    assert value(samples, "flourish_queue_entries", status="failed") == 1
    oldest = value(samples, "flourish_queue_oldest_pending_seconds")
    assert oldest >= (datetime.now(UTC) - datetime(2025, 9, 1, tzinfo=UTC)).total_seconds() - 60

    with unit_of_work(sessions) as session:
        session.get_one(DataEntry, first.id).status = EntryStatus.ASSESSED.value
    samples = parse(metrics.exposition().decode())
    assert value(samples, "flourish_queue_entries", status="pending") == 1
    assert value(samples, "flourish_queue_oldest_pending_seconds") < oldest


def test_a_scrape_while_the_database_is_down_says_so_and_still_answers(tmp_path: Path) -> None:
    # A SQLite file in a folder that does not exist cannot be opened: no database answers.
    engine = make_engine(f"sqlite:///{tmp_path / 'missing' / 'flourish.db'}")
    metrics = Metrics(session_factory(engine))
    metrics.uploads_received(1)

    samples = parse(metrics.exposition().decode())
    assert value(samples, "flourish_queue_up") == 0
    assert total(samples, "flourish_queue_entries") == 0
    assert value(samples, "flourish_uploads_total", outcome="received") == 1
    engine.dispose()


class _Refusing:
    model = "refusing-model"

    def assess(self, request: AssessmentRequest) -> AssessorOutput:
        raise AssessorError("the server said no", retryable=False)


def test_model_errors_are_counted_by_whether_a_retry_may_help() -> None:
    metrics = Metrics()
    assessor = MeteredAssessor(_Refusing(), metrics)
    request = AssessmentRequest(
        entry_id=1,
        student_id="S001",
        entry_type=EntryType.REFLECTION_JOURNAL,
        own_text="words",
        context="words",
    )
    try:
        assessor.assess(request)
    except AssessorError:
        pass
    else:
        raise AssertionError("the error must reach the worker")

    samples = parse(metrics.exposition().decode())
    errors = "flourish_model_errors_total"
    assert value(samples, errors, model="refusing-model", retryable="false") == 1
    calls = "flourish_model_call_seconds_count"
    assert value(samples, calls, model="refusing-model", outcome="error") == 1


def test_a_request_kind_is_a_fixed_word_whatever_the_body_says() -> None:
    assert request_kind(b'{"type": "event_callback"}') == "events"
    assert request_kind(slash_command_body("/progress", "Eva", user_id="U1").encode()) == (
        "commands"
    )
    assert request_kind(block_actions_body("U1", []).encode()) == "actions"
    payload = json.dumps({"type": "block_suggestion", "value": "Ev"})
    assert request_kind(f"payload={urllib.parse.quote(payload)}".encode()) == "options"
    views = json.dumps({"type": "view_submission"})
    assert request_kind(f"payload={urllib.parse.quote(views)}".encode()) == "views"
    strange = json.dumps({"type": "S001 Eva wrote this"})
    assert request_kind(f"payload={urllib.parse.quote(strange)}".encode()) == "other"
    assert request_kind(b"payload=%7Bnot-json") == "other"
    assert request_kind(b"\xff\xfe") == "other"


def test_the_scheduler_alone_serves_its_digest_counts(
    db_url: str, sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    now = datetime.now(UTC)
    week = _this_weeks_news(sessions, now)
    port = free_port()
    with FakeSlack() as fake:
        env = environment(
            db_url,
            fake,
            FLOURISH_TIMEZONE="UTC",
            FLOURISH_DIGEST_DAY=DAYS[now.weekday()],
            FLOURISH_DIGEST_TIME="00:00",
            FLOURISH_DIGEST_PACE_SECONDS="0",
        )
        address = ["--metrics-port", str(port), "--metrics-host", "127.0.0.1"]
        process, lines = _start(["scheduler", *address], env, tmp_path)
        try:
            wait_for(
                lambda: any(f"digest week of {week}:" in line for line in lines),
                timeout=60,
                what="the catch-up run",
            )
            samples = scrape(f"http://127.0.0.1:{port}")
        finally:
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=60)
    assert process.returncode == 0, "".join(lines)
    assert value(samples, "flourish_digests_total", outcome="sent") == TEACHERS
    assert value(samples, "flourish_queue_up") == 1
