"""A local server that speaks Slack's Web API well enough for the real `slack_sdk.WebClient`.

Point a client at it with `WebClient(token=fake.bot_token, base_url=fake.api_url)`. It
records every call (`Call`), checks the bot token (the app-level token on
`apps.connections.open`, which hands out `FakeSocketMode`'s WebSocket URLs), answers the
methods Flourish uses with the documented response shapes, hosts files behind the bot
token (an HTML sign-in page without it, as Slack does), runs the three-step external
upload, and answers 429 on demand.
Nothing in the app is mocked: the SDK makes real HTTP requests to it.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import json
import mimetypes
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from email import policy
from email.parser import BytesParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, quote, unquote, urlsplit

# Fields that arrive as JSON strings in form-encoded bodies and are decoded when recorded.
JSON_FIELDS = frozenset({"blocks", "attachments", "view", "files", "metadata", "user_auth_blocks"})

# `FakeSlack.hold(DOWNLOADS)` holds file downloads as `hold(method)` holds API calls.
DOWNLOADS = "files-pri"

SIGN_IN_PAGE = b"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>Sign in | Slack</title></head>
<body><h1>Sign in to your workspace</h1>
<form action="/signin" method="post"><input type="email" name="email"></form></body></html>
"""


# The bot scopes Flourish's manifest installs with.
INSTALLED_SCOPES = (
    "commands",
    "chat:write",
    "im:write",
    "im:history",
    "channels:history",
    "groups:history",
    "files:read",
    "files:write",
    "users:read",
    "users:read.email",
)


@dataclass
class Call:
    """One request to the Web API, as the fake saw it."""

    method: str
    params: dict[str, Any]
    headers: dict[str, str]
    rate_limited: bool = False
    http_method: str = "POST"


@dataclass
class Download:
    """One request for a hosted file's bytes."""

    path: str
    headers: dict[str, str]
    served: bool  # False when the sign-in page (or a 404) was served instead


@dataclass
class HostedFile:
    id: str
    name: str
    content: bytes
    mimetype: str
    filetype: str
    user: str
    title: str
    created: int
    channels: list[str] = field(default_factory=list)
    # Where a download of it is sent with a 302 instead of its bytes (see `redirect_file`).
    redirect_to: str | None = None
    # What Slack adds to the file object of some kinds of file (an email's from, to,
    # subject, headers and plain_text), and its mode ("email").
    fields: dict[str, Any] = field(default_factory=dict)


@dataclass
class Upload:
    """A file the app sent through getUploadURLExternal → upload URL → completeUploadExternal."""

    file_id: str
    filename: str
    length: int
    content: bytes | None = None
    title: str | None = None
    channel_id: str | None = None
    initial_comment: str | None = None
    thread_ts: str | None = None
    completed: bool = False


@dataclass
class _Scripted:
    status: int
    body: dict[str, Any]
    headers: dict[str, str]


