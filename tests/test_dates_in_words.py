"""Dates with the day of the month written in words ("Wednesday April fifteenth", "the
twenty-first of March"), as a note written out longhand gives them. Each reading test writes
its own document and reads it as an upload is read."""

from __future__ import annotations

from datetime import date

import pytest

from domain.curriculum import EntryType
from domain.dates import find_dates
from domain.detection import Detection, RosterStudent
from tests.reading import filed, read_upload

ROSTER = [
    RosterStudent("S871", "Odile Marchetti", "S871"),
    RosterStudent("S872", "Tomasz Iwu", "S872"),
]
TEACHER = "Hal Brisco"
TODAY = date(2026, 5, 28)


def read(file_name: str, data: bytes | str) -> Detection:
    return read_upload(file_name, data, ROSTER, teacher=TEACHER, today=TODAY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thursday March fifth", date(2026, 3, 5)),
        ("Feb. twenty-first, 2026", date(2026, 2, 21)),
        ("January twenty first", date(2026, 1, 21)),
        ("the thirty-first of October", date(2025, 10, 31)),
        ("Tuesday the twelfth of May", date(2026, 5, 12)),
        ("November the third", date(2025, 11, 3)),
        ("on the second of December 2025", date(2025, 12, 2)),
        ("Sept twentieth", date(2025, 9, 20)),
    ],
)
def test_a_day_in_words_is_read_month_first_or_day_first(text: str, expected: date) -> None:
    assert find_dates(text, today=TODAY) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "You may first want to read the chapter.",
        "They march second in the parade.",
        "April thirty-second",  # no such day
        "the first time in April",
        "At the second April meeting we voted.",
        "March second graders visited the marsh.",
    ],
)
def test_words_that_only_look_like_a_day_are_not_a_date(text: str) -> None:
    assert find_dates(text, today=TODAY) == []


def test_a_note_headed_with_a_day_in_words_is_filed_that_day() -> None:
    text = (
        "Notes - Tuesday March third - river sampling + microscope block\n\n"
        "Tomasz labelled every sample jar before he left the bank and checked the list twice.\n\n"
        "Odile kept the group's timer and called each rotation without being reminded.\n"
    )
    detection = read("PXL_notes_0303.txt", text)
    assert filed(detection) == (
        ["S871", "S872"],
        EntryType.TEACHER_OBSERVATION_NOTE,
        date(2026, 3, 3),
    )


def test_a_camera_number_in_a_file_name_is_not_a_day() -> None:
    # "IMG_0412" counts a phone's photos: with nothing else to date it, the note is the
    # day it was received, said as a guess, never 12 April.
    text = (
        "Notes - science block\n\n"
        "Tomasz labelled every sample jar before he left the bank.\n\n"
        "Odile kept the group's timer and called each rotation.\n"
    )
    detection = read("IMG_0412.txt", text)
    assert detection.entry_date == TODAY
    assert detection.sources["date"] == "received"


def test_a_file_name_running_month_and_day_together_dates_a_file_that_says_nothing() -> None:
    """ "presentation_0415.srt": captions carry no date of their own; four digits that are a
    month and a day are the last guess before the day received. A scanner's or a page's
    counter is not ("scan_0107", "page 0412")."""
    text = (
        "1\n00:00:01,000 --> 00:00:05,000\nTomasz: Our project tested which soil holds "
        "water longest.\n\n"
        "2\n00:00:05,500 --> 00:00:09,000\nOdile: Clay won, by almost an hour.\n"
    )
    assert read("presentation_0415.srt", text).entry_date == date(2026, 4, 15)
    assert read("scan_0107.srt", text).entry_date == TODAY
    assert read("page 0412.srt", text).entry_date == TODAY
