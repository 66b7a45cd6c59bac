"""Acknowledgement latency of `/progress` and of an Accept click through the HTTP server.

Run: `.venv/bin/python -m bench.ack_latency [--url URL] [--clients 20] [--requests 2000]
[--threads 8] [--warmup 10] [--baseline 100] [--think 1000] [--paced-requests 1000] [--seed]
[--profile]`. Experiments (server settings the app does not ship with): `--executor-threads
N` (the after-ack pool), `--pool-size N`, `--switch-interval S`, `--servers N`.

Method:

1. Database: the district-scale PostgreSQL database of `bench.district` (500 teachers,
   10,000 students, 100,000 entries, 1,000,000 assessments), migrated to head. `--seed`
   loads it with `bench.seed` when it is missing or holds other counts; without it the
   script stops and says so.
2. Server: a separate process runs the real app as `flourish serve --http` does:
   `create_bot` (offline assessor; the assessment runner is not started) under waitress
   (`create_server(wsgi_app(app, sessions, secret), threads=--threads)`, 8 being `serve`'s
   default), with `domain.db.make_engine`'s engine (SQLAlchemy's default pool, 5 + 10
   overflow, pre-ping). Listeners ack on the request's thread and hand their work to the
   app's after-ack pool (`bot.after_ack`). Its WebClient points at
   `tests.fakes.slack_server.FakeSlack`, run in a third process, which receives what
   follows each ack (a click's chat.update, a command's answer at its response_url) and
   reports when it got each back to this process. No app code is changed.
3. Clients: `--clients` threads in this process, each acting as one teacher (distinct
   teachers drawn with a fixed seed) over its own keep-alive `http.client.HTTPConnection`.
   Bodies are built before a phase in the shapes Slack documents
   (`tests.fakes.slack_requests`) and signed just before sending (v0 signature, current
   timestamp). Each request is timed with `time.perf_counter` from sending it to having
   read the whole HTTP response: that response is the acknowledgement Slack waits for (an
   empty 200). Separately, from sending to the fake having received what follows: the
   answer at the command's response_url, which must name the student, or the clicked
   message's chat.update.
   - `/progress S0xxxx`: each teacher cycles through their own 20 students.
   - Accept click: a `block_actions` payload for the Accept button of one of the teacher's
     own pending assessments (each clicked once), carrying the review message as the app
     draws it (`bot.review_messages.render` before the run). So each click validates a real
     assessment, then re-draws the message and calls chat.update, after the ack.
4. Phases, one after another: warm-up (`--warmup` of each kind per client, not counted);
   one client alone (`--baseline` `/progress`, then as many clicks); then all clients with
   no think time: `/progress` alone (`--requests` in total), clicks alone (`--requests`),
   both mixed (each client alternating, `--requests`). In these a client sends its next
   request once what followed its last one has arrived, as a teacher waits to see the
   answer. Then, on purpose an overload, mixed again with each client sending as soon as
   the ack is back ("acks only"): the work after the acks queues up. Then, unless
   `--think 0`, mixed (`--paced-requests`) with an exponential think time of mean
   `--think` ms before each request. Each phase ends when everything that follows its
   acks has arrived; the wait after the last ack is reported as the follow-up drain.
5. Server side, per phase: the time spent inside the WSGI app per request (client time
   minus this is waitress queueing, HTTP parsing and the loopback); every 5 ms, waitress's
   queue of requests waiting for a thread, the after-ack pool's queue and the pool's
   checked-out connections; statements and time in the driver's execute (SQLAlchemy
   events), pool checkouts and new connections. From /proc: CPU of the server, the
   clients, the fake, PostgreSQL and every other process (another engineer's test run
   shows there), and the machine's busy share.
6. `--profile`: afterwards, a `/progress` and a click pass (`--requests` / 2 each) with a
   wall-clock stack sampler in the server process (every 2 ms over every request and
   after-ack thread: what state each is in), then another pair under cProfile timed on
   thread CPU time. Both cost time themselves, so those passes' latencies are not the
   ones to report.
7. At the end the server is stopped and the database put back as it was: the clicked
   assessments become pending again (one UPDATE), the badges they created are deleted,
   targets they completed re-opened, and `VACUUM assessments, badges, skill_targets`
   restores the visibility map the review queue's index-only scan relies on.
8. A markdown block for BENCHMARKS.md closes the output. The goal is p99 under 100 ms for
   both kinds of request (Slack's own limit is 3 s).
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import cProfile
import dataclasses
import heapq
import http.client
import io
import logging
import multiprocessing
import os
import platform
import pstats
import random
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event, text

import migrations
from bench.seed import SEED, Sizes, ensure_database, is_seeded, row_counts, seed
from bench.stats import Summary
from bot import ids
from bot.payloads import AssessmentIds, EntryMessage
from bot.server import EVENTS_PATH
from domain.access import Viewer
from domain.db import make_engine, session_factory
from tests.fakes.slack_requests import (
    API_APP_ID,
    BOT_USER_ID,
    TEAM_ID,
    block_actions_body,
    button_action,
    sign,
    slash_command_body,
)

DEFAULT_URL = "postgresql+psycopg2://postgres@127.0.0.1:5432/flourish_bench"
SECRET = "bench-signing-secret"
GOAL_P99_MS = 100.0
SERVE_THREADS = 8  # `flourish serve --http`'s default --threads
PROGRESS = "/progress"
CLICK = "click"
KINDS = (PROGRESS, CLICK)
KIND_HEADER = "X-Bench-Kind"
MONITOR_SECONDS = 0.005
SAMPLE_SECONDS = 0.002
DRAIN_TIMEOUT = 300.0
REPO = Path(__file__).resolve().parent.parent


# --- the server process ---------------------------------------------------------------------


class ServerMeter:
    """Inside the server process: time in the WSGI app per request, and queue gauges."""

    def __init__(self, engine: Engine, executor: Any, server: Any = None) -> None:
        self.engine = engine
        self.executor = executor
        self.server = server
        self.app_ms: dict[str, list[float]] = collections.defaultdict(list)
        self.gauges: dict[str, list[int]] = collections.defaultdict(list)
        self.sql = collections.Counter[str]()
        self._local = threading.local()
        self._stop = threading.Event()
        event.listen(engine, "before_cursor_execute", self._before)
        event.listen(engine, "after_cursor_execute", self._after)
        event.listen(engine.pool, "checkout", self._checkout)
        event.listen(engine.pool, "connect", self._connect)

    def _before(self, *_: Any) -> None:
        self._local.started = time.perf_counter()

    def _after(self, *_: Any) -> None:
        self.sql["statements"] += 1
        self.sql["execute µs"] += int((time.perf_counter() - self._local.started) * 1e6)

    def _checkout(self, *_: Any) -> None:
        self.sql["checkouts"] += 1

    def _connect(self, *_: Any) -> None:
        self.sql["new connections"] += 1

    def wrap(self, application: Callable[..., Any]) -> Callable[..., Any]:
        def timed(environ: dict[str, Any], start_response: Callable[..., Any]) -> Any:
            started = time.perf_counter()
            try:
                return application(environ, start_response)
            finally:
                kind = environ.get("HTTP_" + KIND_HEADER.upper().replace("-", "_"), "other")
                self.app_ms[kind].append((time.perf_counter() - started) * 1000)

        return timed

    def reset(self) -> None:
        self.app_ms = collections.defaultdict(list)
        self.gauges = collections.defaultdict(list)
        self.sql = collections.Counter()

    def monitor(self) -> None:
        pool = self.engine.pool
        while not self._stop.wait(MONITOR_SECONDS):
            gauges = self.gauges
            gauges["executor queue"].append(self.executor._work_queue.qsize())
            gauges["pool checked out"].append(pool.checkedout())  # type: ignore[attr-defined]
            if self.server is not None:
                gauges["waitress queue"].append(len(self.server.task_dispatcher.queue))

    def stop(self) -> None:
        self._stop.set()


class StackSampler:
    """A wall-clock sampler over the request (waitress-N) and listener (ThreadPoolExecutor)
    threads: what state each thread is in, and which app functions are on its stack."""

    def __init__(self) -> None:
        self.states: dict[str, collections.Counter[str]] = collections.defaultdict(
            collections.Counter
        )
        self.functions: dict[str, collections.Counter[str]] = collections.defaultdict(
            collections.Counter
        )
        self.busy: collections.Counter[str] = collections.Counter()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="bench-sampler", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        me = threading.get_ident()
        while not self._stop.wait(SAMPLE_SECONDS):
            names = {t.ident: t.name for t in threading.enumerate()}
            for ident, frame in sys._current_frames().items():
                if ident == me:
                    continue
                role = _role(names.get(ident, ""))
                if role is None:
                    continue
                state = _state(frame)
                self.states[role][state] += 1
                if state == "idle":
                    continue
                self.busy[role] += 1
                seen: set[str] = set()
                current: Any = frame
                while current is not None:
                    name = _app_function(current)
                    if name and name not in seen:
                        seen.add(name)
                        self.functions[role][name] += 1
                    current = current.f_back

    def report(self) -> dict[str, Any]:
        return {
            "states": {role: dict(c) for role, c in self.states.items()},
            "functions": {role: dict(c) for role, c in self.functions.items()},
            "busy": dict(self.busy),
        }


class CpuProfiles:
    """cProfile on thread CPU time (`time.thread_time`), one profiler per thread, around each
    WSGI request and each listener task; merged with pstats at the end."""

    def __init__(self) -> None:
        self.active = False
        self._local = threading.local()
        self._profiles: list[cProfile.Profile] = []
        self._generation = 0
        self._lock = threading.Lock()

    def start(self) -> None:
        with self._lock:
            self._generation += 1
            self._profiles = []
        self.active = True

    def wrap(self, function: Callable[..., Any]) -> Callable[..., Any]:
        def profiled(*args: Any, **kwargs: Any) -> Any:
            if not self.active:
                return function(*args, **kwargs)
            generation, profile = getattr(self._local, "profile", (0, None))
            if profile is None or generation != self._generation:
                profile = cProfile.Profile(time.thread_time)
                with self._lock:
                    self._local.profile = (self._generation, profile)
                    self._profiles.append(profile)
            profile.enable()
            try:
                return function(*args, **kwargs)
            finally:
                profile.disable()

        return profiled

    def report(self, lines: int = 40) -> str:
        self.active = False
        if not self._profiles:
            return "(no samples)"
        out = io.StringIO()
        stats = pstats.Stats(*self._profiles, stream=out)
        stats.strip_dirs()
        # Stats sets total_tt when it loads the profiles; typeshed's pstats leaves it out.
        total = stats.total_tt  # type: ignore[attr-defined]
        out.write(f"total CPU seconds in profiled threads: {total:.2f}\n")
        stats.sort_stats("cumulative").print_stats(lines)
        stats.sort_stats("tottime").print_stats(lines // 2)
        return out.getvalue()


def _role(thread_name: str) -> str | None:
    if thread_name.startswith("waitress-"):
        return "request threads (waitress)"
    if thread_name.startswith("after-ack"):
        return "after-ack threads (follow-up work)"
    return None


def _path(frame: Any) -> str:
    return frame.f_code.co_filename.replace("\\", "/")


def _state(frame: Any) -> str:
    """A thread's state from its stack, innermost frame first."""
    inner = _path(frame)
    function = frame.f_code.co_name
    if inner.endswith("waitress/task.py") and function == "handler_thread":
        return "idle"
    if inner.endswith("concurrent/futures/thread.py") and function == "_worker":
        return "idle"
    stack = []
    current = frame
    while current is not None:
        stack.append((_path(current), current.f_code.co_name))
        current = current.f_back
    if any(p.endswith("sqlalchemy/pool/impl.py") and f == "_do_get" for p, f in stack[:4]):
        return "waiting for a pooled connection"
    if any(p.endswith("sqlalchemy/engine/default.py") for p, _ in stack[:2]):
        # psycopg2 lets go of the GIL for the query; the thread shows here until it has the
        # GIL back, so this is the query's time plus the wait for the interpreter.
        return "in the driver's execute: the query, or waiting for the GIL after it"
    if any(f in ("do_ping", "_do_ping_w_event") for _, f in stack[:3]):
        return "pool pre-ping (a round trip, and the GIL after it)"
    if any("slack_sdk/" in p for p, _ in stack) and any(
        p.endswith(("http/client.py", "socket.py", "urllib/request.py")) for p, _ in stack[:6]
    ):
        return "Web API call to the Slack fake (HTTP, and the GIL after it)"
    if "/waitress/" in inner:
        return "waitress (HTTP parsing, I/O)"
    for marker, label in (
        ("/sqlalchemy/", "Python: SQLAlchemy"),
        ("/slack_bolt/", "Python: Bolt"),
        ("/slack_sdk/", "Python: slack_sdk"),
        ("/pydantic", "Python: pydantic"),
        ("/json/", "Python: json"),
        (f"{REPO.as_posix()}/bot/", "Python: bot/"),
        (f"{REPO.as_posix()}/domain/", "Python: domain/"),
    ):
        if marker in inner:
            return label
    return "Python: other (" + inner.rsplit("/", 2)[-2] + ")"


