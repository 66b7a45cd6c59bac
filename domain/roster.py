"""Importing teachers and students from the two simple CSV files whose header says what
they hold (a OneRoster bundle is domain/oneroster.py's).

The simple form gives each student one teacher. It is kept as enrollments like any other
roster: the students of a school called `default`, each teacher's in a class of theirs
(`class-T001`), where a student's `teacher_id` enrolls them. A student moved to another
teacher leaves the old class (the enrollment is deactivated, not deleted). Ids are kept as
given and serve as the handles teachers type."""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict, EmailStr, Field, ValidationError, field_validator
from sqlalchemy import select
from sqlalchemy.orm import Session

from domain.errors import RosterError
from domain.ids import STUDENT_ID_PATTERN, TEACHER_ID_PATTERN
from domain.models import (
    ClassType,
    Enrollment,
    EnrollmentRole,
    School,
    SchoolClass,
    Student,
    Teacher,
    utcnow,
)

# The school of students imported from the simple CSV form (and of today's data, 0012).
DEFAULT_SCHOOL = "default"
DEFAULT_SCHOOL_NAME = "Our school"
SIMPLE_CLASS_PREFIX = "class-"

TEACHER_COLUMNS = ("id", "name", "email", "slack_user_id")
STUDENT_COLUMNS = ("id", "name", "grade", "teacher_id")
# An optional last column: what the student is called in class ("Mo; Momo").
NICKNAME_COLUMN = "nickname"
RosterKind = Literal["teachers", "students"]


class TeacherRow(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)

    id: str = Field(pattern=TEACHER_ID_PATTERN)
    name: str = Field(min_length=1, max_length=200)
    email: EmailStr | None = None
    slack_user_id: str | None = Field(default=None, pattern=r"^[UW][A-Z0-9]{2,31}$")

    @field_validator("email", "slack_user_id", mode="before")
    @classmethod
    def _blank_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("email")
    @classmethod
    def _lower(cls, value: str | None) -> str | None:
        return value.lower() if value else value


class StudentRow(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)

    id: str = Field(pattern=STUDENT_ID_PATTERN)
    name: str = Field(min_length=1, max_length=200)
    grade: int = Field(ge=1, le=12)
    teacher_id: str = Field(pattern=TEACHER_ID_PATTERN)
    nickname: str | None = Field(default=None, max_length=200)

    @field_validator("nickname", mode="before")
    @classmethod
    def _blank_is_none(cls, value: object) -> object:
        if isinstance(value, str):
            return "; ".join(split_nicknames(value)) or None
        return value


def split_nicknames(value: str | None) -> tuple[str, ...]:
    """The nicknames in "Mo; Momo" or "Mo, Momo": ("Mo", "Momo")."""
    if not value:
        return ()
    return tuple(part.strip() for part in re.split(r"[;,|/]", value) if part.strip())


@dataclass(frozen=True)
class RosterFile:
    name: str
    text: str


@dataclass
class ImportCounts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0


@dataclass(frozen=True)
class RosterImportResult:
    teachers: ImportCounts
    students: ImportCounts


def roster_kind(header: Sequence[str]) -> RosterKind | None:
    columns = tuple(column.strip().lower() for column in header)
    if columns in (TEACHER_COLUMNS, TEACHER_COLUMNS[:3]):
        return "teachers"
    if columns in (STUDENT_COLUMNS, (*STUDENT_COLUMNS, NICKNAME_COLUMN)):
        return "students"
    return None


def import_roster(session: Session, files: Sequence[RosterFile]) -> RosterImportResult:
    """Create or update every teacher and student in the files: all of it, or none of it.

    Teachers are imported before students whatever the order of the files, so one call can
    bring a school in. Re-importing updates rows by id and never duplicates them. A blank
    `slack_user_id` or `email` keeps the one already stored.
    """
    teacher_rows: list[TeacherRow] = []
    student_rows: list[StudentRow] = []
    problems: list[str] = []
    for roster_file in files:
        for row in _parse(roster_file, problems):
            if isinstance(row, TeacherRow):
                teacher_rows.append(row)
            else:
                student_rows.append(row)
    problems += _duplicates("teacher id", [row.id for row in teacher_rows])
    problems += _duplicates("student id", [row.id for row in student_rows])
    problems += _duplicates("email", [row.email for row in teacher_rows if row.email])
    problems += _duplicates(
        "Slack user id", [row.slack_user_id for row in teacher_rows if row.slack_user_id]
    )
    if problems:
        raise RosterError("Nothing was imported:\n" + "\n".join(f"- {p}" for p in problems))

    teachers = _upsert_teachers(session, teacher_rows)
    known = set(session.scalars(select(Teacher.id)))
    missing = sorted({row.teacher_id for row in student_rows} - known)
    if missing:
        raise RosterError(
            f"Nothing was imported: no teacher {', '.join(missing)} on the roster; "
            "import the teachers file too."
        )
    students = _upsert_students(session, student_rows)
    return RosterImportResult(teachers=teachers, students=students)


