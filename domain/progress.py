"""A student's growth at a glance: what `/progress` shows a teacher.

Growth words, never deficit signals (students are 12): a skill's latest validated level
either grew, held steady, or is simply new evidence; there is no "down". Badges are
summarised as the highest per skill and a count per tier, each with the day it was earned.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from domain.access import Viewer, may_act, may_see
from domain.curriculum import BadgeTier, Level, Skill
from domain.errors import NotFound
from domain.models import Assessment, Badge, ReviewState, SkillTarget, Student, TargetStatus


class Movement(StrEnum):
    """How the latest validated level compares with the one validated before it, in words
    a teacher can read aloud to the student. A lower level is new evidence, not a drop: one
    document is one day, and a sustained change is the digest's check-in to raise."""

    FIRST = "first validated level"
    GREW = "grew"
    STEADY = "steady"
    NEW_EVIDENCE = "new evidence"

    @classmethod
    def between(cls, latest: Level, previous: Level | None) -> Movement:
        if previous is None:
            return cls.FIRST
        if latest.rank > previous.rank:
            return cls.GREW
        return cls.STEADY if latest is previous else cls.NEW_EVIDENCE


@dataclass(frozen=True)
class SkillProgress:
    skill: Skill
    # The latest evidence's level: the teacher's if validated, else the assessor's proposal.
    level: Level
    validated: bool
    # The latest validated level against the one before it; None before any validation.
    movement: Movement | None
    last_evidence: date
    # The previous validated level, for "grew from Developing".
    grew_from: Level | None = None


@dataclass(frozen=True)
class EarnedBadge:
    skill: Skill
    level: Level
    tier: BadgeTier
    # The day it was earned: the validation that earned it, or the teacher's grant.
    earned_on: date | None = None


@dataclass(frozen=True)
class BadgeSummary:
    """The highest badge held per skill (curriculum order) and how many of each tier."""

    highest: list[EarnedBadge]
    by_tier: dict[BadgeTier, int]

    @property
    def total(self) -> int:
        return sum(self.by_tier.values())


def summarise_badges(badges: list[EarnedBadge]) -> BadgeSummary:
    best: dict[Skill, EarnedBadge] = {}
    for badge in badges:
        held = best.get(badge.skill)
        if held is None or badge.level.rank > held.level.rank:
            best[badge.skill] = badge
    tiers = Counter(badge.tier for badge in badges)
    return BadgeSummary(
        highest=[best[skill] for skill in Skill if skill in best],
        # Gold first: the highest tier is the headline.
        by_tier={tier: tiers[tier] for tier in reversed(BadgeTier) if tiers[tier]},
    )


@dataclass(frozen=True)
class TargetSuggestion:
    skill: Skill
    current_level: Level
    target_level: Level


def within_reach(latest: dict[Skill, Level], active: set[Skill]) -> list[TargetSuggestion]:
    """Skills whose latest validated level is Developing or Proficient and have no active
    target: the next level up is within reach. Weakest first, then curriculum order."""
    suggestions = [
        TargetSuggestion(skill, level, next_up)
        for skill, level in latest.items()
        if level in (Level.DEVELOPING, Level.PROFICIENT)
        and skill not in active
        and (next_up := level.next_up()) is not None
    ]
    order = list(Skill)
    return sorted(suggestions, key=lambda s: (s.current_level.rank, order.index(s.skill)))


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
    # Next steps a teacher can take with one click (each opens the target form prefilled).
    suggestions: list[TargetSuggestion] = field(default_factory=list)
    # The student's own teacher (not an admin looking on): may set targets and review.
    may_act: bool = True
    # What the teacher types and reads ("S001"); `student_id` is the roster's key.
    handle: str = ""

    @property
    def badge_summary(self) -> BadgeSummary:
        return summarise_badges(self.badges)

    @property
    def has_validated_levels(self) -> bool:
        """A chart has something to draw."""
        return any(p.movement is not None for p in self.skills.values())


_SKILLS = {skill.value: skill for skill in Skill}
_LEVELS = {level.value: level for level in Level}


def visible_student(session: Session, viewer: Viewer, student_id: str) -> Student:
    """The student, if this viewer may see them; the same error whether absent or not theirs,
    so an id probe reveals nothing."""
    student = session.get(Student, student_id)
    if student is None or not may_see(session, viewer, student.id):
        raise NotFound(f"No student {student_id.strip()[:10]} in your class.")
    return student


def own_student(session: Session, viewer: Viewer, student_id: str) -> Student:
    """The student, if this viewer teaches them; otherwise the same answer as no student."""
    student = visible_student(session, viewer, student_id)
    if not may_act(session, viewer, student.id):
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
    latest: dict[Skill, tuple[Level, bool, date]] = {}
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
        latest.setdefault(skill, (level, validated, observed_on))
    skills: dict[Skill, SkillProgress] = {}
    for skill, (level, validated, observed_on) in latest.items():
        history = validated_levels.get(skill, [])
        before = history[1] if len(history) >= 2 else None
        movement = Movement.between(history[0], before) if history else None
        grew_from = before if movement is Movement.GREW else None
        skills[skill] = SkillProgress(skill, level, validated, movement, observed_on, grew_from)
    badges = _badges(session, student.id)
    targets = [
        ActiveTarget(Skill(t.skill), Level(t.starting_level), Level(t.target_level))
        for t in session.scalars(
            select(SkillTarget).where(
                SkillTarget.student_id == student.id,
                SkillTarget.status == TargetStatus.ACTIVE.value,
            )
        )
    ]
    # Suggestions only for the student's own teachers: an admin looks but sets no target.
    acting = may_act(session, viewer, student.id)
    suggestions = (
        within_reach(
            {skill: history[0] for skill, history in validated_levels.items()},
            {target.skill for target in targets},
        )
        if acting
        else []
    )
    return StudentProgress(
        student_id=student.id,
        student_name=student.name,
        skills=skills,
        badges=badges,
        targets=targets,
        awaiting_review=awaiting,
        suggestions=suggestions,
        may_act=acting,
        handle=student.handle,
    )


def _badges(session: Session, student_id: str) -> list[EarnedBadge]:
    # A badge was earned when the level that earned it was validated; a granted one when
    # the teacher granted it.
    earned_at = func.coalesce(Assessment.reviewed_at, Badge.awarded_at)
    rows = session.execute(
        select(Badge.skill, Badge.level, earned_at)
        .outerjoin(Assessment, Assessment.id == Badge.assessment_id)
        .where(Badge.student_id == student_id)
        .order_by(earned_at, Badge.id)
    )
    return [_earned(skill, level, at) for skill, level, at in rows]


def _earned(skill: str, level_name: str, at: datetime | None) -> EarnedBadge:
    level = Level(level_name)
    tier = BadgeTier.for_level(level)
    if tier is None:  # the database admits no Emerging badge
        raise ValueError(f"a {level_name} badge has no tier")
    return EarnedBadge(_SKILLS[skill], level, tier, _day_of(at))


def _day_of(at: datetime | None) -> date | None:
    if at is None:
        return None
    # SQLite hands back naive datetimes; every stored instant is UTC.
    return (at if at.tzinfo else at.replace(tzinfo=UTC)).date()
