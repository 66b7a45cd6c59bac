"""FLOURISH_LOG_FORMAT=json gives one JSON object a line; FLOURISH_LOG_LEVEL=DEBUG is the
app's own: the libraries that log payloads stay at INFO."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest

from flourish.logs import PAYLOAD_LOGGERS, configure_logging


@pytest.fixture
def restored() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    levels = {name: logging.getLogger(name).level for name in PAYLOAD_LOGGERS}
    yield
    for handler in list(root.handlers):
        root.removeHandler(handler)
    for handler in handlers:
        root.addHandler(handler)
    root.setLevel(level)
    for name, old in levels.items():
        logging.getLogger(name).setLevel(old)


def test_json_lines_at_debug_keep_the_payload_loggers_at_info(
    restored: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    stream = io.StringIO()
    monkeypatch.setattr("sys.stderr", stream)
    configure_logging("DEBUG", "json")
    logging.getLogger("domain.uploads").debug("upload %s claimed", "F0ID")
    logging.getLogger("slack_sdk.web.base_client").debug("Sending a request - body: Eva wrote")
    try:
        raise ValueError("the document said: Eva wrote")
    except ValueError:
        logging.getLogger("bot.errors").exception("failed event from %s", "U0ID")
    lines = stream.getvalue().splitlines()
    entries = [json.loads(line) for line in lines]
    assert [e["message"] for e in entries] == [
        "upload F0ID claimed",
        "failed event from U0ID",
    ]
    assert entries[0]["level"] == "DEBUG" and entries[0]["logger"] == "domain.uploads"
    # The exception's type, never its message (it may quote the document).
    assert entries[1]["exception"] == "ValueError" and "Eva" not in stream.getvalue()


def test_text_lines_at_info(restored: None, monkeypatch: pytest.MonkeyPatch) -> None:
    stream = io.StringIO()
    monkeypatch.setattr("sys.stderr", stream)
    configure_logging("INFO", "text")
    logging.getLogger("flourish").debug("not shown")
    logging.getLogger("flourish").info("shown")
    assert stream.getvalue().count("\n") == 1 and "INFO flourish shown" in stream.getvalue()
