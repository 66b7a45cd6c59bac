"""District-scale seed data for the benchmarks, loaded with PostgreSQL COPY.

The shape: `schools` schools, each with an even share of the `teachers` teachers (handles
`T0001`... unique in the district) and of the `students` students (handles `S0001`...
unique in their school). Keys are opaque, as a SIS's OneRoster `sourcedId`s are (UUIDs,
derived from the number so every run writes the same ones). Each school runs
PERIODS_PER_DAY periods; in each period most of its teachers teach one class and every
student sits in exactly one, so each student is enrolled in PERIODS_PER_DAY classes, each
with a different teacher, and a teacher teaches 5 or 6 classes of about CLASS_SIZE.
ENTRIES_PER_STUDENT data entries per student dated over the school year (Aug 2025 - Jun
2026, weekdays), each filed by one of the student's teachers, and `assessments`
assessments spread evenly over the entries, each entry's on distinct skills. About 30% of
assessments are pending review; the rest were accepted or corrected by the entry's teacher.

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
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import cache
from itertools import islice
from typing import Any, NamedTuple

from sqlalchemy import Engine, make_url, text

from domain.curriculum import EntryType, Level, Skill
from domain.db import make_engine
from domain.models import Base, ReviewState
from domain.standings import rebuild_standings

SEED = 20261123
ENTRIES_PER_STUDENT = 10
PENDING_SHARE = 0.30
CORRECTED_SHARE = 0.15
SCHOOL_YEAR = (date(2025, 8, 1), date(2026, 6, 30))
CHUNK_ROWS = 100_000
MODEL = "bench"
RUBRIC_VERSION = "1.0"
# A secondary school's day: each student in one class per period, each with its own teacher.
PERIODS_PER_DAY = 6
CLASS_SIZE = 24
# uuid5 of a fixed namespace: opaque like a SIS's sourcedIds, the same on every run.
KEY_NAMESPACE = uuid.UUID("6f1d3c1e-5b0a-4c59-9a43-2f7f1a0b2c11")

SKILLS = list(Skill)
LEVELS = list(Level)
ENTRY_TYPES = list(EntryType)


@dataclass(frozen=True)
class Sizes:
    teachers: int
    students: int
    assessments: int
    schools: int = 10

    @property
    def entries(self) -> int:
        return self.students * ENTRIES_PER_STUDENT

    def validate(self) -> None:
        if self.teachers > 9999:
            raise ValueError("teacher handles are T + 4 digits: at most 9999 teachers")
        if not 0 < self.schools <= self.teachers:
            raise ValueError("need at least one school and no more schools than teachers")
        if self.teachers // self.schools < PERIODS_PER_DAY:
            raise ValueError(
                f"each school needs {PERIODS_PER_DAY} teachers or more: a student's "
                f"{PERIODS_PER_DAY} classes each have a different teacher"
            )
        if -(-self.students // self.schools) > 999_999:
            raise ValueError("student handles are S + at most 6 digits per school")
        if not self.teachers <= self.students:
            raise ValueError("no more teachers than students")
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


class PlannedClass(NamedTuple):
    number: int
    school: int
    teacher: int
    period: int


@dataclass(frozen=True)
class Roster:
    """Who teaches which class and who sits in it; numbers, not keys (see *_key)."""

    classes: list[PlannedClass]
    # class number -> its students' numbers
    members: dict[int, list[int]]
    # student number -> the numbers of their teachers, one per period
    teachers_of: dict[int, list[int]]


def _key(kind: str, n: int) -> str:
    return str(uuid.uuid5(KEY_NAMESPACE, f"{kind}/{n}"))


def school_key(n: int) -> str:
    return _key("school", n)


def class_key(n: int) -> str:
    return _key("class", n)


@cache
def teacher_key(n: int) -> str:
    return _key("teacher", n)


@cache
def student_key(n: int) -> str:
    return _key("student", n)


def teacher_handle(n: int) -> str:
    return f"T{n:04d}"


def _split(total: int, parts: int) -> list[range]:
    """1..total in `parts` contiguous runs whose sizes differ by at most one."""
    base, extra = divmod(total, parts)
    runs, first = [], 1
    for i in range(parts):
        size = base + (1 if i < extra else 0)
        runs.append(range(first, first + size))
        first += size
    return runs


def _school_members(sizes: Sizes) -> list[tuple[range, range]]:
    """Per school: its teachers' numbers and its students' numbers."""
    return list(
        zip(
            _split(sizes.teachers, sizes.schools),
            _split(sizes.students, sizes.schools),
            strict=True,
        )
    )


def student_handle(n: int, sizes: Sizes) -> str:
    """`S0001`... counted within the student's school: unique there, not in the district."""
    return _handles(sizes)[n]


