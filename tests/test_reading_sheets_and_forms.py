"""Sheets and forms a blind author's day-first set (tuning21) showed asking although a
person would have filed them at once: a form's responses pasted as comma-separated values
(or sent as the .csv a form exports), a name column headed in the class's other language,
a feedback table whose "written by" and "for" columns are headed in French, and reviews
each under a bold line naming its reviewer and whose essay it is. Each test writes its own
document, in the convention and not in that set's words, and reads it as an upload is read,
with nothing said and dates day-first.

Feedback is filed, as everywhere in Flourish, for the student who gave it and the student
whose work it is about, each with only the forms they wrote or were written about.
"""

from __future__ import annotations

from datetime import date

import pytest

from domain.curriculum import EntryType
from domain.detection import Detection, RosterStudent
from domain.documents import SUPPORTED_EXTENSIONS, check_supported, read_document
from domain.errors import IngestError
from domain.sheets import sheet_as_table
from tests.reading import filed, own, read_upload, word_file

ROSTER = [
    RosterStudent("S881", "Ines Valcourt", "S881"),
    RosterStudent("S882", "Thibault Marchand", "S882", ("Tibo",)),
    RosterStudent("S883", "Élodie Garnier", "S883"),
    RosterStudent("S884", "Rafael Ortiz", "S884"),
]
TEACHER = "Sylvie Beaulieu"
TODAY = date(2026, 6, 20)


def read(file_name: str, data: bytes | str) -> Detection:
    return read_upload(file_name, data, ROSTER, teacher=TEACHER, today=TODAY, order="dmy")


# --- A form's responses, pasted as comma-separated values --------------------------------


PASTED_RESPONSES = (
    "Bilan de la semaine - 14 mai (responses copied from the form)\n"
    "Horodateur,Prénom,Une chose que j'ai comprise,Une question qui me reste\n"
    '"2026-05-14 11:02:40","Ines","les fractions équivalentes","why do we flip the second one"\n'
    '"2026-05-14 11:03:05","Tibo","rien","everything, honestly"\n'
    '"2026-05-14 11:03:31","Élodie G.","simplifier avant de multiplier","none, I explained it '
    'to Rafael after"\n'
)


def test_pasted_form_responses_file_each_row_as_that_students_own() -> None:
    """A Google Form's rows pasted into a .txt, kept by a "Prénom" column: each row is the
    writing of the student it names, as a table's rows are."""
    detection = read("exit ticket fractions.txt", PASTED_RESPONSES)
    assert filed(detection) == (
        ["S881", "S882", "S883"],
        EntryType.REFLECTION_JOURNAL,
        date(2026, 5, 14),
    )
    assert "why do we flip the second one" in own(detection)["S881"]
    assert "everything, honestly" in own(detection)["S882"]
    assert "les fractions" not in own(detection)["S882"]
    # Rafael is named in Élodie's answer, not a respondent of his own.
    assert "S884" not in filed(detection)[0]


def test_when_a_form_row_was_sent_is_not_the_students_words() -> None:
    """The form's "Horodateur" (timestamp) column says when the row was sent; the question
    headings are the form's. Neither is anyone's evidence."""
    detection = read("exit ticket fractions.txt", PASTED_RESPONSES)
    for words in own(detection).values():
        assert "2026-05-14" not in words
        assert "11:0" not in words
        assert "Une chose que" not in words


def test_form_rows_sent_on_different_days_are_each_filed_on_their_day() -> None:
    """With no date in the file's name or title, a row's timestamp says when its student
    answered: the sheet's date is its first row's, and a later row is filed on its own."""
    text = (
        "Timestamp,Student name,What did you try today?\n"
        '"15/05/2026 10:01:00","Ines","I tried the number line"\n'
        '"18/05/2026 10:03:00","Rafael","I tried drawing it"\n'
    )
    detection = read("exit tickets.txt", text)
    assert filed(detection) == (["S881", "S884"], EntryType.REFLECTION_JOURNAL, date(2026, 5, 15))
    days = {part.student_id: part.entry_date for part in detection.parts}
    assert days == {"S881": date(2026, 5, 15), "S884": date(2026, 5, 18)}


