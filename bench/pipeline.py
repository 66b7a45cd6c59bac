"""Throughput and per-entry overhead of the assessment pipeline, with an instant model.

Run: `.venv/bin/python -m bench.pipeline [--url URL] [--entries 400] [--workers 1 4]
[--history 150] [--sample 100] [--gc-freeze]`.

Method:

1. The target PostgreSQL database (default `flourish_bench_pipeline`) is created if missing
   and built by the Alembic migrations alone (`migrations.upgrade`). Before each measured
   run every table is truncated (`RESTART IDENTITY`), so each run starts from the same state.
2. Each run seeds a roster (2 teachers, 6 students each) with `domain.roster.import_roster`,
   then a reviewed history: `--history` entries are filed, assessed through the pipeline
   (untimed: this also warms the connection pools) and marked reviewed by the teacher, one
   assessment in four as a correction with the teacher's reasons. So `select_examples` finds
   6 worked examples per entry, as it would for a teacher who has been reviewing for a while.
3. `--entries` distinct entries are filed with `domain.ingest.ingest_document`, one document
   per transaction, as the CLI files them: single-student reflection journals of 150-300
   words, and 2-student group-discussion / peer-tutoring transcripts (one entry per student,
   whose own turns are what is assessed), then `ANALYZE`. The texts are generated from
   sentence banks with a fixed seed, so every run files the same documents.
4. The drain is timed: `drain_in_parallel(sessions, OpenAIAssessor(openai.OpenAI(base_url=
   fake.base_url, api_key="x", max_retries=0), "bench-model"), workers=W,
   policy=QueuePolicy())` against `tests.fakes.openai_server.FakeOpenAI`, a local HTTP
   server speaking chat completions in this process. Its responder answers at once with a
   valid answer of 3 items (distinct skills) quoting three sentences of the student's words
   from the request, with token log-probabilities (about 4 characters per token) as the real
   API returns them, so quote mapping, validation, confidence and the writes of the 3
   assessments all really happen. Per-entry wall time is read from the `on_progress`
   callback (time between two entries finished by the same worker thread). Python's garbage
   collections during the drain are timed through `gc.callbacks`; `--gc-freeze` calls
   `gc.freeze()` once after start-up, to see what full collections cost.
5. After each run the database is checked: every entry `assessed`, with exactly 3
   assessments and nothing dropped; anything else aborts the benchmark.
6. The pieces of one entry are timed apart on `--sample` further entries, one at a time, by
   calling the functions `domain.worker.process_one` calls, in its order, without touching
   domain code: the claim transaction (`claim`), building the request (`select_examples`
   and `roster_names` in one session), `OpenAIAssessor.assess` with the HTTP call
   (`chat.completions.create`) timed inside it by a thin wrapper around the client,
   `validate_items`, and the complete transaction (`complete`). A `before/after_cursor_
   execute` listener counts each step's statements and the time spent in the driver's
   execute. Apart from the total, the same recorded requests are sent again with a bare
   `http.client` POST (a new connection each, like the client's to this HTTP/1.0 server):
   the floor under the HTTP call, so the rest of it is the `openai` client's own work.
   The pieces phase starts from a fresh state too (truncate, roster, history); its entries
   come from another seed.
7. Prompt sizes come from the requests the fake server recorded during the runs: the system
   message, the user message as sent (with its 6 worked examples) and the same message with
   the `<validated_examples>` block cut out. Tokens are estimated as characters / 4.
8. A markdown block for BENCHMARKS.md closes the output. The goal is a pipeline overhead
   (mean wall time per entry with an instant model) under 20 ms.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import http.client
import json
import math
import os
import platform
import random
import re
import statistics
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from importlib import metadata
from types import SimpleNamespace
from typing import Any, cast
from urllib.parse import urlsplit

import openai
from sqlalchemy import Engine, event, func, select, text
from sqlalchemy.orm import Session, sessionmaker

import migrations
from bench.seed import ensure_database
from bench.stats import Summary
from domain import worker
from domain.assessors.openai_assessor import OpenAIAssessor
from domain.assessors.prompt import EXAMPLES_TAG, response_schema
from domain.curriculum import Level, Skill, rubric
from domain.db import make_engine, session_factory, unit_of_work
from domain.examples import MAX_EXAMPLES
from domain.ingest import ingest_document
from domain.models import (
    Assessment,
    Base,
    DataEntry,
    EntryStatus,
    ReviewState,
    TeacherCorrection,
)
from domain.queue import QueuePolicy, claim, complete
from domain.roster import RosterFile, import_roster
from domain.validation import validate_items
from domain.worker import build_request, drain_in_parallel, worker_name
from tests.fakes.openai_server import FakeOpenAI, Recorded, Reply, completion, student_words

DEFAULT_URL = "postgresql+psycopg2://postgres@127.0.0.1:5432/flourish_bench_pipeline"
GOAL_MS = 20.0
SEED = 20261123
MODEL = "bench-model"
ITEMS_PER_ANSWER = 3
CHARS_PER_TOKEN = 4
TODAY = date(2025, 11, 3)

# --- Roster ------------------------------------------------------------------------------

TEACHERS = {"T001": "Ms. Rodriguez", "T002": "Mr. Thompson"}
CLASSES = {
    "T001": ["Eva", "Lucas", "Amara", "Diego", "Priya", "Noah"],
    "T002": ["Pat", "Mia", "Eli", "Sofia", "Kenji", "Zoe"],
}


@dataclass(frozen=True)
class Pupil:
    id: str
    name: str
    teacher_id: str


def roster() -> list[Pupil]:
    pupils: list[Pupil] = []
    for teacher_id, names in CLASSES.items():
        for name in names:
            pupils.append(Pupil(f"S{len(pupils) + 1:03d}", name, teacher_id))
    return pupils


def roster_files() -> list[RosterFile]:
    teachers = "id,name,email,slack_user_id\n" + "".join(
        f"{tid},{name},{name.split()[-1].lower()}@school.example,\n"
        for tid, name in TEACHERS.items()
    )
    students = "id,name,grade,teacher_id\n" + "".join(
        f"{p.id},{p.name},7,{p.teacher_id}\n" for p in roster()
    )
    return [RosterFile("teachers.csv", teachers), RosterFile("students.csv", students)]


# --- Deterministic documents -------------------------------------------------------------

PROJECTS = [
    "water filter project",
    "solar oven build",
    "podcast on local history",
    "recycling survey",
    "bridge design challenge",
    "school garden plan",
    "museum exhibit poster",
    "ratio recipe book",
    "debate on school uniforms",
    "community map",
    "weather station",
    "short film about kindness",
]
SUBJECTS = ["math", "science", "history", "ELA", "art", "Spanish"]
FEELINGS = ["nervous", "proud", "frustrated", "excited", "confused", "calm", "annoyed", "relieved"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]

REFLECTION_PROMPTS = [
    "Think about a moment this week when you felt something strongly.",
    "What went well in your group this week, and what would you change?",
    "Describe a time you got stuck and what you did next.",
    "How did you plan your time for the {project}?",
    "What is one thing you learned about how you work with others?",
]
REFLECTION_BANKS: list[list[str]] = [
    [
        "This week we worked on the {project} in {subject}.",
        "On {day} my group had to finish the first draft of the {project}.",
        "We only had two class periods left for the {project}, and we were behind.",
        "In {subject} we started a new unit, and the first assignment was harder than I expected.",
        "Our group got the {project} back with comments from {teacher}.",
        "I was absent on {day}, so I had to catch up on the {project} by myself.",
    ],
    [
        "I felt {feeling} when {peer} said our plan would not work.",
        "Honestly I was {feeling} most of the week because I did not know where to start.",
        "When I finally understood the problem I felt {feeling} and kind of surprised.",
        "My stomach hurt before I presented, but I took a deep breath and started anyway.",
        "I noticed that I get {feeling} when people talk over me, and then I stop talking.",
        "I was {feeling} at first, but it went away once I had a list of steps.",
    ],
    [
        "I made a checklist with {n} steps and crossed each one off when it was done.",
        "Instead of waiting for {peer}, I started the part I could do on my own.",
        "I wrote the due date in my planner and set a reminder for the night before.",
        "When I got stuck, I reread the directions and underlined what the question was asking.",
        "I asked {teacher} for help after trying two different ways by myself.",
        "I tried a new way of taking notes, with questions on the left and answers on the right.",
        "I looked up three sources and checked which one was the most recent.",
        "I split the big task into smaller parts so it did not feel so huge.",
    ],
    [
        "{peer} had a different idea than me, so we tested both and kept the one that worked.",
        "I listened to {peer} explain their part before I said what I thought.",
        "I helped {peer} with the measurements because they were absent on {day}.",
        "At first I wanted to do everything myself, but {peer} was really good at the drawings.",
        "When {peer} was quiet, I asked what they thought, and their idea was actually the "
        "best one.",
        "We argued about the title for ten minutes, which was kind of a waste of time.",
    ],
    [
        "Next week I want to start the homework the same day it is assigned.",
        "My goal is to speak up at least once in every group discussion.",
        "Next time I will check my work before I say I am done.",
        "I want to ask for help sooner instead of waiting until the night before.",
        "I am going to keep using the checklist because it helped me stay on track.",
        "Something I still need to work on is not interrupting when I get excited.",
    ],
]
TRANSCRIPT_OPENERS = {
    "group-discussion": [
        "Today's question: how should we split the work for the {project}? Take a minute, "
        "then share.",
        "Let's check in on the {project}. What is done and what is still missing?",
        "Your group has to choose one design for the {project} by Friday. Talk it through.",
    ],
    "peer-tutoring": [
        "{a}, you are helping {b} with the {subject} review. {b}, pick the problem you want "
        "to start with.",
        "{a} and {b}, work through the {subject} practice set together. Take turns explaining.",
    ],
}
TURNS = [
    "I think we should start with the part that takes the longest.",
    "Wait, can I finish my idea first?",
    "I already did the research, so I can write the introduction tonight.",
    "{other}, what do you think we should do about the graph?",
    "That's a good point, I didn't think about the cost.",
    "Maybe we could try it both ways and see which one works better.",
    "I got confused by the directions, so I wrote down the question in my own words.",
    "Okay, so the first step is to measure everything twice.",
    "I'm kind of {feeling} because we keep changing the plan.",
    "Let's make a list of who is doing what and when it's due.",
    "I can check the sources, but I need someone to help with the slides.",
    "Sorry, I interrupted you. Go ahead.",
    "What if we asked people in other classes what they think?",
    "I tried it on the spreadsheet and the numbers don't match.",
    "We should write the due date on the board so nobody forgets.",
    "I don't agree, because the instructions say we need three examples.",
    "Can you explain how you got that answer?",
    "My idea is to use the photos from the field trip for the {project}.",
    "I'll start the draft now instead of waiting for tomorrow.",
    "I think {other} is right, the second design is stronger.",
    "Hold on, let me check my notes from {day} before we decide.",
    "If we finish the {subject} part today, we have two days left for the rest.",
    "I like that idea, but how would we test it?",
    "You did that one without me, so now try the next one on your own.",
]
FOLLOW_UPS = [
    "{x}, can you say back what {y} just suggested?",
    "How will you check that the plan works?",
    "Good. Who is doing what by {day}?",
    "{x}, what do you think about that?",
]


@dataclass(frozen=True)
class Document:
    file_name: str
    data: bytes
    teacher_id: str
    students: int


def _fill(template: str, rng: random.Random, **slots: str) -> str:
    values = {
        "project": rng.choice(PROJECTS),
        "subject": rng.choice(SUBJECTS),
        "feeling": rng.choice(FEELINGS),
        "day": rng.choice(DAYS),
        "n": str(rng.randint(3, 9)),
    }
    values.update(slots)
    return template.format(**values)


def _school_day(rng: random.Random) -> date:
    day = date(2025, 8, 18) + timedelta(days=rng.randint(0, 74))
    return day if day.weekday() < 5 else day - timedelta(days=day.weekday() - 4)


def reflection(number: int, pupil: Pupil, pupils: list[Pupil], rng: random.Random) -> Document:
    """A reflection journal of 150-300 words, all of it the student's own words."""
    classmates = [p.name for p in pupils if p.teacher_id == pupil.teacher_id and p != pupil]
    slots = {"peer": rng.choice(classmates), "teacher": TEACHERS[pupil.teacher_id]}
    target = rng.randint(150, 270)
    pools = [rng.sample(bank, len(bank)) for bank in REFLECTION_BANKS]
    paragraphs: list[list[str]] = [[] for _ in pools]
    words = 0
    while words < target and any(pools):
        index = rng.randrange(len(pools))
        if not pools[index]:
            continue
        slots["peer"] = rng.choice(classmates)
        sentence = _fill(pools[index].pop(), rng, **slots)
        paragraphs[index].append(sentence)
        words += len(sentence.split())
    when = _school_day(rng)
    prompt = _fill(rng.choice(REFLECTION_PROMPTS), rng)
    body = "\n\n".join(" ".join(paragraph) for paragraph in paragraphs if paragraph)
    teacher = pupil.teacher_id
    content = (
        f"Student: {pupil.name} ({pupil.id})\nDate: {when.isoformat()}\n"
        f"Teacher: {TEACHERS[teacher]} ({teacher})\nType: Reflection journal\n---\n"
        f"Prompt: {prompt}\n\n{body}\n"
    )
    name = f"{pupil.id}_reflection_{when.isoformat()}_{number:05d}.md"
    return Document(name, content.encode(), teacher, 1)


