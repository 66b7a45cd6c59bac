"""Digest composition: which week, what each teacher hears, in growth words, in a fixed
number of statements."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine, event, select
from sqlalchemy.orm import Session

from domain.curriculum import BadgeTier, Level, Skill
from domain.digest import (
    STATEMENTS,
    CheckInKind,
    Period,
    TeacherDigest,
    compose_digests,
    non_empty,
    week_of,
)
from domain.models import (
    Badge,
    Enrollment,
    EnrollmentRole,
    ReviewState,
    SkillTarget,
    Student,
    Teacher,
)
from domain.roster import simple_class_id
from tests.factories import add_assessment, add_entry, add_student, seed_roster

WEEK_START = date(2025, 11, 10)  # the digest sent Monday 10 Nov covers 3-9 Nov
MONDAY = datetime(2025, 11, 3, 0, 0, tzinfo=UTC)  # the covered week's first instant (UTC)
LONG_AGO = datetime(2025, 8, 1, tzinfo=UTC)
# Words that label a student rather than describe a next step.
DEFICIT_WORDS = re.compile(
    r"\b(behind|struggl\w*|weak\w*|fail\w*|poor\w*|low\w*|lack\w*|deficien\w*|"
    r"problem\w*|bad\w*|worse|declin\w*)\b",
    re.IGNORECASE,
)


@pytest.fixture
def seeded(session: Session) -> Session:
    seed_roster(session)
    # On the roster since the start of the year, so missing evidence counts.
    for student in session.scalars(select(Student)):
        student.created_at = LONG_AGO
    session.flush()
    return session


def by_teacher(digests: list[TeacherDigest]) -> dict[str, TeacherDigest]:
    return {digest.teacher_id: digest for digest in digests}


def validated(
    session: Session,
    student_id: str,
    skill: Skill,
    level: Level,
    *,
    observed: date,
    reviewed: datetime,
    state: ReviewState = ReviewState.ACCEPTED,
) -> None:
    entry = add_entry(session, student_id, observed)
    row = add_assessment(session, entry, skill, level, state=state)
    row.reviewed_at = reviewed
    entry.created_at = row.created_at = reviewed - timedelta(hours=1)
    session.flush()


def badge(session: Session, student_id: str, skill: Skill, level: Level, at: datetime) -> None:
    session.add(Badge(student_id=student_id, skill=skill.value, level=level.value, awarded_at=at))
    session.flush()


def recent_evidence(session: Session, *student_ids: str) -> None:
    """An entry in the covered week for each, so no quiet-student check-in muddles a test."""
    for student_id in student_ids:
        entry = add_entry(session, student_id, date(2025, 11, 5))
        entry.created_at = MONDAY + timedelta(days=2)
    session.flush()


def test_week_of_is_the_monday_and_the_period_is_the_week_before() -> None:
    assert week_of(date(2025, 11, 10)) == date(2025, 11, 10)
    assert week_of(date(2025, 11, 16)) == date(2025, 11, 10)
    assert week_of(date(2025, 11, 9)) == date(2025, 11, 3)
    period = Period.for_digest(WEEK_START, ZoneInfo("America/New_York"))
    assert (period.first, period.last) == (date(2025, 11, 3), date(2025, 11, 9))
    # Midnight in New York (EST since 2 Nov) is 05:00 UTC.
    assert period.start == datetime(2025, 11, 3, 5, tzinfo=UTC)
    assert period.end == datetime(2025, 11, 10, 5, tzinfo=UTC)


def test_a_digest_week_starts_on_a_monday(seeded: Session) -> None:
    with pytest.raises(ValueError, match="Monday"):
        compose_digests(seeded, date(2025, 11, 11))


def test_badges_of_the_week_only_and_only_the_teachers_own_students(seeded: Session) -> None:
    recent_evidence(seeded, "S001", "S002", "S003", "S004")
    badge(seeded, "S001", Skill.COMMUNICATION, Level.PROFICIENT, MONDAY + timedelta(days=1))
    badge(seeded, "S001", Skill.COLLABORATION, Level.ADVANCED, MONDAY + timedelta(days=6))
    badge(seeded, "S002", Skill.ORGANIZATION, Level.DEVELOPING, MONDAY - timedelta(seconds=1))
    badge(seeded, "S002", Skill.ORGANIZATION, Level.PROFICIENT, MONDAY + timedelta(days=7))
    badge(seeded, "S003", Skill.CRITICAL_THINKING, Level.DEVELOPING, MONDAY)

    digests = by_teacher(compose_digests(seeded, WEEK_START))

    rodriguez = digests["T001"]
    assert [(b.student_id, b.skill, b.level, b.tier) for b in rodriguez.badges] == [
        ("S001", Skill.COMMUNICATION, Level.PROFICIENT, BadgeTier.SILVER),
        ("S001", Skill.COLLABORATION, Level.ADVANCED, BadgeTier.GOLD),
    ]
    assert rodriguez.badges[0].student_name == "Eva"
    assert [(b.student_id, b.tier) for b in digests["T002"].badges] == [("S003", BadgeTier.BRONZE)]
    assert rodriguez.slack_user_id == "U01RODRIGUEZ" and digests["T002"].slack_user_id is None


def test_day_boundaries_are_the_schools_midnight(seeded: Session) -> None:
    recent_evidence(seeded, "S001", "S002")
    # Sunday 9 Nov, 23:30 in New York: already Monday 04:30 in UTC.
    late_sunday = datetime(2025, 11, 10, 4, 30, tzinfo=UTC)
    badge(seeded, "S001", Skill.COMMUNICATION, Level.DEVELOPING, late_sunday)

    school = by_teacher(compose_digests(seeded, WEEK_START, tz="America/New_York"))["T001"]
    utc = by_teacher(compose_digests(seeded, WEEK_START, tz="UTC"))["T001"]
    next_week = by_teacher(compose_digests(seeded, WEEK_START + timedelta(days=7)))["T001"]

    assert [b.skill for b in school.badges] == [Skill.COMMUNICATION]
    assert utc.badges == [] and [b.skill for b in next_week.badges] == [Skill.COMMUNICATION]


def test_targets_completed_this_week_and_progress_on_active_ones(seeded: Session) -> None:
    recent_evidence(seeded, "S001", "S002")
    validated(
        seeded,
        "S001",
        Skill.ORGANIZATION,
        Level.DEVELOPING,
        observed=date(2025, 10, 1),
        reviewed=datetime(2025, 10, 2, tzinfo=UTC),
    )
    targets = [
        # Reached this week.
        SkillTarget(
            student_id="S001",
            skill=Skill.COMMUNICATION.value,
            starting_level="Developing",
            target_level="Proficient",
            status="completed",
            created_at=LONG_AGO,
            completed_at=MONDAY + timedelta(days=3),
        ),
        # Active, one step to go from the latest validated level.
        SkillTarget(
            student_id="S001",
            skill=Skill.ORGANIZATION.value,
            starting_level="Emerging",
            target_level="Proficient",
            created_at=LONG_AGO,
        ),
        # Completed after the week ended: still being worked on at its end.
        SkillTarget(
            student_id="S002",
            skill=Skill.SELF_AWARENESS.value,
            starting_level="Emerging",
            target_level="Developing",
            status="completed",
            created_at=LONG_AGO,
            completed_at=MONDAY + timedelta(days=8),
        ),
        # Reached last week: history, not news.
        SkillTarget(
            student_id="S002",
            skill=Skill.WORKING_MEMORY.value,
            starting_level="Proficient",
            target_level="Advanced",
            status="completed",
            created_at=LONG_AGO,
            completed_at=MONDAY - timedelta(days=2),
        ),
        # Set after the week ended.
        SkillTarget(
            student_id="S002",
            skill=Skill.ORGANIZATION.value,
            starting_level="Emerging",
            target_level="Developing",
            created_at=MONDAY + timedelta(days=8),
        ),
        SkillTarget(
            student_id="S002",
            skill=Skill.CREATIVITY_INNOVATION.value,
            starting_level="Emerging",
            target_level="Developing",
            status="cancelled",
            created_at=LONG_AGO,
        ),
    ]
    seeded.add_all(targets)
    seeded.flush()

    digest = by_teacher(compose_digests(seeded, WEEK_START))["T001"]

    assert [(t.student_id, t.skill, t.target_level) for t in digest.targets_completed] == [
        ("S001", Skill.COMMUNICATION, Level.PROFICIENT)
    ]
    progress = {(t.student_id, t.skill): t for t in digest.active_targets}
    assert set(progress) == {("S001", Skill.ORGANIZATION), ("S002", Skill.SELF_AWARENESS)}
    organization = progress[("S001", Skill.ORGANIZATION)]
    assert (organization.current_level, organization.steps_to_go) == (Level.DEVELOPING, 1)
    assert progress[("S002", Skill.SELF_AWARENESS)].current_level is None


def test_awaiting_review_counts_what_was_pending_when_the_week_ended(seeded: Session) -> None:
    recent_evidence(seeded, "S001", "S002", "S003", "S004")
    entry = add_entry(seeded, "S001", date(2025, 11, 4))
    still_pending = add_assessment(seeded, entry, Skill.COMMUNICATION, Level.PROFICIENT)
    reviewed_later = add_assessment(seeded, entry, Skill.COLLABORATION, Level.PROFICIENT)
    reviewed_in_week = add_assessment(seeded, entry, Skill.ORGANIZATION, Level.PROFICIENT)
    filed_later = add_assessment(seeded, entry, Skill.CREATIVITY_INNOVATION, Level.PROFICIENT)
    for row in (still_pending, reviewed_later, reviewed_in_week):
        row.created_at = MONDAY + timedelta(days=1)
    filed_later.created_at = MONDAY + timedelta(days=7, hours=1)
    for row, when in ((reviewed_later, 8), (reviewed_in_week, 2)):
        row.review_state = ReviewState.ACCEPTED.value
        row.reviewed_at = MONDAY + timedelta(days=when)
    seeded.flush()

    digests = by_teacher(compose_digests(seeded, WEEK_START))

    assert digests["T001"].awaiting_review == 2
    assert digests["T002"].awaiting_review == 0


def test_quiet_students_get_a_check_in_with_its_reason(seeded: Session) -> None:
    # Eva: last evidence 12 Oct, more than three weeks before the digest week.
    add_entry(seeded, "S001", date(2025, 10, 12)).created_at = datetime(2025, 10, 12, tzinfo=UTC)
    # Lucas: evidence exactly three weeks before: recent enough.
    add_entry(seeded, "S002", date(2025, 10, 20)).created_at = datetime(2025, 10, 20, tzinfo=UTC)
    # Pat: an entry filed after the week ended does not count for it.
    add_entry(seeded, "S003", date(2025, 11, 7)).created_at = MONDAY + timedelta(days=8)
    # Mia: nothing at all, but new to the roster: no news yet.
    mia = seeded.get(Student, "S004")
    assert mia is not None
    mia.created_at = MONDAY - timedelta(days=10)
    seeded.flush()

    digests = by_teacher(compose_digests(seeded, WEEK_START))

    (eva,) = digests["T001"].check_ins
    assert (eva.student_id, eva.kind, eva.last_evidence) == (
        "S001",
        CheckInKind.NO_RECENT_EVIDENCE,
        date(2025, 10, 12),
    )
    assert eva.reason == (
        "No new evidence since 12 Oct: a fresh observation would show where Eva is now"
    )
    (pat,) = digests["T002"].check_ins
    assert (pat.student_id, pat.kind) == ("S003", CheckInKind.NO_EVIDENCE_YET)
    assert pat.reason == (
        "No evidence yet: a first observation would show where Pat is starting from"
    )


def test_one_lower_level_is_new_evidence_not_a_check_in(seeded: Session) -> None:
    """A single document validated below the level before it is one day, not a pattern:
    no check-in (before: "Collaboration was last validated at Developing after ...")."""
    recent_evidence(seeded, "S003", "S004")
    validated(
        seeded,
        "S003",
        Skill.COLLABORATION,
        Level.ADVANCED,
        observed=date(2025, 10, 1),
        reviewed=datetime(2025, 10, 2, tzinfo=UTC),
    )
    validated(
        seeded,
        "S003",
        Skill.COLLABORATION,
        Level.DEVELOPING,
        observed=date(2025, 11, 4),
        reviewed=MONDAY + timedelta(days=2),
        state=ReviewState.CORRECTED,
    )
    assert by_teacher(compose_digests(seeded, WEEK_START))["T002"].check_ins == []


def test_two_lower_levels_in_a_row_suggest_a_check_in_worded_from_strengths(
    seeded: Session,
) -> None:
    recent_evidence(seeded, "S003", "S004")
    in_week = MONDAY + timedelta(days=2)
    validated(
        seeded,
        "S003",
        Skill.ORGANIZATION,
        Level.ADVANCED,
        observed=date(2025, 9, 18),
        reviewed=datetime(2025, 9, 19, tzinfo=UTC),
    )
    validated(
        seeded,
        "S003",
        Skill.ORGANIZATION,
        Level.PROFICIENT,
        observed=date(2025, 10, 20),
        reviewed=datetime(2025, 10, 21, tzinfo=UTC),
    )
    validated(
        seeded,
        "S003",
        Skill.ORGANIZATION,
        Level.PROFICIENT,
        observed=date(2025, 11, 4),
        reviewed=in_week,
        state=ReviewState.CORRECTED,
    )
    # Mia's two lower levels were both validated weeks ago: not this week's news.
    for level, observed in (
        (Level.ADVANCED, date(2025, 9, 1)),
        (Level.PROFICIENT, date(2025, 9, 10)),
        (Level.DEVELOPING, date(2025, 9, 20)),
    ):
        validated(
            seeded,
            "S004",
            Skill.COLLABORATION,
            level,
            observed=observed,
            reviewed=datetime.combine(observed, datetime.min.time(), UTC) + timedelta(days=1),
        )
    # Pending levels are not validated: no check-in from them.
    pending_entry = add_entry(seeded, "S004", date(2025, 11, 5))
    add_assessment(seeded, pending_entry, Skill.COLLABORATION, Level.EMERGING)

    digest = by_teacher(compose_digests(seeded, WEEK_START))["T002"]

    (check_in,) = digest.check_ins
    assert (check_in.student_id, check_in.kind, check_in.skill) == (
        "S003",
        CheckInKind.SUSTAINED_CHANGE,
        Skill.ORGANIZATION,
    )
    assert check_in.reason == (
        "Pat showed Advanced Organization on 18 Sep; the two pieces of evidence since were "
        "validated at Proficient: a check-in could find what helped then"
    )
    assert check_in.basis.startswith("a")
    assert digest.highlight is None


def test_silence_is_worded_from_the_strongest_level_shown(seeded: Session) -> None:
    validated(
        seeded,
        "S001",
        Skill.COMMUNICATION,
        Level.PROFICIENT,
        observed=date(2025, 9, 20),
        reviewed=datetime(2025, 9, 21, tzinfo=UTC),
    )
    validated(
        seeded,
        "S001",
        Skill.ORGANIZATION,
        Level.ADVANCED,
        observed=date(2025, 9, 18),
        reviewed=datetime(2025, 9, 21, tzinfo=UTC),
    )
    recent_evidence(seeded, "S002")
    (eva,) = by_teacher(compose_digests(seeded, WEEK_START))["T001"].check_ins
    assert eva.kind is CheckInKind.NO_RECENT_EVIDENCE
    assert eva.reason == (
        "No new evidence since 20 Sep. Eva showed Advanced Organization on 18 Sep: "
        "a fresh observation would show where Eva is now"
    )


def test_the_highlight_is_the_biggest_validated_rise_of_the_week(seeded: Session) -> None:
    recent_evidence(seeded, "S001", "S002")
    before = datetime(2025, 10, 2, tzinfo=UTC)
    in_week = MONDAY + timedelta(days=3)
    for student, skill, start, end in (
        ("S001", Skill.COMMUNICATION, Level.DEVELOPING, Level.PROFICIENT),
        ("S002", Skill.SELF_AWARENESS, Level.EMERGING, Level.PROFICIENT),
    ):
        validated(seeded, student, skill, start, observed=date(2025, 10, 1), reviewed=before)
        validated(seeded, student, skill, end, observed=date(2025, 11, 4), reviewed=in_week)
    # Two steps in one week count from where the week began: Emerging to Advanced.
    validated(
        seeded,
        "S001",
        Skill.ORGANIZATION,
        Level.EMERGING,
        observed=date(2025, 9, 1),
        reviewed=before,
    )
    validated(
        seeded,
        "S001",
        Skill.ORGANIZATION,
        Level.PROFICIENT,
        observed=date(2025, 11, 3),
        reviewed=in_week,
    )
    validated(
        seeded,
        "S001",
        Skill.ORGANIZATION,
        Level.ADVANCED,
        observed=date(2025, 11, 6),
        reviewed=in_week,
    )
    # A first validated level is a start, not a rise.
    validated(
        seeded,
        "S002",
        Skill.CREATIVITY_INNOVATION,
        Level.ADVANCED,
        observed=date(2025, 11, 4),
        reviewed=in_week,
    )

    digest = by_teacher(compose_digests(seeded, WEEK_START))["T001"]

    assert digest.highlight is not None
    assert (digest.highlight.student_id, digest.highlight.skill, digest.highlight.gain) == (
        "S001",
        Skill.ORGANIZATION,
        3,
    )
    assert digest.highlight.text == "Eva grew from Emerging to Advanced in Organization"
    assert digest.check_ins == []


def test_nothing_to_report_is_an_empty_digest(seeded: Session) -> None:
    recent_evidence(seeded, "S001", "S002", "S003", "S004")
    badge(seeded, "S001", Skill.COMMUNICATION, Level.DEVELOPING, MONDAY + timedelta(days=1))
    # An active target alone is not news.
    seeded.add(
        SkillTarget(
            student_id="S003",
            skill=Skill.COLLABORATION.value,
            starting_level="Emerging",
            target_level="Developing",
            created_at=LONG_AGO,
        )
    )
    seeded.add(Teacher(id="T003", name="Ms. Okafor"))  # no students at all
    seeded.flush()

    digests = compose_digests(seeded, WEEK_START)

    assert [d.teacher_id for d in digests] == ["T001", "T002", "T003"]
    assert [d.teacher_id for d in non_empty(digests)] == ["T001"]
    t002 = by_teacher(digests)["T002"]
    assert t002.is_empty and len(t002.active_targets) == 1


def test_teacher_ids_narrow_the_digests(seeded: Session) -> None:
    recent_evidence(seeded, "S001", "S003")
    badge(seeded, "S003", Skill.COMMUNICATION, Level.DEVELOPING, MONDAY + timedelta(days=1))
    (only,) = compose_digests(seeded, WEEK_START, teacher_ids=["T002"])
    assert only.teacher_id == "T002" and len(only.badges) == 1
    assert compose_digests(seeded, WEEK_START, teacher_ids=[]) == []


def test_a_student_with_two_teachers_is_news_in_both_digests_and_an_aides_in_neither(
    seeded: Session,
) -> None:
    """The facts are read per student and fanned out: each teacher who may act on the
    student gets all of them, the student counted once per digest, an aide none."""
    seeded.add(Teacher(id="T009", name="Ms. Aide"))
    seeded.flush()
    seeded.add_all(
        [
            # Eva (T001's) sits in Mr. Thompson's class too; an aide assists in Ms. Rodriguez's.
            Enrollment(
                id="extra-S001",
                class_id=simple_class_id("T002"),
                role=EnrollmentRole.STUDENT.value,
                student_id="S001",
            ),
            Enrollment(
                id="aide-T009",
                class_id=simple_class_id("T001"),
                role=EnrollmentRole.AIDE.value,
                teacher_id="T009",
            ),
        ]
    )
    seeded.flush()
    recent_evidence(seeded, "S001", "S002", "S003", "S004")
    in_week = MONDAY + timedelta(days=2)
    badge(seeded, "S001", Skill.COMMUNICATION, Level.PROFICIENT, in_week)
    validated(
        seeded,
        "S001",
        Skill.COMMUNICATION,
        Level.DEVELOPING,
        observed=date(2025, 10, 1),
        reviewed=datetime(2025, 10, 2, tzinfo=UTC),
    )
    validated(
        seeded,
        "S001",
        Skill.COMMUNICATION,
        Level.PROFICIENT,
        observed=date(2025, 11, 4),
        reviewed=in_week,
    )
    add_assessment(
        seeded,
        add_entry(seeded, "S001", date(2025, 11, 4)),
        Skill.CREATIVITY_INNOVATION,
        Level.DEVELOPING,
    ).created_at = in_week
    seeded.flush()

    digests = by_teacher(compose_digests(seeded, WEEK_START))

    for teacher in ("T001", "T002"):
        digest = digests[teacher]
        assert [(b.student_id, b.skill) for b in digest.badges] == [
            ("S001", Skill.COMMUNICATION)
        ], teacher
        assert digest.awaiting_review == 1, teacher
        assert digest.highlight is not None and digest.highlight.student_id == "S001"
    assert digests["T009"].is_empty and not digests["T009"].active_targets
    (only,) = compose_digests(seeded, WEEK_START, teacher_ids=["T002"])
    assert only.badges == digests["T002"].badges and only.awaiting_review == 1
    assert only.highlight == digests["T002"].highlight


def test_reasons_are_worded_as_growth_never_as_a_label(seeded: Session) -> None:
    add_entry(seeded, "S001", date(2025, 9, 1)).created_at = LONG_AGO
    validated(
        seeded,
        "S003",
        Skill.COLLABORATION,
        Level.ADVANCED,
        observed=date(2025, 10, 1),
        reviewed=datetime(2025, 10, 2, tzinfo=UTC),
    )
    for observed in (date(2025, 10, 20), date(2025, 11, 4)):
        validated(
            seeded,
            "S003",
            Skill.COLLABORATION,
            Level.EMERGING,
            observed=observed,
            reviewed=MONDAY + timedelta(days=1),
        )
    check_ins = [c for d in compose_digests(seeded, WEEK_START) for c in d.check_ins]
    assert {c.kind for c in check_ins} == set(CheckInKind)
    for check_in in check_ins:
        assert not DEFICIT_WORDS.search(check_in.reason), check_in.reason
        assert check_in.student_name in check_in.reason or check_in.skill


# --- bounded statements -------------------------------------------------------------------


@contextmanager
def counting(engine: Engine) -> Iterator[list[str]]:
    statements: list[str] = []

    def record(*args: Any) -> None:
        statements.append(args[2])

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", record)


def classroom(session: Session, teachers: int, students_each: int) -> None:
    """Teachers with students who have every kind of digest news: badges, targets reached
    and active, pending items, quiet students, drops and rises."""
    in_week = MONDAY + timedelta(days=2)
    before = datetime(2025, 10, 2, tzinfo=UTC)
    number = 0
    # Two at least: the factories file entries under T001 or T002.
    for t in range(1, max(teachers, 2) + 1):
        session.add(Teacher(id=f"T{t:03d}", name=f"Teacher {t}", slack_user_id=f"U{t:03d}"))
    session.flush()
    for t in range(1, teachers + 1):
        teacher_id = f"T{t:03d}"
        for _ in range(students_each):
            number += 1
            sid = f"S{number:03d}"
            add_student(session, sid, f"Student {number}", teacher_id, created_at=LONG_AGO)
            validated(
                session,
                sid,
                Skill.COLLABORATION,
                Level.PROFICIENT,
                observed=date(2025, 9, 1),
                reviewed=before,
            )
            if number % 2:
                # A second level below Proficient follows this week: a sustained change.
                validated(
                    session,
                    sid,
                    Skill.COLLABORATION,
                    Level.DEVELOPING,
                    observed=date(2025, 9, 15),
                    reviewed=before,
                )
            # Every third student's latest evidence is old, though validated this week.
            quiet = number % 3 == 1
            validated(
                session,
                sid,
                Skill.COLLABORATION,
                Level.DEVELOPING if number % 2 else Level.ADVANCED,
                observed=date(2025, 10, 10) if quiet else date(2025, 11, 4),
                reviewed=in_week,
            )
            pending = add_entry(session, sid, date(2025, 9 if quiet else 11, 5))
            pending.created_at = before
            add_assessment(
                session, pending, Skill.ORGANIZATION, Level.DEVELOPING
            ).created_at = before
            badge(session, sid, Skill.COLLABORATION, Level.ADVANCED, in_week)
            session.add_all(
                [
                    SkillTarget(
                        student_id=sid,
                        skill=Skill.COMMUNICATION.value,
                        starting_level="Emerging",
                        target_level="Developing",
                        status="completed",
                        created_at=LONG_AGO,
                        completed_at=in_week,
                    ),
                    SkillTarget(
                        student_id=sid,
                        skill=Skill.COLLABORATION.value,
                        starting_level="Proficient",
                        target_level="Advanced",
                        created_at=LONG_AGO,
                    ),
                ]
            )
    session.flush()


@pytest.mark.parametrize(("teachers", "students_each"), [(1, 2), (4, 10)])
def test_composing_takes_the_same_statements_for_2_or_40_students(
    engine: Engine, session: Session, teachers: int, students_each: int
) -> None:
    classroom(session, teachers, students_each)
    session.commit()

    with counting(engine) as statements:
        digests = compose_digests(session, WEEK_START)
        session.rollback()

    digests = [d for d in digests if d.teacher_id <= f"T{teachers:03d}"]
    assert len(digests) == teachers
    # Every kind of news was there to be read, so no branch was skipped.
    for digest in digests:
        assert digest.badges and digest.targets_completed and digest.active_targets
        assert digest.awaiting_review and digest.highlight
        assert {c.kind for c in digest.check_ins} >= {
            CheckInKind.SUSTAINED_CHANGE,
            CheckInKind.NO_RECENT_EVIDENCE,
        }
    queries = [s for s in statements if not s.lstrip().upper().startswith(("BEGIN", "ROLLBACK"))]
    assert len(queries) == STATEMENTS, queries


def test_no_statement_is_per_student(engine: Engine, session: Session) -> None:
    classroom(session, 2, 20)
    session.commit()
    with counting(engine) as statements:
        compose_digests(session, WEEK_START)
    # No statement names one student or one teacher: each reads the whole set.
    for statement in statements:
        assert not re.search(r"'[ST]\d{3}'", statement)
    assert len(statements) <= STATEMENTS + 1  # + SQLite's BEGIN IMMEDIATE