def test_a_question_left_unanswered_keeps_the_rows_other_answers_theirs() -> None:
    """A form's optional question left empty is an empty cell: the row is still its
    student's, and each answer stays under its own question."""
    text = (
        "Timestamp,Name,What did you try today?,Anything else?\n"
        '"15/05/2026 10:01:00","Ines","I tried the number line",""\n'
        '"15/05/2026 10:03:00","Rafael","I tried drawing it","it was fun"\n'
        '"15/05/2026 10:04:00","Tibo","","can we do this again"\n'
    )
    detection = read("exit tickets.txt", text)
    assert filed(detection)[0] == ["S881", "S882", "S884"]
    assert own(detection) == {
        "S881": "I tried the number line",
        "S882": "can we do this again",
        "S884": "I tried drawing it\nit was fun",
    }


def test_a_paragraph_answer_over_two_lines_stays_its_students() -> None:
    """A form's paragraph answer keeps its line break inside its quotes: the next line is
    more of the same answer, not a row of its own."""
    text = (
        "Timestamp,Name,How did the test go?\n"
        '"15/05/2026 10:01:00","Ines","I ran out of time on the last page.\n'
        'Next time I will skip the hard one and come back."\n'
        '"15/05/2026 10:03:00","Rafael","fine"\n'
    )
    detection = read("exit tickets.txt", text)
    assert filed(detection)[0] == ["S881", "S884"]
    assert "skip the hard one" in own(detection)["S881"]
    assert "skip the hard one" not in own(detection)["S884"]


def test_a_csv_upload_is_read_as_the_sheet_it_is() -> None:
    """A form's responses downloaded as a .csv (semicolons, as Excel saves in French) are
    read like the same rows pasted: a name column, here "Nom", keeps each row's answers."""
    data = (
        "Timestamp;Nom;What went well in your group?;What will you change?\n"
        "14/05/2026 09:12;Rafael;we split the jobs;listen before I talk\n"
        "14/05/2026 09:14;Ines;Rafael made a plan;ask for help sooner\n"
    )
    assert ".csv" in SUPPORTED_EXTENSIONS
    assert check_supported("group check-in.csv") == ".csv"
    detection = read("exit ticket group work.csv", data)
    assert filed(detection)[0] == ["S881", "S884"]
    assert own(detection)["S884"] == "we split the jobs\nlisten before I talk"
    assert "ask for help sooner" in own(detection)["S881"]


def test_a_spreadsheet_file_is_refused_with_how_to_send_it() -> None:
    with pytest.raises(IngestError, match=r"save or download it as \.csv"):
        check_supported("responses.xlsx")


# Guards: prose with commas is prose, and a table's name column is still required.


def test_prose_with_commas_in_a_txt_is_not_a_sheet() -> None:
    """A journal's sentences have commas, and a space after each: never a sheet's cells."""
    text = (
        "Ines - reflection, 12 May\n\n"
        "Today I tried the long method, the short method, and the drawing method.\n"
        "The drawing one was slow, messy, and honestly the only one I understood.\n"
    )
    assert read_document("Ines reflection 12 may.txt", text.encode()) == text
    detection = read("Ines reflection 12 may.txt", text)
    assert filed(detection)[0] == ["S881"]
    assert "the short method, and the drawing method." in own(detection)["S881"]


def test_a_list_of_words_with_commas_is_not_a_sheet() -> None:
    """A heading row is labels: a line of values that ends a sentence is no heading."""
    text = "Materials: rulers,glue,card.\nBring: scissors,tape,string.\n"
    assert read_document("supplies.txt", text.encode()) == text


def test_a_stray_quote_mark_ends_the_sheet_and_leaves_the_rest_as_written() -> None:
    """Bound: an unclosed quote is read over a few lines at most, never the whole file."""
    rest = "".join(f"line {number} of notes\n" for number in range(200))
    text = 'Name,Answer\nInes,ok\nRafael,"it was\n' + rest
    read_back = sheet_as_table(text, whole_file=True)
    assert read_back.startswith("Name | Answer\nInes | ok\n")
    assert read_back.endswith(rest)


# --- A feedback table headed in French -----------------------------------------------------


