"""An ack is a promise: a share Slack was told 200 for ends filed, refused, failed or
asking, with the teacher told, whatever fails on the way (an unreadable file, the
database going away, the process killed mid-download).

The outage tests run on a PostgreSQL cluster of their own (tests/private_postgres.py),
stopped and started under the running app; the crash test runs `flourish serve` as a
real process and kills it with SIGKILL.
"""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import threading
import zipfile
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from bot import ids
from domain.db import make_engine, session_factory, unit_of_work
from domain.models import Assessment, DataEntry, UploadReceipt, UploadStatus, utcnow
from migrations import upgrade
from tests.factories import seed_roster
from tests.fakes.slack_requests import event_callback_body, file_share_message_event, post
from tests.fakes.slack_server import DOWNLOADS, FakeSlack
from tests.operator import free_port
from tests.private_postgres import PrivateCluster, private_postgres  # noqa: F401
from tests.slack_harness import RODRIGUEZ, SECRET, RunningApp, run_app, wait_for

DOCUMENTS = Path(__file__).resolve().parent.parent / "mock_data" / "documents"
REFLECTION = "S001_reflection_2025-08-29.md"
SETTLED = {UploadStatus.FILED, UploadStatus.REFUSED, UploadStatus.FAILED}


def _entries(sessions: sessionmaker[Session]) -> int:
    with sessions() as session:
        return session.scalar(select(func.count()).select_from(DataEntry)) or 0


def _receipt(sessions: sessionmaker[Session], file_id: str) -> UploadReceipt | None:
    with sessions() as session:
        return session.get(UploadReceipt, file_id)


def _said(app: RunningApp, words: str) -> list[dict[str, Any]]:
    return [m for m in app.dm(RODRIGUEZ) if words in m["text"]]


def _reflection(app: RunningApp, file_id: str) -> dict[str, Any]:
    return app.slack.add_file(
        file_id, REFLECTION, (DOCUMENTS / REFLECTION).read_bytes(), user=RODRIGUEZ
    )


