"""Evidence retention: an entry's text and an assessment's words may be purged.

`FLOURISH_RETENTION_DAYS` purges the evidence text of old entries (domain/retention.py).
With levels kept, the row stays and its words go: `data_entries.content` and
`student_turns`, `assessments.evidence_quote` and `justification` become nullable, and a
`purged_at` on each says when. The checks keep the rule exact: text is present (and not
blank) unless purged, and a purged row holds none.

The reporting views read `assessments`, which SQLite rebuilds here, so they are dropped
first and made again as 0012 made them.

Downgrading needs every row to hold its text; it refuses while any is purged rather than
invent words.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02
"""

from collections.abc import Sequence
from types import ModuleType

import sqlalchemy as sa
from alembic import op

from migrations import revision_module

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WHITESPACE = " \t\n\r\x0b\x0c"


def _not_blank(column: str) -> str:
    return f"length(ltrim({column}, '{WHITESPACE}')) > 0"


def _present_unless_purged(column: str) -> str:
    return f"purged_at IS NOT NULL OR (({column}) IS NOT NULL AND {_not_blank(column)})"


def _views_0012() -> ModuleType:
    return revision_module("0012_classes_and_enrollments.py")


def _recreate_views() -> None:
    views = _views_0012()
    views._create_views(
        views._summary(
            "       students.teacher_id,\n", "       students.handle,\n       students.school_id,\n"
        )
    )


def _drop_views() -> None:
    _views_0012()._drop_views()


ENTRY_PURGED = "purged_at IS NULL OR (content IS NULL AND student_turns IS NULL)"
ASSESSMENT_PURGED = "purged_at IS NULL OR (evidence_quote IS NULL AND justification IS NULL)"


def upgrade() -> None:
    _drop_views()
    with op.batch_alter_table("data_entries") as batch:
        batch.add_column(sa.Column("purged_at", sa.DateTime(timezone=True), nullable=True))
        batch.alter_column("content", existing_type=sa.Text(), nullable=True)
        batch.drop_constraint(op.f("ck_data_entries_content_not_blank"), type_="check")
        batch.create_check_constraint(
            op.f("ck_data_entries_content_not_blank"), _present_unless_purged("content")
        )
        batch.create_check_constraint(op.f("ck_data_entries_purged_text_gone"), ENTRY_PURGED)
    with op.batch_alter_table("assessments") as batch:
        batch.add_column(sa.Column("purged_at", sa.DateTime(timezone=True), nullable=True))
        batch.alter_column("evidence_quote", existing_type=sa.Text(), nullable=True)
        batch.alter_column("justification", existing_type=sa.Text(), nullable=True)
        batch.drop_constraint(op.f("ck_assessments_evidence_quote_not_blank"), type_="check")
        batch.drop_constraint(op.f("ck_assessments_justification_not_blank"), type_="check")
        batch.create_check_constraint(
            op.f("ck_assessments_evidence_quote_not_blank"),
            _present_unless_purged("evidence_quote"),
        )
        batch.create_check_constraint(
            op.f("ck_assessments_justification_not_blank"),
            _present_unless_purged("justification"),
        )
        batch.create_check_constraint(op.f("ck_assessments_purged_text_gone"), ASSESSMENT_PURGED)
    op.create_index("ix_data_entries_purged_at", "data_entries", ["purged_at"])
    _recreate_views()


def downgrade() -> None:
    connection = op.get_bind()
    purged = connection.execute(
        sa.text(
            "SELECT (SELECT count(*) FROM data_entries WHERE purged_at IS NOT NULL) + "
            "(SELECT count(*) FROM assessments WHERE purged_at IS NOT NULL)"
        )
    ).scalar_one()
    if purged:
        raise RuntimeError(
            f"{purged} entries or assessments have had their text purged by retention; "
            "the schema before 0013 cannot hold them. Delete them first."
        )
    _drop_views()
    op.drop_index("ix_data_entries_purged_at", table_name="data_entries")
    with op.batch_alter_table("assessments") as batch:
        batch.drop_constraint(op.f("ck_assessments_purged_text_gone"), type_="check")
        batch.drop_constraint(op.f("ck_assessments_evidence_quote_not_blank"), type_="check")
        batch.drop_constraint(op.f("ck_assessments_justification_not_blank"), type_="check")
        batch.create_check_constraint(
            op.f("ck_assessments_evidence_quote_not_blank"), _not_blank("evidence_quote")
        )
        batch.create_check_constraint(
            op.f("ck_assessments_justification_not_blank"), _not_blank("justification")
        )
        batch.alter_column("evidence_quote", existing_type=sa.Text(), nullable=False)
        batch.alter_column("justification", existing_type=sa.Text(), nullable=False)
        batch.drop_column("purged_at")
    with op.batch_alter_table("data_entries") as batch:
        batch.drop_constraint(op.f("ck_data_entries_purged_text_gone"), type_="check")
        batch.drop_constraint(op.f("ck_data_entries_content_not_blank"), type_="check")
        batch.create_check_constraint(
            op.f("ck_data_entries_content_not_blank"), _not_blank("content")
        )
        batch.alter_column("content", existing_type=sa.Text(), nullable=False)
        batch.drop_column("purged_at")
    _recreate_views()