def _period_classes(teachers: int, students: int) -> list[list[int]]:
    """Per period, which of the school's teachers (0-based) teach: as many as classes of
    about CLASS_SIZE need, the free period rotating so each teaches 5 or 6 classes."""
    per_period = min(teachers, max(1, round(students / CLASS_SIZE)))
    free = teachers - per_period
    return [
        [(period * free + i) % teachers for i in range(per_period)]
        for period in range(PERIODS_PER_DAY)
    ]


def plan_roster(sizes: Sizes, rng: random.Random) -> Roster:
    """Each period, deal the school's students at random into that period's classes, then
    swap students between classes until nobody has the same teacher twice."""
    classes: list[PlannedClass] = []
    members: dict[int, list[int]] = {}
    teachers_of: dict[int, list[int]] = {}
    for school, (teachers, students) in enumerate(_school_members(sizes), start=1):
        pupils = list(students)
        for pupil in pupils:
            teachers_of[pupil] = []
        for period, teaching in enumerate(_period_classes(len(teachers), len(students))):
            order = pupils[:]
            rng.shuffle(order)
            seat = {pupil: i % len(teaching) for i, pupil in enumerate(order)}
            teacher_at = [teachers[t] for t in teaching]

            def clash(pupil: int, slot: int, teacher_at: list[int] = teacher_at) -> bool:
                return teacher_at[slot] in teachers_of[pupil]

            for pupil in order:
                tries = 0
                while clash(pupil, seat[pupil]):
                    other = rng.choice(order)
                    mine, theirs = seat[pupil], seat[other]
                    if not clash(pupil, theirs) and not clash(other, mine):
                        seat[pupil], seat[other] = theirs, mine
                    tries += 1
                    if tries > 100_000:
                        raise RuntimeError("no schedule without a repeated teacher")
            for slot, teacher in enumerate(teacher_at):
                number = len(classes) + 1
                classes.append(PlannedClass(number, school, teacher, period + 1))
                members[number] = sorted(p for p in order if seat[p] == slot)
            for pupil in order:
                teachers_of[pupil].append(teacher_at[seat[pupil]])
    return Roster(classes, members, teachers_of)


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
    """Fail early, and clearly, if the schema refuses the bench's keys or handles.

    Checks and column lengths apply before ON CONFLICT, so this probes a seeded database too.
    """
    probe = Sizes(teachers=PERIODS_PER_DAY, students=PERIODS_PER_DAY, assessments=60, schools=1)
    with engine.connect() as connection:
        transaction = connection.begin()
        try:
            connection.execute(
                text(
                    "INSERT INTO schools (id, name, org_type, active, created_at, updated_at) "
                    "VALUES (:k, 'Probe', 'school', true, now(), now()) ON CONFLICT DO NOTHING"
                ),
                {"k": school_key(1)},
            )
            connection.execute(
                text(
                    "INSERT INTO teachers (id, handle, name, role, active, created_at, "
                    "updated_at) VALUES (:t, :h, 'Probe', 'teacher', true, now(), now()) "
                    "ON CONFLICT DO NOTHING"
                ),
                {"t": teacher_key(1), "h": teacher_handle(9999)},
            )
            connection.execute(
                text(
                    "INSERT INTO students (id, handle, school_id, name, grade, active, "
                    "created_at, updated_at) VALUES (:s, :h, :k, 'Probe', 7, true, now(), now()) "
                    "ON CONFLICT DO NOTHING"
                ),
                {"s": student_key(1), "h": student_handle(1, probe), "k": school_key(1)},
            )
        except Exception as error:
            raise SystemExit(
                f"the schema refuses the bench keys / handles {teacher_key(1)} "
                f"{teacher_handle(9999)} / {student_handle(1, probe)}: "
                f"{getattr(error, 'orig', error)}".strip()
            ) from error
        finally:
            transaction.rollback()


