"""The `flourish` command as a person runs it: a real process on a real database file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FLOURISH = [sys.executable, "-m", "flourish.cli"]


def run(args: list[str], db_url: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DATABASE_URL": db_url, "COLUMNS": "100"}
    return subprocess.run(
        [*FLOURISH, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )


def entry_count(db_url: str) -> int:
    from sqlalchemy import func, select

    from domain.db import make_engine
    from domain.models import DataEntry

    engine = make_engine(db_url)
    try:
        with engine.connect() as connection:
            return connection.execute(select(func.count(DataEntry.id))).scalar_one()
    finally:
        engine.dispose()


def test_demo_files_everything_and_a_second_run_changes_nothing(
    db_url: str, tmp_path: Path
) -> None:
    first = run(["demo"], db_url, tmp_path)
    assert first.returncode == 0, first.stderr
    assert "Entries per student and type" in first.stdout
    for student in ("S001", "S002", "S003", "S004"):
        assert student in first.stdout
    filed = entry_count(db_url)
    documents = list((ROOT / "mock_data" / "documents").iterdir())
    assert filed > len(documents)  # multi-student transcripts give one entry per student

    second = run(["demo"], db_url, tmp_path)
    assert second.returncode == 0, second.stderr
    assert "Filed 0 new entries" in second.stdout
    assert "0 added, 0 updated" in second.stdout
    assert entry_count(db_url) == filed


def test_ingest_reports_refusals_and_files_the_rest(db_url: str, tmp_path: Path) -> None:
    assert run(["db", "upgrade"], db_url, tmp_path).returncode == 0
    roster = ROOT / "mock_data" / "roster"
    imported = run(
        ["roster", "import", str(roster / "teachers.csv"), str(roster / "students.csv")],
        db_url,
        tmp_path,
    )
    assert imported.returncode == 0, imported.stderr
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "S001_reflection_2025-09-12.md").write_text("I named my worry and made a plan.")
    result = run(["ingest", str(tmp_path)], db_url, tmp_path)
    assert result.returncode == 1
    assert "empty.txt is empty" in result.stdout
    assert "1 of 2 file(s) were not filed" in result.stderr
    assert entry_count(db_url) == 1


@pytest.mark.parametrize(
    "bad", [["ingest", "x.txt", "--type", "diary"], ["ingest", "--date", "12/9"]]
)
def test_bad_arguments_get_usage_help(db_url: str, tmp_path: Path, bad: list[str]) -> None:
    result = run(bad, db_url, tmp_path)
    assert result.returncode == 2
    assert "Usage" in result.stderr
