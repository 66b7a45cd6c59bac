"""`student_standings`, kept by the database: after every kind of write (filing, review,
undo, retention, deletion), and under two writers at once, each student's row says what
their assessments say (`domain.standings.stale_standings` recomputes it from scratch)."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import Engine, delete, text
from sqlalchemy.orm import Session, sessionmaker

from domain.access import Viewer
from domain.curriculum import Level, Skill
from domain.db import make_engine, session_factory
from domain.models import Assessment, DataEntry, EntryStatus, ReviewState, StudentStanding
from domain.retention import purge_expired
from domain.standings import rebuild_standings, stale_standings
from domain.student_records import delete_student, find_student
from domain.teacher_review import accept, correct, dismiss
from domain.undo import undo
from migrations import upgrade
from tests.factories import add_assessment, add_entry, seed_roster

RODRIGUEZ = Viewer("T001")
SEPT, OCT = date(2025, 9, 12), date(2025, 10, 3)


def _standing(session: Session, student: str) -> tuple[object, ...] | None:
    row = session.get(StudentStanding, student, populate_existing=True)
    if row is None:
        return None
    return (
        row.emerging_skills,
        row.developing_skills,
        row.proficient_skills,
        row.advanced_skills,
        row.pending_assessments,
        row.lowest_pending_confidence,
    )


def _stale(session: Session) -> list[tuple[object, object]]:
    session.flush()
    return stale_standings(session.connection())


def test_every_kind_of_write_leaves_the_standing_as_the_assessments_say(
    session: Session,
) -> None:
    seed_roster(session)
    assert _standing(session, "S001") is None

    early = add_entry(session, "S001", SEPT)
    planning = add_assessment(session, early, Skill.PLANNING_PRIORITIZATION, Level.EMERGING)
    add_assessment(session, early, Skill.COMMUNICATION, Level.DEVELOPING, confidence=0.8)
    late = add_entry(session, "S001", OCT)
    newer = add_assessment(
        session, late, Skill.PLANNING_PRIORITIZATION, Level.PROFICIENT, confidence=0.3
    )
    add_assessment(session, add_entry(session, "S002", SEPT), Skill.COLLABORATION, Level.ADVANCED)
    # Planning stands at October's Proficient, Communication at Developing; three wait.
    assert _standing(session, "S001") == (0, 1, 1, 0, 3, 0.3)
    assert _stale(session) == []

    accept(session, RODRIGUEZ, planning.id)
    assert _standing(session, "S001") == (0, 1, 1, 0, 2, 0.3)
    correct(session, RODRIGUEZ, newer.id, level=Level.ADVANCED)
    assert _standing(session, "S001") == (0, 1, 0, 1, 1, 0.8)
    undo(session, RODRIGUEZ, newer.id)
    assert _standing(session, "S001") == (0, 1, 1, 0, 2, 0.3)
    # Dismissed, October's item holds no level: September's Emerging is the latest again.
    dismiss(session, RODRIGUEZ, newer.id)
    assert _standing(session, "S001") == (1, 1, 0, 0, 1, 0.8)
    assert _stale(session) == []

    # An entry deleted takes its assessments with it (the foreign key's cascade).
    session.execute(delete(DataEntry).where(DataEntry.id == early.id))
    assert _standing(session, "S001") == (0, 0, 0, 0, 0, None)
    assert _stale(session) == []

    delete_student(session, find_student(session, "S002"), actor="test")
    assert _standing(session, "S002") is None
    assert _stale(session) == []


def test_retention_that_removes_unvalidated_items_leaves_the_standings_right(
    sessions: sessionmaker[Session],
) -> None:
    with sessions.begin() as session:
        seed_roster(session)
        entry = add_entry(session, "S003", SEPT)
        add_assessment(session, entry, Skill.SELF_AWARENESS, Level.DEVELOPING, confidence=0.4)
        add_assessment(
            session, entry, Skill.ORGANIZATION, Level.PROFICIENT, state=ReviewState.ACCEPTED
        )
        entry.created_at = datetime(2025, 9, 12, tzinfo=UTC)
        entry.status = EntryStatus.ASSESSED.value
    purge_expired(sessions, datetime(2026, 12, 1, tzinfo=UTC), 30, keep_levels=True)
    with sessions() as session:
        # The level kept without its words; the pending item is gone.
        assert _standing(session, "S003") == (0, 0, 1, 0, 0, None)
        assert _stale(session) == []


def test_a_rebuild_computes_what_the_trigger_kept(session: Session) -> None:
    seed_roster(session)
    entry = add_entry(session, "S004", OCT)
    add_assessment(session, entry, Skill.CREATIVITY_INNOVATION, Level.ADVANCED, confidence=0.6)
    session.execute(text("DELETE FROM student_standings"))
    assert _stale(session) != []
    rebuild_standings(session.connection())
    assert _standing(session, "S004") == (0, 0, 0, 1, 1, 0.6)
    assert _stale(session) == []


def test_the_migration_computes_the_standings_of_the_assessments_already_there(
    blank_db_url: str,
) -> None:
    upgrade(blank_db_url, "0014")
    engine = make_engine(blank_db_url)
    try:
        with engine.begin() as connection, Session(bind=connection) as session:
            seed_roster(session)
            entry = add_entry(session, "S001", SEPT)
            add_assessment(session, entry, Skill.COMMUNICATION, Level.DEVELOPING)
            add_assessment(
                session,
                entry,
                Skill.COLLABORATION,
                Level.EMERGING,
                state=ReviewState.DISMISSED,
            )
            later = add_entry(session, "S001", OCT)
            add_assessment(session, later, Skill.COMMUNICATION, Level.ADVANCED, confidence=0.2)
        upgrade(blank_db_url)
        with Session(engine) as session:
            assert _standing(session, "S001") == (0, 0, 0, 1, 2, 0.2)
            assert _standing(session, "S002") is None
            assert _stale(session) == []
    finally:
        engine.dispose()


def test_two_writers_for_one_student_at_once_are_both_counted(engine: Engine) -> None:
    """A transaction that removes an assessment while another adds one for the same student
    waits for the other to commit, then counts what it added. Counting in the statement
    that waited would read a snapshot from before the wait and lose it."""
    if engine.dialect.name != "postgresql":
        pytest.skip("SQLite takes one writer at a time (BEGIN IMMEDIATE)")
    sessions = session_factory(engine)
    with sessions.begin() as session:
        seed_roster(session)
        first, second = add_entry(session, "S001", SEPT), add_entry(session, "S001", OCT)
        add_assessment(session, first, Skill.TASK_INITIATION, Level.DEVELOPING)
        leaving = add_assessment(session, second, Skill.ORGANIZATION, Level.DEVELOPING).id
    errors: list[BaseException] = []

    def remover() -> None:
        try:
            with sessions.begin() as session:
                session.execute(delete(Assessment).where(Assessment.id == leaving))
        except BaseException as error:  # reported by the test's own thread
            errors.append(error)

    waiter = threading.Thread(target=remover)
    with sessions.begin() as session:
        # The trigger runs on the flush: this transaction holds the student's row.
        add_assessment(session, first, Skill.COMMUNICATION, Level.DEVELOPING)
        waiter.start()
        assert _waits_on_a_lock(engine), "the second writer never reached the lock"
    waiter.join(10)
    assert errors == []
    with sessions() as session:
        assert _standing(session, "S001") == (0, 2, 0, 0, 2, 0.5)
        assert _stale(session) == []


def _waits_on_a_lock(engine: Engine) -> bool:
    """Whether another backend of this database is waiting on a lock (polled up to 10 s)."""
    query = text(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
        "AND wait_event_type = 'Lock'"
    )
    with engine.connect() as connection:
        for _ in range(200):
            if connection.scalar(query):
                return True
            connection.rollback()
            threading.Event().wait(0.05)
    return False