def _app_function(frame: Any) -> str | None:
    path = _path(frame)
    root = REPO.as_posix() + "/"
    if not path.startswith(root):
        marker = "/slack_bolt/listener/thread_runner.py"
        if path.endswith(marker) or path.endswith("/slack_bolt/middleware/request_verification"):
            return f"slack_bolt.{frame.f_code.co_name}"
        return None
    module = path[len(root) :].removesuffix(".py").replace("/", ".")
    if not module.startswith(("bot.", "domain.")):
        return None
    return f"{module}.{frame.f_code.co_name}"


def run_server(options: dict[str, Any], conn: Connection) -> None:
    """The app under waitress, driven by commands from the benchmark over `conn`.

    `options`: url, api_url, bot_token, threads; and, for experiments only (the app as it
    ships leaves them at their defaults): switch_interval (seconds), executor_threads (a
    bigger after-ack pool) and pool_size (SQLAlchemy's, overflow stays 10)."""
    from concurrent.futures import ThreadPoolExecutor

    from waitress.server import create_server

    from bot.app import create_bot, web_client
    from bot.server import wsgi_app
    from domain.assessors.offline import OfflineAssessor
    from flourish.settings import Settings

    logging.basicConfig(level=logging.WARNING)
    # waitress warns on every request that waits for a thread; the gauges count those.
    logging.getLogger("waitress.queue").setLevel(logging.ERROR)
    if options.get("switch_interval"):
        sys.setswitchinterval(options["switch_interval"])
    settings = Settings(
        database_url=options["url"],
        slack_api_url=options["api_url"],
        slack_bot_token=options["bot_token"],
        slack_signing_secret=SECRET,
    )
    engine_options = {"pool_size": options["pool_size"]} if options.get("pool_size") else {}
    engine = make_engine(settings.database_url, **engine_options)
    sessions = session_factory(engine)
    bot = create_bot(settings, sessions, OfflineAssessor(), web_client(settings))
    if options.get("executor_threads"):
        bot.after_ack.executor = ThreadPoolExecutor(
            max_workers=options["executor_threads"], thread_name_prefix="after-ack"
        )
    executor = bot.after_ack.executor
    threads = options["threads"]
    meter = ServerMeter(engine, executor)
    profiles = CpuProfiles()
    submit = executor.submit
    # On this one instance, so that every task the app hands over is profiled.
    executor.submit = lambda fn, /, *a, **k: submit(profiles.wrap(fn), *a, **k)  # type: ignore[method-assign]
    server = create_server(
        meter.wrap(profiles.wrap(wsgi_app(bot.app, sessions, bot.signing_secret))),
        host="127.0.0.1",
        port=0,
        threads=threads,
        ident="flourish",
    )
    meter.server = server

    def serve() -> None:
        with contextlib.suppress(OSError):  # close() ends the select loop with EBADF
            server.run()

    threading.Thread(target=serve, name="bench-server", daemon=True).start()
    threading.Thread(target=meter.monitor, name="bench-monitor", daemon=True).start()
    conn.send(
        {
            "port": server.effective_port,
            "waitress threads": threads,
            "pool size": engine.pool.size(),  # type: ignore[attr-defined]
            "pool max overflow": engine.pool._max_overflow,  # type: ignore[attr-defined]
            "after-ack threads": executor._max_workers,
            "switch interval ms": sys.getswitchinterval() * 1000,
            "process_before_response": bot.app.process_before_response,
            "pid": os.getpid(),
        }
    )
    sampler: StackSampler | None = None
    while True:
        command = conn.recv()
        if command == "reset":
            meter.reset()
            conn.send(None)
        elif command == "stats":
            conn.send(
                {"app_ms": dict(meter.app_ms), "gauges": dict(meter.gauges), "sql": meter.sql}
            )
        elif command == "profile on":
            sampler = StackSampler()
            sampler.start()
            conn.send(None)
        elif command == "profile off":
            assert sampler is not None
            sampler.stop()
            conn.send(sampler.report())
        elif command == "cprofile on":
            profiles.start()
            conn.send(None)
        elif command == "cprofile off":
            conn.send(profiles.report())
        elif command == "stop":
            meter.stop()
            server.close()
            engine.dispose()
            conn.send(None)
            return


