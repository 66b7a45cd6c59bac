"""Deciding student(s), type and date from what the teacher gave, as a teacher would."""

from __future__ import annotations

from datetime import date

import pytest

from domain.curriculum import EntryType
from domain.detection import (
    RosterStudent,
    detect,
    parse_date,
    parse_document,
    parse_entry_type,
    speaker_turns,
)
from domain.errors import IngestError, NeedsEntryType, NeedsStudent

ROSTER = [
    RosterStudent("S001", "Eva", "S001"),
    RosterStudent("S002", "Lucas", "S002"),
]
TODAY = date(2025, 11, 3)

TRANSCRIPT = """Participants: Eva, Lucas, Ms. Rodriguez
Date: 2025-09-18
Type: Group discussion transcript
---
Ms. Rodriguez: What should we do first?
Eva: I think we should split the research first.
Lucas: I made a plan with three steps.
[00:02:10] Jordan: Can I do the poster?
Eva: Yes, and Lucas can check the sources
because he is careful.
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("S001_reflection_2025-09-12", EntryType.REFLECTION_JOURNAL),
        ("T002_peer-tutoring_2025-10-09", EntryType.PEER_TUTORING_TRANSCRIPT),
        ("Teacher observation note", EntryType.TEACHER_OBSERVATION_NOTE),
        ("S003 parent-note", EntryType.PARENT_NOTE),
        ("peer_feedback", EntryType.PEER_FEEDBACK),
        ("group_discussion_transcript", EntryType.GROUP_DISCUSSION_TRANSCRIPT),
        ("final presentation", EntryType.PROJECT_PRESENTATION_TRANSCRIPT),
        ("S001 notes", None),
    ],
)
def test_entry_type_from_a_teachers_words(text: str, expected: EntryType | None) -> None:
    assert parse_entry_type(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-09-12", date(2025, 9, 12)),
        ("S001_reflection_2025-09-12", date(2025, 9, 12)),
        ("September 12, 2025", date(2025, 9, 12)),
        ("12 Sept 2025", date(2025, 9, 12)),
        ("Sep 3rd, 2025", date(2025, 9, 3)),
        ("09/12/2025", date(2025, 9, 12)),
        ("2025-13-40", None),
    ],
)
def test_dates(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


def test_header_is_split_from_body() -> None:
    document = parse_document(
        "# Reflection\n\n**Student:** Eva (S001)\nDate: 2025-09-12\n---\nBody"
    )
    assert document.header == {"student": "Eva (S001)", "date": "2025-09-12"}
    assert document.body == "Body"


def test_speaker_lines_and_continuations() -> None:
    turns = speaker_turns(parse_document(TRANSCRIPT).body)
    assert [speaker for speaker, _ in turns] == ["Ms. Rodriguez", "Eva", "Lucas", "Jordan", "Eva"]
    assert turns[-1][1] == "Yes, and Lucas can check the sources because he is careful."


def test_transcript_gives_each_speaking_student_their_own_turns() -> None:
    detection = detect(TRANSCRIPT, "T001_group-discussion_2025-09-18.txt", ROSTER, today=TODAY)
    assert detection.entry_type is EntryType.GROUP_DISCUSSION_TRANSCRIPT
    assert detection.entry_date == date(2025, 9, 18)
    turns = {part.student_id: part.turns for part in detection.parts}
    assert turns["S001"] == (
        "I think we should split the research first.\n"
        "Yes, and Lucas can check the sources because he is careful."
    )
    assert turns["S002"] == "I made a plan with three steps."
    assert detection.sources["student"] == "header names"


def test_argument_beats_file_name_beats_header() -> None:
    text = "Student: Lucas (S002)\nDate: 2025-08-01\nType: Parent note\n---\nHe helped at home."
    detection = detect(
        text, "S001_reflection_2025-09-12.md", ROSTER, student_id="S002", today=TODAY
    )
    assert [part.student_id for part in detection.parts] == ["S002"]
    assert detection.sources == {"type": "file name", "date": "file name", "student": "argument"}
    assert detection.entry_type is EntryType.REFLECTION_JOURNAL

    from_header = detect(text, "note.md", ROSTER, today=TODAY)
    assert from_header.sources == {"type": "header", "date": "header", "student": "header"}
    assert from_header.entry_type is EntryType.PARENT_NOTE
    assert from_header.entry_date == date(2025, 8, 1)


def test_message_text_names_student_and_type() -> None:
    detection = detect(
        "She kept her planner up to date all week.",
        "upload.txt",
        ROSTER,
        message_text="S001 observation",
        today=TODAY,
    )
    assert [part.student_id for part in detection.parts] == ["S001"]
    assert detection.entry_type is EntryType.TEACHER_OBSERVATION_NOTE
    assert detection.sources["date"] == "received"
    assert detection.entry_date == TODAY


def test_single_roster_name_in_the_text_decides_the_student() -> None:
    detection = detect(
        "Lucas organised the lab bench.",
        "obs.txt",
        ROSTER,
        entry_type=EntryType.TEACHER_OBSERVATION_NOTE,
        today=TODAY,
    )
    assert [part.student_id for part in detection.parts] == ["S002"]
    assert detection.sources["student"] == "names in text"


def test_several_names_ask_which_student() -> None:
    with pytest.raises(NeedsStudent) as raised:
        detect(
            "Eva and Lucas worked well.",
            "obs.txt",
            ROSTER,
            entry_type=EntryType.PEER_FEEDBACK,
            today=TODAY,
        )
    assert raised.value.candidates == ["S001", "S002"]


def test_no_student_and_no_type_say_what_to_add() -> None:
    with pytest.raises(NeedsStudent, match="S001_reflection"):
        detect(
            "Someone did well.", "x.txt", ROSTER, entry_type=EntryType.PEER_FEEDBACK, today=TODAY
        )
    with pytest.raises(NeedsEntryType, match="what kind of document"):
        detect("Eva did well.", "S001.txt", ROSTER, today=TODAY)


def test_student_not_on_roster_is_refused() -> None:
    with pytest.raises(IngestError, match="S009 is not one of the students"):
        detect("Did well.", "S009_reflection.md", ROSTER, today=TODAY)


def test_named_student_who_never_speaks_is_refused() -> None:
    text = "Type: Peer tutoring transcript\n---\nTutor: Try again.\nJordan: OK."
    with pytest.raises(IngestError, match="does not speak"):
        detect(text, "S001_tutoring.txt", ROSTER, today=TODAY)


def test_ambiguous_first_names_need_the_full_name() -> None:
    roster = [*ROSTER, RosterStudent("S005", "Eva Chen", "S005")]
    text = "Type: observation\n---\nEva Chen labelled every folder."
    detection = detect(text, "obs.txt", roster, today=TODAY)
    assert [part.student_id for part in detection.parts] == ["S005"]