def transcript(number: int, pair: Sequence[Pupil], rng: random.Random) -> Document:
    """A 2-student transcript with the teacher; each student says 80-140 words."""
    a, b = pair
    teacher_id = a.teacher_id
    teacher = TEACHERS[teacher_id]
    kind = rng.choice(["group-discussion", "peer-tutoring"])
    lines = [f"{teacher}: " + _fill(rng.choice(TRANSCRIPT_OPENERS[kind]), rng, a=a.name, b=b.name)]
    targets = {a.name: rng.randint(80, 140), b.name: rng.randint(80, 140)}
    pools = {p.name: rng.sample(TURNS, len(TURNS)) for p in pair}
    said = dict.fromkeys(targets, 0)
    speaker, other = a.name, b.name
    while any(said[n] < targets[n] for n in said) and any(pools.values()):
        if said[speaker] < targets[speaker] and pools[speaker]:
            count = min(rng.randint(1, 3), len(pools[speaker]))
            turn = " ".join(_fill(pools[speaker].pop(), rng, other=other) for _ in range(count))
            lines.append(f"{speaker}: {turn}")
            said[speaker] += len(turn.split())
        if rng.random() < 0.15:
            follow_up = _fill(rng.choice(FOLLOW_UPS), rng, x=other, y=speaker)
            lines.append(f"{teacher}: {follow_up}")
        speaker, other = other, speaker
    when = _school_day(rng)
    label = "Group discussion" if kind == "group-discussion" else "Peer tutoring"
    content = (
        f"Participants: {a.name} ({a.id}), {b.name} ({b.id}), {teacher} ({teacher_id})\n"
        f"Date: {when.isoformat()}\nTeacher: {teacher} ({teacher_id})\n"
        f"Type: {label} transcript\n---\n" + "\n".join(lines) + "\n"
    )
    name = f"{teacher_id}_{kind}_{when.isoformat()}_{number:05d}.txt"
    return Document(name, content.encode(), teacher_id, 2)


