"""Indexes: review-queue pages from the index alone; foreign keys that deletes scan.

The review queue's index gains the assessment id, so a page of 20 ids is read from the
index before any row is fetched. Deleting a student cascades to assessments, and each
deleted assessment sets badges and targets that point to it to NULL: without an index on
those columns every deletion scans them. Likewise teacher references on large tables.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PENDING = sa.text("review_state = 'pending'")


def upgrade() -> None:
    op.drop_index("ix_assessments_review_queue", table_name="assessments")
    op.create_index(
        "ix_assessments_review_queue",
        "assessments",
        ["student_id", "confidence", "id"],
        postgresql_where=PENDING,
        sqlite_where=PENDING,
    )
    op.create_index("ix_assessments_reviewed_by", "assessments", ["reviewed_by"])
    op.create_index("ix_data_entries_teacher_id", "data_entries", ["teacher_id"])
    op.create_index("ix_badges_assessment_id", "badges", ["assessment_id"])
    op.create_index(
        "ix_skill_targets_completed_by_assessment_id",
        "skill_targets",
        ["completed_by_assessment_id"],
    )
    op.create_index("ix_skill_targets_student_id_skill", "skill_targets", ["student_id", "skill"])


def downgrade() -> None:
    op.drop_index("ix_skill_targets_student_id_skill", table_name="skill_targets")
    op.drop_index("ix_skill_targets_completed_by_assessment_id", table_name="skill_targets")
    op.drop_index("ix_badges_assessment_id", table_name="badges")
    op.drop_index("ix_data_entries_teacher_id", table_name="data_entries")
    op.drop_index("ix_assessments_reviewed_by", table_name="assessments")
    op.drop_index("ix_assessments_review_queue", table_name="assessments")
    op.create_index(
        "ix_assessments_review_queue",
        "assessments",
        ["student_id", "confidence"],
        postgresql_where=PENDING,
        sqlite_where=PENDING,
    )
