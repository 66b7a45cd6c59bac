"""An operator's mistake ends in a line they can act on and a non-zero exit, never a traceback;
`flourish --debug` shows the traceback; `flourish --version` names the release."""

from __future__ import annotations

from importlib.metadata import version
from pathlib import Path

import pytest

from tests.fakes.slack_server import FakeSlack
from tests.operator import ROOT, TIMEOUT, flourish, free_port, told_in_a_line

ROSTER = ROOT / "mock_data" / "roster"


def test_version_is_the_installed_release(tmp_path: Path) -> None:
    result = flourish(["--version"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"flourish {version('flourish')}"


def test_a_bad_time_zone_is_named_and_debug_shows_the_traceback(tmp_path: Path) -> None:
    result = flourish(["digest", "--dry-run"], tmp_path, FLOURISH_TIMEZONE="Europe/Lundon")
    message = told_in_a_line(result)
    assert "FLOURISH_TIMEZONE" in message and "IANA" in message

    debug = flourish(["--debug", "digest", "--dry-run"], tmp_path, FLOURISH_TIMEZONE="Mars/Base")
    assert debug.returncode != 0
    assert "Traceback" in debug.stderr


@pytest.mark.parametrize(
    ("setting", "value"),
    [
        ("SLACK_BOT_TOKEN", "sk-hunter2-not-a-slack-token"),
        ("SLACK_APP_TOKEN", "xoxb-hunter2-the-bot-token-again"),
        ("FLOURISH_ASSESSOR", "hunter2"),
        ("OPENAI_TIMEOUT_SECONDS", "-hunter2"),
    ],
)
def test_an_invalid_setting_is_named_without_its_value(
    tmp_path: Path, setting: str, value: str
) -> None:
    result = flourish(["digest", "--dry-run"], tmp_path, TIMEOUT, **{setting: value})
    message = told_in_a_line(result)
    assert f"Setting {setting} is invalid" in message
    assert "hunter2" not in message


def test_settings_in_dot_env_are_checked_the_same(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("FLOURISH_DIGEST_TIME=7.30\n")
    message = told_in_a_line(flourish(["digest", "--dry-run"], tmp_path))
    assert "FLOURISH_DIGEST_TIME" in message and "HH:MM" in message


def test_a_missing_bot_token_is_named(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'f.db'}"
    assert flourish(["db", "upgrade"], tmp_path, DATABASE_URL=db).returncode == 0
    message = told_in_a_line(flourish(["digest"], tmp_path, DATABASE_URL=db))
    assert "SLACK_BOT_TOKEN" in message


def test_a_bot_token_slack_refuses_is_named(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'f.db'}"
    assert flourish(["db", "upgrade"], tmp_path, DATABASE_URL=db).returncode == 0
    with FakeSlack() as slack:
        result = flourish(
            ["serve", "--http", "--port", str(free_port()), "--no-scheduler"],
            tmp_path,
            timeout=60,
            DATABASE_URL=db,
            SLACK_API_URL=slack.api_url,
            SLACK_BOT_TOKEN="xoxb-revoked-long-ago",
            SLACK_SIGNING_SECRET="secret",
        )
        assert [call.method for call in slack.calls()] == ["auth.test"]
    message = told_in_a_line(result)
    assert "SLACK_BOT_TOKEN" in message and "invalid_auth" in message
    assert "revoked-long-ago" not in message


def test_demo_data_that_is_not_there_is_named(tmp_path: Path) -> None:
    result = flourish(["demo", "--data", str(tmp_path / "no-such-folder")], tmp_path)
    message = told_in_a_line(result)
    assert "no-such-folder" in message and "roster/" in message
    assert not (tmp_path / "flourish-demo.db").exists()


def test_an_unreachable_database_is_named_without_its_password(tmp_path: Path) -> None:
    url = f"postgresql://flourish:hunter2@127.0.0.1:{free_port()}/flourish"
    message = told_in_a_line(flourish(["assess"], tmp_path, DATABASE_URL=url))
    assert "Database: cannot reach" in message and "127.0.0.1" in message
    assert "hunter2" not in message


@pytest.mark.parametrize(
    "command",
    [["assess"], ["roster", "import", str(ROSTER / "teachers.csv")]],
    ids=["assess", "roster-import"],
)
def test_an_unmigrated_database_says_to_upgrade(
    blank_db_url: str, tmp_path: Path, command: list[str]
) -> None:
    message = told_in_a_line(flourish(command, tmp_path, DATABASE_URL=blank_db_url))
    assert "has no schema yet: run `flourish db upgrade`" in message

    assert flourish(["db", "upgrade"], tmp_path, DATABASE_URL=blank_db_url).returncode == 0
    assert flourish(command, tmp_path, DATABASE_URL=blank_db_url).returncode == 0
