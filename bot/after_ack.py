"""Work that follows the acknowledgement.

The app runs with `process_before_response=True`: a listener runs on the request's own
thread and the HTTP answer leaves as soon as it returns, so Slack's clock never waits
behind other people's work. Whatever is slower than a lookup (validating, re-drawing,
calling the Web API) is handed to `AfterAck` once the listener has called `ack()`.

Bolt's lazy listeners would do the same, but they re-parse and deep-copy the whole request
for each one (a click's payload carries the whole message: about 10 KB), which cost more
CPU than the work itself in `bench/ack_latency.py`.
"""

from __future__ import annotations

import functools
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from typing import Any

from slack_bolt import Ack, BoltContext
from slack_sdk import WebClient

from bot.errors import handle_error

log = logging.getLogger(__name__)

# Work after an ack: the request's body, Bolt's context and the Web API client.
Work = Callable[[dict[str, Any], BoltContext, WebClient], None]


class AfterAck:
    """A pool of threads for listeners' follow-up work; failures are answered like any
    other (a brief message to the person, ids and frames in the log)."""

    def __init__(self, threads: int) -> None:
        self.executor = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="after-ack")
        # What is handed over and not yet done: what a shutdown waits for.
        self._unfinished: set[Future[None]] = set()
        self._lock = threading.Lock()

    def run(
        self,
        work: Callable[[], object],
        body: dict[str, Any],
        context: BoltContext,
    ) -> None:
        # The request's thread is done with body and context once it has answered.
        future = self.executor.submit(self._reported, work, body, context)
        with self._lock:
            self._unfinished.add(future)
        future.add_done_callback(self._done)

    def _done(self, future: Future[None]) -> None:
        with self._lock:
            self._unfinished.discard(future)

    def listener(self, work: Work) -> Callable[..., None]:
        """A listener that acks at once and does `work` after."""

        def acked(ack: Ack, body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
            ack()
            self.run(functools.partial(work, body, context, client), body, context)

        # Not functools.wraps: Bolt reads a listener's arguments through __wrapped__.
        acked.__name__ = acked.__qualname__ = work.__name__
        return acked

    def shutdown(self, timeout: float | None = None) -> bool:
        """Take no more work; finish what was handed over, waiting up to `timeout` seconds
        (None: as long as it takes). True when all of it is done."""
        self.executor.shutdown(wait=False)
        with self._lock:
            unfinished = set(self._unfinished)
        _, not_done = wait(unfinished, timeout=timeout)
        if not_done:
            log.warning("%s piece(s) of work after an ack still running", len(not_done))
        return not not_done

    @staticmethod
    def _reported(work: Callable[[], object], body: dict[str, Any], context: BoltContext) -> None:
        try:
            work()
        except Exception as error:
            handle_error(error, body, context.respond)