def run_fake(outcomes: Connection, conn: Connection) -> None:
    """FakeSlack in its own process (Slack is another machine in production). What follows
    an ack is reported over `outcomes` as (key, time received, text): each chat.update by
    its channel, each reply to a response_url by that URL."""
    from tests.fakes.slack_server import Call, FakeSlack

    fake = FakeSlack().start()
    lock = threading.Lock()

    def report(key: str, text: str) -> None:
        received_at = time.monotonic()
        with lock:
            outcomes.send((key, received_at, text[:200]))

    def updated(call: Call) -> None:
        if call.method == "chat.update":
            report(call.params.get("channel", ""), "")

    fake.on_call = updated
    fake.on_response = lambda url, reply: report(url, str(reply.get("text", "")))
    conn.send(
        {
            "api_url": fake.api_url,
            "root_url": fake.root_url,
            "bot_token": fake.bot_token,
            "pid": os.getpid(),
        }
    )
    while True:
        command = conn.recv()
        if command == "stop":
            counts = collections.Counter(call.method for call in fake.calls())
            fake.stop()
            conn.send(dict(counts) | {"responses (response_url)": len(fake.responses)})
            return


class Child:
    """A spawned process answering commands over a pipe."""

    def __init__(self, target: Callable[..., None], *args: Any) -> None:
        context = multiprocessing.get_context("spawn")
        self.conn, child_conn = context.Pipe()
        self.process = context.Process(target=target, args=(*args, child_conn), daemon=True)
        self.process.start()
        self.hello = self.conn.recv()

    def ask(self, command: str) -> Any:
        self.conn.send(command)
        return self.conn.recv()

    def stop(self) -> Any:
        answer = None
        if self.process.is_alive():
            with contextlib.suppress(EOFError, OSError):
                answer = self.ask("stop")
        self.process.join(timeout=10)
        if self.process.is_alive():
            self.process.terminate()
            self.process.join(timeout=10)
        return answer


# --- the requests --------------------------------------------------------------------------


@dataclass(frozen=True)
class Request:
    kind: str
    body: str
    expect: bytes = b""  # must be in the response body
    assessment_id: int | None = None
    # Where what follows the ack shows: a click's DM channel (its chat.update), the
    # command's response_url (its answer).
    outcome: str = ""


class Outcomes:
    """When the fake received what followed each ack, by key (`Request.outcome`). Each
    client is one teacher with its own DM, and each command has its own response_url, so
    the n-th outcome under a key belongs to the n-th request naming it."""

    def __init__(self, received: Connection) -> None:
        self.times: dict[str, list[float]] = collections.defaultdict(list)
        self.texts: dict[str, list[str]] = collections.defaultdict(list)
        self._received = received
        self._changed = threading.Condition()
        threading.Thread(target=self._receive, name="bench-outcomes", daemon=True).start()

    def _receive(self) -> None:
        with contextlib.suppress(EOFError, OSError):
            while True:
                key, received_at, text = self._received.recv()
                with self._changed:
                    self.times[key].append(received_at)
                    self.texts[key].append(text)
                    self._changed.notify_all()

    def count(self, key: str) -> int:
        with self._changed:
            return len(self.times[key])

    def wait(self, key: str, count: int, timeout: float = DRAIN_TIMEOUT) -> None:
        with self._changed:
            if not self._changed.wait_for(lambda: len(self.times[key]) >= count, timeout):
                raise SystemExit(f"{key}: nothing followed the ack within {timeout:.0f} s")


