"""Filing documents: one entry per student, never twice, nothing stored on a refusal."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from domain.curriculum import EntryType
from domain.db import unit_of_work
from domain.errors import IngestError, NeedsEntryType, NeedsStudent
from domain.ingest import ingest_document
from domain.models import DataEntry, EntryStatus, SourceKind
from tests.factories import TODAY, docx_bytes, pdf_bytes, seed_roster

TRANSCRIPT = b"""Participants: Eva (S001), Lucas (S002), Ms. Rodriguez (T001)
Date: 2025-09-18
Type: Group discussion transcript
---
Ms. Rodriguez: Where do we start?
Eva: I think we should split the research first.
Lucas: I made a plan with three steps.
Eva: I agree with Lucas, his plan is clear.
"""


@pytest.fixture
def seeded(sessions: sessionmaker[Session]) -> sessionmaker[Session]:
    with unit_of_work(sessions) as session:
        seed_roster(session)
    return sessions


def entry_count(sessions: sessionmaker[Session]) -> int:
    with sessions() as session:
        return session.scalar(select(func.count(DataEntry.id))) or 0


def test_transcript_becomes_one_pending_entry_per_speaking_student(
    seeded: sessionmaker[Session],
) -> None:
    with unit_of_work(seeded) as session:
        result = ingest_document(
            session, file_name="T001_group-discussion_2025-09-18.txt", data=TRANSCRIPT, today=TODAY
        )
    assert [(e.student_id, e.created) for e in result.entries] == [("S001", True), ("S002", True)]
    with seeded() as session:
        entries = session.scalars(select(DataEntry).order_by(DataEntry.student_id)).all()
        assert [e.status for e in entries] == [EntryStatus.PENDING.value] * 2
        assert all(e.entry_type == EntryType.GROUP_DISCUSSION_TRANSCRIPT.value for e in entries)
        assert all(e.entry_date == date(2025, 9, 18) for e in entries)
        assert entries[0].own_text == (
            "I think we should split the research first.\nI agree with Lucas, his plan is clear."
        )
        assert entries[1].own_text == "I made a plan with three steps."
        assert entries[0].source_kind == SourceKind.FILE.value
        assert entries[0].source_ref.startswith("sha256:")
        assert entries[0].teacher_id == "T001"
        assert entries[0].entry_metadata["students_in_document"] == ["Eva", "Lucas"]


def test_same_file_twice_is_stored_once(seeded: sessionmaker[Session]) -> None:
    for _ in range(2):
        with unit_of_work(seeded) as session:
            result = ingest_document(
                session, file_name="renamed.txt" if _ else "a.txt", data=TRANSCRIPT, today=TODAY
            )
    assert [e.created for e in result.entries] == [False, False]
    assert entry_count(seeded) == 2


def test_slack_file_id_is_the_key_for_slack_uploads(seeded: sessionmaker[Session]) -> None:
    for _ in range(3):
        with unit_of_work(seeded) as session:
            ingest_document(
                session,
                file_name="note.txt",
                data=b"She kept a planner.",
                message_text="S001 observation",
                slack_file_id="F0123ABC",
                uploaded_by="U01RODRIGUEZ",
                teacher_id="T001",
                today=TODAY,
            )
    with seeded() as session:
        entry = session.scalars(select(DataEntry)).one()
        assert (entry.source_kind, entry.source_ref) == ("slack_file", "F0123ABC")
        assert entry.uploaded_by == "U01RODRIGUEZ"


def test_docx_and_pdf_are_filed(seeded: sessionmaker[Session]) -> None:
    with unit_of_work(seeded) as session:
        ingest_document(
            session,
            file_name="S003_observation_2025-10-01.docx",
            data=docx_bytes("Pat started his essay without a reminder."),
            today=TODAY,
        )
        ingest_document(
            session,
            file_name="S004_reflection_2025-10-02.pdf",
            data=pdf_bytes("I changed my plan when the data surprised me."),
            today=TODAY,
        )
    assert entry_count(seeded) == 2


def test_a_log_dating_each_student_apart_stores_each_entry_on_its_day(
    seeded: sessionmaker[Session],
) -> None:
    log = (
        "Observation log - October 2025\n"
        "Date | Student | Note\n"
        "10/6/2025 | Eva | Eva asked a classmate how they had planned their poster.\n"
        "10/20/2025 | Lucas | Lucas started the lab write-up on his own.\n"
    )
    with unit_of_work(seeded) as session:
        result = ingest_document(
            session, file_name="log.txt", data=log.encode(), teacher_id="T001", today=TODAY
        )
    with seeded() as session:
        stored = {
            e.student_id: session.get(DataEntry, e.entry_id).entry_date  # type: ignore[union-attr]
            for e in result.entries
        }
    assert stored == {"S001": date(2025, 10, 6), "S002": date(2025, 10, 20)}
    assert {e.student_id: e.entry_date for e in result.entries} == stored


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"file_name": "S001_reflection.txt", "data": b""}, IngestError, "is empty"),
        ({"file_name": "S001_reflection.txt", "data": b"\x00\x01binary"}, IngestError, "binary"),
        ({"file_name": "S001_reflection.xlsx", "data": b"PK.."}, IngestError, "not supported"),
        ({"file_name": "S999_reflection.txt", "data": b"Fine work."}, IngestError, "S999"),
        (
            {"file_name": "S001_reflection.txt", "data": b"ok", "student_id": "S998"},
            IngestError,
            "S998 is not one of",
        ),
        ({"file_name": "S001_2025-09-01.txt", "data": b"Fine work."}, NeedsEntryType, "kind"),
        ({"file_name": "reflection.txt", "data": b"Fine work."}, NeedsStudent, "which student"),
        (
            {"file_name": "S003_reflection.txt", "data": b"Fine.", "teacher_id": "T001"},
            IngestError,
            "S003 is not one of",
        ),
        (
            {"file_name": "S001_reflection.txt", "data": b"ok", "teacher_id": "T999"},
            IngestError,
            "T999",
        ),
    ],
)
def test_refusals_store_nothing(
    seeded: sessionmaker[Session], kwargs: dict[str, object], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message), unit_of_work(seeded) as session:
        ingest_document(session, today=TODAY, **kwargs)  # type: ignore[arg-type]
    assert entry_count(seeded) == 0


def test_teacher_scope_limits_name_matching(seeded: sessionmaker[Session]) -> None:
    text = b"Type: observation\n---\nPat and Eva both stayed late to help."
    with unit_of_work(seeded) as session:
        result = ingest_document(
            session, file_name="obs.txt", data=text, teacher_id="T002", today=TODAY
        )
    assert [e.student_id for e in result.entries] == ["S003"]


def test_parallel_deliveries_of_one_slack_file_file_it_once(
    seeded: sessionmaker[Session],
) -> None:
    """Slack's retry and the parallel file_shared event may arrive at the same moment."""
    barrier = threading.Barrier(4)
    outcomes: list[bool] = []
    failures: list[BaseException] = []

    def deliver() -> None:
        try:
            barrier.wait()
            with unit_of_work(seeded) as session:
                result = ingest_document(
                    session,
                    file_name="S001_reflection_2025-09-12.md",
                    data=b"I noticed I was frustrated and took a breath.",
                    slack_file_id="F0PARALLEL",
                    today=TODAY,
                )
            outcomes.extend(entry.created for entry in result.entries)
        except BaseException as error:  # collected: a thread's failure must fail the test
            failures.append(error)

    threads = [threading.Thread(target=deliver) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert sorted(outcomes) == [False, False, False, True]
    assert entry_count(seeded) == 1
