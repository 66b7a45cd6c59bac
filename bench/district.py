"""District-scale latency of the read paths teachers wait on.

Run: `.venv/bin/python -m bench.district [--url URL] [--teachers 500] [--students 10000]
[--assessments 1000000] [--schools 10] [--samples 2000] [--reseed]`.

Method:

1. The target PostgreSQL database is created if missing and built by the Alembic migrations
   alone (`migrations.upgrade`).
2. It is seeded by `bench.seed` (COPY, one transaction, then VACUUM ANALYZE) unless it
   already holds exactly the requested number of teachers, students, entries and
   assessments; `--reseed` truncates and reloads regardless.
3. `--samples` student ids and as many teacher ids are drawn with a fixed seed (with
   replacement). Each query runs once over all its ids as a warm-up, then again timed: the
   wall time with `time.perf_counter` of one request as the app makes it, i.e. a fresh
   `Session` from `domain.db.session_factory` around one call of the real service function
   (`domain.levels.latest_levels`, `domain.review.review_queue` with limit=20, App Home's
   `domain.class_overview.class_overview`), so it
   includes pool checkout and its pre-ping, the SQL, building the result objects and the
   session's close.
4. The SQL each function emits is captured during one call (`before_cursor_execute`) and
   re-run alone, over the same ids, on a raw psycopg2 cursor: the database's share.
5. That SQL is run once more under `EXPLAIN (ANALYZE, BUFFERS)`, and each plan is checked
   for the index the schema provides for it (`ix_assessments_latest`,
   `ix_assessments_review_queue`; App Home's statements that read enrollments,
   `ix_enrollments_teacher_id_class_id`).
6. A markdown block for BENCHMARKS.md closes the output. The goal is p95 under 10 ms.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session, sessionmaker

import migrations
from bench.seed import (
    PERIODS_PER_DAY,
    SEED,
    Sizes,
    check_id_format,
    ensure_database,
    is_seeded,
    row_counts,
    seed,
    student_key,
    teacher_key,
)
from bench.stats import Summary
from domain.access import Viewer
from domain.class_overview import class_overview
from domain.db import make_engine, session_factory
from domain.levels import latest_levels
from domain.review import review_queue

DEFAULT_URL = "postgresql+psycopg2://postgres@127.0.0.1:5432/flourish_bench"
GOAL_P95_MS = 10.0
QUERY_NAMES = ("latest_levels", "review_queue", "class_overview")
PAGE_SIZE = 20


@dataclass(frozen=True)
class Statement:
    sql: str
    parameters: dict[str, Any]


@dataclass(frozen=True)
class Query:
    """One read path: its service call, the ids it is timed over and the index it needs."""

    name: str
    call: Callable[[Session, str], object]
    ids: list[str]
    index: str
    # Only the statements that read this table must use `index` (App Home first reads the
    # teacher's own row by its key).
    scope: str = ""


@dataclass(frozen=True)
class Result:
    query: Query
    service: Summary
    raw: Summary
    statements: list[Statement]
    plans: list[str]

    @property
    def index_used(self) -> bool:
        return all(
            self.query.index in plan
            for statement, plan in zip(self.statements, self.plans, strict=True)
            if self.query.scope in statement.sql
        )

    @property
    def goal_met(self) -> bool:
        return self.service.p95 < GOAL_P95_MS


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="District-scale latency of two read paths.")
    parser.add_argument("--url", default=DEFAULT_URL)
    parser.add_argument("--teachers", type=int, default=500)
    parser.add_argument("--students", type=int, default=10_000)
    parser.add_argument("--assessments", type=int, default=1_000_000)
    parser.add_argument("--schools", type=int, default=10)
    parser.add_argument("--samples", type=int, default=2000)
    parser.add_argument("--reseed", action="store_true", help="truncate and seed again")
    parser.add_argument(
        "--queries",
        nargs="+",
        choices=QUERY_NAMES,
        default=list(QUERY_NAMES),
        help="measure only these (App Home takes minutes at 2,000 samples)",
    )
    return parser.parse_args(argv)


def prepare(url: str, sizes: Sizes, *, reseed: bool) -> tuple[Engine, float | None]:
    """Create, migrate and (if needed) seed the database; returns the seeding seconds."""
    ensure_database(url)
    migrations.upgrade(url)
    engine = make_engine(url)
    check_id_format(engine)
    if not reseed and is_seeded(engine, sizes):
        print(f"already seeded with {sizes}; --reseed to load again")
        return engine, None
    print(f"seeding {sizes} (found {row_counts(engine)}) ...", flush=True)
    seconds = seed(engine, sizes)
    print(f"seeded in {seconds:.1f} s", flush=True)
    return engine, seconds


def sample_ids(count: int, population: int, make_id: Callable[[int], str], salt: int) -> list[str]:
    rng = random.Random(SEED + salt)
    return [make_id(n) for n in rng.choices(range(1, population + 1), k=count)]


def latest_levels_call(session: Session, student: str) -> object:
    return latest_levels(session, student)


def review_queue_call(session: Session, teacher: str) -> object:
    return review_queue(session, teacher, limit=PAGE_SIZE)


def class_overview_call(session: Session, teacher: str) -> object:
    return class_overview(session, Viewer(teacher_id=teacher))


def time_service(sessions: sessionmaker[Session], query: Query) -> list[float]:
    """Milliseconds per request: a fresh session around one service call."""
    timings = []
    for key in query.ids:
        started = time.perf_counter()
        with sessions() as session:
            query.call(session, key)
        timings.append((time.perf_counter() - started) * 1000)
    return timings


@contextmanager
def captured_sql(engine: Engine) -> Iterator[list[Statement]]:
    statements: list[Statement] = []

    def record(
        _conn: Any, _cursor: Any, sql: str, parameters: Any, _context: Any, _many: bool
    ) -> None:
        statements.append(Statement(sql, dict(parameters or {})))

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", record)


def emitted_sql(engine: Engine, query: Query, key: str) -> list[Statement]:
    """The statements one call sends, minus the pool's pre-ping."""
    with captured_sql(engine) as statements, session_factory(engine)() as session:
        query.call(session, key)
    return [s for s in statements if s.sql.strip().upper() != "SELECT 1"]


