"""Peer feedback typed up as one sheet: several half-sheets in one table, a row per form
("Reviewer | Presenter | Glow | Grow", "From | To | Stars | Wish"), or several reviewers'
blocks under one header naming whose work it is; or one form whose PDF text puts its
fields on one line; as blind authors' sets (tuning15, tuning16, tuning17) wrote them.
Every student of the teacher's who gave or received feedback is filed, each with the forms
they wrote or were written about; the heading row and the teacher's own lines are no
one's, and a name that may be one of the teacher's students but cannot be told makes it
ask. Each test writes its own document, in the convention and not in those sets' words,
and reads it as an upload is read, with nothing said."""

from __future__ import annotations

from datetime import date

import pytest

from domain.curriculum import EntryType
from domain.detection import Detection, RosterStudent
from domain.errors import NeedsStudent
from tests.reading import filed, own, read_upload, word_file
from tests.test_reading_classes import pdf_file

ROSTER = [
    RosterStudent("S971", "Perpetua Lindgren", "S971", ("Pet",)),
    RosterStudent("S972", "Augustin Farrow", "S972", ("Gus",)),
    RosterStudent("S973", "Marisol Quintero", "S973"),
    RosterStudent("S974", "Oskar Ndiaye", "S974"),
    RosterStudent("S975", "Wilhelmina Pryce", "S975", ("Mina",)),
]
TEACHER = "Cordelia Ashdown"
TODAY = date(2026, 5, 27)


def read(file_name: str, data: bytes | str) -> Detection:
    return read_upload(file_name, data, ROSTER, teacher=TEACHER, today=TODAY)


def presenter_table(rows: list[list[str]]) -> bytes:
    return word_file(
        [
            "Tide Pool Talks - Peer Feedback",
            "Science 7 - 3/12/26 - copied from the feedback slips",
            [["Reviewer", "Presenter", "Glow", "Grow"], *rows],
            "Teacher note: most grows were about pace again.",
        ]
    )


def test_a_table_of_forms_files_each_reviewer_and_presenter_with_their_own_rows() -> None:
    """A row a half-sheet: the reviewer wrote it and it is about the presenter, so each
    student's own text is the rows they wrote and the rows written about them; "Gus F." is
    Augustin by his nickname. The heading row and the teacher's note below are no one's."""
    data = presenter_table(
        [
            ["Gus F.", "Marisol Q.", "Your barnacle photos were sharp.", "Say the numbers slower."],
            ["Marisol Q.", "Oskar N.", "Great hook about the octopus.", "Face us more."],
            ["Oskar N.", "Gus F.", "You knew every answer.", "Fewer words on slide 2."],
        ]
    )
    detection = read("peer feedback tide pool talks.docx", data)
    assert filed(detection) == (
        ["S972", "S973", "S974"],
        EntryType.PEER_FEEDBACK,
        date(2026, 3, 12),
    )
    parts = own(detection)
    assert "barnacle photos" in parts["S972"] and "every answer" in parts["S972"]
    assert "octopus" not in parts["S972"]
    assert "barnacle photos" in parts["S973"] and "octopus" in parts["S973"]
    assert "every answer" not in parts["S973"]
    for text in parts.values():
        assert "Glow" not in text and "Grow" not in text and "Teacher note" not in text
        assert "about pace" not in text


def test_a_from_to_table_in_markdown_keeps_the_line_below_it_out_of_the_last_form() -> None:
    text = (
        "# Comic strip peer feedback\n\n"
        "Feb 2, 2026 - two stars and a wish\n\n"
        "| From | To | Stars | Wish |\n"
        "|---|---|---|---|\n"
        "| Mina P. | Pet L. | Your panels read left to right without arrows. | More colour. |\n"
        "| Pet L. | Mina P. | The joke on the last panel landed. |  |\n\n"
        "Reminder: final strips due Friday.\n"
    )
    detection = read("comic strip feedback.md", text)
    assert filed(detection) == (["S971", "S975"], EntryType.PEER_FEEDBACK, date(2026, 2, 2))
    parts = own(detection)
    assert "left to right" in parts["S971"] and "last panel" in parts["S971"]
    assert "left to right" in parts["S975"] and "last panel" in parts["S975"]
    assert all("Reminder" not in text and "Stars" not in text for text in parts.values())


def test_a_row_naming_a_student_of_no_roster_of_the_teacher_s_files_only_the_other() -> None:
    """ "Thaddeus W." is in another class, and a slip left unsigned names no one: the
    presenter of each is still filed, with that row alone."""
    data = presenter_table(
        [
            ["Gus F.", "Marisol Q.", "Your barnacle photos were sharp.", "Say the numbers slower."],
            ["Thaddeus W.", "Oskar N.", "Great hook about the octopus.", "Face us more."],
            ["", "Pet L.", "Loved the crab voices.", "Louder."],
        ]
    )
    detection = read("peer feedback tide pool talks.docx", data)
    assert filed(detection)[0] == ["S971", "S972", "S973", "S974"]
    parts = own(detection)
    assert "octopus" in parts["S974"] and "barnacle" not in parts["S974"]
    assert "octopus" not in parts["S972"] and "crab voices" not in parts["S974"]
    assert parts["S971"] == "Loved the crab voices.\nLouder."


