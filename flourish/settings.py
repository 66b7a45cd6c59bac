"""Settings from the environment and `.env`; every one optional with a working default."""

from __future__ import annotations

import re
from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from domain.db import normalize_database_url
from flourish.logs import LogFormat, LogLevel

DEFAULT_DATABASE_URL = "sqlite:///flourish.db"
# `flourish demo` fills its own file unless DATABASE_URL is set, so the demo's students never
# mix with a school's real roster in the file `serve` uses.
DEMO_DATABASE_URL = "sqlite:///flourish-demo.db"


class Settings(BaseSettings):
    # An empty value (`SLACK_APP_TOKEN=` as in .env.example) means "not set", not "".
    model_config = SettingsConfigDict(env_file=".env", extra="ignore", env_ignore_empty=True)

    database_url: str = DEFAULT_DATABASE_URL

    slack_bot_token: SecretStr | None = None
    slack_signing_secret: SecretStr | None = None
    slack_app_token: SecretStr | None = None
    slack_api_url: str = "https://slack.com/api/"

    openai_api_key: SecretStr | None = None
    openai_base_url: str | None = None
    openai_model: str = "gpt-4o"
    # Per request; the client retries 429, 5xx and timeouts this many times, honouring
    # Retry-After, before the queue counts a failed attempt.
    openai_timeout_seconds: float = Field(default=60.0, gt=0)
    openai_max_retries: int = Field(default=3, ge=0)

    flourish_assessor: Literal["auto", "openai", "offline"] = "auto"
    flourish_timezone: str = "UTC"
    flourish_digest_day: Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"] = "mon"
    flourish_digest_time: str = "07:30"
    # Weekly digest: seconds between two teachers' messages (Slack allows about one message
    # a second), and how many posts a digest Slack refused gets before it is left unsent.
    flourish_digest_pace_seconds: float = Field(default=1.1, ge=0)
    flourish_digest_max_attempts: int = Field(default=3, ge=1)
    # Slack user ids of school admins, who see every student (comma-separated).
    flourish_admins: Annotated[list[str], NoDecode] = []
    flourish_max_upload_bytes: int = Field(default=2_000_000, gt=0)
    # How the school writes a numeric date: 9/16/25 is month first (`mdy`), 16/09/2025 day
    # first (`dmy`). A part over 12 settles it either way.
    # The app's log level and line format (json: one object a line). Libraries that log
    # payloads stay at INFO at every level (flourish/logs.py).
    flourish_log_level: LogLevel = "INFO"
    flourish_log_format: LogFormat = "text"
    flourish_date_order: Literal["mdy", "dmy"] = "mdy"
    # The assessment queue: how long a claim lasts before another worker may take the
    # entry, how many attempts an entry gets, and the first retry delay (it doubles).
    flourish_assess_lease_seconds: float = Field(default=300.0, gt=0)
    flourish_assess_max_attempts: int = Field(default=4, ge=1)
    flourish_assess_backoff_seconds: float = Field(default=10.0, ge=0)
    # Uploads: how long one process holds a share before another may finish it (longer
    # than a download and its filing), and how often leftovers are swept.
    flourish_upload_lease_seconds: float = Field(default=120.0, gt=0)
    flourish_upload_sweep_seconds: float = Field(default=60.0, gt=0)
    # `serve` on SIGTERM or SIGINT: how long it finishes what it was doing (requests
    # received, the work after their acks, a digest post, an assessment) before it exits.
    # Keep it under the platform's own wait before SIGKILL (Kubernetes: 30 s by default).
    flourish_shutdown_grace_seconds: float = Field(default=20.0, gt=0)

    # Model calls in flight at once: the app's assessment workers, and `flourish assess`'s
    # default. A call is mostly waiting on the model server, so a few overlap well; each
    # worker holds one database connection at a time.
    flourish_assess_concurrency: int = Field(default=4, ge=1, le=32)

    # Evidence retention: the words of evidence filed more than this many days ago are
    # purged each night (unset: kept until deleted). With levels kept (the default) the
    # validated levels, badges and targets stay without their words; otherwise the
    # entries and their assessments go (domain/retention.py).
    flourish_retention_days: int | None = Field(default=None, ge=1)
    flourish_retention_keep_levels: bool = True

    @field_validator("database_url")
    @classmethod
    def _known_database(cls, value: str) -> str:
        return normalize_database_url(value)

    @field_validator("slack_bot_token")
    @classmethod
    def _bot_token(cls, value: SecretStr | None) -> SecretStr | None:
        # xoxe.xoxb- is a bot token under token rotation.
        if value is not None and not value.get_secret_value().startswith(("xoxb-", "xoxe.xoxb-")):
            raise ValueError("a bot token starts with xoxb- (the app's OAuth & Permissions page)")
        return value

    @field_validator("slack_app_token")
    @classmethod
    def _app_token(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not value.get_secret_value().startswith("xapp-"):
            raise ValueError(
                "an app-level token starts with xapp- (the app's Basic Information page, "
                "with the connections:write scope)"
            )
        return value

    @field_validator("flourish_timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as error:
            raise ValueError(
                "not a time zone name; use an IANA name such as America/New_York"
            ) from error
        return value

    @field_validator("flourish_digest_time")
    @classmethod
    def _clock_time(cls, value: str) -> str:
        if not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", value):
            raise ValueError("use HH:MM on a 24-hour clock, e.g. 07:30")
        return value

    @field_validator("flourish_admins", mode="before")
    @classmethod
    def _split_admins(cls, value: object) -> object:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    def for_demo(self) -> Settings:
        """These settings on the demo's own database, unless DATABASE_URL was set."""
        if "database_url" in self.model_fields_set:
            return self
        return self.model_copy(update={"database_url": DEMO_DATABASE_URL})

    @property
    def assessor_kind(self) -> Literal["openai", "offline"]:
        if self.flourish_assessor == "auto":
            return "openai" if self.openai_api_key else "offline"
        return self.flourish_assessor


def describe_settings_error(error: ValidationError) -> list[str]:
    """One line per invalid setting, named as it is set; the value is never repeated (it may
    be a secret)."""
    lines = []
    for problem in error.errors(include_input=False, include_url=False):
        name = str(problem["loc"][0]).upper() if problem["loc"] else "a setting"
        message = problem["msg"].removeprefix("Value error, ")
        lines.append(f"Setting {name} is invalid: {message}.")
    return lines
