"""Classes of family letters and teachers' notes that blind authors' sets (tuning5, tuning6,
tuning8) showed misfiled or asking. Each test writes its own document, in the convention and
not in those sets' words, and reads it as an upload is read, with nothing said."""

from __future__ import annotations

from datetime import date

from domain.curriculum import EntryType
from domain.detection import Detection, RosterStudent
from tests.reading import filed, read_upload

ROSTER = [
    RosterStudent("S801", "Odile Fairbanks", "S801"),
    RosterStudent("S802", "Tariq Mensah", "S802", ("Taz",)),
    RosterStudent("S803", "Wren Castellano", "S803"),
    RosterStudent("S804", "Pilar Osei", "S804"),
]
TEACHER = "Harriet Lindgren"
TODAY = date(2026, 5, 27)


def read(file_name: str, data: bytes | str) -> Detection:
    return read_upload(file_name, data, ROSTER, teacher=TEACHER, today=TODAY)


def test_a_letter_whose_writer_names_herself_and_then_the_child_is_a_parent_note() -> None:
    text = (
        "Hi Ms. Lindgren,\n"
        "This is Gloria Pratt, Odile's mother. Odile explained her science project to her "
        "grandfather on Saturday without once looking at her notes.\n"
        "She is proud of it.\n"
        "Thanks,\n"
        "Gloria\n"
        "Tues 10/14\n"
    )
    detection = read("message about Odile.txt", text)
    # The date by the signature is the letter's, months before the day it was filed.
    assert filed(detection) == (["S801"], EntryType.PARENT_NOTE, date(2025, 10, 14))


def test_a_letter_from_the_mother_of_a_child_signed_above_its_date_is_a_parent_note() -> None:
    text = (
        "Dear Ms. Lindgren,\n"
        "My name is Abena Mensah, I am the mother of Tariq Mensah in your class.\n"
        "Tariq says he was left out of the group at recess and he did not want to go back.\n"
        "Could we talk this week?\n"
        "Thank you,\n"
        "Abena Mensah\n"
        "December 3\n"
    )
    detection = read("Note to Ms. L.txt", text)
    assert filed(detection) == (["S802"], EntryType.PARENT_NOTE, date(2025, 12, 3))


def test_a_family_email_named_for_the_activity_it_is_about_is_a_parent_note() -> None:
    text = (
        "From: Rosa Castellano <rosa.c@home.example>\n"
        "To: Harriet Lindgren <hlindgren@school.example>\n"
        "Date: Tue, 11 Nov 2025 08:02:10 -0500\n"
        "Subject: Re: Wren science fair\n\n"
        "Good morning Ms. Lindgren,\n\n"
        "Wren has been testing which paper towel holds the most water all weekend and made "
        "her own chart for it.\n\n"
        "Rosa Castellano\n"
    )
    detection = read("Re_ Wren science fair.eml", text)
    assert filed(detection) == (["S803"], EntryType.PARENT_NOTE, date(2025, 11, 11))


def test_a_note_that_never_names_its_kind_told_about_a_student_is_an_observation() -> None:
    text = (
        "Feb 3\n"
        "Pilar O. -- independent reading block\n"
        "Pilar kept her book open the whole block and wrote two questions on sticky notes.\n"
        "She asked Wren to swap seats so she could hear the read-aloud.\n"
    )
    detection = read("Document7.txt", text)
    assert filed(detection) == (["S804"], EntryType.TEACHER_OBSERVATION_NOTE, date(2026, 2, 3))


def test_a_jotted_phone_note_on_one_student_is_an_observation() -> None:
    text = (
        "11/4\n"
        'Taz - set up a lost and found box by the door on his own. Told me "people kept '
        'losing stuff so I made one"\n'
        "Mention at the family meeting?\n"
    )
    detection = read("IMG_5521.txt", text)
    assert filed(detection) == (["S802"], EntryType.TEACHER_OBSERVATION_NOTE, date(2025, 11, 4))


def test_a_form_under_a_running_header_and_its_title_reads_its_reviewer_and_owner() -> None:
    text = (
        "Grade 7 Science - Ms. Lindgren - Lab Review Form\n"
        "Peer Review\n"
        "Reviewer: Wren Castellano\n"
        "Project owner: Pilar Osei\n"
        "Date: Tuesday, March 10\n"
        "What was strong:\n"
        "You measured every cup twice, so your numbers are easy to trust.\n"
        "Suggestion:\n"
        "Say your question at the start so the judges know what you tested.\n"
    )
    detection = read("Wren peer review for Pilar.txt", text)
    assert filed(detection) == (["S803", "S804"], EntryType.PEER_FEEDBACK, date(2026, 3, 10))
