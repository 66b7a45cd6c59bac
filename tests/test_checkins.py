"""Badges in the week of their validation, the check-in rule's answers remembered and
counted: domain rules, on both databases."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from domain.access import Viewer
from domain.checkins import answer_check_in, report
from domain.curriculum import BadgeTier, Level, Skill
from domain.db import unit_of_work
from domain.digest import CheckInKind, compose_digests
from domain.errors import NotFound
from domain.models import Badge, CheckInAnswer, CheckInAnswerChoice, ReviewState, Student
from domain.progress import student_progress
from domain.teacher_review import accept
from tests.factories import add_assessment, add_entry, seed_roster
from tests.test_digest import (
    LONG_AGO,
    MONDAY,
    WEEK_START,
    by_teacher,
    recent_evidence,
    seeded,
    validated,
)

__all__ = ["seeded"]

RODRIGUEZ = Viewer("T001")
NEXT_WEEK = WEEK_START + timedelta(days=7)


def test_a_badge_is_news_in_the_week_its_level_was_validated(seeded: Session) -> None:
    """A validation replayed or imported later writes the badge row later; the digest still
    tells it in the validation's week, never as "this week" for old evidence."""
    recent_evidence(seeded, "S001", "S002")
    entry = add_entry(seeded, "S001", date(2025, 9, 18))
    row = add_assessment(seeded, entry, Skill.ORGANIZATION, Level.ADVANCED)
    row.review_state = ReviewState.ACCEPTED.value
    row.reviewed_at = datetime(2025, 9, 19, 10, tzinfo=UTC)
    seeded.add(
        Badge(
            student_id="S001",
            skill=Skill.ORGANIZATION.value,
            level=Level.ADVANCED.value,
            assessment_id=row.id,
            awarded_at=MONDAY + timedelta(days=2),
        )
    )
    seeded.flush()

    assert by_teacher(compose_digests(seeded, WEEK_START))["T001"].badges == []
    (earned,) = by_teacher(compose_digests(seeded, date(2025, 9, 22)))["T001"].badges
    assert (earned.skill, earned.tier, earned.earned_on, earned.evidence_on) == (
        Skill.ORGANIZATION,
        BadgeTier.GOLD,
        date(2025, 9, 19),
        date(2025, 9, 18),
    )
    (held,) = student_progress(seeded, RODRIGUEZ, "S001").badges
    assert held.earned_on == date(2025, 9, 19)


def test_accepting_awards_the_badge_at_the_moment_of_the_validation(seeded: Session) -> None:
    entry = add_entry(seeded, "S001", date(2025, 11, 4))
    row = add_assessment(seeded, entry, Skill.COMMUNICATION, Level.PROFICIENT)
    accept(seeded, RODRIGUEZ, row.id)
    badge = seeded.scalars(select(Badge)).one()
    assert badge.awarded_at == row.reviewed_at


def test_the_digest_shows_one_line_per_student_with_the_highest_badge_per_skill(
    seeded: Session,
) -> None:
    recent_evidence(seeded, "S001", "S002")
    in_week = MONDAY + timedelta(days=1)
    for skill, level in (
        (Skill.COMMUNICATION, Level.DEVELOPING),
        (Skill.COMMUNICATION, Level.PROFICIENT),
        (Skill.ORGANIZATION, Level.ADVANCED),
    ):
        seeded.add(
            Badge(student_id="S001", skill=skill.value, level=level.value, awarded_at=in_week)
        )
    seeded.flush()
    (eva,) = by_teacher(compose_digests(seeded, WEEK_START))["T001"].badges_by_student()
    assert eva.count == 3
    assert [(b.skill, b.level) for b in eva.highest] == [
        (Skill.ORGANIZATION, Level.ADVANCED),
        (Skill.COMMUNICATION, Level.PROFICIENT),
    ]


def quiet_eva(session: Session) -> None:
    """Eva's last evidence is 12 Oct; Lucas has recent evidence."""
    add_entry(session, "S001", date(2025, 10, 12)).created_at = datetime(2025, 10, 12, tzinfo=UTC)
    recent_evidence(session, "S002")


def test_an_answered_suggestion_is_not_made_again(seeded: Session) -> None:
    quiet_eva(seeded)
    (suggestion,) = by_teacher(compose_digests(seeded, WEEK_START))["T001"].check_ins
    answered = answer_check_in(
        seeded,
        RODRIGUEZ,
        student_id="S001",
        kind=suggestion.kind,
        basis=suggestion.basis,
        week_start=WEEK_START,
        answer=CheckInAnswerChoice.CHECKED_IN,
    )
    assert answered.recorded
    # A second click keeps the first answer.
    again = answer_check_in(
        seeded,
        RODRIGUEZ,
        student_id="S001",
        kind=suggestion.kind,
        basis=suggestion.basis,
        week_start=WEEK_START,
        answer=CheckInAnswerChoice.NOT_NEEDED,
    )
    assert not again.recorded and again.answer is CheckInAnswerChoice.CHECKED_IN
    # Answered during the digest's own week: that week composed again tells the same story,
    # and next week's digest does not repeat it.
    row = seeded.scalars(select(CheckInAnswer)).one()
    row.answered_at = datetime.combine(WEEK_START, datetime.min.time(), UTC) + timedelta(hours=9)
    seeded.flush()
    assert by_teacher(compose_digests(seeded, WEEK_START))["T001"].check_ins == [suggestion]
    assert by_teacher(compose_digests(seeded, NEXT_WEEK))["T001"].check_ins == []


