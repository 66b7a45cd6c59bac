"""`flourish doctor` against the real clients and wire fakes: a healthy installation passes
every check; each mistake an admin makes gives its own failing line and a non-zero exit."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from flourish.doctor import manifest_bot_scopes
from migrations import alembic_config, head_revision, upgrade
from tests.fakes.openai_server import FakeOpenAI, Reply, completion
from tests.fakes.slack_server import FakeSlack
from tests.operator import TIMEOUT, flourish, free_port

MODEL = "school-model"


@pytest.fixture
def slack() -> Iterator[FakeSlack]:
    with FakeSlack(scopes=tuple(manifest_bot_scopes())) as fake:
        yield fake


@pytest.fixture
def model_server() -> Iterator[FakeOpenAI]:
    fake = FakeOpenAI(models=("gpt-4o", MODEL)).start()
    yield fake
    fake.stop()


@pytest.fixture
def sqlite_db(tmp_path: Path, _sqlite_template: Path) -> str:
    path = tmp_path / "school.db"
    shutil.copyfile(_sqlite_template, path)
    return f"sqlite:///{path}"


def healthy(db: str, slack: FakeSlack, model_server: FakeOpenAI) -> dict[str, str]:
    return {
        "DATABASE_URL": db,
        "SLACK_API_URL": slack.api_url,
        "SLACK_BOT_TOKEN": slack.bot_token,
        "SLACK_SIGNING_SECRET": "signing-secret",
        "SLACK_APP_TOKEN": "xapp-1-A0FLOURISH-1-secret",
        "FLOURISH_ASSESSOR": "openai",
        "OPENAI_BASE_URL": model_server.base_url,
        "OPENAI_API_KEY": "sk-school",
        "OPENAI_MODEL": MODEL,
    }


def doctor(cwd: Path, settings: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return flourish(["doctor", *args], cwd, TIMEOUT, **settings)


def line(result: subprocess.CompletedProcess[str], check: str) -> str:
    return next(text for text in result.stdout.splitlines() if f" {check}: " in text)


def test_a_healthy_installation_passes_every_check(
    db_url: str, tmp_path: Path, slack: FakeSlack, model_server: FakeOpenAI
) -> None:
    result = doctor(tmp_path, healthy(db_url, slack, model_server))
    assert result.returncode == 0, result.stdout + result.stderr
    checks = result.stdout.splitlines()[:-1]
    assert [text.split()[0] for text in checks] == ["ok"] * 7, result.stdout
    assert f"at the latest migration ({head_revision()})" in line(result, "Database")
    assert "valid for the bot U0BOT" in line(result, "Slack bot token")
    assert f"serves {MODEL}" in line(result, "Model server")
    assert result.stdout.splitlines()[-1] == "Ready to serve."
    assert [call.method for call in slack.calls()] == ["auth.test"]


def test_an_unmigrated_database_fails_its_check(
    blank_db_url: str, tmp_path: Path, slack: FakeSlack, model_server: FakeOpenAI
) -> None:
    settings = healthy(blank_db_url, slack, model_server)
    result = doctor(tmp_path, settings)
    assert result.returncode == 1
    assert line(result, "Database").startswith("FAIL")
    assert "has no schema yet: run `flourish db upgrade`" in line(result, "Database")

    head = head_revision()
    previous = ScriptDirectory.from_config(alembic_config(blank_db_url)).get_revision(head)
    assert previous is not None and isinstance(previous.down_revision, str)
    upgrade(blank_db_url, previous.down_revision)
    behind = doctor(tmp_path, settings)
    assert behind.returncode == 1
    assert f"is at migration {previous.down_revision}, not {head}" in line(behind, "Database")

    upgrade(blank_db_url)
    assert doctor(tmp_path, settings).returncode == 0


def test_a_missing_sqlite_file_is_not_created(
    tmp_path: Path, slack: FakeSlack, model_server: FakeOpenAI
) -> None:
    result = doctor(tmp_path, healthy("sqlite:///nowhere.db", slack, model_server))
    assert result.returncode == 1
    assert "nowhere.db does not exist" in line(result, "Database")
    assert not (tmp_path / "nowhere.db").exists()


def test_an_unreachable_database_fails_without_its_password(
    tmp_path: Path, slack: FakeSlack, model_server: FakeOpenAI
) -> None:
    url = f"postgresql://flourish:hunter2@127.0.0.1:{free_port()}/flourish"
    result = doctor(tmp_path, healthy(url, slack, model_server))
    assert result.returncode == 1
    assert "FAIL  Database: cannot reach" in line(result, "Database")
    assert "hunter2" not in result.stdout + result.stderr


def test_a_token_slack_refuses_fails_and_scopes_are_skipped(
    sqlite_db: str, tmp_path: Path, slack: FakeSlack, model_server: FakeOpenAI
) -> None:
    settings = healthy(sqlite_db, slack, model_server) | {"SLACK_BOT_TOKEN": "xoxb-revoked"}
    result = doctor(tmp_path, settings)
    assert result.returncode == 1
    assert line(result, "Slack bot token") == (
        "FAIL  Slack bot token: Slack refused SLACK_BOT_TOKEN (invalid_auth): "
        "copy the app's current bot token"
    )
    assert line(result, "Slack scopes").startswith("skip")
    assert "revoked" not in result.stdout


def test_slack_down_fails_the_token_check(
    sqlite_db: str, tmp_path: Path, slack: FakeSlack, model_server: FakeOpenAI
) -> None:
    down = f"http://127.0.0.1:{free_port()}/api/"
    result = doctor(tmp_path, healthy(sqlite_db, slack, model_server) | {"SLACK_API_URL": down})
    assert result.returncode == 1
    assert f"cannot reach Slack at {down}" in line(result, "Slack bot token")
    assert "Traceback" not in result.stderr and "ERROR" not in result.stderr


def test_a_scope_the_manifest_asks_for_and_the_token_lacks_fails(
    sqlite_db: str, tmp_path: Path, model_server: FakeOpenAI
) -> None:
    granted = tuple(s for s in manifest_bot_scopes() if s not in {"files:write", "im:write"})
    with FakeSlack(scopes=granted) as slack:
        result = doctor(tmp_path, healthy(sqlite_db, slack, model_server))
    assert result.returncode == 1
    assert "FAIL  Slack scopes: the token lacks im:write, files:write" in line(
        result, "Slack scopes"
    )
    assert line(result, "Slack bot token").startswith("ok")


def test_a_missing_signing_secret_fails(
    sqlite_db: str, tmp_path: Path, slack: FakeSlack, model_server: FakeOpenAI
) -> None:
    settings = healthy(sqlite_db, slack, model_server)
    del settings["SLACK_SIGNING_SECRET"]
    result = doctor(tmp_path, settings)
    assert result.returncode == 1
    assert line(result, "Slack signing secret").startswith("FAIL  Slack signing secret: SLACK_")


def test_socket_mode_needs_an_app_token_and_http_does_not(
    sqlite_db: str, tmp_path: Path, slack: FakeSlack, model_server: FakeOpenAI
) -> None:
    settings = healthy(sqlite_db, slack, model_server)
    del settings["SLACK_APP_TOKEN"]
    socket_mode = doctor(tmp_path, settings)
    assert socket_mode.returncode == 1
    assert "SLACK_APP_TOKEN is not set" in line(socket_mode, "Slack app token")

    over_http = doctor(tmp_path, settings, "--http")
    assert over_http.returncode == 0, over_http.stdout
    assert line(over_http, "Slack app token").startswith("skip")


def test_a_model_server_that_is_down_fails(
    sqlite_db: str, tmp_path: Path, slack: FakeSlack, model_server: FakeOpenAI
) -> None:
    down = f"http://127.0.0.1:{free_port()}/v1"
    result = doctor(tmp_path, healthy(sqlite_db, slack, model_server) | {"OPENAI_BASE_URL": down})
    assert result.returncode == 1
    assert line(result, "Model server").startswith(f"FAIL  Model server: cannot reach {down}")


def test_a_model_the_server_does_not_serve_fails(
    sqlite_db: str, tmp_path: Path, slack: FakeSlack, model_server: FakeOpenAI
) -> None:
    settings = healthy(sqlite_db, slack, model_server) | {"OPENAI_MODEL": "gpt-5-typo"}
    result = doctor(tmp_path, settings)
    assert result.returncode == 1
    assert "does not serve OPENAI_MODEL=gpt-5-typo (it serves gpt-4o, school-model)" in line(
        result, "Model server"
    )


def test_a_server_that_lists_no_models_is_tried_with_one_call(
    sqlite_db: str, tmp_path: Path, slack: FakeSlack, model_server: FakeOpenAI
) -> None:
    model_server.models = None
    model_server.responder = lambda recorded: Reply(json=completion("pong", model=MODEL))
    result = doctor(tmp_path, healthy(sqlite_db, slack, model_server))
    assert result.returncode == 0, result.stdout
    assert f"answers with {MODEL}" in line(result, "Model server")
    assert [request.json["max_tokens"] for request in model_server.requests] == [1]


def test_invalid_settings_fail_first_and_alone(tmp_path: Path) -> None:
    result = doctor(tmp_path, {"FLOURISH_TIMEZONE": "Mars/Base", "SLACK_BOT_TOKEN": "hunter2"})
    assert result.returncode == 1
    checks = result.stdout.splitlines()
    assert len(checks) == 1 and checks[0].startswith("FAIL  Settings: Setting SLACK_BOT_TOKEN")
    assert "FLOURISH_TIMEZONE" in checks[0] and "hunter2" not in result.stdout
