"""Databases for tests: SQLite always, PostgreSQL too when FLOURISH_TEST_POSTGRES_URL is set.

Every database is built by the Alembic migrations, never by `create_all`, so the tests run
on the schema production runs on. A PostgreSQL URL that is set but unreachable fails the
run: it never turns into skipped tests.

Under pytest-xdist each worker gets a PostgreSQL database of its own, created beside the
given one (`<name>_gw0`, ...) and dropped when the worker ends: workers truncate tables and
recreate schemas, which on one shared database would wipe each other's rows mid-test.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, make_url, text
from sqlalchemy.orm import Session, sessionmaker

from domain.db import make_engine, session_factory
from domain.models import Base
from migrations import upgrade

# The running Slack app (`running` fixture) for the tests that drive it over HTTP.
pytest_plugins = ["tests.slack_harness"]

POSTGRES_URL = os.environ.get("FLOURISH_TEST_POSTGRES_URL")
BACKENDS = ["sqlite", "postgresql"] if POSTGRES_URL else ["sqlite"]


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    upgrade(f"sqlite:///{path}")
    return path


def _worker_database_url(url: str, worker: str) -> str:
    """The given URL with the worker's name appended to its database's."""
    given = make_url(url)
    return given.set(database=f"{given.database}_{worker}").render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def postgres_database_url() -> Iterator[str]:
    """This process's PostgreSQL database: the given one, or under xdist the worker's own.

    Not migrated here; `_postgres_migrated` migrates it.
    """
    assert POSTGRES_URL
    # The environment, not xdist's `worker_id` fixture: with `-p no:xdist` that fixture is gone.
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if not worker:
        yield POSTGRES_URL
        return
    url = _worker_database_url(POSTGRES_URL, worker)
    # CREATE and DROP DATABASE cannot run in a transaction; the given database is the one
    # the run was told it may use, so the statements go through it.
    admin = make_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    name = admin.dialect.identifier_preparer.quote(str(make_url(url).database))
    # FORCE: a run killed mid-way leaves its database (and perhaps a connection) behind.
    drop = text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    try:
        with admin.connect() as connection:
            connection.execute(drop)
            connection.execute(text(f"CREATE DATABASE {name}"))
            # Commits need not wait for the WAL to reach the disk: what other connections see
            # is the same, only a crash of the server could lose the last commits, and the
            # database is thrown away at the end. About a seventh off PostgreSQL's tests.
            connection.execute(text(f"ALTER DATABASE {name} SET synchronous_commit = off"))
        admin.dispose()  # no idle connection held all session; the drop opens a new one
        yield url
    finally:
        with admin.connect() as connection:
            connection.execute(drop)
        admin.dispose()


@pytest.fixture(scope="session")
def _postgres_migrated(postgres_database_url: str) -> str:
    url = postgres_database_url
    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            # A fresh schema each session, so an earlier run's leftovers never leak in.
            connection.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
    finally:
        engine.dispose()
    upgrade(url)
    return url


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A migrated, empty database of each backend under test."""
    if request.param == "sqlite":
        path = tmp_path / "flourish.db"
        shutil.copyfile(request.getfixturevalue("_sqlite_template"), path)
        return f"sqlite:///{path}"
    url = request.getfixturevalue("_postgres_migrated")
    _truncate_postgres(url)
    return url


@pytest.fixture(params=BACKENDS)
def blank_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database nobody has migrated: an empty SQLite file, or an empty PostgreSQL schema."""
    if request.param == "sqlite":
        path = tmp_path / "blank.db"
        path.touch()  # an empty file is an empty SQLite database
        yield f"sqlite:///{path}"
        return
    url = request.getfixturevalue("postgres_database_url")
    schema = f"blank_{uuid.uuid4().hex[:8]}"
    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(text(f"CREATE SCHEMA {schema}"))
        yield f"{url}?options=-csearch_path%3D{schema}"
    finally:
        with engine.begin() as connection:
            connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        engine.dispose()


def _truncate_postgres(url: str) -> None:
    engine = make_engine(url)
    try:
        tables = ", ".join(table.name for table in Base.metadata.sorted_tables)
        with engine.begin() as connection:
            connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    finally:
        engine.dispose()


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


@pytest.fixture
def sessions(engine: Engine) -> sessionmaker[Session]:
    return session_factory(engine)


@pytest.fixture
def session(sessions: sessionmaker[Session]) -> Iterator[Session]:
    with sessions() as session:
        yield session


def pytest_configure(config: pytest.Config) -> None:
    if os.environ.get("CI") and not POSTGRES_URL:
        raise pytest.UsageError("CI runs the suite on PostgreSQL: set FLOURISH_TEST_POSTGRES_URL.")
    if POSTGRES_URL:
        engine = make_engine(POSTGRES_URL)
        try:
            with engine.connect():
                pass
        except Exception as error:
            raise pytest.UsageError(
                f"FLOURISH_TEST_POSTGRES_URL is set but PostgreSQL cannot be reached: {error}"
            ) from error
        finally:
            engine.dispose()


def pytest_report_header(config: pytest.Config) -> str:
    return f"flourish databases under test: {', '.join(BACKENDS)}"


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """How many tests ran on each database, so a run shows PostgreSQL was really used."""
    for backend in BACKENDS:
        outcomes = {
            outcome: sum(
                1
                for report in terminalreporter.stats.get(outcome, [])
                if getattr(report, "when", "call") == "call" and f"[{backend}" in report.nodeid
            )
            for outcome in ("passed", "failed", "skipped")
        }
        if not any(outcomes.values()):
            continue
        terminalreporter.write_line(
            f"{backend}: {outcomes['passed']} passed, {outcomes['failed']} failed, "
            f"{outcomes['skipped']} skipped"
        )
