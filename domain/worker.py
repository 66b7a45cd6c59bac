"""Assessment workers: drain the queue, one entry at a time, no transaction held open
across an assessor call."""

from __future__ import annotations

import logging
import socket
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy.orm import Session, sessionmaker

from domain.assessed_text import assessed_text
from domain.assessors.base import AssessmentRequest, Assessor, AssessorError, DocumentSpan
from domain.assessors.document import stored_document
from domain.curriculum import rubric
from domain.db import unit_of_work
from domain.examples import CandidateCache, select_examples
from domain.models import DataEntry, EntryStatus, utcnow
from domain.pseudonyms import roster_names
from domain.queue import Claim, QueuePolicy, claim, complete, fail, next_due
from domain.validated_levels import teacher_validations
from domain.validation import validate_items

log = logging.getLogger(__name__)


@dataclass
class WorkerReport:
    assessed: list[int] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)
    retrying: list[int] = field(default_factory=list)
    lost: list[int] = field(default_factory=list)

    def merge(self, other: WorkerReport) -> None:
        self.assessed += other.assessed
        self.failed += other.failed
        self.retrying += other.retrying
        self.lost += other.lost


def worker_name(index: int = 0) -> str:
    return f"{socket.gethostname()}:{threading.get_native_id()}:{index}"


def process_one(
    sessions: sessionmaker[Session],
    assessor: Assessor,
    *,
    worker: str,
    policy: QueuePolicy,
    report: WorkerReport,
    cache: CandidateCache | None = None,
) -> int | None:
    """Claim and assess one entry; its id, or None when nothing is claimable now."""
    with unit_of_work(sessions) as session:
        claims = claim(session, worker, policy)
    if not claims:
        return None
    taken = claims[0]
    log.info("assessing entry %s (attempt %s)", taken.entry_id, taken.attempts)
    try:
        with sessions() as session:
            request = build_request(session, taken, cache)
        output = assessor.assess(request)
        result = validate_items(output.items, taken.own_text)
    except AssessorError as error:
        _record_failure(sessions, taken, error.reason, error.retryable, policy, report)
        return taken.entry_id
    except Exception as error:
        # A bug of ours must not leave the entry leased until expiry, nor kill the worker.
        # Frames, not the message: an exception's message may quote student text.
        log.error(
            "entry %s: unexpected %s\n%s",
            taken.entry_id,
            type(error).__name__,
            "".join(traceback.format_tb(error.__traceback__)),
        )
        _record_failure(
            sessions, taken, f"internal error: {type(error).__name__}", True, policy, report
        )
        return taken.entry_id
    with unit_of_work(sessions) as session:
        stored = complete(
            session,
            taken,
            result.items,
            model=output.model,
            rubric_version=rubric().version,
            dropped=output.dropped + result.dropped,
            assessed_chars=assessed_text(taken.own_text, taken.context).assessed_chars,
        )
    if stored:
        report.assessed.append(taken.entry_id)
        log.info(
            "entry %s assessed: %s kept, %s dropped",
            taken.entry_id,
            len(result.items),
            len(output.dropped) + len(result.dropped),
        )
    else:
        report.lost.append(taken.entry_id)
        log.warning("entry %s: lease lost to another worker; nothing written", taken.entry_id)
    return taken.entry_id


def build_request(
    session: Session, taken: Claim, cache: CandidateCache | None = None
) -> AssessmentRequest:
    """What the assessor is given for a claimed entry: its text and its document's spans,
    examples and roster names."""
    examples = (
        select_examples(
            session,
            teacher_id=taken.teacher_id,
            student_id=taken.student_id,
            entry_type=taken.entry_type,
            seed=taken.entry_id,
            cache=cache,
        )
        if taken.teacher_id
        else []
    )
    # A very long entry: the assessor reads its first part, while the quotes it proposes
    # are still validated against all of the student's words (process_one).
    given = assessed_text(taken.own_text, taken.context)
    return AssessmentRequest(
        entry_id=taken.entry_id,
        student_id=taken.student_id,
        entry_type=taken.entry_type,
        own_text=given.own_text,
        context=given.context,
        examples=examples,
        names=roster_names(session, taken.teacher_id, [taken.student_id]),
        # A capped entry goes as its capped text alone: its spans would carry it all.
        document=_document(session, taken)
        if given.assessed_chars is None and (given.context == taken.context)
        else (),
        validations=teacher_validations(session, taken.teacher_id),
    )


def _document(session: Session, taken: Claim) -> tuple[DocumentSpan, ...]:
    entry = session.get(DataEntry, taken.entry_id)
    if entry is None:
        return ()
    return stored_document(entry.content or "", entry.entry_metadata, taken.own_text)


def _record_failure(
    sessions: sessionmaker[Session],
    taken: Claim,
    reason: str,
    retryable: bool,
    policy: QueuePolicy,
    report: WorkerReport,
) -> None:
    with unit_of_work(sessions) as session:
        status = fail(session, taken, reason, retryable=retryable, policy=policy)
    if status is EntryStatus.FAILED:
        report.failed.append(taken.entry_id)
        log.warning("entry %s failed for good: %s", taken.entry_id, reason)
    elif status is EntryStatus.PENDING:
        report.retrying.append(taken.entry_id)
        log.info("entry %s will be retried: %s", taken.entry_id, reason)
    else:
        report.lost.append(taken.entry_id)


def drain(
    sessions: sessionmaker[Session],
    assessor: Assessor,
    *,
    worker: str,
    policy: QueuePolicy,
    on_progress: Callable[[], None] | None = None,
    on_done: Callable[[int], None] | None = None,
    sleep: Callable[[float], object] = time.sleep,
    cache: CandidateCache | None = None,
    should_stop: Callable[[], bool] = lambda: False,
) -> WorkerReport:
    """Work until nothing is claimable and no entry is waiting out a backoff, or until
    `should_stop` (looked at before each claim); `on_done` gets each entry's id as soon as
    that entry is settled (to post its review at once).

    Entries leased by another live worker are left to it.
    """
    report = WorkerReport()
    cache = cache or CandidateCache()
    while not should_stop():
        taken = process_one(
            sessions, assessor, worker=worker, policy=policy, report=report, cache=cache
        )
        if taken is not None:
            if on_progress:
                on_progress()
            if on_done:
                on_done(taken)
            continue
        with sessions() as session:
            due = next_due(session)
        if due is None:
            return report
        sleep(max(0.05, min((due - utcnow()).total_seconds(), 5.0)))
    return report


def drain_in_parallel(
    sessions: sessionmaker[Session],
    assessor: Assessor,
    *,
    workers: int,
    policy: QueuePolicy,
    on_progress: Callable[[], None] | None = None,
) -> WorkerReport:
    reports = [WorkerReport() for _ in range(workers)]
    cache = CandidateCache()

    def run(index: int) -> None:
        reports[index] = drain(
            sessions,
            assessor,
            worker=worker_name(index),
            policy=policy,
            on_progress=on_progress,
            cache=cache,
        )

    threads = [threading.Thread(target=run, args=(i,), daemon=True) for i in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    total = WorkerReport()
    for report in reports:
        total.merge(report)
    return total