def _malformed_docx() -> bytes:
    """A .docx whose main part is not well-formed XML (a word processor's crash)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/'
            '2006/content-types"><Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/'
            'document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.document.main+xml"/></Types>',
        )
        archive.writestr(
            "_rels/.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="word/document.xml"/></Relationships>',
        )
        archive.writestr("word/document.xml", "<w:document><w:body><w:p>Eva said")
    return buffer.getvalue()


def test_an_unreadable_file_settles_and_the_teacher_is_told(running: RunningApp) -> None:
    hosted = running.slack.add_file("F0BROKEN", "S001_reflection.docx", _malformed_docx())
    assert running.share(RODRIGUEZ, [hosted]) == 200
    wait_for(lambda: _said(running, "couldn't read"), what="the teacher told")

    def told() -> UploadReceipt | None:
        receipt = _receipt(running.sessions, "F0BROKEN")
        return receipt if receipt is not None and receipt.told_at is not None else None

    receipt = wait_for(told, what="the telling recorded")
    assert UploadStatus(receipt.status) in SETTLED
    assert _entries(running.sessions) == 0


def test_the_sweeper_finishes_a_share_whose_process_died(running: RunningApp) -> None:
    """A receipt left `processing` by a dead process is taken again once its lease lapses,
    from the stored file id alone (files.info), and filed once."""
    _reflection(running, "F0ORPHAN")
    lapsed = utcnow() - timedelta(seconds=1)
    with unit_of_work(running.sessions) as session:
        session.add(
            UploadReceipt(
                slack_file_id="F0ORPHAN",
                slack_user_id=RODRIGUEZ,
                teacher_id="T001",
                channel_id=running.slack.dm_channel_id(RODRIGUEZ),
                file_name=REFLECTION,
                status=UploadStatus.PROCESSING.value,
                claimed_by="dead-host:1:0:abc",
                lease_expires_at=lapsed,
                attempts=1,
            )
        )
    assert running.bot.uploads.run_once() == 1
    assert running.bot.uploads.run_once() == 0  # settled and told: nothing more to do
    assert _entries(running.sessions) == 1
    assert len(_said(running, "Filed")) == 1
    assert running.slack.calls("files.info")
    receipt = _receipt(running.sessions, "F0ORPHAN")
    assert receipt is not None and receipt.status == UploadStatus.FILED.value


def test_an_outcome_nobody_was_told_is_told_once(running: RunningApp) -> None:
    """Settled, but the process died before the DM went out: the sweeper tells it."""
    _reflection(running, "F0UNTOLD")
    assert running.share(RODRIGUEZ, [running.slack.file_object("F0UNTOLD")]) == 200
    wait_for(lambda: _said(running, "Filed"), what="the first telling")

    def told() -> bool:
        receipt = _receipt(running.sessions, "F0UNTOLD")
        return receipt is not None and receipt.told_at is not None

    # The telling is marked told once it is out: wait for that, then lose it.
    wait_for(told, what="the first telling recorded")
    long_ago = utcnow() - timedelta(hours=1)
    with unit_of_work(running.sessions) as session:
        session.execute(
            update(UploadReceipt)
            .where(UploadReceipt.slack_file_id == "F0UNTOLD")
            .values(told_at=None, updated_at=long_ago)
        )
    assert running.bot.uploads.run_once() == 1
    assert running.bot.uploads.run_once() == 0
    assert len(_said(running, "Filed")) == 2  # the lost telling, once
    assert _entries(running.sessions) == 1


def test_two_sweepers_take_an_orphan_once(running: RunningApp) -> None:
    _reflection(running, "F0TWICE")
    with unit_of_work(running.sessions) as session:
        session.add(
            UploadReceipt(
                slack_file_id="F0TWICE",
                slack_user_id=RODRIGUEZ,
                teacher_id="T001",
                channel_id="D0",
                file_name=REFLECTION,
                status=UploadStatus.RECEIVED.value,
                lease_expires_at=utcnow() - timedelta(seconds=1),
            )
        )
    handled: list[int] = []
    sweepers = [
        threading.Thread(target=lambda: handled.append(running.bot.uploads.run_once()))
        for _ in range(2)
    ]
    for sweeper in sweepers:
        sweeper.start()
    for sweeper in sweepers:
        sweeper.join()
    assert sorted(handled) == [0, 1]
    assert _entries(running.sessions) == 1
    assert len(_said(running, "Filed")) == 1


# -- the database going away ---------------------------------------------------------------


@pytest.fixture
def outage(private_postgres: PrivateCluster) -> Iterator[tuple[RunningApp, PrivateCluster]]:  # noqa: F811
    upgrade(private_postgres.url)
    engine = make_engine(private_postgres.url)
    with run_app(
        session_factory(engine), flourish_upload_lease_seconds=0.5, flourish_upload_sweep_seconds=60
    ) as app:
        # Who-is-who is cached for a minute: the outage starts with the teacher known.
        assert app.command("S001", RODRIGUEZ)[0] == 200
        yield app, private_postgres
    engine.dispose()


def test_a_share_the_database_cannot_record_is_refused_so_slack_retries(
    outage: tuple[RunningApp, PrivateCluster],
) -> None:
    app, cluster = outage
    hosted = _reflection(app, "F0OUTAGE")
    cluster.stop()
    # Not recorded, so not acknowledged: Slack will deliver it again.
    assert app.share(RODRIGUEZ, [hosted], event_id="Ev0OUTAGE") != 200
    cluster.start()
    assert app.share(RODRIGUEZ, [hosted], event_id="Ev0OUTAGE", retry_num=1) == 200
    wait_for(lambda: _said(app, "Filed"), what="the filing once the database is back")
    assert _entries(app.sessions) == 1
    assert len(_said(app, "Filed")) == 1


def test_the_database_failing_mid_upload_is_told_then_finished(
    outage: tuple[RunningApp, PrivateCluster],
) -> None:
    app, cluster = outage
    hosted = _reflection(app, "F0MIDWAY")
    release = app.slack.hold(DOWNLOADS)
    assert app.share(RODRIGUEZ, [hosted]) == 200
    wait_for(lambda: app.slack.downloads_waiting, what="the download to start")
    cluster.stop()
    release.set()
    wait_for(lambda: _said(app, "try again"), what="the teacher told it will be retried")
    cluster.start()
    wait_for(lambda: app.bot.uploads.run_once() or _said(app, "Filed"), what="the sweep")
    assert _entries(app.sessions) == 1
    assert len(_said(app, "Filed")) == 1
    assert len(_said(app, "try again")) == 1
    receipt = _receipt(app.sessions, "F0MIDWAY")
    assert receipt is not None and receipt.status == UploadStatus.FILED.value


def test_the_database_stopping_under_a_burst_of_shares_loses_none_and_doubles_none(
    outage: tuple[RunningApp, PrivateCluster],
) -> None:
    """Six shares in flight (four downloading, two waiting for a thread) when the database
    stops: once it is back, each is filed once and its teacher told."""
    app, cluster = outage
    files = [
        app.slack.add_file(
            f"F0BURST{n}",
            f"S00{1 + n % 2}_reflection_2025-09-{10 + n}.md",
            f"Today I planned my week step by step, version {n}.\n".encode(),
            user=RODRIGUEZ,
        )
        for n in range(6)
    ]
    release = app.slack.hold(DOWNLOADS)
    for hosted in files:
        assert app.share(RODRIGUEZ, [hosted]) == 200
    wait_for(lambda: len(app.slack.downloads_waiting) >= 4, what="the downloads to start")
    cluster.stop()
    release.set()
    wait_for(lambda: _said(app, "try again"), what="a teacher told it will be retried")
    cluster.start()

    def all_filed() -> bool:
        app.bot.uploads.run_once()
        with app.sessions() as session:
            receipts = session.scalars(select(UploadReceipt)).all()
        return len(receipts) == 6 and all(
            r.status == UploadStatus.FILED.value and r.told_at is not None for r in receipts
        )

    wait_for(all_filed, timeout=60, what="every share filed and told")
    assert _entries(app.sessions) == 6
    filed = _said(app, "Filed")
    assert len(filed) == 6


def test_a_click_while_the_database_is_away_is_told_to_try_again(
    outage: tuple[RunningApp, PrivateCluster],
) -> None:
    """The teacher either sees the result of a click or is told to try again."""
    app, cluster = outage
    assert app.share(RODRIGUEZ, [_reflection(app, "F0CLICK")]) == 200

    def review() -> dict[str, Any] | None:
        return next((m for m in app.dm(RODRIGUEZ) if ids.ACCEPT_ALL_ACTION in str(m)), None)

    message = wait_for(review, what="the review message")
    cluster.stop()
    try:
        status, _ = app.click(RODRIGUEZ, message, ids.ACCEPT_ALL_ACTION)
        if status == 200:  # acknowledged: the answer must say what happened
            told = wait_for(
                lambda: [r for r in app.slack.responses if "try again" in str(r.get("text"))],
                what="the teacher told to try again",
            )
            assert told[0].get("response_type") == "ephemeral"
    finally:
        cluster.start()
    with app.sessions() as session:
        assert not session.scalars(
            select(Assessment).where(Assessment.review_state != "pending")
        ).all()


# -- the process killed mid-download -------------------------------------------------------


def _serve(db_url: str, slack: FakeSlack, port: int) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "DATABASE_URL": db_url,
        "SLACK_BOT_TOKEN": slack.bot_token,
        "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_API_URL": slack.api_url,
        "FLOURISH_ASSESSOR": "offline",
        "FLOURISH_UPLOAD_LEASE_SECONDS": "1",
        "FLOURISH_UPLOAD_SWEEP_SECONDS": "0.5",
    }
    env.pop("SLACK_APP_TOKEN", None)
    command = [sys.executable, "-m", "flourish.cli", "serve", "--http", "--port", str(port)]
    return subprocess.Popen(
        [*command, "--host", "127.0.0.1", "--no-scheduler"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _healthy(port: int) -> bool:
    import urllib.request

    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=1) as reply:
            return reply.status == 200
    except OSError:
        return False


def test_a_server_killed_mid_download_files_the_share_after_restart(
    db_url: str, tmp_path: Path
) -> None:
    sessions = session_factory(make_engine(db_url))
    with unit_of_work(sessions) as session:
        seed_roster(session)
    with FakeSlack() as slack:
        slack.add_user(RODRIGUEZ, email="rodriguez@school.example")
        hosted = slack.add_file(
            "F0KILLED", REFLECTION, (DOCUMENTS / REFLECTION).read_bytes(), user=RODRIGUEZ
        )
        port = free_port()
        server = _serve(db_url, slack, port)
        try:
            wait_for(lambda: _healthy(port), timeout=60, what="the server to start")
            release = slack.hold(DOWNLOADS)
            event = file_share_message_event(
                RODRIGUEZ, slack.dm_channel_id(RODRIGUEZ), [hosted], "", "im"
            )
            status, _, _ = post(
                f"http://127.0.0.1:{port}/slack/events", event_callback_body(event), SECRET
            )
            assert status == 200
            wait_for(lambda: slack.downloads_waiting, what="the download to start")
            server.send_signal(signal.SIGKILL)
            server.wait(timeout=30)
            assert _entries(sessions) == 0
            release.set()
            server = _serve(db_url, slack, port)
            dm = slack.dm_channel_id(RODRIGUEZ)
            wait_for(
                lambda: [m for m in slack.messages if m["channel"] == dm and "Filed" in m["text"]],
                timeout=60,
                what="the restarted server's sweeper to file it",
            )
        finally:
            server.kill()
            server.wait(timeout=30)
    assert _entries(sessions) == 1
    filed = [m for m in slack.messages if "Filed" in m["text"]]
    assert len(filed) == 1
    receipt = _receipt(sessions, "F0KILLED")
    assert receipt is not None and receipt.status == UploadStatus.FILED.value
    sessions.kw["bind"].dispose()
