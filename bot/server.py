"""Running the app: HTTP under waitress (a production WSGI server) or Socket Mode.

Both stop the same way (`flourish serve` on SIGTERM or SIGINT): take no new requests,
answer the ones already received, then return, so that the caller can finish the work
those answers promised (bot/after_ack.py) before the process goes.
"""

from __future__ import annotations

import contextlib
import io
import json
import logging
import threading
import time
import traceback
from collections.abc import Callable, Iterable
from typing import Any
from wsgiref.types import StartResponse

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler
from slack_bolt.adapter.wsgi import SlackRequestHandler
from sqlalchemy.orm import Session, sessionmaker
from waitress import wasyncore
from waitress.server import BaseWSGIServer, create_server

from bot.request_gate import MAX_BODY_BYTES, Refusal, RequestGate
from flourish.metrics import CONTENT_TYPE, Metrics, request_kind
from migrations import current_revision, head_revision

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/health"
METRICS_PATH = "/metrics"
# Where `application` notes the kind of request it answered, for `_timed`.
KIND_KEY = "flourish.request_kind"
WsgiApp = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]
# How often the HTTP loop looks up from its sockets to see whether it is asked to stop.
LOOP_SECONDS = 0.2


def wsgi_app(
    app: App,
    sessions: sessionmaker[Session],
    signing_secret: str,
    metrics: Metrics | None = None,
) -> WsgiApp:
    """Every Slack request at /slack/events (Bolt's default path), once `RequestGate` has
    verified it; GET /health for load balancers, healthy only while the database answers;
    with `metrics`, GET /metrics for Prometheus, and every request timed by its kind."""
    slack = SlackRequestHandler(app, path=EVENTS_PATH)
    gate = RequestGate(signing_secret)
    latest = head_revision()

    def application(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        path, method = environ.get("PATH_INFO"), environ.get("REQUEST_METHOD")
        if metrics is not None and path == METRICS_PATH and method == "GET":
            return _answer(start_response, "200 OK", metrics.exposition(), CONTENT_TYPE)
        if path == HEALTH_PATH and method == "GET":
            environ[KIND_KEY] = "health"
            health = _health(sessions, latest)
            healthy = health["status"] == "ok"
            body = json.dumps(health).encode()
            return _answer(
                start_response,
                "200 OK" if healthy else "503 Service Unavailable",
                body,
                "application/json",
            )
        if path != EVENTS_PATH or method != "POST":
            return _answer(start_response, "404 Not Found", b"Not Found")
        admitted = gate.admit(environ)
        if isinstance(admitted, Refusal):
            environ[KIND_KEY] = "refused"
            return _answer(start_response, admitted.status, admitted.reason.encode())
        environ[KIND_KEY] = request_kind(admitted)
        # Bolt reads the body again: give it the bytes that were verified.
        environ["wsgi.input"] = io.BytesIO(admitted)
        return _dispatch(slack, environ, start_response)

    return application if metrics is None else _timed(application, metrics)


def _timed(application: WsgiApp, metrics: Metrics) -> WsgiApp:
    """`application`, each answer counted and timed by its kind and status. Every answer
    is a list built before it returns (Bolt acks before it does), so the time to return
    is the time to answer."""

    def timed(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        started = time.perf_counter()
        answered: list[str] = []

        def noting_status(status: str, headers: list[tuple[str, str]], *rest: Any) -> Any:
            answered.append(status.split(" ", 1)[0])
            return start_response(status, headers, *rest)

        try:
            return application(environ, noting_status)
        finally:
            if environ.get("PATH_INFO") != METRICS_PATH:
                metrics.requests.labels(
                    environ.get(KIND_KEY, "other"), answered[-1] if answered else "500"
                ).observe(time.perf_counter() - started)

    return timed


def _dispatch(
    slack: SlackRequestHandler, environ: dict[str, Any], start_response: StartResponse
) -> Iterable[bytes]:
    """Bolt's answer; what Bolt could not parse (Slack signed it, but it is not JSON or not
    UTF-8) is a 400, and no exception reaches the server, whose log would print its message."""
    try:
        return slack(environ, start_response)
    except ValueError as error:
        log.warning("signed request Bolt could not parse: %s", type(error).__name__)
        return _answer(start_response, "400 Bad Request", b"malformed request")
    except Exception as error:
        # Frames, not the message: an exception's message may quote the request.
        log.error(
            "request failed: %s\n%s",
            type(error).__name__,
            "".join(traceback.format_tb(error.__traceback__)),
        )
        return _answer(start_response, "500 Internal Server Error", b"internal error")


def _answer(
    start_response: StartResponse, status: str, body: bytes, content_type: str = "text/plain"
) -> list[bytes]:
    start_response(
        status,
        [("Content-Type", f"{content_type}; charset=utf-8"), ("Content-Length", str(len(body)))],
    )
    return [body]


def _health(sessions: sessionmaker[Session], latest: str) -> dict[str, str | None]:
    """Healthy while the database answers and is at this release's latest migration: an
    instance on a schema it does not know would fail every request it takes."""
    try:
        with sessions() as session:
            current = current_revision(session.connection())
    except Exception as error:
        log.warning("health check: database unavailable (%s)", type(error).__name__)
        return {"status": "database unavailable", "migration": None, "latest": latest}
    status = "ok" if current == latest else "database not migrated: run flourish db upgrade"
    return {"status": status, "migration": current, "latest": latest}


class HttpServer:
    """waitress serving `wsgi_app`, stoppable from any thread (a signal handler included).

    waitress itself refuses a body over the limit from its Content-Length, with a 413,
    before reading it (a chunked one as soon as it passes the limit)."""

    def __init__(
        self,
        application: WsgiApp,
        *,
        host: str,
        port: int,
        threads: int,
        max_body_bytes: int = MAX_BODY_BYTES,
    ) -> None:
        server = create_server(
            application,
            host=host,
            port=port,
            threads=threads,
            ident="flourish",
            # waitress refuses a body of this size or more.
            max_request_body_size=max_body_bytes + 1,
        )
        assert isinstance(server, BaseWSGIServer)  # one host and port: one server
        self._server = server
        self._stop = threading.Event()

    @property
    def port(self) -> int:
        return int(self._server.effective_port)

    def stop(self) -> None:
        """Ask `run` to stop; safe in a signal handler (it sets a flag and wakes the loop),
        and again once `run` has closed (a signal, then the caller's own stop)."""
        self._stop.set()
        # Once `run` has closed, its wake-up pipe is closed with the rest: nothing to wake.
        with contextlib.suppress(OSError):
            self._server.pull_trigger()

    def run(self, *, grace_seconds: float) -> bool:
        """Serve until `stop`; then refuse new connections, answer the requests already
        received (for up to `grace_seconds`) and close. True when every one was answered."""
        server = self._server
        while not self._stop.is_set():
            wasyncore.loop(timeout=LOOP_SECONDS, map=server._map, count=1)
        deadline = time.monotonic() + grace_seconds
        # The listening socket goes first: new connections are refused from here on.
        wasyncore.dispatcher.close(server)
        while self._close_idle_connections() and time.monotonic() < deadline:
            wasyncore.loop(timeout=LOOP_SECONDS / 4, map=server._map, count=1)
        answered = not self._close_idle_connections()
        if not answered:
            log.warning("shutting down with HTTP requests still unanswered")
        server.task_dispatcher.shutdown(timeout=max(deadline - time.monotonic(), 0.1))
        wasyncore.close_all(server._map, ignore_all=True)
        return answered

    def _close_idle_connections(self) -> bool:
        """Marks every connection with no request in hand to close (a kept-alive one would
        bring new requests); True while some request is still being answered."""
        busy = False
        for channel in list(self._server.active_channels.values()):
            if channel.requests or channel.total_outbufs_len:
                busy = True
            else:
                channel.will_close = True
        return busy


def http_server(
    app: App,
    sessions: sessionmaker[Session],
    signing_secret: str,
    *,
    host: str,
    port: int,
    threads: int,
    metrics: Metrics | None = None,
) -> HttpServer:
    """The app's HTTP server, bound and ready to `run`."""
    application = wsgi_app(app, sessions, signing_secret, metrics)
    server = HttpServer(application, host=host, port=port, threads=threads)
    log.info("serving Slack requests on http://%s:%s%s", host, server.port, EVENTS_PATH)
    return server


class SocketModeServer:
    """Socket Mode with the same `stop` and `run` as `HttpServer`."""

    def __init__(self, app: App, app_token: str) -> None:
        self._handler = SocketModeHandler(app, app_token)
        self._stop = threading.Event()

    def stop(self) -> None:
        self._stop.set()

    def run(self, *, grace_seconds: float) -> bool:
        self._handler.connect()
        # A poll, not Event.wait(): the signal handler that calls `stop` runs on this
        # thread, and would deadlock on the lock wait() holds when it lands inside it.
        while not self._stop.is_set():
            time.sleep(LOOP_SECONDS)
        # Disconnects (Slack sends new events to another connection, or retries them) and
        # waits for the listeners running on the client's own threads.
        self._handler.close()
        return True
