"""Prometheus metrics, served at `/metrics` in HTTP mode (docs/metrics.md lists them).

Each app has its own registry, not prometheus_client's global one: two apps in one process
(the tests run many) never add to each other's counts. Labels are a few fixed words (a
route's kind, an HTTP status, an outcome, the model's name): never a user, a student, a
file or anything a document says.

The queue is not counted as it changes: the database is the queue, shared by every
instance, so `QueueCollector` asks it on each scrape, in one grouped query.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterable, Iterator
from datetime import datetime
from urllib.parse import parse_qs

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from domain.assessors.base import AssessmentRequest, Assessor, AssessorError, AssessorOutput
from domain.digest_delivery import DeliveryReport
from domain.models import DataEntry, EntryStatus, utcnow
from domain.worker import WorkerReport

log = logging.getLogger(__name__)

# The exposition format's type; the server adds the charset.
CONTENT_TYPE = "text/plain; version=0.0.4"
# Slack gives up on an ack after 3 s: the buckets around it say how close acks come.
ACK_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 3.0, 5.0, 10.0)
MODEL_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 20.0, 30.0, 60.0, 120.0)
QUEUE_STATUSES = (EntryStatus.PENDING, EntryStatus.PROCESSING, EntryStatus.FAILED)

# What a signed interactive payload's `type` is, as a route kind.
_INTERACTIVE_KINDS = {
    "block_actions": "actions",
    "interactive_message": "actions",
    "view_submission": "views",
    "view_closed": "views",
    "block_suggestion": "options",
}


class Metrics:
    """Every counter and histogram the app keeps, on a registry of its own."""

    def __init__(self, sessions: sessionmaker[Session] | None = None) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self.requests = Histogram(
            "flourish_http_request_seconds",
            "Requests answered, and how long each took to answer (for Slack: the ack).",
            ["kind", "status"],
            buckets=ACK_BUCKETS,
            registry=self.registry,
        )
        self.assessments = Counter(
            "flourish_assessments",
            "Entries the assessment workers finished an attempt on, by what became of it.",
            ["outcome"],
            registry=self.registry,
        )
        self.model_seconds = Histogram(
            "flourish_model_call_seconds",
            "Assessor calls (one per entry attempt) and how long each took.",
            ["model", "outcome"],
            buckets=MODEL_BUCKETS,
            registry=self.registry,
        )
        self.model_errors = Counter(
            "flourish_model_errors",
            "Assessor calls that failed, by whether trying again may help.",
            ["model", "retryable"],
            registry=self.registry,
        )
        self.digests = Counter(
            "flourish_digests",
            "Teachers' weekly digests a scheduler run dealt with, by what happened.",
            ["outcome"],
            registry=self.registry,
        )
        self.uploads = Counter(
            "flourish_uploads",
            "Files shared with the bot: received, then what each share's outcome was.",
            ["outcome"],
            registry=self.registry,
        )
        if sessions is not None:
            self.registry.register(QueueCollector(sessions))

    def exposition(self) -> bytes:
        return generate_latest(self.registry)

    def uploads_received(self, count: int) -> None:
        if count:
            self.uploads.labels("received").inc(count)

    def upload_told(self, outcome: str) -> None:
        """An upload's outcome, as it is told to the teacher."""
        self.uploads.labels(outcome).inc()

    def digest_run(self, report: DeliveryReport) -> None:
        for outcome in report.outcomes.values():
            self.digests.labels(outcome.value).inc()

    def worker_report(self, report: WorkerReport) -> None:
        """Each entry a worker finished an attempt on: its assessments stored, failed for
        good, to be retried, or lost to another worker whose lease it was."""
        for outcome, entries in (
            ("stored", report.assessed),
            ("failed", report.failed),
            ("retrying", report.retrying),
            ("lost", report.lost),
        ):
            if entries:
                self.assessments.labels(outcome).inc(len(entries))


class QueueCollector(Collector):
    """The assessment queue as the database holds it, at each scrape. A database that does
    not answer is `flourish_queue_up 0` and no queue figures, never a failed scrape."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def describe(self) -> Iterable[Metric]:
        # Declared without asking the database, so registering it costs no query.
        return [
            GaugeMetricFamily("flourish_queue_up", ""),
            GaugeMetricFamily("flourish_queue_entries", "", labels=["status"]),
            GaugeMetricFamily("flourish_queue_oldest_pending_seconds", ""),
        ]

    def collect(self) -> Iterator[Metric]:
        up = GaugeMetricFamily(
            "flourish_queue_up", "1 when the database answered this scrape's queue query."
        )
        try:
            counts, oldest = self._read()
        except Exception as error:
            log.warning("metrics: queue unavailable (%s)", type(error).__name__)
            up.add_metric([], 0)
            yield up
            return
        up.add_metric([], 1)
        yield up
        entries = GaugeMetricFamily(
            "flourish_queue_entries",
            "Entries in the assessment queue by status.",
            labels=["status"],
        )
        for status in QUEUE_STATUSES:
            entries.add_metric([status.value], counts.get(status.value, 0))
        yield entries
        age = (utcnow() - oldest).total_seconds() if oldest is not None else 0.0
        yield GaugeMetricFamily(
            "flourish_queue_oldest_pending_seconds",
            "How long the oldest pending entry has waited since it was filed (0: none).",
            value=max(age, 0.0),
        )

    def _read(self) -> tuple[dict[str, int], datetime | None]:
        query = (
            select(DataEntry.status, func.count(), func.min(DataEntry.created_at))
            .where(DataEntry.status.in_([s.value for s in QUEUE_STATUSES]))
            .group_by(DataEntry.status)
        )
        with self._sessions() as session:
            rows = session.execute(query).all()
        counts = {status: int(count) for status, count, _ in rows}
        oldest = next((first for status, _, first in rows if status == "pending"), None)
        return counts, oldest


class MeteredAssessor:
    """An assessor that times each call and counts its errors: the decorator the app puts
    around whichever assessor it was given, so the domain's assessors know nothing of it."""

    def __init__(self, inner: Assessor, metrics: Metrics) -> None:
        self._inner = inner
        self._metrics = metrics

    @property
    def model(self) -> str:
        return self._inner.model

    def assess(self, request: AssessmentRequest) -> AssessorOutput:
        started = time.perf_counter()
        outcome = "ok"
        try:
            return self._inner.assess(request)
        except AssessorError as error:
            outcome = "error"
            self._metrics.model_errors.labels(self.model, str(error.retryable).lower()).inc()
            raise
        except Exception:
            outcome = "error"
            self._metrics.model_errors.labels(self.model, "true").inc()
            raise
        finally:
            self._metrics.model_seconds.labels(self.model, outcome).observe(
                time.perf_counter() - started
            )


def request_kind(body: bytes) -> str:
    """The kind of a verified Slack request, from its body: events, commands, actions,
    views or options (a fixed word, whatever the body holds)."""
    if body[:1] == b"{":
        return "events"
    try:
        form = parse_qs(body.decode("utf-8"), max_num_fields=100)
    except (UnicodeDecodeError, ValueError):
        return "other"
    if "command" in form:
        return "commands"
    payload = form.get("payload")
    if payload:
        try:
            kind = json.loads(payload[0]).get("type")
        except (ValueError, AttributeError):
            return "other"
        return _INTERACTIVE_KINDS.get(kind, "other") if isinstance(kind, str) else "other"
    return "other"