def test_a_row_naming_someone_who_may_be_a_student_of_the_teacher_s_asks() -> None:
    """ "Oskar T." beside Oskar Ndiaye: a classmate of another class, or Oskar mistyped;
    never a guess."""
    data = presenter_table(
        [
            ["Gus F.", "Marisol Q.", "Your barnacle photos were sharp.", "Say the numbers slower."],
            ["Oskar T.", "Gus F.", "Great hook about the octopus.", "Face us more."],
        ]
    )
    with pytest.raises(NeedsStudent) as asked:
        read("peer feedback tide pool talks.docx", data)
    assert asked.value.candidates == ["S974"]


def test_reviewers_blocks_under_one_header_naming_whose_work_it_is_file_all_of_them() -> None:
    """ "**Poster by:** Marisol Q." in the header, then one "**Reviewer:**" block each: the
    poster's maker is reviewed in every block, each reviewer wrote their own; the line below
    the last rule is the teacher's."""
    text = (
        "# Gallery walk - poster feedback\n\n"
        "**Date:** March 19, 2026\n"
        "**Poster by:** Marisol Q.\n\n"
        "---\n\n"
        "**Reviewer:** Pet L.\n\n"
        "Star: The kelp diagram has every layer labelled.\n"
        "Wish: I wish the title was bigger.\n\n"
        "---\n\n"
        "**Reviewer:** Oskar N.\n\n"
        "Star: You put the food chain in the order it happens.\n"
        "Wish: Add where you got the facts.\n\n"
        "---\n"
        "*Posters stay up in the hall until spring break.*\n"
    )
    detection = read("poster feedback gallery walk.md", text)
    assert filed(detection) == (
        ["S971", "S973", "S974"],
        EntryType.PEER_FEEDBACK,
        date(2026, 3, 19),
    )
    parts = own(detection)
    assert "kelp diagram" in parts["S973"] and "food chain" in parts["S973"]
    assert "kelp diagram" in parts["S971"] and "food chain" not in parts["S971"]
    assert "food chain" in parts["S974"] and "kelp diagram" not in parts["S974"]
    assert all("hall until spring" not in text for text in parts.values())


def test_a_form_whose_pdf_line_holds_reviewer_and_work_files_both_without_the_teacher() -> None:
    """ "Reviewer: ...     Poster reviewed: panel 2 (Marisol Quintero - tide pools)     Date:"
    on one line of the text layer: the reviewer writes, the student whose work it names in
    brackets is reviewed; the teacher's "Teacher check:" line is neither's."""
    data = pdf_file(
        [
            [
                "Harbor Walk - Peer Review Sheet",
                "Reviewer: Oskar Ndiaye     Poster reviewed: panel 2 (Marisol Quintero - "
                "tide pools)     Date:",
                "4/14/26",
                "Something that works",
                "The sea star drawing is labelled so I knew which arm was growing back.",
                "Something to change",
                "The title is small. Maybe cut out bigger letters?",
                "Teacher check: kind / specific / helpful - yes / yes / no",
            ]
        ]
    )
    detection = read("Peer review - harbor poster.pdf", data)
    assert filed(detection) == (["S973", "S974"], EntryType.PEER_FEEDBACK, date(2026, 4, 14))
    for text in own(detection).values():
        assert "sea star drawing" in text and "bigger letters" in text
        assert "Teacher check" not in text and "yes / yes" not in text


def test_a_from_to_table_of_times_is_no_sheet_of_forms() -> None:
    """ "From | To | Station" over times of day is the lesson's timetable, not who wrote to
    whom: the note below it is about the student it names."""
    text = (
        "Lab rotation observation - 3/5/26\n\n"
        "| From | To | Station |\n"
        "|---|---|---|\n"
        "| 9:00 | 9:20 | Microscopes |\n"
        "| 9:20 | 9:40 | Pond water |\n\n"
        "Observed Marisol at the microscopes. She focused the slide for her table and "
        "explained what a paramecium is.\n"
    )
    detection = read("lab rotation observation.md", text)
    assert filed(detection) == (
        ["S973"],
        EntryType.TEACHER_OBSERVATION_NOTE,
        date(2026, 3, 5),
    )
    assert detection.segmentation is not None and not detection.segmentation.form_rows
    assert "paramecium" in own(detection)["S973"]
