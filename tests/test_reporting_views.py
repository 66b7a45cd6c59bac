"""The reporting views say what the services say, and hold no student's words.

The data is made the way the product makes it: entries and proposals filed, then accepted
and corrected by the teacher through `domain/teacher_review.py`; once by hand around the
cases that matter (a correction, a proposal newer than a validated level, two assessments
on one day, a student with nothing yet), once end to end from the demo documents through
ingest and the offline assessor. The views are then read with plain SQL, as a BI tool
would, and compared with `latest_levels` and `student_progress`.
"""

from __future__ import annotations

import re
import uuid
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, inspect, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from domain.access import Viewer
from domain.curriculum import Level, Skill
from domain.db import unit_of_work
from domain.levels import latest_levels
from domain.models import KEY_LENGTH, Assessment, DataEntry, ReviewState, Student
from domain.progress import student_progress
from domain.roster import RosterFile, import_roster
from domain.teacher_review import accept, correct, dismiss
from migrations import downgrade, schema_diff, upgrade
from tests.factories import add_assessment, add_entry, seed_roster

RODRIGUEZ = Viewer("T001")
THOMPSON = Viewer("T002")
ADMIN = Viewer(None, is_admin=True)
MOCK_DATA = Path(__file__).resolve().parent.parent / "mock_data"
LEVELS = [level.value.lower() for level in Level]

LATEST_COLUMNS = [
    "student_id",
    "skill",
    "category",
    "assessment_id",
    "level",
    "observed_on",
    "review_state",
    "validated",
    "validated_assessment_id",
    "validated_level",
    "validated_observed_on",
]
SUMMARY_COLUMNS = [
    "student_id",
    "handle",
    "school_id",
    "assessments",
    "validated_assessments",
    "proposed_assessments",
    "skills_assessed",
    "skills_validated",
    *(f"validated_{level}" for level in LEVELS),
    *(f"proposed_{level}" for level in LEVELS),
]
# Words that exist only in the free text around an assessment: none may reach a view.
SECRETS = ("Zanzibar-quote", "Quetzal-reason", "Marmalade-correction", "Pemberton-notes")


def _rows(session: Session, view: str) -> list[dict[str, Any]]:
    result = session.execute(text(f"SELECT * FROM {view}"))  # a fixed name, not input
    return [dict(row._mapping) for row in result]


def _latest(session: Session, student_id: str) -> dict[Skill, dict[str, Any]]:
    return {
        Skill(row["skill"]): row
        for row in _rows(session, "latest_assessments")
        if row["student_id"] == student_id
    }


def _summary(session: Session) -> dict[str, dict[str, Any]]:
    return {row["student_id"]: row for row in _rows(session, "student_progress_summary")}


def _as_date(value: Any) -> date:
    # SQLite hands a view's dates back as ISO text: it has no date type of its own.
    return date.fromisoformat(value) if isinstance(value, str) else value


def assert_views_agree_with_services(session: Session) -> int:
    """Every student on the roster: the views against the services. Returns how many
    (student, skill) rows were compared, so a caller can see the check was not vacuous."""
    summary = _summary(session)
    students = session.scalars(select(Student).order_by(Student.id)).all()
    assert sorted(summary) == [student.id for student in students]
    compared = 0
    for student in students:
        view = _latest(session, student.id)
        latest = latest_levels(session, student.id)
        validated = latest_levels(session, student.id, validated_only=True)
        progress = student_progress(session, ADMIN, student.id)

        assert set(view) == set(latest) == set(progress.skills), student.id
        for skill, row in view.items():
            compared += 1
            service = latest[skill]
            assert row["assessment_id"] == service.assessment_id
            assert row["level"] == service.level.value == progress.skills[skill].level.value
            assert row["category"] == skill.category.value
            assert _as_date(row["observed_on"]) == service.observed_on
            assert row["review_state"] == service.review_state.value
            assert bool(row["validated"]) is service.validated
            assert bool(row["validated"]) is progress.skills[skill].validated
            assert _as_date(row["observed_on"]) == progress.skills[skill].last_evidence
            checked = validated.get(skill)
            if checked is None:
                assert row["validated_assessment_id"] is None
                assert row["validated_level"] is None
                assert row["validated_observed_on"] is None
            else:
                assert row["validated_assessment_id"] == checked.assessment_id
                assert row["validated_level"] == checked.level.value
                assert _as_date(row["validated_observed_on"]) == checked.observed_on

        totals = summary[student.id]
        assert totals["handle"] == student.handle
        assert totals["skills_assessed"] == len(progress.skills)
        assert totals["skills_validated"] == len(validated)
        assert totals["proposed_assessments"] == progress.awaiting_review
        stored = session.scalars(
            select(Assessment.review_state).where(Assessment.student_id == student.id)
        ).all()
        assert totals["assessments"] == len(stored)
        assert totals["validated_assessments"] == sum(
            ReviewState(state).validated for state in stored
        )
        standing = Counter(item.level for item in validated.values())
        proposed = Counter(item.level for item in progress.skills.values() if not item.validated)
        for level in Level:
            name = level.value.lower()
            assert totals[f"validated_{name}"] == standing[level], (student.id, level)
            assert totals[f"proposed_{name}"] == proposed[level], (student.id, level)
    return compared


