"""Rosters as schools keep them: schools, classes, enrollments; SIS keys; the access trail.

- `schools`, `academic_sessions`, `classes` and `enrollments` hold the roster as a student
  information system exports it (OneRoster). A member of staff sees the students enrolled
  in their classes (domain/access.py); a student may have any number of teachers.
- `teachers.id` and `students.id` become opaque keys (a OneRoster `sourcedId` as the SIS
  wrote it, up to 128 characters); the short id teachers type (T001, S001) moves to
  `handle`, unique in the district for staff and in the school for students. Every column
  that names a teacher or student is widened to match.
- `active`, `deactivated_at` and `date_last_modified` on people, classes and enrollments:
  a re-import deactivates what the SIS no longer lists; nothing is deleted by a sync.
- `access_log` (who viewed which student's record, where) and `audit_events` (exports,
  deletions, purges): ids and counts only, no foreign keys, so they outlive the records.

Today's data is carried over: each existing student is in the school `default`, their
handle is their id, and one teacher per student becomes a class of that teacher's with the
teacher and each of their students enrolled in it.

The reporting views read `assessments` and `students`, which are rebuilt (SQLite) or
retyped (PostgreSQL) here, so they are dropped first and made again; the summary names the
student's handle and school where it named their one teacher.

Downgrading needs every key to fit the old ids (T/S + digits) and every student to have a
teacher; it says which do not rather than losing anyone.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02
"""

from collections.abc import Sequence
from datetime import UTC, datetime
from types import ModuleType

import sqlalchemy as sa
from alembic import op

from migrations import revision_module

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KEY = 128
OLD_ID = 7
DEFAULT_SCHOOL = "default"
WHITESPACE = " \t\n\r\x0b\x0c"
VIEWS = ("student_progress_summary", "latest_assessments")

# (table, column, old length) for every column naming a teacher or a student.
PERSON_COLUMNS = [
    ("data_entries", "student_id", OLD_ID),
    ("data_entries", "teacher_id", OLD_ID),
    ("assessments", "student_id", OLD_ID),
    ("assessments", "reviewed_by", OLD_ID),
    ("teacher_corrections", "teacher_id", OLD_ID),
    ("skill_targets", "student_id", OLD_ID),
    ("skill_targets", "assigned_by", OLD_ID),
    ("badges", "student_id", OLD_ID),
    ("badges", "granted_by", OLD_ID),
    ("digest_deliveries", "teacher_id", OLD_ID),
    ("checkin_answers", "student_id", OLD_ID),
    ("checkin_answers", "teacher_id", OLD_ID),
    ("upload_receipts", "teacher_id", 16),
    ("upload_receipts", "chosen_student_id", 16),
]


def _not_blank(column: str) -> str:
    return f"length(ltrim({column}, '{WHITESPACE}')) > 0"


def _id_format(column: str, prefix: str) -> str:
    # As domain/models.py writes it for 3 to 6 digits; frozen here as this revision's rule.
    digits = ", ".join(f"'{d}'" for d in "0123456789")
    parts = [f"length({column}) BETWEEN 4 AND 7", f"substr({column}, 1, 1) = '{prefix}'"]
    parts += [f"substr({column}, {i}, 1) IN ({digits})" for i in range(2, 5)]
    parts += [
        f"(length({column}) < {i} OR substr({column}, {i}, 1) IN ({digits}))" for i in (5, 6, 7)
    ]
    return " AND ".join(parts)