@dataclass
class TeacherWork:
    teacher: str
    slack_user: str
    students: list[str]
    pending: list[tuple[int, int]]  # (assessment id, entry id), in the order they are used
    progress_sent: int = 0
    clicks_used: int = 0


@dataclass
class Workload:
    teachers: list[TeacherWork]
    root_url: str
    messages: dict[tuple[str, int], dict[str, Any]] = field(default_factory=dict)
    reserved: list[int] = field(default_factory=list)  # every assessment a click may touch


def pick_teachers(
    engine: Engine, sizes: Sizes, clients: int, clicks: Callable[[int], int]
) -> list[TeacherWork]:
    """`clients` distinct teachers (fixed seed), their students, and `clicks(n)` pending
    assessments of the n-th one's own students, drawn with the same seed."""
    rng = random.Random(SEED + 4)
    with engine.connect() as connection:
        teacher_ids = sorted(
            connection.execute(text("SELECT id FROM teachers ORDER BY id")).scalars().all()
        )
        if len(teacher_ids) < clients:
            raise SystemExit(f"{clients} clients need {clients} teachers")
        chosen = rng.sample(teacher_ids, clients)
        missing = connection.execute(
            text("SELECT id FROM teachers WHERE id = ANY(:ids) AND slack_user_id IS NULL"),
            {"ids": chosen},
        ).scalars()
        if missing.all():
            with engine.begin() as tx:
                tx.execute(
                    text(
                        "UPDATE teachers SET slack_user_id = 'U' || id "
                        "WHERE id = ANY(:ids) AND slack_user_id IS NULL"
                    ),
                    {"ids": chosen},
                )
        slack: dict[str, str] = dict(
            connection.execute(
                text("SELECT id, slack_user_id FROM teachers WHERE id = ANY(:ids)"),
                {"ids": chosen},
            ).all()
        )
        # A teacher's students are those of the classes they teach (enrollments); /progress
        # names a student by the handle a teacher types.
        students: dict[str, list[str]] = collections.defaultdict(list)
        for teacher, handle in connection.execute(
            text(
                "SELECT DISTINCT staff.teacher_id, s.handle FROM enrollments staff "
                "JOIN enrollments pupil ON pupil.class_id = staff.class_id "
                "AND pupil.role = 'student' JOIN students s ON s.id = pupil.student_id "
                "WHERE staff.teacher_id = ANY(:ids) AND staff.role = 'teacher' ORDER BY 1, 2"
            ),
            {"ids": chosen},
        ):
            students[teacher].append(handle)
        pending: dict[str, list[tuple[int, int]]] = collections.defaultdict(list)
        for teacher, assessment, entry in connection.execute(
            text(
                "SELECT DISTINCT staff.teacher_id, a.id, a.entry_id FROM enrollments staff "
                "JOIN enrollments pupil ON pupil.class_id = staff.class_id "
                "AND pupil.role = 'student' "
                "JOIN assessments a ON a.student_id = pupil.student_id "
                "WHERE staff.teacher_id = ANY(:ids) AND staff.role = 'teacher' "
                "AND a.review_state = 'pending' ORDER BY 2"
            ),
            {"ids": chosen},
        ):
            pending[teacher].append((assessment, entry))
    # A student has several teachers: no entry is drawn for two clients, so no click
    # finds its item validated by another teacher's.
    taken: set[int] = set()
    work = []
    for n, teacher in enumerate(chosen):
        pending[teacher] = [(a, e) for a, e in pending[teacher] if e not in taken]
        if len(pending[teacher]) < clicks(n):
            raise SystemExit(
                f"{teacher} has {len(pending[teacher])} pending assessments; "
                f"{clicks(n)} clicks need more (lower --requests or --warmup)"
            )
        if not students[teacher]:
            raise SystemExit(f"{teacher} has no students")
        drawn = rng.sample(pending[teacher], clicks(n))
        taken.update(entry for _, entry in drawn)
        work.append(TeacherWork(teacher, slack[teacher], students[teacher], drawn))
    return work


def render_messages(engine: Engine, workload: Workload) -> None:
    """The review message of every entry a click will name, drawn as the app draws it."""
    from bot.review_messages import render

    sessions = session_factory(engine)
    ts = 1_800_000_000_000_000
    for work in workload.teachers:
        viewer = Viewer(teacher_id=work.teacher)
        with sessions() as session:
            for _, entry in work.pending:
                if (work.teacher, entry) in workload.messages:
                    continue
                message_text, blocks = render(session, viewer, EntryMessage(entry=entry))
                if not str(blocks[0].get("block_id", "")).startswith(ids.MESSAGE_BLOCK_PREFIX):
                    raise SystemExit(f"entry {entry}: the review message names no entry")
                ts += 100
                workload.messages[(work.teacher, entry)] = {
                    "type": "message",
                    "subtype": "bot_message",
                    "text": message_text,
                    "user": BOT_USER_ID,
                    "bot_id": "B0BOT",
                    "app_id": API_APP_ID,
                    "team": TEAM_ID,
                    "ts": f"{ts // 1_000_000}.{ts % 1_000_000:06d}",
                    "blocks": blocks,
                }


def _accept_one(message: dict[str, Any], assessment: int) -> tuple[dict[str, Any], Any]:
    for block in message["blocks"]:
        for element in block.get("elements", []):
            if element.get("type") != "checkboxes":
                continue
            for option in element["options"]:
                if option["value"] == str(assessment):
                    chosen = {"type": "checkboxes", "selected_options": [option]}
                    state = {"values": {block.get("block_id", "b"): {element["action_id"]: chosen}}}
                    action = button_action(
                        ids.ACCEPT_SELECTED_ACTION, "selected", text="Accept selected"
                    )
                    return action, state
    only = AssessmentIds(a=[assessment]).dump()
    for block in message["blocks"]:
        for element in block.get("elements", []):
            if element.get("action_id") == ids.ACCEPT_ALL_ACTION and element["value"] == only:
                return button_action(ids.ACCEPT_ALL_ACTION, only, text="Accept"), None
    raise SystemExit(f"assessment {assessment}: no Accept on its review message")


def dm_channel(slack_user: str) -> str:
    return "D" + slack_user[1:]  # as FakeSlack names DMs


def progress_request(workload: Workload, work: TeacherWork) -> Request:
    student = work.students[work.progress_sent % len(work.students)]
    work.progress_sent += 1
    response_url = (
        f"{workload.root_url}/hooks/{TEAM_ID}/{work.slack_user}-{work.progress_sent}/response"
    )
    body = slash_command_body(
        PROGRESS,
        student,
        user_id=work.slack_user,
        channel_id=dm_channel(work.slack_user),
        response_url=response_url,
    )
    # The ack is empty; the answer, naming the student, follows at the response_url.
    return Request(PROGRESS, body, expect=f"({student})".encode(), outcome=response_url)