def _parse(roster_file: RosterFile, problems: list[str]) -> list[TeacherRow | StudentRow]:
    reader = csv.reader(io.StringIO(roster_file.text.lstrip("\ufeff")))
    header = next(reader, None)
    kind = roster_kind(header or [])
    if kind is None:
        problems.append(
            f"{roster_file.name}: the header must be '{','.join(TEACHER_COLUMNS)}' (teachers) "
            f"or '{','.join(STUDENT_COLUMNS)}[,{NICKNAME_COLUMN}]' (students); "
            f"found '{','.join(header or [])}'."
        )
        return []
    model: type[TeacherRow | StudentRow] = TeacherRow if kind == "teachers" else StudentRow
    columns = [column.strip().lower() for column in header or []]
    rows: list[TeacherRow | StudentRow] = []
    for line_number, values in enumerate(reader, start=2):
        if not any(value.strip() for value in values):
            continue
        if len(values) != len(columns):
            problems.append(
                f"{roster_file.name} line {line_number}: expected {len(columns)} values, "
                f"found {len(values)}."
            )
            continue
        try:
            rows.append(model.model_validate(dict(zip(columns, values, strict=True))))
        except ValidationError as error:
            for detail in error.errors():
                field = ".".join(str(part) for part in detail["loc"])
                problems.append(f"{roster_file.name} line {line_number}, {field}: {detail['msg']}.")
    return rows


def _duplicates(what: str, values: list[str | None]) -> list[str]:
    counted = Counter(value for value in values if value)
    repeated = sorted(value for value, times in counted.items() if times > 1)
    return [f"{what} {value} appears more than once." for value in repeated]


def _upsert_teachers(session: Session, rows: list[TeacherRow]) -> ImportCounts:
    counts = ImportCounts()
    existing = {
        teacher.id: teacher
        for teacher in session.scalars(select(Teacher).where(Teacher.id.in_([r.id for r in rows])))
    }
    _check_unique_elsewhere(session, rows)
    for row in rows:
        teacher = existing.get(row.id)
        if teacher is None:
            session.add(Teacher(**row.model_dump(), handle=row.id))
            counts.created += 1
            continue
        changes: dict[str, object] = {"name": row.name, "active": True, "deactivated_at": None}
        changes |= {"email": row.email} if row.email else {}
        changes |= {"slack_user_id": row.slack_user_id} if row.slack_user_id else {}
        counts_as = _apply(teacher, changes)
        setattr(counts, counts_as, getattr(counts, counts_as) + 1)
    session.flush()
    return counts


def _check_unique_elsewhere(session: Session, rows: list[TeacherRow]) -> None:
    """An email or Slack id already held by another teacher is a clear error, not a crash."""
    emails = {row.email: row.id for row in rows if row.email}
    slack_ids = {row.slack_user_id: row.id for row in rows if row.slack_user_id}
    clashes = []
    for teacher in session.scalars(
        select(Teacher).where(
            Teacher.email.in_(list(emails)) | Teacher.slack_user_id.in_(list(slack_ids))
        )
    ):
        if teacher.email in emails and emails[teacher.email] != teacher.id:
            clashes.append(f"email {teacher.email} already belongs to {teacher.id}.")
        slack_id = teacher.slack_user_id
        if slack_id in slack_ids and slack_ids[slack_id] != teacher.id:
            clashes.append(f"Slack user id {slack_id} already belongs to {teacher.id}.")
    # The simple form's ids are their handles: one a OneRoster sync numbered is taken.
    ids = [row.id for row in rows]
    for key, handle in session.execute(
        select(Teacher.id, Teacher.handle).where(
            Teacher.handle.in_(ids), Teacher.id != Teacher.handle
        )
    ):
        clashes.append(f"teacher id {handle} is already the handle of {key} on the roster.")
    if clashes:
        raise RosterError("Nothing was imported:\n" + "\n".join(f"- {c}" for c in clashes))


