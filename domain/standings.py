"""Where each student stands, computed from their assessments: the reference for the
`student_standings` rows the database keeps on every write (migration 0015).

The trigger is the only writer in normal running. This computes the same figures from
scratch, set-based, for the two places a trigger cannot serve: a bulk load that bypassed it
(the benchmarks' COPY) and the check that the kept rows are right (`stale_standings`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, Select, case, delete, func, insert, select

from domain.curriculum import Level
from domain.models import Assessment, ReviewState, StudentStanding

LEVEL_COLUMNS = {
    Level.EMERGING: StudentStanding.emerging_skills,
    Level.DEVELOPING: StudentStanding.developing_skills,
    Level.PROFICIENT: StudentStanding.proficient_skills,
    Level.ADVANCED: StudentStanding.advanced_skills,
}
# A row of `student_standings` read with these columns (or any row naming them).
COLUMNS = (
    StudentStanding.student_id,
    *LEVEL_COLUMNS.values(),
    StudentStanding.pending_assessments,
    StudentStanding.lowest_pending_confidence,
)


def levels_of(row: Any) -> Counter[Level]:
    """How many skills stand at each level, from a row holding the level columns (a student
    with no standing row, from an outer join, has none)."""
    return Counter(
        {level: n for level, column in LEVEL_COLUMNS.items() if (n := getattr(row, column.key))}
    )


def computed_standings() -> Select[str, int, int, int, int, int, float | None]:
    """One row per student with assessments, in `COLUMNS` order."""
    visible = Assessment.review_state != ReviewState.DISMISSED.value
    pending = Assessment.review_state == ReviewState.PENDING.value
    ranked = select(
        Assessment.student_id,
        Assessment.level,
        Assessment.confidence,
        pending.label("pending"),
        case(
            (
                visible,
                func.row_number().over(
                    partition_by=(Assessment.student_id, Assessment.skill, visible),
                    order_by=(Assessment.observed_on.desc(), Assessment.id.desc()),
                ),
            )
        ).label("newest"),
    ).subquery()
    latest = ranked.c.newest == 1
    return select(
        ranked.c.student_id,
        *(
            func.sum(case((latest & (ranked.c.level == level.value), 1), else_=0))
            for level in Level
        ),
        func.sum(case((ranked.c.pending, 1), else_=0)),
        func.min(case((ranked.c.pending, ranked.c.confidence))),
    ).group_by(ranked.c.student_id)


def rebuild_standings(connection: Connection) -> None:
    """Every student's row computed afresh, in the caller's transaction."""
    connection.execute(delete(StudentStanding))
    connection.execute(
        insert(StudentStanding).from_select([c.key for c in COLUMNS], computed_standings())
    )


def stale_standings(connection: Connection) -> list[tuple[object, object]]:
    """(kept, computed) for each student where the two differ: empty when the trigger has
    kept every standing right. A row of zeros counts as no row (a student whose
    assessments were all dismissed or deleted may keep one)."""
    kept = _by_student(connection.execute(select(*COLUMNS)))
    computed = _by_student(connection.execute(computed_standings()))
    return [
        (kept.get(key), computed.get(key))
        for key in sorted(kept.keys() | computed.keys())
        if kept.get(key) != computed.get(key)
    ]


def _by_student(rows: Iterable[Sequence[Any]]) -> dict[str, tuple[Any, ...]]:
    return {row[0]: tuple(row) for row in rows if any(row[1:-1]) or row[-1] is not None}