@pytest.fixture
def reviewed(sessions: sessionmaker[Session]) -> dict[str, int]:
    """Four students, each showing one way a level can stand. Returns assessment ids."""
    ids: dict[str, int] = {}
    with unit_of_work(sessions) as session:
        seed_roster(session)
        session.execute(text("UPDATE students SET name = 'Pemberton-notes Eva' WHERE id = 'S001'"))
        september = add_entry(session, "S001", date(2025, 9, 12), content="Zanzibar-quote here.")
        october = add_entry(session, "S001", date(2025, 10, 3), content="Zanzibar-quote again.")
        same_day = add_entry(session, "S001", date(2025, 10, 3), content="Zanzibar-quote too.")
        quote = "Zanzibar-quote"
        for name, entry, skill, level in [
            ("eva_plan_sept", september, Skill.PLANNING_PRIORITIZATION, Level.DEVELOPING),
            ("eva_plan_oct", october, Skill.PLANNING_PRIORITIZATION, Level.PROFICIENT),
            ("eva_collab_sept", september, Skill.COLLABORATION, Level.DEVELOPING),
            ("eva_collab_oct", october, Skill.COLLABORATION, Level.ADVANCED),
            ("eva_comm_oct", october, Skill.COMMUNICATION, Level.EMERGING),
            ("eva_comm_same_day", same_day, Skill.COMMUNICATION, Level.DEVELOPING),
        ]:
            ids[name] = add_assessment(session, entry, skill, level, quote=quote).id
        lucas = add_entry(session, "S002", date(2025, 9, 20), content="Zanzibar-quote.")
        for name, skill, level in [
            ("lucas_org", Skill.ORGANIZATION, Level.PROFICIENT),
            ("lucas_empathy", Skill.SOCIAL_AWARENESS, Level.DEVELOPING),
        ]:
            ids[name] = add_assessment(session, lucas, skill, level, quote=quote).id
        pat = add_entry(session, "S003", date(2025, 10, 1), content="Zanzibar-quote.")
        for name, skill, level in [
            ("pat_comm", Skill.COMMUNICATION, Level.DEVELOPING),
            ("pat_org", Skill.ORGANIZATION, Level.PROFICIENT),
        ]:
            ids[name] = add_assessment(session, pat, skill, level, quote=quote).id
        session.execute(text("UPDATE assessments SET justification = 'Quetzal-reason.'"))

    with unit_of_work(sessions) as session:
        # Eva: planning's validated level is September's; October's proposal waits.
        accept(session, RODRIGUEZ, ids["eva_plan_sept"])
        # Eva: both collaboration levels validated, the newer one corrected down.
        accept(session, RODRIGUEZ, ids["eva_collab_sept"])
        correct(
            session,
            RODRIGUEZ,
            ids["eva_collab_oct"],
            level=Level.PROFICIENT,
            justification="Marmalade-correction: she led once, not yet as a habit.",
            notes_for_assessor="Pemberton-notes",
        )
        # Eva: two on one day; the older one validated, the newer one decides the latest.
        accept(session, RODRIGUEZ, ids["eva_comm_oct"])
        # Lucas: proposals only. Pat: one corrected up, one accepted. Mia: nothing at all.
        correct(
            session,
            THOMPSON,
            ids["pat_comm"],
            level=Level.PROFICIENT,
            justification="Marmalade-correction.",
        )
        accept(session, THOMPSON, ids["pat_org"])
    return ids