def with_key(statement: Statement, old: str, new: str) -> dict[str, Any]:
    return {name: new if value == old else value for name, value in statement.parameters.items()}


def time_raw(
    engine: Engine, statements: list[Statement], captured_key: str, ids: list[str]
) -> list[float]:
    """Milliseconds per id to execute and fetch the captured SQL on a bare DBAPI cursor."""
    timings = []
    connection = engine.raw_connection()
    try:
        cursor = connection.cursor()
        for key in ids:
            started = time.perf_counter()
            for statement in statements:
                cursor.execute(statement.sql, with_key(statement, captured_key, key))
                cursor.fetchall()
            timings.append((time.perf_counter() - started) * 1000)
        connection.rollback()
    finally:
        connection.close()
    return timings


def explain(engine: Engine, statement: Statement) -> str:
    """The plan with buffers; with I/O timings too when the role may turn them on."""
    with engine.connect() as connection:
        if connection.exec_driver_sql(
            "SELECT usesuper FROM pg_user WHERE usename = current_user"
        ).scalar():
            connection.exec_driver_sql("SET LOCAL track_io_timing = on")
        rows = connection.exec_driver_sql(
            "EXPLAIN (ANALYZE, BUFFERS) " + statement.sql, statement.parameters
        )
        return "\n".join(row[0] for row in rows)


