"""Review: a dismissed state, an optional correction reason, and where a file lives in Slack.

- `assessments.review_state` may be `dismissed`: the teacher said the quote is not
  evidence of that skill (a negative example for the assessor, no level, no badge).
- `teacher_corrections.reason` holds the modal's quick choice (the evidence shows more,
  less, other); `justification` becomes optional, since the reason is.
- `upload_receipts.permalink` keeps Slack's permalink to the shared file, so a review
  message links each quote to its document.

Downgrading turns dismissed items back into pending ones (the old schema cannot say "not
this skill") and gives a correction without words its quick choice as its words.

Revision ID: 0008
Revises: 0005
Create Date: 2026-12-08
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WHITESPACE = " \t\n\r\x0b\x0c"
OLD_STATES = "review_state IN ('pending', 'accepted', 'corrected')"
NEW_STATES = "review_state IN ('pending', 'accepted', 'corrected', 'dismissed')"
OLD_JUSTIFICATION = f"length(ltrim(justification, '{WHITESPACE}')) > 0"
NEW_JUSTIFICATION = f"justification IS NULL OR length(ltrim(justification, '{WHITESPACE}')) > 0"
REASONS = "reason IS NULL OR reason IN ('shows_more', 'shows_less', 'other')"


def upgrade() -> None:
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


def downgrade() -> None:
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
