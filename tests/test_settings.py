"""Settings: every one optional, the assessor chosen as DESIGN.md says."""

from __future__ import annotations

from pathlib import Path

import pytest

from domain.assessors.offline import OfflineAssessor
from domain.assessors.openai_assessor import OpenAIAssessor
from flourish.settings import Settings
from flourish.wiring import build_assessor, queue_policy


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "FLOURISH_ASSESSOR", "DATABASE_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)  # no .env from the working tree


def test_defaults_work_with_nothing_set() -> None:
    settings = Settings()
    assert settings.database_url == "sqlite:///flourish.db"
    assert settings.openai_model == "gpt-4o"
    assert (settings.flourish_digest_day, settings.flourish_digest_time) == ("mon", "07:30")
    assert isinstance(build_assessor(settings), OfflineAssessor)


def test_auto_picks_openai_when_a_key_is_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    monkeypatch.setenv("OPENAI_MODEL", "school-model")
    assessor = build_assessor(Settings())
    assert isinstance(assessor, OpenAIAssessor) and assessor.model == "school-model"


def test_offline_can_be_forced_and_openai_needs_a_server(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    monkeypatch.setenv("FLOURISH_ASSESSOR", "offline")
    assert isinstance(build_assessor(Settings()), OfflineAssessor)
    monkeypatch.delenv("OPENAI_API_KEY")
    monkeypatch.setenv("FLOURISH_ASSESSOR", "openai")
    with pytest.raises(ValueError, match="OPENAI_API_KEY"):
        build_assessor(Settings())


def test_admins_and_queue_settings_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FLOURISH_ADMINS", "U0ADMIN1, U0ADMIN2,")
    monkeypatch.setenv("FLOURISH_ASSESS_LEASE_SECONDS", "2.5")
    settings = Settings()
    assert settings.flourish_admins == ["U0ADMIN1", "U0ADMIN2"]
    assert queue_policy(settings).lease.total_seconds() == 2.5


def test_bad_values_are_refused_with_the_setting_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FLOURISH_DIGEST_TIME", "25:00")
    with pytest.raises(ValueError, match="flourish_digest_time"):
        Settings()
