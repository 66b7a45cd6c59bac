"""The Slack app running as in production, driven as Slack drives it.

`running` serves the real Bolt app as `serve --http` does (bot/server.py: waitress, the
request gate, Bolt's WSGI adapter) on a free port, with
its background assessment runner (offline assessor) started, and the real slack_sdk client
pointed at the local `FakeSlack`. `RunningApp` sends signed requests in Slack's documented
shapes: slash commands, file-share events, button clicks on the messages the app posted,
and modal submissions of the views it opened.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import logging
import re
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import or_, select
from sqlalchemy.orm import Session, sessionmaker

from bot.app import FlourishBot, create_bot, web_client
from bot.pacer import ChannelPacer
from bot.server import HttpServer, wsgi_app
from domain.assessors.offline import OfflineAssessor
from domain.db import unit_of_work
from domain.models import Student, UploadReceipt, UploadStatus
from flourish.logs import PAYLOAD_LOGGERS
from flourish.settings import Settings
from tests.factories import seed_roster
from tests.fakes.slack_requests import (
    block_actions_body,
    event_callback_body,
    file_share_message_event,
    post,
    slash_command_body,
    view_submission_body,
)
from tests.fakes.slack_server import FakeSlack

SECRET = "signing-secret-for-tests"
RODRIGUEZ = "U01RODRIGUEZ"  # T001 on the roster by Slack id
THOMPSON = "U02THOMPSON"  # T002 on the roster by email only
STRANGER = "U0STRANGER"
ADMIN = "U0ADMIN"


def wait_for(predicate: Callable[[], Any], timeout: float = 15.0, what: str = "condition") -> Any:
    """Poll until `predicate` is truthy: listeners run after Slack gets its ack."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.02)
    raise AssertionError(f"timed out waiting for {what}")


class VirtualPacer(ChannelPacer):
    """Slack's one post a second per conversation, on a virtual clock: the sleeps it asks
    for are recorded and added to its clock, never slept, so tests stay fast and a test
    sees when each post left (`slots`: channel and virtual time, in order)."""

    def __init__(self) -> None:
        self.slept = 0.0
        self.slots: list[tuple[str, float]] = []
        self._record = threading.Lock()
        super().__init__(clock=lambda: time.monotonic() + self.slept, sleep=self._sleep)

    def _sleep(self, seconds: float) -> None:
        with self._record:
            self.slept += seconds

    def _reserve(self, channel: str) -> tuple[float, float]:
        now, slot = super()._reserve(channel)
        with self._record:
            self.slots.append((channel, slot))
        return now, slot

    def times(self, channel: str) -> list[float]:
        with self._record:
            return sorted(at for c, at in self.slots if c == channel)


def a_second_apart(times: list[float]) -> bool:
    """Each time at least a second after the one before, to a float's precision: a slot is
    the one before plus 1.0, and that sum rounds down when it crosses a power of two
    (4095.45 + 1.0 is 0.99999999999955 later)."""
    return all(later - earlier >= 1.0 - 1e-9 for earlier, later in itertools.pairwise(times))


