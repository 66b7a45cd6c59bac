"""The domain's rule for telling a share's entries (domain/announcements.py): after the
share's confirmation, in its thread; a bulk share as one summary once all of it is done;
a failed entry, or one retried after the summary, on its own."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from domain.announcements import (
    BULK_ENTRIES,
    Announcement,
    Thread,
    claim_announcements,
    upload_summary,
)
from domain.curriculum import Level, Skill
from domain.db import unit_of_work
from domain.errors import AlreadyFiled
from domain.ingest import ingest_document
from domain.models import DataEntry, EntryStatus, UploadReceipt, utcnow
from tests.factories import TODAY, add_assessment, add_entry, seed_roster

DM = "D01RODRIGUEZ"
CONFIRMATION = "1700000000.000100"


def _share(
    sessions: sessionmaker[Session], files: int, *, told: bool = True, status: str = "assessed"
) -> list[int]:
    """A share of `files` files, one entry each, confirmed in the DM (or not yet told)."""
    with unit_of_work(sessions) as session:
        seed_roster(session)
        ids = []
        for n in range(files):
            file_id = f"F0SHARE{n}"
            session.add(
                UploadReceipt(
                    slack_file_id=file_id,
                    slack_user_id="U01RODRIGUEZ",
                    teacher_id="T001",
                    channel_id=DM,
                    status="filed",
                    told_at=utcnow() if told else None,
                    confirmation_channel_id=DM if told else None,
                    confirmation_ts=CONFIRMATION if told else None,
                )
            )
            entry = add_entry(session, "S001" if n % 2 else "S002", TODAY, content=f"Note {n}.")
            entry.source_kind, entry.source_ref, entry.status = "slack_file", file_id, status
            add_assessment(session, entry, Skill.COMMUNICATION, Level.DEVELOPING)
            ids.append(entry.id)
    return ids


def _claim(sessions: sessionmaker[Session], entry_id: int | None = None) -> list[Announcement]:
    with unit_of_work(sessions) as session:
        return claim_announcements(session, entry_id=entry_id)


def test_a_small_share_is_told_entry_by_entry_in_its_thread(
    sessions: sessionmaker[Session],
) -> None:
    entries = _share(sessions, BULK_ENTRIES)
    told = _claim(sessions)
    assert [a.entry_id for a in told] == entries
    assert {a.thread for a in told} == {Thread(DM, CONFIRMATION)}
    assert not any(a.summarised for a in told)


def test_a_share_not_yet_confirmed_waits_for_its_confirmation(
    sessions: sessionmaker[Session],
) -> None:
    _share(sessions, 1, told=False)
    assert _claim(sessions) == []
    with unit_of_work(sessions) as session:
        session.execute(
            update(UploadReceipt).values(
                told_at=utcnow(), confirmation_channel_id=DM, confirmation_ts=CONFIRMATION
            )
        )
    (told,) = _claim(sessions)
    assert told.thread == Thread(DM, CONFIRMATION)


def test_a_bulk_share_is_one_summary_once_all_of_it_is_done(
    sessions: sessionmaker[Session],
) -> None:
    entries = _share(sessions, BULK_ENTRIES + 2)
    with unit_of_work(sessions) as session:
        session.execute(
            update(DataEntry).where(DataEntry.id == entries[-1]).values(status="processing")
        )
    # Four of five done: the worker finishing one tells nobody yet.
    assert _claim(sessions, entries[0]) == [] and _claim(sessions) == []
    with unit_of_work(sessions) as session:
        session.execute(
            update(DataEntry).where(DataEntry.id == entries[-1]).values(status="failed")
        )
    summary, failed = _claim(sessions, entries[-1])
    assert summary.summarised == tuple(entries[:-1]) and summary.thread == Thread(DM, CONFIRMATION)
    assert (failed.entry_id, failed.status, failed.summarised) == (
        entries[-1],
        EntryStatus.FAILED,
        (),
    )
    assert _claim(sessions) == []  # claimed once, whoever asks next
    with sessions() as session:
        counts = upload_summary(session, "T001", Thread(DM, CONFIRMATION))
    assert (counts.documents, counts.entries, counts.students) == (5, 5, 2)
    assert (counts.assessed, counts.failed, counts.awaiting) == (4, 1, 5)

    # Retried after the summary went out: told on its own, in the thread.
    with unit_of_work(sessions) as session:
        session.execute(
            update(DataEntry)
            .where(DataEntry.id == entries[-1])
            .values(status="assessed", announced_at=None)
        )
    (alone,) = _claim(sessions)
    assert (alone.entry_id, alone.summarised) == (entries[-1], ())


def test_a_document_shared_again_is_recognised_by_its_words(
    sessions: sessionmaker[Session],
) -> None:
    words = b"Student: Eva (S001)\nType: reflection\n\nI planned each step and asked for help.\n"
    with unit_of_work(sessions) as session:
        seed_roster(session)
        # Filed first from the command line: keyed on the text's hash.
        ingest_document(session, file_name="eva.md", data=words, today=TODAY, teacher_id="T001")
    with unit_of_work(sessions) as session, pytest.raises(AlreadyFiled) as asked:
        ingest_document(
            session,
            file_name="eva-again.md",
            data=words,
            today=TODAY,
            teacher_id="T001",
            slack_file_id="F0AGAIN",
            ask_if_filed=True,
        )
    assert asked.value.filed_on == utcnow().date()
    assert f"was already filed on {utcnow():%-d %b}: file it again?" in str(asked.value)
    # Another teacher sharing the same words for their own student is not asked.
    other = words.replace(b"Eva (S001)", b"Pat (S003)")
    with unit_of_work(sessions) as session:
        result = ingest_document(
            session,
            file_name="pat.md",
            data=other,
            today=TODAY,
            teacher_id="T002",
            slack_file_id="F0PAT",
            ask_if_filed=True,
        )
    assert [e.student_id for e in result.created] == ["S003"]
    with sessions() as session:
        assert len(session.scalars(select(DataEntry.id)).all()) == 2
