"""`flourish roster link`: staff a roster gives no email for, linked to Slack by hand.

A real process on a real database, its slack_sdk client talking to the local Slack fake.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from domain.db import unit_of_work
from domain.models import Teacher
from domain.oneroster import parse_bundle
from domain.roster_sync import sync_roster
from tests.fakes.slack_server import FakeSlack
from tests.oneroster_bundle import first_term


@pytest.fixture
def slack() -> Iterator[FakeSlack]:
    fake = FakeSlack().start()
    fake.add_user("U0DEV", name="dev.dutta", real_name="Dev Dutta", email="dev@home.example")
    fake.add_user("U0FAY", name="fay", real_name="Fay Fox", email="fay.fox@south.example")
    fake.add_user("U0GONE", name="gone", deleted=True)
    # More users than a page of users.list holds: the command follows the cursor.
    for n in range(230):
        fake.add_user(f"U1{n:04d}", name=f"someone{n}")
    try:
        yield fake
    finally:
        fake.stop()


@pytest.fixture
def district(sessions: sessionmaker[Session]) -> sessionmaker[Session]:
    with unit_of_work(sessions) as session:
        sync_roster(session, parse_bundle(first_term().files("1.2")), actor="tester")
    return sessions


def link(
    args: list[str], db_url: str, slack: FakeSlack, cwd: Path
) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "DATABASE_URL": db_url,
        "SLACK_BOT_TOKEN": slack.bot_token,
        "SLACK_API_URL": slack.api_url,
        "COLUMNS": "200",
    }
    return subprocess.run(
        [sys.executable, "-m", "flourish.cli", "roster", "link", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def slack_id(sessions: sessionmaker[Session], key: str) -> str | None:
    with sessions() as session:
        teacher = session.get(Teacher, key)
        assert teacher is not None
        return teacher.slack_user_id


def test_link_by_name_id_and_csv_and_the_refusals(
    db_url: str, district: sessionmaker[Session], slack: FakeSlack, tmp_path: Path
) -> None:
    done = link(["T104", "@dev.dutta"], db_url, slack, tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Linked T104 to Slack user @dev.dutta (U0DEV)." in done.stdout
    assert slack_id(district, "tch-dev") == "U0DEV"

    # A key works like a handle; a raw user id is checked with Slack.
    by_id = link(["tch-fay", "U10229"], db_url, slack, tmp_path)
    assert by_id.returncode == 0, by_id.stderr
    assert slack_id(district, "tch-fay") == "U10229"
    # The last page of users.list holds this one.
    last = link(["T106", "@someone228"], db_url, slack, tmp_path)
    assert last.returncode == 0, last.stderr

    refusals = {
        ("T999", "@dev.dutta"): "No member of staff T999 on the roster.",
        ("T101", "@nobody"): "No Slack user @nobody.",
        ("T101", "U0NOPE"): "No Slack user U0NOPE.",
        ("T101", "U0GONE"): "Slack user U0GONE is deactivated or a bot.",
        ("T101", "@dev.dutta"): "Slack user @dev.dutta is already linked to T104.",
    }
    for args, message in refusals.items():
        refused = link(list(args), db_url, slack, tmp_path)
        assert refused.returncode == 1, args
        assert refused.stderr.strip() == message
    assert slack_id(district, "tch-ana") is None

    sheet = tmp_path / "links.csv"
    sheet.write_text("teacher_id,slack_email\nT101,fay.fox@south.example\nT102,nobody@x.example\n")
    refused = link(["--csv", str(sheet)], db_url, slack, tmp_path)
    assert refused.returncode == 1
    assert "links.csv line 3: No Slack user has the email nobody@x.example." in refused.stderr
    assert slack_id(district, "tch-ana") is None  # nothing linked when a row is refused

    sheet.write_text("teacher_id,slack_email\nT101,Fay.Fox@south.example\n")
    done = link(["--csv", str(sheet)], db_url, slack, tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Linked T101 to fay.fox@south.example." in done.stdout
    assert slack_id(district, "tch-ana") == "U0FAY"

    usage = link(["T101"], db_url, slack, tmp_path)
    assert usage.returncode == 1 and "not both" in usage.stderr
