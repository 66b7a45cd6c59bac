"""Classes of documents a blind author's day-first set (tuning23) showed filed wrong or
asking although a person would have filed them at once. Each test writes its own document,
in the convention and not in that set's words, and reads it as an upload is read, with
nothing said and dates day-first.

The roster has a nickname and two students who share a first name, so that a wrong student
stays the easy mistake: unsure, it asks.
"""

from __future__ import annotations

from datetime import date

import pytest

from domain.curriculum import EntryType
from domain.dates import find_loose_dates, find_month_day_digits
from domain.detection import Detection, RosterStudent, parse_entry_type
from domain.errors import NeedsStudent
from domain.names import students_named
from tests.reading import filed, own, read_upload, word_file

ROSTER = [
    RosterStudent("S931", "Tavita Faleolo", "S931"),
    RosterStudent("S932", "Noor Siddiqui", "S932", ("Nini",)),
    RosterStudent("S933", "Felix Brandt", "S933"),
    RosterStudent("S934", "Felix Oduya", "S934"),
]
TEACHER = "Anika Holm"
TODAY = date(2026, 3, 20)


def read(file_name: str, data: bytes | str, order: str = "dmy") -> Detection:
    return read_upload(
        file_name,
        data,
        ROSTER,
        teacher=TEACHER,
        today=TODAY,
        order="dmy" if order == "dmy" else "mdy",
    )


# --- A file name's short date, day first ----------------------------------------------------

# A recording's transcript carries no date inside: the teacher's file name is its only date.
CALL = (
    "WEBVTT\n\n"
    "1\n00:00:01.000 --> 00:00:05.000\n"
    "Tavita Faleolo: Shall we split the poster into three parts?\n\n"
    "2\n00:00:06.000 --> 00:00:10.000\n"
    "Noor Siddiqui: Yes, and I can take the timeline if nobody minds.\n"
)


def test_a_file_names_day_and_month_with_a_dash_are_read_day_first() -> None:
    # "23-10" is no month-first date at all; "03-11" would be 11 March month-first.
    assert read("poster planning 23-10.vtt", CALL).entry_date == date(2025, 10, 23)
    assert read("poster planning 03-11.vtt", CALL).entry_date == date(2025, 11, 3)


def test_a_file_names_day_and_month_with_a_dot_are_read_day_first() -> None:
    assert read("poster planning 07.10.vtt", CALL).entry_date == date(2025, 10, 7)


def test_a_file_names_four_digits_are_the_day_then_the_month() -> None:
    assert read("poster call 2710.vtt", CALL).entry_date == date(2025, 10, 27)


def test_a_month_first_school_still_reads_the_month_first() -> None:
    # Guard: the order is the school's, not a guess from the digits.
    assert read("poster planning 03-11.vtt", CALL, order="mdy").entry_date == date(2026, 3, 11)
    assert find_loose_dates("standup 9_30", today=TODAY) == [date(2025, 9, 30)]
    assert find_month_day_digits("exit slips 1103", today=TODAY) == [date(2025, 11, 3)]


def test_a_counter_is_no_date_in_either_order() -> None:
    # Guard: "ch 12-3" and "scan_0711" number something else, whichever comes first.
    assert find_loose_dates("notes ch 12-3", today=TODAY, order="dmy") == []
    assert find_month_day_digits("scan_0711", today=TODAY, order="dmy") == []


# --- A form's name line with the given name's initial ---------------------------------------


def slip(name_line: str) -> str:
    return (
        "EXIT SLIP - Thu 12 Mar\n"
        f"Name: {name_line}   8AH\n\n"
        "1. What went well?\n"
        "I finished the graph before the bell because Noor reminded me to label the axes.\n\n"
        "2. What will you change?\n"
        "I want to plan the scale first next time.\n"
    )


def test_an_initial_and_a_family_name_on_the_name_line_is_that_student() -> None:
    detection = read("exit slip 12 Mar.txt", slip("T. Faleolo"))
    assert [part.student_id for part in detection.parts] == ["S931"]
    assert detection.entry_date == date(2026, 3, 12)


