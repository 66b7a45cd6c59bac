"""Assessment off the request path: background workers assess entries and post each review.

`concurrency` workers run at once, each claiming its next entry from the queue itself (the
claim is fair across teachers and uploads: domain/queue.py) and posting that entry's
review the moment it is stored, so a note's review never waits for the rest of the queue.
Several model calls are in flight at once: a call is a network wait, and the database is
held only for the short claim and store transactions around it.

Uploads wake the workers at once; they also look every `poll_seconds`, so entries left
pending by a restart, a retry's backoff or another process are picked up without a wake-up.
`stop` lets the entries in hand finish (for as long as the caller can wait), then gives
back whatever the workers still hold, so another process takes it at once rather than
after the lease.
"""

from __future__ import annotations

import logging
import threading
import time

from slack_sdk import WebClient
from sqlalchemy.orm import Session, sessionmaker

from bot.announcer import announce_entry, announce_ready
from bot.pacer import DM_PACER, ChannelPacer
from domain.assessors.base import Assessor
from domain.db import unit_of_work
from domain.examples import CandidateCache
from domain.models import utcnow
from domain.queue import QueuePolicy, next_due, release
from domain.worker import WorkerReport, drain, process_one, worker_name
from flourish.metrics import Metrics

log = logging.getLogger(__name__)

# The shortest idle wait, so a backoff that is due now does not spin a worker.
MIN_IDLE_SECONDS = 0.05


class AssessmentRunner:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        assessor: Assessor,
        policy: QueuePolicy,
        client: WebClient,
        *,
        concurrency: int = 4,
        poll_seconds: float = 30.0,
        metrics: Metrics | None = None,
        pacer: ChannelPacer = DM_PACER,
    ) -> None:
        if concurrency < 1:
            raise ValueError("the assessment runner needs at least one worker")
        self._sessions = sessions
        self._assessor = assessor
        self._policy = policy
        self._client = client
        self._concurrency = concurrency
        self._poll_seconds = poll_seconds
        self._metrics = metrics or Metrics()
        self._pacer = pacer
        self._cache = CandidateCache()
        # A wake-up is a new generation: a worker that looked at the queue before it
        # looks again, however the wake-up and its wait interleave (none is lost).
        self._changed = threading.Condition()
        self._generation = 0
        self._stopping = False
        self._threads: list[threading.Thread] = []
        # Claims are named after the worker that takes them: these workers' own names.
        self._workers: list[str] = []

    def start(self) -> None:
        if self._threads:
            return
        self._threads = [
            threading.Thread(target=self._work, args=(index,), name=f"assessments-{index}")
            for index in range(self._concurrency)
        ]
        for thread in self._threads:
            thread.daemon = True
            thread.start()

    def wake(self) -> None:
        with self._changed:
            self._generation += 1
            self._changed.notify_all()

    def request_stop(self) -> None:
        """Claim nothing more; `stop` waits for the entries in hand."""
        with self._changed:
            self._stopping = True
            self._changed.notify_all()

    def stop(self, timeout: float = 10.0) -> bool:
        """Stop after the entries in hand, waiting up to `timeout` seconds for them; then
        give back what is still held. True when every worker stopped in time."""
        self.request_stop()
        deadline = time.monotonic() + timeout
        for thread in self._threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        stopped = not any(thread.is_alive() for thread in self._threads)
        for worker in list(self._workers):
            try:
                with unit_of_work(self._sessions) as session:
                    given_back = release(session, worker)
            except Exception as error:  # the lease will run out instead
                log.error("could not give back claimed entries: %s", type(error).__name__)
            else:
                if given_back:
                    log.info("stopping: entries %s back to pending", given_back)
        return stopped

    def _stop_requested(self) -> bool:
        with self._changed:
            return self._stopping

    def run_once(self) -> int:
        """Assess whatever is claimable on this thread, posting each review as its entry is
        done, then whatever else is due; returns messages posted."""
        posted = 0

        def announce(entry_id: int) -> None:
            nonlocal posted
            posted += announce_entry(self._sessions, self._client, entry_id, self._pacer)

        report = drain(
            self._sessions,
            self._assessor,
            worker=worker_name(),
            policy=self._policy,
            on_done=announce,
            cache=self._cache,
            should_stop=self._stop_requested,
        )
        self._metrics.worker_report(report)
        if self._stop_requested():
            return posted  # what else is ready stays in the outbox for the next start
        return posted + announce_ready(self._sessions, self._client, self._pacer)

    def _work(self, index: int) -> None:
        worker = worker_name(index)
        with self._changed:
            self._workers.append(worker)
        while True:
            with self._changed:
                if self._stopping:
                    return
                seen = self._generation
            try:
                if self._step(worker):
                    continue
                # Nothing to claim: post what is still due (a post Slack refused earlier,
                # entries another process assessed), then wait for work.
                announce_ready(self._sessions, self._client, self._pacer)
                idle = self._idle_seconds()
            except Exception as error:  # a worker must outlive a bad pass (database down)
                log.error("assessment worker %s: %s", index, type(error).__name__)
                idle = self._poll_seconds
            self._wait(seen, idle)

    def _wait(self, seen: int, seconds: float) -> None:
        """Until woken after generation `seen` (maybe before this call), stopped, or timed out."""
        with self._changed:
            self._changed.wait_for(
                lambda: self._stopping or self._generation != seen, timeout=seconds
            )

    def _step(self, worker: str) -> bool:
        """One entry: claim, assess, store, and post its review; False when none is due."""
        report = WorkerReport()
        taken = process_one(
            self._sessions,
            self._assessor,
            worker=worker,
            policy=self._policy,
            report=report,
            cache=self._cache,
        )
        self._metrics.worker_report(report)
        if taken is None:
            return False
        announce_entry(self._sessions, self._client, taken, self._pacer)
        return True

    def _idle_seconds(self) -> float:
        """Until the next poll, or sooner when an entry's retry backoff ends first."""
        with self._sessions() as session:
            due = next_due(session)
        if due is None:
            return self._poll_seconds
        wait = (due - utcnow()).total_seconds()
        return min(max(wait, MIN_IDLE_SECONDS), self._poll_seconds)
