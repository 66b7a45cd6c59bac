"""The HTTP edge under hostile or broken requests: what is not Slack's is refused before it
is parsed, and nothing from a request's body reaches a log, at any level.

Driven through the running app (`running`): requests go over the wire to waitress, signed
(or not) the way Slack signs them; every logger is captured at DEBUG.
"""

from __future__ import annotations

import json
import logging
import socket
import time
from urllib.parse import urlencode, urlsplit

import pytest

from tests.fakes.slack_requests import (
    block_actions_body,
    button_action,
    event_callback_body,
    message_event,
    post,
    sign,
    slash_command_body,
)
from tests.slack_harness import RODRIGUEZ, SECRET, RunningApp

# What a teacher might send that must never be written to a log; the words are looked for
# one by one, as they read in a body whether form-encoded, JSON or plain.
STUDENT_NAME = "Zephyrine Okonkwo-Blythe"
STUDENT_QUOTE = "I stayed after class to help Marisol finish her volcano model"
TELLTALES = ("Zephyrine", "Okonkwo", "Marisol", "volcano")
# Per refused request: one short line of reasons and sizes.
LOG_BYTES_PER_REFUSAL = 300


def _private(text: str) -> str:
    return f"{STUDENT_NAME} (S001) wrote: {STUDENT_QUOTE}. " + text


def _logged(caplog: pytest.LogCaptureFixture) -> str:
    return "\n".join(
        f"{record.name} {record.levelname} {record.getMessage()} {record.exc_text or ''}"
        for record in caplog.records
    )


def _raw_post(url: str, body: bytes, headers: dict[str, str]) -> int | None:
    """POSTs `body` with exactly `headers` (plus Host and Content-Length); the status, or
    None when the server answered and closed before taking the whole body."""
    parts = urlsplit(url)
    lines = [
        f"POST {parts.path} HTTP/1.1",
        f"Host: {parts.hostname}:{parts.port}",
        f"Content-Length: {len(body)}",
        "Connection: close",
        *(f"{name}: {value}" for name, value in headers.items()),
    ]
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as conn:
        try:
            conn.sendall("\r\n".join(lines).encode() + b"\r\n\r\n" + body)
        except (BrokenPipeError, ConnectionResetError):
            return None
        return _status(conn)


def _status(conn: socket.socket) -> int:
    reply = b""
    while b"\r\n" not in reply:
        chunk = conn.recv(4096)
        if not chunk:
            break
        reply += chunk
    return int(reply.split(b" ", 2)[1])


