"""Classes of dates that blind authors' sets (tuning6, tuning8, tuning9) showed filed on the
wrong day though the student was right. Each test writes its own document, in the
convention and not in those sets' words, and reads it as an upload is read."""

from __future__ import annotations

from datetime import date, datetime

from domain.curriculum import EntryType
from domain.dates import range_end
from domain.detection import Detection, RosterStudent
from tests.reading import filed, own, read_upload
from tests.test_reading_classes import docx_file

ROSTER = [
    RosterStudent("S821", "Ingrid Achebe", "S821"),
    RosterStudent("S822", "Rafael Sorensen", "S822"),
    RosterStudent("S823", "Naomi Kowalczyk", "S823"),
]
TEACHER = "Colm Barrett"
TODAY = date(2026, 5, 20)


def read(file_name: str, data: bytes | str) -> Detection:
    return read_upload(file_name, data, ROSTER, teacher=TEACHER, today=TODAY)


def test_a_weeks_note_that_names_its_weekday_is_dated_that_day_of_the_week() -> None:
    text = (
        "Notes wk of 1/12 (Thurs)\n\n"
        "Ingrid A. - Sorted the group's data table before anyone asked and explained it.\n"
        "Rafael S. - Left his seat four times during the quiz, came back each time.\n"
    )
    detection = read("Notes wk of 1-12.txt", text)
    # 12 Jan 2026 is a Monday: its Thursday is the 15th.
    assert filed(detection) == (
        ["S821", "S822"],
        EntryType.TEACHER_OBSERVATION_NOTE,
        date(2026, 1, 15),
    )


def test_a_report_over_a_window_of_days_is_dated_when_the_window_closes() -> None:
    text = (
        "Westfield MS - Intervention Team - Progress Monitoring\n"
        "Progress monitoring: Naomi Kowalczyk\n"
        "Data collected 1/5 - 1/23/2026 by C. Barrett\n"
        "Naomi started independent work within two minutes in four of five trials.\n"
        "She used her checklist without a prompt on three days.\n"
    )
    detection = read("Naomi progress monitoring.txt", text)
    assert filed(detection) == (["S823"], EntryType.TEACHER_OBSERVATION_NOTE, date(2026, 1, 23))


def test_a_range_end_is_only_read_across_a_dash_or_through() -> None:
    assert range_end("window: 3/2/26 - 3/24/26.", today=TODAY) == date(2026, 3, 24)
    assert range_end("Jan 5 through Jan 23", today=TODAY) == date(2026, 1, 23)
    assert range_end("met on 3/2 and again 3/24", today=TODAY) is None
    # Two dates half a year apart are not one window.
    assert range_end("9/2/25 - 4/24/26", today=TODAY) is None


def test_a_printed_message_is_dated_when_it_was_sent_not_when_it_was_printed() -> None:
    text = (
        "Westfield MS - Family Portal - Printed 10/02/2025\n"
        "Message: Rafael and homework\n"
        "From: Marta Sorensen (Parent)   To: Colm Barrett   Sent: Wednesday, October 1, "
        "2025 7:12 PM\n"
        "Hello Mr. Barrett, I am Rafael's mother. Rafael has been staying up late to finish "
        "his homework and he is very tired in the morning.\n"
        "Thank you, Marta Sorensen\n"
    )
    detection = read("Message from Sorensen, Marta.txt", text)
    assert filed(detection) == (["S822"], EntryType.PARENT_NOTE, date(2025, 10, 1))


def test_a_printouts_stamp_still_dates_it_when_nothing_else_does() -> None:
    text = (
        "Family Portal - Printed 10/02/2025\n"
        "Message: Rafael and homework\n"
        "From: Marta Sorensen (Parent)   To: Colm Barrett\n"
        "Hello Mr. Barrett, I am Rafael's mother. Rafael has been staying up late to finish "
        "his homework and he is very tired in the morning.\n"
        "Thank you, Marta Sorensen\n"
    )
    detection = read("Message from Sorensen, Marta.txt", text)
    assert detection.entry_date == date(2025, 10, 2)


def test_a_file_names_dotted_month_and_day_dates_it_when_nothing_else_does() -> None:
    text = (
        "**Journal - Ingrid A.**\n\n"
        "*Prompt: what was hard this week?*\n\n"
        "the hard part was waiting for my group to agree before we started. next time i "
        "will ask everyone to pick a job first.\n"
    )
    detection = read("ingrid journal 3.6.md", text)
    assert filed(detection) == (["S821"], EntryType.REFLECTION_JOURNAL, date(2026, 3, 6))


