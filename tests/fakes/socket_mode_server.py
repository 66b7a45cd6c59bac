"""A local WebSocket server that speaks Slack's Socket Mode, for the real slack_sdk client.

Slack's side of Socket Mode: `apps.connections.open` (on `FakeSlack`, with the app-level
token) hands out a WebSocket URL with a one-time ticket; this server accepts a connection
only on a ticket it issued, greets it with a `hello`, and then sends what the test asks
for in Socket Mode's envelopes (`events_api`, `slash_commands`, `interactive`,
`disconnect`), each with its own `envelope_id`. Everything the app sends back is
recorded; an ack is `{"envelope_id": ..., "payload": {...}?}` and `ack(envelope_id)`
waits for it. The WebSocket protocol itself is the `websockets` library's, so the
client's handshake and framing are checked by an implementation that is not slack_sdk's.

Payloads carry the same shapes as over HTTP, as JSON objects: `socket_payload` turns a
body built by `tests/fakes/slack_requests.py` (JSON, form-encoded, or `payload=<json>`)
into the object Socket Mode would carry.
"""

from __future__ import annotations

import itertools
import json
import threading
import uuid
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any
from urllib.parse import parse_qs, parse_qsl, urlsplit

from websockets.datastructures import Headers
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response
from websockets.sync.server import Server, ServerConnection, serve

APP_ID = "A0FLOURISH"


@dataclass
class SocketSession:
    """One WebSocket connection the app opened."""

    ticket: str
    received: list[dict[str, Any]] = field(default_factory=list)
    # Set when the connection is gone; `close_code` is what the client sent in its close
    # frame, or None when it only dropped the TCP connection.
    closed: threading.Event = field(default_factory=threading.Event)
    close_code: int | None = None
    connection: ServerConnection | None = None


def socket_payload(body: str) -> dict[str, Any]:
    """The object Socket Mode carries for an HTTP request body Slack would have sent."""
    if body.lstrip().startswith("{"):
        payload: dict[str, Any] = json.loads(body)
        return payload
    form = parse_qs(body, keep_blank_values=True)
    if "payload" in form:  # interactivity: the JSON lives in one form field
        interactive: dict[str, Any] = json.loads(form["payload"][0])
        return interactive
    return dict(parse_qsl(body, keep_blank_values=True))  # a slash command


