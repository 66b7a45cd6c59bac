"""Check-in answers: a teacher's "Checked in" or "Not needed" to a digest's suggestion.

One row per answered suggestion, named by what the suggestion rested on (`basis`), so the
digest does not make the same suggestion again and `flourish checkins report` can count how
often the rule was worth following.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-08
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SKILLS = (
    "'Self-Awareness', 'Self-Management', 'Social Awareness', 'Relationship Skills', "
    "'Responsible Decision-Making', 'Working Memory', 'Inhibitory Control', "
    "'Cognitive Flexibility', 'Planning & Prioritization', 'Organization', 'Task Initiation', "
    "'Critical Thinking', 'Communication', 'Collaboration', 'Creativity & Innovation', "
    "'Digital Literacy', 'Global Awareness'"
)


def upgrade() -> None:
    op.create_table(
        "checkin_answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("student_id", sa.String(length=7), nullable=False),
        sa.Column("teacher_id", sa.String(length=7), nullable=True),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("skill", sa.String(length=40), nullable=True),
        sa.Column("basis", sa.String(length=40), nullable=False),
        sa.Column("week_start", sa.Date(), nullable=False),
        sa.Column("answer", sa.String(length=16), nullable=False),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "answer IN ('checked_in', 'not_needed')", name=op.f("ck_checkin_answers_answer")
        ),
        sa.CheckConstraint(
            "kind IN ('no_recent_evidence', 'no_evidence_yet', 'sustained_change')",
            name=op.f("ck_checkin_answers_kind"),
        ),
        sa.CheckConstraint(
            f"skill IS NULL OR skill IN ({SKILLS})", name=op.f("ck_checkin_answers_skill")
        ),
        sa.CheckConstraint("length(basis) > 0", name=op.f("ck_checkin_answers_basis_not_empty")),
        sa.ForeignKeyConstraint(
            ["student_id"],
            ["students.id"],
            name=op.f("fk_checkin_answers_student_id_students"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["teacher_id"],
            ["teachers.id"],
            name=op.f("fk_checkin_answers_teacher_id_teachers"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkin_answers")),
        sa.UniqueConstraint(
            "student_id", "kind", "basis", name=op.f("uq_checkin_answers_student_id_kind_basis")
        ),
    )
    op.create_index(
        "ix_checkin_answers_answered_at", "checkin_answers", ["answered_at"], unique=False
    )
    op.create_index(
        "ix_checkin_answers_teacher_id", "checkin_answers", ["teacher_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_checkin_answers_teacher_id", table_name="checkin_answers")
    op.drop_index("ix_checkin_answers_answered_at", table_name="checkin_answers")
    op.drop_table("checkin_answers")