def measure(engine: Engine, query: Query) -> Result:
    sessions = session_factory(engine)
    print(f"\n== {query.name}: warm-up over {len(query.ids)} ids ...", flush=True)
    time_service(sessions, query)
    service = Summary.of(time_service(sessions, query))
    print(f"service call ms  p50/p95/p99/max: {service.cells()}")
    key = query.ids[0]
    statements = emitted_sql(engine, query, key)
    raw = Summary.of(time_raw(engine, statements, key, query.ids))
    print(f"raw SQL ms       p50/p95/p99/max: {raw.cells()}")
    plans = [explain(engine, statement) for statement in statements]
    for statement, plan in zip(statements, plans, strict=True):
        print(f"\n-- {query.name}({key!r}):\n{statement.sql}\n-- {statement.parameters}\n{plan}")
    result = Result(query, service, raw, statements, plans)
    if result.index_used:
        print(f"\nINDEX CHECK OK: every {query.name} statement uses {query.index}")
    else:
        print(f"\n!!! INDEX NOT USED: a {query.name} statement does not use {query.index}")
    return result


def server_facts(engine: Engine) -> dict[str, str]:
    with engine.connect() as connection:
        facts = {"PostgreSQL": connection.exec_driver_sql("SHOW server_version").scalar_one()}
        for setting in ("shared_buffers", "work_mem", "jit"):
            facts[setting] = connection.exec_driver_sql(f"SHOW {setting}").scalar_one()
        facts["assessments size"] = connection.exec_driver_sql(
            "SELECT pg_size_pretty(pg_total_relation_size('assessments'))"
        ).scalar_one()
    facts["Python"] = platform.python_version()
    facts["load average"] = " / ".join(f"{load:.2f}" for load in os.getloadavg())
    return facts


def markdown(
    results: list[Result],
    sizes: Sizes,
    samples: int,
    facts: dict[str, str],
    seed_seconds: float | None,
) -> str:
    seeding = "reused" if seed_seconds is None else f"seeded in {seed_seconds:.1f} s"
    lines = [
        f"Data: {sizes.schools:,} schools, {sizes.teachers:,} teachers, "
        f"{sizes.students:,} students each in {PERIODS_PER_DAY} classes, "
        f"{sizes.entries:,} entries, {sizes.assessments:,} assessments ({seeding}). "
        f"{samples:,} samples per query after a warm-up pass.",
        "",
        "| query | measured | p50 ms | p95 ms | p99 ms | max ms | p95 < 10 ms | index used |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        met = "yes" if r.goal_met else "**no**"
        used = f"yes (`{r.query.index}`)" if r.index_used else f"**no** (`{r.query.index}`)"
        lines.append(f"| `{r.query.name}` | service call | {r.service.cells()} | {met} | {used} |")
        lines.append(f"| `{r.query.name}` | SQL alone | {r.raw.cells()} | | |")
    lines += ["", ", ".join(f"{name} {value}" for name, value in facts.items())]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    args = parse_args(argv)
    sizes = Sizes(args.teachers, args.students, args.assessments, args.schools)
    sizes.validate()
    engine, seed_seconds = prepare(args.url, sizes, reseed=args.reseed)
    try:
        queries = [
            Query(
                "latest_levels",
                latest_levels_call,
                sample_ids(args.samples, sizes.students, student_key, salt=1),
                "ix_assessments_latest",
            ),
            Query(
                "review_queue",
                review_queue_call,
                sample_ids(args.samples, sizes.teachers, teacher_key, salt=2),
                "ix_assessments_review_queue",
                # The first statement reads the teachers' students' standings by key.
                scope="FROM assessments",
            ),
            Query(
                "class_overview",
                class_overview_call,
                sample_ids(args.samples, sizes.teachers, teacher_key, salt=3),
                "ix_enrollments_teacher_id_class_id",
                scope="enrollments",
            ),
        ]
        results = [measure(engine, query) for query in queries if query.name in args.queries]
        block = markdown(results, sizes, args.samples, server_facts(engine), seed_seconds)
        print("\n---- markdown for BENCHMARKS.md ----\n" + block + "\n----")
    finally:
        engine.dispose()


if __name__ == "__main__":
    main()
