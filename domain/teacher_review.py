"""A teacher's review of an assessment: accept it, correct its level (a reason is
optional: a quick choice, words, or both), or dismiss it (the quote is not evidence of
that skill). Undoing any of them is domain/undo.py.

Validated levels (accepted or corrected) are what badges and targets follow; a dismissed
item holds no level. Each service is idempotent: the change is a conditional update of a
still-pending assessment, so a double click, a replayed request or a second instance
changes nothing twice.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from domain.access import Viewer, may_act
from domain.badges import AwardedBadge, award_for_validation
from domain.curriculum import Level, Skill
from domain.db import rowcount
from domain.errors import InvalidField, NotFound
from domain.models import (
    Assessment,
    CorrectionReason,
    DataEntry,
    EntryStatus,
    ReviewState,
    Student,
    TeacherCorrection,
    utcnow,
)
from domain.progress import own_student
from domain.targets import Target, complete_reached_targets

JUSTIFICATION_LIMIT = 1000
NOTES_LIMIT = 1000


@dataclass(frozen=True)
class Validation:
    assessment_id: int
    entry_id: int
    student_id: str
    skill: Skill
    level: Level
    # What the assessment now is (for a replay: what someone else decided first).
    state: ReviewState
    # False when the assessment had already been reviewed: nothing changed this time.
    changed: bool
    badge: AwardedBadge | None = None
    targets_completed: list[Target] = field(default_factory=list)


def accept(
    session: Session, viewer: Viewer, assessment_id: int, *, at: datetime | None = None
) -> Validation:
    """`at` (default now) is when the teacher validated: a replayed term dates its own."""
    assessment = own_assessment(session, viewer, assessment_id)
    changed = _mark_reviewed(session, viewer, assessment, ReviewState.ACCEPTED, at=at)
    return _follow_up(session, assessment, changed, at=at)


def correct(
    session: Session,
    viewer: Viewer,
    assessment_id: int,
    *,
    level: Level,
    justification: str | None = None,
    reason: CorrectionReason | None = None,
    notes_for_assessor: str | None = None,
    at: datetime | None = None,
) -> Validation:
    """Store the teacher's level and, if given, their reason; the correction teaches the
    assessor (few-shot), the notes too."""
    assessment = own_assessment(session, viewer, assessment_id)
    justification = (justification or "").strip() or None
    notes = (notes_for_assessor or "").strip() or None
    if assessment.review_state != ReviewState.PENDING.value:
        return _follow_up(session, assessment, changed=False)
    original = Level(assessment.level)
    if level is original:
        raise InvalidField(
            "level", f"{level.value} is the level proposed: use Accept, or choose another level."
        )
    if justification is not None and len(justification) > JUSTIFICATION_LIMIT:
        raise InvalidField(
            "justification", f"Please keep the reason under {JUSTIFICATION_LIMIT} characters."
        )
    if notes is not None and len(notes) > NOTES_LIMIT:
        raise InvalidField("notes", f"Please keep the notes under {NOTES_LIMIT} characters.")
    changed = _mark_reviewed(session, viewer, assessment, ReviewState.CORRECTED, level=level, at=at)
    if changed:
        session.add(
            TeacherCorrection(
                assessment_id=assessment.id,
                teacher_id=viewer.teacher_id,
                original_level=original.value,
                corrected_level=level.value,
                reason=reason.value if reason else None,
                justification=justification,
                notes_for_assessor=notes,
                created_at=at or utcnow(),
            )
        )
        session.flush()
    return _follow_up(session, assessment, changed, at=at)


def dismiss(
    session: Session, viewer: Viewer, assessment_id: int, *, at: datetime | None = None
) -> Validation:
    """The quote is not evidence of this skill: no level, no badge, and the assessor is
    shown it as a negative example (domain/examples.py)."""
    assessment = own_assessment(session, viewer, assessment_id)
    changed = _mark_reviewed(session, viewer, assessment, ReviewState.DISMISSED, at=at)
    return _follow_up(session, assessment, changed, at=at)


def accept_many(
    session: Session, viewer: Viewer, assessment_ids: Collection[int]
) -> list[Validation]:
    """Accept these assessments (what a message showed or the teacher ticked). Every id is
    checked: one that is not the viewer's to act on refuses the whole click."""
    return [
        accept(session, viewer, assessment_id) for assessment_id in dict.fromkeys(assessment_ids)
    ]


