"""Choosing worked examples for the assessor from what teachers validated.

Corrections come first, with the teacher's reasons: they are what the assessor most needs
to learn. Then the same entry type, then skills this student has been assessed on. Levels
are balanced so the examples do not pull every answer one way; the count and each text are
bounded so the prompt stays small; the order is shuffled, reproducibly per entry. Examples
come from the same teacher's class only: every name in them is one the pseudonymiser knows.
"""

from __future__ import annotations

import random
from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from domain.assessors.base import Example
from domain.curriculum import EntryType, Level, Skill
from domain.models import Assessment, DataEntry, ReviewState, Student, TeacherCorrection

MAX_EXAMPLES = 6
MAX_TEXT_CHARS = 280
CANDIDATE_POOL = 200


def select_examples(
    session: Session,
    *,
    teacher_id: str,
    student_id: str,
    entry_type: EntryType,
    seed: int,
    limit: int = MAX_EXAMPLES,
) -> list[Example]:
    rows = session.execute(
        select(Assessment, TeacherCorrection, DataEntry.entry_type)
        .join(Student, Student.id == Assessment.student_id)
        .join(DataEntry, DataEntry.id == Assessment.entry_id)
        .outerjoin(TeacherCorrection, TeacherCorrection.assessment_id == Assessment.id)
        .where(
            Student.teacher_id == teacher_id,
            Assessment.review_state != ReviewState.PENDING.value,
        )
        .order_by(TeacherCorrection.id.is_(None), Assessment.reviewed_at.desc())
        .limit(CANDIDATE_POOL)
    ).all()
    if not rows:
        return []
    student_skills = set(
        session.scalars(
            select(Assessment.skill).where(Assessment.student_id == student_id).distinct()
        )
    )

    by_level: dict[Level, list[tuple[int, int, Example]]] = defaultdict(list)
    for order, (assessment, correction, kind) in enumerate(rows):
        score = (
            4 * (correction is not None)
            + 2 * (kind == entry_type.value)
            + (assessment.skill in student_skills)
        )
        by_level[Level(assessment.level)].append(
            (-score, order, _example(assessment, correction, EntryType(kind)))
        )

    chosen: list[Example] = []
    queues = [sorted(candidates) for _, candidates in sorted(by_level.items())]
    while len(chosen) < limit and any(queues):
        for queue in queues:
            if queue and len(chosen) < limit:
                chosen.append(queue.pop(0)[2])
    random.Random(seed).shuffle(chosen)
    return chosen


def _example(
    assessment: Assessment, correction: TeacherCorrection | None, kind: EntryType
) -> Example:
    return Example(
        skill=Skill(assessment.skill),
        level=Level(assessment.level),
        evidence_quote=_bounded(assessment.evidence_quote),
        justification=_bounded(
            correction.justification if correction else assessment.justification
        ),
        entry_type=kind,
        corrected_from=Level(correction.original_level) if correction else None,
        teacher_notes=(
            _bounded(correction.notes_for_assessor)
            if correction and correction.notes_for_assessor
            else None
        ),
    )


def _bounded(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_TEXT_CHARS else text[: MAX_TEXT_CHARS - 1] + "\u2026"
