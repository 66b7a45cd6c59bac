"""Evidence retention (`FLOURISH_RETENTION_DAYS`): the words of old evidence are purged.

An entry is old once Flourish has held it for the configured number of days, counted from
when it was filed (`created_at`), not from the date on the document: a teacher who files a
journal from last year has it for the full period, and a document is never purged before a
teacher could review it. Entries still waiting for the assessor are left alone.

With levels kept (`FLOURISH_RETENTION_KEEP_LEVELS`, the default) the rows stay and their
words go: the entry's text and metadata (which names the speakers), the validated
assessments' quotes and justifications, the teachers' correction notes, and the upload's
message. A validated level, its badge and the targets it completed stay. Assessments
nobody validated (pending or dismissed) hold nothing without their quote, and go. Without
levels kept, the entries and all their assessments go.

Safe with any number of instances at once: every change is a conditional statement
(`purged_at IS NULL`, or a delete of what is still there) whose returned rows are what this
run did, so nothing is purged or counted twice. One audit event per student says how many.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session, sessionmaker

from domain.db import unit_of_work
from domain.models import (
    VALIDATED_VALUES,
    Assessment,
    AuditAction,
    AuditEvent,
    DataEntry,
    EntryStatus,
    SkillTarget,
    TeacherCorrection,
    UploadReceipt,
)

ACTOR = "retention"
BATCH = 200
SETTLED = (EntryStatus.ASSESSED.value, EntryStatus.FAILED.value)


@dataclass(frozen=True)
class PurgeReport:
    entries: int
    assessments_kept: int
    assessments_removed: int
    students: int


def expired_entry_ids(session: Session, cutoff: datetime, *, limit: int = BATCH) -> list[int]:
    return list(
        session.scalars(
            select(DataEntry.id)
            .where(
                DataEntry.created_at < cutoff,
                DataEntry.purged_at.is_(None),
                DataEntry.status.in_(SETTLED),
            )
            .order_by(DataEntry.id)
            .limit(limit)
        )
    )


def purge_batch(
    session: Session, entry_ids: list[int], now: datetime, *, keep_levels: bool
) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """Purge these entries (those another instance has not purged meanwhile). Returns, per
    student, the entries purged, the assessments kept without words and those removed."""
    entries: Counter[str] = Counter()
    kept: Counter[str] = Counter()
    removed: Counter[str] = Counter()
    # The claim: only rows no other run has purged. Without levels kept the rows are then
    # deleted in this same transaction, so nobody sees them half done.
    claimed = session.execute(
        update(DataEntry)
        .where(DataEntry.id.in_(entry_ids), DataEntry.purged_at.is_(None))
        .values(purged_at=now, content=None, student_turns=None, last_error=None, entry_metadata={})
        .returning(DataEntry.id, DataEntry.student_id, DataEntry.source_ref)
    ).all()
    ids = [row.id for row in claimed]
    if not ids:
        return entries, kept, removed
    entries.update(row.student_id for row in claimed)
    mine = select(Assessment.id).where(Assessment.entry_id.in_(ids))
    if keep_levels:
        session.execute(
            update(TeacherCorrection)
            .where(TeacherCorrection.assessment_id.in_(mine))
            .values(justification=None, notes_for_assessor=None)
        )
        kept.update(
            session.scalars(
                update(Assessment)
                .where(
                    Assessment.entry_id.in_(ids),
                    Assessment.purged_at.is_(None),
                    Assessment.review_state.in_(VALIDATED_VALUES),
                )
                .values(purged_at=now, evidence_quote=None, justification=None)
                .returning(Assessment.student_id)
            ).all()
        )
        unvalidated = Assessment.review_state.not_in(VALIDATED_VALUES)
    else:
        unvalidated = Assessment.id.is_not(None)
    doomed = select(Assessment.id).where(Assessment.entry_id.in_(ids), unvalidated)
    session.execute(
        update(SkillTarget)
        .where(SkillTarget.completed_by_assessment_id.in_(doomed))
        .values(completed_by_assessment_id=None)
    )
    session.execute(delete(TeacherCorrection).where(TeacherCorrection.assessment_id.in_(doomed)))
    removed.update(
        session.scalars(
            delete(Assessment)
            .where(Assessment.entry_id.in_(ids), unvalidated)
            .returning(Assessment.student_id)
        ).all()
    )
    if not keep_levels:
        session.execute(delete(DataEntry).where(DataEntry.id.in_(ids)))
    refs = {row.source_ref for row in claimed}
    session.execute(
        update(UploadReceipt)
        .where(UploadReceipt.slack_file_id.in_(refs))
        .values(message_text=None, detail=None)
    )
    return entries, kept, removed


def purge_expired(
    sessions: sessionmaker[Session],
    now: datetime,
    days: int,
    *,
    keep_levels: bool = True,
    actor: str = ACTOR,
) -> PurgeReport:
    """Purge every entry filed more than `days` ago, a batch per transaction; one audit
    event per student for the run (counts only)."""
    cutoff = now - timedelta(days=days)
    entries: Counter[str] = Counter()
    kept: Counter[str] = Counter()
    removed: Counter[str] = Counter()
    seen: set[int] = set()
    while True:
        with unit_of_work(sessions) as session:
            batch = [i for i in expired_entry_ids(session, cutoff) if i not in seen]
            if not batch:
                break
            seen.update(batch)
            done = purge_batch(session, batch, now, keep_levels=keep_levels)
            entries.update(done[0])
            kept.update(done[1])
            removed.update(done[2])
    if entries:
        with unit_of_work(sessions) as session:
            for student_id in sorted(entries):
                session.add(
                    AuditEvent(
                        action=AuditAction.EVIDENCE_PURGED.value,
                        student_id=student_id,
                        actor=actor,
                        at=now,
                        detail={
                            "entries": entries[student_id],
                            "assessments_kept": kept[student_id],
                            "assessments_removed": removed[student_id],
                            "days": days,
                        },
                    )
                )
    return PurgeReport(
        entries=sum(entries.values()),
        assessments_kept=sum(kept.values()),
        assessments_removed=sum(removed.values()),
        students=len(entries),
    )