def test_an_initial_two_students_share_with_a_family_name_still_asks() -> None:
    # Guard: "F. Brandt" is Felix Brandt alone, but "F." with a family name no student has
    # is nobody on the roster; neither may borrow a classmate named in the answer.
    assert [p.student_id for p in read("exit slip.txt", slip("F. Brandt")).parts] == ["S933"]
    with pytest.raises(NeedsStudent):
        read("exit slip.txt", slip("F. Oduyemi"))


def test_an_initial_and_a_family_name_in_a_sentence_is_no_student() -> None:
    # Guard: in running text "Mrs T. Faleolo" is a parent writing, not the student.
    assert students_named("Mrs T. Faleolo rang about the trip.", ROSTER) == []


# --- British English names the activity: "maths buddies" -----------------------------------


BUDDIES = (
    "1\n00:00:01,000 --> 00:00:04,000\nTavita: Right, show me how you did number four.\n\n"
    "2\n00:00:05,000 --> 00:00:12,000\nTavita: You doubled the top but not the bottom. "
    "What if you do the same to both?\n\n"
    "3\n00:00:13,000 --> 00:00:15,000\nRory: Oh. So it's six over eight.\n\n"
    "4\n00:00:16,000 --> 00:00:24,000\nTavita: Yes, and that is the same as three quarters, "
    "so you were nearly there. I mixed these up all the time last year.\n"
)


def test_maths_buddies_is_peer_tutoring_as_math_buddy_is() -> None:
    # Rory is a younger buddy on no roster: Tavita holds the floor, yet no one presents.
    detection = read("maths buddies 11-03-26.srt", BUDDIES)
    assert detection.entry_type is EntryType.PEER_TUTORING_TRANSCRIPT
    assert [part.student_id for part in detection.parts] == ["S931"]


def test_the_plural_of_a_word_in_y_names_the_same_kind() -> None:
    assert parse_entry_type("study buddies 4 March") is EntryType.PEER_TUTORING_TRANSCRIPT


def test_the_word_maths_inside_another_word_is_left_alone() -> None:
    # Guard: only the whole word "maths" is the subject; "mathsy" or "aftermaths" is not.
    assert parse_entry_type("aftermaths buddies") is None


# --- A tutor's steps, given as steps or asked for politely ----------------------------------


PRACTICE = (
    "WEBVTT\n\n"
    "1\n00:00:01.000 --> 00:00:04.000\nAnika Holm: Noor and Felix B, room 2, essay openings.\n\n"
    "2\n00:00:05.000 --> 00:00:11.000\nNoor Siddiqui: First find the sentence that says your "
    "opinion. Then underline the reason.\n\n"
    "3\n00:00:12.000 --> 00:00:16.000\nFelix Brandt: Is it this one, about the bus fares?\n\n"
    "4\n00:00:17.000 --> 00:00:22.000\nNoor Siddiqui: Could you pick one with a number in it? "
    "Those persuade more.\n\n"
    "5\n00:00:23.000 --> 00:00:26.000\nFelix Brandt: The one about forty dollars a month.\n\n"
    "6\n00:00:27.000 --> 00:00:30.000\nNoor Siddiqui: Yes! Now say why it works.\n"
)


def test_a_student_giving_the_steps_to_another_is_tutoring_them() -> None:
    detection = read("essay revision 10-03.vtt", PRACTICE)
    assert detection.entry_type is EntryType.PEER_TUTORING_TRANSCRIPT
    assert sorted(part.student_id for part in detection.parts) == ["S932", "S933"]


