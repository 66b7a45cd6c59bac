"""A student's growth at a glance: what `/progress` shows a teacher."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from domain.curriculum import BadgeTier, Level, Skill
from domain.errors import NotFound
from domain.models import Assessment, Badge, ReviewState, SkillTarget, Student, TargetStatus


@dataclass(frozen=True)
class Viewer:
    """Who is asking: a teacher (sees their own students) or a school admin (sees all)."""

    teacher_id: str | None
    is_admin: bool = False

    def may_see(self, student: Student) -> bool:
        return self.is_admin or self.may_act(student)

    def may_act(self, student: Student) -> bool:
        """Validating, correcting and setting targets is the student's own teacher's call;
        an admin looks but does not grade."""
        return self.teacher_id is not None and student.teacher_id == self.teacher_id


@dataclass(frozen=True)
class SkillProgress:
    skill: Skill
    level: Level
    validated: bool
    # +1 up, 0 same, -1 down since the previous validated level; None with only one.
    trend: int | None
    last_evidence: date


@dataclass(frozen=True)
class EarnedBadge:
    skill: Skill
    level: Level
    tier: BadgeTier


@dataclass(frozen=True)
class ActiveTarget:
    skill: Skill
    starting_level: Level
    target_level: Level


@dataclass(frozen=True)
class StudentProgress:
    student_id: str
    student_name: str
    skills: dict[Skill, SkillProgress]
    badges: list[EarnedBadge]
    targets: list[ActiveTarget]
    awaiting_review: int


_SKILLS = {skill.value: skill for skill in Skill}
_LEVELS = {level.value: level for level in Level}


def visible_student(session: Session, viewer: Viewer, student_id: str) -> Student:
    """The student, if this viewer may see them; the same error whether absent or not theirs,
    so an id probe reveals nothing."""
    student = session.get(Student, student_id.strip().upper())
    if student is None or not viewer.may_see(student):
        raise NotFound(f"No student {student_id.strip()[:10]} in your class.")
    return student


def own_student(session: Session, viewer: Viewer, student_id: str) -> Student:
    """The student, if this viewer teaches them; otherwise the same answer as no student."""
    student = visible_student(session, viewer, student_id)
    if not viewer.may_act(student):
        raise NotFound(f"No student {student_id.strip()[:10]} in your class.")
    return student


def student_progress(session: Session, viewer: Viewer, student_id: str) -> StudentProgress:
    student = visible_student(session, viewer, student_id)
    rows = session.execute(
        select(
            Assessment.skill,
            Assessment.level,
            Assessment.review_state,
            Assessment.observed_on,
        )
        .where(Assessment.student_id == student.id)
        .order_by(Assessment.observed_on.desc(), Assessment.id.desc())
    ).all()
    skills: dict[Skill, SkillProgress] = {}
    validated_levels: dict[Skill, list[Level]] = {}
    awaiting = 0
    pending = ReviewState.PENDING.value
    for skill_name, level_name, state, observed_on in rows:
        if state == ReviewState.DISMISSED.value:  # not evidence of that skill: no level
            continue
        # A student has a hundred rows or more; a dict beats Enum's lookup by value.
        skill, level = _SKILLS[skill_name], _LEVELS[level_name]
        validated = state != pending
        awaiting += not validated
        if validated:
            validated_levels.setdefault(skill, []).append(level)
        if skill not in skills:
            skills[skill] = SkillProgress(skill, level, validated, None, observed_on)
    for skill, history in validated_levels.items():
        if len(history) >= 2:
            change = history[0].rank - history[1].rank
            skills[skill] = _with_trend(skills[skill], (change > 0) - (change < 0))
    badges = [
        _earned(b)
        for b in session.scalars(
            select(Badge).where(Badge.student_id == student.id).order_by(Badge.awarded_at)
        )
    ]
    targets = [
        ActiveTarget(Skill(t.skill), Level(t.starting_level), Level(t.target_level))
        for t in session.scalars(
            select(SkillTarget).where(
                SkillTarget.student_id == student.id,
                SkillTarget.status == TargetStatus.ACTIVE.value,
            )
        )
    ]
    return StudentProgress(
        student_id=student.id,
        student_name=student.name,
        skills=skills,
        badges=badges,
        targets=targets,
        awaiting_review=awaiting,
    )


def _earned(badge: Badge) -> EarnedBadge:
    level = Level(badge.level)
    tier = BadgeTier.for_level(level)
    if tier is None:  # the database admits no Emerging badge
        raise ValueError(f"badge {badge.id} has no tier")
    return EarnedBadge(Skill(badge.skill), level, tier)


def _with_trend(progress: SkillProgress, trend: int) -> SkillProgress:
    return SkillProgress(
        progress.skill, progress.level, progress.validated, trend, progress.last_evidence
    )
