"""Review: a dismissed state, an optional correction reason, and where a file lives in Slack.

- `assessments.review_state` may be `dismissed`: the teacher said the quote is not
  evidence of that skill (a negative example for the assessor, no level, no badge).
- `teacher_corrections.reason` holds the modal's quick choice (the evidence shows more,
  less, other); `justification` becomes optional, since the reason is.
- `upload_receipts.permalink` keeps Slack's permalink to the shared file, so a review
  message links each quote to its document.

The reporting views (0007) read `assessments`, which SQLite rebuilds here, so they are
dropped first and made again, now counting only accepted and corrected items as validated
and leaving dismissed ones out of "latest" (as domain/levels.py does).

Downgrading turns dismissed items back into pending ones (the old schema cannot say "not
this skill") and gives a correction without words its quick choice as its words.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01
"""

import importlib.util
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WHITESPACE = " \t\n\r\x0b\x0c"
OLD_STATES = "review_state IN ('pending', 'accepted', 'corrected')"
NEW_STATES = "review_state IN ('pending', 'accepted', 'corrected', 'dismissed')"
OLD_JUSTIFICATION = f"length(ltrim(justification, '{WHITESPACE}')) > 0"
NEW_JUSTIFICATION = f"justification IS NULL OR length(ltrim(justification, '{WHITESPACE}')) > 0"
REASONS = "reason IS NULL OR reason IN ('shows_more', 'shows_less', 'other')"

VIEWS = ("student_progress_summary", "latest_assessments")
# Newest first within (student, skill), among the items that hold a level.
_RANKED_COLUMNS = """
    SELECT id, student_id, skill, category, level, observed_on, review_state,
           ROW_NUMBER() OVER (
               PARTITION BY student_id, skill ORDER BY observed_on DESC, id DESC
           ) AS newest
    FROM assessments
"""
_VALIDATED = "review_state IN ('accepted', 'corrected')"

LATEST_ASSESSMENTS = f"""
CREATE VIEW latest_assessments AS
SELECT latest.student_id,
       latest.skill,
       latest.category,
       latest.id AS assessment_id,
       latest.level,
       latest.observed_on,
       latest.review_state,
       latest.{_VALIDATED} AS validated,
       checked.id AS validated_assessment_id,
       checked.level AS validated_level,
       checked.observed_on AS validated_observed_on
FROM ({_RANKED_COLUMNS} WHERE review_state <> 'dismissed') AS latest
LEFT JOIN ({_RANKED_COLUMNS} WHERE {_VALIDATED}) AS checked
       ON checked.student_id = latest.student_id
      AND checked.skill = latest.skill
      AND checked.newest = 1
WHERE latest.newest = 1
"""


def _reporting_views_0007() -> ModuleType:
    """The views as 0007 made them: what a downgrade puts back, and the summary, whose
    text changes only in what counts as validated."""
    path = Path(__file__).with_name("0007_reporting_views.py")
    spec = importlib.util.spec_from_file_location("reporting_views_0007", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _drop_views() -> None:
    for view in VIEWS:
        op.execute(f"DROP VIEW IF EXISTS {view}")


def upgrade() -> None:
    _drop_views()
    with op.batch_alter_table("assessments") as batch:
        batch.drop_constraint(op.f("ck_assessments_review"), type_="check")
        batch.create_check_constraint(op.f("ck_assessments_review"), NEW_STATES)
    with op.batch_alter_table("teacher_corrections") as batch:
        batch.add_column(sa.Column("reason", sa.String(length=16), nullable=True))
        batch.alter_column("justification", existing_type=sa.Text(), nullable=True)
        batch.drop_constraint(op.f("ck_teacher_corrections_justification_not_blank"), type_="check")
        batch.create_check_constraint(
            op.f("ck_teacher_corrections_justification_not_blank"), NEW_JUSTIFICATION
        )
        batch.create_check_constraint(op.f("ck_teacher_corrections_reason"), REASONS)
    with op.batch_alter_table("upload_receipts") as batch:
        batch.add_column(sa.Column("permalink", sa.String(length=1000), nullable=True))
    op.execute(LATEST_ASSESSMENTS)
    summary = _reporting_views_0007().STUDENT_PROGRESS_SUMMARY
    op.execute(summary.replace("review_state <> 'pending'", _VALIDATED))


def downgrade() -> None:
    _drop_views()
    with op.batch_alter_table("upload_receipts") as batch:
        batch.drop_column("permalink")
    op.execute(
        "UPDATE teacher_corrections SET justification = CASE reason "
        "WHEN 'shows_more' THEN 'Evidence shows more' "
        "WHEN 'shows_less' THEN 'Evidence shows less' "
        "ELSE 'Corrected by the teacher' END WHERE justification IS NULL"
    )
    with op.batch_alter_table("teacher_corrections") as batch:
        batch.drop_constraint(op.f("ck_teacher_corrections_reason"), type_="check")
        batch.drop_constraint(op.f("ck_teacher_corrections_justification_not_blank"), type_="check")
        batch.create_check_constraint(
            op.f("ck_teacher_corrections_justification_not_blank"), OLD_JUSTIFICATION
        )
        batch.alter_column("justification", existing_type=sa.Text(), nullable=False)
        batch.drop_column("reason")
    op.execute(
        "UPDATE assessments SET review_state = 'pending', reviewed_by = NULL, "
        "reviewed_at = NULL WHERE review_state = 'dismissed'"
    )
    with op.batch_alter_table("assessments") as batch:
        batch.drop_constraint(op.f("ck_assessments_review"), type_="check")
        batch.create_check_constraint(op.f("ck_assessments_review"), OLD_STATES)
    earlier = _reporting_views_0007()
    op.execute(earlier.LATEST_ASSESSMENTS)
    op.execute(earlier.STUDENT_PROGRESS_SUMMARY)
