"""What a review message shows: assessments with their state, who validated them, and the
badges and targets their validation brought. Read fresh on every click, so a message is
always re-drawn from the database and never from what a payload claims."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session, aliased

from domain.access import Viewer, allowed_students
from domain.confidence import worth_a_closer_look
from domain.curriculum import BadgeTier, EntryType, Level, Skill
from domain.errors import NotFound
from domain.models import (
    Assessment,
    Badge,
    CorrectionReason,
    DataEntry,
    EntryStatus,
    ReviewState,
    SkillTarget,
    SourceKind,
    Student,
    Teacher,
    TeacherCorrection,
    UploadReceipt,
    utcnow,
)
from domain.progress import visible_student
from domain.undo import undoable


@dataclass(frozen=True)
class DocumentRef:
    """Where a quote came from: the kind of document, its date, its file, and a link to the
    file in Slack when it was shared there (Slack's permalink, kept when it arrived)."""

    entry_type: EntryType
    entry_date: date
    file_name: str | None = None
    permalink: str | None = None


@dataclass(frozen=True)
class ReviewedItem:
    assessment_id: int
    entry_id: int
    student_id: str
    student_name: str
    skill: Skill
    level: Level
    confidence: float
    # None once retention purged them (`purged_after_days` says when); the level stays.
    evidence_quote: str | None
    justification: str | None
    observed_on: date
    state: ReviewState
    reviewer_name: str | None
    reviewed_at: datetime | None
    # Set when the teacher corrected the level: what the assessor had proposed.
    proposed_level: Level | None
    badge: BadgeTier | None
    # Target levels this validation completed.
    targets_reached: tuple[Level, ...]
    # False for an admin, who sees but does not grade.
    actionable: bool
    document: DocumentRef | None = None
    # A correction's reason in words (the quick choice and what the teacher wrote), if any.
    teacher_reason: str | None = None
    # Pending and unsure enough that a teacher should read it closely (domain/confidence.py).
    closer_look: bool = False
    # Reviewed recently enough that the teacher may still take it back (domain/undo.py).
    undoable: bool = False
    # What the teacher types and reads ("S001"); `student_id` is the roster's key.
    student_handle: str = ""
    # Days the evidence was held before retention removed its words; None: not purged.
    purged_after_days: int | None = None


@dataclass(frozen=True)
class EntryReview:
    entry_id: int
    student_id: str
    student_name: str
    entry_type: EntryType
    entry_date: date
    file_name: str | None
    status: EntryStatus
    items: list[ReviewedItem]
    dropped_items: int
    # The document every item quotes, with its Slack link when it came from Slack.
    document: DocumentRef | None = None
    # Set when the entry was too long to assess whole: how many of its `own_chars`
    # characters of the student's words the assessor read (domain/assessed_text.py).
    assessed_chars: int | None = None
    own_chars: int | None = None
    # What the teacher types and reads ("S001"); `student_id` is the roster's key.
    student_handle: str = ""

    @property
    def pending(self) -> list[ReviewedItem]:
        return [item for item in self.items if item.state is ReviewState.PENDING]


def entry_review(session: Session, viewer: Viewer, entry_id: int) -> EntryReview:
    entry = session.get(DataEntry, entry_id)
    if entry is None:
        raise NotFound("That entry no longer exists.")
    try:
        student = visible_student(session, viewer, entry.student_id)
    except NotFound:
        raise NotFound("That entry no longer exists.") from None
    permalink = None
    if entry.source_kind == SourceKind.SLACK_FILE.value:
        permalink = session.scalar(
            select(UploadReceipt.permalink).where(UploadReceipt.slack_file_id == entry.source_ref)
        )
    return EntryReview(
        entry_id=entry.id,
        student_id=student.id,
        student_name=student.name,
        student_handle=student.handle,
        entry_type=EntryType(entry.entry_type),
        entry_date=entry.entry_date,
        file_name=entry.file_name,
        status=EntryStatus(entry.status),
        items=_reviewed(session, viewer, Assessment.entry_id == entry.id),
        dropped_items=entry.dropped_items,
        document=DocumentRef(
            EntryType(entry.entry_type), entry.entry_date, entry.file_name, permalink
        ),
        assessed_chars=entry.assessed_chars,
        own_chars=len(entry.own_text) if entry.assessed_chars is not None else None,
    )


def reviewed_items(
    session: Session, viewer: Viewer, assessment_ids: Sequence[int]
) -> list[ReviewedItem]:
    """These assessments as the viewer may see them, in the order given; ids of other
    teachers' students are left out without a word."""
    if not assessment_ids:
        return []
    found = {
        item.assessment_id: item
        for item in _reviewed(session, viewer, Assessment.id.in_(list(assessment_ids)))
    }
    return [found[i] for i in assessment_ids if i in found]


def _reviewed(session: Session, viewer: Viewer, which: ColumnElement[bool]) -> list[ReviewedItem]:
    """The assessments `which` selects that the viewer may see, by id. Columns rather than
    ORM objects: a click re-draws its message with this, and it is most of the click's CPU."""
    reviewer = aliased(Teacher)
    rows = session.execute(
        select(
            Assessment.id,
            Assessment.entry_id,
            Assessment.student_id,
            Student.name,
            Student.handle,
            Assessment.skill,
            Assessment.level,
            Assessment.confidence,
            Assessment.evidence_quote,
            Assessment.justification,
            Assessment.observed_on,
            Assessment.review_state,
            reviewer.name.label("reviewer_name"),
            Assessment.reviewed_at,
            TeacherCorrection.original_level,
            TeacherCorrection.reason,
            TeacherCorrection.justification.label("teacher_justification"),
            Badge.level.label("badge_level"),
            DataEntry.entry_type,
            DataEntry.entry_date,
            DataEntry.file_name,
            DataEntry.created_at.label("filed_at"),
            Assessment.purged_at,
            UploadReceipt.permalink,
        )
        .join(Student, Student.id == Assessment.student_id)
        .join(DataEntry, DataEntry.id == Assessment.entry_id)
        .outerjoin(reviewer, reviewer.id == Assessment.reviewed_by)
        .outerjoin(TeacherCorrection, TeacherCorrection.assessment_id == Assessment.id)
        .outerjoin(Badge, Badge.assessment_id == Assessment.id)
        # A Slack file's id is the entry's source_ref, and its receipt keeps the permalink.
        .outerjoin(
            UploadReceipt,
            (DataEntry.source_kind == SourceKind.SLACK_FILE.value)
            & (UploadReceipt.slack_file_id == DataEntry.source_ref),
        )
        .where(which)
        .order_by(Assessment.id)
    ).all()
    validated = [row.id for row in rows if ReviewState(row.review_state).validated]
    reached: dict[int, list[Level]] = {}
    if validated:  # only a validation completes a target
        for assessment_id, target_level in session.execute(
            select(SkillTarget.completed_by_assessment_id, SkillTarget.target_level).where(
                SkillTarget.completed_by_assessment_id.in_(validated)
            )
        ):
            assert assessment_id is not None  # selected by it
            reached.setdefault(assessment_id, []).append(Level(target_level))
    now = utcnow()
    students = {row.student_id for row in rows}
    acting = allowed_students(session, viewer, students, acting=True)
    seen = acting | allowed_students(session, viewer, students - acting)
    items = []
    for row in rows:
        if row.student_id not in seen:
            continue
        own = row.student_id in acting
        state = ReviewState(row.review_state)
        items.append(
            ReviewedItem(
                assessment_id=row.id,
                entry_id=row.entry_id,
                student_id=row.student_id,
                student_name=row.name,
                student_handle=row.handle,
                skill=Skill(row.skill),
                level=Level(row.level),
                confidence=row.confidence,
                evidence_quote=row.evidence_quote,
                justification=row.justification,
                observed_on=row.observed_on,
                state=state,
                reviewer_name=row.reviewer_name,
                reviewed_at=row.reviewed_at,
                proposed_level=Level(row.original_level) if row.original_level else None,
                badge=BadgeTier.for_level(Level(row.badge_level)) if row.badge_level else None,
                targets_reached=tuple(reached.get(row.id, [])),
                actionable=own,
                document=DocumentRef(
                    EntryType(row.entry_type), row.entry_date, row.file_name, row.permalink
                ),
                teacher_reason=reason_words(row.reason, row.teacher_justification),
                closer_look=state is ReviewState.PENDING and worth_a_closer_look(row.confidence),
                undoable=own and row.purged_at is None and undoable(state, row.reviewed_at, now),
                purged_after_days=(
                    None if row.purged_at is None else (row.purged_at - row.filed_at).days
                ),
            )
        )
    return items


def reason_words(reason: str | None, justification: str | None) -> str | None:
    """A correction's reason as the teacher gave it: the quick choice, their words, both."""
    parts = [CorrectionReason(reason).label] if reason else []
    if justification:
        parts.append(justification)
    return ": ".join(parts) or None
