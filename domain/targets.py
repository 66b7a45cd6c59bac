"""Targets: the next level a teacher and student are working towards on one skill."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from domain.access import Viewer
from domain.curriculum import Level, Skill
from domain.errors import InvalidField
from domain.levels import latest_levels
from domain.models import SkillTarget, TargetStatus, utcnow
from domain.progress import TargetSuggestion, own_student, within_reach


@dataclass(frozen=True)
class Target:
    student_id: str
    skill: Skill
    starting_level: Level
    target_level: Level


@dataclass(frozen=True)
class TargetChange:
    target: Target
    # False when exactly this target was already active (a double submit, a replay).
    created: bool
    # The active target on the same skill that this one replaced, kept as history.
    replaced: Target | None = None


def suggest_targets(session: Session, viewer: Viewer, student_id: str) -> list[TargetSuggestion]:
    """Skills whose latest validated level is Developing or Proficient and have no active
    target: the next level up is within reach. Weakest first."""
    student = own_student(session, viewer, student_id)
    latest = latest_levels(session, student.id, validated_only=True)
    return within_reach(
        {skill: found.level for skill, found in latest.items()}, set(_active(session, student.id))
    )


def set_target(
    session: Session,
    viewer: Viewer,
    student_id: str,
    skill: Skill,
    target_level: Level | None = None,
    *,
    at: datetime | None = None,
) -> TargetChange:
    """Start a target from the latest validated level (Emerging when none) to `target_level`
    (default: the next level up). A different active target on the skill is cancelled and
    kept as history; the same one again changes nothing."""
    student = own_student(session, viewer, student_id)
    latest = latest_levels(session, student.id, validated_only=True).get(skill)
    starting = latest.level if latest else Level.EMERGING
    goal = target_level or starting.next_up()
    if goal is None:
        raise InvalidField(
            "level",
            f"{student.name} is already validated at Advanced in {skill.value}, the top level. "
            "A badge or a new skill may be the next step.",
        )
    if goal.rank <= starting.rank:
        raise InvalidField(
            "level",
            f"{student.name}'s latest validated level in {skill.value} is {starting.value}; "
            f"a target needs a level above it.",
        )
    target = Target(student.id, skill, starting, goal)
    current = _active(session, student.id).get(skill)
    if current is not None:
        if (current.starting_level, current.target_level) == (starting.value, goal.value):
            return TargetChange(target, created=False)
        current.status = TargetStatus.CANCELLED.value
        session.flush()
    try:
        # A double submit racing this one inserts first on PostgreSQL: the partial unique
        # index refuses ours, and the target stands once.
        with session.begin_nested():
            session.add(
                SkillTarget(
                    student_id=student.id,
                    skill=skill.value,
                    starting_level=starting.value,
                    target_level=goal.value,
                    assigned_by=viewer.teacher_id,
                    created_at=at or utcnow(),
                )
            )
    except IntegrityError:
        return TargetChange(target, created=False)
    replaced = (
        Target(student.id, skill, Level(current.starting_level), Level(current.target_level))
        if current is not None
        else None
    )
    return TargetChange(target, created=True, replaced=replaced)


def complete_reached_targets(
    session: Session,
    *,
    student_id: str,
    skill: Skill,
    level: Level,
    assessment_id: int,
    at: datetime | None = None,
) -> list[Target]:
    """Complete the active target on this skill if a validated `level` reaches it."""
    reached = [lvl.value for lvl in Level if lvl.rank <= level.rank]
    # Core, on the table: this runs inside every Accept click, and the ORM's bulk UPDATE
    # machinery cost more than the statement's round trip.
    targets = SkillTarget.__table__.c
    rows = session.execute(
        update(SkillTarget.__table__)
        .where(
            targets.student_id == student_id,
            targets.skill == skill.value,
            targets.status == TargetStatus.ACTIVE.value,
            targets.target_level.in_(reached),
        )
        .values(
            status=TargetStatus.COMPLETED.value,
            completed_at=at or utcnow(),
            completed_by_assessment_id=assessment_id,
        )
        .returning(targets.starting_level, targets.target_level)
    ).all()
    return [Target(student_id, skill, Level(start), Level(goal)) for start, goal in rows]


def _active(session: Session, student_id: str) -> dict[Skill, SkillTarget]:
    targets = session.scalars(
        select(SkillTarget).where(
            SkillTarget.student_id == student_id,
            SkillTarget.status == TargetStatus.ACTIVE.value,
        )
    )
    return {Skill(target.skill): target for target in targets}