COUNTED = (
    "schools",
    "teachers",
    "students",
    "classes",
    "enrollments",
    "data_entries",
    "assessments",
)


def row_counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as connection:
        return {
            table: connection.scalar(text(f"SELECT count(*) FROM {table}")) or 0
            for table in COUNTED
        }


def expected_counts(sizes: Sizes) -> dict[str, int]:
    classes = sum(
        len(teaching)
        for t, s in _school_members(sizes)
        for teaching in _period_classes(len(t), len(s))
    )
    return {
        "schools": sizes.schools,
        "teachers": sizes.teachers,
        "students": sizes.students,
        "classes": classes,
        "enrollments": sizes.students * PERIODS_PER_DAY + classes,
        "data_entries": sizes.entries,
        "assessments": sizes.assessments,
    }


def is_seeded(engine: Engine, sizes: Sizes) -> bool:
    return row_counts(engine) == expected_counts(sizes)


def seed(engine: Engine, sizes: Sizes, *, rng_seed: int = SEED) -> float:
    """Truncate every table and load the district; returns the seconds taken."""
    sizes.validate()
    rng = random.Random(rng_seed)
    started = time.perf_counter()
    roster = plan_roster(sizes, rng)
    print(f"  planned {len(roster.classes):,} classes in {time.perf_counter() - started:.1f} s")
    with engine.connect() as connection:
        # psycopg2's own cursor for COPY, in the transaction the rebuild below shares.
        cursor = connection.connection.cursor()
        tables = ", ".join(table.name for table in Base.metadata.sorted_tables)
        cursor.execute(f"TRUNCATE {tables} RESTART IDENTITY")
        entries = plan_entries(sizes, roster, rng)
        enrollments = len(roster.classes) + sum(len(m) for m in roster.members.values())
        _copy(cursor, "schools", SCHOOL_COLUMNS, school_rows(sizes), sizes.schools)
        _copy(cursor, "teachers", TEACHER_COLUMNS, teacher_rows(sizes), sizes.teachers)
        _copy(cursor, "students", STUDENT_COLUMNS, student_rows(sizes, rng), sizes.students)
        _copy(cursor, "classes", CLASS_COLUMNS, class_rows(roster), len(roster.classes))
        _copy(cursor, "enrollments", ENROLLMENT_COLUMNS, enrollment_rows(roster), enrollments)
        _copy(cursor, "data_entries", ENTRY_COLUMNS, entry_rows(entries, sizes), len(entries))
        # The standings trigger would recompute a student's row a million times over;
        # off for the load (USER: the foreign keys' own triggers stay on), then every
        # row computed once, set-based, before the commit.
        cursor.execute("ALTER TABLE assessments DISABLE TRIGGER USER")
        _copy(
            cursor,
            "assessments",
            ASSESSMENT_COLUMNS,
            assessment_rows(entries, sizes, rng),
            sizes.assessments,
        )
        cursor.execute("ALTER TABLE assessments ENABLE TRIGGER USER")
        rebuild_standings(connection)
        for table in ("data_entries", "assessments"):
            cursor.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT max(id) FROM {table}))"
            )
        # Leaving the block without this commit (an error) rolls everything back.
        connection.commit()
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

SCHOOL_COLUMNS = ("id", "name", "org_type", "active", "created_at", "updated_at")
TEACHER_COLUMNS = (
    "id",
    "handle",
    "name",
    "email",
    "slack_user_id",
    "role",
    "active",
    "created_at",
    "updated_at",
)
STUDENT_COLUMNS = (
    "id",
    "handle",
    "school_id",
    "name",
    "grade",
    "active",
    "created_at",
    "updated_at",
)
CLASS_COLUMNS = (
    "id",
    "school_id",
    "title",
    "class_code",
    "class_type",
    "session_ids",
    "active",
    "created_at",
    "updated_at",
)
ENROLLMENT_COLUMNS = (
    "id",
    "class_id",
    "role",
    "student_id",
    "teacher_id",
    "is_primary",
    "active",
    "created_at",
    "updated_at",
)
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


def school_rows(sizes: Sizes) -> Iterator[tuple[Any, ...]]:
    for n in range(1, sizes.schools + 1):
        yield (school_key(n), f"School {n:02d}", "school", True, ROSTER_CREATED, ROSTER_CREATED)


