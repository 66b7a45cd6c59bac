"""manifest.yml installs the app as it is: its commands, events, scopes and interactivity."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from bot import ids

MANIFEST = Path(__file__).resolve().parent.parent / "manifest.yml"


def _manifest() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(MANIFEST.read_text())
    return loaded


def test_every_command_the_app_answers_is_installed() -> None:
    commands = {c["command"] for c in _manifest()["features"]["slash_commands"]}
    assert commands == {
        ids.PROGRESS_COMMAND,
        ids.REVIEW_COMMAND,
        ids.TARGET_COMMAND,
        ids.BADGE_COMMAND,
    }


def test_events_interactivity_and_home_are_enabled() -> None:
    manifest = _manifest()
    settings = manifest["settings"]
    events = set(settings["event_subscriptions"]["bot_events"])
    assert {"app_home_opened", "message.im", "file_shared"} <= events
    # Least privilege: channel shares come as file_shared, so the bot is not sent every
    # message of every channel it is in.
    assert not events & {"message.channels", "message.groups", "message.mpim"}
    assert settings["interactivity"]["is_enabled"] is True
    # Student menus of a large class load their options (block_suggestion) there too.
    urls = settings["interactivity"]
    assert urls["message_menu_options_url"] == urls["request_url"]
    assert manifest["features"]["app_home"]["home_tab_enabled"] is True
    assert settings["socket_mode_enabled"] is True


def test_scopes_cover_every_web_api_method_the_app_calls() -> None:
    scopes = set(_manifest()["oauth_config"]["scopes"]["bot"])
    # Web API method -> the scope Slack requires for it (api.slack.com/methods).
    needed = {
        "chat.postMessage": "chat:write",
        "conversations.open": "im:write",
        "files.info": "files:read",
        "files.getUploadURLExternal": "files:write",
        "users.lookupByEmail": "users:read.email",
        "message.im": "im:history",
        "file_shared": "files:read",
    }
    assert set(needed.values()) <= scopes
    assert not scopes & {"channels:history", "groups:history", "mpim:history"}
    assert "commands" in scopes


def test_the_installed_package_carries_the_manifest_doctor_reads() -> None:
    """A wheel has no checkout beside it: doctor reads the scopes from the package's own
    copy (flourish/manifest.yml, a link to this one), so `serve` starts there too."""
    from flourish.doctor import MANIFEST as READ_BY_DOCTOR

    assert READ_BY_DOCTOR.parent.name == "flourish"
    assert READ_BY_DOCTOR.read_text() == MANIFEST.read_text()
