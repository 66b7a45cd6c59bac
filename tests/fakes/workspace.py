"""A fake Slack workspace on this machine, for following docs/deploy.md without Slack.

    python -m tests.fakes.workspace --env fake-slack.env \\
        --user U01RODRIGUEZ=rodriguez@school.example --share-as U01RODRIGUEZ \\
        --share mock_data/documents/S001_reflection_2025-08-29.md --progress S001

starts `FakeSlack` (the Web API) and `FakeSocketMode` (the WebSocket `apps.connections.open`
hands out) and writes the settings that point Flourish at them (`SLACK_BOT_TOKEN`,
`SLACK_APP_TOKEN`, `SLACK_SIGNING_SECRET`, `SLACK_API_URL`) to the --env file, to be copied
into `.env` where the guide says to paste the real tokens. `--user` registers a Slack user
with an email, so a roster teacher with no Slack id is found by `users.lookupByEmail`.

When the app connects over Socket Mode, it plays a teacher's first use: it shares --share
in the bot's DM as --share-as, waits for the ack and for the bot's reply in that DM, then
sends `/progress STUDENT` and waits for its answer. It prints a line per step, serves on
until SIGINT or SIGTERM, and then exits 0 when every step happened (1 when one did not
within --timeout seconds).
"""

from __future__ import annotations

import argparse
import shlex
import signal
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.fakes.slack_requests import (
    event_callback_body,
    file_share_message_event,
    slash_command_body,
)
from tests.fakes.slack_server import FakeSlack
from tests.fakes.socket_mode_server import FakeSocketMode, socket_payload

SIGNING_SECRET = "fake-workspace-signing-secret"


def _wait(predicate: Callable[[], Any], timeout: float, what: str) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.05)
    raise TimeoutError(f"timed out waiting for {what}")


def _say(line: str) -> None:
    print(f"[fake workspace] {line}", flush=True)


def _parse_user(value: str) -> tuple[str, str]:
    user_id, _, email = value.partition("=")
    if not user_id or not email:
        raise argparse.ArgumentTypeError("use USER_ID=EMAIL, e.g. U01RODRIGUEZ=a@school.example")
    return user_id, email


def _first_use(
    slack: FakeSlack, socket: FakeSocketMode, args: argparse.Namespace, stop: threading.Event
) -> None:
    """A teacher's first use of a deployment: share a document, then ask for /progress."""
    timeout = args.timeout
    session = None
    deadline = time.monotonic() + timeout
    while session is None and not stop.is_set():
        try:
            session = socket.wait_for_session(timeout=1)
        except AssertionError:
            if time.monotonic() > deadline:
                raise TimeoutError("timed out waiting for the app to connect") from None
    if session is None:
        return
    _say("the app connected over Socket Mode")
    document: Path = args.share
    hosted = slack.add_file("F0WALK", document.name, document.read_bytes(), user=args.share_as)
    channel = slack.dm_channel_id(args.share_as)
    envelope = socket.events_api(
        socket_payload(
            event_callback_body(file_share_message_event(args.share_as, channel, [hosted]))
        )
    )
    socket.ack(envelope, timeout=timeout)
    _say(f"the share of {document.name} in the bot's DM was acknowledged")
    reply = _wait(
        lambda: [m for m in slack.messages if m["channel"] == channel],
        timeout,
        "the bot's reply in the teacher's DM",
    )
    _say(f"the bot replied in the teacher's DM: {reply[0].get('text', '')[:80]!r}")
    if args.progress:
        response_url = slack.response_url()
        command = slash_command_body(
            "/progress", args.progress, user_id=args.share_as, response_url=response_url
        )
        socket.ack(socket.slash_command(socket_payload(command)), timeout=timeout)
        (answer, *_) = _wait(
            lambda: slack.responses_by_url.get(response_url), timeout, "the /progress answer"
        )
        _say(f"/progress {args.progress} answered: {answer.get('text', '')[:80]!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--env", type=Path, required=True, help="Write the settings here.")
    parser.add_argument("--user", type=_parse_user, action="append", default=[])
    parser.add_argument("--share", type=Path, help="A document to share in the bot's DM.")
    parser.add_argument("--share-as", default="U01RODRIGUEZ", help="The teacher sharing it.")
    parser.add_argument("--progress", help="A student for /progress after the share.")
    parser.add_argument("--timeout", type=float, default=60.0)
    args = parser.parse_args(argv)

    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    with FakeSlack() as slack, FakeSocketMode() as socket:
        slack.socket_mode_urls = socket.issue_url
        for user_id, email in args.user:
            slack.add_user(user_id, email=email, real_name=user_id)
        settings = {
            "SLACK_BOT_TOKEN": slack.bot_token,
            "SLACK_APP_TOKEN": slack.app_token,
            "SLACK_SIGNING_SECRET": SIGNING_SECRET,
            "SLACK_API_URL": slack.api_url,
        }
        args.env.write_text("".join(f"{k}={shlex.quote(v)}\n" for k, v in settings.items()))
        _say(f"serving the Web API at {slack.api_url}; settings written to {args.env}")
        status = 0
        if args.share is not None:
            try:
                _first_use(slack, socket, args, stop)
                _say("a teacher's first use worked")
            except (TimeoutError, AssertionError) as error:
                _say(f"FAILED: {error}")
                status = 1
        # Serve on, so the app can be stopped first (a gone Slack would make it reconnect).
        stop.wait()
        return status


if __name__ == "__main__":
    sys.exit(main())
