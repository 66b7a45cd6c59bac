"""A teacher's reviewed levels, as plain data an assessor can learn from (the offline
assessor's per-teacher calibration, domain/assessors/teacher_calibration.py).

Accepted: the teacher's level is the proposed one. Corrected: the correction keeps what was
proposed. Dismissed: no level, the quote showed nothing for the skill. An undone review is
pending again and teaches nothing. The teacher's own reviews only, newest first, bounded.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from domain.assessors.base import ValidatedLevel
from domain.curriculum import Level, Skill
from domain.models import Assessment, ReviewState, TeacherCorrection

MAX_VALIDATIONS = 2000


def teacher_validations(
    session: Session, teacher_id: str | None, limit: int = MAX_VALIDATIONS
) -> list[ValidatedLevel]:
    if teacher_id is None:
        return []
    rows = session.execute(
        select(
            Assessment.skill,
            Assessment.level,
            Assessment.review_state,
            Assessment.model,
            TeacherCorrection.original_level,
        )
        .outerjoin(TeacherCorrection, TeacherCorrection.assessment_id == Assessment.id)
        .where(
            # Each teacher's own validations: what they taught, whoever else teaches the student.
            Assessment.reviewed_by == teacher_id,
            Assessment.review_state != ReviewState.PENDING.value,
        )
        .order_by(Assessment.reviewed_at.desc(), Assessment.id.desc())
        .limit(limit)
    ).all()
    validations = []
    for row in rows:
        dismissed = row.review_state == ReviewState.DISMISSED.value
        proposed = row.original_level if row.original_level is not None else row.level
        validations.append(
            ValidatedLevel(
                skill=Skill(row.skill),
                proposed=Level(proposed),
                teacher_level=None if dismissed else Level(row.level),
                model=row.model,
            )
        )
    return validations
