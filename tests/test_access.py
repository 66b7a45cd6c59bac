"""Who sees and acts on whom (domain/access.py): the rule once, then each surface asking it.

The roster of tests/factories.py: Ms. Rodriguez (T001) teaches Eva (S001) and Lucas (S002),
Mr. Thompson (T002) teaches Pat (S003) and Mia (S004). Here Mr. Thompson also co-teaches
Ms. Rodriguez's class, an aide assists in it, and a counselor has Pat on a caseload.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from bot.identity import NOT_A_TEACHER
from domain.access import Viewer, may_act, may_see, students_of
from domain.curriculum import Level, Skill
from domain.db import unit_of_work
from domain.digest import compose_digests
from domain.entry_review import entry_review
from domain.errors import NotFound
from domain.models import (
    Assessment,
    Badge,
    ClassType,
    DataEntry,
    Enrollment,
    EnrollmentRole,
    ReviewState,
    SchoolClass,
    Student,
    Teacher,
    utcnow,
)
from domain.roster import DEFAULT_SCHOOL, simple_class_id
from domain.teacher_review import accept
from tests.factories import add_assessment, add_entry, seed_roster
from tests.fakes.slack_requests import event_callback_body
from tests.slack_harness import THOMPSON, RunningApp, wait_for

AIDE = "T050"
COUNSELOR = "T060"
ADMIN = Viewer(teacher_id=None, is_admin=True)


def _enroll(session: Session, class_id: str, role: EnrollmentRole, person: str) -> None:
    column = "student_id" if role is EnrollmentRole.STUDENT else "teacher_id"
    session.add(
        Enrollment(
            id=f"{class_id}-{person}", class_id=class_id, role=role.value, **{column: person}
        )
    )
    session.flush()


def co_teach(session: Session) -> None:
    """Mr. Thompson co-teaches Ms. Rodriguez's class; an aide assists in it; a counselor
    has Pat (S003) on a caseload."""
    session.add_all(
        [
            Teacher(id=AIDE, name="Mr. Aide", role="aide"),
            Teacher(id=COUNSELOR, name="Ms. Counsel", role="counselor"),
            SchoolClass(
                id="caseload-T060",
                school_id=DEFAULT_SCHOOL,
                title="Ms. Counsel's caseload",
                class_type=ClassType.CASELOAD.value,
            ),
        ]
    )
    session.flush()
    _enroll(session, simple_class_id("T001"), EnrollmentRole.TEACHER, "T002")
    _enroll(session, simple_class_id("T001"), EnrollmentRole.AIDE, AIDE)
    _enroll(session, "caseload-T060", EnrollmentRole.COUNSELOR, COUNSELOR)
    _enroll(session, "caseload-T060", EnrollmentRole.STUDENT, "S003")


@pytest.fixture
def school(session: Session) -> Session:
    seed_roster(session)
    co_teach(session)
    session.commit()
    return session


def seen(session: Session, teacher_id: str, *, acting: bool = False) -> set[str]:
    return set(session.scalars(students_of(teacher_id, acting=acting)))


def test_staff_see_the_students_of_their_classes(school: Session) -> None:
    assert seen(school, "T001") == {"S001", "S002"}
    # A co-teacher sees and acts on both classes' students, each once.
    assert (
        seen(school, "T002")
        == seen(school, "T002", acting=True)
        == {
            "S001",
            "S002",
            "S003",
            "S004",
        }
    )
    # An aide sees the class but does not grade it.
    assert seen(school, AIDE) == {"S001", "S002"} and seen(school, AIDE, acting=True) == set()
    assert may_see(school, Viewer(AIDE), "S001") and not may_act(school, Viewer(AIDE), "S001")
    # A counselor sees and acts on their caseload only.
    assert seen(school, COUNSELOR, acting=True) == {"S003"}
    assert not may_see(school, Viewer(COUNSELOR), "S001")
    # An admin looks at everyone and grades no one.
    assert may_see(school, ADMIN, "S004") and not may_act(school, ADMIN, "S004")


@pytest.mark.parametrize(
    "gone",
    [
        "the teacher left",
        "the enrollment ended",
        "the class ended",
        "the student left",
    ],
)
def test_whatever_ended_gives_no_access_at_once(school: Session, gone: str) -> None:
    now = utcnow()
    statement = {
        "the teacher left": update(Teacher)
        .where(Teacher.id == "T002")
        .values(active=False, deactivated_at=now),
        "the enrollment ended": update(Enrollment)
        .where(Enrollment.teacher_id == "T002", Enrollment.class_id == simple_class_id("T001"))
        .values(active=False),
        "the class ended": update(SchoolClass)
        .where(SchoolClass.id == simple_class_id("T001"))
        .values(active=False),
        "the student left": update(Student)
        .where(Student.id == "S001")
        .values(active=False, deactivated_at=now),
    }[gone]
    assert may_act(school, Viewer("T002"), "S001")
    school.execute(statement)
    assert not may_see(school, Viewer("T002"), "S001")
    assert not may_act(school, Viewer("T002"), "S001")


def test_each_teacher_digest_covers_their_own_students(school: Session) -> None:
    entry = add_entry(school, "S001", date(2025, 11, 4))
    assessment = add_assessment(
        school, entry, Skill.COMMUNICATION, Level.PROFICIENT, state=ReviewState.ACCEPTED
    )
    validated_at = datetime(2025, 11, 5, 15, 0, tzinfo=UTC)
    assessment.reviewed_at = validated_at
    school.add(
        Badge(
            student_id="S001",
            skill=Skill.COMMUNICATION.value,
            level="Proficient",
            assessment_id=assessment.id,
            awarded_at=validated_at,
        )
    )
    school.commit()
    digests = {d.teacher_id: d for d in compose_digests(school, date(2025, 11, 10))}
    with_eva = {t for t, d in digests.items() if any(b.student_id == "S001" for b in d.badges)}
    # Both of Eva's teachers hear of her badge; the aide and the counselor do not.
    assert with_eva == {"T001", "T002"}


# --- Each surface, through the running app ----------------------------------------------


@pytest.fixture
def co_taught(running: RunningApp) -> RunningApp:
    with unit_of_work(running.sessions) as session:
        co_teach(session)
        entry = add_entry(session, "S001", date(2025, 9, 12))
        add_assessment(session, entry, Skill.COMMUNICATION, Level.PROFICIENT)
    return running


def _leave(sessions: sessionmaker[Session], teacher_id: str) -> None:
    with unit_of_work(sessions) as session:
        session.execute(
            update(Teacher)
            .where(Teacher.id == teacher_id)
            .values(active=False, deactivated_at=utcnow())
        )


def test_progress_of_a_co_taught_student(co_taught: RunningApp) -> None:
    _, reply = co_taught.command("S001", THOMPSON)
    assert "Eva (S001)" in reply["text"]


def test_a_teacher_who_left_sees_nobody(co_taught: RunningApp) -> None:
    _leave(co_taught.sessions, "T002")
    _, reply = co_taught.command("S001", THOMPSON)
    assert reply["text"] == NOT_A_TEACHER
    assert "Eva" not in json.dumps(reply)


def test_a_teacher_who_left_mid_session_is_shown_no_student(co_taught: RunningApp) -> None:
    """Who is who is cached for a minute; access is not: the record is gone at once."""
    assert "Eva (S001)" in co_taught.command("S001", THOMPSON)[1]["text"]
    _leave(co_taught.sessions, "T002")
    _, reply = co_taught.command("S001", THOMPSON)
    assert reply["text"].startswith("No student S001 in your class.")


def test_app_home_lists_every_class_the_teacher_teaches(co_taught: RunningApp) -> None:
    co_taught.send(
        event_callback_body(
            {"type": "app_home_opened", "user": THOMPSON, "tab": "home", "event_ts": "1.3"}
        )
    )
    (published,) = wait_for(lambda: co_taught.slack.calls("views.publish"), what="home")
    rendered = json.dumps(published.params["view"]["blocks"])
    for handle in ("S001", "S002", "S003", "S004"):
        assert f"({handle})" in rendered


def test_the_review_queue_holds_co_taught_students_and_who_validated_is_kept(
    co_taught: RunningApp,
) -> None:
    assert co_taught.command("", THOMPSON, name="/review", answered=False)[0] == 200
    page = wait_for(
        lambda: [m for m in co_taught.dm(THOMPSON) if "least certain first" in json.dumps(m)],
        what="the review page",
    )[0]
    assert "Eva" in json.dumps(page["blocks"])
    with co_taught.sessions() as session:
        assert session.scalar(select(Assessment.reviewed_by)) is None


def test_a_co_teacher_files_evidence_for_the_student(co_taught: RunningApp) -> None:
    note = (
        b"Observation of Eva (S001), 12 Sep 2025.\n\nEva explained her plan clearly to the group."
    )
    hosted = co_taught.slack.add_file("F0COTEACH", "S001_observation.txt", note, user=THOMPSON)
    assert co_taught.share(THOMPSON, [hosted]) == 200
    wait_for(lambda: [m for m in co_taught.dm(THOMPSON) if "Filed" in m["text"]], what="filed")
    with co_taught.sessions() as session:
        entry = session.scalars(select(DataEntry).where(DataEntry.source_ref == "F0COTEACH")).one()
    assert (entry.student_id, entry.teacher_id) == ("S001", "T002")


def test_an_aide_sees_progress_but_no_review_buttons(co_taught: RunningApp) -> None:
    with unit_of_work(co_taught.sessions) as session:
        session.execute(update(Teacher).where(Teacher.id == AIDE).values(slack_user_id="U0AIDE"))
    _, reply = co_taught.command("S001", "U0AIDE")
    assert "Eva (S001)" in reply["text"]
    rendered = json.dumps(reply["blocks"])
    assert "Set a target" not in rendered and "Review" not in rendered
    _, other = co_taught.command("S003", "U0AIDE")
    assert "Pat" not in json.dumps(other)


def test_any_of_the_students_teachers_validates_and_who_did_is_kept(school: Session) -> None:
    entry = add_entry(school, "S001", date(2025, 11, 4))
    assessment = add_assessment(school, entry, Skill.COMMUNICATION, Level.PROFICIENT)
    school.commit()
    with pytest.raises(NotFound):
        accept(school, Viewer(AIDE), assessment.id)
    accept(school, Viewer("T002"), assessment.id)
    school.commit()
    (item,) = entry_review(school, Viewer("T001"), entry.id).items
    assert (item.state, item.reviewer_name) == (ReviewState.ACCEPTED, "Mr. Thompson")
    assert school.get_one(Assessment, assessment.id).reviewed_by == "T002"