def documents(entries: int, salt: int) -> list[Document]:
    """Documents filing exactly `entries` entries: about half of them from transcripts."""
    rng = random.Random(SEED + salt)
    pupils = roster()
    docs: list[Document] = []
    filed = 0
    while filed < entries:
        number = len(docs) + 1
        if entries - filed >= 2 and number % 3 == 0:
            teacher_id = rng.choice(list(CLASSES))
            pair = rng.sample([p for p in pupils if p.teacher_id == teacher_id], 2)
            docs.append(transcript(number, pair, rng))
        else:
            docs.append(reflection(number, rng.choice(pupils), pupils, rng))
        filed += docs[-1].students
    return docs


# --- The instant model -------------------------------------------------------------------

SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
ANSWER_SKILLS = list(Skill)
LEVELS = list(Level)


def logprob_completion(answer: dict[str, Any]) -> dict[str, Any]:
    """A chat.completion with token log-probabilities, ~4 characters per token."""
    body = completion(answer, model=MODEL)
    content = body["choices"][0]["message"]["content"]
    tokens = [
        {
            "token": content[i : i + CHARS_PER_TOKEN],
            "logprob": -0.1,
            "bytes": None,
            "top_logprobs": [],
        }
        for i in range(0, len(content), CHARS_PER_TOKEN)
    ]
    body["choices"][0]["logprobs"] = {"content": tokens, "refusal": None}
    return body