def accept_all(session: Session, viewer: Viewer, entry_id: int) -> list[Validation]:
    """Accept every assessment of an entry still awaiting review."""
    return accept_selected(session, viewer, entry_id, None)


def accept_selected(
    session: Session, viewer: Viewer, entry_id: int, assessment_ids: Collection[int] | None
) -> list[Validation]:
    """Accept the entry's pending assessments among `assessment_ids` (None: all of them).
    Ids of other entries are ignored: a selection names this entry's items only."""
    entry = session.get(DataEntry, entry_id)
    if entry is None:
        raise NotFound("That entry no longer exists.")
    own_student(session, viewer, entry.student_id)
    query = select(Assessment.id).where(
        Assessment.entry_id == entry_id,
        Assessment.review_state == ReviewState.PENDING.value,
    )
    if assessment_ids is not None:
        query = query.where(Assessment.id.in_(list(assessment_ids)))
    pending = session.scalars(query.order_by(Assessment.id)).all()
    return [accept(session, viewer, assessment_id) for assessment_id in pending]


def own_assessment(session: Session, viewer: Viewer, assessment_id: int) -> Assessment:
    # One query for both: the student is then at hand for re-drawing the message.
    found = session.execute(
        select(Assessment, Student)
        .join(Student, Student.id == Assessment.student_id)
        .where(Assessment.id == assessment_id)
    ).first()
    if found is None or not may_act(session, viewer, found.Student.id):
        # The same words whether missing or another teacher's: an id probe learns nothing.
        raise NotFound("That assessment no longer exists.")
    return found.Assessment


def _mark_reviewed(
    session: Session,
    viewer: Viewer,
    assessment: Assessment,
    state: ReviewState,
    *,
    level: Level | None = None,
    at: datetime | None = None,
) -> bool:
    values: dict[str, object] = {
        "review_state": state.value,
        "reviewed_by": viewer.teacher_id,
        "reviewed_at": at or utcnow(),
    }
    if level is not None:
        values["level"] = level.value
    # Core, on the table: the ORM's bulk UPDATE machinery cost more than the round trip.
    rows = Assessment.__table__.c
    result = session.execute(
        update(Assessment.__table__)
        .where(rows.id == assessment.id, rows.review_state == ReviewState.PENDING.value)
        .values(**values)
    )
    if rowcount(result) != 1:
        # Someone else validated it first: read what they decided.
        session.refresh(assessment)
        return False
    # What the row now holds is what was just written; no need to read it back.
    for name, value in values.items():
        set_committed_value(assessment, name, value)
    return True


def _follow_up(
    session: Session, assessment: Assessment, changed: bool, *, at: datetime | None = None
) -> Validation:
    skill, level = Skill(assessment.skill), Level(assessment.level)
    state = ReviewState(assessment.review_state)
    badge = None
    targets: list[Target] = []
    if changed and state.validated:
        badge = award_for_validation(
            session,
            student_id=assessment.student_id,
            skill=skill,
            level=level,
            assessment_id=assessment.id,
            at=at,
        )
        targets = complete_reached_targets(
            session,
            student_id=assessment.student_id,
            skill=skill,
            level=level,
            assessment_id=assessment.id,
            at=at,
        )
    return Validation(
        assessment_id=assessment.id,
        entry_id=assessment.entry_id,
        student_id=assessment.student_id,
        skill=skill,
        level=level,
        state=state,
        changed=changed,
        badge=badge,
        targets_completed=targets,
    )


def retry_entry(session: Session, viewer: Viewer, entry_id: int) -> bool:
    """Queue a failed entry for a fresh round of attempts; True if it was failed."""
    entry = session.get(DataEntry, entry_id)
    if entry is None:
        raise NotFound("That entry no longer exists.")
    own_student(session, viewer, entry.student_id)
    retried = session.execute(
        update(DataEntry)
        # A purged entry has no words left to assess: it stays failed.
        .where(
            DataEntry.id == entry_id,
            DataEntry.status == EntryStatus.FAILED.value,
            DataEntry.purged_at.is_(None),
        )
        .values(
            status=EntryStatus.PENDING.value,
            attempts=0,
            next_attempt_at=None,
            last_error=None,
            # Told again when it is done: the new message replaces nothing.
            announced_at=None,
            review_channel_id=None,
            review_message_ts=None,
        )
    )
    return rowcount(retried) == 1
