"""From a note's upload to its review message, while a bulk of other work is queued.

Run: `.venv/bin/python -m bench.upload_latency [--url URL] [--teachers 10]
[--bulk-per-teacher 20] [--notes 20] [--note-interval 6] [--model-seconds 3]
[--concurrency 4]`.

Method:

1. Database: a fresh SQLite file in a temporary directory, or `--url` (PostgreSQL: its
   `public` schema is dropped and rebuilt, so give it a database of its own), built by the
   migrations. Roster: `--teachers` teachers, each on Slack, with `--bulk-per-teacher`
   students.
2. The app, as `flourish serve --http` runs it, in this process: `create_bot` (the real
   assessment runner, `--concurrency` workers, the `openai` assessor) under waitress,
   its WebClient pointed at `tests.fakes.slack_server.FakeSlack` and its OpenAI client at
   `tests.fakes.openai_server.FakeOpenAI`, which answers every call after
   `--model-seconds` (a valid answer quoting the student's first sentence).
3. The bulk: each teacher's class-discussion transcript, filed once per speaking student
   (`ingest_document` with one Slack file id per teacher, as an upload of a transcript
   files it): `teachers x bulk-per-teacher` pending entries, committed together; then the
   runner is woken. t0 is that moment.
4. The notes: from t0 + 1 s, every `--note-interval` s, one teacher (in turn) shares a
   600-byte observation note with the bot: a signed `file_share` event to the app's
   `/slack/events`, which downloads the file from the fake, files it and wakes the runner.
   A note's latency runs from sending its event to the fake receiving its review message
   (`chat.postMessage` whose first block names the entry).
5. Each teacher's first review: from t0 to the first review message of their bulk.
6. The run ends when every entry's review has arrived. Model calls in flight are counted
   by the fake (the most at once is reported). Everything shares one process and so the
   GIL; a model call is a sleeping server thread, and the app's own work per entry is a
   few ms (`bench.pipeline`), small beside the 3 s.

Goals: a note's review p95 under 15 s; every teacher's first review within 30 s.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import openai
from sqlalchemy import select, text
from sqlalchemy.orm import Session, sessionmaker
from waitress.server import create_server

from bench.stats import Summary
from bot import ids
from bot.app import create_bot, web_client
from bot.payloads import EntryMessage
from bot.server import wsgi_app
from domain.assessors.openai_assessor import OpenAIAssessor
from domain.curriculum import EntryType
from domain.db import make_engine, session_factory, unit_of_work
from domain.ingest import ingest_document
from domain.models import DataEntry
from domain.roster import RosterFile, import_roster
from flourish.settings import Settings
from migrations import upgrade
from tests.fakes.openai_server import FakeOpenAI, Recorded, Reply, completion, first_sentence_answer
from tests.fakes.slack_requests import event_callback_body, file_share_message_event, post
from tests.fakes.slack_server import Call, FakeSlack

SECRET = "bench-signing-secret"
GOAL_NOTE_P95_SECONDS = 15.0
GOAL_FIRST_REVIEW_SECONDS = 30.0
TODAY = date(2026, 12, 1)
NOTE = (
    "Observation, science lab. {name} noticed the group had split the tasks unevenly and "
    "asked everyone to say what they had left to do. She wrote the list on the board, took "
    "the hardest part herself and checked back with each person ten minutes later. When "
    "one partner got stuck she explained the step again in her own words instead of doing "
    "it for him. At the end she said the plan had helped and that next time she would make "
    "it at the start. The group finished on time and each member could explain the result."
)


@dataclass
class Watch:
    """When each review message reached the fake, by entry id (perf_counter seconds)."""

    reviews: dict[int, float] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def on_call(self, call: Call) -> None:
        if call.method != "chat.postMessage":
            return
        blocks = call.params.get("blocks")
        if isinstance(blocks, str):  # a form-encoded call carries them as JSON
            blocks = json.loads(blocks)
        block_id = (blocks or [{}])[0].get("block_id", "")
        if not block_id.startswith(ids.MESSAGE_BLOCK_PREFIX):
            return  # the "filed" reply, not a review
        shown = EntryMessage.model_validate_json(block_id[len(ids.MESSAGE_BLOCK_PREFIX) :])
        with self.lock:
            self.reviews.setdefault(shown.entry, time.perf_counter())


@dataclass
class InFlight:
    now: int = 0
    most: int = 0
    calls: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


def slow_model(fake: FakeOpenAI, seconds: float, counter: InFlight) -> None:
    def respond(recorded: Recorded) -> Reply:
        with counter.lock:
            counter.now += 1
            counter.calls += 1
            counter.most = max(counter.most, counter.now)
        try:
            time.sleep(seconds)
            return Reply(json=completion(first_sentence_answer(recorded)))
        finally:
            with counter.lock:
                counter.now -= 1

    fake.responder = respond


def teacher_id(t: int) -> str:
    return f"T{t + 1:03d}"


def slack_user(t: int) -> str:
    return f"U0BENCH{t + 1:03d}"


def student_id(t: int, s: int) -> str:
    return f"S{(t + 1) * 100 + s + 1:04d}"


def student_name(t: int, s: int) -> str:
    return f"Learner{t + 1}x{s + 1}"


def seed_roster(sessions: sessionmaker[Session], teachers: int, students: int) -> None:
    teacher_rows = ["id,name,email,slack_user_id"] + [
        f"{teacher_id(t)},Teacher {t + 1},t{t + 1}@school.example,{slack_user(t)}"
        for t in range(teachers)
    ]
    student_rows = ["id,name,grade,teacher_id"] + [
        f"{student_id(t, s)},{student_name(t, s)},7,{teacher_id(t)}"
        for t in range(teachers)
        for s in range(students)
    ]
    with unit_of_work(sessions) as session:
        import_roster(
            session,
            [
                RosterFile("teachers.csv", "\n".join(teacher_rows) + "\n"),
                RosterFile("students.csv", "\n".join(student_rows) + "\n"),
            ],
        )


def queue_bulk(sessions: sessionmaker[Session], teachers: int, students: int) -> int:
    """Each teacher's transcript, filed once per speaking student, in one transaction."""
    filed = 0
    with unit_of_work(sessions) as session:
        for t in range(teachers):
            for s in range(students):
                words = (
                    f"Discussion {t + 1}, turn {s + 1}: I planned my part of the project and "
                    "kept to the plan. I asked my partner what was left and we split it."
                )
                result = ingest_document(
                    session,
                    entry_type=EntryType.REFLECTION_JOURNAL,
                    file_name=f"{student_id(t, s)}_reflection_2026-11-30.txt",
                    data=words.encode(),
                    today=TODAY,
                    teacher_id=teacher_id(t),
                    student_id=student_id(t, s),
                    slack_file_id=f"F0BULK{t + 1:03d}",
                    uploaded_by=slack_user(t),
                )
                filed += len(result.created)
    return filed


