"""The Alembic migrations build exactly the schema the models describe, and can be undone.

On PostgreSQL the database is shared by the whole test session (truncated per test), so every
test here leaves it migrated to head with nothing else changed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from sqlalchemy import CheckConstraint, Connection, Engine, inspect, text

from domain.db import make_engine
from domain.models import Base
from migrations import downgrade, head_revision, schema_diff, upgrade

# Database changes a model/migration drift check must notice, with the name it must report.
DRIFTS = {
    "extra column": ("ALTER TABLE badges ADD COLUMN extra_col INTEGER", "extra_col"),
    "dropped index": ("DROP INDEX ix_badges_awarded_at", "ix_badges_awarded_at"),
    "dropped composite index": (
        "DROP INDEX ix_data_entries_student_id_entry_date",
        "ix_data_entries_student_id_entry_date",
    ),
}


@pytest.fixture
def connection(engine: Engine) -> Iterator[Connection]:
    with engine.connect() as connection:
        yield connection


def test_fresh_database_matches_models(connection: Connection) -> None:
    """schema_diff is empty on a freshly migrated database: models and migrations agree."""
    assert schema_diff(connection) == []


def test_migrated_check_constraints_match_models(connection: Connection) -> None:
    """Every CHECK the models declare exists in the migrated database, and no other.

    Alembic's autogenerate (behind schema_diff) does not compare CHECK constraints, so a
    rule missing from the migration would otherwise go unnoticed.
    """
    inspector = inspect(connection)
    for table in Base.metadata.sorted_tables:
        declared = {str(c.name) for c in table.constraints if isinstance(c, CheckConstraint)}
        found = {c["name"] for c in inspector.get_check_constraints(table.name)}
        assert found == declared, table.name


def _index_definitions(connection: Connection) -> dict[str, str]:
    """Index name -> its CREATE INDEX text, as the database itself reports it."""
    if connection.dialect.name == "postgresql":
        sql = "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()"
    else:
        sql = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
    return {name: definition for name, definition in connection.execute(text(sql))}


def test_partial_indexes_keep_their_predicates(connection: Connection) -> None:
    """Each index the models make partial (WHERE ...) is partial in the database, the rest not.

    schema_diff does not compare index predicates: without this, a migration that built
    uq_skill_targets_active without `WHERE status = 'active'` would still look in sync.
    """
    dialect = connection.dialect.name
    definitions = _index_definitions(connection)
    for table in Base.metadata.sorted_tables:
        for index in table.indexes:
            ddl_if = getattr(index, "_ddl_if", None)
            if ddl_if is not None and ddl_if.dialect not in (None, dialect):
                continue
            definition = definitions[str(index.name)]
            where = index.dialect_options[dialect].get("where")
            assert (" WHERE " in definition.upper()) == (where is not None), definition
            if where is not None:
                for literal in re.findall(r"'[^']*'", str(where)):
                    assert literal in definition, (index.name, literal, definition)


def test_covering_indexes_include_their_columns(connection: Connection) -> None:
    """Each index the models give INCLUDE columns has them in PostgreSQL, the rest none.

    schema_diff does not compare INCLUDE columns: without this, a migration that left
    ix_assessments_latest without `level` and `review_state` would look in sync while App
    Home read every assessment's row from the heap again (BENCHMARKS.md, migration 0014).
    """
    if connection.dialect.name != "postgresql":
        pytest.skip("INCLUDE exists only on PostgreSQL; SQLite ignores it")
    definitions = _index_definitions(connection)
    covering = []
    for table in Base.metadata.sorted_tables:
        for index in table.indexes:
            include = index.dialect_options["postgresql"].get("include") or []
            definition = definitions[str(index.name)]
            if include:
                covering.append(index.name)
                assert f" INCLUDE ({', '.join(include)})" in definition, definition
            else:
                assert " INCLUDE " not in definition.upper(), definition
    assert "ix_assessments_latest" in covering


@pytest.mark.parametrize("drift", DRIFTS, ids=list(DRIFTS))
def test_schema_diff_reports_drift(engine: Engine, drift: str) -> None:
    """The agreement check can fail: change the database and schema_diff names the change.

    The change is made inside a transaction that is rolled back (DDL is transactional on
    PostgreSQL), and the database is checked to be back at the models' schema afterwards.
    """
    statement, name = DRIFTS[drift]
    with engine.connect() as connection:
        transaction = connection.begin()
        try:
            connection.execute(text(statement))
            diff = schema_diff(connection)
        finally:
            transaction.rollback()
    assert diff, f"schema_diff missed: {statement}"
    assert name in repr(diff)
    if engine.dialect.name == "postgresql":
        with engine.connect() as connection:
            assert schema_diff(connection) == []


def test_downgrade_to_base_then_upgrade_to_head(db_url: str) -> None:
    """Downgrading removes every table; upgrading again rebuilds the models' schema."""
    try:
        downgrade(db_url, "base")
        engine = make_engine(db_url)
        try:
            with engine.connect() as connection:
                remaining = set(inspect(connection).get_table_names())
        finally:
            engine.dispose()
        assert remaining <= {"alembic_version"}
    finally:
        # Always back to head: on PostgreSQL later tests share this database.
        upgrade(db_url)

    engine = make_engine(db_url)
    try:
        with engine.connect() as connection:
            assert schema_diff(connection) == []
            assert set(inspect(connection).get_table_names()) == {
                *Base.metadata.tables,
                "alembic_version",
            }
            version = connection.execute(text("SELECT version_num FROM alembic_version"))
            assert version.scalar_one() == head_revision()
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_postgres_has_gin_index_on_entry_metadata(connection: Connection) -> None:
    """On PostgreSQL, entry metadata is JSONB with a GIN index for containment queries."""
    if connection.dialect.name != "postgresql":
        pytest.skip("GIN and JSONB exist only on PostgreSQL; SQLite stores plain JSON")
    indexdef = connection.execute(
        text(
            "SELECT indexdef FROM pg_indexes "
            "WHERE tablename = 'data_entries' AND indexname = 'ix_data_entries_metadata'"
        )
    ).scalar_one_or_none()
    assert indexdef is not None, "ix_data_entries_metadata is missing"
    assert "USING gin" in indexdef
    assert "(metadata)" in indexdef
    column_type = connection.execute(
        text(
            "SELECT data_type FROM information_schema.columns "
            "WHERE table_name = 'data_entries' AND column_name = 'metadata'"
        )
    ).scalar_one()
    assert column_type == "jsonb"
