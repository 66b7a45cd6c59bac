"""Assessment off the request path: a background thread drains the queue and posts results.

Uploads wake it at once; it also looks every `poll_seconds`, so entries left pending by a
restart, a retry's backoff or another process are picked up without a wake-up. `stop`
lets the entry in hand finish (for as long as the caller can wait), then gives back
whatever this runner still holds, so another process takes it at once rather than after
the lease.
"""

from __future__ import annotations

import logging
import threading

from slack_sdk import WebClient
from sqlalchemy.orm import Session, sessionmaker

from bot.announcer import announce_ready
from domain.assessors.base import Assessor
from domain.db import unit_of_work
from domain.queue import QueuePolicy, release
from domain.worker import drain, worker_name

log = logging.getLogger(__name__)


class AssessmentRunner:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        assessor: Assessor,
        policy: QueuePolicy,
        client: WebClient,
        *,
        poll_seconds: float = 30.0,
    ) -> None:
        self._sessions = sessions
        self._assessor = assessor
        self._policy = policy
        self._client = client
        self._poll_seconds = poll_seconds
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        # Claims are named after the thread that takes them: this runner's own.
        self._worker: str | None = None

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._loop, name="assessments", daemon=True)
            self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def request_stop(self) -> None:
        """Claim nothing more; `stop` waits for the entry in hand."""
        self._stop.set()
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> bool:
        """Stop after the entry in hand, waiting up to `timeout` seconds for it; then give
        back what is still held. True when the runner stopped in time."""
        self.request_stop()
        stopped = True
        if self._thread is not None:
            self._thread.join(timeout)
            stopped = not self._thread.is_alive()
        if self._worker is not None:
            try:
                with unit_of_work(self._sessions) as session:
                    given_back = release(session, self._worker)
            except Exception as error:  # the lease will run out instead
                log.error("could not give back claimed entries: %s", type(error).__name__)
            else:
                if given_back:
                    log.info("stopping: entries %s back to pending", given_back)
        return stopped

    def run_once(self) -> int:
        """Assess whatever is claimable, then post what is due; returns messages posted."""
        worker = self._worker or worker_name()
        drain(
            self._sessions,
            self._assessor,
            worker=worker,
            policy=self._policy,
            sleep=self._stop.wait,
            should_stop=self._stop.is_set,
        )
        if self._stop.is_set():
            return 0  # what is ready stays in the outbox for the next start
        return announce_ready(self._sessions, self._client)

    def _loop(self) -> None:
        self._worker = worker_name()
        while not self._stop.is_set():
            self._wake.clear()
            try:
                self.run_once()
            except Exception as error:  # the loop must outlive a bad pass (database down)
                log.error("assessment pass failed: %s", type(error).__name__)
            self._wake.wait(self._poll_seconds)
