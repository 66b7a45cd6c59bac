"""Engines and sessions for PostgreSQL and SQLite, configured alike."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import CursorResult, Engine, Result, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from domain.errors import FlourishError

# psycopg2 is the driver the design names and the only one installed. SQLAlchemy 2.1 reads a
# bare `postgresql://` as psycopg 3, and no longer knows `postgres://` (what hosts hand out).
POSTGRES_DRIVER = "postgresql+psycopg2"
_POSTGRES_SCHEMES = frozenset({"postgres", "postgresql", POSTGRES_DRIVER})
_SQLITE_SCHEMES = frozenset({"sqlite", "sqlite+pysqlite"})


class UnsupportedDatabaseURL(FlourishError, ValueError):
    """A URL for a database or driver Flourish does not run on."""


def normalize_database_url(url: str) -> str:
    """The URL every engine is built from: any PostgreSQL form on psycopg2, SQLite as given."""
    url = url.strip()
    scheme, separator, rest = url.partition("://")
    if separator and scheme.lower() in _POSTGRES_SCHEMES:
        return f"{POSTGRES_DRIVER}://{rest}"
    if separator and scheme.lower() in _SQLITE_SCHEMES:
        return url
    # Only the scheme is repeated: the rest of a URL may hold a password.
    what = f"{scheme}:// is not a database Flourish runs on" if separator else "not a URL"
    raise UnsupportedDatabaseURL(
        f"{what}; use PostgreSQL (postgresql://user:password@host:5432/name) "
        "or SQLite (sqlite:///flourish.db)"
    )


def make_engine(url: str, **kwargs: Any) -> Engine:
    url = normalize_database_url(url)
    if url.startswith("sqlite"):
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _configure_sqlite)
        event.listen(engine, "begin", _begin_sqlite)
        return engine
    # The app holds at most one connection per thread: 8 request threads, 4 after-ack
    # threads, the assessment workers (FLOURISH_ASSESS_CONCURRENCY, 4) and the scheduler.
    # A pool smaller than that opens and closes overflow connections all day, each a new
    # PostgreSQL backend.
    options: dict[str, Any] = {"pool_pre_ping": True, "pool_size": 20, "max_overflow": 10}
    return create_engine(url, **(options | kwargs))


def _configure_sqlite(dbapi_connection: Any, _record: Any) -> None:
    # pysqlite's own transaction handling breaks SAVEPOINT; SQLAlchemy documents handing
    # transactions to SQLAlchemy instead (autocommit driver, explicit BEGIN below).
    dbapi_connection.isolation_level = None
    # SQLite leaves foreign keys off per connection; the schema's cascades and RESTRICT
    # rules only hold with them on. WAL lets the bot read while a worker writes.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA busy_timeout = 10000")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.close()


def _begin_sqlite(connection: Any) -> None:
    # IMMEDIATE takes the write lock up front: two writers queue on busy_timeout instead of
    # one failing when it upgrades a stale read snapshot (Slack retries arrive in parallel).
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def unit_of_work(sessions: sessionmaker[Session]) -> Iterator[Session]:
    """One transaction: committed when the block ends, rolled back if it raises."""
    with sessions() as session, session.begin():
        yield session


def insert_unless_present(
    session: Session, model: type[Any], values: dict[str, Any], keys: list[str]
) -> bool:
    """INSERT ... ON CONFLICT (keys) DO NOTHING on either backend; True when a row was added.

    Two clicks racing to award the same badge both succeed, and exactly one row exists."""
    dialect = session.get_bind().dialect.name
    insert: Any
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    # On the table, not the mapped class: a Core statement skips the ORM's bulk machinery,
    # which cost more than the round trip (this runs inside every Accept click).
    statement = insert(model.__table__).values(**values).on_conflict_do_nothing(index_elements=keys)
    return bool(rowcount(session.execute(statement)))


def rowcount(result: Result[*tuple[Any, ...]]) -> int:
    """How many rows an INSERT, UPDATE or DELETE touched. `Session.execute` is typed as
    returning a `Result` for any statement; for these it is a `CursorResult`, which counts."""
    if not isinstance(result, CursorResult):
        raise TypeError(f"{type(result).__name__} holds no row count")
    return result.rowcount
