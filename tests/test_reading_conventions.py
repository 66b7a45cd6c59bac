"""More of the conventions teachers write in, each filed as an upload is with nothing said.

Every document is written by the test. The roster has first names that are everyday words
(Rose, Mark), two students sharing a first name, and nicknames, so that a wrong student is
the easy mistake: each test checks who is filed, as what and when, and that nothing is filed
for a student the document is not about (unsure, it asks).
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from domain.curriculum import EntryType
from domain.db import unit_of_work
from domain.errors import NeedsStudent
from domain.ingest import IngestResult, ingest_document
from domain.models import DataEntry
from domain.roster import RosterFile, import_roster

TEACHERS = """id,name,email,slack_user_id
T301,Ms. Hana Lindqvist,lindqvist@school.example,
T302,Mr. Oren Batiste,batiste@school.example,
"""
STUDENTS = """id,name,grade,teacher_id,nickname
S301,Rose Amadi,8,T301,
S302,Mark Tillman,8,T301,
S303,Nico Ferreira,8,T301,
S304,Priscilla Moon,8,T301,Cilla
S305,Dev Anand,8,T302,
"""
TODAY = date(2025, 12, 20)


@pytest.fixture
def seeded(sessions: sessionmaker[Session]) -> sessionmaker[Session]:
    with unit_of_work(sessions) as session:
        import_roster(
            session, [RosterFile("teachers.csv", TEACHERS), RosterFile("students.csv", STUDENTS)]
        )
    return sessions


def file(sessions: sessionmaker[Session], name: str, data: bytes | str) -> IngestResult:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    with unit_of_work(sessions) as session:
        return ingest_document(session, file_name=name, data=raw, today=TODAY, teacher_id="T301")


def filed(result: IngestResult) -> list[tuple[str, EntryType, date]]:
    return sorted((e.student_id, e.entry_type, e.entry_date) for e in result.entries)


def own_text(sessions: sessionmaker[Session]) -> dict[str, str]:
    with sessions() as session:
        return {
            entry.student_id: entry.own_text
            for entry in session.scalars(select(DataEntry).order_by(DataEntry.id))
        }


# --- Never a wrong student ---------------------------------------------------------------


def test_an_initialled_everyday_first_name_in_a_title_names_the_writer(
    seeded: sessionmaker[Session],
) -> None:
    # "Rose A." is the writer; Nico, named in her answer, is a classmate.
    text = (
        "Math Journal \u2014 Rose A. \u2014 Oct. 3rd\n\n"
        "\u201cWhat helped you this week?\u201d\n\n"
        "Working next to Nico helped, we checked each other's steps.\n"
    )
    assert filed(file(seeded, "doc_07.txt", text)) == [
        ("S301", EntryType.REFLECTION_JOURNAL, date(2025, 10, 3))
    ]


def test_a_journal_naming_only_a_classmate_asks_whose_it_is(
    seeded: sessionmaker[Session],
) -> None:
    text = (
        "Science Journal \u2014 Oct. 3rd\n\n"
        "\u201cWhat helped you this week?\u201d\n\n"
        "Sitting away from Nico honestly. We just talk too much.\n"
    )
    with pytest.raises(NeedsStudent) as asked:
        file(seeded, "doc_08.txt", text)
    assert asked.value.candidates == ["S303"]
    assert own_text(seeded) == {}


def test_feedback_forms_file_each_presenter_never_the_reviewer_on_their_line(
    seeded: sessionmaker[Session],
) -> None:
    text = (
        "Poster Walk Peer Feedback\n"
        "December 3, 2025\n\n"
        "Presenter: Rose Amadi \u2014 Reviewer: Priscilla Moon\n"
        "Glow: Your map had a clear key and the colours matched it.\n\n"
        "Presenter: Nico Ferreira \u2014 Reviewer: Rose Amadi\n"
        "Glow: You answered every question with a source.\n"
    )
    assert filed(file(seeded, "doc_09.txt", text)) == [
        ("S301", EntryType.PEER_FEEDBACK, date(2025, 12, 3)),
        ("S303", EntryType.PEER_FEEDBACK, date(2025, 12, 3)),
    ]


# --- The kind of document, from what a person reads first -------------------------------


def test_an_email_from_a_student_s_family_is_a_parent_note_about_that_student(
    seeded: sessionmaker[Session],
) -> None:
    text = (
        "From: Grace Tillman <grace.t@mailbox.example>\n"
        "To: Ms. Lindqvist\n"
        "Subject: Good news!\n"
        "Date: 11/10/2025\n\n"
        "Dear Ms. Lindqvist,\n\n"
        "Last night he did his reading log without me asking, for the first time this year.\n\n"
        "Grace Tillman\n"
    )
    assert filed(file(seeded, "doc_10.md", text)) == [
        ("S302", EntryType.PARENT_NOTE, date(2025, 11, 10))
    ]
    assert "reading log without me asking" in own_text(seeded)["S302"]


def test_a_transcription_service_export_is_a_discussion_filed_for_each_speaker(
    seeded: sessionmaker[Session],
) -> None:
    text = (
        "Density Lab - Group 2\n"
        "Mon, Dec 1, 2025  |  period 3\n\n"
        "Nico Ferreira  0:02\n"
        "Okay so who's doing what? I'll time.\n\n"
        "Priscilla Moon  0:09\n"
        "I'll write the steps down first so we don't skip one.\n\n"
        "Hana Lindqvist  1:15\n"
        "Nice. Write down the starting mass.\n"
    )
    assert filed(file(seeded, "doc_11.txt", text)) == [
        ("S303", EntryType.GROUP_DISCUSSION_TRANSCRIPT, date(2025, 12, 1)),
        ("S304", EntryType.GROUP_DISCUSSION_TRANSCRIPT, date(2025, 12, 1)),
    ]
    assert own_text(seeded)["S304"] == "I'll write the steps down first so we don't skip one."


@pytest.mark.parametrize(
    ("first_line", "kind"),
    [
        ("Bridge Presentations", EntryType.PROJECT_PRESENTATION_TRANSCRIPT),
        ("EXIT SLIPS - fractions - Fri Nov 14", EntryType.REFLECTION_JOURNAL),
        ("advisory check-in -- mon 11/10/2025", EntryType.TEACHER_OBSERVATION_NOTE),
    ],
)
def test_the_first_line_names_the_kind_in_the_plural_or_above_a_question(
    seeded: sessionmaker[Session], first_line: str, kind: EntryType
) -> None:
    text = f"{first_line}\nQ: what did you try first?\n\nNico: I drew it before I built it.\n"
    assert [(e.student_id, e.entry_type) for e in file(seeded, "doc_12.txt", text).entries] == [
        ("S303", kind)
    ]


# --- A note about several students, each by name ----------------------------------------


def test_a_note_with_a_paragraph_per_student_files_each_with_only_their_paragraph(
    seeded: sessionmaker[Session],
) -> None:
    text = (
        "# Advisory Check-In Notes\n"
        "**Week of 11/3 \u2014 written up Wed 11/5**\n\n"
        "**Cilla M.** \u2014 Ran the circle when I was called away. Kept the piece moving.\n\n"
        "Nico - forgot his permission slip again; we made a folder together.\n\n"
        "follow up: seat Nico near the door\n"
    )
    assert filed(file(seeded, "doc_13.md", text)) == [
        ("S303", EntryType.TEACHER_OBSERVATION_NOTE, date(2025, 11, 5)),
        ("S304", EntryType.TEACHER_OBSERVATION_NOTE, date(2025, 11, 5)),
    ]
    own = own_text(seeded)
    assert "Ran the circle" in own["S304"] and "permission slip" not in own["S304"]
    assert "permission slip" in own["S303"] and "Ran the circle" not in own["S303"]
    assert "seat Nico" not in own["S303"]


# --- Dates as people write them ---------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "when"),
    [
        ("12/10", date(2025, 12, 10)),
        ("12-16-2025", date(2025, 12, 16)),
        ("mon 9/22", date(2025, 9, 22)),
    ],
)
def test_dates_without_a_year_or_with_dashes_take_the_school_year(
    seeded: sessionmaker[Session], written: str, when: date
) -> None:
    text = (
        f"Reflection journal - Nico F. - {written}\n\nQ: What changed?\nA: i use the folder now.\n"
    )
    assert filed(file(seeded, "doc_14.txt", text)) == [("S303", EntryType.REFLECTION_JOURNAL, when)]


def test_a_transcript_in_initials_files_each_speaker_by_their_initials(
    seeded: sessionmaker[Session],
) -> None:
    text = (
        "peer tutoring - thesis statements\n"
        "11/3/25  per. 2\n"
        "N.F. = Nico (tutor), R.A. = Rose\n\n"
        "T: Nico, walk Rose through the checklist.\n"
        "R.A.: I have my draft, I made a pocket just for drafts.\n"
        "N.F.: Nice. Read me your thesis.\n"
    )
    assert filed(file(seeded, "doc_15.txt", text)) == [
        ("S301", EntryType.PEER_TUTORING_TRANSCRIPT, date(2025, 11, 3)),
        ("S303", EntryType.PEER_TUTORING_TRANSCRIPT, date(2025, 11, 3)),
    ]
    assert own_text(seeded)["S301"] == "I have my draft, I made a pocket just for drafts."
