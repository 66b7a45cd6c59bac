"""Downloading a file Slack hosts, with the bot token, without ever handing it elsewhere.

The token goes only to Slack's own hosts over https on the default port, or to the Web
API host the app is configured with (`SLACK_API_URL`: same scheme, host and port), so a
Slack-compatible server or the tests' fake works too. urllib's own redirect handling
would resend the Authorization header to wherever a 302 points; here every hop is checked
before it is requested, and a hop off Slack is refused, not fetched.
"""

from __future__ import annotations

import re
import time
import urllib.request
from email.message import Message
from http.client import HTTPResponse
from typing import Any
from urllib.error import HTTPError
from urllib.parse import SplitResult, urljoin, urlsplit

REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
# Enough for a hop between Slack's own file hosts; a longer chain is not a file.
MAX_REDIRECTS = 3
READ_CHUNK = 64 * 1024
SLACK_DOMAIN = "slack.com"
DEFAULT_PORTS = {"https": 443, "http": 80}
# A hostname as DNS spells it: anything else (a backslash, a percent sign, spaces) is a
# parser disagreement waiting to happen, so it is refused rather than interpreted.
_HOSTNAME = re.compile(r"[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?")


class SlackFileRefused(Exception):
    """The file was not fetched (or not kept): the message says why, for the teacher."""


def fetch_slack_file(
    url: str, token: str, api_url: str, max_bytes: int, timeout: float
) -> tuple[bytes, str]:
    """The file's bytes and content type, fetched with `token` from Slack's own hosts.

    Raises `SlackFileRefused` for a URL off Slack, a redirect off Slack, or a body over
    `max_bytes`; other HTTP and network errors propagate as urllib raises them.
    """
    opener = urllib.request.build_opener(_NoRedirects())
    # One deadline for the whole download, checked between reads: a host that drips a byte
    # at a time holds a worker for about `timeout`, not for as long as it likes.
    deadline = time.monotonic() + timeout
    current = url
    for _ in range(MAX_REDIRECTS + 1):
        if not is_slack_url(current, api_url):
            raise SlackFileRefused(
                "Slack pointed me to a place that is not Slack, so I did not download it."
            )
        request = urllib.request.Request(current, headers={"Authorization": f"Bearer {token}"})
        try:
            with opener.open(request, timeout=_remaining(deadline)) as response:
                data = _read_capped(response, max_bytes, deadline)
                return data, _content_type(response.headers)
        except HTTPError as error:
            if error.code not in REDIRECT_CODES:
                raise
            location = error.headers.get("Location")
            error.close()
            if not location:
                raise
            current = urljoin(current, location)
    raise SlackFileRefused("Slack sent me round in circles, so I did not download it.")


def is_slack_url(url: str, api_url: str) -> bool:
    """Whether the bot token may be sent to `url`: https on Slack's own hosts, or the
    configured API host exactly (scheme, host and port)."""
    if any(ch.isspace() or ord(ch) < 0x20 or ch == "\\" for ch in url):
        return False
    try:
        target = _origin(urlsplit(url))
        allowed = _origin(urlsplit(api_url))
    except ValueError:
        return False
    if target is None:
        return False
    if target == allowed:
        return True
    scheme, host, port = target
    return (
        scheme == "https"
        and port == DEFAULT_PORTS["https"]
        and (host == SLACK_DOMAIN or host.endswith("." + SLACK_DOMAIN))
    )


def _origin(parts: SplitResult) -> tuple[str, str, int] | None:
    """(scheme, host, port) of a URL the token could go to, or None when it has none or
    carries userinfo (`https://files.slack.com@evil.example/` is evil.example's)."""
    if parts.scheme not in DEFAULT_PORTS or "@" in parts.netloc:
        return None
    host = parts.hostname or ""
    if not _HOSTNAME.fullmatch(host) and not _is_ip_literal(parts.netloc, host):
        return None
    port = parts.port  # raises ValueError on a malformed one
    return parts.scheme, host, port if port is not None else DEFAULT_PORTS[parts.scheme]


def _is_ip_literal(netloc: str, host: str) -> bool:
    # An IPv6 literal such as [::1] (a local Slack-compatible server).
    return netloc.startswith("[") and re.fullmatch(r"[0-9a-f:.]+", host) is not None


def _read_capped(response: HTTPResponse, max_bytes: int, deadline: float) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while size <= max_bytes:
        _remaining(deadline)
        # read1: what has arrived, not a wait for the whole chunk (that wait is unbounded).
        chunk = response.read1(min(READ_CHUNK, max_bytes + 1 - size))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        size += len(chunk)
    raise SlackFileRefused(
        f"it is larger than the limit of {max_bytes / 1_000_000:.1f} MB. "
        "Split it or send the text only."
    )


def _remaining(deadline: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError("the download took too long")
    return left


def _content_type(headers: Message) -> str:
    return str(headers.get("Content-Type", ""))


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """A 3xx comes back as an HTTPError, for `fetch_slack_file` to judge."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None
