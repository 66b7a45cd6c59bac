"""Corrections teach the offline assessor: a teacher who keeps reading its level for a skill
one step higher gets that level from then on; a skill they keep dismissing is not proposed
to them any more. Through the real worker, the real review services and a database built
by the migrations, on each backend."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from domain.access import Viewer
from domain.assessors.base import AssessmentRequest, ValidatedLevel
from domain.assessors.offline import OfflineAssessor
from domain.assessors.teacher_calibration import TeacherCalibration
from domain.curriculum import EntryType, Level, Skill
from domain.db import unit_of_work
from domain.models import Assessment
from domain.queue import QueuePolicy
from domain.teacher_review import correct, dismiss
from domain.validated_levels import teacher_validations
from domain.worker import drain
from tests.factories import assessment_of, file_reflection, seed_roster

POLICY = QueuePolicy(lease=timedelta(minutes=5), max_attempts=3, first_backoff=timedelta(0))
MODEL = OfflineAssessor().model
# Written for this test: a journal the offline assessor reads as Developing organisation.
JOURNAL = (
    "Student: Eva (S001)\nDate: {day}\nType: Reflection journal\n---\n"
    "I keep my binder in order most days after my teacher reminded me to check it.\n"
)


def review(
    skill: Skill, proposed: Level, teacher: Level | None, model: str = MODEL
) -> ValidatedLevel:
    return ValidatedLevel(skill=skill, proposed=proposed, teacher_level=teacher, model=model)


def test_one_correction_moves_nothing_and_consistent_ones_do() -> None:
    org, dev, pro = Skill.ORGANIZATION, Level.DEVELOPING, Level.PROFICIENT
    once = TeacherCalibration.learn([review(org, dev, pro)], model_prefix="offline-")
    assert once.level(org, dev) is dev
    thrice = TeacherCalibration.learn([review(org, dev, pro)] * 3, model_prefix="offline-")
    assert thrice.level(org, dev) is pro
    # Agreement elsewhere holds the teacher's other skills where they were.
    assert thrice.level(Skill.PLANNING_PRIORITIZATION, Level.ADVANCED) is Level.ADVANCED
    mixed = [review(org, dev, pro)] * 3 + [review(org, dev, dev)] * 6
    assert TeacherCalibration.learn(mixed, model_prefix="offline-").level(org, dev) is dev


def test_only_the_assessors_own_proposals_teach_it() -> None:
    theirs = [review(Skill.ORGANIZATION, Level.DEVELOPING, Level.PROFICIENT, "gpt-4o")] * 4
    calibration = TeacherCalibration.learn(theirs, model_prefix="offline-")
    assert calibration.empty
    assert calibration.level(Skill.ORGANIZATION, Level.DEVELOPING) is Level.DEVELOPING


def test_a_skill_the_teacher_keeps_dismissing_is_not_proposed() -> None:
    text = "I keep my binder in order most days after my teacher reminded me to check it."
    request = AssessmentRequest(1, "S001", EntryType.REFLECTION_JOURNAL, text, text)
    assert Skill.ORGANIZATION.value in {i.skill for i in OfflineAssessor().assess(request).items}
    dismissed = [review(Skill.ORGANIZATION, Level.DEVELOPING, None)] * 3
    taught = AssessmentRequest(
        1, "S001", EntryType.REFLECTION_JOURNAL, text, text, validations=dismissed
    )
    assert Skill.ORGANIZATION.value not in {i.skill for i in OfflineAssessor().assess(taught).items}


def _file(sessions: sessionmaker[Session], day: int) -> int:
    return file_reflection(sessions, day, JOURNAL.format(day=f"2025-10-{day:02d}"))


def _organization(sessions: sessionmaker[Session], entry_id: int) -> Assessment:
    return assessment_of(sessions, entry_id, Skill.ORGANIZATION)


def test_corrections_shift_the_level_of_the_teachers_next_entry(
    sessions: sessionmaker[Session],
) -> None:
    with unit_of_work(sessions) as session:
        seed_roster(session)
    assessor = OfflineAssessor()
    teacher = Viewer(teacher_id="T001")

    first = [_file(sessions, day) for day in (1, 2, 3)]
    drain(sessions, assessor, worker="test", policy=POLICY, sleep=lambda _: None)
    proposed = [_organization(sessions, entry_id) for entry_id in first]
    assert {Level(a.level) for a in proposed} == {Level.DEVELOPING}
    # Before any review, a new entry reads the same.
    with unit_of_work(sessions) as session:
        assert teacher_validations(session, "T001") == []

    # Ms. Rodriguez reads each of them as Proficient.
    with unit_of_work(sessions) as session:
        for assessment in proposed:
            correct(session, teacher, assessment.id, level=Level.PROFICIENT)
    with unit_of_work(sessions) as session:
        learned = teacher_validations(session, "T001")
        assert {(v.proposed, v.teacher_level) for v in learned} == {
            (Level.DEVELOPING, Level.PROFICIENT)
        }
        # Another teacher's class learns nothing from them.
        assert teacher_validations(session, "T002") == []

    later = _file(sessions, 20)
    drain(sessions, assessor, worker="test", policy=POLICY, sleep=lambda _: None)
    shifted = _organization(sessions, later)
    assert Level(shifted.level) is Level.PROFICIENT
    assert "earlier reviews" in (shifted.justification or "")


def test_dismissals_through_the_worker_stop_the_skill(sessions: sessionmaker[Session]) -> None:
    with unit_of_work(sessions) as session:
        seed_roster(session)
    assessor = OfflineAssessor()
    first = [_file(sessions, day) for day in (1, 2, 3)]
    drain(sessions, assessor, worker="test", policy=POLICY, sleep=lambda _: None)
    ids = [_organization(sessions, entry_id).id for entry_id in first]
    with unit_of_work(sessions) as session:
        for assessment_id in ids:
            dismiss(session, Viewer(teacher_id="T001"), assessment_id)
    later = _file(sessions, 20)
    drain(sessions, assessor, worker="test", policy=POLICY, sleep=lambda _: None)
    with sessions() as session:
        skills = set(session.scalars(select(Assessment.skill).where(Assessment.entry_id == later)))
    assert Skill.ORGANIZATION.value not in skills