def instant_answer(recorded: Recorded) -> Reply:
    """3 items on distinct skills, each quoting one sentence of the student's own words."""
    words = student_words(recorded)
    sentences = [s.strip() for s in SENTENCE_END.split(words) if len(s.split()) >= 4]
    if len(sentences) < ITEMS_PER_ANSWER:
        raise AssertionError(f"fewer than 3 quotable sentences in {words!r}")
    start = sum(map(ord, words)) % len(ANSWER_SKILLS)
    items = [
        {
            "skill": ANSWER_SKILLS[(start + 5 * k) % len(ANSWER_SKILLS)].value,
            "level": LEVELS[(start + k) % len(LEVELS)].value,
            "evidence_quote": sentences[k * (len(sentences) - 1) // 2],
            "justification": "The student describes what they did and is beginning to do it "
            "without being asked.",
        }
        for k in range(ITEMS_PER_ANSWER)
    ]
    return Reply(json=logprob_completion({"assessments": items}))


# --- Timing helpers ----------------------------------------------------------------------


class TimedCompletions:
    """`chat.completions` of a real client, timing each `create` call."""

    def __init__(self, real: Any, timings: list[float]) -> None:
        self._real = real
        self._timings = timings

    def create(self, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return self._real.create(**kwargs)
        finally:
            self._timings.append((time.perf_counter() - started) * 1000)


class TimedClient:
    def __init__(self, client: openai.OpenAI, timings: list[float]) -> None:
        self.chat = SimpleNamespace(completions=TimedCompletions(client.chat.completions, timings))


def make_client(fake: FakeOpenAI) -> openai.OpenAI:
    return openai.OpenAI(base_url=fake.base_url, api_key="x", max_retries=0)


# --- Database state ----------------------------------------------------------------------


def truncate(engine: Engine) -> None:
    tables = ", ".join(table.name for table in Base.metadata.sorted_tables)
    with engine.begin() as connection:
        connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))


def file_documents(sessions: sessionmaker[Session], docs: list[Document]) -> list[int]:
    """Each document in its own transaction, as the CLI and the bot file them."""
    ids: list[int] = []
    for doc in docs:
        with unit_of_work(sessions) as session:
            result = ingest_document(
                session,
                file_name=doc.file_name,
                data=doc.data,
                today=TODAY,
                teacher_id=doc.teacher_id,
            )
        if len(result.created) != doc.students:
            raise SystemExit(f"{doc.file_name}: filed {result.entries}, expected {doc.students}")
        ids += [entry.entry_id for entry in result.created]
    return ids


def mark_reviewed(sessions: sessionmaker[Session]) -> tuple[int, int]:
    """The history reviewed by each student's teacher: 1 in 4 corrected with reasons."""
    accepted = corrected = 0
    with unit_of_work(sessions) as session:
        rows = session.execute(
            select(Assessment, DataEntry.teacher_id)
            .join(DataEntry, DataEntry.id == Assessment.entry_id)
            .order_by(Assessment.id)
        ).all()
        for assessment, teacher_id in rows:
            assessment.reviewed_by = teacher_id
            assessment.reviewed_at = assessment.created_at + timedelta(days=1)
            if assessment.id % 4:
                assessment.review_state = ReviewState.ACCEPTED.value
                accepted += 1
                continue
            original = Level(assessment.level)
            new = LEVELS[(LEVELS.index(original) + 1) % len(LEVELS)]
            assessment.level = new.value
            assessment.review_state = ReviewState.CORRECTED.value
            session.add(
                TeacherCorrection(
                    assessment_id=assessment.id,
                    teacher_id=teacher_id,
                    original_level=original.value,
                    corrected_level=new.value,
                    justification="The quote shows the habit only with a reminder from me, "
                    "so it is not yet independent.",
                    notes_for_assessor="Count a skill as independent only when the student "
                    "does it without being prompted.",
                )
            )
            corrected += 1
    return accepted, corrected


