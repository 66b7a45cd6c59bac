"""The WSGI entry point, for running several worker processes under a process manager:

    gunicorn --workers 4 --threads 8 --bind 0.0.0.0:3000 'flourish.wsgi:create_app()'
    gunicorn --workers 4 --threads 8 --bind 0.0.0.0:3000 flourish.wsgi:application
    waitress-serve --listen 0.0.0.0:3000 --threads 8 flourish.wsgi:application
    uwsgi --http :3000 --processes 4 --enable-threads --lazy-apps -w flourish.wsgi:application

Each process builds what `flourish serve --http` builds (settings, the same checks as
`flourish doctor`, the database sessions, the assessor and the Bolt app) and answers the
same paths: /slack/events, /health and /metrics. It never runs the digest scheduler: one
per deployment, as `flourish scheduler` (or one `flourish serve` without
`--no-scheduler`).

The assessment runner and the upload sweeper start at the first request each process
answers, not when the app is built: a server that builds the app before forking its
workers (gunicorn --preload, uwsgi without --lazy-apps) would otherwise start them in the
master, whose threads do not survive the fork. A health check is a request: point one at
/health and an idle worker starts its runner within one interval. The database pool built
before a fork is left to the parent, so a worker never shares the parent's connections.

On the process's shutdown (atexit: gunicorn's and uwsgi's workers exit through it, and
waitress-serve once SIGTERM is turned into an orderly exit, as below) the work in hand is
drained as `serve` drains it, within FLOURISH_SHUTDOWN_GRACE_SECONDS: keep that under the
server's own limit (gunicorn's --graceful-timeout, 30 s by default).
"""

from __future__ import annotations

import atexit
import logging
import os
import signal
import threading
from collections.abc import Iterable
from types import FrameType
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from bot.app import FlourishBot, create_bot
from bot.server import StartResponse, wsgi_app
from flourish.doctor import run_checks
from flourish.logs import configure_logging
from flourish.settings import Settings
from flourish.shutdown import drain_bot
from flourish.wiring import build_assessor, build_sessions

log = logging.getLogger(__name__)


class FlourishApplication:
    """A WSGI callable for one process: the app's paths, with the background work started
    in the process that answers the first request, and drained when that process exits."""

    def __init__(
        self, bot: FlourishBot, sessions: sessionmaker[Session], *, grace_seconds: float
    ) -> None:
        self.bot = bot
        self._sessions = sessions
        self._grace_seconds = grace_seconds
        self._answer = wsgi_app(bot.app, sessions, bot.signing_secret, bot.metrics)
        self._built_in = os.getpid()
        self._started_in: int | None = None
        self._lock = threading.Lock()

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        if self._started_in != os.getpid():
            self._start()
        return self._answer(environ, start_response)

    def _start(self) -> None:
        with self._lock:
            if self._started_in == os.getpid():
                return
            if self._built_in != os.getpid():
                # Built before a fork: the parent's pooled connections stay the parent's.
                engine = self._sessions.kw.get("bind")
                if isinstance(engine, Engine):
                    engine.dispose(close=False)
            self.bot.assessments.start()
            self.bot.uploads.start()
            atexit.register(self.drain)
            self._started_in = os.getpid()
            log.info("process %s: assessment runner and upload sweeper started", os.getpid())

    def drain(self) -> bool:
        """Finish the work in hand (after acks, the sweep, the assessments); True in time."""
        finished = drain_bot(self.bot, grace_seconds=self._grace_seconds)
        if not finished:
            log.warning("process %s stopped with work unfinished", os.getpid())
        return finished


def create_app(settings: Settings | None = None) -> FlourishApplication:
    """Build the app for one process; raises, with the failed checks, when the deployment
    cannot work (the process manager then reports a worker that failed to boot)."""
    settings = settings or Settings()
    configure_logging(settings.flourish_log_level, settings.flourish_log_format)
    checks = run_checks(settings, socket_mode=False)
    for check in checks:
        (log.error if check.failed else log.info)("check: %s", check)
    failed = [str(check) for check in checks if check.failed]
    if failed:
        raise RuntimeError(f"not starting, fix these (`flourish doctor`): {'; '.join(failed)}")
    sessions = build_sessions(settings)
    bot = create_bot(settings, sessions, build_assessor(settings))
    _exit_cleanly_on_sigterm()
    return FlourishApplication(
        bot, sessions, grace_seconds=settings.flourish_shutdown_grace_seconds
    )


def _exit_cleanly_on_sigterm() -> None:
    """A server that leaves SIGTERM at its default (waitress-serve) would be killed without
    running atexit: turn it into the KeyboardInterrupt such a server stops on. A server
    with a handler of its own (gunicorn's and uwsgi's workers) keeps it."""
    if threading.current_thread() is not threading.main_thread():
        return
    if signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL:
        return

    def interrupt(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)


_built: FlourishApplication | None = None
_building = threading.Lock()


def __getattr__(name: str) -> Any:
    """`flourish.wsgi:application`, built when a server first looks it up rather than at
    import, so importing this module has no side effects."""
    global _built
    if name != "application":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    with _building:
        if _built is None:
            _built = create_app()
        return _built