def test_a_new_situation_is_suggested_afresh(seeded: Session) -> None:
    quiet_eva(seeded)
    (first,) = by_teacher(compose_digests(seeded, WEEK_START))["T001"].check_ins
    answer_check_in(
        seeded,
        RODRIGUEZ,
        student_id="S001",
        kind=first.kind,
        basis=first.basis,
        week_start=WEEK_START,
        answer=CheckInAnswerChoice.NOT_NEEDED,
    )
    # New evidence on 14 Oct (filed late), then silence again: a different suggestion.
    add_entry(seeded, "S001", date(2025, 10, 14)).created_at = datetime(2025, 10, 15, tzinfo=UTC)
    (second,) = by_teacher(compose_digests(seeded, NEXT_WEEK))["T001"].check_ins
    assert second.kind is CheckInKind.NO_RECENT_EVIDENCE and second.basis != first.basis
    assert second.last_evidence == date(2025, 10, 14)


def test_only_the_students_own_teacher_answers(seeded: Session) -> None:
    with pytest.raises(NotFound):
        answer_check_in(
            seeded,
            Viewer("T002"),
            student_id="S001",
            kind=CheckInKind.NO_RECENT_EVIDENCE,
            basis="2025-10-12",
            week_start=WEEK_START,
            answer=CheckInAnswerChoice.CHECKED_IN,
        )
    assert seeded.scalars(select(CheckInAnswer)).all() == []


def test_the_database_refuses_an_unknown_answer(seeded: Session) -> None:
    seeded.add(
        CheckInAnswer(
            student_id="S001",
            kind=CheckInKind.NO_RECENT_EVIDENCE.value,
            basis="2025-10-12",
            week_start=WEEK_START,
            answer="maybe",
        )
    )
    with pytest.raises(IntegrityError):
        seeded.flush()


def test_the_report_counts_suggestions_and_answers_per_kind(seeded: Session) -> None:
    quiet_eva(seeded)
    # Pat: two levels in a row below an Advanced, the second validated in the week.
    recent_evidence(seeded, "S003", "S004")
    for level, observed, reviewed in (
        (Level.ADVANCED, date(2025, 9, 18), datetime(2025, 9, 19, tzinfo=UTC)),
        (Level.PROFICIENT, date(2025, 10, 20), datetime(2025, 10, 21, tzinfo=UTC)),
        (Level.DEVELOPING, date(2025, 11, 4), MONDAY + timedelta(days=2)),
    ):
        validated(seeded, "S003", Skill.ORGANIZATION, level, observed=observed, reviewed=reviewed)
    digests = by_teacher(compose_digests(seeded, WEEK_START))
    (eva,) = digests["T001"].check_ins
    (pat,) = digests["T002"].check_ins
    assert pat.kind is CheckInKind.SUSTAINED_CHANGE
    for viewer, check_in, choice in (
        (RODRIGUEZ, eva, CheckInAnswerChoice.CHECKED_IN),
        (Viewer("T002"), pat, CheckInAnswerChoice.NOT_NEEDED),
    ):
        answer_check_in(
            seeded,
            viewer,
            student_id=check_in.student_id,
            kind=check_in.kind,
            basis=check_in.basis,
            week_start=WEEK_START,
            answer=choice,
            skill=check_in.skill,
        )
    counted = {k.kind: k for k in report(seeded, WEEK_START, WEEK_START).kinds}
    silence = counted[CheckInKind.NO_RECENT_EVIDENCE]
    change = counted[CheckInKind.SUSTAINED_CHANGE]
    assert (silence.suggested, silence.checked_in, silence.not_needed) == (1, 1, 0)
    assert (change.suggested, change.checked_in, change.not_needed) == (1, 0, 1)
    assert silence.useful_share == 1.0 and change.useful_share == 0.0
    assert counted[CheckInKind.NO_EVIDENCE_YET].suggested == 0


def test_flourish_checkins_report_prints_the_counts(
    db_url: str, sessions: sessionmaker[Session]
) -> None:
    with unit_of_work(sessions) as session:
        seed_roster(session)
        quiet_eva(session)
        for student in session.scalars(select(Student)):
            student.created_at = LONG_AGO
        (eva,) = by_teacher(compose_digests(session, WEEK_START))["T001"].check_ins
        answer_check_in(
            session,
            RODRIGUEZ,
            student_id="S001",
            kind=eva.kind,
            basis=eva.basis,
            week_start=WEEK_START,
            answer=CheckInAnswerChoice.NOT_NEEDED,
        )
    env = {**os.environ, "DATABASE_URL": db_url, "FLOURISH_TIMEZONE": "UTC", "COLUMNS": "140"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "flourish.cli",
            "checkins",
            "report",
            "--weeks",
            "1",
            "--until",
            WEEK_START.isoformat(),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    row = next(line for line in result.stdout.splitlines() if "No new evidence" in line)
    # Suggested, checked in, not needed, unanswered, acted on.
    assert [cell.strip() for cell in row.split("│")[2:7]] == ["1", "0", "1", "0", "0%"]
    assert "10 Nov 2025" in result.stdout