def click_request(workload: Workload, work: TeacherWork) -> Request:
    assessment, entry = work.pending[work.clicks_used]
    work.clicks_used += 1
    message = workload.messages[(work.teacher, entry)]
    # One item accepted: its box ticked, then Accept selected (the message's state rides
    # along as Slack sends it); a message with one item has only its Accept button.
    action, state = _accept_one(message, assessment)
    body = block_actions_body(
        work.slack_user,
        [action],
        message=message,
        state=state,
        channel_id=dm_channel(work.slack_user),
        response_url=f"{workload.root_url}/hooks/{TEAM_ID}/c{assessment}/response",
    )
    return Request(CLICK, body, assessment_id=assessment, outcome=dm_channel(work.slack_user))


def build_phase(
    workload: Workload, total: int, kinds: Sequence[str], clients: int | None = None
) -> list[list[Request]]:
    """Per client, `total / clients` requests; kinds alternate when there are several."""
    teachers = workload.teachers[:clients] if clients else workload.teachers
    each = max(1, total // len(teachers))
    plans = []
    for work in teachers:
        plan = []
        for n in range(each):
            kind = kinds[n % len(kinds)]
            plan.append(
                progress_request(workload, work)
                if kind == PROGRESS
                else click_request(workload, work)
            )
        plans.append(plan)
    return plans


# --- the clients ---------------------------------------------------------------------------

TICK = os.sysconf("SC_CLK_TCK")


def _ticks(stat: str) -> int:
    """utime + stime from a /proc/PID/stat line."""
    fields = stat.rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


class CpuMeter:
    """CPU time from /proc: of the benchmark's processes, of PostgreSQL's, of every other
    process on the machine (another benchmark or test run would show there), and the
    machine's busy and total time."""

    def __init__(self, pids: dict[str, list[int]]) -> None:
        self.pids = pids

    def snapshot(self) -> dict[str, Any]:
        processes: dict[int, tuple[str, int]] = {}
        for entry in os.scandir("/proc"):
            if not entry.name.isdigit():
                continue
            try:
                with open(f"/proc/{entry.name}/stat", encoding="utf-8") as handle:
                    stat = handle.read()
            except OSError:
                continue
            comm = stat[stat.index("(") + 1 : stat.rindex(")")]
            processes[int(entry.name)] = (comm, _ticks(stat))
        with open("/proc/stat", encoding="utf-8") as handle:
            values = [int(v) for v in handle.readline().split()[1:]]
        total = sum(values[:8])
        return {"processes": processes, "total": total, "busy": total - values[3] - values[4]}

    def delta_ms(self, before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
        """CPU ms per group over the interval."""

        def ms(ticks: int) -> float:
            return ticks * 1000 / TICK

        ours = {pid: name for name, pids in self.pids.items() for pid in pids}
        delta: dict[str, Any] = {name: 0.0 for name in self.pids}
        delta["PostgreSQL"] = 0.0
        others: collections.defaultdict[str, float] = collections.defaultdict(float)
        for pid, (comm, ticks) in after["processes"].items():
            used = ms(ticks - before["processes"].get(pid, (comm, 0))[1])
            if pid in ours:
                delta[ours[pid]] += used
            elif comm == "postgres":
                delta["PostgreSQL"] += used
            else:
                others[comm] += used
        delta["other processes"] = sum(others.values())
        delta["machine busy"] = ms(after["busy"] - before["busy"])
        delta["machine total"] = ms(after["total"] - before["total"])
        # Backends that exited in between (pool overflow connections) took their counters
        # with them: what the machine spent beyond every live process is counted as theirs.
        delta["PostgreSQL"] += delta["machine busy"] - sum(
            delta[name] for name in (*self.pids, "PostgreSQL", "other processes")
        )
        delta["top others"] = ", ".join(
            f"{c} {v:.0f} ms"
            for c, v in heapq.nlargest(3, others.items(), key=lambda item: item[1])
        )
        return delta


@dataclass(frozen=True)
class Sample:
    kind: str
    ms: float
    status: int
    ok: bool
    sent_at: float  # time.monotonic when sent
    outcome: str  # Request.outcome
    expect: bytes  # in the outcome's text, when the ack is empty


@dataclass
class PhaseResult:
    name: str
    seconds: float
    samples: list[Sample]
    server: dict[str, Any]
    cpu_ms: dict[str, Any]
    drain_seconds: float | None = None
    # By kind: from sending to the fake having received what follows the ack (a click's
    # chat.update, a command's answer at its response_url).
    follow_up_ms: dict[str, list[float]] = field(default_factory=dict)
    waits_for_outcome: bool = False

    def kinds(self) -> list[str]:
        return [kind for kind in KINDS if any(s.kind == kind for s in self.samples)]

    def of(self, kind: str) -> list[float]:
        return [s.ms for s in self.samples if s.kind == kind]

    def errors(self) -> int:
        return sum(not s.ok for s in self.samples)


def client(
    host: str,
    port: int,
    plan: list[Request],
    start: threading.Barrier,
    out: list[Sample],
    think_ms: float,
    rng: random.Random,
    outcomes: Outcomes | None,
) -> None:
    """Sends `plan` in order over one connection. With `outcomes`, after each ack the client
    also waits for what follows it (the answer, the message's update), as a teacher does."""
    connection = http.client.HTTPConnection(host, port, timeout=60)
    connection.connect()
    start.wait()
    try:
        for request in plan:
            if think_ms:
                time.sleep(rng.expovariate(1000 / think_ms))
            data = request.body.encode()
            headers = sign(request.body, SECRET)
            headers[KIND_HEADER] = request.kind
            followed = outcomes.count(request.outcome) if outcomes else 0
            sent_at = time.monotonic()
            started = time.perf_counter()
            connection.request("POST", EVENTS_PATH, data, headers)
            response = connection.getresponse()
            payload = response.read()
            elapsed = (time.perf_counter() - started) * 1000
            ok = response.status == 200 and payload == b""
            out.append(
                Sample(
                    request.kind,
                    elapsed,
                    response.status,
                    ok,
                    sent_at,
                    request.outcome,
                    request.expect,
                )
            )
            if outcomes:
                outcomes.wait(request.outcome, followed + 1)
    finally:
        connection.close()


def merge_stats(stats: list[dict[str, Any]]) -> dict[str, Any]:
    """One view over several server processes: samples pooled, counters summed."""
    merged: dict[str, Any] = {
        "app_ms": collections.defaultdict(list),
        "gauges": collections.defaultdict(list),
        "sql": collections.Counter(),
    }
    for one in stats:
        for kind, values in one["app_ms"].items():
            merged["app_ms"][kind] += values
        for gauge, values in one["gauges"].items():
            merged["gauges"][gauge] += values
        merged["sql"].update(one["sql"])
    return merged


def run_phase(
    name: str,
    plans: list[list[Request]],
    ports: list[int],
    servers: list[Child],
    cpu: CpuMeter,
    outcomes: Outcomes,
    think_ms: float = 0.0,
    wait: bool = False,
) -> PhaseResult:
    for server in servers:
        server.ask("reset")
    keys = {request.outcome for plan in plans for request in plan}
    followed_before = {key: outcomes.count(key) for key in keys}
    cpu_before = cpu.snapshot()
    start = threading.Barrier(len(plans) + 1)
    outs: list[list[Sample]] = [[] for _ in plans]
    threads = [
        threading.Thread(
            target=client,
            args=(
                "127.0.0.1",
                ports[n % len(ports)],
                plan,
                start,
                out,
                think_ms,
                random.Random(SEED + 10 + n),
                outcomes if wait else None,
            ),
            daemon=True,
        )
        for n, (plan, out) in enumerate(zip(plans, outs, strict=True))
    ]
    for thread in threads:
        thread.start()
    start.wait()
    started = time.perf_counter()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - started
    # Until everything that follows the acks has arrived.
    samples = [sample for out in outs for sample in out]
    expected = collections.Counter(sample.outcome for sample in samples)
    drain_started = time.perf_counter()
    for key, count in expected.items():
        outcomes.wait(key, followed_before[key] + count)
    drain = time.perf_counter() - drain_started
    cpu_ms = cpu.delta_ms(cpu_before, cpu.snapshot())
    stats = merge_stats([server.ask("stats") for server in servers])
    follow_up: dict[str, list[float]] = collections.defaultdict(list)
    seen = collections.Counter[str]()
    checked = []
    for sample in samples:  # in each client's order, so in each key's order
        n = followed_before[sample.outcome] + seen[sample.outcome]
        seen[sample.outcome] += 1
        follow_up[sample.kind].append((outcomes.times[sample.outcome][n] - sample.sent_at) * 1000)
        answered = sample.expect.decode() in outcomes.texts[sample.outcome][n]
        checked.append(sample if answered else dataclasses.replace(sample, ok=False))
    samples = checked
    result = PhaseResult(name, seconds, samples, stats, cpu_ms, drain, dict(follow_up), wait)
    print(f"\n== {name}: {len(samples)} requests in {seconds:.2f} s", flush=True)
    for kind in result.kinds():
        summary = Summary.of(result.of(kind))
        print(f"  {kind:<10} ms p50/p95/p99/max: {summary.cells()}  mean {summary.mean:.2f}")
    for kind, times in follow_up.items():
        summary = Summary.of(times)
        print(f"  {kind:<10} sent → what follows received, ms p50/p95/p99/max: {summary.cells()}")
    print(f"  follow-up drain after the last ack: {drain:.2f} s")
    for gauge, values in stats["gauges"].items():
        if values:
            print(f"  {gauge}: max {max(values)}, mean {sum(values) / len(values):.1f}")
    n = len(samples)
    sql = stats["sql"]
    groups = [*cpu.pids, "PostgreSQL"]
    print(
        "  per request: "
        + ", ".join(f"{k} CPU {cpu_ms[k] / n:.1f} ms" for k in groups)
        + f"; machine busy {100 * cpu_ms['machine busy'] / cpu_ms['machine total']:.0f}%"
        + f", other processes {100 * cpu_ms['other processes'] / cpu_ms['machine total']:.0f}%"
        + f" ({cpu_ms['top others']})"
        + f"; {sql['statements'] / n:.1f} statements, {sql['execute µs'] / n / 1000:.2f} ms in "
        f"execute, {sql['checkouts'] / n:.1f} pool checkouts, "
        f"{sql['new connections']} new connections"
    )
    if result.errors():
        statuses = collections.Counter(s.status for s in samples if not s.ok)
        print(f"  !!! {result.errors()} bad answers (status: {dict(statuses)})")
    return result


# --- the database before and after --------------------------------------------------------


def prepare(url: str, sizes: Sizes, *, allow_seed: bool) -> Engine:
    ensure_database(url)
    migrations.upgrade(url)
    engine = make_engine(url)
    if not is_seeded(engine, sizes):
        if not allow_seed:
            raise SystemExit(
                f"{url} holds {row_counts(engine)}, not the district data; pass --seed to "
                "load it (about a minute), or run `python -m bench.district` first"
            )
        print(f"seeding {sizes} ...", flush=True)
        print(f"seeded in {seed(engine, sizes):.1f} s", flush=True)
    return engine


def existing_badges(engine: Engine, assessment_ids: list[int]) -> list[int]:
    with engine.connect() as connection:
        return list(
            connection.execute(
                text("SELECT id FROM badges WHERE assessment_id = ANY(:a)"), {"a": assessment_ids}
            ).scalars()
        )


def check_clicked(engine: Engine, clicked: dict[int, str]) -> int:
    """How many clicked assessments the database shows accepted by the clicking teacher."""
    with engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT id, reviewed_by FROM assessments "
                "WHERE id = ANY(:a) AND review_state = 'accepted'"
            ),
            {"a": list(clicked)},
        ).all()
    return sum(clicked[assessment] == teacher for assessment, teacher in rows)


