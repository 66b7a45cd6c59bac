"""Socket Mode, end to end: the real app and Bolt's real SocketModeHandler (slack_sdk's
built-in WebSocket client, as `flourish serve --socket` runs it) against Slack's side
played by the fakes: `apps.connections.open` on `FakeSlack` with the app-level token, then
the WebSocket `FakeSocketMode` hands out, speaking Socket Mode's envelopes.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from slack_bolt.adapter.socket_mode import SocketModeHandler
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot import ids
from bot.app import FlourishBot, create_bot, web_client
from domain.assessors.offline import OfflineAssessor
from domain.db import unit_of_work
from domain.models import Assessment, DataEntry, UploadReceipt
from flourish.settings import Settings
from tests.factories import seed_roster
from tests.fakes.slack_requests import (
    block_actions_body,
    event_callback_body,
    file_share_message_event,
    slash_command_body,
)
from tests.fakes.slack_server import FakeSlack
from tests.fakes.socket_mode_server import FakeSocketMode, socket_payload
from tests.slack_harness import RODRIGUEZ, SECRET, wait_for

REFLECTION = (
    Path(__file__).resolve().parent.parent
    / "mock_data"
    / "documents"
    / ("S001_reflection_2025-08-29.md")
)


@dataclass
class SocketApp:
    slack: FakeSlack
    socket: FakeSocketMode
    sessions: sessionmaker[Session]
    bot: FlourishBot
    handler: SocketModeHandler

    def dm(self, user: str) -> list[dict[str, Any]]:
        channel = self.slack.dm_channel_id(user)
        return [m for m in self.slack.messages if m["channel"] == channel]


def _threads() -> set[threading.Thread]:
    return set(threading.enumerate())


@contextlib.contextmanager
def socket_app(sessions: sessionmaker[Session]) -> Iterator[SocketApp]:
    with unit_of_work(sessions) as session:
        seed_roster(session)
    slack = FakeSlack().start()
    socket = FakeSocketMode().start()
    slack.socket_mode_urls = socket.issue_url
    settings = Settings(
        slack_bot_token=slack.bot_token,
        slack_signing_secret=SECRET,
        slack_app_token=slack.app_token,
        slack_api_url=slack.api_url,
    )
    bot = create_bot(settings, sessions, OfflineAssessor(), web_client(settings), poll_seconds=0.5)
    bot.assessments.start()
    assert settings.slack_app_token is not None
    # What bot/server.py's serve_socket_mode builds; connect() is its start() without the
    # wait forever, so the test thread can go on and close it.
    handler = SocketModeHandler(bot.app, settings.slack_app_token.get_secret_value())
    try:
        handler.connect()
        yield SocketApp(slack, socket, sessions, bot, handler)
    finally:
        handler.close()
        bot.assessments.stop()
        bot.uploads.stop()
        bot.after_ack.shutdown()
        socket.stop()
        slack.stop()


def _buttons(message: dict[str, Any], action_id: str) -> list[dict[str, Any]]:
    return [
        element
        for block in message.get("blocks", [])
        for element in block.get("elements", [])
        if element.get("action_id") == action_id
    ]


def test_the_app_acks_every_envelope_and_does_the_work_behind_it(
    sessions: sessionmaker[Session], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    before = _threads()
    with socket_app(sessions) as app:
        session = app.socket.wait_for_session()
        (opened,) = app.slack.calls("apps.connections.open")
        assert opened.headers["authorization"] == f"Bearer {app.slack.app_token}"

        # A teacher shares a reflection in the bot's DM: an events_api envelope.
        hosted = app.slack.add_file(
            "F0SOCKET", REFLECTION.name, REFLECTION.read_bytes(), user=RODRIGUEZ
        )
        share = file_share_message_event(RODRIGUEZ, app.slack.dm_channel_id(RODRIGUEZ), [hosted])
        shared = app.socket.events_api(socket_payload(event_callback_body(share)))
        assert app.socket.ack(shared) == {"envelope_id": shared}
        # An ack is a promise: by the time Slack has it, the share is on record.
        with sessions() as db:
            assert db.get(UploadReceipt, "F0SOCKET") is not None
        entry = wait_for(lambda: _entry(sessions, "F0SOCKET"), what="the share filed")
        assert (entry.student_id, entry.entry_type) == ("S001", "reflection_journal")
        (review,) = wait_for(
            lambda: [m for m in app.dm(RODRIGUEZ) if _buttons(m, ids.ACCEPT_ALL_ACTION)],
            what="the review message",
        )

        # `/progress S001`: a slash_commands envelope; the answer follows at response_url.
        response_url = app.slack.response_url()
        command = slash_command_body(
            "/progress", "S001", user_id=RODRIGUEZ, response_url=response_url
        )
        asked = app.socket.slash_command(socket_payload(command))
        assert app.socket.ack(asked) == {"envelope_id": asked}
        (answer,) = wait_for(
            lambda: app.slack.responses_by_url.get(response_url), what="/progress answer"
        )
        assert answer["response_type"] == "ephemeral" and "(S001)" in answer["text"]

        # Accept all on the review message: an interactive envelope (block_actions).
        button = _buttons(review, ids.ACCEPT_ALL_ACTION)[0]
        # Accept all: its value names the message's pending assessments.
        assessment_id = json.loads(button["value"])["a"][0]
        click = block_actions_body(
            RODRIGUEZ,
            [
                {
                    "type": "button",
                    "action_id": ids.ACCEPT_ALL_ACTION,
                    "block_id": "b0",
                    "text": button["text"],
                    "value": button["value"],
                    "action_ts": "1700000000.000001",
                }
            ],
            message=review,
            channel_id=review["channel"],
            response_url=app.slack.response_url(),
        )
        clicked = app.socket.interactive(socket_payload(click))
        assert app.socket.ack(clicked) == {"envelope_id": clicked}
        wait_for(
            lambda: _review_state(sessions, assessment_id) == "accepted", what="the acceptance"
        )
        wait_for(
            lambda: any(c.params["ts"] == review["ts"] for c in app.slack.calls("chat.update")),
            what="the review message re-drawn",
        )

        # Each envelope acked once, and nothing else said on the socket.
        assert sorted(a["envelope_id"] for a in session.received) == sorted(
            [shared, asked, clicked]
        )
        handler = app.handler
    # Closed: the socket is gone, no reconnection was tried, the client's threads ended.
    assert session.closed.wait(timeout=15), "the app's connection stayed open"
    assert len(app.slack.calls("apps.connections.open")) == 1
    assert len(app.socket.sessions) == 1 and not app.socket.refused
    assert handler.client.closed
    leftover = {t for t in _threads() - before if t.is_alive()}
    for thread in leftover:
        thread.join(timeout=10)
    assert not {t.name for t in leftover if t.is_alive()}
    # Nothing went wrong on the way, closing included.
    assert not [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]


def test_flourish_serve_socket_runs_the_app_over_socket_mode(
    db_url: str, sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    """`flourish serve --socket` as an admin runs it, configured by the environment alone:
    it opens Socket Mode with SLACK_APP_TOKEN on SLACK_API_URL, files a share and answers a
    command, keeps the document's words out of its log, and goes when interrupted."""
    with unit_of_work(sessions) as session:
        seed_roster(session)
    with FakeSlack() as slack, FakeSocketMode() as socket:
        slack.socket_mode_urls = socket.issue_url
        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "OPENAI_"))},
            "DATABASE_URL": db_url,
            "SLACK_BOT_TOKEN": slack.bot_token,
            "SLACK_SIGNING_SECRET": SECRET,
            "SLACK_APP_TOKEN": slack.app_token,
            "SLACK_API_URL": slack.api_url,
            "FLOURISH_ASSESSOR": "offline",
        }
        log = tmp_path / "serve.log"
        with log.open("wb") as out:
            serve = subprocess.Popen(
                [sys.executable, "-m", "flourish.cli", "serve", "--socket", "--no-scheduler"],
                cwd=tmp_path,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        try:
            connected = socket.wait_for_session(timeout=60)
            hosted = slack.add_file("F0SERVE", REFLECTION.name, REFLECTION.read_bytes(), RODRIGUEZ)
            share = file_share_message_event(RODRIGUEZ, slack.dm_channel_id(RODRIGUEZ), [hosted])
            shared = socket.events_api(socket_payload(event_callback_body(share)))
            assert socket.ack(shared, timeout=30) == {"envelope_id": shared}
            entry = wait_for(lambda: _entry(sessions, "F0SERVE"), 30, "the share filed")
            assert entry.student_id == "S001"

            response_url = slack.response_url()
            command = slash_command_body(
                "/progress", "S001", user_id=RODRIGUEZ, response_url=response_url
            )
            asked = socket.slash_command(socket_payload(command))
            assert socket.ack(asked, timeout=30) == {"envelope_id": asked}
            (answer,) = wait_for(lambda: slack.responses_by_url.get(response_url), 30, "answer")
            assert "(S001)" in answer["text"]
        finally:
            serve.send_signal(signal.SIGINT)
            try:
                serve.wait(timeout=30)
            finally:
                if serve.poll() is None:
                    serve.kill()
                    serve.wait()
        assert connected.closed.wait(timeout=15), "the connection outlived the process"
    (opened,) = slack.calls("apps.connections.open")
    assert opened.headers["authorization"] == f"Bearer {slack.app_token}"
    written = log.read_text(errors="replace")
    words = [line for line in REFLECTION.read_text().splitlines() if len(line) > 30]
    assert words and not any(line in written for line in words), written


def test_a_refresh_moves_the_app_to_a_new_connection_and_it_keeps_answering(
    sessions: sessionmaker[Session],
) -> None:
    """Slack refreshes Socket Mode connections regularly with a `disconnect` envelope: the
    app asks apps.connections.open for a new URL and goes on there."""
    with socket_app(sessions) as app:
        first = app.socket.wait_for_session()
        app.socket.disconnect("refresh_requested")
        app.socket.wait_for_session(count=2)
        assert len(app.slack.calls("apps.connections.open")) == 2
        assert first.closed.wait(timeout=15)
        response_url = app.slack.response_url()
        command = slash_command_body(
            "/progress", "S002", user_id=RODRIGUEZ, response_url=response_url
        )
        asked = app.socket.slash_command(socket_payload(command))
        assert app.socket.ack(asked) == {"envelope_id": asked}
        (answer,) = wait_for(
            lambda: app.slack.responses_by_url.get(response_url), what="/progress answer"
        )
        assert "(S002)" in answer["text"]
        assert not app.socket.refused


def test_connections_open_takes_the_app_level_token_only() -> None:
    """As Slack: the xapp- token in the Authorization header opens a connection; the bot
    token cannot, and the app-level token works for nothing else."""
    with FakeSlack() as slack, FakeSocketMode() as socket:
        slack.socket_mode_urls = socket.issue_url
        as_app = WebClient(token=slack.app_token, base_url=slack.api_url)
        as_bot = WebClient(token=slack.bot_token, base_url=slack.api_url)

        url = as_bot.apps_connections_open(app_token=slack.app_token)["url"]
        assert url.startswith(f"ws://127.0.0.1:{socket.port}/link/?ticket=")
        for client, token, error in [
            (as_bot, slack.bot_token, "not_allowed_token_type"),
            (as_bot, "xapp-1-A0OTHER-1-wrong", "invalid_auth"),
        ]:
            with pytest.raises(SlackApiError) as refused:
                client.apps_connections_open(app_token=token)
            assert refused.value.response["error"] == error
        with pytest.raises(SlackApiError) as refused:
            as_app.chat_postMessage(channel="C1", text="hi")
        assert refused.value.response["error"] == "not_allowed_token_type"


def test_the_socket_opens_only_on_a_ticket_it_issued_and_only_once() -> None:
    """A connection needs the URL apps.connections.open just gave: a made-up or reused
    ticket is refused at the handshake."""
    from websockets.exceptions import InvalidStatus
    from websockets.sync.client import connect

    with FakeSocketMode() as socket:
        url = socket.issue_url()
        with connect(url) as client:
            hello = json.loads(client.recv(timeout=10))
            assert hello["type"] == "hello" and hello["connection_info"]["app_id"]
        for refused_url in (url, url.replace("ticket=", "ticket=9")):
            with pytest.raises(InvalidStatus) as refused:
                connect(refused_url).close()
            assert refused.value.response.status_code == 401
        assert len(socket.refused) == 2


def _entry(sessions: sessionmaker[Session], file_id: str) -> DataEntry | None:
    with sessions() as session:
        return session.scalars(select(DataEntry).where(DataEntry.source_ref == file_id)).first()


def _review_state(sessions: sessionmaker[Session], assessment_id: int) -> str | None:
    with sessions() as session:
        row = session.get(Assessment, assessment_id)
        return row.review_state if row else None
