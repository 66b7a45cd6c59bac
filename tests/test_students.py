"""Finding students by the names teachers use (domain/students.py), on both databases."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from domain.access import Viewer
from domain.roster import RosterFile, import_roster
from domain.students import (
    find_leading_student,
    find_students,
    normalise_name,
    search_students,
)
from tests.factories import seed_roster

RODRIGUEZ = Viewer("T001")
THOMPSON = Viewer("T002")
ADMIN = Viewer(None, is_admin=True)

# Two Evas in Ms. Rodriguez's class, a name with accents, and an Eva in Mr. Thompson's.
MORE_STUDENTS = """id,name,grade,teacher_id
S005,Eva Martin,7,T001
S006,Zoë Núñez,7,T001
S007,Eva Thompson-Lee,7,T002
"""


@pytest.fixture
def roster(session: Session) -> Session:
    seed_roster(session)
    import_roster(session, [RosterFile("more.csv", MORE_STUDENTS)])
    session.commit()
    return session


def ids(matches: list) -> list[str]:
    return [m.student_id for m in matches]


def test_a_first_name_shared_by_two_of_the_teachers_students_finds_both(roster: Session) -> None:
    assert ids(find_students(roster, RODRIGUEZ, "Eva")) == ["S001", "S005"]
    assert ids(find_students(roster, RODRIGUEZ, "  eVA ")) == ["S001", "S005"]


def test_a_full_name_finds_one(roster: Session) -> None:
    assert ids(find_students(roster, RODRIGUEZ, "eva martin")) == ["S005"]
    assert ids(find_students(roster, RODRIGUEZ, "EVA   MARTIN")) == ["S005"]


def test_accents_and_case_are_ignored_both_ways(roster: Session) -> None:
    assert ids(find_students(roster, RODRIGUEZ, "zoe")) == ["S006"]
    assert ids(find_students(roster, RODRIGUEZ, "Zoë Núñez")) == ["S006"]
    assert ids(find_students(roster, RODRIGUEZ, "ZOE NUNEZ")) == ["S006"]
    assert normalise_name("  Zoë  NÚÑEZ ") == "zoe nunez"


def test_an_id_still_works(roster: Session) -> None:
    assert ids(find_students(roster, RODRIGUEZ, "s006")) == ["S006"]


def test_another_teachers_student_looks_exactly_like_no_student(roster: Session) -> None:
    assert find_students(roster, RODRIGUEZ, "Pat") == []
    assert find_students(roster, RODRIGUEZ, "S003") == []
    assert find_students(roster, RODRIGUEZ, "Eva Thompson-Lee") == []
    assert find_students(roster, RODRIGUEZ, "Nobody") == []
    # Mr. Thompson's own Eva is his alone.
    assert ids(find_students(roster, THOMPSON, "eva")) == ["S007"]


def test_an_admin_looks_across_the_school_but_acts_on_no_class(roster: Session) -> None:
    assert ids(find_students(roster, ADMIN, "Eva")) == ["S001", "S005", "S007"]
    assert find_students(roster, ADMIN, "Eva", acting=True) == []
    teaching_admin = Viewer("T002", is_admin=True)
    assert ids(find_students(roster, teaching_admin, "Eva", acting=True)) == ["S007"]


def test_the_leading_name_of_a_command_is_the_longest_that_matches(roster: Session) -> None:
    lead = find_leading_student(roster, RODRIGUEZ, ["Eva", "Martin", "Planning", "Proficient"])
    assert ids(lead.matches) == ["S005"] and lead.rest == ["Planning", "Proficient"]
    assert lead.name == "Eva Martin"
    lead = find_leading_student(roster, RODRIGUEZ, ["eva", "Communication"])
    assert ids(lead.matches) == ["S001", "S005"] and lead.rest == ["Communication"]
    lead = find_leading_student(roster, RODRIGUEZ, ["Pat", "Communication"], acting=True)
    assert lead.matches == [] and lead.name == "Pat"
    # `leave` keeps words for what follows the name (a badge's skill and level).
    lead = find_leading_student(roster, RODRIGUEZ, ["Eva", "Martin", "Advanced"], leave=2)
    assert ids(lead.matches) == ["S001", "S005"] and lead.rest == ["Martin", "Advanced"]


def test_type_ahead_matches_the_start_of_any_word_or_the_id(roster: Session) -> None:
    assert ids(search_students(roster, RODRIGUEZ, "mar")) == ["S005"]
    assert ids(search_students(roster, RODRIGUEZ, "nun")) == ["S006"]
    assert ids(search_students(roster, RODRIGUEZ, "s00")) == ["S001", "S005", "S002", "S006"]
    assert ids(search_students(roster, RODRIGUEZ, "")) == ["S001", "S005", "S002", "S006"]
    assert search_students(roster, RODRIGUEZ, "pat") == []
    assert ids(search_students(roster, ADMIN, "eva", limit=2)) == ["S001", "S005"]
    assert search_students(roster, ADMIN, "eva", acting=True) == []
