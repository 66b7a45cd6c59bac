"""Roster import: the header says what a file holds; all or nothing; re-import updates."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from domain.access import teachers_of
from domain.errors import RosterError
from domain.models import Student, Teacher
from domain.roster import RosterFile, import_roster
from tests.factories import STUDENTS_CSV, TEACHERS_CSV


def files(*pairs: tuple[str, str]) -> list[RosterFile]:
    return [RosterFile(name, text) for name, text in pairs]


def counts(session: Session) -> tuple[int, int]:
    return (
        session.scalar(select(func.count(Teacher.id))) or 0,
        session.scalar(select(func.count(Student.id))) or 0,
    )


def test_students_file_first_still_imports_teachers_first(session: Session) -> None:
    result = import_roster(
        session, files(("students.csv", STUDENTS_CSV), ("teachers.csv", TEACHERS_CSV))
    )
    session.commit()
    assert (result.teachers.created, result.students.created) == (2, 4)
    assert counts(session) == (2, 4)
    rodriguez = session.get(Teacher, "T001")
    assert rodriguez is not None and rodriguez.slack_user_id == "U01RODRIGUEZ"
    thompson = session.get(Teacher, "T002")
    assert thompson is not None and thompson.slack_user_id is None


def test_reimport_updates_and_never_duplicates(session: Session) -> None:
    import_roster(session, files(("t.csv", TEACHERS_CSV), ("s.csv", STUDENTS_CSV)))
    session.commit()
    moved = STUDENTS_CSV.replace("S004,Mia,7,T002", "S004,Mia,8,T001")
    result = import_roster(session, files(("t.csv", TEACHERS_CSV), ("s.csv", moved)))
    session.commit()
    assert (result.students.created, result.students.updated, result.students.unchanged) == (
        0,
        1,
        3,
    )
    assert result.teachers.unchanged == 2
    assert counts(session) == (2, 4)
    mia = session.get(Student, "S004")
    assert mia is not None and mia.grade == 8
    assert set(session.scalars(teachers_of("S004"))) == {"T001"}  # and no longer T002


def test_blank_slack_id_keeps_the_stored_one(session: Session) -> None:
    import_roster(session, files(("t.csv", TEACHERS_CSV)))
    session.commit()
    blanked = TEACHERS_CSV.replace("U01RODRIGUEZ", "")
    import_roster(session, files(("t.csv", blanked)))
    session.commit()
    teacher = session.get(Teacher, "T001")
    assert teacher is not None and teacher.slack_user_id == "U01RODRIGUEZ"


def test_header_without_slack_column_is_a_teachers_file(session: Session) -> None:
    import_roster(session, files(("t.csv", "id,name,email\nT003,Mx. Lee,lee@school.example\n")))
    assert counts(session) == (1, 0)


@pytest.mark.parametrize(
    ("pairs", "message"),
    [
        ((("x.csv", "name,id\nEva,S001\n"),), "the header must be"),
        ((("t.csv", "id,name,email,slack_user_id\nT01,Ms. R,r@s.example,\n"),), "line 2, id"),
        ((("t.csv", "id,name,email,slack_user_id\nT001,Ms. R,not-an-email,\n"),), "email"),
        ((("t.csv", TEACHERS_CSV + "T001,Again,a@school.example,\n"),), "T001 appears more"),
        ((("s.csv", "id,name,grade,teacher_id\nS001,Eva,seven,T001\n"),), "grade"),
        ((("s.csv", "id,name,grade,teacher_id\nS001,Eva,7,T001\n"),), "no teacher T001"),
        ((("s.csv", "id,name,grade,teacher_id\nS001,Eva,7\n"),), "expected 4 values"),
        ((("t.csv", TEACHERS_CSV), ("s.csv", STUDENTS_CSV + "S005,,7,T001\n")), "line 6, name"),
    ],
)
def test_bad_files_import_nothing(
    session: Session, pairs: tuple[tuple[str, str], ...], message: str
) -> None:
    with pytest.raises(RosterError, match=message):
        import_roster(session, files(*pairs))
    session.rollback()
    assert counts(session) == (0, 0)


def test_slack_id_held_by_another_teacher_is_refused(session: Session) -> None:
    import_roster(session, files(("t.csv", TEACHERS_CSV)))
    session.commit()
    clash = "id,name,email,slack_user_id\nT003,Mx. Lee,lee@school.example,U01RODRIGUEZ\n"
    with pytest.raises(RosterError, match="already belongs to T001"):
        import_roster(session, files(("t.csv", clash)))
