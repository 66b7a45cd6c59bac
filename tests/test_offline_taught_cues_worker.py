"""Through the real worker, review services and a database built by the migrations, on
each backend: a teacher corrects the offline assessor's reading of one cue twice, and
their next entry with that cue, in other words, gets their level. Two corrections are
below what the per-(skill, level) shift needs (three), so it is the worked examples that
teach it."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.orm import Session, sessionmaker

from domain.access import Viewer
from domain.assessors.offline import OfflineAssessor
from domain.curriculum import Level, Skill
from domain.db import unit_of_work
from domain.models import Assessment
from domain.queue import QueuePolicy
from domain.teacher_review import correct
from domain.worker import drain
from tests.factories import assessment_of, file_reflection, seed_roster

POLICY = QueuePolicy(lease=timedelta(minutes=5), max_attempts=3, first_backoff=timedelta(0))
# Written for this test: each says the student made a place for their things.
TEXTS = {
    1: "I made a folder for my math worksheets.",
    2: "I made a pocket in my binder for spelling lists.",
    20: "I made a section for my science labs.",
}


def _file(sessions: sessionmaker[Session], day: int) -> int:
    text = f"Student: Eva (S001)\nDate: 2025-10-{day:02d}\nType: Reflection journal\n---\n"
    return file_reflection(sessions, day, text + f"{TEXTS[day]}\n")


def _organization(sessions: sessionmaker[Session], entry_id: int) -> Assessment:
    return assessment_of(sessions, entry_id, Skill.ORGANIZATION)


def test_a_cue_corrected_twice_reads_the_teachers_way_on_their_next_entry(
    sessions: sessionmaker[Session],
) -> None:
    with unit_of_work(sessions) as session:
        seed_roster(session)
    assessor = OfflineAssessor()
    first = [_file(sessions, day) for day in (1, 2)]
    drain(sessions, assessor, worker="test", policy=POLICY, sleep=lambda _: None)
    proposed = [_organization(sessions, entry_id) for entry_id in first]
    assert {Level(a.level) for a in proposed} == {Level.PROFICIENT}

    # Ms. Rodriguez reads a student's own filing system as Advanced, twice.
    with unit_of_work(sessions) as session:
        for assessment in proposed:
            correct(session, Viewer(teacher_id="T001"), assessment.id, level=Level.ADVANCED)

    later = _file(sessions, 20)
    drain(sessions, assessor, worker="test", policy=POLICY, sleep=lambda _: None)
    taught = _organization(sessions, later)
    assert Level(taught.level) is Level.ADVANCED
    assert "earlier reviews" in (taught.justification or "")
