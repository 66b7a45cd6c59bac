"""District-scale composition of the weekly digests: every teacher's, in one call.

Run: `.venv/bin/python -m bench.digest [--url URL] [--week 2026-03-02] [--runs 5]
[--reseed]`.

Method:

1. The database: `bench.district`'s district (10 schools, 500 teachers, 10,000 students
   each enrolled in 6 classes with 6 different teachers, 100,000 entries, 1,000,000
   assessments, ~70% validated by one of their teachers over the school year;
   created, migrated and seeded by `bench.district.prepare` with the same fixed seed), in
   a database of its own by default, `flourish_bench_digest`: the digest needs badges and
   targets the district seed does not write, and the shared `flourish_bench` is left as
   the other benchmarks expect it.
2. Digest extras, written once (again with `--reseed`), in one transaction:
   - badges as validation awards them: for each (student, skill, level) above Emerging,
     one badge at the first validated assessment at that level (`awarded_at` = its
     `reviewed_at`);
   - two targets per student: Emerging -> Developing on one skill, completed during the
     measured week for 3 students in 10 (active for the rest), and Developing ->
     Proficient on another, active.
3. The measured call is the one the scheduler makes: `compose_digests(session, week,
   tz="America/New_York")` for all teachers in a fresh `Session` (pool checkout included),
   once as a warm-up and then `--runs` times, timed with `time.perf_counter`. The SQL
   statements are counted and timed one by one (`before/after_cursor_execute`) in the
   first timed run. Building the Slack message of every non-empty digest
   (`bot.digest_blocks.digest_message`) is timed too. The goal is under 10 s in all.

With `--as-is` the database is only read (no migration, no seeding, no TRUNCATE): for a
shared, already seeded database such as `flourish_bench`. Composing writes nothing.
"""

from __future__ import annotations

import argparse
import platform
import random
import statistics
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, event, func, insert, select, text

from bench.district import prepare, server_facts
from bench.seed import SEED, Sizes, student_key
from bot.digest_blocks import digest_message
from domain.curriculum import Skill
from domain.db import make_engine, session_factory
from domain.digest import CheckInKind, TeacherDigest, compose_digests
from domain.models import Badge, SkillTarget

DEFAULT_URL = "postgresql+psycopg2://postgres@127.0.0.1:5432/flourish_bench_digest"
DEFAULT_WEEK = date(2026, 3, 2)
ZONE = "America/New_York"
GOAL_SECONDS = 10.0
TARGETS_SET_ON = datetime(2025, 9, 15, 14, 0, tzinfo=UTC)


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Compose every teacher's weekly digest.")
    parser.add_argument("--url", default=DEFAULT_URL)
    parser.add_argument("--week", type=date.fromisoformat, default=DEFAULT_WEEK)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--reseed", action="store_true", help="seed district and extras again")
    parser.add_argument(
        "--as-is",
        action="store_true",
        help="read the database as it stands: no migration, no seeding (a shared database)",
    )
    return parser.parse_args(argv)


def seed_extras(engine: Engine, sizes: Sizes, week: date, *, force: bool) -> float | None:
    """Badges and targets for the digest; None when they were there already."""
    with engine.connect() as connection:
        present = connection.scalar(select(func.count()).select_from(SkillTarget))
    if present and not force:
        print("digest extras already seeded; --reseed to write them again")
        return None
    started = time.perf_counter()
    rng = random.Random(SEED + 7)
    skills = list(Skill)
    week_began = datetime.combine(week - timedelta(days=7), datetime.min.time(), tzinfo=UTC)
    targets: list[dict[str, Any]] = []
    for n in range(1, sizes.students + 1):
        first, second = rng.sample(skills, 2)
        done = rng.random() < 0.3
        targets.append(
            {
                "student_id": student_key(n),
                "skill": first.value,
                "starting_level": "Emerging",
                "target_level": "Developing",
                "status": "completed" if done else "active",
                "created_at": TARGETS_SET_ON,
                "completed_at": (
                    week_began + timedelta(hours=rng.randint(14, 7 * 24 - 10)) if done else None
                ),
            }
        )
        targets.append(
            {
                "student_id": student_key(n),
                "skill": second.value,
                "starting_level": "Developing",
                "target_level": "Proficient",
                "status": "active",
                "created_at": TARGETS_SET_ON,
                "completed_at": None,
            }
        )
    with engine.begin() as connection:
        connection.execute(text("TRUNCATE badges, skill_targets, digest_deliveries"))
        connection.execute(
            text(
                "INSERT INTO badges (student_id, skill, level, awarded_at, assessment_id) "
                "SELECT DISTINCT ON (student_id, skill, level) "
                "student_id, skill, level, reviewed_at, id FROM assessments "
                "WHERE review_state <> 'pending' AND level <> 'Emerging' "
                "ORDER BY student_id, skill, level, reviewed_at, id"
            )
        )
        connection.execute(insert(SkillTarget), targets)
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql("VACUUM (ANALYZE) badges, skill_targets")
    seconds = time.perf_counter() - started
    with engine.connect() as connection:
        badges = connection.scalar(select(func.count()).select_from(Badge))
    print(f"digest extras: {badges:,} badges, {len(targets):,} targets in {seconds:.1f} s")
    return seconds


@dataclass
class Capture:
    """The statements of one call, each with its own time."""

    statements: list[tuple[str, float]] = field(default_factory=list)
    _started: float = 0.0


