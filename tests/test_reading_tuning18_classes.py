"""Classes the blind set tuning18 (a US school writing month/day) showed filed on the wrong
day or not at all. Each test writes its own document, in the convention and not in the set's
words, and reads it as an upload is read."""

from __future__ import annotations

from datetime import date

from domain.curriculum import EntryType
from domain.detection import Detection, RosterStudent
from tests.reading import filed, read_upload

ROSTER = [
    RosterStudent("S1801", "Keziah Marlowe", "S1801", ("Kez",)),
    RosterStudent("S1802", "Dmitri Halvorsen", "S1802"),
    RosterStudent("S1803", "Rosalind Achterberg", "S1803", ("Roz",)),
]
TEACHER = "Wendell Pruitt"
TODAY = date(2026, 5, 22)


def read(file_name: str, data: bytes | str) -> Detection:
    return read_upload(file_name, data, ROSTER, teacher=TEACHER, today=TODAY)


def test_a_file_name_date_after_a_word_ending_in_p_is_still_a_date() -> None:
    # "group 11_6", "cleanup 3-12": the word only ends like "p." (a page), it is not one.
    text = (
        "Kez: I sorted the sensor wires and labelled the bags.\n"
        "Dmitri: I'm stuck on the code for the buzzer, can someone look?\n"
        "Kez: I can after lunch.\n"
    )
    detection = read("robotics group 11_6.txt", text)
    assert filed(detection) == (
        ["S1801", "S1802"],
        EntryType.GROUP_DISCUSSION_TRANSCRIPT,
        date(2025, 11, 6),
    )


def test_a_weeks_notes_opening_on_one_day_of_that_week_are_dated_that_day() -> None:
    text = (
        "observations - week of 3/2\n"
        "Thu 3/5 - 2nd period lab\n\n"
        "ROZ\n"
        "- set up the balance and zeroed it before anyone reminded her.\n\n"
        "DMITRI\n"
        "- asked twice to go to the nurse, came back and finished the trial.\n"
    )
    detection = read("observations week of 3-2.txt", text)
    assert filed(detection) == (
        ["S1802", "S1803"],
        EntryType.TEACHER_OBSERVATION_NOTE,
        date(2026, 3, 5),
    )
