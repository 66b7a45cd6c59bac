"""`serve` runs doctor's checks first and does not start on a failed one; a running app's
/health says which migration its database is at."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from pathlib import Path

from sqlalchemy import text

from domain.db import unit_of_work
from migrations import head_revision, upgrade
from tests.fakes.slack_server import FakeSlack
from tests.operator import flourish, free_port
from tests.slack_harness import SECRET, RunningApp


def test_serve_refuses_to_start_on_an_unmigrated_database(tmp_path: Path) -> None:
    with FakeSlack() as slack:
        result = flourish(
            ["serve", "--http", "--port", str(free_port()), "--no-scheduler"],
            tmp_path,
            timeout=60,
            DATABASE_URL=f"sqlite:///{tmp_path / 'new.db'}",
            SLACK_BOT_TOKEN=slack.bot_token,
            SLACK_SIGNING_SECRET=SECRET,
            SLACK_API_URL=slack.api_url,
        )
    assert result.returncode == 1
    assert "flourish db upgrade" in result.stderr and "Not starting" in result.stderr
    assert "Traceback" not in result.stderr
    assert not slack.calls("apps.connections.open")


def test_serve_refuses_to_start_when_slack_refuses_the_token(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'flourish.db'}"
    upgrade(url)
    with FakeSlack() as slack:
        result = flourish(
            ["serve", "--http", "--port", str(free_port()), "--no-scheduler"],
            tmp_path,
            timeout=60,
            DATABASE_URL=url,
            SLACK_BOT_TOKEN="xoxb-revoked",
            SLACK_SIGNING_SECRET=SECRET,
            SLACK_API_URL=slack.api_url,
        )
    assert result.returncode == 1 and "Not starting" in result.stderr
    assert "Traceback" not in result.stderr


def _health(running: RunningApp) -> tuple[int, dict[str, str | None]]:
    try:
        with urllib.request.urlopen(f"{running.url}/health", timeout=5) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def test_health_reports_the_migration_state(running: RunningApp) -> None:
    head = head_revision()
    assert _health(running) == (200, {"status": "ok", "migration": head, "latest": head})
    with unit_of_work(running.sessions) as session:
        session.execute(text("UPDATE alembic_version SET version_num = '0004'"))
    try:
        status, health = _health(running)
        assert status == 503
        assert health["migration"] == "0004" and health["latest"] == head
        assert "flourish db upgrade" in str(health["status"])
    finally:
        with unit_of_work(running.sessions) as session:
            session.execute(text("UPDATE alembic_version SET version_num = :head"), {"head": head})
