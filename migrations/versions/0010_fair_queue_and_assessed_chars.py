"""The fair claim's indexes, and how much of a long entry its assessor was given.

A worker takes the entry of the teacher served least recently, and within a teacher the
upload served least recently (domain/queue.py). "Last served" is the latest `assessed_at`
among that teacher's (or upload's) entries: these indexes answer it from the index alone,
however long a teacher's history.

`assessed_chars` is set when an entry's own text was longer than the assessor's cap
(domain/assessed_text.py): the number of its characters that were assessed, so the teacher
is told only the first part was read. NULL: all of it.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("data_entries") as batch:
        batch.add_column(sa.Column("assessed_chars", sa.Integer(), nullable=True))
        batch.create_check_constraint(op.f("ck_data_entries_assessed_chars"), "assessed_chars > 0")
    op.create_index(
        "ix_data_entries_teacher_id_assessed_at", "data_entries", ["teacher_id", "assessed_at"]
    )
    op.create_index(
        "ix_data_entries_teacher_id_source_ref_assessed_at",
        "data_entries",
        ["teacher_id", "source_ref", "assessed_at"],
    )


def downgrade() -> None:
    op.drop_index("ix_data_entries_teacher_id_source_ref_assessed_at", table_name="data_entries")
    op.drop_index("ix_data_entries_teacher_id_assessed_at", table_name="data_entries")
    with op.batch_alter_table("data_entries") as batch:
        batch.drop_constraint(op.f("ck_data_entries_assessed_chars"), type_="check")
        batch.drop_column("assessed_chars")
