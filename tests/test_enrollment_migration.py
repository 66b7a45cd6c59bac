"""Migration 0012 on a database the previous release built and filled: one teacher per
student becomes a class enrollment, and nothing else is lost on the way."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import Connection, text

from domain.db import make_engine
from migrations import downgrade, upgrade

OLD_HEAD = "0011"
NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)

# What the old release held: two teachers, three students, evidence, a review, a badge.
OLD_ROWS = [
    "INSERT INTO teachers (id, name, email, slack_user_id, created_at, updated_at) VALUES "
    "('T001', 'Ms. Rivera', 'rivera@school.example', 'U001', :now, :now), "
    "('T002', 'Mr. Chen', NULL, NULL, :now, :now), "
    "('T003', 'Ms. Idle', NULL, NULL, :now, :now)",
    "INSERT INTO students (id, name, grade, nickname, teacher_id, created_at, updated_at) "
    "VALUES ('S001', 'Eva Martin', 7, NULL, 'T001', :now, :now), "
    "('S002', 'Liam Okafor', 7, 'Li', 'T001', :now, :now), "
    "('S003', 'Ana Silva', 8, NULL, 'T002', :now, :now)",
    "INSERT INTO data_entries (id, student_id, teacher_id, entry_type, entry_date, content, "
    "source_kind, source_ref, status, attempts, dropped_items, created_at, metadata) VALUES "
    "(1, 'S001', 'T001', 'reflection_journal', '2026-10-01', 'I planned my week.', 'file', "
    "'sha256:a', 'assessed', 1, 0, :now, '{}')",
    "INSERT INTO assessments (id, entry_id, student_id, skill, category, level, confidence, "
    "evidence_quote, justification, model, rubric_version, observed_on, review_state, "
    "reviewed_by, reviewed_at, created_at) VALUES (1, 1, 'S001', 'Planning & Prioritization', "
    "'EF', 'Proficient', 0.8, 'I planned my week.', 'Plans ahead.', 'offline', '1', '2026-10-01', "
    "'corrected', 'T001', :now, :now)",
    "INSERT INTO teacher_corrections (id, assessment_id, teacher_id, original_level, "
    "corrected_level, justification, created_at) VALUES "
    "(1, 1, 'T001', 'Developing', 'Proficient', 'More than that.', :now)",
    "INSERT INTO badges (id, student_id, skill, level, awarded_at, assessment_id) VALUES "
    "(1, 'S001', 'Planning & Prioritization', 'Proficient', :now, 1)",
]


def _count(connection: Connection, table: str) -> int:
    return connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()


@pytest.fixture
def old_database(blank_db_url: str) -> str:
    upgrade(blank_db_url, OLD_HEAD)
    engine = make_engine(blank_db_url)
    try:
        with engine.begin() as connection:
            for statement in OLD_ROWS:
                connection.execute(text(statement), {"now": NOW})
    finally:
        engine.dispose()
    return blank_db_url


def test_one_teacher_per_student_becomes_a_class_enrollment(old_database: str) -> None:
    upgrade(old_database)
    engine = make_engine(old_database)
    try:
        with engine.connect() as connection:
            classes = connection.execute(
                text("SELECT id, school_id, title FROM classes ORDER BY id")
            ).all()
            assert [tuple(row) for row in classes] == [
                ("class-T001", "default", "Ms. Rivera's students"),
                ("class-T002", "default", "Mr. Chen's students"),
            ]
            enrolled = connection.execute(
                text(
                    "SELECT class_id, role, coalesce(teacher_id, student_id) FROM enrollments "
                    "WHERE active ORDER BY class_id, role, 3"
                )
            ).all()
            assert [tuple(row) for row in enrolled] == [
                ("class-T001", "student", "S001"),
                ("class-T001", "student", "S002"),
                ("class-T001", "teacher", "T001"),
                ("class-T002", "student", "S003"),
                ("class-T002", "teacher", "T002"),
            ]
            students = connection.execute(
                text("SELECT id, handle, school_id, nickname, active FROM students ORDER BY id")
            ).all()
            assert [tuple(row) for row in students] == [
                ("S001", "S001", "default", None, True),
                ("S002", "S002", "default", "Li", True),
                ("S003", "S003", "default", None, True),
            ]
            teachers = connection.execute(
                text("SELECT id, handle, role, active, slack_user_id FROM teachers ORDER BY id")
            ).all()
            assert [tuple(row) for row in teachers] == [
                ("T001", "T001", "teacher", True, "U001"),
                ("T002", "T002", "teacher", True, None),
                ("T003", "T003", "teacher", True, None),
            ]
            # Rebuilding parent tables must not cascade away their children's rows.
            for table in ("data_entries", "assessments", "teacher_corrections", "badges"):
                assert _count(connection, table) == 1, table
            summary = connection.execute(
                text(
                    "SELECT student_id, handle, school_id, validated_assessments "
                    "FROM student_progress_summary ORDER BY student_id"
                )
            ).all()
            assert [tuple(row) for row in summary] == [
                ("S001", "S001", "default", 1),
                ("S002", "S002", "default", 0),
                ("S003", "S003", "default", 0),
            ]
    finally:
        engine.dispose()


def test_downgrade_gives_each_student_their_teacher_back(old_database: str) -> None:
    upgrade(old_database)
    downgrade(old_database, OLD_HEAD)
    engine = make_engine(old_database)
    try:
        with engine.connect() as connection:
            rows = connection.execute(text("SELECT id, teacher_id FROM students ORDER BY id")).all()
            assert [tuple(row) for row in rows] == [
                ("S001", "T001"),
                ("S002", "T001"),
                ("S003", "T002"),
            ]
            assert _count(connection, "teacher_corrections") == 1
    finally:
        engine.dispose()


def test_downgrade_refuses_to_lose_students_keyed_by_the_sis(old_database: str) -> None:
    upgrade(old_database)
    engine = make_engine(old_database)
    try:
        with engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO students (id, handle, school_id, name, grade, active, "
                    "created_at, updated_at) VALUES ('9f1c-stu-0042', 'S042', 'default', "
                    "'Noor Haddad', 7, true, :now, :now)"
                ),
                {"now": NOW},
            )
    finally:
        engine.dispose()
    with pytest.raises(RuntimeError, match="keyed by SIS ids"):
        downgrade(old_database, OLD_HEAD)
    engine = make_engine(old_database)
    try:
        with engine.connect() as connection:
            assert _count(connection, "students") == 4
    finally:
        engine.dispose()
