"""Every DATABASE_URL a host hands out works, on the driver the design names (psycopg2)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from domain.db import UnsupportedDatabaseURL, make_engine, normalize_database_url
from flourish.settings import Settings
from migrations import current_revision, head_revision
from tests.conftest import POSTGRES_URL
from tests.operator import flourish, told_in_a_line

POSTGRES_FORMS = ["postgresql", "postgres", "postgresql+psycopg2"]


@pytest.mark.parametrize(
    ("given", "used"),
    [
        ("postgresql://u:p@db:5432/f", "postgresql+psycopg2://u:p@db:5432/f"),
        ("postgres://u:p@db/f?sslmode=require", "postgresql+psycopg2://u:p@db/f?sslmode=require"),
        ("POSTGRESQL+PSYCOPG2://u@db/f", "postgresql+psycopg2://u@db/f"),
        ("sqlite:///relative.db", "sqlite:///relative.db"),
        ("sqlite:////abs/path.db", "sqlite:////abs/path.db"),
        ("sqlite://", "sqlite://"),
    ],
    ids=["host", "heroku", "explicit", "relative", "absolute", "memory"],
)
def test_urls_are_normalised_to_psycopg2_and_sqlite_kept(given: str, used: str) -> None:
    assert normalize_database_url(given) == used
    assert Settings(database_url=given).database_url == used


@pytest.mark.parametrize(
    "url",
    ["mysql://root:hunter2@db/f", "postgresql+asyncpg://u:hunter2@db/f", "hunter2"],
    ids=["mysql", "asyncpg", "no-scheme"],
)
def test_an_unsupported_url_is_refused_without_its_password(url: str) -> None:
    with pytest.raises(UnsupportedDatabaseURL, match="PostgreSQL") as refused:
        make_engine(url)
    assert "hunter2" not in str(refused.value)


@pytest.mark.skipif(not POSTGRES_URL, reason="FLOURISH_TEST_POSTGRES_URL is not set")
@pytest.mark.parametrize("scheme", POSTGRES_FORMS, ids=[f"postgresql-{s}" for s in POSTGRES_FORMS])
def test_each_postgresql_form_reaches_the_database_on_psycopg2(
    scheme: str, postgres_database_url: str, tmp_path: Path
) -> None:
    # This process's database, not the given one: under xdist each worker migrates its own.
    url = f"{scheme}://{postgres_database_url.partition('://')[2]}"
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            assert connection.execute(text("SELECT 1")).scalar_one() == 1
        assert engine.dialect.driver == "psycopg2"
    finally:
        engine.dispose()
    # The same URL through Settings and Alembic, as an admin sets it.
    migrated = flourish(["db", "upgrade"], tmp_path, DATABASE_URL=url)
    assert migrated.returncode == 0, migrated.stderr
    assert "Database is up to date." in migrated.stdout


@pytest.mark.parametrize("form", ["relative", "absolute"], ids=["sqlite-relative", "sqlite-abs"])
def test_sqlite_paths_relative_and_absolute(form: str, tmp_path: Path) -> None:
    if form == "relative":
        url, path = "sqlite:///school.db", tmp_path / "school.db"
    else:
        path = tmp_path / "elsewhere" / "school.db"
        path.parent.mkdir()
        url = f"sqlite:///{path}"
        assert url.startswith("sqlite:////")
    migrated = flourish(["db", "upgrade"], tmp_path, DATABASE_URL=url)
    assert migrated.returncode == 0, migrated.stderr
    engine = make_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as connection:
            assert current_revision(connection) == head_revision()
    finally:
        engine.dispose()


def test_the_command_refuses_an_unsupported_url_in_one_line(tmp_path: Path) -> None:
    result = flourish(["db", "upgrade"], tmp_path, DATABASE_URL="mysql://root:hunter2@db/f")
    message = told_in_a_line(result)
    assert "DATABASE_URL" in message and "mysql://" in message
    assert "hunter2" not in message