def teacher_rows(sizes: Sizes) -> Iterator[tuple[Any, ...]]:
    for n in range(1, sizes.teachers + 1):
        handle = teacher_handle(n)
        yield (
            teacher_key(n),
            handle,
            f"Teacher {n:04d}",
            f"{handle.lower()}@bench.example",
            f"UBENCH{n:06d}",
            "teacher",
            True,
            ROSTER_CREATED,
            ROSTER_CREATED,
        )


def student_rows(sizes: Sizes, rng: random.Random) -> Iterator[tuple[Any, ...]]:
    for school, (_, students) in enumerate(_school_members(sizes), start=1):
        for local, n in enumerate(students, start=1):
            yield (
                student_key(n),
                f"S{local:04d}",
                school_key(school),
                f"Student {n:05d}",
                rng.randint(6, 8),
                True,
                ROSTER_CREATED,
                ROSTER_CREATED,
            )


def class_rows(roster: Roster) -> Iterator[tuple[Any, ...]]:
    for c in roster.classes:
        yield (
            class_key(c.number),
            school_key(c.school),
            f"Period {c.period} ({teacher_handle(c.teacher)})",
            f"P{c.period}-{teacher_handle(c.teacher)}",
            "scheduled",
            "[]",
            True,
            ROSTER_CREATED,
            ROSTER_CREATED,
        )


def enrollment_rows(roster: Roster) -> Iterator[tuple[Any, ...]]:
    """The class's teacher (its primary) and then its students, with opaque keys."""
    for c in roster.classes:
        key = class_key(c.number)
        yield (
            _key("enrollment", c.number * 1000),
            key,
            "teacher",
            None,
            teacher_key(c.teacher),
            True,
            True,
            ROSTER_CREATED,
            ROSTER_CREATED,
        )
        for seat, student in enumerate(roster.members[c.number], start=1):
            yield (
                _key("enrollment", c.number * 1000 + seat),
                key,
                "student",
                student_key(student),
                None,
                False,
                True,
                ROSTER_CREATED,
                ROSTER_CREATED,
            )


def school_days() -> list[date]:
    first, last = SCHOOL_YEAR
    days = (first + timedelta(days=i) for i in range((last - first).days + 1))
    return [day for day in days if day.weekday() < 5]


def plan_entries(sizes: Sizes, roster: Roster, rng: random.Random) -> list[Entry]:
    """Every student's entries, numbered in the order they were filed across the district,
    each filed by one of the student's teachers."""
    days = school_days()
    drafts = [
        (
            rng.choice(days),
            rng.random(),
            student,
            number,
            rng.choice(ENTRY_TYPES),
            rng.choice(roster.teachers_of[student]),
        )
        for student in range(1, sizes.students + 1)
        for number in range(1, ENTRIES_PER_STUDENT + 1)
    ]
    drafts.sort()
    return [
        Entry(i, student, teacher, number, day, entry_type)
        for i, (day, _, student, number, entry_type, teacher) in enumerate(drafts, start=1)
    ]


@cache
def _handles(sizes: Sizes) -> dict[int, str]:
    return {
        n: f"S{local:04d}"
        for _, students in _school_members(sizes)
        for local, n in enumerate(students, start=1)
    }


def entry_content(entry: Entry, handle: str) -> str:
    return (
        f"{entry.entry_type.label} {entry.number} by {handle} on "
        f"{entry.entry_date}: we split the work, I asked for help when stuck and checked "
        "my plan against the goal before we presented."
    )


def entry_rows(entries: Iterable[Entry], sizes: Sizes) -> Iterator[tuple[Any, ...]]:
    handles = _handles(sizes)
    for entry in entries:
        handle = handles[entry.student]
        content = entry_content(entry, handle)
        filed = _at(entry.entry_date, hour=16)
        yield (
            entry.id,
            student_key(entry.student),
            teacher_key(entry.teacher),
            entry.entry_type.value,
            entry.entry_date,
            content,
            "file",
            "sha256:" + hashlib.sha256(content.encode()).hexdigest(),
            f"{handle}_{entry.entry_type.value}_{entry.entry_date}.md",
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
                student_key(entry.student),
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
                None if reviewed_at is None else teacher_key(entry.teacher),
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
