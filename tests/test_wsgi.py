"""`flourish.wsgi:application` under a process manager's server, in processes of their own
on a database migrated by `flourish db upgrade`: under waitress-serve it answers Slack,
starts its assessment runner at the first request, serves /metrics, and on SIGTERM
finishes the work after an ack before the process exits; under gunicorn with a preloaded
app, the workers forked from it each run their own runner, and the parent none."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import threading
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from domain.db import unit_of_work
from domain.models import DataEntry, EntryStatus, UploadReceipt
from tests.factories import seed_roster
from tests.fakes.slack_requests import event_callback_body, file_share_message_event, post
from tests.fakes.slack_server import DOWNLOADS, FakeSlack
from tests.operator import free_port
from tests.slack_harness import RODRIGUEZ, SECRET, wait_for
from tests.test_metrics import parse, value
from tests.test_serve_shutdown import _healthy, _serve_env

DOCUMENTS = Path(__file__).resolve().parent.parent / "mock_data" / "documents"
REFLECTION = "S001_reflection_2025-08-29.md"
WSGI_ENTRY = "flourish.wsgi:application"


@pytest.fixture
def fake() -> Iterator[FakeSlack]:
    with FakeSlack() as slack:
        yield slack


def _share(port: int, fake: FakeSlack, file_id: str) -> int:
    # A document of its own each time: the same text shared again is asked about, not filed.
    content = (DOCUMENTS / REFLECTION).read_bytes() + f"\nWritten for {file_id}.\n".encode()
    hosted = fake.add_file(file_id, REFLECTION, content)
    event = file_share_message_event(RODRIGUEZ, fake.dm_channel_id(RODRIGUEZ), [hosted])
    return post(f"http://127.0.0.1:{port}/slack/events", event_callback_body(event), SECRET)[0]


def test_waitress_serve_runs_the_wsgi_entry_and_drains_on_sigterm(
    db_url: str, sessions: sessionmaker[Session], fake: FakeSlack, tmp_path: Path
) -> None:
    with unit_of_work(sessions) as session:
        seed_roster(session)
    env = _serve_env(db_url, fake, tmp_path)
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "waitress", f"--listen=127.0.0.1:{port}", WSGI_ENTRY],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    lines: list[str] = []
    threading.Thread(target=lambda: lines.extend(process.stdout or []), daemon=True).start()
    held = None
    try:
        wait_for(lambda: _healthy(port) or process.poll() is not None, timeout=60)
        assert process.poll() is None, "".join(lines)

        # The runner started at the first request: the share is filed, assessed and reviewed.
        assert _share(port, fake, "F0FIRST") == 200
        wait_for(
            lambda: any("Accept all" in str(m.get("blocks")) for m in fake.messages),
            what="the review message",
        )
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10) as reply:
            samples = parse(reply.read().decode())
        assert value(samples, "flourish_assessments_total", outcome="stored") == 1
        assert value(samples, "flourish_uploads_total", outcome="filed") == 1

        # A share whose download is slow when the process is told to stop.
        held = fake.hold(DOWNLOADS)
        assert _share(port, fake, "F0SECOND") == 200
        wait_for(lambda: fake.downloads_waiting, what="the download under way")
        process.send_signal(signal.SIGTERM)
        with pytest.raises(subprocess.TimeoutExpired):
            process.wait(timeout=1)  # it waits for the work after the ack
        held.set()
        assert process.wait(timeout=60) == 0, "".join(lines)
    finally:
        if held is not None:
            held.set()
        if process.poll() is None:
            process.kill()
            process.wait(timeout=30)

    with sessions() as session:
        receipt = session.get(UploadReceipt, "F0SECOND")
        held_entries = session.scalars(
            select(DataEntry.id).where(DataEntry.status == EntryStatus.PROCESSING.value)
        ).all()
    assert receipt is not None and receipt.status == "filed" and receipt.told_at is not None
    # Drained as `serve` drains: the runner stopped claiming and gave back what it held.
    assert "stopping: finishing the work in hand" in "".join(lines)
    assert held_entries == []
    # The digest scheduler never runs in a WSGI process.
    assert not any("digest scheduled" in line for line in lines), "".join(lines)


def test_gunicorn_workers_forked_from_a_preloaded_app_each_run_their_own_runner(
    db_url: str, sessions: sessionmaker[Session], fake: FakeSlack, tmp_path: Path
) -> None:
    with unit_of_work(sessions) as session:
        seed_roster(session)
    env = _serve_env(db_url, fake, tmp_path)
    port = free_port()
    # --preload builds the app in the parent, before the workers are forked from it.
    gunicorn = ["-m", "gunicorn", "--preload", "--workers", "2", "--threads", "4"]
    process = subprocess.Popen(
        [sys.executable, *gunicorn, "--bind", f"127.0.0.1:{port}", WSGI_ENTRY],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    lines: list[str] = []
    threading.Thread(target=lambda: lines.extend(process.stdout or []), daemon=True).start()
    shares = [f"F0SHARE{n}" for n in range(4)]
    try:
        wait_for(lambda: _healthy(port) or process.poll() is not None, timeout=60)
        assert process.poll() is None, "".join(lines)
        for file_id in shares:
            assert _share(port, fake, file_id) == 200
        wait_for(
            lambda: sum("Accept all" in str(m.get("blocks")) for m in fake.messages) == 4,
            what="every review message",
        )
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=60) == 0, "".join(lines)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=30)

    output = "".join(lines)
    started = re.findall(r"process (\d+): assessment runner and upload sweeper started", output)
    # Started in the workers that answered, never in the parent they were forked from.
    assert started and str(process.pid) not in started, output
    with sessions() as session:
        receipts = session.scalars(select(UploadReceipt.status)).all()
        assessed = session.scalars(
            select(DataEntry.attempts).where(DataEntry.status == EntryStatus.ASSESSED.value)
        ).all()
    assert receipts == ["filed"] * 4
    assert assessed == [1] * 4