def fresh_database(url: str | None, directory: Path) -> str:
    if url is None:
        url = f"sqlite:///{directory / 'upload_latency.db'}"
    elif url.startswith("postgresql"):
        engine = make_engine(url)
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
        engine.dispose()
    upgrade(url)
    return url


@dataclass
class NoteSent:
    file_id: str
    teacher: int
    sent_at: float


def share_note(events_url: str, slack: FakeSlack, t: int, n: int) -> NoteSent:
    file_id = f"F0NOTE{n:04d}"
    body = NOTE.format(name=student_name(t, 0)).encode()[:600]
    hosted = slack.add_file(
        file_id,
        f"{student_id(t, 0)}_observation_2026-12-01.txt",  # the file name says who and what
        body,
        user=slack_user(t),
    )
    event = file_share_message_event(slack_user(t), slack.dm_channel_id(slack_user(t)), [hosted])
    sent_at = time.perf_counter()
    status, _, _ = post(events_url, event_callback_body(event), SECRET)
    if status != 200:
        raise SystemExit(f"the app answered {status} to a file share")
    return NoteSent(file_id, t, sent_at)


def run(args: argparse.Namespace) -> dict[str, Any]:
    with contextlib.ExitStack() as stack:
        directory = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        url = fresh_database(args.url, directory)
        engine = make_engine(url)
        stack.callback(engine.dispose)
        sessions = session_factory(engine)
        seed_roster(sessions, args.teachers, args.bulk_per_teacher)

        counter = InFlight()
        model = FakeOpenAI().start()
        stack.callback(model.stop)
        slow_model(model, args.model_seconds, counter)
        slack = stack.enter_context(FakeSlack())
        watch = Watch()
        slack.on_call = watch.on_call

        settings = Settings(
            database_url=url,
            slack_bot_token=slack.bot_token,
            slack_signing_secret=SECRET,
            slack_api_url=slack.api_url,
            flourish_assess_concurrency=args.concurrency,
        )
        client = openai.OpenAI(api_key="bench", base_url=model.base_url, timeout=60, max_retries=0)
        bot = create_bot(
            settings, sessions, OpenAIAssessor(client, "bench-model"), web_client(settings)
        )
        server = create_server(
            wsgi_app(bot.app, sessions, bot.signing_secret), host="127.0.0.1", port=0, threads=8
        )
        serving = threading.Thread(target=lambda: _serve(server), daemon=True)
        serving.start()
        stack.callback(bot.after_ack.shutdown)
        stack.callback(bot.assessments.stop)
        stack.callback(server.close)
        events_url = f"http://127.0.0.1:{server.effective_port}/slack/events"
        bot.assessments.start()

        bulk = queue_bulk(sessions, args.teachers, args.bulk_per_teacher)
        t0 = time.perf_counter()
        bot.assessments.wake()
        print(f"queued {bulk} entries for {args.teachers} teachers; sharing {args.notes} notes")

        notes: list[NoteSent] = []
        for n in range(args.notes):
            time.sleep(max(0.0, t0 + 1 + n * args.note_interval - time.perf_counter()))
            notes.append(share_note(events_url, slack, n % args.teachers, n))

        total = bulk + len(notes)
        deadline = time.perf_counter() + args.timeout
        while len(watch.reviews) < total and time.perf_counter() < deadline:
            time.sleep(0.1)
        drained = time.perf_counter() - t0
        if len(watch.reviews) < total:
            raise SystemExit(f"only {len(watch.reviews)} of {total} reviews in {args.timeout} s")

        with sessions() as session:
            entries = session.execute(
                select(DataEntry.id, DataEntry.teacher_id, DataEntry.source_ref)
            ).all()
        by_ref = {ref: entry_id for entry_id, _, ref in entries}
        note_seconds = [watch.reviews[by_ref[note.file_id]] - note.sent_at for note in notes]
        first_review: dict[str, float] = {}
        for entry_id, teacher, ref in entries:
            if ref.startswith("F0BULK") and teacher is not None:
                at = watch.reviews[entry_id] - t0
                first_review[teacher] = min(first_review.get(teacher, at), at)
        return {
            "url": url.split("://")[0],
            "bulk": bulk,
            "notes": note_seconds,
            "first_review": first_review,
            "drained": drained,
            "most_in_flight": counter.most,
            "calls": counter.calls,
        }