def verify(sessions: sessionmaker[Session], expected: list[int]) -> None:
    """Every entry assessed, with exactly 3 assessments and nothing dropped; else abort."""
    with sessions() as session:
        statuses: dict[int, str] = {
            entry_id: status
            for entry_id, status in session.execute(
                select(DataEntry.id, DataEntry.status).where(DataEntry.id.in_(expected))
            )
        }
        counts: dict[int, int] = {
            entry_id: count
            for entry_id, count in session.execute(
                select(Assessment.entry_id, func.count())
                .where(Assessment.entry_id.in_(expected))
                .group_by(Assessment.entry_id)
            )
        }
        dropped = session.scalar(
            select(func.count()).where(DataEntry.id.in_(expected), DataEntry.dropped_items > 0)
        )
    problems = [
        f"entry {entry_id}: {statuses.get(entry_id)}, {counts.get(entry_id, 0)} assessments"
        for entry_id in expected
        if statuses.get(entry_id) != EntryStatus.ASSESSED.value
        or counts.get(entry_id, 0) != ITEMS_PER_ANSWER
    ]
    if problems or dropped:
        raise SystemExit(
            f"VERIFY FAILED: {len(problems)} entries wrong, {dropped} with dropped items:\n"
            + "\n".join(problems[:20])
        )
    print(f"verified: {len(expected)} entries assessed, {ITEMS_PER_ANSWER} assessments each")


@dataclass
class Prepared:
    entries: list[int]
    history_entries: int
    accepted: int
    corrected: int
    ingest_seconds: float


def prepare(
    engine: Engine,
    sessions: sessionmaker[Session],
    assessor: OpenAIAssessor,
    *,
    entries: int,
    history: int,
    salt: int,
) -> Prepared:
    """Truncate, roster, reviewed history (assessed untimed), then file the entries."""
    truncate(engine)
    with unit_of_work(sessions) as session:
        import_roster(session, roster_files())
    history_ids = file_documents(sessions, documents(history, salt=1_000_000))
    report = drain_in_parallel(sessions, assessor, workers=1, policy=QueuePolicy())
    if sorted(report.assessed) != sorted(history_ids):
        raise SystemExit(f"history was not assessed: {report}")
    accepted, corrected = mark_reviewed(sessions)
    started = time.perf_counter()
    ids = file_documents(sessions, documents(entries, salt=salt))
    ingest_seconds = time.perf_counter() - started
    with engine.begin() as connection:
        connection.execute(text("ANALYZE"))
    return Prepared(ids, len(history_ids), accepted, corrected, ingest_seconds)


# --- Measurements ------------------------------------------------------------------------


