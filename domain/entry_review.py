"""What a review message shows: assessments with their state, who validated them, and the
badges and targets their validation brought. Read fresh on every click, so a message is
always re-drawn from the database and never from what a payload claims."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session, aliased

from domain.curriculum import BadgeTier, EntryType, Level, Skill
from domain.errors import NotFound
from domain.models import (
    Assessment,
    Badge,
    DataEntry,
    EntryStatus,
    ReviewState,
    SkillTarget,
    Student,
    Teacher,
    TeacherCorrection,
)
from domain.progress import Viewer, visible_student


@dataclass(frozen=True)
class ReviewedItem:
    assessment_id: int
    entry_id: int
    student_id: str
    student_name: str
    skill: Skill
    level: Level
    confidence: float
    evidence_quote: str
    justification: str
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
    # Set when the entry was too long to assess whole: how many of its `own_chars`
    # characters of the student's words the assessor read (domain/assessed_text.py).
    assessed_chars: int | None = None
    own_chars: int | None = None

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
    return EntryReview(
        entry_id=entry.id,
        student_id=student.id,
        student_name=student.name,
        entry_type=EntryType(entry.entry_type),
        entry_date=entry.entry_date,
        file_name=entry.file_name,
        status=EntryStatus(entry.status),
        items=_reviewed(session, viewer, Assessment.entry_id == entry.id),
        dropped_items=entry.dropped_items,
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
            Student.teacher_id,
            Assessment.skill,
            Assessment.level,
            Assessment.confidence,
            Assessment.evidence_quote,
            Assessment.justification,
            Assessment.observed_on,
            Assessment.review_state,
            reviewer.name,
            Assessment.reviewed_at,
            TeacherCorrection.original_level,
            Badge.level,
        )
        .join(Student, Student.id == Assessment.student_id)
        .outerjoin(reviewer, reviewer.id == Assessment.reviewed_by)
        .outerjoin(TeacherCorrection, TeacherCorrection.assessment_id == Assessment.id)
        .outerjoin(Badge, Badge.assessment_id == Assessment.id)
        .where(which)
        .order_by(Assessment.id)
    ).all()
    validated = [row.id for row in rows if row.review_state != ReviewState.PENDING.value]
    reached: dict[int, list[Level]] = {}
    if validated:  # only a validation completes a target
        for assessment_id, target_level in session.execute(
            select(SkillTarget.completed_by_assessment_id, SkillTarget.target_level).where(
                SkillTarget.completed_by_assessment_id.in_(validated)
            )
        ):
            reached.setdefault(assessment_id, []).append(Level(target_level))
    items = []
    for (
        assessment_id,
        entry_id,
        student_id,
        name,
        teacher_id,
        skill,
        level,
        confidence,
        quote,
        justification,
        observed_on,
        state,
        reviewer_name,
        reviewed_at,
        original,
        badge_level,
    ) in rows:
        own = viewer.teacher_id is not None and teacher_id == viewer.teacher_id
        if not (own or viewer.is_admin):
            continue
        items.append(
            ReviewedItem(
                assessment_id=assessment_id,
                entry_id=entry_id,
                student_id=student_id,
                student_name=name,
                skill=Skill(skill),
                level=Level(level),
                confidence=confidence,
                evidence_quote=quote,
                justification=justification,
                observed_on=observed_on,
                state=ReviewState(state),
                reviewer_name=reviewer_name,
                reviewed_at=reviewed_at,
                proposed_level=Level(original) if original else None,
                badge=BadgeTier.for_level(Level(badge_level)) if badge_level else None,
                targets_reached=tuple(reached.get(assessment_id, [])),
                actionable=own,
            )
        )
    return items