@dataclass
class RunningApp:
    url: str
    slack: FakeSlack
    sessions: sessionmaker[Session]
    bot: FlourishBot
    pacer: VirtualPacer

    @property
    def events_url(self) -> str:
        return f"{self.url}/slack/events"

    def send(self, body: str, **kwargs: Any) -> tuple[int, Any]:
        status, _, reply = post(self.events_url, body, SECRET, **kwargs)
        return status, json.loads(reply) if reply.startswith("{") else reply

    def command(
        self,
        text: str,
        user: str,
        name: str = "/progress",
        channel: str = "D0DM",
        *,
        answered: bool = True,
        **kwargs: Any,
    ) -> tuple[int, Any]:
        """The ack's status and body; when the ack is empty and `answered`, the answer that
        follows it at the command's response_url (as Slack shows a command's reply)."""
        response_url = self.slack.response_url()
        body = slash_command_body(
            name, text, user_id=user, channel_id=channel, response_url=response_url
        )
        status, reply = self.send(body, **kwargs)
        if status == 200 and reply == "" and answered:
            replies = self.slack.responses_by_url
            reply = wait_for(lambda: replies.get(response_url), what=f"{name}'s answer")[0]
        return status, reply

    def share(
        self,
        user: str,
        files: list[dict[str, Any]],
        text: str = "",
        *,
        channel: str | None = None,
        channel_type: str = "im",
        event_id: str | None = None,
        retry_num: int | None = None,
    ) -> int:
        """A file_share message event for files hosted with `slack.add_file`."""
        channel = channel or self.slack.dm_channel_id(user)
        event = file_share_message_event(user, channel, files, text, channel_type)
        body = event_callback_body(event, event_id=event_id)
        status, _ = self.send(
            body, retry_num=retry_num, retry_reason="http_timeout" if retry_num else None
        )
        return status

    def dm(self, user: str) -> list[dict[str, Any]]:
        channel = self.slack.dm_channel_id(user)
        return [m for m in self.slack.messages if m["channel"] == channel]

    def click(
        self,
        user: str,
        message: dict[str, Any],
        action_id: str,
        nth: int = 0,
        *,
        value: str | None = None,
        choose: str | None = None,
        state: dict[str, Any] | None = None,
    ) -> tuple[int, Any]:
        """Click the `nth` element with `action_id` on a message the app posted;
        `value` replaces the button's value (a hand-altered payload). For a menu (an
        overflow), `choose` is the start of the option's text to pick. `state` is the
        message's input state as Slack sends it (ticked boxes)."""
        found = [
            (block, element)
            for block in message.get("blocks", [])
            for element in [*block.get("elements", []), block.get("accessory") or {}]
            if element.get("action_id") == action_id
        ]
        block, element = found[nth]
        action = {
            "type": element["type"],
            "action_id": action_id,
            "block_id": block.get("block_id", "b"),
            "text": element.get("text"),
            "value": element.get("value", "") if value is None else value,
            "action_ts": f"{time.time():.6f}",
        }
        if choose is not None:
            option = next(o for o in element["options"] if o["text"]["text"].startswith(choose))
            del action["value"], action["text"]
            action["selected_option"] = option if value is None else {**option, "value": value}
        body = block_actions_body(
            user,
            [action],
            state=state,
            message=message,
            channel_id=message["channel"],
            response_url=self.slack.response_url(),
        )
        return self.send(body)

    def submit(
        self,
        user: str,
        view: dict[str, Any],
        values: dict[str, dict[str, dict[str, Any]]],
        *,
        private_metadata: str | None = None,
    ) -> tuple[int, Any]:
        """Submit a modal the app opened, with `values` as Slack's view state."""
        submitted = {
            "id": view["id"],
            "callback_id": view["callback_id"],
            "private_metadata": (
                view["private_metadata"] if private_metadata is None else private_metadata
            ),
            "blocks": view["blocks"],
            "state": {"values": values},
        }
        return self.send(view_submission_body(user, submitted))


def selected(value: str) -> dict[str, Any]:
    return {"type": "static_select", "selected_option": {"value": value}}


def typed(value: str) -> dict[str, Any]:
    return {"type": "plain_text_input", "value": value}


@pytest.fixture
def running(sessions: sessionmaker[Session]) -> Iterator[RunningApp]:
    with run_app(sessions) as app:
        yield app