def _serve(server: Any) -> None:
    # Closing the server ends its select() with EBADF: that is how this loop stops.
    with contextlib.suppress(OSError):
        server.run()


def report(args: argparse.Namespace, result: dict[str, Any]) -> None:
    notes = Summary.of(result["notes"])
    firsts = result["first_review"]
    worst_first = max(firsts.values())
    print(
        f"\ndatabase: {result['url']}; {result['bulk']} bulk entries, {len(result['notes'])} notes"
    )
    print(
        f"model {args.model_seconds} s per call, concurrency {args.concurrency}: "
        f"{result['calls']} calls, at most {result['most_in_flight']} in flight"
    )
    print(f"drained in {result['drained']:.1f} s")
    print(
        f"note upload -> review (s): p50 {notes.p50:.2f}  p95 {notes.p95:.2f}  "
        f"max {notes.max:.2f}  mean {notes.mean:.2f}"
    )
    print("each note (s): " + " ".join(f"{s:.1f}" for s in result["notes"]))
    print("first review per teacher (s from queued):")
    for teacher, seconds in sorted(firsts.items()):
        print(f"  {teacher}: {seconds:.2f}")
    print(
        f"goals: note p95 < {GOAL_NOTE_P95_SECONDS:.0f} s: "
        f"{'met' if notes.p95 < GOAL_NOTE_P95_SECONDS else 'NOT met'}; every teacher's first "
        f"review < {GOAL_FIRST_REVIEW_SECONDS:.0f} s: "
        f"{'met' if worst_first < GOAL_FIRST_REVIEW_SECONDS else 'NOT met'} "
        f"(worst {worst_first:.2f} s)"
    )
    print(f"python {platform.python_version()}, {os.cpu_count()} cores")


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="A note's upload-to-review time under load.")
    parser.add_argument("--url", help="database URL (default: a fresh SQLite file)")
    parser.add_argument("--teachers", type=int, default=10)
    parser.add_argument("--bulk-per-teacher", type=int, default=20)
    parser.add_argument("--notes", type=int, default=20)
    parser.add_argument("--note-interval", type=float, default=6.0, help="seconds")
    parser.add_argument("--model-seconds", type=float, default=3.0)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds to drain")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> None:
    args = parse_args(argv)
    report(args, run(args))


if __name__ == "__main__":
    main()
