"""What a review message shows: assessments with their state, who validated them, and the
badges and targets their validation brought. Read fresh on every click, so a message is
always re-drawn from the database and never from what a payload claims."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
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
    ids = session.scalars(
        select(Assessment.id).where(Assessment.entry_id == entry.id).order_by(Assessment.id)
    ).all()
    return EntryReview(
        entry_id=entry.id,
        student_id=student.id,
        student_name=student.name,
        entry_type=EntryType(entry.entry_type),
        entry_date=entry.entry_date,
        file_name=entry.file_name,
        status=EntryStatus(entry.status),
        items=reviewed_items(session, viewer, ids),
        dropped_items=entry.dropped_items,
    )


def reviewed_items(
    session: Session, viewer: Viewer, assessment_ids: Sequence[int]
) -> list[ReviewedItem]:
    """These assessments as the viewer may see them, in the order given; ids of other
    teachers' students are left out without a word."""
    if not assessment_ids:
        return []
    reviewer = aliased(Teacher)
    rows = session.execute(
        select(
            Assessment,
            Student.name,
            Student.teacher_id,
            reviewer.name.label("reviewer_name"),
            TeacherCorrection.original_level,
            Badge.level.label("badge_level"),
        )
        .join(Student, Student.id == Assessment.student_id)
        .outerjoin(reviewer, reviewer.id == Assessment.reviewed_by)
        .outerjoin(TeacherCorrection, TeacherCorrection.assessment_id == Assessment.id)
        .outerjoin(Badge, Badge.assessment_id == Assessment.id)
        .where(Assessment.id.in_(list(assessment_ids)))
    ).all()
    reached: dict[int, list[Level]] = {}
    for assessment_id, target_level in session.execute(
        select(SkillTarget.completed_by_assessment_id, SkillTarget.target_level).where(
            SkillTarget.completed_by_assessment_id.in_(list(assessment_ids))
        )
    ):
        reached.setdefault(assessment_id, []).append(Level(target_level))
    found: dict[int, ReviewedItem] = {}
    for assessment, name, teacher_id, reviewer_name, original, badge_level in rows:
        own = viewer.teacher_id is not None and teacher_id == viewer.teacher_id
        if not (own or viewer.is_admin):
            continue
        found[assessment.id] = ReviewedItem(
            assessment_id=assessment.id,
            entry_id=assessment.entry_id,
            student_id=assessment.student_id,
            student_name=name,
            skill=Skill(assessment.skill),
            level=Level(assessment.level),
            confidence=assessment.confidence,
            evidence_quote=assessment.evidence_quote,
            justification=assessment.justification,
            observed_on=assessment.observed_on,
            state=ReviewState(assessment.review_state),
            reviewer_name=reviewer_name,
            reviewed_at=assessment.reviewed_at,
            proposed_level=Level(original) if original else None,
            badge=BadgeTier.for_level(Level(badge_level)) if badge_level else None,
            targets_reached=tuple(reached.get(assessment.id, [])),
            actionable=own,
        )
    return [found[i] for i in assessment_ids if i in found]
