"""A teacher's notes on several students, a paragraph or a few lines about each, that a
blind author's set (tuning14) showed asking or losing a student's paragraph: a paragraph
opening on a clause before the student's name ("When the ..., Noor ..."), notes under a
line of only a name and a colon, a name with its surname's initial before the verb, right
under the title with no blank line between, and a reflection whose byline names its writer.
Each test writes its own document, in the convention and not in that set's words, and
reads it as an upload is read, with nothing said."""

from __future__ import annotations

from datetime import date, datetime

from domain.curriculum import EntryType
from domain.detection import Detection, RosterStudent
from domain.segments import _opening_subject
from tests.reading import filed, own, read_upload
from tests.test_reading_classes import docx_file, pdf_file

ROSTER = [
    RosterStudent("S961", "Noor Haddad", "S961"),
    RosterStudent("S962", "Teodor Lindgren", "S962", ("Teo",)),
    RosterStudent("S963", "Saoirse Quinlan", "S963"),
    RosterStudent("S964", "Mateus Carvalho", "S964"),
]
TEACHER = "Harriet Oduya"
TODAY = date(2026, 6, 12)


def read(file_name: str, data: bytes | str) -> Detection:
    return read_upload(file_name, data, ROSTER, teacher=TEACHER, today=TODAY)


def test_a_paragraph_opening_on_a_clause_right_under_the_title_is_about_its_subject() -> None:
    # A PDF's text layer: no blank line between the title, its subtitle and the notes.
    data = pdf_file(
        [
            [
                "Orchard Week - Notes",
                "Week of April 20, 2026 - pruning and grafting",
                "When the grafting knife slipped off the branch, Noor put it down and asked "
                "for the clamp before trying again.",
                "Noor labelled every graft with the date and the variety.",
                "Teo counted the buds on each cutting and wrote the totals on the board.",
            ]
        ]
    )
    detection = read("orchard week notes.pdf", data)
    assert filed(detection) == (
        ["S961", "S962"],
        EntryType.TEACHER_OBSERVATION_NOTE,
        date(2026, 4, 20),
    )
    parts = own(detection)
    assert "grafting knife slipped" in parts["S961"] and "labelled every graft" in parts["S961"]
    assert "knife" not in parts["S962"] and "counted the buds" in parts["S962"]
    assert "Orchard Week" not in parts["S961"]


def test_notes_whose_paragraphs_open_on_a_clause_before_the_name_file_each_student() -> None:
    # Word paragraphs, one a line: the second of Saoirse's opens on a clause with no comma.
    data = docx_file(
        [
            "Observations - kite lab",
            "wk of 5/4",
            "When the first kite would not lift at all, Saoirse suggested moving the bridle "
            "point and tested it herself.",
            "After the second crash Saoirse said she wanted to rebuild the tail alone.",
            "Mateus sat out the flying trials and kept the stopwatch in his pocket.",
        ]
    )
    detection = read("obs kite lab.docx", data)
    assert filed(detection)[0] == ["S963", "S964"]
    assert filed(detection)[1] is EntryType.TEACHER_OBSERVATION_NOTE
    parts = own(detection)
    assert "bridle point" in parts["S963"] and "rebuild the tail" in parts["S963"]
    assert "stopwatch" in parts["S964"] and "bridle" not in parts["S964"]


def test_a_paragraph_of_its_own_opening_on_a_clause_is_a_students_note() -> None:
    text = (
        "Field notes - Tues 3/10 - stream survey\n\n"
        "Teo waded in first and read the depth gauge out loud for his group.\n\n"
        "While the others were still sorting the nets, Noor found the caddisfly larvae under "
        "the flat rocks and showed her group how to count them.\n\n"
        "Mateus logged the water temperature every ten minutes.\n"
    )
    detection = read("stream survey notes.txt", text)
    assert filed(detection) == (
        ["S961", "S962", "S964"],
        EntryType.TEACHER_OBSERVATION_NOTE,
        date(2026, 3, 10),
    )
    parts = own(detection)
    assert "caddisfly" in parts["S961"] and "caddisfly" not in parts["S962"]


def test_notes_under_a_line_of_only_a_name_and_a_colon_are_that_students() -> None:
    data = pdf_file(
        [
            [
                "Anecdotal notes - Science 7",
                "Monday 9 March 2026",
                "Saoirse:",
                "Saoirse finished the density lab before the others and checked her numbers.",
                "She explained the overflow can to her partner.",
                "Mateus:",
                "Mateus forgot his goggles again and waited by the door for a spare pair.",
                "He measured the block twice and got two different answers.",
            ]
        ]
    )
    detection = read("anecdotal notes sci.pdf", data)
    assert filed(detection) == (
        ["S963", "S964"],
        EntryType.TEACHER_OBSERVATION_NOTE,
        date(2026, 3, 9),
    )
    parts = own(detection)
    assert "overflow can" in parts["S963"] and "goggles" not in parts["S963"]
    assert "goggles" in parts["S964"] and "two different answers" in parts["S964"]


