"""District-scale seed data for the benchmarks, loaded with PostgreSQL COPY.

The shape: `teachers` teachers (`T0001`...), `students` students (`S00001`...) split evenly
among them, ENTRIES_PER_STUDENT data entries per student dated over the school year
(Aug 2025 - Jun 2026, weekdays), and `assessments` assessments spread evenly over the entries,
each entry's on distinct skills. About 30% of assessments are pending review; the rest were
accepted or corrected by the student's teacher.

Entries and assessments are written in date order across the whole district, as they would
arrive over a year, so one student's rows are scattered over the table rather than stored
together: the queries pay for the random heap reads a real database would.

Everything goes in one transaction (a failed seed leaves the database as it was), then
VACUUM ANALYZE sets the statistics and visibility map autovacuum would in production.
"""

from __future__ import annotations

import hashlib
import io
import random
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from itertools import islice
from typing import Any, NamedTuple

from sqlalchemy import Engine, make_url, text

from domain.curriculum import EntryType, Level, Skill
from domain.db import make_engine
from domain.models import Base, ReviewState

SEED = 20261123
ENTRIES_PER_STUDENT = 10
PENDING_SHARE = 0.30
CORRECTED_SHARE = 0.15
SCHOOL_YEAR = (date(2025, 8, 1), date(2026, 6, 30))
CHUNK_ROWS = 100_000
MODEL = "bench"
RUBRIC_VERSION = "1.0"

SKILLS = list(Skill)
LEVELS = list(Level)
ENTRY_TYPES = list(EntryType)


@dataclass(frozen=True)
class Sizes:
    teachers: int
    students: int
    assessments: int

    @property
    def entries(self) -> int:
        return self.students * ENTRIES_PER_STUDENT

    @property
    def students_per_teacher(self) -> int:
        return -(-self.students // self.teachers)

    def validate(self) -> None:
        if self.teachers > 9999 or self.students > 99999:
            raise ValueError("ids are T + 4 digits and S + 5 digits: at most 9999 / 99999")
        if not 0 < self.teachers <= self.students:
            raise ValueError("need at least one teacher and no more teachers than students")
        if not self.entries <= self.assessments <= self.entries * len(SKILLS):
            raise ValueError(
                f"assessments must be between {self.entries} and {self.entries * len(SKILLS)} "
                f"({ENTRIES_PER_STUDENT} entries per student, 1 to {len(SKILLS)} skills each)"
            )


class Entry(NamedTuple):
    id: int
    student: int
    teacher: int
    number: int
    entry_date: date
    entry_type: EntryType


def teacher_id(n: int) -> str:
    return f"T{n:04d}"


def student_id(n: int) -> str:
    return f"S{n:05d}"


def teacher_of(student: int, sizes: Sizes) -> int:
    return (student - 1) // sizes.students_per_teacher + 1


# --- the database -------------------------------------------------------------------------


def ensure_database(url: str) -> None:
    """Create the target database if missing, through the `postgres` maintenance database."""
    target = make_url(url)
    admin = make_engine(
        target.set(database="postgres").render_as_string(hide_password=False),
        isolation_level="AUTOCOMMIT",
    )
    try:
        with admin.connect() as connection:
            exists = connection.scalar(
                text("SELECT 1 FROM pg_database WHERE datname = :name"),
                {"name": target.database},
            )
            if not exists:
                quoted = admin.dialect.identifier_preparer.quote(target.database or "")
                connection.exec_driver_sql(f"CREATE DATABASE {quoted}")
                print(f"created database {target.database}")
    finally:
        admin.dispose()


def check_id_format(engine: Engine) -> None:
    """Fail early, and clearly, if the schema refuses the bench's 4- and 5-digit ids.

    Checks and column lengths apply before ON CONFLICT, so this probes a seeded database too.
    """
    with engine.connect() as connection:
        transaction = connection.begin()
        try:
            connection.execute(
                text(
                    "INSERT INTO teachers (id, name, created_at, updated_at) "
                    "VALUES (:t, 'Probe', now(), now()) ON CONFLICT DO NOTHING"
                ),
                {"t": teacher_id(1)},
            )
            connection.execute(
                text(
                    "INSERT INTO students (id, name, grade, teacher_id, created_at, updated_at) "
                    "VALUES (:s, 'Probe', 7, :t, now(), now()) ON CONFLICT DO NOTHING"
                ),
                {"s": student_id(1), "t": teacher_id(1)},
            )
        except Exception as error:
            raise SystemExit(
                f"the schema refuses the bench ids {teacher_id(1)} / {student_id(1)}: "
                f"{getattr(error, 'orig', error)}".strip()
            ) from error
        finally:
            transaction.rollback()


def row_counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as connection:
        return {
            table: connection.scalar(text(f"SELECT count(*) FROM {table}")) or 0
            for table in ("teachers", "students", "data_entries", "assessments")
        }


def is_seeded(engine: Engine, sizes: Sizes) -> bool:
    expected = {
        "teachers": sizes.teachers,
        "students": sizes.students,
        "data_entries": sizes.entries,
        "assessments": sizes.assessments,
    }
    return row_counts(engine) == expected


def seed(engine: Engine, sizes: Sizes, *, rng_seed: int = SEED) -> float:
    """Truncate every table and load the district; returns the seconds taken."""
    sizes.validate()
    rng = random.Random(rng_seed)
    started = time.perf_counter()
    connection = engine.raw_connection()
    try:
        cursor = connection.cursor()
        tables = ", ".join(table.name for table in Base.metadata.sorted_tables)
        cursor.execute(f"TRUNCATE {tables} RESTART IDENTITY")
        entries = plan_entries(sizes, rng)
        _copy(cursor, "teachers", TEACHER_COLUMNS, teacher_rows(sizes), sizes.teachers)
        _copy(cursor, "students", STUDENT_COLUMNS, student_rows(sizes, rng), sizes.students)
        _copy(cursor, "data_entries", ENTRY_COLUMNS, entry_rows(entries), len(entries))
        _copy(
            cursor,
            "assessments",
            ASSESSMENT_COLUMNS,
            assessment_rows(entries, sizes, rng),
            sizes.assessments,
        )
        for table in ("data_entries", "assessments"):
            cursor.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT max(id) FROM {table}))"
            )
        connection.commit()
    except BaseException:
        connection.rollback()
        raise
    finally:
        connection.close()
    loaded = time.perf_counter() - started
    print(f"  loaded in {loaded:.1f} s; VACUUM ANALYZE ...", flush=True)
    vacuum_analyze(engine)
    return time.perf_counter() - started


