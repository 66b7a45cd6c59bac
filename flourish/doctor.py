"""Is this installation ready to run? The checks `flourish doctor` prints, one line each.

Each check returns a `CheckResult` rather than printing, so `serve` can run the same checks
before it starts. A check that cannot run because an earlier one failed is skipped, not
failed twice. Nothing a check reports repeats a secret.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

import openai
import yaml
from pydantic import ValidationError
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from domain.db import make_engine
from flourish.settings import Settings, describe_settings_error
from flourish.wiring import openai_client
from migrations import current_revision, head_revision, is_known_revision

# Shipped in the package (a link to the root's manifest.yml), so an installed wheel has it.
MANIFEST = Path(__file__).resolve().parent / "manifest.yml"
# Seconds a check waits for a server: a doctor that hangs helps nobody.
TIMEOUT = 10
# Slack's answers to a token that is not (or no longer) the app's bot token.
TOKEN_ERRORS = frozenset(
    {"invalid_auth", "not_authed", "account_inactive", "token_revoked", "token_expired"}
)

# slack_sdk logs a failed request at ERROR itself; the check's own line says it better.
_quiet = logging.getLogger("flourish.doctor.slack_sdk")
_quiet.addHandler(logging.NullHandler())
_quiet.propagate = False


class Status(StrEnum):
    OK = "ok"
    FAIL = "FAIL"
    SKIP = "skip"


@dataclass(frozen=True)
class CheckResult:
    name: str
    status: Status
    detail: str

    @property
    def failed(self) -> bool:
        return self.status is Status.FAIL

    def __str__(self) -> str:
        return f"{self.status.value:<5} {self.name}: {self.detail}"


def _ok(name: str, detail: str) -> CheckResult:
    return CheckResult(name, Status.OK, detail)


def _fail(name: str, detail: str) -> CheckResult:
    return CheckResult(name, Status.FAIL, detail)


def _skip(name: str, detail: str) -> CheckResult:
    return CheckResult(name, Status.SKIP, detail)


def diagnose(
    load: Callable[[], Settings] = Settings,
    *,
    socket_mode: bool = True,
    manifest: Path = MANIFEST,
) -> list[CheckResult]:
    """Every check, starting with the settings (the others need them)."""
    try:
        settings = load()
    except ValidationError as error:
        return [_fail("Settings", " ".join(describe_settings_error(error)))]
    return [
        _ok("Settings", "valid"),
        *run_checks(settings, socket_mode=socket_mode, manifest=manifest),
    ]


def run_checks(
    settings: Settings, *, socket_mode: bool = True, manifest: Path = MANIFEST
) -> list[CheckResult]:
    """The checks of a running deployment: what `serve` needs before it starts."""
    return [
        check_database(settings.database_url),
        *check_slack_token(settings, manifest),
        check_signing_secret(settings),
        check_app_token(settings, socket_mode=socket_mode),
        check_model_server(settings),
    ]


def check_database(database_url: str) -> CheckResult:
    name = "Database"
    where = safe_url(database_url)
    missing = _missing_sqlite_file(database_url)
    if missing is not None:
        # Connecting would create an empty file; say what to run instead.
        return _fail(name, f"{missing} does not exist: run `flourish db upgrade`")
    options: dict[str, Any] = {}
    if not database_url.startswith("sqlite"):
        options["connect_args"] = {"connect_timeout": TIMEOUT}
    try:
        engine = make_engine(database_url, **options)
        try:
            with engine.connect() as connection:
                current = current_revision(connection)
        finally:
            engine.dispose()
    except DBAPIError as error:
        return _fail(name, f"cannot reach {where}: {_first_line(error.orig or error)}")
    head = head_revision()
    if current == head:
        return _ok(name, f"{where} is at the latest migration ({head})")
    if current is None:
        return _fail(name, f"{where} has no schema yet: run `flourish db upgrade`")
    if not is_known_revision(current):
        return _fail(
            name, f"{where} is at migration {current}, from a newer Flourish: upgrade Flourish"
        )
    return _fail(name, f"{where} is at migration {current}, not {head}: run `flourish db upgrade`")


def check_slack_token(settings: Settings, manifest: Path = MANIFEST) -> list[CheckResult]:
    """The bot token (auth.test) and the scopes it was granted against the manifest's."""
    token, scopes = "Slack bot token", "Slack scopes"
    if settings.slack_bot_token is None:
        return [
            _fail(token, "SLACK_BOT_TOKEN is not set (the app's OAuth & Permissions page)"),
            _skip(scopes, "not checked without a bot token"),
        ]
    client = WebClient(
        token=settings.slack_bot_token.get_secret_value(),
        base_url=settings.slack_api_url,
        timeout=TIMEOUT,
        logger=_quiet,
    )
    try:
        response = client.auth_test()
    except SlackApiError as error:
        code = error.response.get("error", "unknown_error")
        advice = ": copy the app's current bot token" if code in TOKEN_ERRORS else ""
        return [
            _fail(token, f"Slack refused SLACK_BOT_TOKEN ({code}){advice}"),
            _skip(scopes, "not checked without a working bot token"),
        ]
    except OSError as error:
        return [
            _fail(token, f"cannot reach Slack at {settings.slack_api_url}: {_reason(error)}"),
            _skip(scopes, "not checked without Slack"),
        ]
    who = f"the bot {response.get('user_id')} in {response.get('team')}"
    return [_ok(token, f"valid for {who}"), _check_scopes(response.headers, manifest)]