class FakeSocketMode:
    def __init__(self, *, app_id: str = APP_ID) -> None:
        self.app_id = app_id
        self.sessions: list[SocketSession] = []
        self.refused: list[str] = []  # paths of handshakes refused (unknown ticket)
        self._tickets: dict[str, bool] = {}  # issued ticket -> used
        self._ticket_numbers = itertools.count(1)
        self._acks: dict[str, dict[str, Any]] = {}
        self._changed = threading.Condition()
        self._server: Server = serve(
            self._handle,
            "127.0.0.1",
            0,
            process_request=self._check_ticket,
            # Slack's frames are plain; keepalive pings are the client's (slack_sdk's).
            compression=None,
            ping_interval=None,
        )
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    # -- lifecycle -------------------------------------------------------------------------

    @property
    def port(self) -> int:
        return int(self._server.socket.getsockname()[1])

    def start(self) -> FakeSocketMode:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._thread.join(timeout=5)

    def __enter__(self) -> FakeSocketMode:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def issue_url(self) -> str:
        """A fresh WebSocket URL, as apps.connections.open returns (one ticket each)."""
        ticket = f"{next(self._ticket_numbers)}-{uuid.uuid4().hex[:12]}"
        with self._changed:
            self._tickets[ticket] = False
        return f"ws://127.0.0.1:{self.port}/link/?ticket={ticket}&app_id={self.app_id}"

    # -- what Slack sends ------------------------------------------------------------------

    def events_api(
        self, body: dict[str, Any], *, retry_attempt: int = 0, retry_reason: str = ""
    ) -> str:
        """An Events API delivery (the `event_callback` body); returns its envelope id."""
        return self._envelope(
            "events_api",
            body,
            accepts_response_payload=False,
            retry_attempt=retry_attempt,
            retry_reason=retry_reason,
        )

    def slash_command(self, payload: dict[str, Any]) -> str:
        # The ack may carry the command's reply, as an HTTP response body would.
        return self._envelope("slash_commands", payload, accepts_response_payload=True)

    def interactive(self, payload: dict[str, Any]) -> str:
        # Only a view submission's ack may carry a response (errors, a new view).
        accepts = payload.get("type") == "view_submission"
        return self._envelope("interactive", payload, accepts_response_payload=accepts)

    def disconnect(self, reason: str = "refresh_requested") -> None:
        """Slack asking the app to move to a new connection (it refreshes them regularly)."""
        self._send(
            {"type": "disconnect", "reason": reason, "debug_info": {"host": "fake-socket-mode"}}
        )

    # -- inspection ------------------------------------------------------------------------

    def wait_for_session(self, count: int = 1, timeout: float = 15.0) -> SocketSession:
        """The `count`-th connection, once it is open and greeted."""
        with self._changed:
            if not self._changed.wait_for(lambda: len(self.sessions) >= count, timeout):
                raise AssertionError(f"the app opened {len(self.sessions)} of {count} sockets")
            return self.sessions[count - 1]

    def ack(self, envelope_id: str, timeout: float = 15.0) -> dict[str, Any]:
        """The app's acknowledgement of one envelope, once it has arrived."""
        with self._changed:
            if not self._changed.wait_for(lambda: envelope_id in self._acks, timeout):
                raise AssertionError(f"no ack for envelope {envelope_id}")
            return self._acks[envelope_id]

    def acks(self) -> dict[str, dict[str, Any]]:
        with self._changed:
            return dict(self._acks)

    # -- the socket ------------------------------------------------------------------------

    def _check_ticket(self, connection: ServerConnection, request: Request) -> Response | None:
        url = urlsplit(request.path)
        ticket = (parse_qs(url.query).get("ticket") or [""])[0]
        with self._changed:
            fresh = url.path == "/link/" and self._tickets.get(ticket) is False
            if fresh:
                self._tickets[ticket] = True  # a ticket opens one connection
            else:
                self.refused.append(request.path)
        if fresh:
            return None
        body = b"invalid or used ticket"
        headers = Headers([("Content-Type", "text/plain"), ("Content-Length", str(len(body)))])
        return Response(HTTPStatus.UNAUTHORIZED, "Unauthorized", headers, body)

    def _handle(self, connection: ServerConnection) -> None:
        ticket = parse_qs(urlsplit(connection.request.path).query)["ticket"][0]  # type: ignore[union-attr]
        session = SocketSession(ticket=ticket, connection=connection)
        connection.send(
            json.dumps(
                {
                    "type": "hello",
                    "num_connections": 1,
                    "debug_info": {
                        "host": "fake-socket-mode",
                        "build_number": 1,
                        "approximate_connection_time": 18060,
                    },
                    "connection_info": {"app_id": self.app_id},
                }
            )
        )
        with self._changed:
            self.sessions.append(session)
            self._changed.notify_all()
        try:
            for message in connection:
                self._receive(session, message)
        except ConnectionClosed:
            pass
        finally:
            rcvd = connection.protocol.close_rcvd
            session.close_code = rcvd.code if rcvd is not None else None
            session.closed.set()
            with self._changed:
                self._changed.notify_all()

    def _receive(self, session: SocketSession, message: str | bytes) -> None:
        data = json.loads(message)
        with self._changed:
            session.received.append(data)
            envelope_id = data.get("envelope_id") if isinstance(data, dict) else None
            if envelope_id is not None:
                self._acks.setdefault(envelope_id, data)
            self._changed.notify_all()

    def _envelope(self, kind: str, payload: dict[str, Any], **fields: Any) -> str:
        envelope_id = str(uuid.uuid4())
        self._send({"envelope_id": envelope_id, "type": kind, "payload": payload, **fields})
        return envelope_id

    def _send(self, message: dict[str, Any]) -> None:
        with self._changed:
            live = [s for s in self.sessions if not s.closed.is_set()]
        if not live:
            raise AssertionError("the app has no open Socket Mode connection")
        connection = live[-1].connection
        assert connection is not None
        connection.send(json.dumps(message))