@contextmanager
def captured(engine: Engine) -> Iterator[Capture]:
    capture = Capture()

    def before(*args: Any) -> None:
        capture._started = time.perf_counter()

    def after(_conn: Any, _cursor: Any, statement: str, *rest: Any) -> None:
        capture.statements.append((statement, time.perf_counter() - capture._started))

    event.listen(engine, "before_cursor_execute", before)
    event.listen(engine, "after_cursor_execute", after)
    try:
        yield capture
    finally:
        event.remove(engine, "before_cursor_execute", before)
        event.remove(engine, "after_cursor_execute", after)


def compose(engine: Engine, week: date) -> tuple[list[TeacherDigest], float]:
    sessions = session_factory(engine)
    started = time.perf_counter()
    with sessions() as session:
        digests = compose_digests(session, week, tz=ZONE)
    return digests, time.perf_counter() - started


def build_messages(digests: list[TeacherDigest]) -> tuple[int, float, list[str]]:
    """Messages built, seconds, and why any failed: reported, not raised, so one refused
    payload (e.g. a button that expects an `S001` key) does not hide the compose figures."""
    started = time.perf_counter()
    built, failed = 0, []
    for digest in digests:
        if digest.is_empty:
            continue
        try:
            digest_message(digest)
            built += 1
        except ValueError as error:
            failed.append(f"{digest.teacher_id}: {str(error).splitlines()[:3]}")
    return built, time.perf_counter() - started, failed


def contents(digests: list[TeacherDigest]) -> Counter[str]:
    found: Counter[str] = Counter()
    for d in digests:
        found["non-empty digests"] += not d.is_empty
        found["badges"] += len(d.badges)
        found["targets reached"] += len(d.targets_completed)
        found["active targets"] += len(d.active_targets)
        found["awaiting review"] += d.awaiting_review
        found["highlights"] += d.highlight is not None
        for check_in in d.check_ins:
            found[f"check-ins: {check_in.kind.value}"] += 1
    for kind in CheckInKind:
        found.setdefault(f"check-ins: {kind.value}", 0)
    return found


def label(statement: str) -> str:
    """A short name for a composition statement, from the tables it reads first."""
    flat = " ".join(statement.split()).lower()
    for needle, name in (
        ("from teachers", "teachers"),
        ("from badges", "badges of the week"),
        ("as current", "active targets + latest validated level"),
        ("skill_targets.completed_at >=", "targets reached"),
        ("count(assessments.id)", "awaiting review"),
        ("max(data_entries.entry_date)", "quiet students"),
        ("row_number()", "validated level changes (drops, highlight)"),
    ):
        if needle in flat:
            return name
    return flat[:60]


def markdown(
    sizes: Sizes,
    week: date,
    runs: list[float],
    capture: Capture,
    found: Counter[str],
    messages: tuple[int, float, list[str]],
    facts: dict[str, str],
) -> str:
    total = statistics.median(runs)
    built, build_seconds, failed = messages
    lines = [
        f"Data: {sizes.teachers:,} teachers, {sizes.students:,} students, "
        f"{sizes.assessments:,} assessments; digest week {week} (reporting on "
        f"{week - timedelta(days=7)} to {week - timedelta(days=1)}, {ZONE}).",
        "",
        "| measure | seconds |",
        "|---|---|",
        f"| `compose_digests`, all {sizes.teachers} teachers: median of {len(runs)} | "
        f"**{total:.2f}** |",
        f"| min / max | {min(runs):.2f} / {max(runs):.2f} |",
        f"| building {built} Slack messages (`digest_message`) | {build_seconds:.3f} |",
        f"| total (median compose + messages) | {total + build_seconds:.2f} |",
        "",
        f"Goal under {GOAL_SECONDS:.0f} s in all: "
        f"{'met' if total + build_seconds < GOAL_SECONDS else '**not met**'}.",
        f"Messages that failed to build: {len(failed)}"
        + (f" (first: {failed[0]})" if failed else ""),
        "",
        f"SQL statements: {len(capture.statements)} (the first timed run):",
        "",
        "| statement | ms |",
        "|---|---|",
    ]
    for statement, seconds in capture.statements:
        lines.append(f"| {label(statement)} | {seconds * 1000:.0f} |")
    lines += ["", "Contents: " + ", ".join(f"{name} {count:,}" for name, count in found.items())]
    lines += ["", ", ".join(f"{name} {value}" for name, value in facts.items())]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    args = parse_args(argv)
    sizes = Sizes(500, 10_000, 1_000_000)
    if args.as_is:
        # A database others read: an upgrade would lock `assessments` while it rewrites
        # its checks, and the extras' TRUNCATE would empty their digest rows.
        engine = make_engine(args.url)
    else:
        engine, _ = prepare(args.url, sizes, reseed=args.reseed)
    try:
        if not args.as_is:
            seed_extras(engine, sizes, args.week, force=args.reseed)
        digests, warm = compose(engine, args.week)
        print(f"warm-up: {warm:.2f} s")
        runs: list[float] = []
        capture = Capture()
        for n in range(args.runs):
            if n == 0:
                with captured(engine) as capture:
                    digests, seconds = compose(engine, args.week)
            else:
                digests, seconds = compose(engine, args.week)
            runs.append(seconds)
            print(f"run {n + 1}: {seconds:.2f} s", flush=True)
        messages = build_messages(digests)
        facts = server_facts(engine)
        facts["Python"] = platform.python_version()
        block = markdown(sizes, args.week, runs, capture, contents(digests), messages, facts)
        print("\n---- markdown for BENCHMARKS.md ----\n" + block + "\n----")
    finally:
        engine.dispose()


if __name__ == "__main__":
    main()
