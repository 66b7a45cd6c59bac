"""Running the app: HTTP under waitress (a production WSGI server) or Socket Mode."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable
from typing import Any

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler
from slack_bolt.adapter.wsgi import SlackRequestHandler
from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/health"
StartResponse = Callable[[str, list[tuple[str, str]]], Any]


def wsgi_app(
    app: App, sessions: sessionmaker[Session]
) -> Callable[[dict[str, Any], StartResponse], Iterable[bytes]]:
    """Every Slack request at /slack/events (Bolt's default path); GET /health for load
    balancers, which is healthy only while the database answers."""
    slack = SlackRequestHandler(app, path=EVENTS_PATH)

    def application(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        if environ.get("PATH_INFO") == HEALTH_PATH and environ.get("REQUEST_METHOD") == "GET":
            healthy = _database_answers(sessions)
            body = json.dumps({"status": "ok" if healthy else "database unavailable"}).encode()
            start_response(
                "200 OK" if healthy else "503 Service Unavailable",
                [("Content-Type", "application/json"), ("Content-Length", str(len(body)))],
            )
            return [body]
        return slack(environ, start_response)

    return application


def _database_answers(sessions: sessionmaker[Session]) -> bool:
    try:
        with sessions() as session:
            session.execute(text("SELECT 1"))
        return True
    except Exception as error:
        log.warning("health check: database unavailable (%s)", type(error).__name__)
        return False


def serve_http(
    app: App, sessions: sessionmaker[Session], *, host: str, port: int, threads: int
) -> None:
    from waitress import serve

    log.info("serving Slack requests on http://%s:%s%s", host, port, EVENTS_PATH)
    serve(wsgi_app(app, sessions), host=host, port=port, threads=threads, ident="flourish")


def serve_socket_mode(app: App, app_token: str) -> None:
    SocketModeHandler(app, app_token).start()
