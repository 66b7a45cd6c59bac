"""Bolt's log lines that would carry a request's body, withheld at every level.

The app's own verification (bot/request_gate.py) means Bolt's never refuses a request in
HTTP mode, but a request that crosses the clock-skew limit between the two checks would
still have Bolt log its whole body; Bolt also logs a skipped event of the app's own in
full at DEBUG, and the search text of an unhandled suggestion at WARNING. Filters on those
loggers keep the line (that something happened) and drop the body.
"""

from __future__ import annotations

import logging

# Logger name -> (start of the message that quotes the body, or "" for every message; what
# is logged instead).
WITHHELD: dict[str, tuple[str, str]] = {
    "slack_bolt.RequestVerification": ("", "Bolt refused a request's signature (body withheld)"),
    "slack_bolt.IgnoringSelfEvents": ("", "Bolt skipped an event of the app's own (body withheld)"),
    "slack_bolt.App": ("Unhandled request", "Bolt found no listener for a request (body withheld)"),
}


class WithholdBody(logging.Filter):
    def __init__(self, prefix: str, replacement: str) -> None:
        super().__init__()
        self.prefix = prefix
        self.replacement = replacement

    def filter(self, record: logging.LogRecord) -> bool:
        if str(record.msg).startswith(self.prefix):
            record.msg, record.args = self.replacement, ()
        return True


def withhold_request_bodies() -> None:
    """Installs the filters (once, however many apps are created)."""
    for name, (prefix, replacement) in WITHHELD.items():
        logger = logging.getLogger(name)
        if not any(isinstance(existing, WithholdBody) for existing in logger.filters):
            logger.addFilter(WithholdBody(prefix, replacement))
