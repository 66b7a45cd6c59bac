"""Undoing a review: for ten minutes after an accept, a correction or a dismissal, the
teacher may take it back, and everything it brought goes with it in the same transaction.

- The assessment is pending again, with the level the assessor proposed.
- A correction is deleted, so the assessor's worked examples no longer learn from it.
- A badge it earned is revoked; if another validated assessment earns the same badge, the
  badge is that one's instead (the student still holds it, earned when that one was).
- A target it completed is open again, unless another validated level reaches it; if the
  teacher set a new target on the skill meanwhile, the old one is kept as cancelled history.

After ten minutes the review stands: a teacher can still correct the record by reviewing
later evidence, but what others may have seen (a digest, a badge) is not silently rewritten.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from domain.access import Viewer
from domain.curriculum import Level
from domain.db import rowcount
from domain.errors import InvalidInput
from domain.models import (
    VALIDATED_VALUES,
    Assessment,
    Badge,
    ReviewState,
    SkillTarget,
    TargetStatus,
    TeacherCorrection,
    utcnow,
)
from domain.teacher_review import own_assessment

UNDO_WINDOW = timedelta(minutes=10)
TOO_LATE = (
    "That was reviewed more than 10 minutes ago, so it can no longer be undone. "
    "Later evidence can still change where the student stands."
)


@dataclass(frozen=True)
class Undone:
    assessment_id: int
    entry_id: int
    # What was undone; None when the assessment was already pending (a double click).
    undone: ReviewState | None
    badges_revoked: int = 0
    targets_reopened: int = 0

    @property
    def changed(self) -> bool:
        return self.undone is not None


PURGED = "Its evidence was removed after the retention period, so the review stays."


def undoable(state: ReviewState, reviewed_at: datetime | None, now: datetime) -> bool:
    """Whether a review may still be undone at `now`."""
    return (
        state is not ReviewState.PENDING
        and reviewed_at is not None
        and now - reviewed_at <= UNDO_WINDOW
    )


def undo(
    session: Session, viewer: Viewer, assessment_id: int, *, now: datetime | None = None
) -> Undone:
    """Take back the review of one assessment; refused (InvalidInput) after the window."""
    now = now or utcnow()
    assessment = own_assessment(session, viewer, assessment_id)
    state = ReviewState(assessment.review_state)
    if state is ReviewState.PENDING:
        return Undone(assessment.id, assessment.entry_id, None)
    if not undoable(state, assessment.reviewed_at, now):
        raise InvalidInput(TOO_LATE)
    if assessment.purged_at is not None:
        # Its words are gone: back in the queue it would be an item nobody can judge.
        raise InvalidInput(PURGED)
    correction = session.scalars(
        select(TeacherCorrection).where(TeacherCorrection.assessment_id == assessment.id)
    ).one_or_none()
    values: dict[str, object] = {
        "review_state": ReviewState.PENDING.value,
        "reviewed_by": None,
        "reviewed_at": None,
    }
    if correction is not None:
        values["level"] = correction.original_level
    rows = Assessment.__table__.c
    result = session.execute(
        update(Assessment.__table__)
        .where(rows.id == assessment.id, rows.review_state == state.value)
        .values(**values)
    )
    if rowcount(result) != 1:  # a second undo got there first
        session.refresh(assessment)
        return Undone(assessment.id, assessment.entry_id, None)
    if correction is not None:
        session.execute(delete(TeacherCorrection).where(TeacherCorrection.id == correction.id))
    revoked = _revoke_badges(session, assessment.id)
    reopened = _reopen_targets(session, assessment.id)
    session.expire(assessment)
    return Undone(assessment.id, assessment.entry_id, state, revoked, reopened)


def _other_validations(
    session: Session, student_id: str, skill: str, not_id: int
) -> list[tuple[int, Level, datetime]]:
    """The student's other validated assessments on a skill, earliest review first."""
    rows = session.execute(
        select(Assessment.id, Assessment.level, Assessment.reviewed_at)
        .where(
            Assessment.student_id == student_id,
            Assessment.skill == skill,
            Assessment.id != not_id,
            Assessment.review_state.in_(VALIDATED_VALUES),
        )
        .order_by(Assessment.reviewed_at, Assessment.id)
    ).all()
    return [(row.id, Level(row.level), row.reviewed_at) for row in rows]


def _revoke_badges(session: Session, assessment_id: int) -> int:
    badges = session.scalars(
        select(Badge).where(Badge.assessment_id == assessment_id, Badge.granted_by.is_(None))
    ).all()
    revoked = 0
    for badge in badges:
        others = _other_validations(session, badge.student_id, badge.skill, assessment_id)
        earner = next((o for o in others if o[1].value == badge.level), None)
        if earner is not None:
            badge.assessment_id, badge.awarded_at = earner[0], earner[2]
        else:
            session.delete(badge)
            revoked += 1
    session.flush()
    return revoked


def _reopen_targets(session: Session, assessment_id: int) -> int:
    targets = session.scalars(
        select(SkillTarget).where(SkillTarget.completed_by_assessment_id == assessment_id)
    ).all()
    reopened = 0
    for target in targets:
        goal = Level(target.target_level)
        others = _other_validations(session, target.student_id, target.skill, assessment_id)
        reacher = next(
            (o for o in others if o[1].rank >= goal.rank and o[2] >= target.created_at), None
        )
        if reacher is not None:
            target.completed_by_assessment_id, target.completed_at = reacher[0], reacher[2]
            continue
        active = session.scalar(
            select(SkillTarget.id).where(
                SkillTarget.student_id == target.student_id,
                SkillTarget.skill == target.skill,
                SkillTarget.status == TargetStatus.ACTIVE.value,
            )
        )
        # Only one active target per skill: a newer one set meanwhile stands.
        target.status = (
            TargetStatus.CANCELLED.value if active is not None else TargetStatus.ACTIVE.value
        )
        target.completed_at = None
        target.completed_by_assessment_id = None
        reopened += 1
        session.flush()
    return reopened
