"""Fair claims: a bulk upload never starves another teacher's note, nor the same teacher's."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy.orm import Session, sessionmaker

from domain.db import unit_of_work
from domain.models import DataEntry
from domain.queue import QueuePolicy, claim, complete
from tests.factories import TODAY, add_entry, add_student, seed_roster

POLICY = QueuePolicy()


@pytest.fixture
def seeded(sessions: sessionmaker[Session]) -> sessionmaker[Session]:
    with unit_of_work(sessions) as session:
        seed_roster(session)
    return sessions


def queue(sessions: sessionmaker[Session], *students: str, upload: str | None = None) -> list[int]:
    """Pending entries, one per student; with `upload`, all from that one document (a
    transcript filed once per speaking student), else one document each."""
    with unit_of_work(sessions) as session:
        entries = [add_entry(session, student, TODAY) for student in students]
        if upload is not None:
            for entry in entries:
                entry.source_ref = upload
        return [entry.id for entry in entries]


def take(sessions: sessionmaker[Session], *, finish: bool) -> int:
    """One worker's claim; with `finish`, the entry is assessed before the next claim."""
    with unit_of_work(sessions) as session:
        [taken] = claim(session, "worker", POLICY)
    if finish:
        with unit_of_work(sessions) as session:
            assert complete(session, taken, [], model="m", rubric_version="1.0", dropped=[])
    return taken.entry_id


def claim_order(sessions: sessionmaker[Session], count: int, *, finish: bool) -> list[int]:
    return [take(sessions, finish=finish) for _ in range(count)]


@pytest.mark.parametrize("finish", [True, False], ids=["one-at-a-time", "all-in-flight"])
def test_a_note_is_not_queued_behind_another_teachers_bulk_upload(
    seeded: sessionmaker[Session], finish: bool
) -> None:
    bulk = queue(seeded, *["S003", "S004"] * 15)  # Mr. Thompson (T002): 30 files
    [note] = queue(seeded, "S001")  # then Ms. Rodriguez (T001): one note
    order = claim_order(seeded, 31, finish=finish)
    assert sorted(order) == sorted([*bulk, note])
    # T002's first entry was already first in line; T001's comes straight after it.
    assert order.index(note) == 1


def test_teachers_take_turns_and_the_least_recently_served_goes_first(
    seeded: sessionmaker[Session],
) -> None:
    thompson = queue(seeded, *["S003", "S004"] * 3)
    rodriguez = queue(seeded, *["S001", "S002"] * 3)
    order = claim_order(seeded, 12, finish=True)
    teachers = ["T002" if entry in thompson else "T001" for entry in order]
    assert teachers == ["T002", "T001"] * 6
    assert [e for e in order if e in thompson] == thompson  # in order within a teacher
    assert [e for e in order if e in rodriguez] == rodriguez

    # T001 was served last: a new entry of T002's, queued after T001's, goes first.
    [later_rodriguez] = queue(seeded, "S001")
    [later_thompson] = queue(seeded, "S003")
    assert claim_order(seeded, 2, finish=True) == [later_thompson, later_rodriguez]


def test_within_a_teacher_a_small_upload_is_not_queued_behind_a_transcript(
    seeded: sessionmaker[Session],
) -> None:
    with unit_of_work(seeded) as session:
        for n in range(30):
            add_student(session, f"S{100 + n}", f"Student {n}", "T002")
    transcript = queue(seeded, *[f"S{100 + n}" for n in range(30)], upload="F0TRANSCRIPT")
    [note] = queue(seeded, "S003", upload="F0NOTE")
    order = claim_order(seeded, 31, finish=True)
    assert order.index(note) == 1
    assert [e for e in order if e != note] == transcript


def test_entries_whose_teacher_was_removed_still_get_their_turn(
    seeded: sessionmaker[Session],
) -> None:
    thompson = queue(seeded, "S003", "S004", "S003")
    orphans = queue(seeded, "S001", "S002")

    def unassign(session: Session) -> None:
        for entry_id in orphans:
            entry = session.get(DataEntry, entry_id)
            assert entry is not None
            entry.teacher_id = None

    run(seeded, unassign)
    order = claim_order(seeded, 5, finish=True)
    assert order == [thompson[0], orphans[0], thompson[1], orphans[1], thompson[2]]


def run(sessions: sessionmaker[Session], change: Callable[[Session], None]) -> None:
    with unit_of_work(sessions) as session:
        change(session)