def restore(engine: Engine, reserved: list[int], badges_before: list[int]) -> dict[str, int]:
    """Put the clicked assessments back to pending and undo what accepting them did."""
    with engine.begin() as connection:
        badges = connection.execute(
            text("DELETE FROM badges WHERE assessment_id = ANY(:a) AND NOT id = ANY(:keep)"),
            {"a": reserved, "keep": badges_before},
        ).rowcount
        targets = connection.execute(
            text(
                "UPDATE skill_targets SET status = 'active', completed_at = NULL, "
                "completed_by_assessment_id = NULL WHERE completed_by_assessment_id = ANY(:a)"
            ),
            {"a": reserved},
        ).rowcount
        assessments = connection.execute(
            text(
                "UPDATE assessments SET review_state = 'pending', reviewed_by = NULL, "
                "reviewed_at = NULL WHERE id = ANY(:a) AND review_state <> 'pending'"
            ),
            {"a": reserved},
        ).rowcount
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql("VACUUM assessments, badges, skill_targets")
    return {"assessments": assessments, "badges": badges, "targets": targets}


def other_sessions(engine: Engine) -> int:
    """Other active backends on this database right now (e.g. another benchmark)."""
    with engine.connect() as connection:
        return connection.execute(
            text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND pid <> pg_backend_pid() AND state = 'active'"
            )
        ).scalar_one()


# --- the report ----------------------------------------------------------------------------


def machine_facts(engine: Engine) -> dict[str, str]:
    with engine.connect() as connection:
        version = connection.exec_driver_sql("SHOW server_version").scalar_one()
    cpu = "?"
    try:
        lscpu = subprocess.run(["lscpu"], capture_output=True, text=True, check=False).stdout
        for line in lscpu.splitlines():
            if line.startswith("Model name:"):
                cpu = line.split(":", 1)[1].strip()
    except OSError:
        pass
    with open("/proc/meminfo", encoding="utf-8") as handle:
        total_kb = int(handle.readline().split()[1])
    packages = ("slack_bolt", "slack_sdk", "waitress", "sqlalchemy", "psycopg2-binary")
    facts = {
        "CPU": f"{cpu}, {os.cpu_count()} cores",
        "memory": f"{total_kb / 1024**2:.1f} GiB",
        "PostgreSQL": version,
        "Python": platform.python_version(),
    }
    for package in packages:
        with contextlib.suppress(metadata.PackageNotFoundError):
            facts[package] = metadata.version(package)
    return facts


