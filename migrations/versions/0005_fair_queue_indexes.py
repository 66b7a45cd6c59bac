"""Indexes for the fair claim: when each teacher, and each upload, was last served.

A worker takes the entry of the teacher served least recently, and within a teacher the
upload served least recently (domain/queue.py). "Last served" is the latest `assessed_at`
among that teacher's (or upload's) entries: these indexes answer it from the index alone,
however long a teacher's history.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
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
