"""Choosing worked examples for the assessor from what teachers validated.

Corrections and dismissals come first, with the teacher's reasons: they are what the
assessor most needs to learn (a dismissed item is a negative example: that quote shows
nothing for that skill). A review that was undone is pending again and teaches nothing.
Then the same entry type, then skills this student has been assessed on. Levels
are balanced so the examples do not pull every answer one way; the count and each text are
bounded so the prompt stays small; the order is shuffled, reproducibly per entry. Examples
come from the same teacher's class only: every name in them is one the pseudonymiser knows.
"""

from __future__ import annotations

import random
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from domain.assessors.base import Example
from domain.curriculum import EntryType, Level, Skill
from domain.models import (
    Assessment,
    CorrectionReason,
    DataEntry,
    ReviewState,
    TeacherCorrection,
)

MAX_EXAMPLES = 6
MAX_TEXT_CHARS = 280
CANDIDATE_POOL = 200


class CandidateCache:
    """A teacher's candidate pool, reused for `ttl` across the entries of one worker run.

    Every entry of a class reads the same pool; reading it once per minute instead of once
    per entry takes most of the example cost off the pipeline. A correction made meanwhile
    reaches the assessor within `ttl`.
    """

    def __init__(self, ttl: timedelta = timedelta(seconds=60)) -> None:
        self._ttl = ttl.total_seconds()
        self._pools: dict[str, tuple[float, list[Row[*tuple[Any, ...]]]]] = {}
        self._lock = threading.Lock()

    def pool(
        self, teacher_id: str, load: Callable[[], list[Row[*tuple[Any, ...]]]]
    ) -> list[Row[*tuple[Any, ...]]]:
        now = time.monotonic()
        with self._lock:
            cached = self._pools.get(teacher_id)
        if cached and now - cached[0] < self._ttl:
            return cached[1]
        rows = load()
        with self._lock:
            self._pools[teacher_id] = (now, rows)
        return rows


def select_examples(
    session: Session,
    *,
    teacher_id: str,
    student_id: str,
    entry_type: EntryType,
    seed: int,
    limit: int = MAX_EXAMPLES,
    cache: CandidateCache | None = None,
) -> list[Example]:
    def load() -> list[Row[*tuple[Any, ...]]]:
        return _candidates(session, teacher_id)

    rows = cache.pool(teacher_id, load) if cache else load()
    if not rows:
        return []
    student_skills = set(
        session.scalars(
            select(Assessment.skill).where(Assessment.student_id == student_id).distinct()
        )
    )

    by_level: dict[str, list[tuple[int, int, Row[*tuple[Any, ...]]]]] = defaultdict(list)
    for order, row in enumerate(rows):
        taught = row.correction_id is not None or row.review_state == ReviewState.DISMISSED.value
        score = (
            4 * taught + 2 * (row.entry_type == entry_type.value) + (row.skill in student_skills)
        )
        # Dismissals are their own group, so negative examples never crowd out the levels.
        group = "dismissed" if row.review_state == ReviewState.DISMISSED.value else row.level
        by_level[group].append((-score, order, row))

    # Round-robin over levels, best-scored first within each; only the kept few are built.
    chosen: list[Example] = []
    queues = [sorted(candidates, key=lambda c: c[:2]) for _, candidates in sorted(by_level.items())]
    while len(chosen) < limit and any(queues):
        for queue in queues:
            if queue and len(chosen) < limit:
                chosen.append(_example(queue.pop(0)[2]))
    random.Random(seed).shuffle(chosen)
    return chosen


def _candidates(session: Session, teacher_id: str) -> list[Row[*tuple[Any, ...]]]:
    """The teacher's validated assessments, corrections first, newest first."""
    # Plain columns: building ORM objects for the whole pool cost more than the SQL.
    rows = session.execute(
        select(
            Assessment.skill,
            Assessment.level,
            Assessment.evidence_quote,
            Assessment.justification,
            Assessment.review_state,
            DataEntry.entry_type,
            TeacherCorrection.id.label("correction_id"),
            TeacherCorrection.original_level,
            TeacherCorrection.reason,
            TeacherCorrection.justification.label("teacher_justification"),
            TeacherCorrection.notes_for_assessor,
        )
        .join(DataEntry, DataEntry.id == Assessment.entry_id)
        .outerjoin(TeacherCorrection, TeacherCorrection.assessment_id == Assessment.id)
        .where(
            # The teacher's own reviews: what they taught, whoever else teaches the student.
            Assessment.reviewed_by == teacher_id,
            Assessment.review_state != ReviewState.PENDING.value,
            # Retention removed its words: nothing left to show the assessor.
            Assessment.purged_at.is_(None),
        )
        .order_by(
            TeacherCorrection.id.is_(None),
            Assessment.review_state != ReviewState.DISMISSED.value,
            Assessment.reviewed_at.desc(),
        )
        .limit(CANDIDATE_POOL)
    ).all()
    return list(rows)


def _example(row: Row[*tuple[Any, ...]]) -> Example:
    corrected = row.correction_id is not None
    justification = row.justification
    if corrected:
        justification = row.teacher_justification or _reason_words(row)
    return Example(
        skill=Skill(row.skill),
        level=Level(row.level),
        evidence_quote=_bounded(row.evidence_quote),
        justification=_bounded(justification),
        entry_type=EntryType(row.entry_type),
        corrected_from=Level(row.original_level) if corrected else None,
        teacher_notes=(
            _bounded(row.notes_for_assessor) if corrected and row.notes_for_assessor else None
        ),
        dismissed=row.review_state == ReviewState.DISMISSED.value,
    )


def _reason_words(row: Row[*tuple[Any, ...]]) -> str:
    """A correction the teacher gave no words for: its quick choice, or the bare fact."""
    said = f"The teacher reads this as {row.level}, not {row.original_level}"
    if row.reason:
        return f"{CorrectionReason(row.reason).label}: {said[0].lower()}{said[1:]}."
    return f"{said}."


def _bounded(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_TEXT_CHARS else text[: MAX_TEXT_CHARS - 1] + "\u2026"
