"""How `flourish serve` stops: on SIGTERM or SIGINT it takes no new requests, finishes what
it had begun within a grace period, and exits 0; past the grace, it exits 1 at once.

The order matters: the server stops first (answering the requests it has, whose listeners
may still hand work over), then the work after those acks, a digest run (it ends after the
post it is on) and the assessment runner (it gives back its claimed entries) are all told
to stop and waited for against one deadline.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Protocol

from bot.app import FlourishBot
from flourish.scheduler import DigestScheduler

log = logging.getLogger(__name__)

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


class Server(Protocol):
    def stop(self) -> None: ...

    def run(self, *, grace_seconds: float) -> bool: ...


@contextmanager
def stopping_on_signals(stop: Callable[[], None]) -> Iterator[None]:
    """While inside, the first SIGTERM or SIGINT calls `stop`; a second exits at once."""
    asked = threading.Event()

    def handle(signum: int, frame: FrameType | None) -> None:
        if asked.is_set():
            # An operator who asks twice means now. No logging here: the logging lock may
            # be held by the code this handler interrupted.
            os.write(2, b"flourish: stopping now, unfinished work left behind\n")
            os._exit(1)
        asked.set()
        stop()

    previous = {sig: signal.signal(sig, handle) for sig in STOP_SIGNALS}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


class Deadline:
    """The end of the grace period, which starts when the stop is asked for."""

    def __init__(self, seconds: float) -> None:
        self._seconds = seconds
        self._end: float | None = None

    def start(self) -> None:
        if self._end is None:
            self._end = time.monotonic() + self._seconds

    def remaining(self) -> float:
        self.start()
        assert self._end is not None
        return max(self._end - time.monotonic(), 0.0)


def serve_until_stopped(
    server: Server,
    bot: FlourishBot,
    scheduler: DigestScheduler | None,
    *,
    grace_seconds: float,
) -> bool:
    """Run `server` until a stop signal, then drain; True when everything finished in time."""
    deadline = Deadline(grace_seconds)

    def stop() -> None:
        deadline.start()
        server.stop()

    with stopping_on_signals(stop):
        answered = server.run(grace_seconds=grace_seconds)
        return _drain(bot, scheduler, deadline) and answered


def drain_bot(bot: FlourishBot, *, grace_seconds: float) -> bool:
    """The work after acks, the upload sweep and the assessments in hand, finished within
    `grace_seconds`: a process whose server (not `serve`) is shutting it down
    (flourish/wsgi.py). True when everything finished in time."""
    return _drain(bot, None, Deadline(grace_seconds))


def _drain(bot: FlourishBot, scheduler: DigestScheduler | None, deadline: Deadline) -> bool:
    log.info("stopping: finishing the work in hand (up to %.0f s)", deadline.remaining())
    # Everything is told first, so that all of it winds down together.
    stopped_scheduler = _stop_in_background(scheduler.shutdown) if scheduler else None
    bot.assessments.request_stop()
    bot.uploads.request_stop()
    finished = bot.after_ack.shutdown(timeout=deadline.remaining())
    if stopped_scheduler is not None:
        stopped_scheduler.join(deadline.remaining())
        if stopped_scheduler.is_alive():
            log.warning("stopping: a digest post is still unanswered")
            finished = False
    # A sweep in hand finishes its receipt; one not finished is the next start's to sweep.
    swept = bot.uploads.stop(timeout=deadline.remaining())
    return bot.assessments.stop(timeout=deadline.remaining()) and swept and finished


def _stop_in_background(shutdown: Callable[[], None]) -> threading.Thread:
    # APScheduler's shutdown waits for a running job without a time limit.
    thread = threading.Thread(target=shutdown, name="stop-digest", daemon=True)
    thread.start()
    return thread


def exit_after_serving(finished: bool) -> None:
    """Exit 0 when all was finished; otherwise 1, without waiting for the threads still at
    work (the interpreter would join them at exit, past any grace period)."""
    if finished:
        log.info("stopped")
        return
    log.warning("stopped with work unfinished (see above)")
    logging.shutdown()
    os._exit(1)
