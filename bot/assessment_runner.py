"""Assessment off the request path: a background thread drains the queue and posts results.

Uploads wake it at once; it also looks every `poll_seconds`, so entries left pending by a
restart, a retry's backoff or another process are picked up without a wake-up.
"""

from __future__ import annotations

import logging
import threading

from slack_sdk import WebClient
from sqlalchemy.orm import Session, sessionmaker

from bot.announcer import announce_ready
from domain.assessors.base import Assessor
from domain.queue import QueuePolicy
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

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._loop, name="assessments", daemon=True)
            self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def run_once(self) -> int:
        """Assess whatever is claimable, then post what is due; returns messages posted."""
        drain(self._sessions, self._assessor, worker=worker_name(), policy=self._policy)
        return announce_ready(self._sessions, self._client)

    def _loop(self) -> None:
        while not self._stop.is_set():
            self._wake.clear()
            try:
                self.run_once()
            except Exception as error:  # the loop must outlive a bad pass (database down)
                log.error("assessment pass failed: %s", type(error).__name__)
            self._wake.wait(self._poll_seconds)
