"""Where a student stands: the latest level on each skill."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from domain.curriculum import Level, Skill
from domain.models import VALIDATED_VALUES, Assessment, ReviewState


@dataclass(frozen=True)
class LatestLevel:
    skill: Skill
    level: Level
    observed_on: date
    assessment_id: int
    review_state: ReviewState
    confidence: float

    @property
    def validated(self) -> bool:
        return self.review_state.validated


def latest_levels(
    session: Session, student_id: str, *, validated_only: bool = False
) -> dict[Skill, LatestLevel]:
    """Per skill, the level from the newest evidence (ties: the newest assessment).

    `validated_only` keeps to levels a teacher accepted or corrected: badges and targets
    follow from those alone. A dismissed item (not evidence of that skill) holds no level.
    """
    newest_first = (Assessment.observed_on.desc(), Assessment.id.desc())
    ranked = select(
        Assessment.skill,
        Assessment.level,
        Assessment.observed_on,
        Assessment.id,
        Assessment.review_state,
        Assessment.confidence,
        func.row_number().over(partition_by=Assessment.skill, order_by=newest_first).label("rank"),
    ).where(
        Assessment.student_id == student_id,
        Assessment.review_state != ReviewState.DISMISSED.value,
    )
    if validated_only:
        ranked = ranked.where(Assessment.review_state.in_(VALIDATED_VALUES))
    latest = ranked.subquery()
    rows = session.execute(select(latest).where(latest.c.rank == 1))
    return {
        Skill(row.skill): LatestLevel(
            skill=Skill(row.skill),
            level=Level(row.level),
            observed_on=row.observed_on,
            assessment_id=row.id,
            review_state=ReviewState(row.review_state),
            confidence=row.confidence,
        )
        for row in rows
    }