def _mean(values: Iterable[float]) -> float:
    values = list(values)
    return sum(values) / len(values) if values else 0.0


def _label(phase: PhaseResult) -> str:
    kinds = " + ".join("`/progress`" if k == PROGRESS else "click" for k in phase.kinds())
    return f"{phase.name}: {kinds}"


def markdown(
    phases: list[PhaseResult],
    config: dict[str, Any],
    clients: int,
    facts: dict[str, str],
    notes: list[str],
) -> str:
    lines = [
        f"{clients} concurrent clients (one teacher each, keep-alive connection, no think "
        f"time); waitress threads {config['waitress threads']}, SQLAlchemy pool "
        f"{config['pool size']} + {config['pool max overflow']} overflow, after-ack "
        f"threads {config['after-ack threads']}, switch interval "
        f"{config['switch interval ms']:g} ms, {config['servers']} server process(es), "
        f"process_before_response {config['process_before_response']}. Times in ms, from sending "
        "the request to reading the whole response.",
        "",
        "| phase | request | n | p50 | p95 | p99 | max | mean | req/s | in app p50 | "
        f"in app p99 | p99 < {GOAL_P99_MS:.0f} ms |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for phase in phases:
        for kind in phase.kinds():
            s = Summary.of(phase.of(kind))
            app_ms = phase.server["app_ms"].get(kind) or [0.0, 0.0]
            app = Summary.of(app_ms)
            met = "yes" if s.p99 < GOAL_P99_MS else "**no**"
            label = "`/progress`" if kind == PROGRESS else "Accept click"
            lines.append(
                f"| {phase.name} | {label} | {s.count:,} | {s.cells()} | {s.mean:.2f} | "
                f"{s.count / phase.seconds:.0f} | {app.p50:.2f} | {app.p99:.2f} | {met} |"
            )
    lines += [
        "",
        "| phase | req/s (all) | waitress queue max / mean | executor queue max / mean | "
        "pool checked out max / mean | waits for what follows | sent → followed p50 / p99 ms "
        "| follow-up drain s | bad answers |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for phase in phases:
        gauges = phase.server["gauges"]

        def gauge(name: str, g: dict[str, list[int]] = gauges) -> str:
            values = g.get(name) or [0]
            return f"{max(values)} / {_mean(values):.1f}"

        drain = f"{phase.drain_seconds:.2f}" if phase.drain_seconds is not None else ""
        follow_up = ", ".join(
            f"{'`/progress`' if kind == PROGRESS else 'click'} "
            f"{Summary.of(times).p50:.0f} / {Summary.of(times).p99:.0f}"
            for kind, times in phase.follow_up_ms.items()
        )
        waits = "yes" if phase.waits_for_outcome else "no"
        lines.append(
            f"| {_label(phase)} | {len(phase.samples) / phase.seconds:.0f} | "
            f"{gauge('waitress queue')} | {gauge('executor queue')} | "
            f"{gauge('pool checked out')} | {waits} | {follow_up} | {drain} | {phase.errors()} |"
        )
    lines += [
        "",
        "Per request, averaged over the phase (its follow-up work included): CPU ms of each "
        "process group, the machine's CPU use (2 cores = 100%), and the SQL the app sent "
        "(statements and time in the driver's execute, seen by SQLAlchemy; pre-pings, BEGIN "
        "and COMMIT are not statements here), pool checkouts (each with a pre-ping) and, for "
        "the whole phase, new database connections the pool opened. Machine busy and other "
        "processes (neither the benchmark's nor PostgreSQL's) are shares of the machine's "
        "time:",
        "",
        "| phase | app server CPU | PostgreSQL CPU | clients CPU | Slack fake CPU "
        "| machine busy | other processes | statements | execute ms | checkouts "
        "| new connections |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for phase in phases:
        n = len(phase.samples)
        cpu = phase.cpu_ms
        sql = phase.server["sql"]
        lines.append(
            f"| {_label(phase)} | {cpu['app server'] / n:.1f} | {cpu['PostgreSQL'] / n:.1f} "
            f"| {cpu['clients'] / n:.1f} | {cpu['Slack fake'] / n:.1f} | "
            f"{100 * cpu['machine busy'] / cpu['machine total']:.0f}% | "
            f"{100 * cpu['other processes'] / cpu['machine total']:.0f}% | "
            f"{sql['statements'] / n:.1f} | {sql['execute µs'] / n / 1000:.2f} | "
            f"{sql['checkouts'] / n:.1f} | {sql['new connections']} |"
        )
    lines += ["", *notes, "", ", ".join(f"{name} {value}" for name, value in facts.items())]
    return "\n".join(lines)


def print_profile(report: dict[str, Any]) -> None:
    print("\n== profile (wall-clock samples every 2 ms; % of the role's samples)")
    for role, states in report["states"].items():
        total = sum(states.values())
        busy = report["busy"].get(role, 0)
        print(f"\n{role}: {total} samples, {100 * busy / max(total, 1):.0f}% not idle")
        for state, count in sorted(states.items(), key=lambda item: -item[1]):
            print(f"  {100 * count / total:5.1f}%  {state}")
        functions = report["functions"].get(role, {})
        if functions:
            print("  on the stack while not idle (inclusive, % of busy samples):")
            top = sorted(functions.items(), key=lambda item: -item[1])[:18]
            for name, count in top:
                print(f"    {100 * count / max(busy, 1):5.1f}%  {name}")


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Ack latency of /progress and a click.")
    parser.add_argument("--url", default=DEFAULT_URL)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=2000, help="per measured phase")
    parser.add_argument("--threads", type=int, default=SERVE_THREADS, help="waitress threads")
    parser.add_argument("--warmup", type=int, default=10, help="of each kind per client")
    parser.add_argument("--baseline", type=int, default=100, help="1-client requests per kind")
    parser.add_argument(
        "--think",
        type=float,
        default=1000.0,
        help="mean think time (ms, exponential) of the paced mixed phase; 0 skips it",
    )
    parser.add_argument("--paced-requests", type=int, default=1000)
    parser.add_argument(
        "--executor-threads", type=int, help="experiment: the after-ack pool's size"
    )
    parser.add_argument("--pool-size", type=int, help="experiment: SQLAlchemy pool_size")
    parser.add_argument(
        "--servers", type=int, default=1, help="experiment: server processes, clients spread"
    )
    parser.add_argument("--seed", action="store_true", help="seed the district data if needed")
    parser.add_argument(
        "--switch-interval",
        type=float,
        default=None,
        help="sys.setswitchinterval in the server process, seconds (experiment)",
    )
    parser.add_argument("--profile", action="store_true", help="a sampled pass at the end")
    parser.add_argument("--teachers", type=int, default=500)
    parser.add_argument("--students", type=int, default=10_000)
    parser.add_argument("--assessments", type=int, default=1_000_000)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> None:
    args = parse_args(argv)
    sizes = Sizes(args.teachers, args.students, args.assessments)
    sizes.validate()
    engine = prepare(args.url, sizes, allow_seed=args.seed)
    each = args.requests // args.clients
    paced_each = args.paced_requests // args.clients if args.think else 0
    # Clicks per teacher: warm-up, clicks alone, the mixed phases and the paced one (every
    # other request), the profiled clicks, a few spare; and the 1-client phase for the
    # first teacher.
    clicks_each = (
        args.warmup + each + 2 * (each // 2) + paced_each // 2 + (each if args.profile else 0) + 2
    )

    def clicks(n: int) -> int:
        return clicks_each + (args.baseline if n == 0 else 0)

    followed, follows = multiprocessing.get_context("spawn").Pipe(duplex=False)
    fake = Child(run_fake, follows)
    outcomes = Outcomes(followed)
    workload = Workload(pick_teachers(engine, sizes, args.clients, clicks), fake.hello["root_url"])
    workload.reserved = [a for work in workload.teachers for a, _ in work.pending]
    clicking = {a: work.teacher for work in workload.teachers for a, _ in work.pending}
    print(
        f"{args.clients} teachers, {len(workload.reserved)} pending assessments reserved; "
        "drawing their review messages ...",
        flush=True,
    )
    render_messages(engine, workload)
    badges_before = existing_badges(engine, workload.reserved)
    load_before = os.getloadavg()
    others_before = other_sessions(engine)
    servers: list[Child] = []
    clicked: dict[int, str] = {}
    phases: list[PhaseResult] = []
    profile: dict[str, Any] | None = None
    cpu_profiles: list[str] = []
    body_bytes: dict[str, list[int]] = collections.defaultdict(list)
    restored: dict[str, int] = {}
    calls: dict[str, int] = {}
    accepted = 0
    others_after = -1
    try:
        for _ in range(args.servers):
            servers.append(
                Child(
                    run_server,
                    {
                        "url": args.url,
                        "api_url": fake.hello["api_url"],
                        "bot_token": fake.hello["bot_token"],
                        "threads": args.threads,
                        "switch_interval": args.switch_interval,
                        "executor_threads": args.executor_threads,
                        "pool_size": args.pool_size,
                    },
                )
            )
        config = servers[0].hello | {"servers": args.servers}
        ports = [server.hello["port"] for server in servers]
        print(f"server(s) up on port(s) {ports}: {config}", flush=True)
        cpu = CpuMeter(
            {
                "app server": [server.hello["pid"] for server in servers],
                "clients": [os.getpid()],
                "Slack fake": [fake.hello["pid"]],
            }
        )

        def phase(
            name: str,
            total: int,
            kinds: Sequence[str],
            clients: int | None = None,
            think: float = 0.0,
            wait: bool = True,
        ) -> PhaseResult:
            plans = build_phase(workload, total, kinds, clients)
            for plan in plans:
                for request in plan:
                    body_bytes[request.kind].append(len(request.body))
                    if request.assessment_id is not None:
                        clicked[request.assessment_id] = clicking[request.assessment_id]
            return run_phase(name, plans, ports, servers, cpu, outcomes, think, wait)

        phase("warm-up", args.warmup * 2 * args.clients, KINDS)
        if args.baseline:
            phases.append(phase("1 client", args.baseline, [PROGRESS], clients=1))
            phases.append(phase("1 client", args.baseline, [CLICK], clients=1))
        phases.append(phase(f"{args.clients} clients", args.requests, [PROGRESS]))
        phases.append(phase(f"{args.clients} clients", args.requests, [CLICK]))
        phases.append(phase(f"{args.clients} clients, mixed", args.requests, KINDS))
        # Overload on purpose: clients that send again as soon as the ack is back, never
        # waiting for the answer or the message to change. Acks stay quick; work queues.
        name = f"{args.clients} clients, mixed, acks only"
        phases.append(phase(name, args.requests, KINDS, wait=False))
        if args.think:
            name = f"{args.clients} clients, mixed, think ~{args.think:g} ms"
            phases.append(phase(name, args.paced_requests, KINDS, think=args.think))
        if args.profile:
            server = servers[0]
            server.ask("profile on")
            phase("sampled /progress", args.requests // 2, [PROGRESS])
            phase("sampled clicks", args.requests // 2, [CLICK])
            profile = server.ask("profile off")
            server.ask("cprofile on")
            phase("cProfile /progress", args.requests // 2, [PROGRESS])
            cpu_profiles.append(server.ask("cprofile off"))
            server.ask("cprofile on")
            phase("cProfile clicks", args.requests // 2, [CLICK])
            cpu_profiles.append(server.ask("cprofile off"))
    finally:
        for server in servers:
            server.stop()
        calls = fake.stop() or {}
        load_after = os.getloadavg()
        try:
            accepted = check_clicked(engine, clicked) if clicked else 0
            others_after = other_sessions(engine)
        finally:
            restored = restore(engine, workload.reserved, badges_before)
            print(f"\nrestored: {restored}", flush=True)
    if profile is not None:
        print_profile(profile)
    for kind, report in zip(KINDS, cpu_profiles, strict=False):
        print(f"\n== cProfile, thread CPU time, {kind} (request and after-ack threads)\n{report}")
    print(f"\nSlack fake received: {calls}")
    print(f"clicked {len(clicked)}, accepted by the clicking teacher: {accepted}")
    notes = [
        f"Every click validated its assessment: {accepted:,} of {len(clicked):,} clicked "
        f"(warm-up included) were accepted by the clicking teacher; the fake received "
        f"{calls.get('chat.update', 0):,} chat.update calls. Afterwards "
        f"{restored['assessments']:,} assessments were put back to pending, "
        f"{restored['badges']:,} badges deleted and {restored['targets']} targets re-opened.",
        "Request bodies (bytes, median): "
        + ", ".join(f"{kind} {statistics.median(sizes):,.0f}" for kind, sizes in body_bytes.items())
        + " (a click's payload carries the review message it was made on, as Slack's does).",
        f"Load average before / after: {' / '.join(f'{x:.2f}' for x in load_before)} → "
        f"{' / '.join(f'{x:.2f}' for x in load_after)}; other active sessions on the database "
        f"before / after: {others_before} / {others_after}.",
    ]
    facts = machine_facts(engine)
    block = markdown(phases, config, args.clients, facts, notes)
    print("\n---- markdown for BENCHMARKS.md ----\n" + block + "\n----")
    engine.dispose()
    bad = sum(phase.errors() for phase in phases)
    if bad or accepted != len(clicked):
        raise SystemExit(f"{bad} bad answers; {len(clicked) - accepted} clicks not applied")


if __name__ == "__main__":
    main()
