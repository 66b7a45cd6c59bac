"""Who may see and act on which student: the one rule every surface asks.

A member of staff sees the students enrolled in their classes: a class they teach or assist
in, or a homeroom or caseload they advise or counsel. Acting on a student (validating,
correcting, setting targets, granting badges, filing evidence) is for those who teach,
advise or counsel them; an aide sees but does not grade, and nor does a school admin, who
sees every student. Everything is read through active rows only, so a teacher who leaves
the roster, a class that ended and an enrollment the SIS dropped give no access at once.

The rule is a query (`students_of`), so every list, count and digest joins it rather than
filtering afterwards, and `may_see` / `may_act` answer it for one student.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import BindParameter, Select, exists, select
from sqlalchemy.orm import Session, aliased

from domain.models import Enrollment, EnrollmentRole, SchoolClass, Student, Teacher

# Staff roles in a class that may act on its students; an aide only sees them.
ACTING_ROLES = (EnrollmentRole.TEACHER, EnrollmentRole.ADVISOR, EnrollmentRole.COUNSELOR)
SEEING_ROLES = (*ACTING_ROLES, EnrollmentRole.AIDE)


@dataclass(frozen=True)
class Viewer:
    """Who is asking: a member of staff (their students) or a school admin (everyone)."""

    teacher_id: str | None
    is_admin: bool = False


def _roles(acting: bool) -> list[str]:
    return [role.value for role in (ACTING_ROLES if acting else SEEING_ROLES)]


def access_pairs(*, acting: bool = False) -> Select[str | None, str | None]:
    """(teacher_id, student_id) for every member of staff and each student they may see
    (or, `acting`, act on). Distinct: a student in two of a teacher's classes counts once."""
    return _pairs(acting=acting).distinct()


# The two sides of an enrollment join, made once: building an alias's column expressions
# anew on every call cost more than the queries it served (17 ms per `students_of` under
# load, BENCHMARKS.md "District scale with enrollments"). Aliases are immutable, so one
# pair serves every statement.
_STAFF = aliased(Enrollment, name="staff_enrollment")
_MINE = aliased(Enrollment, name="student_enrollment")


def _pairs(
    *,
    acting: bool,
    teacher_id: str | BindParameter[str] | None = None,
    student_id: str | None = None,
) -> Select[str | None, str | None]:
    # One teacher's or one student's pairs are filtered inside, on the enrollments'
    # indexes, rather than out of every pair in the district.
    staff, mine = _STAFF, _MINE
    statement = (
        select(staff.teacher_id.label("teacher_id"), mine.student_id.label("student_id"))
        .select_from(staff)
        .join(mine, mine.class_id == staff.class_id)
        .join(SchoolClass, SchoolClass.id == staff.class_id)
        .join(Teacher, Teacher.id == staff.teacher_id)
        .join(Student, Student.id == mine.student_id)
        .where(
            staff.role.in_(_roles(acting)),
            staff.active,
            mine.role == EnrollmentRole.STUDENT.value,
            mine.active,
            SchoolClass.active,
            Teacher.active,
            Student.active,
        )
    )
    if teacher_id is not None:
        statement = statement.where(staff.teacher_id == teacher_id)
    if student_id is not None:
        statement = statement.where(mine.student_id == student_id)
    return statement


def students_of(teacher_id: str | BindParameter[str], *, acting: bool = False) -> Select[str]:
    """The keys of the students `teacher_id` may see (or act on): use as `Student.id.in_(...)`.
    A `bindparam` for the teacher lets a statement be built once and run for each."""
    pairs = _pairs(acting=acting, teacher_id=teacher_id).subquery()
    return select(pairs.c.student_id)


def visible_students(viewer: Viewer, *, acting: bool = False) -> Select[str]:
    """The keys of the students `viewer` may see (an admin looking: every active student),
    as a query; a viewer with no roster entry sees none."""
    if viewer.is_admin and not acting:
        return select(Student.id).where(Student.active)
    if viewer.teacher_id is None:
        return select(Student.id).where(Student.id.is_(None))
    return students_of(viewer.teacher_id, acting=acting)


def may_see(session: Session, viewer: Viewer, student_id: str) -> bool:
    return _allowed(session, viewer, student_id, acting=False)


def may_act(session: Session, viewer: Viewer, student_id: str) -> bool:
    """Validating, correcting, targets, badges and filing: the student's own teachers'."""
    return _allowed(session, viewer, student_id, acting=True)


def _allowed(session: Session, viewer: Viewer, student_id: str, *, acting: bool) -> bool:
    if viewer.is_admin and not acting:
        return bool(
            session.scalar(select(exists().where(Student.id == student_id, Student.active)))
        )
    if viewer.teacher_id is None:
        return False
    pairs = _pairs(acting=acting, teacher_id=viewer.teacher_id, student_id=student_id)
    return bool(session.scalar(select(exists(pairs))))


def allowed_students(
    session: Session, viewer: Viewer, student_ids: Iterable[str], *, acting: bool = False
) -> set[str]:
    """Which of `student_ids` the viewer may see (or act on): one query for a page."""
    wanted = set(student_ids)
    if not wanted:
        return set()
    visible = visible_students(viewer, acting=acting)
    return set(session.scalars(visible.where(visible.selected_columns[0].in_(wanted))))


def primary_teacher(session: Session, student_id: str) -> str | None:
    """Whom a student's evidence goes to when nobody in particular filed it (an admin's
    command line): a primary teacher of theirs first, then any who may act on them."""
    staff, mine = _STAFF, _MINE
    return session.scalar(
        select(staff.teacher_id)
        .join(mine, mine.class_id == staff.class_id)
        .join(SchoolClass, SchoolClass.id == staff.class_id)
        .join(Teacher, Teacher.id == staff.teacher_id)
        .where(
            mine.student_id == student_id,
            mine.active,
            staff.role.in_(_roles(acting=True)),
            staff.active,
            SchoolClass.active,
            Teacher.active,
        )
        .order_by(staff.is_primary.desc(), staff.class_id, staff.teacher_id)
        .limit(1)
    )


def teachers_of(student_id: str, *, acting: bool = True) -> Select[str]:
    """The members of staff who may act on (or see) the student."""
    pairs = _pairs(acting=acting, student_id=student_id).subquery()
    return select(pairs.c.teacher_id).distinct()
