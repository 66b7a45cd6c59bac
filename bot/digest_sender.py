"""Posting a digest to the teacher's DM: the Slack side of `domain.digest_delivery.Sender`.

What it tells the deliverer matters more than usual, because a digest must never arrive
twice: `DeliveryFailed` only when Slack certainly did not post (an error answer, a 429
storm that outlasted every retry, a refused connection, or a failure before the post);
anything else (a timeout, a dropped connection, a 5xx mid-post) propagates as unknown.
For the same reason the posting client retries 429s (Slack answered, nothing was posted)
but never a dropped connection: the SDK's default retry of one could post twice.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any
from urllib.error import URLError

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler
from slack_sdk.web import SlackResponse

from bot.digest_blocks import digest_message
from domain.digest import TeacherDigest
from domain.digest_delivery import DeliveryFailed, NoRecipient

log = logging.getLogger(__name__)

# Per call, each waiting Slack's Retry-After: the client's own retries...
RATE_LIMIT_RETRIES = 10
# ...and, when a storm outlasts them, this many more rounds of them here.
RATE_LIMIT_ROUNDS = 5


class SlackDigestSender:
    def __init__(
        self,
        client: WebClient,
        *,
        rate_limit_retries: int = RATE_LIMIT_RETRIES,
        rate_limit_rounds: int = RATE_LIMIT_ROUNDS,
        sleep: Callable[[float], object] = time.sleep,
    ) -> None:
        self._client = WebClient(
            token=client.token,
            base_url=client.base_url,
            timeout=client.timeout,
            ssl=client.ssl,
            proxy=client.proxy,
            headers=dict(client.headers),
            retry_handlers=[RateLimitErrorRetryHandler(max_retry_count=rate_limit_retries)],
        )
        self._rounds = rate_limit_rounds
        self._sleep = sleep

    def send(self, digest: TeacherDigest) -> tuple[str, str]:
        if not digest.slack_user_id:
            raise NoRecipient(f"teacher {digest.teacher_id} has no Slack user id")
        # Everything before chat.postMessage posts nothing: any failure there is certain.
        try:
            text, blocks = digest_message(digest)
            opened = self._call(self._client.conversations_open, users=digest.slack_user_id)
            channel = opened["channel"]["id"]
        except SlackApiError as error:
            raise DeliveryFailed(_describe("conversations.open", error)) from error
        except Exception as error:
            raise DeliveryFailed(f"before posting: {type(error).__name__}") from error
        try:
            posted = self._call(
                self._client.chat_postMessage,
                channel=channel,
                text=text,
                blocks=blocks,
                unfurl_links=False,
                unfurl_media=False,
            )
        except SlackApiError as error:
            if error.response.status_code >= 500:
                raise  # Slack may have stored it before failing: unknown
            raise DeliveryFailed(_describe("chat.postMessage", error)) from error
        except URLError as error:
            if isinstance(error.reason, ConnectionRefusedError):
                raise DeliveryFailed("chat.postMessage: connection refused") from error
            raise
        return str(posted["channel"]), str(posted["ts"])

    def _call(self, method: Callable[..., SlackResponse], **params: Any) -> SlackResponse:
        """One Web API call; a 429 left after the client's retries waits and goes again."""
        rounds = 0
        while True:
            try:
                return method(**params)
            except SlackApiError as error:
                if error.response.status_code != 429 or rounds >= self._rounds:
                    raise
                rounds += 1
                wait = _retry_after(error.response)
                log.info("%s rate limited after retries; waiting %.0f s", method.__name__, wait)
                self._sleep(wait)


def _retry_after(response: SlackResponse) -> float:
    for name, value in response.headers.items():
        if name.lower() == "retry-after":
            raw = value[0] if isinstance(value, list) else value
            try:
                return max(float(raw), 1.0)
            except ValueError:
                break
    return 1.0


def _describe(method: str, error: SlackApiError) -> str:
    """The status and Slack's error code: never the message's text."""
    code = error.response.get("error") if isinstance(error.response.data, dict) else None
    return f"{method}: HTTP {error.response.status_code} {code or 'error'}"
