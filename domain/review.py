"""The review queue: assessments waiting for a teacher, least certain first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from domain.curriculum import EntryType, Level, Skill
from domain.models import Assessment, DataEntry, ReviewState, Student


@dataclass(frozen=True)
class ReviewItem:
    assessment_id: int
    entry_id: int
    student_id: str
    student_name: str
    skill: Skill
    level: Level
    confidence: float
    evidence_quote: str
    justification: str
    entry_type: EntryType
    observed_on: date


@dataclass(frozen=True)
class ReviewPage:
    items: list[ReviewItem]
    total: int
    offset: int


def review_queue(
    session: Session, teacher_id: str, *, limit: int = 20, offset: int = 0
) -> ReviewPage:
    """A teacher's pending assessments, lowest confidence first, one page at a time."""
    pending = (
        select(Assessment.id)
        .join(Student, Student.id == Assessment.student_id)
        .where(
            Student.teacher_id == teacher_id,
            Assessment.review_state == ReviewState.PENDING.value,
        )
    )
    total = session.scalar(select(func.count()).select_from(pending.subquery())) or 0
    rows = session.execute(
        select(Assessment, Student.name, DataEntry.entry_type)
        .join(Student, Student.id == Assessment.student_id)
        .join(DataEntry, DataEntry.id == Assessment.entry_id)
        .where(
            Student.teacher_id == teacher_id,
            Assessment.review_state == ReviewState.PENDING.value,
        )
        .order_by(Assessment.confidence, Assessment.id)
        .limit(limit)
        .offset(offset)
    )
    items = [
        ReviewItem(
            assessment_id=assessment.id,
            entry_id=assessment.entry_id,
            student_id=assessment.student_id,
            student_name=name,
            skill=Skill(assessment.skill),
            level=Level(assessment.level),
            confidence=assessment.confidence,
            evidence_quote=assessment.evidence_quote,
            justification=assessment.justification,
            entry_type=EntryType(entry_type),
            observed_on=assessment.observed_on,
        )
        for assessment, name, entry_type in rows
    ]
    return ReviewPage(items=items, total=total, offset=offset)
