"""A very long entry: the assessor reads its first part, the teacher is told, and quotes
are still checked against all of the student's words."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta

import openai
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.review_blocks import entry_review_message
from domain.access import Viewer
from domain.assessed_text import MAX_ASSESSED_CHARS, MAX_CONTEXT_CHARS
from domain.assessors.openai_assessor import OpenAIAssessor
from domain.db import unit_of_work
from domain.entry_review import entry_review
from domain.models import Assessment, DataEntry
from domain.queue import QueuePolicy
from domain.worker import drain
from tests.factories import TODAY, add_entry, seed_roster
from tests.fakes.openai_server import FakeOpenAI, Recorded, Reply, completion, student_words

POLICY = QueuePolicy(lease=timedelta(seconds=30), max_attempts=1)
FIRST = "Week 0: I planned my week and kept to it."
INVENTED = "I always finish everything early."
CONTEXT = re.compile(r"<context>\n(.*?)\n</context>", re.DOTALL)


@pytest.fixture
def fake() -> Iterator[FakeOpenAI]:
    server = FakeOpenAI().start()
    server.responder = answer_first_and_invented
    yield server
    server.stop()


def answer_first_and_invented(recorded: Recorded) -> Reply:
    quote = student_words(recorded).split("\n")[0]
    return Reply(
        json=completion(
            {
                "assessments": [
                    {
                        "skill": "Planning & Prioritization",
                        "level": "Proficient",
                        "evidence_quote": quote,
                        "justification": "Plans the week and follows the plan.",
                    },
                    {
                        "skill": "Self-Management",
                        "level": "Advanced",
                        "evidence_quote": INVENTED,
                        "justification": "Finishes early.",
                    },
                ]
            }
        )
    )


def journal(weeks: int) -> str:
    return "\n".join(f"Week {n}: I planned my week and kept to it." for n in range(weeks))


def assess(sessions: sessionmaker[Session], fake: FakeOpenAI) -> None:
    client = openai.OpenAI(api_key="k", base_url=fake.base_url, timeout=20, max_retries=0)
    report = drain(sessions, OpenAIAssessor(client, "gpt-4o"), worker="w", policy=POLICY)
    assert report.failed == []


def test_a_long_journal_is_assessed_on_its_first_part_and_the_teacher_is_told(
    sessions: sessionmaker[Session], fake: FakeOpenAI
) -> None:
    text = journal(2000)
    assert len(text) > 5 * MAX_ASSESSED_CHARS
    with unit_of_work(sessions) as session:
        seed_roster(session)
        entry_id = add_entry(session, "S001", TODAY, content=text).id
    assess(sessions, fake)

    [request] = fake.requests
    sent = student_words(request)
    assert len(sent) <= MAX_ASSESSED_CHARS
    assert text.startswith(sent) and text[len(sent)].isspace()  # cut between words
    assert CONTEXT.search(request.user_message) is None  # the journal is not sent twice
    with sessions() as session:
        entry = session.get(DataEntry, entry_id)
        assert entry is not None and entry.assessed_chars == len(sent)
        # The invented quote is in no part of the student's words: dropped.
        quotes = session.scalars(select(Assessment.evidence_quote)).all()
        assert quotes == [FIRST] and entry.dropped_items == 1
        _, blocks = entry_review_message(entry_review(session, Viewer("T001"), entry_id))
    note = f"only the first {len(sent):,} of its {len(text):,} characters"
    assert note in str(blocks)


def test_a_long_transcript_sends_a_capped_context_beside_the_students_turns(
    sessions: sessionmaker[Session], fake: FakeOpenAI
) -> None:
    turns = journal(2000)
    # No roster name in it: the assessor replaces names by ids, which changes lengths.
    document = "\n".join(
        f"Teacher: question {n}?\nStudent: {line}" for n, line in enumerate(turns.split("\n"))
    )
    with unit_of_work(sessions) as session:
        seed_roster(session)
        entry = add_entry(session, "S001", TODAY, content=document)
        entry.student_turns = turns
        entry_id = entry.id
    assess(sessions, fake)

    [request] = fake.requests
    context = CONTEXT.search(request.user_message)
    assert context is not None and len(context.group(1)) <= MAX_CONTEXT_CHARS
    assert len(student_words(request)) <= MAX_ASSESSED_CHARS
    with sessions() as session:
        stored = session.get(DataEntry, entry_id)
        assert stored is not None and stored.assessed_chars == len(student_words(request))


def test_an_entry_within_the_cap_is_sent_whole_and_carries_no_note(
    sessions: sessionmaker[Session], fake: FakeOpenAI
) -> None:
    text = journal(100)
    assert len(text) < MAX_ASSESSED_CHARS
    with unit_of_work(sessions) as session:
        seed_roster(session)
        entry_id = add_entry(session, "S001", TODAY, content=text).id
    assess(sessions, fake)
    assert student_words(fake.requests[0]) == text
    with sessions() as session:
        entry = session.get(DataEntry, entry_id)
        assert entry is not None and entry.assessed_chars is None
        _, blocks = entry_review_message(entry_review(session, Viewer("T001"), entry_id))
    assert "only the first" not in str(blocks)
