"""The review queue: assessments waiting for a teacher, least certain first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from domain.access import students_of
from domain.announcements import share_entry_ids
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
    # What the teacher types and reads ("S001"); `student_id` is the roster's key.
    student_handle: str = ""


@dataclass(frozen=True)
class ReviewPage:
    items: list[ReviewItem]
    total: int
    offset: int


def review_queue(
    session: Session,
    teacher_id: str,
    *,
    limit: int = 20,
    offset: int = 0,
    upload: str | None = None,
) -> ReviewPage:
    """A teacher's pending assessments, lowest confidence first, one page at a time; with
    `upload` (the ts of the message that confirmed a share), only that share's."""
    pending = select(Assessment.id).where(
        Assessment.student_id.in_(students_of(teacher_id, acting=True)),
        Assessment.review_state == ReviewState.PENDING.value,
    )
    if upload is not None:
        pending = pending.where(Assessment.entry_id.in_(share_entry_ids(upload)))
    # The page's ids first, from the review-queue index alone; rows only for those 20. The
    # total rides along as a window count over the same scan: a teacher with six classes
    # has thousands of pending items, and a separate count read them all a second time.
    page = (
        pending.add_columns(Assessment.confidence, func.count().over().label("total"))
        .order_by(Assessment.confidence, Assessment.id)
        .limit(limit)
        .offset(offset)
        .subquery()
    )
    # Plain columns, not ORM objects: building entities was most of this call's time.
    rows = session.execute(
        select(
            Assessment.id,
            Assessment.entry_id,
            Assessment.student_id,
            Student.name,
            Student.handle,
            Assessment.skill,
            Assessment.level,
            Assessment.confidence,
            Assessment.evidence_quote,
            Assessment.justification,
            DataEntry.entry_type,
            Assessment.observed_on,
            page.c.total,
        )
        .join(page, page.c.id == Assessment.id)
        # Never purged while pending (retention removes those), but never shown wordless.
        .where(Assessment.purged_at.is_(None))
        .join(Student, Student.id == Assessment.student_id)
        .join(DataEntry, DataEntry.id == Assessment.entry_id)
        .order_by(page.c.confidence, page.c.id)
    ).all()
    if rows:
        total = rows[0].total
    elif offset == 0 and limit > 0:
        total = 0
    else:
        # A page past the end has no row to carry the total: count on its own.
        total = session.scalar(select(func.count()).select_from(pending.subquery())) or 0
    items = [
        ReviewItem(
            assessment_id=row.id,
            entry_id=row.entry_id,
            student_id=row.student_id,
            student_name=row.name,
            student_handle=row.handle,
            skill=Skill(row.skill),
            level=Level(row.level),
            confidence=row.confidence,
            evidence_quote=row.evidence_quote,
            justification=row.justification,
            entry_type=EntryType(row.entry_type),
            observed_on=row.observed_on,
        )
        for row in rows
    ]
    return ReviewPage(items=items, total=total, offset=offset)
