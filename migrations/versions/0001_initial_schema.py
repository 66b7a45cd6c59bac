"""Initial schema: roster, evidence, assessments, reviews, targets, badges, digests.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "teachers",
        sa.Column("id", sa.String(length=7), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=True),
        sa.Column("slack_user_id", sa.String(length=32), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "length(id) BETWEEN 4 AND 7 AND substr(id, 1, 1) = 'T' AND substr(id, 2, 1) IN ('0', '1', '2', '3', '4', '5', '6', '7', '8', '9') AND substr(id, 3, 1) IN ('0', '1', '2', '3', '4', '5', '6', '7', '8', '9') AND substr(id, 4, 1) IN ('0', '1', '2', '3', '4', '5', '6', '7', '8', '9') AND (length(id) < 5 OR substr(id, 5, 1) IN ('0', '1', '2', '3', '4', '5', '6', '7', '8', '9')) AND (length(id) < 6 OR substr(id, 6, 1) IN ('0', '1', '2', '3', '4', '5', '6', '7', '8', '9')) AND (length(id) < 7 OR substr(id, 7, 1) IN ('0', '1', '2', '3', '4', '5', '6', '7', '8', '9'))",
            name=op.f("ck_teachers_id_format"),
        ),
        sa.CheckConstraint(
            "length(ltrim(name, ' \t\n\r\x0b\x0c')) > 0", name=op.f("ck_teachers_name_not_blank")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_teachers")),
        sa.UniqueConstraint("email", name=op.f("uq_teachers_email")),
        sa.UniqueConstraint("slack_user_id", name=op.f("uq_teachers_slack_user_id")),
    )
    op.create_table(
        "digest_deliveries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("teacher_id", sa.String(length=7), nullable=False),
        sa.Column("week_start", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("channel_id", sa.String(length=32), nullable=True),
        sa.Column("message_ts", sa.String(length=32), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "status IN ('pending', 'sent', 'failed')", name=op.f("ck_digest_deliveries_status")
        ),
        sa.CheckConstraint(
            "attempts >= 0", name=op.f("ck_digest_deliveries_attempts_not_negative")
        ),
        sa.ForeignKeyConstraint(
            ["teacher_id"],
            ["teachers.id"],
            name=op.f("fk_digest_deliveries_teacher_id_teachers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_digest_deliveries")),
        sa.UniqueConstraint(
            "teacher_id", "week_start", name=op.f("uq_digest_deliveries_teacher_id_week_start")
        ),
    )
    op.create_table(
        "students",
        sa.Column("id", sa.String(length=7), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("grade", sa.SmallInteger(), nullable=False),
        sa.Column("teacher_id", sa.String(length=7), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "length(id) BETWEEN 4 AND 7 AND substr(id, 1, 1) = 'S' AND substr(id, 2, 1) IN ('0', '1', '2', '3', '4', '5', '6', '7', '8', '9') AND substr(id, 3, 1) IN ('0', '1', '2', '3', '4', '5', '6', '7', '8', '9') AND substr(id, 4, 1) IN ('0', '1', '2', '3', '4', '5', '6', '7', '8', '9') AND (length(id) < 5 OR substr(id, 5, 1) IN ('0', '1', '2', '3', '4', '5', '6', '7', '8', '9')) AND (length(id) < 6 OR substr(id, 6, 1) IN ('0', '1', '2', '3', '4', '5', '6', '7', '8', '9')) AND (length(id) < 7 OR substr(id, 7, 1) IN ('0', '1', '2', '3', '4', '5', '6', '7', '8', '9'))",
            name=op.f("ck_students_id_format"),
        ),
        sa.CheckConstraint("grade BETWEEN 1 AND 12", name=op.f("ck_students_grade_range")),
        sa.CheckConstraint(
            "length(ltrim(name, ' \t\n\r\x0b\x0c')) > 0", name=op.f("ck_students_name_not_blank")
        ),
        sa.ForeignKeyConstraint(
            ["teacher_id"],
            ["teachers.id"],
            name=op.f("fk_students_teacher_id_teachers"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_students")),
    )
    op.create_index(op.f("ix_students_teacher_id"), "students", ["teacher_id"], unique=False)
    op.create_table(
        "data_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("student_id", sa.String(length=7), nullable=False),
        sa.Column("teacher_id", sa.String(length=7), nullable=True),
        sa.Column("entry_type", sa.String(length=40), nullable=False),
        sa.Column("entry_date", sa.Date(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("student_turns", sa.Text(), nullable=True),
        sa.Column("source_kind", sa.String(length=16), nullable=False),
        sa.Column("source_ref", sa.String(length=80), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=True),
        sa.Column("uploaded_by", sa.String(length=64), nullable=True),
        sa.Column(
            "metadata",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("lease_expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("dropped_items", sa.Integer(), nullable=False),
        sa.Column("drop_reasons", sa.JSON(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("assessed_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "entry_type IN ('group_discussion_transcript', 'peer_tutoring_transcript', 'project_presentation_transcript', 'reflection_journal', 'peer_feedback', 'teacher_observation_note', 'parent_note')",
            name=op.f("ck_data_entries_entry_type"),
        ),
        sa.CheckConstraint(
            "source_kind IN ('slack_file', 'file')", name=op.f("ck_data_entries_source_kind")
        ),
        sa.CheckConstraint(
            "status IN ('pending', 'processing', 'assessed', 'failed')",
            name=op.f("ck_data_entries_status"),
        ),
        sa.CheckConstraint("attempts >= 0", name=op.f("ck_data_entries_attempts_not_negative")),
        sa.CheckConstraint(
            "dropped_items >= 0", name=op.f("ck_data_entries_dropped_items_not_negative")
        ),
        sa.CheckConstraint(
            "length(ltrim(content, ' \t\n\r\x0b\x0c')) > 0",
            name=op.f("ck_data_entries_content_not_blank"),
        ),
        sa.CheckConstraint(
            "length(ltrim(source_ref, ' \t\n\r\x0b\x0c')) > 0",
            name=op.f("ck_data_entries_source_ref_not_blank"),
        ),
        sa.CheckConstraint(
            "student_turns IS NULL OR length(ltrim(student_turns, ' \t\n\r\x0b\x0c')) > 0",
            name=op.f("ck_data_entries_student_turns"),
        ),
        sa.ForeignKeyConstraint(
            ["student_id"],
            ["students.id"],
            name=op.f("fk_data_entries_student_id_students"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["teacher_id"],
            ["teachers.id"],
            name=op.f("fk_data_entries_teacher_id_teachers"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_data_entries")),
        sa.UniqueConstraint("id", "student_id", name=op.f("uq_data_entries_id_student_id")),
        sa.UniqueConstraint(
            "student_id", "source_ref", name=op.f("uq_data_entries_student_id_source_ref")
        ),
    )
    if op.get_bind().dialect.name == "postgresql":
        # Lets PostgreSQL answer containment queries on entry metadata (header fields, speakers).
        op.create_index(
            "ix_data_entries_metadata",
            "data_entries",
            ["metadata"],
            unique=False,
            postgresql_using="gin",
        )
    op.create_index(
        "ix_data_entries_queue",
        "data_entries",
        ["id"],
        unique=False,
        postgresql_where=sa.text("status IN ('pending', 'processing')"),
        sqlite_where=sa.text("status IN ('pending', 'processing')"),
    )
    op.create_index(
        "ix_data_entries_student_id_entry_date",
        "data_entries",
        ["student_id", "entry_date"],
        unique=False,
    )
    op.create_table(
        "assessments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("student_id", sa.String(length=7), nullable=False),
        sa.Column("skill", sa.String(length=40), nullable=False),
        sa.Column("category", sa.String(length=16), nullable=False),
        sa.Column("level", sa.String(length=16), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("evidence_quote", sa.Text(), nullable=False),
        sa.Column("justification", sa.Text(), nullable=False),
        sa.Column("model", sa.String(length=100), nullable=False),
        sa.Column("rubric_version", sa.String(length=16), nullable=False),
        sa.Column("observed_on", sa.Date(), nullable=False),
        sa.Column("review_state", sa.String(length=16), nullable=False),
        sa.Column("reviewed_by", sa.String(length=7), nullable=True),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "(category = 'SEL' AND skill IN ('Self-Awareness', 'Self-Management', 'Social Awareness', 'Relationship Skills', 'Responsible Decision-Making')) OR (category = 'EF' AND skill IN ('Working Memory', 'Inhibitory Control', 'Cognitive Flexibility', 'Planning & Prioritization', 'Organization', 'Task Initiation')) OR (category = '21st_Century' AND skill IN ('Critical Thinking', 'Communication', 'Collaboration', 'Creativity & Innovation', 'Digital Literacy', 'Global Awareness'))",
            name=op.f("ck_assessments_skill_in_category"),
        ),
        sa.CheckConstraint(
            "(review_state = 'pending') = (reviewed_at IS NULL)",
            name=op.f("ck_assessments_reviewed_at_set"),
        ),
        sa.CheckConstraint(
            "category IN ('SEL', 'EF', '21st_Century')", name=op.f("ck_assessments_category")
        ),
        sa.CheckConstraint(
            "level IN ('Emerging', 'Developing', 'Proficient', 'Advanced')",
            name=op.f("ck_assessments_level"),
        ),
        sa.CheckConstraint(
            "review_state IN ('pending', 'accepted', 'corrected')",
            name=op.f("ck_assessments_review"),
        ),
        sa.CheckConstraint(
            "skill IN ('Self-Awareness', 'Self-Management', 'Social Awareness', 'Relationship Skills', 'Responsible Decision-Making', 'Working Memory', 'Inhibitory Control', 'Cognitive Flexibility', 'Planning & Prioritization', 'Organization', 'Task Initiation', 'Critical Thinking', 'Communication', 'Collaboration', 'Creativity & Innovation', 'Digital Literacy', 'Global Awareness')",
            name=op.f("ck_assessments_skill"),
        ),
        sa.CheckConstraint(
            "confidence >= 0 AND confidence <= 1", name=op.f("ck_assessments_confidence_range")
        ),
        sa.CheckConstraint(
            "length(ltrim(evidence_quote, ' \t\n\r\x0b\x0c')) > 0",
            name=op.f("ck_assessments_evidence_quote_not_blank"),
        ),
        sa.CheckConstraint(
            "length(ltrim(justification, ' \t\n\r\x0b\x0c')) > 0",
            name=op.f("ck_assessments_justification_not_blank"),
        ),
        sa.ForeignKeyConstraint(
            ["entry_id", "student_id"],
            ["data_entries.id", "data_entries.student_id"],
            name=op.f("fk_assessments_entry_id_student_id_data_entries"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["reviewed_by"],
            ["teachers.id"],
            name=op.f("fk_assessments_reviewed_by_teachers"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["student_id"],
            ["students.id"],
            name=op.f("fk_assessments_student_id_students"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessments")),
        sa.UniqueConstraint("entry_id", "skill", name=op.f("uq_assessments_entry_id_skill")),
    )
    op.create_index(
        "ix_assessments_latest",
        "assessments",
        ["student_id", "skill", "observed_on", "id"],
        unique=False,
    )
    op.create_index(
        "ix_assessments_review_queue",
        "assessments",
        ["student_id", "confidence"],
        unique=False,
        postgresql_where=sa.text("review_state = 'pending'"),
        sqlite_where=sa.text("review_state = 'pending'"),
    )
    op.create_table(
        "badges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("student_id", sa.String(length=7), nullable=False),
        sa.Column("skill", sa.String(length=40), nullable=False),
        sa.Column("level", sa.String(length=16), nullable=False),
        sa.Column("awarded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=True),
        sa.Column("granted_by", sa.String(length=7), nullable=True),
        sa.CheckConstraint(
            "level IN ('Developing', 'Proficient', 'Advanced')", name=op.f("ck_badges_level")
        ),
        sa.CheckConstraint(
            "skill IN ('Self-Awareness', 'Self-Management', 'Social Awareness', 'Relationship Skills', 'Responsible Decision-Making', 'Working Memory', 'Inhibitory Control', 'Cognitive Flexibility', 'Planning & Prioritization', 'Organization', 'Task Initiation', 'Critical Thinking', 'Communication', 'Collaboration', 'Creativity & Innovation', 'Digital Literacy', 'Global Awareness')",
            name=op.f("ck_badges_skill"),
        ),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessments.id"],
            name=op.f("fk_badges_assessment_id_assessments"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["granted_by"],
            ["teachers.id"],
            name=op.f("fk_badges_granted_by_teachers"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["student_id"],
            ["students.id"],
            name=op.f("fk_badges_student_id_students"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_badges")),
        sa.UniqueConstraint(
            "student_id", "skill", "level", name=op.f("uq_badges_student_id_skill_level")
        ),
    )
    op.create_index("ix_badges_awarded_at", "badges", ["awarded_at"], unique=False)
    op.create_table(
        "skill_targets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("student_id", sa.String(length=7), nullable=False),
        sa.Column("skill", sa.String(length=40), nullable=False),
        sa.Column("starting_level", sa.String(length=16), nullable=False),
        sa.Column("target_level", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("assigned_by", sa.String(length=7), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("completed_by_assessment_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "(CASE target_level WHEN 'Emerging' THEN 1 WHEN 'Developing' THEN 2 WHEN 'Proficient' THEN 3 WHEN 'Advanced' THEN 4 END) > (CASE starting_level WHEN 'Emerging' THEN 1 WHEN 'Developing' THEN 2 WHEN 'Proficient' THEN 3 WHEN 'Advanced' THEN 4 END)",
            name=op.f("ck_skill_targets_target_above_start"),
        ),
        sa.CheckConstraint(
            "(status = 'completed') = (completed_at IS NOT NULL)",
            name=op.f("ck_skill_targets_completed_at_set"),
        ),
        sa.CheckConstraint(
            "skill IN ('Self-Awareness', 'Self-Management', 'Social Awareness', 'Relationship Skills', 'Responsible Decision-Making', 'Working Memory', 'Inhibitory Control', 'Cognitive Flexibility', 'Planning & Prioritization', 'Organization', 'Task Initiation', 'Critical Thinking', 'Communication', 'Collaboration', 'Creativity & Innovation', 'Digital Literacy', 'Global Awareness')",
            name=op.f("ck_skill_targets_skill"),
        ),
        sa.CheckConstraint(
            "starting_level IN ('Emerging', 'Developing', 'Proficient', 'Advanced')",
            name=op.f("ck_skill_targets_starting_level"),
        ),
        sa.CheckConstraint(
            "status IN ('active', 'completed', 'cancelled')", name=op.f("ck_skill_targets_status")
        ),
        sa.CheckConstraint(
            "target_level IN ('Emerging', 'Developing', 'Proficient', 'Advanced')",
            name=op.f("ck_skill_targets_target_level"),
        ),
        sa.ForeignKeyConstraint(
            ["assigned_by"],
            ["teachers.id"],
            name=op.f("fk_skill_targets_assigned_by_teachers"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["completed_by_assessment_id"],
            ["assessments.id"],
            name=op.f("fk_skill_targets_completed_by_assessment_id_assessments"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["student_id"],
            ["students.id"],
            name=op.f("fk_skill_targets_student_id_students"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_skill_targets")),
    )
    op.create_index(
        "uq_skill_targets_active",
        "skill_targets",
        ["student_id", "skill"],
        unique=True,
        postgresql_where=sa.text("status = 'active'"),
        sqlite_where=sa.text("status = 'active'"),
    )
    op.create_table(
        "teacher_corrections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("teacher_id", sa.String(length=7), nullable=True),
        sa.Column("original_level", sa.String(length=16), nullable=False),
        sa.Column("corrected_level", sa.String(length=16), nullable=False),
        sa.Column("justification", sa.Text(), nullable=False),
        sa.Column("notes_for_assessor", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "corrected_level IN ('Emerging', 'Developing', 'Proficient', 'Advanced')",
            name=op.f("ck_teacher_corrections_corrected_level"),
        ),
        sa.CheckConstraint(
            "original_level IN ('Emerging', 'Developing', 'Proficient', 'Advanced')",
            name=op.f("ck_teacher_corrections_original_level"),
        ),
        sa.CheckConstraint(
            "length(ltrim(justification, ' \t\n\r\x0b\x0c')) > 0",
            name=op.f("ck_teacher_corrections_justification_not_blank"),
        ),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessments.id"],
            name=op.f("fk_teacher_corrections_assessment_id_assessments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["teacher_id"],
            ["teachers.id"],
            name=op.f("fk_teacher_corrections_teacher_id_teachers"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_teacher_corrections")),
        sa.UniqueConstraint("assessment_id", name=op.f("uq_teacher_corrections_assessment_id")),
    )
    op.create_index(
        "ix_teacher_corrections_created_at", "teacher_corrections", ["created_at"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_teacher_corrections_created_at", table_name="teacher_corrections")
    op.drop_table("teacher_corrections")
    op.drop_index(
        "uq_skill_targets_active",
        table_name="skill_targets",
        postgresql_where=sa.text("status = 'active'"),
        sqlite_where=sa.text("status = 'active'"),
    )
    op.drop_table("skill_targets")
    op.drop_index("ix_badges_awarded_at", table_name="badges")
    op.drop_table("badges")
    op.drop_index(
        "ix_assessments_review_queue",
        table_name="assessments",
        postgresql_where=sa.text("review_state = 'pending'"),
        sqlite_where=sa.text("review_state = 'pending'"),
    )
    op.drop_index("ix_assessments_latest", table_name="assessments")
    op.drop_table("assessments")
    op.drop_index("ix_data_entries_student_id_entry_date", table_name="data_entries")
    op.drop_index(
        "ix_data_entries_queue",
        table_name="data_entries",
        postgresql_where=sa.text("status IN ('pending', 'processing')"),
        sqlite_where=sa.text("status IN ('pending', 'processing')"),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.drop_index("ix_data_entries_metadata", table_name="data_entries", postgresql_using="gin")
    op.drop_table("data_entries")
    op.drop_index(op.f("ix_students_teacher_id"), table_name="students")
    op.drop_table("students")
    op.drop_table("digest_deliveries")
    op.drop_table("teachers")
