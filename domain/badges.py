"""Badges: earned by a validated level, one per (student, skill, level), or granted by hand."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from domain.access import Viewer
from domain.curriculum import BadgeTier, Level, Skill
from domain.db import insert_unless_present
from domain.errors import InvalidField
from domain.models import Assessment, Badge, utcnow
from domain.progress import own_student


@dataclass(frozen=True)
class AwardedBadge:
    student_id: str
    skill: Skill
    level: Level
    tier: BadgeTier


def award_for_validation(
    session: Session,
    *,
    student_id: str,
    skill: Skill,
    level: Level,
    assessment_id: int,
    at: datetime | None = None,
) -> AwardedBadge | None:
    """The badge a validated level earns, if the student does not hold it yet; awarded at
    the moment of that validation, so the badge and the level it came from are news in the
    same week's digest."""
    tier = BadgeTier.for_level(level)
    if tier is None:  # Emerging is where growth starts; it earns no badge
        return None
    # In the session already (it was just validated): no extra round trip.
    assessment = session.get(Assessment, assessment_id)
    validated_at = assessment.reviewed_at if assessment is not None else None
    added = insert_unless_present(
        session,
        Badge,
        {
            "student_id": student_id,
            "skill": skill.value,
            "level": level.value,
            "assessment_id": assessment_id,
            "awarded_at": at or validated_at or utcnow(),
        },
        ["student_id", "skill", "level"],
    )
    return AwardedBadge(student_id, skill, level, tier) if added else None


def grant_badge(
    session: Session, viewer: Viewer, student_id: str, skill: Skill, level: Level
) -> AwardedBadge | None:
    """A teacher's own recognition of growth seen outside Flourish; None if already held."""
    student = own_student(session, viewer, student_id)
    tier = BadgeTier.for_level(level)
    if tier is None:
        raise InvalidField(
            "level", "Badges start at Developing (bronze); Emerging is where growth begins."
        )
    added = insert_unless_present(
        session,
        Badge,
        {
            "student_id": student.id,
            "skill": skill.value,
            "level": level.value,
            "granted_by": viewer.teacher_id,
            "awarded_at": utcnow(),
        },
        ["student_id", "skill", "level"],
    )
    return AwardedBadge(student.id, skill, level, tier) if added else None
