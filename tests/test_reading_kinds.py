"""Whose document it is decides its kind, over a word in its name: a parent's email that
mentions conferences is the parent's note, a log a student keeps in the first person is
their journal. Each test writes its own document, in the convention and not in any set's
words, and reads it as an upload is read."""

from __future__ import annotations

from datetime import date

from domain.curriculum import EntryType
from domain.detection import Detection, RosterStudent
from tests.reading import filed, read_upload
from tests.test_reading_classes import docx_file

ROSTER = [
    RosterStudent("S881", "Beatrix Okonjo", "S881", ("Bea",)),
    RosterStudent("S882", "Lionel Szabo", "S882"),
    RosterStudent("S883", "Marguerite Oyelaran", "S883"),
]
TEACHER = "Priya Danvers"
TODAY = date(2026, 5, 28)


def read(file_name: str, data: bytes | str) -> Detection:
    return read_upload(file_name, data, ROSTER, teacher=TEACHER, today=TODAY)


def email(sender: str, subject: str, body: str) -> str:
    return (
        f"From: {sender}\n"
        "To: Priya Danvers <pdanvers@riverbend.example>\n"
        f"Subject: {subject}\n"
        "Date: Tue, 10 Feb 2026 19:42:00 -0500\n"
        "MIME-Version: 1.0\n"
        'Content-Type: text/plain; charset="utf-8"\n\n'
        f"{body}"
    )


FOLLOW_UP = (
    "Ms. Danvers,\n\n"
    "Thank you for meeting with us on Thursday. Two things we forgot to mention:\n\n"
    "Bea has started reading to her little brother every night without being asked, and "
    "she keeps a list of the words he gets stuck on.\n\n"
    "She also asked to take the bus on her own now, and has not missed it once.\n\n"
)


def test_a_parents_email_about_conferences_is_a_parent_note() -> None:
    text = email(
        "Tunde Okonjo <t.okonjo@homemail.example>",
        "Following up on conferences",
        FOLLOW_UP + "Tunde Okonjo\n",
    )
    detection = read("Bea - conference follow up.eml", text)
    assert filed(detection) == (["S881"], EntryType.PARENT_NOTE, date(2026, 2, 10))


def test_a_parents_email_signed_as_the_parent_is_a_parent_note_whatever_its_subject() -> None:
    text = email(
        "Dana Reyes <dreyes@homemail.example>",
        "conference notes",
        FOLLOW_UP + "Dana Reyes (Bea's mom)\n",
    )
    detection = read("conference.eml", text)
    assert filed(detection) == (["S881"], EntryType.PARENT_NOTE, date(2026, 2, 10))


def test_conference_notes_the_teacher_writes_about_the_parents_words_stay_an_observation() -> None:
    text = (
        "Conference notes - Lionel Szabo - 2/12/26\n"
        "Met with Lionel's dad after school.\n"
        "Dad says Lionel builds model bridges at home for hours and tests them with books.\n"
        "In class Lionel is slow to start but finishes his lab write-ups carefully.\n"
        "Next step: check in on the missing reading log on Friday.\n"
    )
    detection = read("Szabo conference.txt", text)
    assert filed(detection) == (["S882"], EntryType.TEACHER_OBSERVATION_NOTE, date(2026, 2, 12))


def test_a_log_a_student_keeps_in_the_first_person_is_their_journal() -> None:
    data = docx_file(
        [
            "Field Log",
            "Marguerite O. - day two at the marsh study site (Oct 7)",
            "I waded out too far and filled my boot, so I spent the morning sorting samples.",
            "I kept losing count of the snails until I started making tally marks.",
            "Ms. Danvers showed me how to label the jars and I did the rest by myself.",
            "Tomorrow I want to try the net at the deep end.",
        ]
    )
    detection = read("field log.docx", data)
    assert filed(detection) == (["S883"], EntryType.REFLECTION_JOURNAL, date(2025, 10, 7))


def test_a_teachers_log_about_a_student_stays_an_observation() -> None:
    data = docx_file(
        [
            "Field Log",
            "Marguerite O. - day two at the marsh study site (Oct 7)",
            "Marguerite waded out too far and filled her boot, so she sorted samples instead.",
            "She lost count of the snails until she started making tally marks.",
            "I showed her how to label the jars and she did the rest herself.",
        ]
    )
    detection = read("field log.docx", data)
    assert filed(detection) == (["S883"], EntryType.TEACHER_OBSERVATION_NOTE, date(2025, 10, 7))


def test_a_teachers_first_person_log_that_names_the_student_stays_an_observation() -> None:
    data = docx_file(
        [
            "Field Log",
            "Marguerite O. - day two at the marsh study site (Oct 7)",
            "I paired Marguerite with the sampling group and I stayed at the bank with my "
            "clipboard.",
            "I asked Marguerite to count snails; I will give the group the deep-end net tomorrow.",
        ]
    )
    detection = read("field log.docx", data)
    assert filed(detection) == (["S883"], EntryType.TEACHER_OBSERVATION_NOTE, date(2025, 10, 7))


def test_conference_notes_that_set_down_the_familys_account_first_are_a_parent_note() -> None:
    data = docx_file(
        [
            "Family Conference",
            "Lionel Szabo - grade 7 - March 4",
            "Present: Mrs. Szabo (mother), Ms. Danvers",
            "Mom's concerns",
            "Mom says Lionel has stopped asking for help with homework and stays up late to "
            "finish it alone.",
            "She reported that he told his sister science is the only class where he feels smart.",
            "Teacher notes",
            "Lionel's lab write-ups are complete and on time this month.",
        ]
    )
    detection = read("Szabo family conference.docx", data)
    assert filed(detection) == (["S882"], EntryType.PARENT_NOTE, date(2026, 3, 4))


def test_conference_notes_that_open_on_the_teachers_own_section_stay_an_observation() -> None:
    data = docx_file(
        [
            "Family Conference",
            "Lionel Szabo - grade 7 - March 4",
            "Present: Mrs. Szabo (mother), Ms. Danvers",
            "Teacher notes",
            "Lionel's lab write-ups are complete and on time this month.",
            "He explained his bridge model to his mother without notes.",
            "Mom's concerns",
            "Mom says he stays up late to finish homework alone.",
        ]
    )
    detection = read("Szabo family conference.docx", data)
    assert filed(detection) == (["S882"], EntryType.TEACHER_OBSERVATION_NOTE, date(2026, 3, 4))
