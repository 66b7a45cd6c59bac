"""Reporting views for a district's data team: where each student stands, without their words.

`latest_assessments` holds one row per (student, skill): the assessment from the newest
evidence (observed_on, then the newest assessment on the same day), as `latest_levels`
and `/progress` read it, whether a teacher has validated it (accepted or corrected; a
correction has already replaced `level` with the teacher's), and beside it the newest
validated level, which is what badges and targets follow. `student_progress_summary`
holds one row per student on the roster (zeros when nothing is assessed yet): how many
skills and assessments, and the skills at each level, validated levels counted apart from
proposals still awaiting review.

Ids, codes, dates and counts only: no quote, justification, correction reason, document
text or name, so a BI tool given these views alone (docs/reporting.md) reads no student's
words. Plain SQL both databases run the same way (window functions: SQLite 3.25+).

A later migration that rebuilds `assessments` or `students` (SQLite batch mode, or a
column type change on PostgreSQL) must drop these views first and create them again after:
both databases refuse to rename or retype what a view reads.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Newest first within (student, skill), as domain/levels.py orders it.
_RANKED = """
    SELECT id, student_id, skill, category, level, observed_on, review_state,
           ROW_NUMBER() OVER (
               PARTITION BY student_id, skill ORDER BY observed_on DESC, id DESC
           ) AS newest
    FROM assessments
"""

LATEST_ASSESSMENTS = f"""
CREATE VIEW latest_assessments AS
SELECT latest.student_id,
       latest.skill,
       latest.category,
       latest.id AS assessment_id,
       latest.level,
       latest.observed_on,
       latest.review_state,
       latest.review_state <> 'pending' AS validated,
       checked.id AS validated_assessment_id,
       checked.level AS validated_level,
       checked.observed_on AS validated_observed_on
FROM ({_RANKED}) AS latest
LEFT JOIN ({_RANKED} WHERE review_state <> 'pending') AS checked
       ON checked.student_id = latest.student_id
      AND checked.skill = latest.skill
      AND checked.newest = 1
WHERE latest.newest = 1
"""

LEVELS = ("Emerging", "Developing", "Proficient", "Advanced")


def _per_level(prefix: str, condition: str, level_column: str) -> str:
    return ",\n".join(
        f"SUM(CASE WHEN {condition} AND {level_column} = '{level}' THEN 1 ELSE 0 END)"
        f" AS {prefix}_{level.lower()}"
        for level in LEVELS
    )


def _coalesced(columns: Sequence[str]) -> str:
    return ",\n".join(f"COALESCE(standing.{c}, 0) AS {c}" for c in columns)


_STANDING_COLUMNS = (
    "skills_assessed",
    "skills_validated",
    *(f"validated_{level.lower()}" for level in LEVELS),
    *(f"proposed_{level.lower()}" for level in LEVELS),
)

STUDENT_PROGRESS_SUMMARY = f"""
CREATE VIEW student_progress_summary AS
SELECT students.id AS student_id,
       students.teacher_id,
       COALESCE(counted.assessments, 0) AS assessments,
       COALESCE(counted.validated_assessments, 0) AS validated_assessments,
       COALESCE(counted.proposed_assessments, 0) AS proposed_assessments,
       {_coalesced(_STANDING_COLUMNS)}
FROM students
LEFT JOIN (
    SELECT student_id,
           COUNT(*) AS assessments,
           SUM(CASE WHEN review_state <> 'pending' THEN 1 ELSE 0 END) AS validated_assessments,
           SUM(CASE WHEN review_state = 'pending' THEN 1 ELSE 0 END) AS proposed_assessments
    FROM assessments
    GROUP BY student_id
) AS counted ON counted.student_id = students.id
LEFT JOIN (
    SELECT student_id,
           COUNT(*) AS skills_assessed,
           COUNT(validated_level) AS skills_validated,
           {_per_level("validated", "validated_level IS NOT NULL", "validated_level")},
           {_per_level("proposed", "review_state = 'pending'", "level")}
    FROM latest_assessments
    GROUP BY student_id
) AS standing ON standing.student_id = students.id
"""


def upgrade() -> None:
    op.execute(LATEST_ASSESSMENTS)
    op.execute(STUDENT_PROGRESS_SUMMARY)


def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS student_progress_summary")
    op.execute("DROP VIEW IF EXISTS latest_assessments")
