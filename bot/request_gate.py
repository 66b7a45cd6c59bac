"""The door of /slack/events: a request is Slack's, and small, before anything reads it.

Bolt parses a body before it checks the signature, and on a failed check it logs the whole
body at INFO: an unsigned request could cost a 500 and a traceback, and a signed one sent
with a stale clock or a rotated secret put a teacher's names and quotes in the log. So the
signature is checked here, on the raw bytes, before Bolt sees the request, and a refusal
is logged as one short line of reasons and sizes, never a byte of the body.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from slack_sdk.signature import SignatureVerifier

log = logging.getLogger(__name__)

# Slack's own requests are small: a click carries the message it was on (ours are about
# 10 KB), a modal's submission its view (at most 100 blocks), an event its message (text
# up to 40,000 characters). 1 MiB is many times the largest of them, and small enough that
# a request refused unread costs nothing.
MAX_BODY_BYTES = 1024 * 1024
# Slack refuses to sign anything older; so does `SignatureVerifier`.
MAX_CLOCK_SKEW_SECONDS = 5 * 60
SLACK_CONTENT_TYPES = frozenset({"application/json", "application/x-www-form-urlencoded"})


@dataclass(frozen=True)
class Refusal:
    status: str
    reason: str


UNSIGNED = Refusal("401 Unauthorized", "no signature headers")
BAD_TIMESTAMP = Refusal("401 Unauthorized", "malformed timestamp")
BAD_LENGTH = Refusal("400 Bad Request", "missing or malformed Content-Length")
TOO_LARGE = Refusal("413 Request Entity Too Large", "body over the size limit")
SHORT_BODY = Refusal("400 Bad Request", "body shorter than its Content-Length")
BAD_SIGNATURE = Refusal("401 Unauthorized", "signature does not match")
NOT_SLACKS_TYPE = Refusal("415 Unsupported Media Type", "content type Slack does not send")


class RequestGate:
    """Checks a WSGI request's size and signature; reads the body only when both can pass."""

    def __init__(
        self,
        signing_secret: str,
        *,
        max_body_bytes: int = MAX_BODY_BYTES,
        now: Callable[[], float] = time.time,
    ) -> None:
        self._verifier = SignatureVerifier(signing_secret)
        self._max_body_bytes = max_body_bytes
        self._now = now

    def admit(self, environ: dict[str, Any]) -> bytes | Refusal:
        """The verified body, or why the request is refused (logged as ids and sizes)."""
        outcome = self._check(environ)
        if isinstance(outcome, Refusal):
            log.info(
                "refused a request to /slack/events: %s (%s; %s bytes declared)",
                outcome.reason,
                outcome.status.split(" ", 1)[0],
                _declared_length(environ),
            )
        return outcome

    def _check(self, environ: dict[str, Any]) -> bytes | Refusal:
        timestamp = environ.get("HTTP_X_SLACK_REQUEST_TIMESTAMP")
        signature = environ.get("HTTP_X_SLACK_SIGNATURE")
        if not timestamp or not signature:
            return UNSIGNED
        try:
            skew = abs(self._now() - int(timestamp))
        except ValueError:
            return BAD_TIMESTAMP
        if skew > MAX_CLOCK_SKEW_SECONDS:
            return Refusal("401 Unauthorized", f"timestamp {int(skew)} s away from our clock")
        length = _declared_length(environ)
        if length is None:
            return BAD_LENGTH
        if length > self._max_body_bytes:
            return TOO_LARGE
        body = environ["wsgi.input"].read(length) if length else b""
        if len(body) != length:
            return SHORT_BODY
        try:
            valid = self._verifier.is_valid(body, timestamp, signature)
        except UnicodeDecodeError:
            valid = False  # Slack signs UTF-8 text; these bytes are not
        if not valid:
            return BAD_SIGNATURE
        media_type = environ.get("CONTENT_TYPE", "").split(";", 1)[0].strip().lower()
        if media_type not in SLACK_CONTENT_TYPES:
            return NOT_SLACKS_TYPE
        return body


def _declared_length(environ: dict[str, Any]) -> int | None:
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return None
    return length if length >= 0 else None
