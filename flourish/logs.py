"""Logging for the long-running commands: `FLOURISH_LOG_LEVEL`, and `FLOURISH_LOG_FORMAT`
text (a line each) or json (an object each, for a log pipeline).

The app's own log lines carry ids, never student text. The libraries it drives log whole
payloads at DEBUG (slack_sdk the parameters of every Web API call, openai its request
options, Bolt the body of what it skips), so they are held at INFO whatever level the app
runs at: DEBUG is the app's own, and student text stays out of the log at every level.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime
from typing import Literal

LogLevel = Literal["DEBUG", "INFO", "WARNING", "ERROR"]
LogFormat = Literal["text", "json"]

# Libraries that log payloads below INFO.
PAYLOAD_LOGGERS = ("slack_sdk", "slack_bolt", "openai", "httpx", "httpcore", "urllib3")
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s %(message)s"


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "thread": record.threadName,
        }
        if record.exc_info and record.exc_info[0] is not None:
            # The type only: an exception's message may quote what it failed on.
            entry["exception"] = record.exc_info[0].__name__
        return json.dumps(entry, ensure_ascii=False)


def configure_logging(level: LogLevel = "INFO", form: LogFormat = "text") -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if form == "json" else logging.Formatter(TEXT_FORMAT))
    root = logging.getLogger()
    for existing in list(root.handlers):
        root.removeHandler(existing)
    root.addHandler(handler)
    root.setLevel(level)
    floor = max(logging.INFO, logging.getLevelName(level))
    for name in PAYLOAD_LOGGERS:
        logging.getLogger(name).setLevel(floor)