def test_views_agree_with_the_services_on_each_kind_of_standing(
    sessions: sessionmaker[Session], reviewed: dict[str, int]
) -> None:
    with sessions() as session:
        assert assert_views_agree_with_services(session) == 7
        eva = _latest(session, "S001")
        summary = _summary(session)

    # A correction: the view shows the teacher's level, not the proposal, as validated.
    collaboration = eva[Skill.COLLABORATION]
    assert collaboration["assessment_id"] == reviewed["eva_collab_oct"]
    assert (collaboration["level"], collaboration["review_state"]) == ("Proficient", "corrected")
    assert bool(collaboration["validated"])
    assert collaboration["validated_level"] == "Proficient"
    # A proposal newer than a validated level: the latest is the proposal, unvalidated; the
    # standing is the older, validated level.
    planning = eva[Skill.PLANNING_PRIORITIZATION]
    assert (planning["level"], bool(planning["validated"])) == ("Proficient", False)
    assert planning["validated_assessment_id"] == reviewed["eva_plan_sept"]
    assert planning["validated_level"] == "Developing"
    # Two on one day: the newer assessment is the latest.
    communication = eva[Skill.COMMUNICATION]
    assert communication["assessment_id"] == reviewed["eva_comm_same_day"]
    assert communication["validated_assessment_id"] == reviewed["eva_comm_oct"]

    expected = {
        "S001": dict(
            assessments=6,
            validated_assessments=4,
            proposed_assessments=2,
            skills_assessed=3,
            skills_validated=3,
            validated_emerging=1,
            validated_developing=1,
            validated_proficient=1,
            validated_advanced=0,
            proposed_emerging=0,
            proposed_developing=1,
            proposed_proficient=1,
            proposed_advanced=0,
        ),
        "S002": dict(
            assessments=2,
            validated_assessments=0,
            proposed_assessments=2,
            skills_assessed=2,
            skills_validated=0,
            proposed_developing=1,
            proposed_proficient=1,
        ),
        "S003": dict(
            assessments=2,
            validated_assessments=2,
            proposed_assessments=0,
            skills_assessed=2,
            skills_validated=2,
            validated_proficient=2,
        ),
        "S004": {},
    }
    for student_id, counts in expected.items():
        got = {
            k: v
            for k, v in summary[student_id].items()
            if k not in ("student_id", "handle", "school_id")
        }
        assert summary[student_id]["handle"] == student_id
        assert got == {column: counts.get(column, 0) for column in got}, student_id


def test_views_agree_with_the_services_on_the_demo_documents(
    sessions: sessionmaker[Session],
) -> None:
    """The demo roster and documents, filed and assessed as `flourish demo` does, then each
    teacher accepting some proposals, correcting others and leaving the rest."""
    from domain.assessors.offline import OfflineAssessor
    from domain.ingest import ingest_document
    from domain.queue import QueuePolicy
    from domain.worker import drain

    with unit_of_work(sessions) as session:
        import_roster(
            session,
            [RosterFile(p.name, p.read_text()) for p in sorted(MOCK_DATA.glob("roster/*.csv"))],
        )
        for path in sorted((MOCK_DATA / "documents").iterdir()):
            ingest_document(
                session, file_name=path.name, data=path.read_bytes(), today=date(2025, 11, 3)
            )
    drain(sessions, OfflineAssessor(), worker="t", policy=QueuePolicy(), sleep=lambda _: None)

    with unit_of_work(sessions) as session:
        proposals = session.execute(
            select(Assessment.id, Assessment.level, DataEntry.teacher_id)
            .join(DataEntry, DataEntry.id == Assessment.entry_id)
            .order_by(Assessment.id)
        ).all()
        assert len(proposals) > 30
        for index, (assessment_id, level, teacher_id) in enumerate(proposals):
            viewer = Viewer(teacher_id)
            if index % 4 == 0:
                accept(session, viewer, assessment_id)
            elif index % 4 == 1:
                other = Level.from_rank(Level(level).rank % 4 + 1)
                correct(session, viewer, assessment_id, level=other, justification="Seen more.")
            elif index % 4 == 2:
                # Not evidence of the skill: no level, neither validated nor proposed.
                dismiss(session, viewer, assessment_id)

    with sessions() as session:
        states = Counter(session.scalars(select(Assessment.review_state)))
        assert set(states) == {state.value for state in ReviewState}
        assert assert_views_agree_with_services(session) > 20


def test_views_hold_ids_codes_dates_and_counts_only(
    engine: Engine, sessions: sessionmaker[Session], reviewed: dict[str, int]
) -> None:
    """No column for free text, and none of the text around the assessments in any row:
    a BI tool given these views reads no quote, reason, note or name."""
    inspector = inspect(engine)
    assert [c["name"] for c in inspector.get_columns("latest_assessments")] == LATEST_COLUMNS
    assert [c["name"] for c in inspector.get_columns("student_progress_summary")] == SUMMARY_COLUMNS
    if engine.dialect.name == "postgresql":
        with engine.connect() as connection:
            types = connection.execute(
                text(
                    "SELECT table_name, column_name, data_type, character_maximum_length "
                    "FROM information_schema.columns WHERE table_name IN "
                    "('latest_assessments', 'student_progress_summary')"
                )
            ).all()
        # Codes are short bounded strings; text, JSON and long strings are where words live.
        # Keys are a SIS's ids, up to KEY_LENGTH; every other string is a short code.
        keys = {"student_id", "school_id"}
        for table, column, data_type, length in types:
            assert data_type not in ("text", "json", "jsonb"), (table, column)
            bound = KEY_LENGTH if column in keys else 40
            assert data_type != "character varying" or length <= bound, (table, column)
    with sessions() as session:
        for view in ("latest_assessments", "student_progress_summary"):
            rows = _rows(session, view)
            assert rows, view
            cells = " ".join(str(value) for row in rows for value in row.values())
            for secret in SECRETS:
                assert secret not in cells, (view, secret)
        # The words are in the database, so the check above could have found them.
        everything = " ".join(
            str(v)
            for table in ("assessments", "teacher_corrections", "data_entries", "students")
            for row in _rows(session, table)
            for v in row.values()
        )
        assert all(secret in everything for secret in SECRETS)


