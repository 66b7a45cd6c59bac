"""One message a second per conversation, as Slack asks of chat.postMessage.

Slack allows bursts but throttles a channel that keeps posting faster than once a second;
the review messages of an upload all go to one DM. Each post first takes the next free
slot of its channel, so posts to one DM leave a second apart while other teachers' DMs
are not held up. The clock and the sleep are passed in: a test asks for the sleeps, it
never waits them out.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

# Slack's documented pace for posting to one conversation.
SLACK_POST_INTERVAL_SECONDS = 1.0


class ChannelPacer:
    def __init__(
        self,
        interval: float = SLACK_POST_INTERVAL_SECONDS,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.interval = interval
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        # Per channel: the earliest time its next post may leave.
        self._next: dict[str, float] = {}

    def wait(self, channel: str) -> float:
        """Block until `channel` may be posted to; the seconds slept. The slot is taken
        under the lock and slept outside it, so concurrent posters to one channel queue
        a second apart and posters to other channels do not wait at all."""
        now, slot = self._reserve(channel)
        delay = slot - now
        if delay > 0:
            self._sleep(delay)
        return delay

    def _reserve(self, channel: str) -> tuple[float, float]:
        """Now, and the slot taken for `channel`'s next post."""
        with self._lock:
            now = self._clock()
            slot = max(now, self._next.get(channel, now))
            self._next[channel] = slot + self.interval
            # Forget channels quiet for a while: the map stays as small as the posting.
            if len(self._next) > 1000:
                self._next = {c: t for c, t in self._next.items() if t > now}
        return now, slot


# The process's pacer: Slack's pace is per conversation, whoever in the process posts.
DM_PACER = ChannelPacer()