def test_a_name_with_its_surname_initial_before_the_verb_right_under_the_title() -> None:
    data = docx_file(
        [
            "Garden build - Oct 6",
            "Noor H. dug the first bed to the line and raked it level without being asked. "
            "She asked Mateus to pass the string.",
            "She stayed until the soil was in.",
            "Mateus C. carried the boards from the shed and asked where each one went. He "
            "helped Noor square the corners.",
        ]
    )
    detection = read("garden build notes.docx", data)
    assert filed(detection)[0] == ["S961", "S964"]
    parts = own(detection)
    assert "dug the first bed" in parts["S961"] and "carried the boards" not in parts["S961"]
    assert "carried the boards" in parts["S964"] and "dug the first bed" not in parts["S964"]


def test_a_reflection_whose_byline_names_its_writer_is_theirs_alone() -> None:
    text = (
        "# Spring term reflection\n\n"
        "Teodor Lindgren, April 30th\n\n"
        "I hand my homework in on time now. I only missed one sheet this month.\n\n"
        "When Saoirse wanted to skip the warm-up I said we should do it anyway.\n\n"
        "I worked with Mateus on the poster and I let him pick the colours.\n"
    )
    detection = read("my reflection.md", text)
    assert filed(detection) == (["S962"], EntryType.REFLECTION_JOURNAL, date(2026, 4, 30))
    assert "homework in on time" in own(detection)["S962"]


def test_a_clause_naming_a_student_does_not_make_a_later_name_the_subject() -> None:
    # Who opens a sentence after a clause: the first name after it, only when the clause
    # names no one, has words of its own, and a verb follows the name.
    assert _opening_subject("When the bell rang, Noor packed up first.", ROSTER) == "S961"
    assert _opening_subject("After lunch Teo said he was ready.", ROSTER) == "S962"
    assert _opening_subject("When Noor asked, Teo showed her the map.", ROSTER) is None
    assert _opening_subject("After I talked to Noor, Teo sat down.", ROSTER) is None
    assert _opening_subject("When it rained we stayed in. Noor read.", ROSTER) is None


def test_a_note_of_its_own_on_a_second_student_below_two_on_the_first_is_theirs() -> None:
    text = (
        "Notes - Thursday 3/19 - pond dipping\n\n"
        "Mateus waited at the edge of the pond until the whole group had their nets ready.\n\n"
        "Mateus spent the sorting time drawing in the margin and had to be called back to "
        "the trays twice.\n\n"
        "When the sorting tray tipped over, Saoirse scooped the snails back in and started "
        "the count again from the top.\n"
    )
    detection = read("pond notes.txt", text)
    assert filed(detection) == (
        ["S963", "S964"],
        EntryType.TEACHER_OBSERVATION_NOTE,
        date(2026, 3, 19),
    )
    parts = own(detection)
    assert "snails" in parts["S963"] and "margin" not in parts["S963"]
    assert "snails" not in parts["S964"] and "margin" in parts["S964"]


def test_a_paragraph_telling_of_the_first_student_by_a_pronoun_stays_their_note() -> None:
    # "him" is the student the note keeps coming back to: that paragraph is not a note on
    # the classmate who opens it.
    text = (
        "3/24\n\n"
        "Mateus built the whole circuit on his own. Mateus tested it twice before calling "
        "me over.\n\n"
        "Noor asked him to show her where the switch went.\n"
    )
    detection = read("circuits notes.txt", text)
    assert filed(detection)[0] == ["S964"]


def test_paragraphs_labelled_with_a_students_whole_name_and_a_full_stop() -> None:
    """A typed-up sheet: "Noor Haddad. Noor ...", "Teodor Lindgren (Teo). Teo ...": each
    paragraph is about the student whose name labels it."""
    data = docx_file(
        [
            "Check-in notes - week of March 2",
            "Noor Haddad. Noor kept the group's timeline and moved them on when they stalled.",
            "Teodor Lindgren (Teo). Teo waited for his turn twice without a reminder.",
            "Saoirse Quinlan. She asked whether the second article had a source at all.",
        ],
        created=datetime(2026, 3, 6, 15, 0),
    )
    detection = read("check-ins.docx", data)
    assert filed(detection) == (
        ["S961", "S962", "S963"],
        EntryType.TEACHER_OBSERVATION_NOTE,
        date(2026, 3, 2),
    )
    assert "timeline" in own(detection)["S961"] and "timeline" not in own(detection)["S962"]
    assert own(detection)["S963"].endswith("had a source at all.")


def test_a_line_that_leaves_out_the_teachers_i_is_about_the_student_seen() -> None:
    text = (
        "Period 4 notes - 3/10\n\n"
        "Noor - helped Teo sort the seed packets by planting month. Teo then labelled the "
        "rest himself.\n"
        "Also noticed Noor put her phone away before the timer started, without a word "
        "from me.\n\n"
        "Teo - slow to settle, but steady once he had the packets.\n"
    )
    detection = read("p4 notes.txt", text)
    assert filed(detection)[0] == ["S961", "S962"]
    assert "put her phone away" in own(detection)["S961"]
    assert "put her phone away" not in own(detection)["S962"]