@contextlib.contextmanager
def run_app(sessions: sessionmaker[Session], **settings: Any) -> Iterator[RunningApp]:
    """The app on `sessions`, seeded with the test roster; `settings` override the test's."""
    with unit_of_work(sessions) as session:
        seed_roster(session)
    slack = FakeSlack(users_by_email={"thompson@school.example": THOMPSON}).start()
    configured = Settings(
        slack_bot_token=slack.bot_token,
        slack_signing_secret=SECRET,
        slack_api_url=slack.api_url,
        flourish_admins=[ADMIN],
        flourish_assess_backoff_seconds=0.1,
        **settings,
    )
    pacer = VirtualPacer()
    bot = create_bot(
        configured,
        sessions,
        OfflineAssessor(),
        web_client(configured),
        poll_seconds=0.5,
        pacer=pacer,
    )
    bot.assessments.start()
    server = HttpServer(
        wsgi_app(bot.app, sessions, bot.signing_secret, bot.metrics),
        host="127.0.0.1",
        port=0,
        threads=4,
    )
    thread = threading.Thread(target=server.run, kwargs={"grace_seconds": 5.0}, daemon=True)
    thread.start()
    finished = False
    watch = LogWatch().start()
    try:
        yield RunningApp(
            url=f"http://127.0.0.1:{server.port}",
            slack=slack,
            sessions=sessions,
            bot=bot,
            pacer=pacer,
        )
        finished = True
    finally:
        # Each part stops even when one before it fails: a worker left running would go on
        # claiming the next test's entries from the same database.
        with contextlib.ExitStack() as stopping:
            stopping.callback(watch.stop)
            stopping.callback(slack.stop)
            stopping.callback(bot.after_ack.shutdown)
            stopping.callback(bot.uploads.stop)
            stopping.callback(bot.assessments.stop)
            stopping.callback(thread.join, timeout=10)
            stopping.callback(server.stop)
    if finished:
        assert_every_share_settled_and_told(sessions)
        watch.assert_no_student_text(slack, sessions)


class LogWatch(logging.Handler):
    """Every log record while the app runs, at every level the app may run at (DEBUG for
    its own loggers, the payload-logging libraries held at INFO as `flourish/logs.py`
    holds them), to check no student text reached the log."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []
        self._levels: dict[str, int] = {}

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.lines.append(record.getMessage())
        except Exception:  # a record whose arguments do not format: keep what it says
            self.lines.append(str(record.msg))

    def start(self) -> LogWatch:
        root = logging.getLogger()
        self._levels = {"": root.level}
        self._levels |= {name: logging.getLogger(name).level for name in PAYLOAD_LOGGERS}
        root.setLevel(logging.DEBUG)
        for name in PAYLOAD_LOGGERS:
            logging.getLogger(name).setLevel(logging.INFO)
        root.addHandler(self)
        return self

    def stop(self) -> None:
        logging.getLogger().removeHandler(self)
        for name, level in self._levels.items():
            logging.getLogger(name or None).setLevel(level)

    def assert_no_student_text(self, slack: FakeSlack, sessions: sessionmaker[Session]) -> None:
        """No line of a shared document and no student's name in any record."""
        with sessions() as session:
            names = {name for (name,) in session.execute(select(Student.name))}
        words = {part for name in names for part in name.split() if len(part) >= 3}
        lines = {
            line.strip()
            for hosted in slack.files.values()
            for line in hosted.content.decode("utf-8", "ignore").splitlines()
            if len(line.strip()) >= 24
        }
        log = "\n".join(self.lines)
        leaked = [line for line in lines if line in log]
        assert not leaked, f"document text in the log: {leaked[:3]}"
        named = [w for w in words if re.search(rf"\b{re.escape(w)}\b", log)]
        assert not named, f"student names in the log: {named}"


def assert_every_share_settled_and_told(sessions: sessionmaker[Session]) -> None:
    """An ack is a promise: once the app has stopped, every share Slack was told 200 for
    ended filed, refused, failed or asking, and the teacher was told. Checked after every
    test that runs the app, so a new path that drops an upload fails whatever it tests."""
    with sessions() as session:
        broken = session.execute(
            select(UploadReceipt.slack_file_id, UploadReceipt.status).where(
                or_(
                    UploadReceipt.status.in_(
                        [UploadStatus.RECEIVED.value, UploadStatus.PROCESSING.value]
                    ),
                    UploadReceipt.told_at.is_(None),
                )
            )
        ).all()
    assert not broken, f"shares left unsettled or untold: {broken}"