class GcMeter:
    """Python garbage collections while active: (generation, ms) each, from `gc.callbacks`."""

    def __init__(self) -> None:
        self.collections: list[tuple[int, float]] = []
        self._started = 0.0

    def __enter__(self) -> GcMeter:
        gc.callbacks.append(self._callback)
        return self

    def __exit__(self, *_: object) -> None:
        gc.callbacks.remove(self._callback)

    def _callback(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.collections.append(
                (info["generation"], (time.perf_counter() - self._started) * 1000)
            )

    @property
    def full(self) -> list[float]:
        return [ms for generation, ms in self.collections if generation == 2]

    @property
    def total_ms(self) -> float:
        return sum(ms for _, ms in self.collections)


@dataclass
class DrainResult:
    workers: int
    entries: int
    seconds: float
    per_entry: Summary
    ingest_seconds: float
    gc_full: list[float]
    gc_total_ms: float

    @property
    def rate(self) -> float:
        return self.entries / self.seconds

    @property
    def mean_ms(self) -> float:
        """Mean wall time per entry seen by one worker: workers x elapsed / entries."""
        return self.workers * self.seconds * 1000 / self.entries


def measure_drain(
    engine: Engine,
    sessions: sessionmaker[Session],
    fake: FakeOpenAI,
    *,
    workers: int,
    entries: int,
    history: int,
) -> DrainResult:
    assessor = OpenAIAssessor(make_client(fake), MODEL)
    prepared = prepare(engine, sessions, assessor, entries=entries, history=history, salt=0)
    print(
        f"\n== {workers} worker(s): {len(prepared.entries)} entries filed in "
        f"{prepared.ingest_seconds:.2f} s; history {prepared.history_entries} entries "
        f"({prepared.accepted} accepted, {prepared.corrected} corrected)",
        flush=True,
    )
    durations: list[float] = []
    last = threading.local()
    lock = threading.Lock()

    def progress() -> None:
        now = time.perf_counter()
        previous = getattr(last, "at", started)
        last.at = now
        with lock:
            durations.append((now - previous) * 1000)

    with GcMeter() as collections:
        started = time.perf_counter()
        report = drain_in_parallel(
            sessions, assessor, workers=workers, policy=QueuePolicy(), on_progress=progress
        )
        seconds = time.perf_counter() - started
    if report.failed or report.retrying or report.lost or len(report.assessed) != entries:
        raise SystemExit(f"drain did not assess everything: {report}")
    verify(sessions, prepared.entries)
    result = DrainResult(
        workers,
        entries,
        seconds,
        Summary.of(durations),
        prepared.ingest_seconds,
        collections.full,
        collections.total_ms,
    )
    print(
        f"{entries} entries in {seconds:.2f} s: {result.rate:.1f} entries/s; per entry "
        f"mean {result.mean_ms:.2f} ms, p50 {result.per_entry.p50:.2f}, "
        f"p95 {result.per_entry.p95:.2f}, max {result.per_entry.max:.2f} ms; "
        f"GC {result.gc_total_ms:.0f} ms in all, full collections (ms): "
        f"{[round(ms) for ms in result.gc_full]}"
    )
    return result


PIECES = (
    "claim txn",
    "build request",
    "  examples query",
    "  names query",
    "assess()",
    "  HTTP call (client create)",
    "  bare round trip (http.client)",
    "  assessor's own work",
    "validation",
    "complete txn",
    "total",
)


def bare_round_trips(fake: FakeOpenAI, count: int) -> list[float]:
    """The last `count` recorded requests sent again with http.client: the HTTP floor."""
    address = urlsplit(fake.base_url)
    payloads = [json.dumps(r.json).encode() for r in fake.requests[-count:]]
    timings: list[float] = []
    for payload in payloads:
        started = time.perf_counter()
        connection = http.client.HTTPConnection(address.hostname or "", address.port)
        connection.request(
            "POST",
            f"{address.path}/chat/completions",
            payload,
            {"Content-Type": "application/json"},
        )
        response = connection.getresponse()
        response.read()
        connection.close()
        timings.append((time.perf_counter() - started) * 1000)
        if response.status != 200:
            raise SystemExit(f"bare round trip: HTTP {response.status}")
    return timings


@contextlib.contextmanager
def timed_request_parts(meter: SqlMeter) -> Iterator[list[Any]]:
    """Marks around the two queries inside `worker.build_request`, so its one
    implementation is what is timed: [before examples, after examples, after names]."""
    marks: list[Any] = [None, None, None]
    original_examples, original_names = worker.select_examples, worker.roster_names

    def examples(*args: Any, **kwargs: Any) -> Any:
        marks[0] = meter.mark()
        try:
            return original_examples(*args, **kwargs)
        finally:
            marks[1] = meter.mark()

    def names(*args: Any, **kwargs: Any) -> Any:
        if marks[1] is None:  # no teacher: no examples were chosen
            marks[0] = marks[1] = meter.mark()
        try:
            return original_names(*args, **kwargs)
        finally:
            marks[2] = meter.mark()

    worker.select_examples, worker.roster_names = examples, names
    try:
        yield marks
    finally:
        worker.select_examples, worker.roster_names = original_examples, original_names


class SqlMeter:
    """Statements sent and time spent in the DBAPI cursor's execute, cumulative."""

    def __init__(self, engine: Engine) -> None:
        self.statements = 0
        self.seconds = 0.0
        self._engine = engine
        self._started = 0.0

    def __enter__(self) -> SqlMeter:
        event.listen(self._engine, "before_cursor_execute", self._before)
        event.listen(self._engine, "after_cursor_execute", self._after)
        return self

    def __exit__(self, *_: object) -> None:
        event.remove(self._engine, "before_cursor_execute", self._before)
        event.remove(self._engine, "after_cursor_execute", self._after)

    def _before(self, *_: Any) -> None:
        self._started = time.perf_counter()

    def _after(self, *_: Any) -> None:
        self.statements += 1
        self.seconds += time.perf_counter() - self._started

    def mark(self) -> tuple[float, int, float]:
        return time.perf_counter(), self.statements, self.seconds


@dataclass
class Piece:
    """One step's wall time, and the statements and execute time it spent in the driver."""

    wall: list[float] = field(default_factory=list)
    statements: list[int] = field(default_factory=list)
    sql: list[float] = field(default_factory=list)

    def add(self, start: tuple[float, int, float], end: tuple[float, int, float]) -> None:
        self.wall.append((end[0] - start[0]) * 1000)
        self.statements.append(end[1] - start[1])
        self.sql.append((end[2] - start[2]) * 1000)


@dataclass(frozen=True)
class PieceSummary:
    wall: Summary
    statements: float | None
    sql_ms: float | None


def measure_pieces(
    engine: Engine,
    sessions: sessionmaker[Session],
    fake: FakeOpenAI,
    *,
    sample: int,
    history: int,
) -> dict[str, PieceSummary]:
    """The steps of `process_one`, called in its order, each timed on its own."""
    http: list[float] = []
    assessor = OpenAIAssessor(cast(openai.OpenAI, TimedClient(make_client(fake), http)), MODEL)
    prepared = prepare(engine, sessions, assessor, entries=sample, history=history, salt=7)
    http.clear()
    print(f"\n== pieces, one entry at a time, on {len(prepared.entries)} entries", flush=True)
    policy = QueuePolicy()
    worker_id = worker_name(0)
    pieces = {piece: Piece() for piece in PIECES}
    version = rubric().version
    with SqlMeter(engine) as meter, timed_request_parts(meter) as inner_marks:
        while True:
            m0 = meter.mark()
            with unit_of_work(sessions) as session:
                claims = claim(session, worker_id, policy)
            m1 = meter.mark()
            if not claims:
                break
            taken = claims[0]
            with sessions() as session:
                request = build_request(session, taken)
            m2 = meter.mark()
            e0, e1, e2 = inner_marks
            inner_marks[:] = [None, None, None]
            output = assessor.assess(request)
            m3 = meter.mark()
            result = validate_items(output.items, taken.own_text)
            m4 = meter.mark()
            with unit_of_work(sessions) as session:
                stored = complete(
                    session,
                    taken,
                    result.items,
                    model=output.model,
                    rubric_version=version,
                    dropped=output.dropped + result.dropped,
                )
            m5 = meter.mark()
            if (
                not stored
                or len(result.items) != ITEMS_PER_ANSWER
                or (history > 0 and len(request.examples) != MAX_EXAMPLES)
            ):
                raise SystemExit(f"entry {taken.entry_id}: not stored as expected")
            for piece, start, end in (
                ("claim txn", m0, m1),
                ("build request", m1, m2),
                ("  examples query", e0, e1),
                ("  names query", e1, e2),
                ("assess()", m2, m3),
                ("validation", m3, m4),
                ("complete txn", m4, m5),
                ("total", m0, m5),
            ):
                pieces[piece].add(start, end)
            pieces["  assessor's own work"].wall.append(pieces["assess()"].wall[-1] - http[-1])
    pieces["  HTTP call (client create)"].wall = http
    pieces["  bare round trip (http.client)"].wall = bare_round_trips(fake, len(http))
    verify(sessions, prepared.entries)
    summaries = {
        name: PieceSummary(
            Summary.of(piece.wall),
            statistics.fmean(piece.statements) if piece.statements else None,
            statistics.fmean(piece.sql) if piece.sql else None,
        )
        for name, piece in pieces.items()
    }
    for name, s in summaries.items():
        sql = f"  {s.statements:4.1f} statements, {s.sql_ms:5.2f} ms in execute" if s.sql_ms else ""
        print(
            f"{name:<30} mean {s.wall.mean:6.2f}  p50 {s.wall.p50:6.2f}  "
            f"p95 {s.wall.p95:6.2f} ms{sql}"
        )
    return summaries


@dataclass
class PromptSizes:
    system_chars: int
    system_identical: bool
    requests: int
    user_with: list[int] = field(default_factory=list)
    user_without: list[int] = field(default_factory=list)
    examples_per_request: set[int] = field(default_factory=set)
    own_words: list[int] = field(default_factory=list)
    schema_chars: int = 0


EXAMPLES_BLOCK = re.compile(rf"\n\n<{EXAMPLES_TAG}>\n(.*?)\n</{EXAMPLES_TAG}>", re.DOTALL)


def prompt_sizes(recorded: list[Recorded]) -> PromptSizes:
    systems = {r.system_message for r in recorded}
    sizes = PromptSizes(
        system_chars=len(next(iter(systems))),
        system_identical=len(systems) == 1,
        requests=len(recorded),
        schema_chars=len(json.dumps(response_schema())),
    )
    for r in recorded:
        user = r.user_message
        block = EXAMPLES_BLOCK.search(user)
        sizes.examples_per_request.add(len(json.loads(block.group(1))) if block else 0)
        sizes.user_with.append(len(user))
        sizes.user_without.append(len(EXAMPLES_BLOCK.sub("", user, count=1)))
        sizes.own_words.append(len(student_words(r).split()))
    return sizes


# --- Report ------------------------------------------------------------------------------


def tokens(chars: float) -> int:
    return math.ceil(chars / CHARS_PER_TOKEN)


def machine_facts(engine: Engine) -> dict[str, str]:
    with engine.connect() as connection:
        version = connection.exec_driver_sql("SHOW server_version").scalar_one()
    cpu = "?"
    with open("/proc/cpuinfo", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo", encoding="utf-8") as handle:
        total_kb = int(handle.readline().split()[1])
    return {
        "CPU": f"{cpu}, {os.cpu_count()} cores",
        "memory": f"{total_kb / 1024**2:.1f} GiB",
        "PostgreSQL": version,
        "Python": platform.python_version(),
        "SQLAlchemy": metadata.version("sqlalchemy"),
        "psycopg2": metadata.version("psycopg2-binary"),
        "openai": metadata.version("openai"),
        "load average": " / ".join(f"{load:.2f}" for load in os.getloadavg()),
    }


def markdown(
    drains: list[DrainResult],
    pieces: dict[str, PieceSummary],
    sizes: PromptSizes,
    history: int,
    facts: dict[str, str],
) -> str:
    lines = [
        "| workers | entries | drain s | entries/s | mean ms per entry | p50 ms | p95 ms "
        f"| max ms | full GCs (max ms) | GC ms per entry | mean < {GOAL_MS:.0f} ms |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for d in drains:
        met = "yes" if d.mean_ms < GOAL_MS else "**no**"
        full = f"{len(d.gc_full)} ({max(d.gc_full):.0f})" if d.gc_full else "0"
        lines.append(
            f"| {d.workers} | {d.entries} | {d.seconds:.2f} | {d.rate:.1f} | {d.mean_ms:.2f} | "
            f"{d.per_entry.p50:.2f} | {d.per_entry.p95:.2f} | {d.per_entry.max:.2f} | {full} | "
            f"{d.gc_total_ms / d.entries:.2f} | {met} |"
        )
    ingest = drains[0]
    lines += [
        "",
        f"Filing (`ingest_document`, one transaction per document): {ingest.entries} entries "
        f"in {ingest.ingest_seconds:.2f} s ({ingest.entries / ingest.ingest_seconds:.0f} "
        f"entries/s). History before each run: {history} entries assessed and reviewed.",
        "",
    ]
    total = pieces["total"].wall.mean
    count = pieces["total"].wall.count
    lines += [
        f"Pieces, one entry at a time ({count} entries), ms. The bare round trip re-sends the "
        "same requests with http.client, apart (not part of the total). SQL: statements seen "
        "by SQLAlchemy's cursor events (not the pool's pre-ping, BEGIN or COMMIT) and time "
        "inside the driver's execute, per entry:",
        "",
        "| piece | mean | p50 | p95 | share of total | statements | SQL ms |",
        "|---|---|---|---|---|---|---|",
    ]
    for name in PIECES:
        s = pieces[name]
        label = f"↳ {name.strip()}" if name.startswith(" ") else name
        statements = f"{s.statements:.1f}" if s.statements is not None else ""
        sql = f"{s.sql_ms:.2f}" if s.sql_ms is not None else ""
        lines.append(
            f"| {label} | {s.wall.mean:.2f} | {s.wall.p50:.2f} | {s.wall.p95:.2f} | "
            f"{100 * s.wall.mean / total:.0f}% | {statements} | {sql} |"
        )

    def row(label: str, values: Sequence[int]) -> str:
        p50 = statistics.median(values)
        top = max(values)
        return f"| {label} | {p50:,.0f} | {top:,} | {tokens(p50):,} | {tokens(top):,} |"

    system = [sizes.system_chars]
    shown = "/".join(str(n) for n in sorted(sizes.examples_per_request))
    lines += [
        "",
        f"Prompt sizes over {sizes.requests} requests (tokens estimated as chars / "
        f"{CHARS_PER_TOKEN}); examples per request: {sorted(sizes.examples_per_request)}; "
        f"system prompt identical across requests: {sizes.system_identical}:",
        "",
        "| part | p50 chars | max chars | p50 tokens (est.) | max tokens (est.) |",
        "|---|---|---|---|---|",
        row("system prompt (same for every entry)", system),
        row("user message, no examples", sizes.user_without),
        row(f"user message as sent ({shown} examples)", sizes.user_with),
        row("system + user with examples", [sizes.system_chars + n for n in sizes.user_with]),
        row("response_format JSON schema", [sizes.schema_chars]),
        "",
        f"Student's own words per entry: p50 {statistics.median(sizes.own_words):.0f}, "
        f"min {min(sizes.own_words)}, max {max(sizes.own_words)} words.",
        "",
        ", ".join(f"{name} {value}" for name, value in facts.items()),
    ]
    return "\n".join(lines)


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Assessment pipeline with an instant model.")
    parser.add_argument("--url", default=DEFAULT_URL)
    parser.add_argument("--entries", type=int, default=400)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 4])
    parser.add_argument("--history", type=int, default=150, help="reviewed entries first")
    parser.add_argument("--sample", type=int, default=100, help="entries for the pieces")
    parser.add_argument(
        "--gc-freeze", action="store_true", help="gc.freeze() after start-up (experiment)"
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> None:
    args = parse_args(argv)
    ensure_database(args.url)
    migrations.upgrade(args.url)
    engine = make_engine(args.url)
    sessions = session_factory(engine)
    fake = FakeOpenAI()
    fake.responder = instant_answer
    fake.start()
    if args.gc_freeze:
        # What a worker process could do once it has started: move everything alive now
        # (modules, the openai client's models...) out of the collector's sight.
        gc.collect()
        gc.freeze()
        print(f"gc.freeze(): {gc.get_freeze_count()} objects frozen")
    try:
        drains: list[DrainResult] = []
        measured: list[Recorded] = []
        for workers in args.workers:
            fake.requests.clear()
            drains.append(
                measure_drain(
                    engine,
                    sessions,
                    fake,
                    workers=workers,
                    entries=args.entries,
                    history=args.history,
                )
            )
            measured = fake.requests[-args.entries :]
        sizes = prompt_sizes(measured)
        pieces = measure_pieces(engine, sessions, fake, sample=args.sample, history=args.history)
        facts = machine_facts(engine)
        facts["gc.freeze()"] = "yes" if args.gc_freeze else "no"
        block = markdown(drains, pieces, sizes, args.history, facts)
        print("\n---- markdown for BENCHMARKS.md ----\n" + block + "\n----")
    finally:
        fake.stop()
        engine.dispose()


if __name__ == "__main__":
    main()