def vacuum_analyze(engine: Engine) -> None:
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql("VACUUM (ANALYZE)")


def _copy(
    cursor: Any, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]], total: int
) -> None:
    """COPY rows in chunks of CHUNK_ROWS, each from an in-memory TSV stream."""
    statement = f"COPY {table} ({', '.join(columns)}) FROM STDIN"
    started = time.perf_counter()
    done = 0
    iterator = iter(rows)
    while chunk := list(islice(iterator, CHUNK_ROWS)):
        cursor.copy_expert(statement, _tsv(chunk))
        done += len(chunk)
        elapsed = time.perf_counter() - started
        print(f"  {table}: {done:,}/{total:,} rows ({elapsed:.1f} s)", flush=True)


def _tsv(rows: Iterable[Sequence[Any]]) -> io.StringIO:
    """COPY's text format. Generated values hold no tab, newline or backslash."""
    stream = io.StringIO()
    stream.writelines(
        "\t".join(r"\N" if value is None else str(value) for value in row) + "\n" for row in rows
    )
    stream.seek(0)
    return stream


# --- the rows -----------------------------------------------------------------------------

TEACHER_COLUMNS = ("id", "name", "email", "slack_user_id", "created_at", "updated_at")
STUDENT_COLUMNS = ("id", "name", "grade", "teacher_id", "created_at", "updated_at")
ENTRY_COLUMNS = (
    "id",
    "student_id",
    "teacher_id",
    "entry_type",
    "entry_date",
    "content",
    "source_kind",
    "source_ref",
    "file_name",
    "metadata",
    "status",
    "attempts",
    "dropped_items",
    "created_at",
    "assessed_at",
)
ASSESSMENT_COLUMNS = (
    "id",
    "entry_id",
    "student_id",
    "skill",
    "category",
    "level",
    "confidence",
    "evidence_quote",
    "justification",
    "model",
    "rubric_version",
    "observed_on",
    "review_state",
    "reviewed_by",
    "reviewed_at",
    "created_at",
)

ROSTER_CREATED = datetime(2025, 8, 1, 12, 0, tzinfo=UTC)