def _check_scopes(headers: dict[str, Any], manifest: Path) -> CheckResult:
    name = "Slack scopes"
    try:
        wanted = manifest_bot_scopes(manifest)
    except (OSError, yaml.YAMLError, KeyError, TypeError) as error:
        return _fail(name, f"cannot read the bot scopes of {manifest}: {_first_line(error)}")
    header = next((v for k, v in headers.items() if k.lower() == "x-oauth-scopes"), None)
    if header is None:
        return _fail(name, "Slack did not say which scopes the token has (no x-oauth-scopes)")
    granted = {scope.strip() for scope in str(header).split(",") if scope.strip()}
    missing = [scope for scope in wanted if scope not in granted]
    if missing:
        return _fail(
            name,
            f"the token lacks {', '.join(missing)}: update the app from manifest.yml and "
            "reinstall it to the workspace",
        )
    return _ok(name, f"all {len(wanted)} the manifest asks for")


def manifest_bot_scopes(manifest: Path = MANIFEST) -> list[str]:
    loaded = yaml.safe_load(manifest.read_text(encoding="utf-8"))
    return [str(scope) for scope in loaded["oauth_config"]["scopes"]["bot"]]


def check_signing_secret(settings: Settings) -> CheckResult:
    name = "Slack signing secret"
    if settings.slack_signing_secret is None:
        return _fail(name, "SLACK_SIGNING_SECRET is not set (the app's Basic Information page)")
    return _ok(name, "set")


def check_app_token(settings: Settings, *, socket_mode: bool) -> CheckResult:
    name = "Slack app token"
    token = settings.slack_app_token
    if not socket_mode:
        return _skip(name, "not needed over HTTP")
    if token is None:
        return _fail(
            name,
            "SLACK_APP_TOKEN is not set: Socket Mode needs an xapp- token "
            "(or serve over HTTP and run `flourish doctor --http`)",
        )
    if not token.get_secret_value().startswith("xapp-"):
        return _fail(name, "SLACK_APP_TOKEN is not an app-level token (xapp-...)")
    return _ok(name, "set for Socket Mode")


def check_model_server(settings: Settings) -> CheckResult:
    name = "Model server"
    if settings.assessor_kind == "offline":
        return _ok(name, "none needed: the offline assessor is chosen")
    try:
        client = openai_client(settings).with_options(max_retries=0, timeout=TIMEOUT)
    except ValueError as error:
        return _fail(name, str(error))
    where = str(client.base_url).rstrip("/")
    model = settings.openai_model
    try:
        served = [item.id for item in client.models.list()]
    except openai.NotFoundError:
        # Some compatible servers do not list models: a one-token call proves the model works.
        return _try_completion(client, name, where, model)
    except openai.APIConnectionError as error:
        return _fail(name, f"cannot reach {where}: {_first_line(error.__cause__ or error)}")
    except openai.AuthenticationError:
        return _fail(name, f"{where} refused OPENAI_API_KEY (401)")
    except openai.APIStatusError as error:
        return _fail(name, f"{where} answered {error.status_code} to a models list")
    if model not in served:
        listed = ", ".join(served[:5]) + (", ..." if len(served) > 5 else "")
        return _fail(name, f"{where} does not serve OPENAI_MODEL={model} (it serves {listed})")
    return _ok(name, f"{where} serves {model}")


def _try_completion(client: openai.OpenAI, name: str, where: str, model: str) -> CheckResult:
    try:
        client.chat.completions.create(
            model=model, messages=[{"role": "user", "content": "ping"}], max_tokens=1
        )
    except openai.APIStatusError as error:
        return _fail(name, f"{where} answered {error.status_code} to {model}")
    except openai.APIConnectionError as error:
        return _fail(name, f"cannot reach {where}: {_first_line(error.__cause__ or error)}")
    return _ok(name, f"{where} answers with {model}")


def safe_url(database_url: str) -> str:
    """The URL to show: its password hidden."""
    try:
        return make_url(database_url).render_as_string(hide_password=True)
    except Exception:
        return "(DATABASE_URL)"


def _missing_sqlite_file(database_url: str) -> str | None:
    if not database_url.startswith("sqlite"):
        return None
    path = make_url(database_url).database
    if not path or path == ":memory:" or path.startswith("file:") or Path(path).exists():
        return None
    return path


def _reason(error: OSError) -> str:
    reason = getattr(error, "reason", None)
    return _first_line(reason) if isinstance(reason, BaseException) else str(reason or error)


def _first_line(error: object) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__