@pytest.fixture
def every_log(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """Every logger's records at DEBUG. Asked for before `running`: Bolt copies the root
    logger's level into its own loggers when the app is made, as `serve` makes it after
    setting the level."""
    caplog.set_level(logging.DEBUG)
    return caplog


def _refusals(running: RunningApp) -> list[tuple[str, int, int]]:
    """(what, status, expected) for requests that look like Slack's but are not signed by it."""
    events = running.events_url
    command = slash_command_body("/progress", _private("S001"), user_id=RODRIGUEZ)
    click = block_actions_body(RODRIGUEZ, [button_action("assessment_accept", _private("x"))])
    event = event_callback_body(message_event(RODRIGUEZ, "D0DM", _private("hello")))
    big = urlencode({"text": _private("x" * 600_000), "user_id": RODRIGUEZ})
    now = int(time.time())
    return [
        ("rotated secret", post(events, command, "the-old-secret")[0], 401),
        ("clock skew", post(events, click, SECRET, timestamp=now - 6 * 60)[0], 401),
        ("clock ahead", post(events, event, SECRET, timestamp=now + 3600)[0], 401),
        ("big, wrong secret", post(events, big, "the-old-secret")[0], 401),
    ]


def test_a_refused_request_logs_one_short_line_and_nothing_of_its_body(
    every_log: pytest.LogCaptureFixture, running: RunningApp
) -> None:
    every_log.clear()
    refused = _refusals(running)
    assert [(what, status) for what, status, _ in refused] == [
        (what, expected) for what, _, expected in refused
    ]
    logged = _logged(every_log)
    assert not [word for word in TELLTALES if word in logged]
    assert len(logged.encode()) <= LOG_BYTES_PER_REFUSAL * len(refused), logged


def test_a_huge_request_is_refused_unread_and_logs_nothing_of_it(
    every_log: pytest.LogCaptureFixture, running: RunningApp
) -> None:
    """10 MB declared, signed headers: the answer comes before the body is sent at all."""
    parts = urlsplit(running.events_url)
    size = 10 * 1024 * 1024
    start = _private("x").encode()
    headers = sign(start.decode(), SECRET)
    every_log.clear()
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as conn:
        head = [
            f"POST {parts.path} HTTP/1.1",
            f"Host: {parts.hostname}:{parts.port}",
            f"Content-Length: {size}",
            *(f"{name}: {value}" for name, value in headers.items()),
        ]
        conn.sendall("\r\n".join(head).encode() + b"\r\n\r\n" + start)
        assert _status(conn) == 413
    # And the same size sent whole and unsigned is refused too (the server may close the
    # connection on it before it is all sent).
    assert _raw_post(running.events_url, start * (size // len(start)), {}) in (401, 413, None)
    logged = _logged(every_log)
    assert not [word for word in TELLTALES if word in logged]
    assert len(logged.encode()) <= 2 * LOG_BYTES_PER_REFUSAL, logged


JUNK = [
    ("no signature headers", b'{"type": "event_callback"}', {"Content-Type": "application/json"}),
    ("garbage JSON", b"{not json at all", {"Content-Type": "application/json"}),
    (
        "invalid JSON in payload=",
        b"payload=%7Bnope",
        {"Content-Type": "application/x-www-form-urlencoded"},
    ),
    ("binary garbage", bytes(range(256)) * 4, {"Content-Type": "application/octet-stream"}),
    ("wrong content type", b"<xml>hello</xml>", {"Content-Type": "text/xml"}),
    ("no content type", b"token=abc&text=hi", {}),
]


@pytest.mark.parametrize(("what", "body", "headers"), JUNK, ids=[what for what, _, _ in JUNK])
def test_unsigned_junk_gets_401_without_a_traceback(
    every_log: pytest.LogCaptureFixture,
    running: RunningApp,
    what: str,
    body: bytes,
    headers: dict[str, str],
) -> None:
    every_log.clear()
    assert _raw_post(running.events_url, body, headers) == 401
    # Garbage signature headers too: a wrong signature, a timestamp that is not a number.
    forged = {
        **headers,
        "X-Slack-Request-Timestamp": str(int(time.time())),
        "X-Slack-Signature": "v0=00",
    }
    assert _raw_post(running.events_url, body, forged) == 401
    nonsense = {**headers, "X-Slack-Request-Timestamp": "soon", "X-Slack-Signature": "v0=00"}
    assert _raw_post(running.events_url, body, nonsense) == 401
    assert not [r for r in every_log.records if r.exc_info or r.levelno >= logging.ERROR]
    assert "Traceback" not in _logged(every_log)


@pytest.mark.parametrize(
    ("body", "content_type", "status"),
    [
        ("payload=%7Bnot-json", "application/x-www-form-urlencoded", 400),
        ('{"type": "event_callback", "event": ', "application/json", 400),
        ("just some text", "text/plain", 415),
    ],
)
def test_a_signed_request_that_is_not_slacks_shape_gets_a_4xx_not_a_500(
    every_log: pytest.LogCaptureFixture,
    running: RunningApp,
    body: str,
    content_type: str,
    status: int,
) -> None:
    every_log.clear()
    assert post(running.events_url, body, SECRET, content_type=content_type)[0] == status
    assert not [r for r in every_log.records if r.exc_info or r.levelno >= logging.ERROR]


def test_an_event_of_the_apps_own_is_skipped_without_logging_its_text(
    every_log: pytest.LogCaptureFixture, running: RunningApp
) -> None:
    """Slack sends the app its own DM posts back (message.im): Bolt skips them, and at DEBUG
    it would log the whole event, which quotes the review message it posted."""
    event = message_event("U0BOT", "D01RODRIGUEZ", _private("Review this entry."))
    event["bot_id"] = "B0BOT"
    every_log.clear()
    status, _ = running.send(event_callback_body(event))
    assert status == 200
    logged = _logged(every_log)
    assert not [word for word in TELLTALES if word in logged]


def test_signed_requests_still_work_and_the_health_check_is_untouched(
    running: RunningApp,
) -> None:
    _, reply = running.command("S001", RODRIGUEZ)
    assert "Eva" in json.dumps(reply)
    with socket.create_connection(
        (urlsplit(running.url).hostname, urlsplit(running.url).port), timeout=5
    ) as conn:
        conn.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        assert _status(conn) == 200