def _upsert_students(session: Session, rows: list[StudentRow]) -> ImportCounts:
    counts = ImportCounts()
    if rows:
        ensure_default_school(session)
    existing = {
        student.id: student
        for student in session.scalars(select(Student).where(Student.id.in_([r.id for r in rows])))
    }
    unchanged = set()
    for row in rows:
        student = existing.get(row.id)
        fields = row.model_dump(exclude={"teacher_id"}, exclude_unset=True)
        if student is None:
            session.add(Student(**fields, handle=row.id, school_id=DEFAULT_SCHOOL))
            counts.created += 1
            continue
        fields |= {"active": True, "deactivated_at": None}
        if _apply(student, {k: v for k, v in fields.items() if k != "id"}) == "updated":
            counts.updated += 1
        else:
            unchanged.add(row.id)
    session.flush()
    # A student who only changed teacher is updated too.
    moved = _enroll_with_their_teacher(session, rows) & unchanged
    counts.updated += len(moved)
    counts.unchanged = len(unchanged - moved)
    return counts


def ensure_default_school(session: Session) -> None:
    if session.get(School, DEFAULT_SCHOOL) is None:
        session.add(School(id=DEFAULT_SCHOOL, name=DEFAULT_SCHOOL_NAME))
        session.flush()


def simple_class_id(teacher_id: str) -> str:
    return f"{SIMPLE_CLASS_PREFIX}{teacher_id}"


def _enroll_with_their_teacher(session: Session, rows: list[StudentRow]) -> set[str]:
    """Each student in their teacher's class, and in no other simple-form class; returns
    the students already on the roster who changed teacher."""
    teachers = {row.teacher_id for row in rows}
    names = dict(
        session.execute(select(Teacher.id, Teacher.name).where(Teacher.id.in_(teachers))).all()
    )
    classes = {
        c.id: c
        for c in session.scalars(
            select(SchoolClass).where(SchoolClass.id.in_([simple_class_id(t) for t in teachers]))
        )
    }
    for teacher_id in sorted(teachers):
        class_id = simple_class_id(teacher_id)
        if class_id not in classes:
            classes[class_id] = SchoolClass(
                id=class_id,
                school_id=DEFAULT_SCHOOL,
                title=f"{names[teacher_id]}'s students",
                class_type=ClassType.SCHEDULED.value,
                session_ids=[],
            )
            session.add(classes[class_id])
    # No ORM relationships tie enrollments to classes, so classes are flushed first.
    session.flush()
    for teacher_id in sorted(teachers):
        _enroll(
            session, simple_class_id(teacher_id), EnrollmentRole.TEACHER, teacher_id, primary=True
        )
    session.flush()
    wanted = {row.id: simple_class_id(row.teacher_id) for row in rows}
    current = session.scalars(
        select(Enrollment).where(
            Enrollment.student_id.in_(list(wanted)),
            Enrollment.class_id.startswith(SIMPLE_CLASS_PREFIX, autoescape=True),
        )
    ).all()
    moved = set()
    for enrollment in current:
        assert enrollment.student_id is not None  # selected by it
        keep = enrollment.class_id == wanted[enrollment.student_id]
        if enrollment.active and not keep:
            enrollment.active = False
            moved.add(enrollment.student_id)
    for student_id, class_id in wanted.items():
        _enroll(session, class_id, EnrollmentRole.STUDENT, student_id)
    session.flush()
    return moved


def _enroll(
    session: Session, class_id: str, role: EnrollmentRole, person: str, *, primary: bool = False
) -> None:
    key = f"{class_id}-{person}"
    enrollment = session.get(Enrollment, key)
    if enrollment is None:
        column = "student_id" if role is EnrollmentRole.STUDENT else "teacher_id"
        session.add(
            Enrollment(
                id=key,
                class_id=class_id,
                role=role.value,
                is_primary=primary,
                active=True,
                **{column: person},
            )
        )
    elif not enrollment.active:
        enrollment.active = True
        enrollment.updated_at = utcnow()


def _apply(row: Teacher | Student, changes: Mapping[str, object]) -> str:
    changed = {key: value for key, value in changes.items() if getattr(row, key) != value}
    for key, value in changed.items():
        setattr(row, key, value)
    return "updated" if changed else "unchanged"
