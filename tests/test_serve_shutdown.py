"""`flourish serve` stopping as a platform stops it (SIGTERM): a real process, a real
database migrated by `flourish db upgrade`, the local Slack holding a call unanswered so the
work in flight can be seen to finish before the process exits 0."""

from __future__ import annotations

import signal
import socket
import subprocess
import threading
import urllib.request
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from domain.db import unit_of_work
from domain.models import DataEntry, EntryStatus, UploadReceipt
from flourish.scheduler import DAYS
from tests.factories import seed_roster
from tests.fakes.slack_requests import event_callback_body, file_share_message_event, post
from tests.fakes.slack_server import FakeSlack
from tests.operator import free_port
from tests.slack_harness import RODRIGUEZ, SECRET, wait_for
from tests.test_digest_cli import FLOURISH, _this_weeks_news, environment, run
from tests.test_digest_delivery import rows

DOCUMENTS = Path(__file__).resolve().parent.parent / "mock_data" / "documents"
REFLECTION = "S001_reflection_2025-08-29.md"


@pytest.fixture
def fake() -> Iterator[FakeSlack]:
    with FakeSlack() as slack:
        yield slack


def _refused(port: int) -> bool:
    """True when a new connection is not accepted. A reset counts: a connection that
    reached the port's queue as it closed is reset, not served."""
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
    except (ConnectionRefusedError, ConnectionResetError):
        return True
    return False


def _healthy(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=1) as reply:
            return reply.status == 200
    except OSError:
        return False


class Serving:
    """`flourish serve --http` in its own process, and its output so far."""

    def __init__(self, env: dict[str, str], cwd: Path, *options: str) -> None:
        self.port = free_port()
        address = ["--host", "127.0.0.1", "--port", str(self.port)]
        self.process = subprocess.Popen(
            [*FLOURISH, "serve", "--http", *address, *options],
            cwd=cwd,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self.lines: list[str] = []
        threading.Thread(
            target=lambda: self.lines.extend(self.process.stdout or []), daemon=True
        ).start()
        wait_for(lambda: _healthy(self.port) or self.process.poll() is not None, timeout=60)
        assert self.process.poll() is None, self.output

    @property
    def output(self) -> str:
        return "".join(self.lines)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=30)


def _serve_env(db_url: str, fake: FakeSlack, tmp_path: Path, **extra: str) -> dict[str, str]:
    settings = {
        "SLACK_SIGNING_SECRET": SECRET,
        "FLOURISH_ASSESSOR": "offline",
        "FLOURISH_SHUTDOWN_GRACE_SECONDS": "30",
        **extra,
    }
    env = environment(db_url, fake, **settings)
    env.pop("SLACK_APP_TOKEN", None)
    upgraded = run(["db", "upgrade"], env, tmp_path)
    assert upgraded.returncode == 0, upgraded.stderr
    return env


def test_sigterm_finishes_the_work_after_an_ack_refuses_new_requests_and_exits_0(
    db_url: str, sessions: sessionmaker[Session], fake: FakeSlack, tmp_path: Path
) -> None:
    with unit_of_work(sessions) as session:
        seed_roster(session)
    env = _serve_env(db_url, fake, tmp_path)
    hosted = fake.add_file(
        "F0SHARED", REFLECTION, (DOCUMENTS / REFLECTION).read_bytes(), user=RODRIGUEZ
    )
    # The work after the share's ack begins by opening the teacher's DM: Slack is slow.
    slow = fake.hold("conversations.open")
    serving = Serving(env, tmp_path, "--no-scheduler")
    try:
        event = file_share_message_event(RODRIGUEZ, fake.dm_channel_id(RODRIGUEZ), [hosted])
        events = f"http://127.0.0.1:{serving.port}/slack/events"
        assert post(events, event_callback_body(event), SECRET)[0] == 200
        wait_for(lambda: fake.calls("conversations.open"), what="the work after the ack")

        serving.process.send_signal(signal.SIGTERM)
        wait_for(lambda: _refused(serving.port), what="new connections refused")
        assert serving.process.poll() is None, "it must not exit with work in flight"
        slow.set()
        assert serving.process.wait(timeout=60) == 0, serving.output
    finally:
        slow.set()
        serving.stop()

    # The work went on after SIGTERM: the file was downloaded, filed and the teacher told.
    assert [d.served for d in fake.downloads] == [True]
    assert any("Filed" in m["text"] for m in fake.messages), fake.messages
    with sessions() as session:
        receipt = session.get(UploadReceipt, "F0SHARED")
        filed = session.scalars(select(DataEntry.student_id)).all()
    assert receipt is not None and receipt.status == "filed"
    assert filed == ["S001"]


