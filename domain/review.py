"""The review queue: assessments waiting for a teacher, least certain first."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import BindParameter, Row, Select, bindparam, func, select
from sqlalchemy.orm import Session

from domain.access import students_of
from domain.announcements import share_entry_ids
from domain.curriculum import EntryType, Level, Skill
from domain.models import Assessment, DataEntry, ReviewState, Student, StudentStanding


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


# Built once: constructing it anew was a fifth of a page's time at district scale.
_TEACHER: BindParameter[str] = bindparam("teacher_id")
_WAITING = select(
    StudentStanding.student_id,
    StudentStanding.pending_assessments,
    StudentStanding.lowest_pending_confidence,
).where(
    StudentStanding.student_id.in_(students_of(_TEACHER, acting=True)),
    StudentStanding.pending_assessments > 0,
)


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
    if upload is not None:
        return _share_page(session, teacher_id, upload, limit=limit, offset=offset)
    # The total and where to look both come from the row the database keeps per student
    # (migration 0015), not from the teacher's thousands of pending items at district scale.
    waiting = session.execute(_WAITING, {"teacher_id": teacher_id}).all()
    total = sum(row.pending_assessments for row in waiting)
    if offset >= total or limit <= 0:
        return ReviewPage(items=[], total=total, offset=offset)
    # Each student's lowest pending confidence is one item at or under it, so the K = offset
    # + limit lowest of those bound the page: at least K items lie at or under the K-th, so
    # every item of the page does, and only the students whose lowest is at or under it
    # hold one. The page then reads a few index entries per student, not all of them.
    wanted = offset + limit
    lowest = sorted(row.lowest_pending_confidence for row in waiting)
    bound = lowest[wanted - 1] if len(lowest) >= wanted else None
    students = [
        row.student_id for row in waiting if bound is None or row.lowest_pending_confidence <= bound
    ]
    rows = session.execute(
        _QUEUE_PAGE,
        {
            "students": students,
            # Confidence is at most 1 (a check constraint): no bound reads them all.
            "bound": 1.0 if bound is None else bound,
            "limit": limit,
            "offset": offset,
        },
    ).all()
    return ReviewPage(items=_items(rows), total=total, offset=offset)


def _share_page(
    session: Session, teacher_id: str, upload: str, *, limit: int, offset: int
) -> ReviewPage:
    """One share's pending items: a few entries, counted and paged as they are."""
    pending = select(Assessment.id).where(
        Assessment.student_id.in_(students_of(teacher_id, acting=True)),
        Assessment.review_state == ReviewState.PENDING.value,
        Assessment.entry_id.in_(share_entry_ids(upload)),
    )
    total = session.scalar(select(func.count()).select_from(pending.subquery())) or 0
    if offset >= total:
        return ReviewPage(items=[], total=total, offset=offset)
    page = _page(pending.add_columns(Assessment.confidence), limit, offset)
    return ReviewPage(items=_items(session.execute(page).all()), total=total, offset=offset)


def _page(candidates: Select[int, float], limit: Any, offset: Any) -> Select[*tuple[Any, ...]]:
    """The page of `candidates` (assessment id, confidence): ids first, from the review-queue
    index alone, then the rows for those few."""
    page = (
        candidates.order_by(Assessment.confidence, Assessment.id)
        .limit(limit)
        .offset(offset)
        .subquery()
    )
    # Plain columns, not ORM objects: building entities was most of this call's time.
    return (
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
        )
        .join(page, page.c.id == Assessment.id)
        # Never purged while pending (retention removes those), but never shown wordless.
        .where(Assessment.purged_at.is_(None))
        .join(Student, Student.id == Assessment.student_id)
        .join(DataEntry, DataEntry.id == Assessment.entry_id)
        .order_by(page.c.confidence, page.c.id)
    )


# The queue's page, built once like `_WAITING`: which students, the bound and the slice are
# parameters.
_QUEUE_PAGE = _page(
    select(Assessment.id, Assessment.confidence).where(
        Assessment.student_id.in_(bindparam("students", expanding=True)),
        Assessment.review_state == ReviewState.PENDING.value,
        Assessment.confidence <= bindparam("bound"),
    ),
    bindparam("limit"),
    bindparam("offset"),
)


def _items(rows: Sequence[Row[Any]]) -> list[ReviewItem]:
    return [
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
