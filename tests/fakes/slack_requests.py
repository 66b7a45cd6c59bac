"""Drive a Bolt app over HTTP exactly as Slack would: signed requests with documented payloads.

`sign` computes Slack's v0 request signature itself (HMAC-SHA256 over "v0:{ts}:{body}"),
the builders give bodies in the shapes Slack documents for slash commands, interactivity
(`payload=<json>`, form-encoded) and the Events API (JSON), and `post` sends one with
`urllib.request`, returning the status even for 4xx/5xx answers.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import time
import urllib.error
import urllib.request
from typing import Any
from urllib.parse import urlencode

FORM = "application/x-www-form-urlencoded"
JSON = "application/json"

TEAM_ID = "T0TEAM"
TEAM_DOMAIN = "flourish-ms"
API_APP_ID = "A0FLOURISH"
BOT_USER_ID = "U0BOT"
VERIFICATION_TOKEN = "legacy-verification-token"

_counter = itertools.count(1)


def _unique() -> int:
    return next(_counter)


def _ts() -> str:
    """A Slack-style timestamp ("1700000123.000456"), unique per call."""
    n = _unique()
    return f"{int(time.time())}.{n:06d}"


def new_trigger_id() -> str:
    n = _unique()
    return f"{n}.{1000 + n}.{hashlib.sha1(str(n).encode()).hexdigest()[:32]}"


def new_response_url(team_id: str = TEAM_ID, kind: str = "commands") -> str:
    n = _unique()
    secret = hashlib.sha1(str(n).encode()).hexdigest()[:24]
    return f"https://hooks.slack.com/{kind}/{team_id}/{n}/{secret}"


def sign(
    body: str,
    secret: str,
    timestamp: int | None = None,
    *,
    content_type: str | None = None,
) -> dict[str, str]:
    """The headers Slack sends with `body`: timestamp, v0 signature and Content-Type."""
    ts = int(time.time()) if timestamp is None else timestamp
    basestring = f"v0:{ts}:{body}".encode()
    digest = hmac.new(secret.encode(), basestring, hashlib.sha256).hexdigest()
    return {
        "Content-Type": content_type or _guess_content_type(body),
        "X-Slack-Request-Timestamp": str(ts),
        "X-Slack-Signature": f"v0={digest}",
    }


def _guess_content_type(body: str) -> str:
    return JSON if body.lstrip()[:1] == "{" else FORM


def _user(user_id: str, team_id: str) -> dict[str, Any]:
    name = user_id.lower()
    return {"id": user_id, "username": name, "name": name, "team_id": team_id}


def _team(team_id: str) -> dict[str, Any]:
    return {"id": team_id, "domain": TEAM_DOMAIN}


def _interactive(payload: dict[str, Any]) -> str:
    return urlencode({"payload": json.dumps(payload)})


def slash_command_body(
    command: str,
    text: str,
    user_id: str,
    channel_id: str = "D0DM",
    team_id: str = TEAM_ID,
    trigger_id: str | None = None,
    response_url: str | None = None,
    *,
    user_name: str | None = None,
    channel_name: str = "directmessage",
    api_app_id: str = API_APP_ID,
) -> str:
    """A slash-command invocation, form-encoded as Slack posts it."""
    return urlencode(
        {
            "token": VERIFICATION_TOKEN,
            "team_id": team_id,
            "team_domain": TEAM_DOMAIN,
            "channel_id": channel_id,
            "channel_name": channel_name,
            "user_id": user_id,
            "user_name": user_name or user_id.lower(),
            "command": command,
            "text": text,
            "api_app_id": api_app_id,
            "is_enterprise_install": "false",
            "response_url": response_url or new_response_url(team_id),
            "trigger_id": trigger_id or new_trigger_id(),
        }
    )


def button_action(
    action_id: str,
    value: str = "",
    *,
    block_id: str | None = None,
    text: str = "Button",
) -> dict[str, Any]:
    """One `actions[]` entry for a clicked button."""
    return {
        "type": "button",
        "action_id": action_id,
        "block_id": block_id or f"b{_unique()}",
        "text": {"type": "plain_text", "text": text, "emoji": True},
        "value": value,
        "action_ts": _ts(),
    }


def block_actions_body(
    user_id: str,
    actions: list[dict[str, Any]],
    container: dict[str, Any] | None = None,
    message: dict[str, Any] | None = None,
    channel_id: str | None = "D0DM",
    trigger_id: str | None = None,
    *,
    view: dict[str, Any] | None = None,
    state: dict[str, Any] | None = None,
    team_id: str = TEAM_ID,
    api_app_id: str = API_APP_ID,
    response_url: str | None = None,
) -> str:
    """A block_actions interaction (`payload=<json>`, form-encoded).

    By default the click comes from a bot message in `channel_id`; pass `view` (and no
    channel) for a click inside a modal or App Home.
    """
    payload: dict[str, Any] = {
        "type": "block_actions",
        "user": _user(user_id, team_id),
        "api_app_id": api_app_id,
        "token": VERIFICATION_TOKEN,
        "trigger_id": trigger_id or new_trigger_id(),
        "team": _team(team_id),
        "enterprise": None,
        "is_enterprise_install": False,
        "state": state or {"values": {}},
        "actions": actions,
    }
    if view is not None:
        payload["container"] = container or {
            "type": "view",
            "view_id": view.get("id", "V0001"),
        }
        payload["view"] = view
    else:
        message = message or {
            "type": "message",
            "user": BOT_USER_ID,
            "bot_id": "B0BOT",
            "text": "",
            "ts": _ts(),
            "blocks": [],
        }
        payload["container"] = container or {
            "type": "message",
            "message_ts": message["ts"],
            "channel_id": channel_id,
            "is_ephemeral": False,
        }
        payload["message"] = message
        payload["response_url"] = response_url or new_response_url(team_id, "actions")
    if channel_id is not None:
        payload["channel"] = {"id": channel_id, "name": "directmessage"}
    return _interactive(payload)


def view_submission_body(
    user_id: str,
    view: dict[str, Any],
    *,
    team_id: str = TEAM_ID,
    api_app_id: str = API_APP_ID,
    trigger_id: str | None = None,
) -> str:
    """A view_submission interaction (`payload=<json>`, form-encoded).

    `view` is the submitted modal; give it `callback_id`, `private_metadata` and
    `state: {"values": {block_id: {action_id: {"type": ..., "value": ...}}}}`. Missing
    bookkeeping fields (id, hash, team_id, ...) are filled in as Slack would.
    """
    submitted = {
        "id": "V0001",
        "team_id": team_id,
        "type": "modal",
        "blocks": [],
        "private_metadata": "",
        "callback_id": "",
        "state": {"values": {}},
        "hash": f"{int(time.time())}.{_unique():08d}",
        "title": {"type": "plain_text", "text": "Flourish"},
        "clear_on_close": False,
        "notify_on_close": False,
        "close": None,
        "submit": {"type": "plain_text", "text": "Submit"},
        "previous_view_id": None,
        "root_view_id": view.get("id", "V0001"),
        "app_id": api_app_id,
        "external_id": "",
        "app_installed_team_id": team_id,
        "bot_id": "B0BOT",
        **view,
    }
    payload = {
        "type": "view_submission",
        "team": _team(team_id),
        "user": _user(user_id, team_id),
        "api_app_id": api_app_id,
        "token": VERIFICATION_TOKEN,
        "trigger_id": trigger_id or new_trigger_id(),
        "view": submitted,
        "response_urls": [],
        "is_enterprise_install": False,
        "enterprise": None,
    }
    return _interactive(payload)


def block_suggestion_body(
    user_id: str,
    action_id: str,
    block_id: str,
    value: str,
    view: dict[str, Any] | None = None,
    *,
    team_id: str = TEAM_ID,
    api_app_id: str = API_APP_ID,
) -> str:
    """A block_suggestion interaction (`payload=<json>`, form-encoded): Slack asking an
    external_select's options load URL what to offer for `value`, what the person has
    typed so far. From a modal by default (`view`), as Slack sends it from a modal."""
    view = view or {"id": "V0001", "type": "modal", "blocks": []}
    payload = {
        "type": "block_suggestion",
        "user": _user(user_id, team_id),
        "container": {"type": "view", "view_id": view.get("id", "V0001")},
        "api_app_id": api_app_id,
        "token": VERIFICATION_TOKEN,
        "action_id": action_id,
        "block_id": block_id,
        "value": value,
        "team": _team(team_id),
        "enterprise": None,
        "is_enterprise_install": False,
        "view": view,
    }
    return _interactive(payload)


def event_callback_body(
    event: dict[str, Any],
    event_id: str | None = None,
    team_id: str = TEAM_ID,
    api_app_id: str = API_APP_ID,
    *,
    event_time: int | None = None,
    bot_user_id: str = BOT_USER_ID,
) -> str:
    """An Events API delivery wrapping `event` (JSON string)."""
    return json.dumps(
        {
            "token": VERIFICATION_TOKEN,
            "team_id": team_id,
            "api_app_id": api_app_id,
            "event": event,
            "type": "event_callback",
            "event_id": event_id or f"Ev{_unique():08d}",
            "event_time": event_time or int(time.time()),
            "authorizations": [
                {
                    "enterprise_id": None,
                    "team_id": team_id,
                    "user_id": bot_user_id,
                    "is_bot": True,
                    "is_enterprise_install": False,
                }
            ],
            "is_ext_shared_channel": False,
            "event_context": f"4-{hashlib.sha1(str(_unique()).encode()).hexdigest()[:40]}",
        }
    )


def message_event(
    user: str, channel: str, text: str, *, channel_type: str = "im", ts: str | None = None
) -> dict[str, Any]:
    """A plain `message` event (a user typing in a DM by default)."""
    ts = ts or _ts()
    return {
        "type": "message",
        "user": user,
        "text": text,
        "ts": ts,
        "team": TEAM_ID,
        "channel": channel,
        "event_ts": ts,
        "channel_type": channel_type,
    }


def file_share_message_event(
    user: str,
    channel: str,
    files: list[dict[str, Any]],
    text: str = "",
    channel_type: str = "im",
    *,
    ts: str | None = None,
) -> dict[str, Any]:
    """The `message` event (subtype `file_share`) Slack sends when a user shares files."""
    ts = ts or _ts()
    return {
        "type": "message",
        "subtype": "file_share",
        "text": text,
        "files": files,
        "upload": False,
        "user": user,
        "display_as_bot": False,
        "ts": ts,
        "team": TEAM_ID,
        "channel": channel,
        "event_ts": ts,
        "channel_type": channel_type,
    }


def file_shared_event(user: str, channel: str, file_id: str) -> dict[str, Any]:
    """The `file_shared` event: ids only; the file is described by files.info."""
    ts = _ts()
    return {
        "type": "file_shared",
        "channel_id": channel,
        "file_id": file_id,
        "user_id": user,
        "file": {"id": file_id},
        "event_ts": ts,
    }


def url_verification_body(challenge: str) -> str:
    """The handshake Slack sends when the Events request URL is saved (JSON string)."""
    return json.dumps(
        {"token": VERIFICATION_TOKEN, "challenge": challenge, "type": "url_verification"}
    )


def post(
    url: str,
    body: str,
    secret: str,
    *,
    content_type: str | None = None,
    retry_num: int | None = None,
    retry_reason: str | None = None,
    timestamp: int | None = None,
    timeout: float = 10.0,
) -> tuple[int, dict[str, str], str]:
    """POSTs a signed `body` as Slack would: (status, lower-cased headers, response text).

    `content_type` defaults to JSON for bodies that start with "{", form-encoded otherwise.
    """
    headers = sign(body, secret, timestamp, content_type=content_type)
    if retry_num is not None:
        headers["X-Slack-Retry-Num"] = str(retry_num)
    if retry_reason is not None:
        headers["X-Slack-Retry-Reason"] = retry_reason
    request = urllib.request.Request(url, data=body.encode(), headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            status = response.status
            reply_headers = {k.lower(): v for k, v in response.headers.items()}
            raw = response.read()
    except urllib.error.HTTPError as error:
        status = error.code
        reply_headers = {k.lower(): v for k, v in error.headers.items()}
        raw = error.read()
    return status, reply_headers, raw.decode("utf-8", errors="replace")