def test_sigterm_during_a_digest_post_settles_its_delivery_row_and_exits_0(
    db_url: str, sessions: sessionmaker[Session], fake: FakeSlack, tmp_path: Path
) -> None:
    now = datetime.now(UTC)
    week = _this_weeks_news(sessions, now)
    with unit_of_work(sessions) as session:
        # Already assessed and announced: the only posts are the digests.
        session.execute(
            update(DataEntry).values(status=EntryStatus.ASSESSED.value, announced_at=now)
        )
    # Due at midnight today (UTC): the run starts as the process does.
    env = _serve_env(
        db_url,
        fake,
        tmp_path,
        FLOURISH_TIMEZONE="UTC",
        FLOURISH_DIGEST_DAY=DAYS[now.weekday()],
        FLOURISH_DIGEST_TIME="00:00",
        FLOURISH_DIGEST_PACE_SECONDS="0",
    )
    slow = fake.hold("chat.postMessage")
    serving = Serving(env, tmp_path)
    try:
        wait_for(lambda: fake.calls("chat.postMessage"), timeout=60, what="a digest post")
        serving.process.send_signal(signal.SIGTERM)
        wait_for(lambda: _refused(serving.port), what="new connections refused")
        slow.set()
        assert serving.process.wait(timeout=60) == 0, serving.output
    finally:
        slow.set()
        serving.stop()

    statuses = [row.status for row in rows(sessions, week).values()]
    # The post in flight was recorded as sent; the run stopped before the next one.
    assert "pending" not in statuses, statuses
    assert statuses.count("sent") == len(fake.calls("chat.postMessage")) >= 1


def test_work_still_running_when_the_grace_runs_out_exits_1_and_says_so(
    db_url: str, sessions: sessionmaker[Session], fake: FakeSlack, tmp_path: Path
) -> None:
    with unit_of_work(sessions) as session:
        seed_roster(session)
    env = _serve_env(db_url, fake, tmp_path, FLOURISH_SHUTDOWN_GRACE_SECONDS="1")
    hosted = fake.add_file(
        "F0SHARED", REFLECTION, (DOCUMENTS / REFLECTION).read_bytes(), user=RODRIGUEZ
    )
    stuck = fake.hold("conversations.open")  # answered only after the process is gone
    serving = Serving(env, tmp_path, "--no-scheduler")
    try:
        event = file_share_message_event(RODRIGUEZ, fake.dm_channel_id(RODRIGUEZ), [hosted])
        events = f"http://127.0.0.1:{serving.port}/slack/events"
        assert post(events, event_callback_body(event), SECRET)[0] == 200
        wait_for(lambda: fake.calls("conversations.open"), what="the work after the ack")
        serving.process.send_signal(signal.SIGTERM)
        assert serving.process.wait(timeout=30) == 1, serving.output
    finally:
        stuck.set()
        serving.stop()
    assert "work after an ack still running" in serving.output


def test_a_server_stopped_again_after_it_closed_stays_quiet() -> None:
    # A signal's stop, then the caller's own: the second found the wake-up pipe closed and
    # raised, and a test harness that stopped its parts in a row left the rest running.
    from bot.server import HttpServer

    def answer(_environ: object, start_response: Callable[..., object]) -> list[bytes]:
        start_response("200 OK", [("Content-Type", "text/plain")])
        return [b"ok"]

    server = HttpServer(answer, host="127.0.0.1", port=0, threads=1)
    serving = threading.Thread(target=server.run, kwargs={"grace_seconds": 1.0})
    serving.start()
    server.stop()
    serving.join(timeout=10)
    assert not serving.is_alive()
    server.stop()