def _in(column: str, values: Sequence[str]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def _views_0009() -> ModuleType:
    return revision_module("0009_review_dismiss_undo.py")


def _views_0007() -> ModuleType:
    return _views_0009()._reporting_views_0007()


def _summary(teacher_column: str, person_columns: str) -> str:
    """0009's summary, naming `person_columns` where 0007 named the one teacher."""
    summary = _views_0007().STUDENT_PROGRESS_SUMMARY.replace(
        "review_state <> 'pending'", "review_state IN ('accepted', 'corrected')"
    )
    return summary.replace(teacher_column, person_columns)


def _drop_views() -> None:
    for view in VIEWS:
        op.execute(f"DROP VIEW IF EXISTS {view}")


def _create_views(summary: str) -> None:
    op.execute(_views_0009().LATEST_ASSESSMENTS)
    op.execute(summary)


def _timestamps() -> list[sa.Column]:
    return [
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    ]


def _sync_columns() -> list[sa.Column]:
    return [
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("date_last_modified", sa.DateTime(timezone=True), nullable=True),
    ]


def upgrade() -> None:
    _drop_views()
    op.create_table(
        "schools",
        sa.Column("id", sa.String(KEY), nullable=False),
        sa.Column("name", sa.String(255), nullable=False),
        sa.Column("org_type", sa.String(32), nullable=False),
        sa.Column("identifier", sa.String(255), nullable=True),
        sa.Column("parent_id", sa.String(KEY), nullable=True),
        *_sync_columns(),
        *_timestamps(),
        sa.CheckConstraint(_not_blank("id"), name=op.f("ck_schools_id_not_blank")),
        sa.CheckConstraint(_not_blank("name"), name=op.f("ck_schools_name_not_blank")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_schools")),
    )
    op.create_table(
        "academic_sessions",
        sa.Column("id", sa.String(KEY), nullable=False),
        sa.Column("title", sa.String(255), nullable=False),
        sa.Column("session_type", sa.String(32), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("parent_id", sa.String(KEY), nullable=True),
        sa.Column("school_year", sa.String(16), nullable=True),
        *_sync_columns(),
        sa.CheckConstraint(_not_blank("id"), name=op.f("ck_academic_sessions_id_not_blank")),
        sa.CheckConstraint(_not_blank("title"), name=op.f("ck_academic_sessions_title_not_blank")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_academic_sessions")),
    )

    # Staff: opaque keys, handles, roles and whether the roster still lists them.
    with op.batch_alter_table("teachers") as batch:
        batch.add_column(sa.Column("handle", sa.String(7), nullable=True))
        batch.add_column(sa.Column("role", sa.String(16), nullable=True))
        batch.add_column(sa.Column("active", sa.Boolean(), nullable=True))
        batch.add_column(sa.Column("deactivated_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("date_last_modified", sa.DateTime(timezone=True), nullable=True))
    op.execute("UPDATE teachers SET handle = id, role = 'teacher', active = true")
    with op.batch_alter_table("teachers") as batch:
        batch.alter_column("id", existing_type=sa.String(OLD_ID), type_=sa.String(KEY))
        batch.alter_column("handle", existing_type=sa.String(7), nullable=False)
        batch.alter_column("role", existing_type=sa.String(16), nullable=False)
        batch.alter_column("active", existing_type=sa.Boolean(), nullable=False)
        batch.drop_constraint(op.f("ck_teachers_id_format"), type_="check")
        batch.create_check_constraint(op.f("ck_teachers_id_not_blank"), _not_blank("id"))
        batch.create_check_constraint(op.f("ck_teachers_handle_format"), _id_format("handle", "T"))
        batch.create_check_constraint(
            op.f("ck_teachers_role"), _in("role", ["teacher", "aide", "counselor", "administrator"])
        )
        batch.create_check_constraint(
            op.f("ck_teachers_deactivated_at_set"), "active OR deactivated_at IS NOT NULL"
        )
        batch.create_unique_constraint(op.f("uq_teachers_handle"), ["handle"])

    op.create_table(
        "classes",
        sa.Column("id", sa.String(KEY), nullable=False),
        sa.Column("school_id", sa.String(KEY), nullable=False),
        sa.Column("title", sa.String(255), nullable=False),
        sa.Column("class_code", sa.String(255), nullable=True),
        sa.Column("class_type", sa.String(16), nullable=False),
        sa.Column("session_ids", sa.JSON(), nullable=False),
        *_sync_columns(),
        *_timestamps(),
        sa.CheckConstraint(_not_blank("id"), name=op.f("ck_classes_id_not_blank")),
        sa.CheckConstraint(_not_blank("title"), name=op.f("ck_classes_title_not_blank")),
        sa.CheckConstraint(
            _in("class_type", ["scheduled", "homeroom", "caseload"]),
            name=op.f("ck_classes_class_type"),
        ),
        sa.ForeignKeyConstraint(
            ["school_id"],
            ["schools.id"],
            name=op.f("fk_classes_school_id_schools"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_classes")),
    )
    op.create_index(op.f("ix_classes_school_id"), "classes", ["school_id"])

    # Today's one teacher per student, as a class of that teacher's (before the column goes).
    connection = op.get_bind()
    has_students = connection.execute(sa.text("SELECT count(*) FROM students")).scalar()
    if has_students:
        connection.execute(
            sa.text(
                "INSERT INTO schools (id, name, org_type, active, created_at, updated_at) "
                "VALUES (:id, 'Our school', 'school', true, :now, :now)"
            ),
            {"id": DEFAULT_SCHOOL, "now": _now()},
        )
    connection.execute(
        sa.text(
            "INSERT INTO classes (id, school_id, title, class_type, session_ids, active, "
            "created_at, updated_at) "
            "SELECT 'class-' || teachers.id, :school, teachers.name || '''s students', "
            "'scheduled', '[]', true, :now, :now FROM teachers "
            "WHERE EXISTS (SELECT 1 FROM students WHERE students.teacher_id = teachers.id)"
        ),
        {"school": DEFAULT_SCHOOL, "now": _now()},
    )

    with op.batch_alter_table("students") as batch:
        batch.add_column(sa.Column("handle", sa.String(7), nullable=True))
        batch.add_column(sa.Column("school_id", sa.String(KEY), nullable=True))
        batch.add_column(sa.Column("active", sa.Boolean(), nullable=True))
        batch.add_column(sa.Column("deactivated_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("date_last_modified", sa.DateTime(timezone=True), nullable=True))
    op.execute(
        sa.text("UPDATE students SET handle = id, school_id = :school, active = true").bindparams(
            school=DEFAULT_SCHOOL
        )
    )

    op.create_table(
        "enrollments",
        sa.Column("id", sa.String(KEY), nullable=False),
        sa.Column("class_id", sa.String(KEY), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("student_id", sa.String(KEY), nullable=True),
        sa.Column("teacher_id", sa.String(KEY), nullable=True),
        sa.Column("is_primary", sa.Boolean(), nullable=False),
        sa.Column("begin_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        *_sync_columns(),
        *_timestamps(),
        sa.CheckConstraint(_not_blank("id"), name=op.f("ck_enrollments_id_not_blank")),
        sa.CheckConstraint(
            _in("role", ["student", "teacher", "aide", "advisor", "counselor"]),
            name=op.f("ck_enrollments_role"),
        ),
        sa.CheckConstraint(
            "(role = 'student' AND student_id IS NOT NULL AND teacher_id IS NULL) OR "
            "(role <> 'student' AND teacher_id IS NOT NULL AND student_id IS NULL)",
            name=op.f("ck_enrollments_one_person"),
        ),
        sa.ForeignKeyConstraint(
            ["class_id"],
            ["classes.id"],
            name=op.f("fk_enrollments_class_id_classes"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["student_id"],
            ["students.id"],
            name=op.f("fk_enrollments_student_id_students"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["teacher_id"],
            ["teachers.id"],
            name=op.f("fk_enrollments_teacher_id_teachers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enrollments")),
        sa.UniqueConstraint(
            "class_id", "student_id", name=op.f("uq_enrollments_class_id_student_id")
        ),
        sa.UniqueConstraint(
            "class_id", "teacher_id", name=op.f("uq_enrollments_class_id_teacher_id")
        ),
    )
    op.create_index("ix_enrollments_student_id_class_id", "enrollments", ["student_id", "class_id"])
    op.create_index("ix_enrollments_teacher_id_class_id", "enrollments", ["teacher_id", "class_id"])
    stamp = {"now": _now()}
    connection.execute(
        sa.text(
            "INSERT INTO enrollments (id, class_id, role, teacher_id, is_primary, active, "
            "created_at, updated_at) "
            "SELECT 'class-' || id || '-' || id, 'class-' || id, 'teacher', id, true, true, "
            ":now, :now FROM teachers WHERE EXISTS "
            "(SELECT 1 FROM students WHERE students.teacher_id = teachers.id)"
        ),
        stamp,
    )
    connection.execute(
        sa.text(
            "INSERT INTO enrollments (id, class_id, role, student_id, is_primary, active, "
            "created_at, updated_at) "
            "SELECT 'class-' || teacher_id || '-' || id, 'class-' || teacher_id, 'student', id, "
            "false, true, :now, :now FROM students"
        ),
        stamp,
    )

    with op.batch_alter_table("students") as batch:
        batch.drop_index(op.f("ix_students_teacher_id"))
        batch.drop_constraint(op.f("fk_students_teacher_id_teachers"), type_="foreignkey")
        batch.drop_column("teacher_id")
        batch.alter_column("id", existing_type=sa.String(OLD_ID), type_=sa.String(KEY))
        batch.alter_column("handle", existing_type=sa.String(7), nullable=False)
        batch.alter_column("school_id", existing_type=sa.String(KEY), nullable=False)
        batch.alter_column("active", existing_type=sa.Boolean(), nullable=False)
        batch.drop_constraint(op.f("ck_students_id_format"), type_="check")
        batch.create_check_constraint(op.f("ck_students_id_not_blank"), _not_blank("id"))
        batch.create_check_constraint(op.f("ck_students_handle_format"), _id_format("handle", "S"))
        batch.create_check_constraint(
            op.f("ck_students_deactivated_at_set"), "active OR deactivated_at IS NOT NULL"
        )
        batch.create_unique_constraint(
            op.f("uq_students_school_id_handle"), ["school_id", "handle"]
        )
        batch.create_foreign_key(
            op.f("fk_students_school_id_schools"),
            "schools",
            ["school_id"],
            ["id"],
            ondelete="RESTRICT",
        )
        batch.create_index(op.f("ix_students_school_id"), ["school_id"])

    for table, column, old in PERSON_COLUMNS:
        with op.batch_alter_table(table) as batch:
            batch.alter_column(column, existing_type=sa.String(old), type_=sa.String(KEY))

    op.create_table(
        "access_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("student_id", sa.String(KEY), nullable=False),
        sa.Column("viewer", sa.String(KEY), nullable=False),
        sa.Column("surface", sa.String(16), nullable=False),
        sa.Column("viewed_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            _in("surface", ["progress", "chart", "app_home", "review", "export"]),
            name=op.f("ck_access_log_surface"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_access_log")),
    )
    op.create_index("ix_access_log_student_id_viewed_at", "access_log", ["student_id", "viewed_at"])
    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("student_id", sa.String(KEY), nullable=True),
        sa.Column("actor", sa.String(KEY), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.CheckConstraint(
            _in(
                "action",
                [
                    "student_exported",
                    "student_deleted",
                    "evidence_purged",
                    "roster_imported",
                    "deactivated",
                ],
            ),
            name=op.f("ck_audit_events_action"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_events")),
    )
    op.create_index("ix_audit_events_student_id_at", "audit_events", ["student_id", "at"])
    _create_views(
        _summary(
            "       students.teacher_id,\n", "       students.handle,\n       students.school_id,\n"
        )
    )


def _now() -> datetime:
    return datetime.now(UTC)


def downgrade() -> None:
    connection = op.get_bind()
    _refuse_unless_old_ids_fit(connection)
    _drop_views()
    op.drop_index("ix_audit_events_student_id_at", table_name="audit_events")
    op.drop_table("audit_events")
    op.drop_index("ix_access_log_student_id_viewed_at", table_name="access_log")
    op.drop_table("access_log")
    for table, column, old in PERSON_COLUMNS:
        with op.batch_alter_table(table) as batch:
            batch.alter_column(column, existing_type=sa.String(KEY), type_=sa.String(old))

    with op.batch_alter_table("students") as batch:
        batch.add_column(sa.Column("teacher_id", sa.String(OLD_ID), nullable=True))
    # Back to one teacher each: the primary teacher of the student's first class.
    connection.execute(
        sa.text(
            "UPDATE students SET teacher_id = ("
            "SELECT staff.teacher_id FROM enrollments AS mine "
            "JOIN enrollments AS staff ON staff.class_id = mine.class_id "
            "AND staff.role = 'teacher' "
            "WHERE mine.student_id = students.id "
            "ORDER BY staff.is_primary DESC, mine.class_id, staff.teacher_id LIMIT 1)"
        )
    )
    op.drop_index("ix_enrollments_teacher_id_class_id", table_name="enrollments")
    op.drop_index("ix_enrollments_student_id_class_id", table_name="enrollments")
    op.drop_table("enrollments")
    op.drop_index(op.f("ix_classes_school_id"), table_name="classes")
    op.drop_table("classes")
    with op.batch_alter_table("students") as batch:
        batch.drop_index(op.f("ix_students_school_id"))
        batch.drop_constraint(op.f("fk_students_school_id_schools"), type_="foreignkey")
        batch.drop_constraint(op.f("uq_students_school_id_handle"), type_="unique")
        batch.drop_constraint(op.f("ck_students_deactivated_at_set"), type_="check")
        batch.drop_constraint(op.f("ck_students_handle_format"), type_="check")
        batch.drop_constraint(op.f("ck_students_id_not_blank"), type_="check")
        batch.create_check_constraint(op.f("ck_students_id_format"), _id_format("id", "S"))
        batch.alter_column("id", existing_type=sa.String(KEY), type_=sa.String(OLD_ID))
        batch.alter_column("teacher_id", existing_type=sa.String(OLD_ID), nullable=False)
        batch.create_foreign_key(
            op.f("fk_students_teacher_id_teachers"),
            "teachers",
            ["teacher_id"],
            ["id"],
            ondelete="RESTRICT",
        )
        batch.create_index(op.f("ix_students_teacher_id"), ["teacher_id"])
        for column in ("date_last_modified", "deactivated_at", "active", "school_id", "handle"):
            batch.drop_column(column)
    with op.batch_alter_table("teachers") as batch:
        batch.drop_constraint(op.f("uq_teachers_handle"), type_="unique")
        batch.drop_constraint(op.f("ck_teachers_deactivated_at_set"), type_="check")
        batch.drop_constraint(op.f("ck_teachers_role"), type_="check")
        batch.drop_constraint(op.f("ck_teachers_handle_format"), type_="check")
        batch.drop_constraint(op.f("ck_teachers_id_not_blank"), type_="check")
        batch.create_check_constraint(op.f("ck_teachers_id_format"), _id_format("id", "T"))
        batch.alter_column("id", existing_type=sa.String(KEY), type_=sa.String(OLD_ID))
        for column in ("date_last_modified", "deactivated_at", "active", "role", "handle"):
            batch.drop_column(column)
    op.drop_table("academic_sessions")
    op.drop_table("schools")
    _create_views(
        _views_0007().STUDENT_PROGRESS_SUMMARY.replace(
            "review_state <> 'pending'", "review_state IN ('accepted', 'corrected')"
        )
    )


def _refuse_unless_old_ids_fit(connection: sa.Connection) -> None:
    """The old schema keys people by their T/S ids and gives each student one teacher."""
    problems = []
    for table, prefix in (("teachers", "T"), ("students", "S")):
        rows = connection.execute(sa.text(f"SELECT id FROM {table}")).scalars()
        misfits = [key for key in rows if not _fits(key, prefix)]
        if misfits:
            problems.append(f"{len(misfits)} {table} keyed by SIS ids (e.g. {misfits[0]})")
    orphans = connection.execute(
        sa.text(
            "SELECT count(*) FROM students WHERE NOT EXISTS (SELECT 1 FROM enrollments AS mine "
            "JOIN enrollments AS staff ON staff.class_id = mine.class_id "
            "AND staff.role = 'teacher' WHERE mine.student_id = students.id)"
        )
    ).scalar()
    if orphans:
        problems.append(f"{orphans} students with no teacher")
    if problems:
        raise RuntimeError(
            "Cannot downgrade below 0012 without losing people: " + "; ".join(problems)
        )


def _fits(key: str, prefix: str) -> bool:
    return len(key) in range(4, 8) and key[0] == prefix and key[1:].isdigit()