def french_feedback_table(heads: list[str]) -> bytes:
    return word_file(
        [
            "Présentations orales - rétroaction des pairs",
            "Date: 05/06/2026",
            [
                heads,
                ["Rafael", "Ines", "You looked at the class the whole time", "slow down a bit"],
                ["Ines", "Rafael", "Your example about the bus was clear.", "add a source"],
                ["Tibo", "Élodie", "cool", "louder"],
            ],
        ]
    )


@pytest.mark.parametrize(
    "heads",
    [
        ["Écrit par", "Pour", "Une étoile", "Un souhait"],
        ["De", "Para", "Lo mejor", "Un deseo"],
        ["Written by", "For", "A star", "A wish"],
    ],
)
def test_a_french_feedback_table_files_each_row_for_giver_and_receiver(
    heads: list[str],
) -> None:
    """ "Écrit par | Pour" is "From | To": each row is its writer's feedback and is about
    the one it is for, and each student has only the rows they wrote or were written for."""
    detection = read("peer feedback - présentations.docx", french_feedback_table(heads))
    assert filed(detection) == (
        ["S881", "S882", "S883", "S884"],
        EntryType.PEER_FEEDBACK,
        date(2026, 6, 5),
    )
    assert own(detection)["S882"] == "cool\nlouder"
    assert "cool" in own(detection)["S883"]
    assert "bus was clear" in own(detection)["S884"]
    assert "slow down a bit" in own(detection)["S884"]
    assert "cool" not in own(detection)["S881"]
    for words in own(detection).values():
        assert "Écrit par" not in words and "Written by" not in words


# --- Reviews under bold lines naming the reviewer and whose work it is --------------------


REVIEWS = (
    "**Peer review - short stories, first draft**\n"
    "**Date:** 2 June 2026\n\n"
    "**Reviewer: Ines - Story by Rafael**\n"
    "Your opening line is clear and the dialogue sounds like real people. The ending repeats "
    "the middle but never says if the dog came home.\n\n"
    "**Reviewer: Rafael - Story by Tibo**\n"
    "nice pictures\n\n"
    "**Mme Beaulieu:** Rafael, please say one thing Tibo could improve.\n"
)


def test_each_review_under_a_bold_line_is_its_reviewers_and_its_receivers() -> None:
    """ "**Reviewer: Ines - Story by Rafael**" over a review names who wrote it and whose
    story it is, as "Reviewer: Ines / Story by: Rafael" does; the teacher's line below
    the reviews is nobody's evidence."""
    detection = read("peer review - short stories.md", REVIEWS)
    assert filed(detection) == (
        ["S881", "S882", "S884"],
        EntryType.PEER_FEEDBACK,
        date(2026, 6, 2),
    )
    assert "opening line is clear" in own(detection)["S881"]
    assert "nice pictures" not in own(detection)["S881"]
    assert own(detection)["S882"] == "nice pictures"
    assert "opening line is clear" in own(detection)["S884"]
    assert "nice pictures" in own(detection)["S884"]
    for words in own(detection).values():
        assert "please say one thing" not in words
        assert "Reviewer" not in words


def test_bold_fields_set_apart_by_a_dash_name_each_side() -> None:
    """ "**Reviewer:** Ines — **Story by:** Rafael": the dash sets the fields apart, it is
    not part of the reviewer's name."""
    text = REVIEWS.replace("**Reviewer: Ines - Story by Rafael**", "**Reviewer:** Ines \u2014 "
                           "**Story by:** Rafael").replace(
        "**Reviewer: Rafael - Story by Tibo**", "**Reviewer:** Rafael \u2014 **Story by:** Tibo"
    )  # fmt: skip
    detection = read("peer review - short stories.md", text)
    assert filed(detection)[0] == ["S881", "S882", "S884"]
    assert own(detection)["S882"] == "nice pictures"


def test_a_bold_title_with_a_due_day_is_still_a_title() -> None:
    """Guard: "draft by Friday" says when it is due; the bold line is the sheet's heading,
    and the student's journal under it stays theirs."""
    text = (
        "**Topic: persuasive essays - draft by Friday**\n\n"
        "Ines journal, 3 June\n\n"
        "I picked school uniforms because I have a real opinion about it.\n"
    )
    detection = read("Ines journal 3 june.md", text)
    assert filed(detection)[0] == ["S881"]
    assert "real opinion" in own(detection)["S881"]
    assert detection.segmentation is not None
    assert detection.segmentation.metadata.get("student") is None
