"""Alembic environment: runs migrations online against the configured database."""

from __future__ import annotations

from typing import Any

from alembic import context

from domain.db import make_engine
from domain.models import Base
from migrations import include_object_for

config = context.config
target_metadata = Base.metadata


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = make_engine(config.get_main_option("sqlalchemy.url") or "")
    try:
        with engine.connect() as connection:
            _run(connection)
    finally:
        engine.dispose()


def _run(connection: Any) -> None:
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        _sqlite_foreign_keys(connection, on=False)
    try:
        _migrate(connection)
    finally:
        if sqlite:
            _sqlite_foreign_keys(connection, on=True)


def _sqlite_foreign_keys(connection: Any, *, on: bool) -> None:
    """SQLite rebuilds a table to alter it (batch mode): with foreign keys on, dropping the
    old copy of a parent table would cascade-delete its children's rows. SQLite's own
    procedure for schema changes turns them off outside the transaction (a PRAGMA inside
    one is ignored) and checks every reference before committing (`_migrate`)."""
    if connection.in_transaction():
        if not on:
            raise RuntimeError("SQLite migrations need a connection with no transaction open")
        # Alembic has committed its own; what is left is empty, or a failure's to undo.
        connection.rollback()
    dbapi = connection.connection.driver_connection
    dbapi.execute(f"PRAGMA foreign_keys = {'ON' if on else 'OFF'}")


def _migrate(connection: Any) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        include_object=include_object_for(connection.dialect.name),
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
        if connection.dialect.name == "sqlite":
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                tables = sorted({row[0] for row in broken})
                raise RuntimeError(f"migration left broken references in {', '.join(tables)}")


run_migrations()