class FakeSlack:
    def __init__(
        self,
        bot_token: str = "xoxb-fake-bot-token",
        *,
        app_token: str = "xapp-1-A0FLOURISH-1-fake-app-token",
        team_id: str = "T0TEAM",
        team_name: str = "Flourish Middle School",
        bot_user_id: str = "U0BOT",
        bot_id: str = "B0BOT",
        app_id: str = "A0FLOURISH",
        users_by_email: dict[str, str] | None = None,
        scopes: tuple[str, ...] = INSTALLED_SCOPES,
    ) -> None:
        self.bot_token = bot_token
        # What the token was granted; auth.test names them in x-oauth-scopes, as Slack does.
        self.scopes = scopes
        # The app-level token: apps.connections.open takes it and nothing else does.
        self.app_token = app_token
        # Issues a Socket Mode WebSocket URL (`FakeSocketMode.issue_url`); None while the
        # app has Socket Mode off.
        self.socket_mode_urls: Callable[[], str] | None = None
        self.team_id = team_id
        self.team_name = team_name
        self.bot_user_id = bot_user_id
        self.bot_id = bot_id
        self.app_id = app_id
        self.users_by_email: dict[str, str] = dict(users_by_email or {})
        self.users: dict[str, dict[str, Any]] = {}
        self.files: dict[str, HostedFile] = {}
        self.uploads: dict[str, Upload] = {}
        self.views: dict[str, dict[str, Any]] = {}
        self.messages: list[dict[str, Any]] = []
        self.downloads: list[Download] = []
        # Downloads that arrived while downloads were held (`hold(DOWNLOADS)`).
        self.downloads_waiting: list[Download] = []
        # Replies the app sent to response_urls (see `response_url`), in order and by URL.
        self.responses: list[dict[str, Any]] = []
        self.responses_by_url: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self._calls: list[Call] = []
        # Told of every Web API call once it is answered, and of every reply to a
        # response_url (its URL and body) once taken: benchmarks time the follow-ups.
        self.on_call: Callable[[Call], None] | None = None
        self.on_response: Callable[[str, dict[str, Any]], None] | None = None
        self._rate_limits: dict[str, deque[int]] = defaultdict(deque)
        self._scripted: dict[str, deque[_Scripted]] = defaultdict(deque)
        self._held: dict[str, threading.Event] = {}
        self._dm_channels: dict[str, str] = {}
        self._home_views: dict[str, str] = {}
        self._ts = itertools.count(1)
        self._view_ids = itertools.count(1)
        self._file_ids = itertools.count(1)
        self._lock = threading.RLock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        # A short poll interval keeps stop() (and so each test's teardown) quick.
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )

    # -- lifecycle -------------------------------------------------------------------------

    @property
    def root_url(self) -> str:
        # What server_address holds once bound, typed as the socket's (str, int).
        host, port = self._server.socket.getsockname()[:2]
        return f"http://{host}:{port}"

    @property
    def api_url(self) -> str:
        """The `base_url` for `WebClient` (ends with a slash, as the SDK requires)."""
        return f"{self.root_url}/api/"

    def start(self) -> FakeSlack:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> FakeSlack:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- test set-up -----------------------------------------------------------------------

    def add_user(
        self,
        user_id: str,
        *,
        email: str | None = None,
        real_name: str | None = None,
        name: str | None = None,
        tz: str = "America/New_York",
        is_bot: bool = False,
        deleted: bool = False,
    ) -> dict[str, Any]:
        """Registers a user for users.info (and users.lookupByEmail when `email` is given)."""
        real_name = real_name or user_id
        user = {
            "id": user_id,
            "team_id": self.team_id,
            "name": name or real_name.lower().replace(" ", "."),
            "deleted": deleted,
            "real_name": real_name,
            "tz": tz,
            "tz_label": tz,
            "tz_offset": 0,
            "is_admin": False,
            "is_owner": False,
            "is_bot": is_bot,
            "is_app_user": False,
            "updated": 1700000000,
            "profile": {
                "real_name": real_name,
                "display_name": name or real_name,
                "email": email,
                "team": self.team_id,
            },
        }
        with self._lock:
            self.users[user_id] = user
            if email:
                self.users_by_email[email] = user_id
        return user

    def add_file(
        self,
        file_id: str,
        name: str,
        content: bytes,
        mimetype: str | None = None,
        filetype: str | None = None,
        user: str = "U0TEACHER",
        *,
        title: str | None = None,
        created: int | None = None,
        fields: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Hosts a file (as if a user had shared it) and returns its Slack file object."""
        hosted = HostedFile(
            id=file_id,
            name=name,
            content=content,
            mimetype=mimetype or mimetypes.guess_type(name)[0] or "application/octet-stream",
            filetype=filetype or _filetype(name),
            user=user,
            title=title or name,
            created=created or int(time.time()),
            fields=fields or {},
        )
        with self._lock:
            self.files[file_id] = hosted
        return self.file_object(file_id)

    def file_object(self, file_id: str) -> dict[str, Any]:
        """The file as Slack describes it in events and files.info."""
        f = self.files[file_id]
        base = f"{self.root_url}/files-pri/{self.team_id}-{f.id}"
        quoted = quote(f.name)
        obj: dict[str, Any] = {
            "id": f.id,
            "created": f.created,
            "timestamp": f.created,
            "name": f.name,
            "title": f.title,
            "mimetype": f.mimetype,
            "filetype": f.filetype,
            "pretty_type": f.filetype.upper(),
            "user": f.user,
            "user_team": self.team_id,
            "editable": False,
            "size": len(f.content),
            "mode": "hosted",
            "is_external": False,
            "external_type": "",
            "is_public": False,
            "public_url_shared": False,
            "display_as_bot": False,
            "username": "",
            "url_private": f"{base}/{quoted}",
            "url_private_download": f"{base}/download/{quoted}",
            "permalink": f"{self.root_url}/files/{f.user}/{f.id}/{quoted}",
            "channels": [c for c in f.channels if c.startswith("C")],
            "groups": [c for c in f.channels if c.startswith("G")],
            "ims": [c for c in f.channels if c.startswith("D")],
            "has_rich_preview": False,
        }
        obj.update(f.fields)
        return obj

    def response_url(self) -> str:
        """A response_url for a command or an interaction, served by this fake."""
        with self._lock:
            n = next(self._ts)
        return f"{self.root_url}/hooks/{self.team_id}/{n}/response"

    def rate_limit(self, method: str, times: int = 1, retry_after: int = 1) -> None:
        """The next `times` calls of `method` answer 429 with a Retry-After header."""
        with self._lock:
            self._rate_limits[method].extend([retry_after] * times)

    def script(
        self,
        method: str,
        body: dict[str, Any],
        *,
        status: int = 200,
        headers: dict[str, str] | None = None,
        times: int = 1,
    ) -> None:
        """The next `times` calls of `method` (after the token check) answer `body`."""
        with self._lock:
            self._scripted[method].extend([_Scripted(status, body, headers or {})] * times)

    def hold(self, method: str) -> threading.Event:
        """Calls of `method` (or file downloads: `DOWNLOADS`) are recorded, then wait to be
        answered until the returned event is set (Slack being slow): what the app does
        meanwhile can be seen."""
        with self._lock:
            return self._held.setdefault(method, threading.Event())

    def fail(self, method: str, error: str, *, times: int = 1) -> None:
        """The next `times` calls of `method` answer `{"ok": false, "error": error}`."""
        self.script(method, {"ok": False, "error": error}, times=times)

    # -- inspection ------------------------------------------------------------------------

    def calls(self, method: str | None = None) -> list[Call]:
        with self._lock:
            return [c for c in self._calls if method is None or c.method == method]

    def dm_channel_id(self, user_id: str) -> str:
        """The DM channel conversations.open gives for `user_id` (stable, user-derived)."""
        suffix = user_id[1:] if user_id[:1] in ("U", "W") else user_id
        return f"D{suffix}"

    def redirect_file(self, file_id: str, location: str) -> None:
        """Downloads of a hosted file answer 302 to `location` (after the token check), as
        a compromised or misconfigured file host might."""
        with self._lock:
            self.files[file_id].redirect_to = location

    def completed_uploads(self) -> list[Upload]:
        with self._lock:
            return [u for u in self.uploads.values() if u.completed]

    # -- the Web API -----------------------------------------------------------------------

    def _next_ts(self) -> str:
        micros = 1_700_000_000_000_000 + next(self._ts) * 100
        return f"{micros // 1_000_000}.{micros % 1_000_000:06d}"

    def _api(self, call: Call) -> tuple[int, dict[str, Any], dict[str, str]]:
        """Answers one call (already recorded): (status, JSON body, extra headers)."""
        token = _bearer(call.headers) or call.params.get("token")
        if call.method in APP_TOKEN_METHODS:
            # Slack takes the app-level token in the Authorization header only.
            if _bearer(call.headers) is None:
                return 200, {"ok": False, "error": "not_authed"}, {}
            if token == self.bot_token:
                return 200, {"ok": False, "error": "not_allowed_token_type"}, {}
            if token != self.app_token:
                return 200, {"ok": False, "error": "invalid_auth"}, {}
        elif token == self.app_token:
            return 200, {"ok": False, "error": "not_allowed_token_type"}, {}
        elif token != self.bot_token:
            return 200, {"ok": False, "error": "invalid_auth"}, {}
        with self._lock:
            scripted = self._scripted[call.method]
            if scripted:
                reply = scripted.popleft()
                return reply.status, reply.body, reply.headers
            handler = _METHODS.get(call.method)
            if handler is None:
                return 200, {"ok": False, "error": "unknown_method"}, {}
            result = handler(self, call.params)
        # Slack sends every Web API answer to a bot token with the token's scopes.
        return 200, result, {"x-oauth-scopes": ",".join(self.scopes)}

    def _auth_test(self, params: dict[str, Any]) -> dict[str, Any]:
        return {
            "ok": True,
            "url": f"{self.root_url}/",
            "team": self.team_name,
            "user": "flourish",
            "team_id": self.team_id,
            "user_id": self.bot_user_id,
            "bot_id": self.bot_id,
            "is_enterprise_install": False,
        }

    def _apps_connections_open(self, params: dict[str, Any]) -> dict[str, Any]:
        if self.socket_mode_urls is None:
            return {"ok": False, "error": "access_denied"}
        return {"ok": True, "url": self.socket_mode_urls()}

    def _resolve_channel(self, channel: str) -> str:
        # Posting to a user id lands in the app's DM with that user.
        return self.dm_channel_id(channel) if channel[:1] in ("U", "W") else channel

    def _message(self, params: dict[str, Any], ts: str) -> dict[str, Any]:
        message: dict[str, Any] = {
            "type": "message",
            "subtype": "bot_message",
            "text": params.get("text", ""),
            "user": self.bot_user_id,
            "bot_id": self.bot_id,
            "app_id": self.app_id,
            "team": self.team_id,
            "ts": ts,
        }
        for key in ("blocks", "attachments", "thread_ts", "metadata"):
            if params.get(key) is not None:
                message[key] = params[key]
        return message

    def _chat_post_message(self, params: dict[str, Any]) -> dict[str, Any]:
        if not params.get("channel"):
            return {"ok": False, "error": "channel_not_found"}
        if not (params.get("text") or params.get("blocks") or params.get("attachments")):
            return {"ok": False, "error": "no_text"}
        channel = self._resolve_channel(params["channel"])
        ts = self._next_ts()
        message = self._message(params, ts)
        self.messages.append({"channel": channel, **message})
        return {"ok": True, "channel": channel, "ts": ts, "message": message}

    def _chat_post_ephemeral(self, params: dict[str, Any]) -> dict[str, Any]:
        if not params.get("channel"):
            return {"ok": False, "error": "channel_not_found"}
        if not params.get("user"):
            return {"ok": False, "error": "user_not_found"}
        if not (params.get("text") or params.get("blocks") or params.get("attachments")):
            return {"ok": False, "error": "no_text"}
        return {"ok": True, "message_ts": self._next_ts()}

    def _chat_update(self, params: dict[str, Any]) -> dict[str, Any]:
        channel, ts = params.get("channel"), params.get("ts")
        if not channel:
            return {"ok": False, "error": "channel_not_found"}
        if not ts:
            return {"ok": False, "error": "message_not_found"}
        message = self._message(params, ts)
        # Messages the fake did not post (e.g. from a payload builder) are updated leniently.
        for stored in self.messages:
            if stored["channel"] == channel and stored["ts"] == ts:
                stored.update(message)
        return {
            "ok": True,
            "channel": channel,
            "ts": ts,
            "text": params.get("text", ""),
            "message": message,
        }

    def _view(self, view: Any, view_id: str, **extra: Any) -> dict[str, Any]:
        if isinstance(view, str):
            view = json.loads(view)
        stored = {
            "id": view_id,
            "team_id": self.team_id,
            "type": view.get("type", "modal"),
            "title": view.get("title"),
            "close": view.get("close"),
            "submit": view.get("submit"),
            "blocks": view.get("blocks", []),
            "private_metadata": view.get("private_metadata", ""),
            "callback_id": view.get("callback_id", ""),
            "external_id": view.get("external_id", ""),
            "state": {"values": {}},
            "hash": hashlib.sha1(f"{view_id}{next(self._ts)}".encode()).hexdigest()[:20],
            "clear_on_close": view.get("clear_on_close", False),
            "notify_on_close": view.get("notify_on_close", False),
            "root_view_id": view_id,
            "previous_view_id": None,
            "app_id": self.app_id,
            "app_installed_team_id": self.team_id,
            "bot_id": self.bot_id,
            **extra,
        }
        self.views[view_id] = stored
        return stored

    def _new_view_id(self) -> str:
        return f"V{next(self._view_ids):04d}"

    def _views_open(self, params: dict[str, Any]) -> dict[str, Any]:
        if not params.get("trigger_id"):
            return {"ok": False, "error": "invalid_trigger_id"}
        if not params.get("view"):
            return {"ok": False, "error": "invalid_arguments"}
        return {"ok": True, "view": self._view(params["view"], self._new_view_id())}

    def _views_push(self, params: dict[str, Any]) -> dict[str, Any]:
        return self._views_open(params)

    def _views_update(self, params: dict[str, Any]) -> dict[str, Any]:
        view_id = params.get("view_id")
        external_id = params.get("external_id")
        if not view_id and external_id:
            view_id = next(
                (v["id"] for v in self.views.values() if v.get("external_id") == external_id),
                None,
            )
        if not view_id or not params.get("view"):
            return {"ok": False, "error": "not_found"}
        # Like the lenient chat.update: a view id the fake never issued is still accepted.
        return {"ok": True, "view": self._view(params["view"], view_id)}

    def _views_publish(self, params: dict[str, Any]) -> dict[str, Any]:
        user_id = params.get("user_id")
        if not user_id:
            return {"ok": False, "error": "invalid_arguments"}
        if not params.get("view"):
            return {"ok": False, "error": "invalid_arguments"}
        view_id = self._home_views.setdefault(user_id, self._new_view_id())
        return {"ok": True, "view": self._view(params["view"], view_id)}

    def _conversations_open(self, params: dict[str, Any]) -> dict[str, Any]:
        if params.get("channel"):
            return {
                "ok": True,
                "no_op": True,
                "already_open": True,
                "channel": {"id": params["channel"]},
            }
        users = [u for u in str(params.get("users", "")).split(",") if u]
        if not users:
            return {"ok": False, "error": "users_list_not_supplied"}
        if len(users) == 1:
            channel_id = self.dm_channel_id(users[0])
        else:
            digest = hashlib.sha1(",".join(sorted(users)).encode()).hexdigest()[:8].upper()
            channel_id = f"G{digest}"
        key = ",".join(sorted(users))
        already_open = key in self._dm_channels
        self._dm_channels[key] = channel_id
        reply: dict[str, Any] = {"ok": True, "channel": {"id": channel_id}}
        if already_open:
            reply.update(no_op=True, already_open=True)
        return reply

    def _user(self, user_id: str) -> dict[str, Any] | None:
        if user_id in self.users:
            return self.users[user_id]
        email = next((e for e, u in self.users_by_email.items() if u == user_id), None)
        if email is None:
            return None
        return self.add_user(user_id, email=email)

    def _users_lookup_by_email(self, params: dict[str, Any]) -> dict[str, Any]:
        user_id = self.users_by_email.get(str(params.get("email", "")))
        user = self._user(user_id) if user_id else None
        if user is None:
            return {"ok": False, "error": "users_not_found"}
        return {"ok": True, "user": user}

    def _users_info(self, params: dict[str, Any]) -> dict[str, Any]:
        user = self._user(str(params.get("user", "")))
        if user is None:
            return {"ok": False, "error": "user_not_found"}
        return {"ok": True, "user": user}

    def _users_list(self, params: dict[str, Any]) -> dict[str, Any]:
        """Every user, by id, a page of `limit` at a time with Slack's cursor (the cursor is
        the index of the next page's first user, opaque to callers)."""
        for user_id in set(self.users_by_email.values()) - set(self.users):
            self._user(user_id)
        members = [self.users[user_id] for user_id in sorted(self.users)]
        limit = max(1, min(int(params.get("limit") or 200), 1000))
        start = int(params.get("cursor") or 0)
        page = members[start : start + limit]
        after = start + limit
        next_cursor = str(after) if after < len(members) else ""
        return {"ok": True, "members": page, "response_metadata": {"next_cursor": next_cursor}}

    def _files_info(self, params: dict[str, Any]) -> dict[str, Any]:
        file_id = str(params.get("file", ""))
        if file_id not in self.files:
            return {"ok": False, "error": "file_not_found"}
        return {
            "ok": True,
            "file": self.file_object(file_id),
            "comments": [],
            "response_metadata": {"next_cursor": ""},
        }

    def _files_get_upload_url_external(self, params: dict[str, Any]) -> dict[str, Any]:
        filename = params.get("filename")
        length = params.get("length")
        if not filename or length in (None, ""):
            return {"ok": False, "error": "invalid_arguments"}
        file_id = f"F0UP{next(self._file_ids):04d}"
        self.uploads[file_id] = Upload(file_id=file_id, filename=str(filename), length=int(length))
        return {
            "ok": True,
            "upload_url": f"{self.root_url}/upload/v1/{file_id}",
            "file_id": file_id,
        }

    def _files_complete_upload_external(self, params: dict[str, Any]) -> dict[str, Any]:
        entries = params.get("files")
        if not isinstance(entries, list) or not entries:
            return {"ok": False, "error": "invalid_arguments"}
        channel_id = params.get("channel_id") or None
        channels = [c for c in str(params.get("channels") or "").split(",") if c]
        if channel_id:
            channels.insert(0, channel_id)
        done = []
        for entry in entries:
            upload = self.uploads.get(entry.get("id", ""))
            if upload is None or upload.content is None:
                return {"ok": False, "error": "file_not_found"}
            upload.title = entry.get("title") or upload.filename
            upload.channel_id = channel_id
            upload.initial_comment = params.get("initial_comment")
            upload.thread_ts = params.get("thread_ts")
            upload.completed = True
            self.add_file(
                upload.file_id,
                upload.filename,
                upload.content,
                user=self.bot_user_id,
                title=upload.title,
            )
            self.files[upload.file_id].channels = list(channels)
            done.append(self.file_object(upload.file_id))
        return {"ok": True, "files": done}

    def _receive_upload(self, file_id: str, body: bytes, content_type: str) -> tuple[int, bytes]:
        with self._lock:
            upload = self.uploads.get(file_id)
            if upload is None:
                return 404, b"Not Found"
            if content_type.startswith("multipart/form-data"):
                parts = _multipart(body, content_type)
                body = next((v for v in parts.values() if isinstance(v, bytes)), b"")
            upload.content = body
        return 200, f"OK - {len(body)}".encode()

    def _record_download_waiting(self, path: str, headers: dict[str, str]) -> None:
        with self._lock:
            self.downloads_waiting.append(Download(path, headers, served=False))

    def _download(
        self, path: str, headers: dict[str, str]
    ) -> tuple[int, str, bytes, dict[str, str]]:
        # /files-pri/<team>-<file id>/[download/]<name>
        parts = path.split("/")
        hosted = None
        if len(parts) >= 4 and parts[2].startswith(f"{self.team_id}-"):
            hosted = self.files.get(parts[2][len(self.team_id) + 1 :])
        name_ok = hosted is not None and unquote(parts[-1]) == hosted.name
        authorized = _bearer(headers) == self.bot_token
        redirect = hosted.redirect_to if hosted and name_ok and authorized else None
        served = bool(hosted and name_ok and authorized and redirect is None)
        with self._lock:
            self.downloads.append(Download(path, headers, served))
        if not authorized:
            return 200, "text/html; charset=utf-8", SIGN_IN_PAGE, {}
        if not (hosted and name_ok):
            return 404, "text/html; charset=utf-8", b"<html><body>Not found</body></html>", {}
        if redirect is not None:
            return 302, "text/plain; charset=utf-8", b"Found", {"Location": redirect}
        return 200, hosted.mimetype, hosted.content, {}

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                self._dispatch("GET")

            def do_POST(self) -> None:
                self._dispatch("POST")

            def _dispatch(self, verb: str) -> None:
                url = urlsplit(self.path)
                headers = {name.lower(): value for name, value in self.headers.items()}
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                if url.path.startswith("/api/"):
                    method = url.path[len("/api/") :]
                    params = dict(parse_qsl(url.query, keep_blank_values=True))
                    params.update(_parse_body(raw, headers.get("content-type", "")))
                    self._api(Call(method, _decode_json_fields(params), headers, http_method=verb))
                elif url.path.startswith("/upload/v1/") and verb == "POST":
                    file_id = url.path.rsplit("/", 1)[-1]
                    status, body = fake._receive_upload(
                        file_id, raw, headers.get("content-type", "")
                    )
                    self._send(status, "text/plain; charset=utf-8", body)
                elif url.path.startswith("/hooks/") and verb == "POST":
                    # A response_url: Slack takes the reply and answers a plain "ok".
                    reply = json.loads(raw or b"{}")
                    with fake._lock:
                        fake.responses.append(reply)
                        fake.responses_by_url[fake.root_url + url.path].append(reply)
                    self._send(200, "text/plain; charset=utf-8", b"ok")
                    if fake.on_response is not None:
                        fake.on_response(fake.root_url + url.path, reply)
                elif url.path.startswith("/files-pri/") and verb == "GET":
                    held = fake._held.get(DOWNLOADS)
                    if held is not None:
                        fake._record_download_waiting(url.path, headers)
                        held.wait(timeout=60)
                    status, content_type, body, extra = fake._download(url.path, headers)
                    self._send(status, content_type, body, extra)
                else:
                    self._send(404, "text/plain", b"Not Found")

            def _api(self, call: Call) -> None:
                with fake._lock:
                    pending = fake._rate_limits[call.method]
                    retry_after = pending.popleft() if pending else None
                    call.rate_limited = retry_after is not None
                    fake._calls.append(call)
                if retry_after is not None:
                    body = {"ok": False, "error": "ratelimited"}
                    self._send_json(429, body, {"Retry-After": str(retry_after)})
                    return
                held = fake._held.get(call.method)
                if held is not None:
                    held.wait(timeout=60)
                status, body, extra = fake._api(call)
                self._send_json(status, body, extra)
                if fake.on_call is not None:
                    fake.on_call(call)

            def _send_json(
                self, status: int, body: dict[str, Any], headers: dict[str, str]
            ) -> None:
                payload = json.dumps(body).encode()
                self._send(status, "application/json; charset=utf-8", payload, headers)

            def _send(
                self,
                status: int,
                content_type: str,
                body: bytes,
                headers: dict[str, str] | None = None,
            ) -> None:
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", content_type)
                    self.send_header("Content-Length", str(len(body)))
                    for name, value in (headers or {}).items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up: nothing to answer

            def log_message(self, format: str, *args: Any) -> None:
                pass

        return Handler


# Methods that take the app-level (xapp-) token rather than the bot token.
APP_TOKEN_METHODS = frozenset({"apps.connections.open"})

_METHODS: dict[str, Any] = {
    "apps.connections.open": FakeSlack._apps_connections_open,
    "auth.test": FakeSlack._auth_test,
    "chat.postMessage": FakeSlack._chat_post_message,
    "chat.postEphemeral": FakeSlack._chat_post_ephemeral,
    "chat.update": FakeSlack._chat_update,
    "views.open": FakeSlack._views_open,
    "views.push": FakeSlack._views_push,
    "views.update": FakeSlack._views_update,
    "views.publish": FakeSlack._views_publish,
    "conversations.open": FakeSlack._conversations_open,
    "users.lookupByEmail": FakeSlack._users_lookup_by_email,
    "users.info": FakeSlack._users_info,
    "users.list": FakeSlack._users_list,
    "files.info": FakeSlack._files_info,
    "files.getUploadURLExternal": FakeSlack._files_get_upload_url_external,
    "files.completeUploadExternal": FakeSlack._files_complete_upload_external,
}


def _bearer(headers: dict[str, str]) -> str | None:
    value = headers.get("authorization", "")
    return value[len("Bearer ") :] if value.startswith("Bearer ") else None


def _filetype(name: str) -> str:
    return name.rsplit(".", 1)[-1].lower() if "." in name else "binary"


def _parse_body(raw: bytes, content_type: str) -> dict[str, Any]:
    if not raw:
        return {}
    if content_type.startswith("application/json"):
        data = json.loads(raw)
        return data if isinstance(data, dict) else {}
    if content_type.startswith("multipart/form-data"):
        return _multipart(raw, content_type)
    return dict(parse_qsl(raw.decode("utf-8"), keep_blank_values=True))


def _multipart(raw: bytes, content_type: str) -> dict[str, Any]:
    """Form fields as str, file parts as bytes."""
    message = BytesParser(policy=policy.HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + raw
    )
    fields: dict[str, Any] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            continue
        payload = part.get_payload(decode=True) or b""
        assert isinstance(payload, bytes)  # decode=True on a part that is not multipart
        fields[name] = payload if part.get_filename() else payload.decode("utf-8")
    return fields


def _decode_json_fields(params: dict[str, Any]) -> dict[str, Any]:
    decoded = dict(params)
    for key in JSON_FIELDS & decoded.keys():
        value = decoded[key]
        if isinstance(value, str) and value.strip()[:1] in ("[", "{"):
            # Left as sent when it is not JSON: the test sees exactly what arrived.
            with contextlib.suppress(json.JSONDecodeError):
                decoded[key] = json.loads(value)
    return decoded