EQUALS = (
    "WEBVTT\n\n"
    "1\n00:00:01.000 --> 00:00:06.000\nNoor Siddiqui: Could you pass the list? I think the "
    "bus fares one is strongest.\n\n"
    "2\n00:00:07.000 --> 00:00:12.000\nFelix Brandt: Maybe. Can you read the second one out? "
    "I think the library one is better.\n\n"
    "3\n00:00:13.000 --> 00:00:18.000\nNoor Siddiqui: First we should agree on the order, "
    "then split the writing.\n\n"
    "4\n00:00:19.000 --> 00:00:24.000\nFelix Brandt: Just pick one each and swap after.\n"
)


def test_two_students_asking_each_other_as_equals_are_a_discussion() -> None:
    # Guard: both ask and suggest; neither keeps telling the other what to try.
    detection = read("essay planning 10-03.vtt", EQUALS)
    assert detection.entry_type is EntryType.GROUP_DISCUSSION_TRANSCRIPT


# --- A sheet of notes on each student, with the teacher's follow-up table below -------------


def notes_with_follow_ups() -> bytes:
    return word_file(
        [
            "8AH Form Notes",
            "A. Holm - Monday 9 March 2026",
            "Tavita's hand was up for every question in the quiz and she helped set out the "
            "chairs without being asked.",
            "Noor left her planner at home twice this week and borrowed a pen each lesson.",
            "Felix B. read the notices aloud to the form when the projector failed.",
            [
                ["Follow up", "Date"],
                ["Email Noor's dad", "10/03/2026"],
                ["Planner check with Noor", "12/03/2026"],
            ],
        ]
    )


def test_notes_on_each_student_are_theirs_whatever_table_follows() -> None:
    detection = read("8AH form notes.docx", notes_with_follow_ups())
    assert filed(detection) == (
        ["S931", "S932", "S933"],
        EntryType.TEACHER_OBSERVATION_NOTE,
        date(2026, 3, 9),
    )
    texts = own(detection)
    assert "every question" in texts["S931"]
    assert "every question" not in texts["S932"]
    assert "projector failed" in texts["S933"]


def test_a_note_coming_back_to_one_student_is_still_theirs() -> None:
    # Guard: one student's story with a classmate in it is not a sheet of notes on each.
    text = (
        "Monday 9 March 2026\n\n"
        "Noor's group could not agree on a topic, so Noor asked each of them to vote.\n\n"
        "Tavita voted for hers and then helped her count.\n\n"
        "Noor wrote the result on the board and thanked the group.\n"
    )
    assert [part.student_id for part in read("note 9 Mar.txt", text).parts] == ["S932"]


# --- Minutes whose chair the header names ---------------------------------------------------


def minutes(chair: str) -> str:
    return (
        "Eco Club - Minutes\n"
        "Date: Tuesday 10 March 2026    Room: B1.12\n"
        f"Chair: {chair} (Y8)    Minutes: Ruth Keller (Y7)\n"
        "Present: TAVITA FALEOLO, NOOR SIDDIQUI, FELIX BRANDT, RUTH KELLER\n\n"
        "Chair: First item, the battery recycling box. Who has counted this week's?\n"
        "NOOR: I did, there were thirty-one, and most were the small round ones.\n"
        "FELIX B: We should put a sign on it so people stop throwing crisp packets in.\n"
        "Chair: Good idea. Felix, can you make the sign by Friday and show it to Noor first?\n"
    )


def test_the_chairs_turns_are_the_student_the_header_names_as_chair() -> None:
    detection = read("eco club minutes 10.03.txt", minutes("Tavita Faleolo"))
    texts = own(detection)
    assert sorted(texts) == ["S931", "S932", "S933"]
    assert "battery recycling box" in texts["S931"]
    assert "Minutes:" not in texts["S931"] and "Present" not in texts["S931"]
    assert "battery recycling box" not in texts["S932"]


def test_a_chair_the_header_names_off_the_roster_is_no_student() -> None:
    # Guard: a chair from another house is no one of the teacher's; their turns stay unfiled.
    texts = own(read("eco club minutes 10.03.txt", minutes("Ruth Keller")))
    assert sorted(texts) == ["S932", "S933"]
    assert all("battery recycling box" not in text for text in texts.values())
