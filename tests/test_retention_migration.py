"""Migration 0013 on a database 0012 built and filled: the evidence text columns may be
purged, nothing held is lost, the reporting views still answer, and a downgrade refuses
while any text is purged."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import Connection, text
from sqlalchemy.exc import IntegrityError

from domain.db import make_engine, session_factory
from domain.retention import purge_expired
from migrations import downgrade, upgrade
from tests.test_enrollment_migration import OLD_HEAD, OLD_ROWS

NOW = datetime(2027, 12, 2, 3, 0, tzinfo=UTC)
TABLES = ("data_entries", "assessments", "teacher_corrections", "badges", "students")


@pytest.fixture
def at_0012(blank_db_url: str) -> str:
    upgrade(blank_db_url, OLD_HEAD)
    engine = make_engine(blank_db_url)
    try:
        with engine.begin() as connection:
            for statement in OLD_ROWS:
                connection.execute(text(statement), {"now": datetime(2026, 11, 2, tzinfo=UTC)})
    finally:
        engine.dispose()
    upgrade(blank_db_url, "0012")
    return blank_db_url


def counts(connection: Connection) -> dict[str, int]:
    return {
        table: connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
        for table in TABLES
    }


def test_0013_keeps_every_row_and_the_views(at_0012: str) -> None:
    engine = make_engine(at_0012)
    try:
        with engine.connect() as connection:
            before = counts(connection)
        upgrade(at_0012)
        with engine.connect() as connection:
            assert (
                counts(connection)
                == before
                == {
                    "data_entries": 1,
                    "assessments": 1,
                    "teacher_corrections": 1,
                    "badges": 1,
                    "students": 3,
                }
            )
            row = connection.execute(text("SELECT content, purged_at FROM data_entries")).one()
            assert tuple(row) == ("I planned my week.", None)
            quote = connection.execute(
                text("SELECT evidence_quote, justification, purged_at FROM assessments")
            ).one()
            assert tuple(quote) == ("I planned my week.", "Plans ahead.", None)
            summary = connection.execute(
                text(
                    "SELECT student_id, validated_assessments FROM student_progress_summary "
                    "ORDER BY student_id"
                )
            ).all()
            assert [tuple(r) for r in summary] == [("S001", 1), ("S002", 0), ("S003", 0)]
            latest = connection.execute(text("SELECT count(*) FROM latest_assessments"))
            assert latest.scalar_one() == 1
        # The checks: no text missing unless purged.
        with pytest.raises(IntegrityError), engine.begin() as connection:
            connection.execute(text("UPDATE data_entries SET content = NULL"))
        with pytest.raises(IntegrityError), engine.begin() as connection:
            connection.execute(text("UPDATE assessments SET justification = NULL"))
        with pytest.raises(IntegrityError), engine.begin() as connection:
            connection.execute(text("UPDATE assessments SET purged_at = :now"), {"now": NOW})
    finally:
        engine.dispose()


def test_downgrade_refuses_while_text_is_purged_and_works_without(at_0012: str) -> None:
    # To 0013 itself, not head: a refused downgrade leaves the revision it started from.
    upgrade(at_0012, "0013")
    downgrade(at_0012, "0012")
    upgrade(at_0012, "0013")
    engine = make_engine(at_0012)
    try:
        report = purge_expired(session_factory(engine), NOW, 365)
        assert (report.entries, report.assessments_kept) == (1, 1)
        with pytest.raises(RuntimeError, match="purged by retention"):
            downgrade(at_0012, "0012")
        with engine.connect() as connection:
            # Refused whole: still at 0013, the validated level held without its words.
            assert (
                connection.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
                == "0013"
            )
            level = connection.execute(text("SELECT level, evidence_quote FROM assessments"))
            assert tuple(level.one()) == ("Proficient", None)
            assert counts(connection)["badges"] == 1
    finally:
        engine.dispose()