def test_schema_diff_ignores_the_views_and_downgrade_drops_them(db_url: str) -> None:
    """The model/migration drift check compares tables, not views; 0005 has no views, and
    upgrading again brings them back."""
    from domain.db import make_engine

    engine = make_engine(db_url)
    try:
        with engine.connect() as connection:
            assert set(inspect(connection).get_view_names()) >= {
                "latest_assessments",
                "student_progress_summary",
            }
            assert schema_diff(connection) == []
        try:
            downgrade(db_url, "0005")
            with engine.connect() as connection:
                views = set(inspect(connection).get_view_names())
            assert not views & {"latest_assessments", "student_progress_summary"}
        finally:
            # Back to head whatever happened: on PostgreSQL later tests share this database.
            upgrade(db_url)
        with engine.connect() as connection:
            assert set(inspect(connection).get_view_names()) >= {
                "latest_assessments",
                "student_progress_summary",
            }
            assert schema_diff(connection) == []
    finally:
        engine.dispose()


RECIPE = Path(__file__).resolve().parent.parent / "docs" / "reporting.md"


def _reader_recipe(role: str, database: str) -> list[str]:
    """The first SQL block of docs/reporting.md, for this role and database: the recipe
    an admin copies is the one tested."""
    document = RECIPE.read_text()
    block = document.split("```sql\n", 1)[1].split("```", 1)[0]
    block = re.sub(r"\bflourish_reader\b", role, block)
    block = re.sub(r"\bON DATABASE flourish\b", f'ON DATABASE "{database}"', block)
    return [statement.strip() for statement in block.split(";") if statement.strip()]


@pytest.mark.postgres
def test_the_reader_role_recipe_reads_the_views_and_nothing_else(
    engine: Engine, sessions: sessionmaker[Session], reviewed: dict[str, int]
) -> None:
    if engine.dialect.name != "postgresql":
        pytest.skip("SQLite has no roles; docs/reporting.md exports its views instead")
    import psycopg2.errors

    from domain.db import make_engine

    # Roles belong to the whole cluster, which other runs share: a name of this run's own.
    role = f"flourish_reader_{uuid.uuid4().hex[:12]}"
    database = engine.url.database
    assert database
    statements = _reader_recipe(role, database)
    assert any(s.startswith("GRANT SELECT ON latest_assessments") for s in statements)
    admin = engine.execution_options(isolation_level="AUTOCOMMIT")
    reader_url = engine.url.set(username=role, password="change-me")
    reader = make_engine(reader_url.render_as_string(hide_password=False))
    try:
        with admin.connect() as connection:
            for statement in statements:
                connection.execute(text(statement))
        with reader.connect() as connection:
            latest = connection.execute(text("SELECT * FROM latest_assessments")).all()
            summary = connection.execute(text("SELECT * FROM student_progress_summary")).all()
            assert len(latest) == 7 and len(summary) == 4
            assert connection.execute(text("SHOW transaction_read_only")).scalar() == "on"
        for forbidden in (
            "SELECT count(*) FROM data_entries",
            "SELECT evidence_quote FROM assessments",
            "SELECT justification FROM teacher_corrections",
            "SELECT name FROM students",
        ):
            with reader.connect() as connection, pytest.raises(DBAPIError) as denied:
                connection.execute(text(forbidden))
            assert isinstance(denied.value.orig, psycopg2.errors.InsufficientPrivilege), forbidden
        # Nothing can be written or made, even with the read-only default switched off
        # (autocommit, so each statement starts a transaction of its own after the SET).
        writer = reader.execution_options(isolation_level="AUTOCOMMIT")
        for forbidden in (
            "DELETE FROM assessments",
            "UPDATE students SET grade = 8",
            "CREATE TABLE public.copied (id int)",
        ):
            with writer.connect() as connection, pytest.raises(DBAPIError) as refused:
                connection.execute(text("SET default_transaction_read_only = off"))
                connection.execute(text(forbidden))
            assert isinstance(refused.value.orig, psycopg2.errors.InsufficientPrivilege), forbidden
    finally:
        reader.dispose()
        with admin.connect() as connection:
            if connection.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}):
                connection.execute(text(f'DROP OWNED BY "{role}"'))
                connection.execute(text(f'DROP ROLE "{role}"'))
