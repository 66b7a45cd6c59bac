"""Classes of documents a blind author's rural month/day set (tuning22) showed filed wrong,
asking or filed short although a person would have filed them at once. Each test writes
its own document, in the convention and not in that set's words, and reads it as an upload
is read, with nothing said and dates month-first.

The roster has a nickname and two students who share a first name, so that a wrong student
stays the easy mistake: unsure, it asks.
"""

from __future__ import annotations

from datetime import date

import pytest

from domain.curriculum import EntryType
from domain.detection import Detection, RosterStudent, parse_entry_type
from domain.errors import NeedsStudent
from tests.reading import filed, own, read_upload

ROSTER = [
    RosterStudent("S801", "Mabel Cyr", "S801"),
    RosterStudent("S802", "Reuben Dionne", "S802", ("Rube",)),
    RosterStudent("S803", "Ivy Paradis", "S803"),
    RosterStudent("S804", "Mabel Roy", "S804"),
]
TEACHER = "Lorraine Voisine"
TODAY = date(2026, 5, 1)


def read(file_name: str, data: bytes | str) -> Detection:
    return read_upload(file_name, data, ROSTER, teacher=TEACHER, today=TODAY)


# --- A scribe's notes of a talk, turns set apart by a dash --------------------------------


SCRIBED = (
    "Lunch bunch - 2/19 - written down by Ivy P.\n"
    "Plan: the class mural\n\n"
    "MS. V - Where do we start?\n"
    "REUBEN - Can we each say one idea first. Ivy, what's yours?\n"
    "IVY - A moose in the middle, with the river behind it.\n"
    "MABEL C - Moose is boring.\n"
    "IVY - Okay but why.\n"
    "MS. V - Let's hear Mabel out.\n"
    "MABEL C - Fine. Maybe the river could go all the way around.\n"
    "REUBEN - So both. Moose and river, and Mabel paints the river.\n"
)


def test_a_scribes_dashed_turns_are_each_speakers_own_in_a_discussion() -> None:
    detection = read("scribe notes 2-19.txt", SCRIBED)
    assert filed(detection) == (
        ["S801", "S802", "S803"],
        EntryType.GROUP_DISCUSSION_TRANSCRIPT,
        date(2026, 2, 19),
    )
    mine = own(detection)
    assert "A moose in the middle" in mine["S803"]
    assert "Moose is boring" not in mine["S803"]
    assert "Let's hear Mabel out" not in " ".join(mine.values())


NOTES_ON_EACH_DASHED = (
    "Reading group notes 2/19\n\n"
    "Reuben - finished the chapter and wrote two questions for the group.\n"
    "Ivy - slow start, needed the page number twice.\n"
    "Mabel C - read aloud without being asked.\n"
)


def test_a_teachers_dashed_note_on_each_student_is_no_conversation() -> None:
    # Each student named once, after a dash: the teacher's notes, not turns.
    detection = read("reading notes 2-19.txt", NOTES_ON_EACH_DASHED)
    assert detection.entry_type is EntryType.TEACHER_OBSERVATION_NOTE


# --- The teacher's notes of a talk, in sentences ------------------------------------------


TALK_NOTES = (
    "Wed 3/4 - notes (book club)\n\n"
    "Ivy kept her circle on the chapter and asked Mabel C. to read the part she liked.\n\n"
    "Reuben waited with his book shut until I sat with him and we found the page together.\n"
)


def test_notes_of_a_talk_in_sentences_are_the_teachers_notes_on_each() -> None:
    detection = read("notes wed.txt", TALK_NOTES)
    assert filed(detection) == (
        ["S802", "S803"],
        EntryType.TEACHER_OBSERVATION_NOTE,
        date(2026, 3, 4),
    )
    assert "found the page together" in own(detection)["S802"]


def test_notes_of_a_talk_naming_a_shared_first_name_alone_still_ask() -> None:
    # "Mabel" alone is Mabel Cyr or Mabel Roy: no note of hers is filed on a guess.
    notes = "Wed 3/4 - notes (book club)\n\nMabel kept her circle on the chapter.\n"
    with pytest.raises(NeedsStudent):
        read("notes wed.txt", notes)


# --- A classmate's review of a piece of work ----------------------------------------------


REVIEW = (
    "PEER REVIEW - LAB REPORT (Science 7)\n"
    "Reviewer: Ivy P.      Author: Reuben D.      Date: 4/2/26\n"
    "1. Is the question stated?  Yes, he asks which paper towel holds the most water.\n"
    "2. One thing to fix:  Your table has no units, so I could not tell grams from cups.\n"
    "AUTHOR REPLY (Reuben): Good catch, I'll add grams to every column.\n"
)


def test_a_peer_review_of_a_lab_report_is_peer_feedback_for_both() -> None:
    # The lab report is what was reviewed; the review is what the page is.
    detection = read("peer review lab report.txt", REVIEW)
    assert filed(detection) == (["S802", "S803"], EntryType.PEER_FEEDBACK, date(2026, 4, 2))


def test_a_lab_report_alone_is_still_the_students_own_work() -> None:
    assert parse_entry_type("lab report - density") is EntryType.REFLECTION_JOURNAL


LISTENED = (
    "Peer Feedback - Radio Story\n"
    "Student: Reuben Dionne (creator)\n"
    "Date: 3/20/26\n\n"
    "Listener: Ivy P.\n"
    "Strengths: The sound of the sugaring shack at the start pulled me right in.\n"
    "Suggestion: Say your name sooner, I didn't know who was talking at first.\n"
    "Creator response (Rube): okay, I'll say it in the first line.\n"
)


def test_the_listener_on_a_podcasts_feedback_form_is_who_gave_it() -> None:
    detection = read("radio feedback.txt", LISTENED)
    assert filed(detection) == (["S802", "S803"], EntryType.PEER_FEEDBACK, date(2026, 3, 20))


def test_notes_of_a_talk_that_set_down_its_turns_stay_a_discussion() -> None:
    # The turns are what the notes hold: the talk, not the teacher's notes on it.
    notes = (
        "Book club notes - 3/4\n\n"
        "Ivy: I think the dog knew the whole time.\n"
        "Reuben: No way, he only figured it out at the barn.\n"
        "Ivy: Then why did he bark at the gate?\n"
    )
    detection = read("book club notes.txt", notes)
    assert detection.entry_type is EntryType.GROUP_DISCUSSION_TRANSCRIPT
