"""Settings from the environment and `.env`; every one optional with a working default."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    database_url: str = "sqlite:///flourish.db"

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
    flourish_digest_time: str = Field(default="07:30", pattern=r"^([01]\d|2[0-3]):[0-5]\d$")
    # Weekly digest: seconds between two teachers' messages (Slack allows about one message
    # a second), and how many posts a digest Slack refused gets before it is left unsent.
    flourish_digest_pace_seconds: float = Field(default=1.1, ge=0)
    flourish_digest_max_attempts: int = Field(default=3, ge=1)
    # Slack user ids of school admins, who see every student (comma-separated).
    flourish_admins: Annotated[list[str], NoDecode] = []
    flourish_max_upload_bytes: int = Field(default=2_000_000, gt=0)
    # The assessment queue: how long a claim lasts before another worker may take the
    # entry, how many attempts an entry gets, and the first retry delay (it doubles).
    flourish_assess_lease_seconds: float = Field(default=300.0, gt=0)
    flourish_assess_max_attempts: int = Field(default=4, ge=1)
    flourish_assess_backoff_seconds: float = Field(default=10.0, ge=0)
    # Model calls in flight at once: the app's assessment workers, and `flourish assess`'s
    # default. A call is mostly waiting on the model server, so a few overlap well; each
    # worker holds one database connection at a time.
    flourish_assess_concurrency: int = Field(default=4, ge=1, le=32)

    @field_validator("flourish_admins", mode="before")
    @classmethod
    def _split_admins(cls, value: object) -> object:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @property
    def assessor_kind(self) -> Literal["openai", "offline"]:
        if self.flourish_assessor == "auto":
            return "openai" if self.openai_api_key else "offline"
        return self.flourish_assessor