def teacher_rows(sizes: Sizes) -> Iterator[tuple[Any, ...]]:
    for n in range(1, sizes.teachers + 1):
        tid = teacher_id(n)
        yield (
            tid,
            f"Teacher {n:04d}",
            f"{tid.lower()}@bench.example",
            f"UBENCH{n:06d}",
            ROSTER_CREATED,
            ROSTER_CREATED,
        )


def student_rows(sizes: Sizes, rng: random.Random) -> Iterator[tuple[Any, ...]]:
    for n in range(1, sizes.students + 1):
        yield (
            student_id(n),
            f"Student {n:05d}",
            rng.randint(6, 8),
            teacher_id(teacher_of(n, sizes)),
            ROSTER_CREATED,
            ROSTER_CREATED,
        )


def school_days() -> list[date]:
    first, last = SCHOOL_YEAR
    days = (first + timedelta(days=i) for i in range((last - first).days + 1))
    return [day for day in days if day.weekday() < 5]


def plan_entries(sizes: Sizes, rng: random.Random) -> list[Entry]:
    """Every student's entries, numbered in the order they were filed across the district."""
    days = school_days()
    drafts = [
        (rng.choice(days), rng.random(), student, number, rng.choice(ENTRY_TYPES))
        for student in range(1, sizes.students + 1)
        for number in range(1, ENTRIES_PER_STUDENT + 1)
    ]
    drafts.sort()
    return [
        Entry(i, student, teacher_of(student, sizes), number, day, entry_type)
        for i, (day, _, student, number, entry_type) in enumerate(drafts, start=1)
    ]


def entry_content(entry: Entry) -> str:
    return (
        f"{entry.entry_type.label} {entry.number} by {student_id(entry.student)} on "
        f"{entry.entry_date}: we split the work, I asked for help when stuck and checked "
        "my plan against the goal before we presented."
    )


def entry_rows(entries: Iterable[Entry]) -> Iterator[tuple[Any, ...]]:
    for entry in entries:
        content = entry_content(entry)
        filed = _at(entry.entry_date, hour=16)
        yield (
            entry.id,
            student_id(entry.student),
            teacher_id(entry.teacher),
            entry.entry_type.value,
            entry.entry_date,
            content,
            "file",
            "sha256:" + hashlib.sha256(content.encode()).hexdigest(),
            f"{student_id(entry.student)}_{entry.entry_type.value}_{entry.entry_date}.md",
            "{}",
            "assessed",
            0,
            0,
            filed,
            filed + timedelta(minutes=2),
        )


def skills_per_entry(sizes: Sizes) -> Callable[[int], int]:
    """Spread the assessments evenly: the first `extra` entries get one skill more."""
    base, extra = divmod(sizes.assessments, sizes.entries)
    return lambda entry_id: base + (1 if entry_id <= extra else 0)


def assessment_rows(
    entries: Iterable[Entry], sizes: Sizes, rng: random.Random
) -> Iterator[tuple[Any, ...]]:
    count_for = skills_per_entry(sizes)
    assessment_id = 0
    for entry in entries:
        created = _at(entry.entry_date, hour=16, minute=5)
        for skill in rng.sample(SKILLS, count_for(entry.id)):
            assessment_id += 1
            level = rng.choice(LEVELS)
            state, reviewed_at = _review(rng, entry.entry_date)
            yield (
                assessment_id,
                entry.id,
                student_id(entry.student),
                skill.value,
                skill.category.value,
                level.value,
                round(rng.random(), 4),
                f"I made a list of what we still had to do and checked it off (entry {entry.id})",
                f"{level.value} on {skill.value}: the student names the step and acts on it "
                "without prompting, which matches the rubric descriptor for this level.",
                MODEL,
                RUBRIC_VERSION,
                entry.entry_date,
                state.value,
                None if reviewed_at is None else teacher_id(entry.teacher),
                reviewed_at,
                created,
            )


def _review(rng: random.Random, observed_on: date) -> tuple[ReviewState, datetime | None]:
    draw = rng.random()
    if draw < PENDING_SHARE:
        return ReviewState.PENDING, None
    corrected = draw < PENDING_SHARE + CORRECTED_SHARE
    state = ReviewState.CORRECTED if corrected else ReviewState.ACCEPTED
    return state, _at(observed_on + timedelta(days=rng.randint(1, 7)), hour=15)


def _at(day: date, *, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)