def test_a_caption_files_note_above_its_cues_dates_it_and_is_no_ones_turn() -> None:
    """WebVTT lets the exporter or the teacher write a NOTE above the cues: what was
    recorded and when. It dates the file; it is not a cue, so it is no one's words."""
    text = (
        "WEBVTT\n\n"
        "NOTE Science fair rehearsal, room 12, February 3, 2026\n\n"
        "1\n00:00:01.000 --> 00:00:06.000\n<v Ingrid Achebe>Our question was whether salt "
        "water freezes slower.\n\n"
        "2\n00:00:06.500 --> 00:00:09.000\n<v Colm Barrett>And what did you find?\n\n"
        "3\n00:00:09.500 --> 00:00:14.000\n<v Rafael Sorensen>It took almost twice as long "
        "in our freezer.\n"
    )
    detection = read("Recording 7.vtt", text)
    assert filed(detection)[0] == ["S821", "S822"]
    assert filed(detection)[2] == date(2026, 2, 3)
    assert "February" not in own(detection)["S821"] and "rehearsal" not in own(detection)["S822"]


def test_a_file_name_that_runs_the_month_into_its_day_dates_the_file() -> None:
    """ "debate_prep_Mar5.txt", "Oct3 notes": a month's name joined to the day, the year the
    school year's."""
    text = (
        "Debate prep\n\n"
        "Ingrid: I think we lead with the cost, it is the strongest point.\n"
        "Naomi: Then I will take the rebuttal about jobs.\n"
    )
    assert filed(read("debate_prep_Mar5.txt", text))[2] == date(2026, 3, 5)
    assert filed(read("Oct3 notes.txt", text))[2] == date(2025, 10, 3)
    # A month run into a year is no day.
    assert filed(read("debate_prep_Jan2026.txt", text))[2] == TODAY


def _days(detection: Detection) -> dict[str, date]:
    return {p.student_id: p.entry_date or detection.entry_date for p in detection.parts}


def test_a_log_with_a_dated_row_per_student_files_each_on_their_own_day() -> None:
    """An anecdotal log kept over a month, one row per student with the day it happened:
    each student's entry is dated by their row, not by the month the log covers."""
    text = (
        "Anecdotal records - Period 2\n"
        "C. Barrett, November 2025\n"
        "Day | Student | What I saw\n"
        "11/3/2025 | Ingrid Achebe | Ingrid re-read the directions aloud to her table.\n"
        "11/12/2025 | Naomi Kowalczyk | Naomi started her draft without a prompt.\n"
        "11/19/2025 | Rafael Sorensen | Rafael argued with his partner and left the group.\n"
    )
    detection = read("anecdotal log.txt", text)
    assert _days(detection) == {
        "S821": date(2025, 11, 3),
        "S823": date(2025, 11, 12),
        "S822": date(2025, 11, 19),
    }


def test_notes_under_a_dated_heading_for_each_day_take_that_day() -> None:
    text = (
        "Observation notes, Mr. Barrett\n\n"
        "Tues 2/3\n"
        "Ingrid A. helped a new student find the lab handout and set up her notebook.\n\n"
        "Thurs 2/5\n"
        "Rafael S. waited his turn to speak for the whole discussion.\n"
    )
    detection = read("obs notes.txt", text)
    assert _days(detection) == {"S821": date(2026, 2, 3), "S822": date(2026, 2, 5)}


def test_rows_that_all_repeat_one_day_keep_the_documents_date() -> None:
    """One day on every row says nothing new; a row's own words naming a due date are not
    its day."""
    text = (
        "Lab check - 3/10/26\n"
        "Student | Note\n"
        "Ingrid Achebe | Finished the lab and planned the write-up for 3/12.\n"
        "Naomi Kowalczyk | Finished the lab; her write-up is due 3/13.\n"
    )
    detection = read("lab check.txt", text)
    assert _days(detection) == {"S821": date(2026, 3, 10), "S823": date(2026, 3, 10)}


def test_a_weeks_notes_typed_up_at_the_end_of_the_week_are_dated_the_week_written() -> None:
    """ "Week of February 9" in a file saved on the Friday: the day written is the week's
    Monday; the save date is when the notes were typed up, not a day the text gives."""
    data = docx_file(
        [
            "Shelter build - observations",
            "Week of February 9, 2026",
            "Ingrid A. - held the tarp steady and reminded her group to check the knots.",
            "Rafael S. - left the build twice and came back when his partner called him.",
        ],
        created=datetime(2026, 2, 13, 15, 0),
    )
    assert filed(read("shelter obs.docx", data)) == (
        ["S821", "S822"],
        EntryType.TEACHER_OBSERVATION_NOTE,
        date(2026, 2, 9),
    )
