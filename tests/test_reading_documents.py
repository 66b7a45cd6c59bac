"""Documents written the way other people write them, read as a person reads them.

Every document here is written by the test, in a convention of its own: renamed files with a
title and a bold header, bold metadata lines, teacher notes and ratings after the last turn,
timestamped and transcription-service transcripts, prompts in a journal, a .docx with a
Heading 1 and core properties, a PDF. Each is filed through `ingest_document` on every
database under test, and what is stored as the student's own words is checked span by span.
"""

from __future__ import annotations

import io
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from domain.assessors.base import ProposedItem
from domain.curriculum import EntryType
from domain.db import unit_of_work
from domain.errors import NeedsStudent
from domain.ingest import IngestResult, ingest_document
from domain.models import DataEntry
from domain.roster import RosterFile, import_roster
from domain.validation import validate_items
from tests.factories import TODAY, seed_roster
from tests.slack_harness import RODRIGUEZ, RunningApp, wait_for
from tests.test_cli import run

NICKNAMED = """id,name,grade,teacher_id,nickname
S005,Mohammed Ali,7,T001,Mo
S006,Will Carter,7,T001,
S007,Eva Chen,7,T002,
"""


@pytest.fixture
def seeded(sessions: sessionmaker[Session]) -> sessionmaker[Session]:
    with unit_of_work(sessions) as session:
        seed_roster(session)
        import_roster(session, [RosterFile("students.csv", NICKNAMED)])
    return sessions


def file(
    sessions: sessionmaker[Session], name: str, data: bytes | str, **options: object
) -> IngestResult:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    with unit_of_work(sessions) as session:
        return ingest_document(session, file_name=name, data=raw, today=TODAY, **options)  # type: ignore[arg-type]


def stored(sessions: sessionmaker[Session]) -> dict[str, DataEntry]:
    with sessions() as session:
        entries = session.scalars(select(DataEntry).order_by(DataEntry.id)).all()
        return {entry.student_id: entry for entry in entries}


def roles(entry: DataEntry) -> list[tuple[str, str]]:
    """(role, text) of every span stored with the entry, read back from its content."""
    return [
        (span["role"], " ".join((entry.content or "")[span["start"] : span["end"]].split()))
        for span in entry.entry_metadata["spans"]
    ]


JOURNAL = """# Reflection Journal, Week 3

**Student:** Lucas
**Date:** Tuesday, September 16, 2025

This week I started my essay on Monday instead of waiting for the weekend.
I broke it into three parts and did one each night.
"""
OBSERVATION = """Observation note

**Student:** Eva
**Date:** Sept 16
**Setting:** Science lab, small groups of four, second period

Eva checked her group's measurements twice before writing them down. When Theo's number
looked wrong she asked him to measure again instead of changing it herself.
"""
PARENT_EMAIL = """From: Dana Ortiz (Lucas's mom)
To: Ms. Rodriguez
Subject: This week at home
Sent: 9/18/25

Hi Ms. Rodriguez,

Lucas set up his own homework checklist on the fridge this week and has followed it every
night without me asking. Could we talk about his math grade at conferences?

Thanks so much,
Dana
"""


@pytest.mark.parametrize(
    ("name", "text", "student", "kind", "when"),
    [
        ("doc_01.md", JOURNAL, "S002", EntryType.REFLECTION_JOURNAL, date(2025, 9, 16)),
        ("doc_02.md", OBSERVATION, "S001", EntryType.TEACHER_OBSERVATION_NOTE, date(2025, 9, 16)),
        ("doc_03.txt", PARENT_EMAIL, "S002", EntryType.PARENT_NOTE, date(2025, 9, 18)),
    ],
)
def test_renamed_files_are_read_from_their_title_and_header(
    seeded: sessionmaker[Session],
    name: str,
    text: str,
    student: str,
    kind: EntryType,
    when: date,
) -> None:
    result = file(seeded, name, text, teacher_id="T001")
    assert [(e.student_id, e.entry_type, e.entry_date) for e in result.entries] == [
        (student, kind, when)
    ]
    entry = stored(seeded)[student]
    # Header lines, the title, a question and a letter's greeting are never the evidence.
    for not_own in ("Student", "Week 3", "Science lab", "Could we talk", "Hi Ms.", "Dana Ortiz"):
        assert not_own not in entry.own_text
    assert entry.own_text.strip()
    assert "metadata" in [role for role, _ in roles(entry)]


def test_bold_metadata_lines_are_never_speakers(seeded: sessionmaker[Session]) -> None:
    text = """## Group discussion: the class garden

**Topic:** What should we plant first?
**Skills in focus:** Collaboration, Communication
**Date:** October 2, 2025

**Ms. Rodriguez:** Let's hear one idea from each of you.
**Eva:** I think tomatoes, because they grow fast and we can share them.
**Lucas:** Herbs are easier. I read that basil grows in two weeks.
"""
    result = file(seeded, "garden.md", text, teacher_id="T001")
    assert [e.student_id for e in result.entries] == ["S001", "S002"]
    entries = stored(seeded)
    assert entries["S001"].own_text == (
        "I think tomatoes, because they grow fast and we can share them."
    )
    speakers = {span.get("speaker") for span in entries["S001"].entry_metadata["spans"]}
    assert not speakers & {"Topic", "Skills in focus", "Date"}
    metadata_keys = [
        span["key"]
        for span in entries["S001"].entry_metadata["spans"]
        if span["role"] == "metadata"
    ]
    assert metadata_keys == ["other", "other", "date"]


def test_a_presentation_without_speaker_labels_is_the_presenters(
    seeded: sessionmaker[Session],
) -> None:
    text = """# Project presentation

**Presenter:** Eva
**Topic:** Where our water comes from
**Skills in focus:** Communication, Global Awareness

Our city's water starts in the mountains two hundred miles away.
I interviewed a farmer downstream, and she told me dry years are hardest for them.
"""
    for given in (None, "S001"):
        result = file(seeded, f"talk_{given}.md", text, teacher_id="T001", student_id=given)
        assert [(e.student_id, e.entry_type) for e in result.entries] == [
            ("S001", EntryType.PROJECT_PRESENTATION_TRANSCRIPT)
        ]
    entry = stored(seeded)["S001"]
    # One paragraph, one span: its lines joined as the words run on.
    assert entry.own_text == (
        "Our city's water starts in the mountains two hundred miles away. "
        "I interviewed a farmer downstream, and she told me dry years are hardest for them."
    )


def test_teacher_notes_and_ratings_after_the_last_turn_are_not_the_students(
    seeded: sessionmaker[Session],
) -> None:
    text = """Participants: Eva, Lucas
Date: 2025-10-06
Type: Group discussion

Teacher: Who will take notes today?
Eva: I can, and Lucas can keep time.
Lucas: Fine. I'll set a timer for ten minutes.
Lucas was the one who kept everyone on the timer today, which is new for him.

Teacher notes: Eva volunteered before anyone else and shared the roles out fairly.
Skills observed: Collaboration: Proficient, Communication: Developing
- Self-Management - Developing
"""
    file(seeded, "discussion.txt", text, teacher_id="T001")
    entries = stored(seeded)
    assert entries["S001"].own_text == "I can, and Lucas can keep time."
    assert entries["S002"].own_text == "Fine. I'll set a timer for ten minutes."
    levels = entries["S001"].entry_metadata["teacher_levels"]
    assert levels == [
        {"skill": "Collaboration", "level": "Proficient"},
        {"skill": "Communication", "level": "Developing"},
        {"skill": "Self-Management", "level": "Developing"},
    ]
    spans = roles(entries["S002"])
    assert ("teacher_summary", "Lucas was the one who kept everyone on the timer today, which is "
            "new for him.") in spans  # fmt: skip
    assert ("rating", "Skills observed: Collaboration: Proficient, Communication: Developing") in (
        spans
    )


def test_every_rostered_speaker_is_filed_whatever_the_file_name_names(
    seeded: sessionmaker[Session],
) -> None:
    text = """Type: Group discussion (lit circle)
Date: 2025-10-09

Eva: The narrator is lying to protect her friend.
Jordan: I don't think she's lying, she just doesn't know.
Lucas: She knows. Page twelve says she saw it happen.
Eva: That's a good point, I missed that part.
"""
    result = file(seeded, "S001_lit-circle.txt", text, teacher_id="T001")
    assert [e.student_id for e in result.entries] == ["S001", "S002"]
    assert result.sources["student"] == "file name and speakers"
    assert result.notes == ["1 other speaker not on your roster: their turns were not filed."]
    entries = stored(seeded)
    assert entries["S002"].own_text == "She knows. Page twelve says she saw it happen."
    assert "Jordan" not in entries["S001"].own_text and "lying, she" not in entries["S001"].own_text


def test_a_timestamped_transcript_with_four_speakers(seeded: sessionmaker[Session]) -> None:
    text = """Socratic seminar - Thursday, October 9, 2025

[00:00:04] Ms. R: Is it ever right to break a rule?
[00:00:11] Eva (S001): Sometimes, if the rule hurts someone.
[00:00:25] LUCAS: Then everyone decides for themselves which rules count.
Speaker 4 (Mo)  00:00:40
I think you can break it but you have to say so out loud.
And accept what happens.

[00:01:02] Eva (S001): I agree with Mo, that's the honest way.
"""
    result = file(seeded, "recording_0412.txt", text, teacher_id="T001")
    assert [(e.student_id, e.entry_type, e.entry_date) for e in result.entries] == [
        ("S001", EntryType.GROUP_DISCUSSION_TRANSCRIPT, date(2025, 10, 9)),
        ("S002", EntryType.GROUP_DISCUSSION_TRANSCRIPT, date(2025, 10, 9)),
        ("S005", EntryType.GROUP_DISCUSSION_TRANSCRIPT, date(2025, 10, 9)),
    ]
    entries = stored(seeded)
    assert entries["S001"].own_text == (
        "Sometimes, if the rule hurts someone.\nI agree with Mo, that's the honest way."
    )
    assert entries["S002"].own_text == "Then everyone decides for themselves which rules count."
    assert entries["S005"].own_text == (
        "I think you can break it but you have to say so out loud. And accept what happens."
    )
    teacher = [s for s in entries["S001"].entry_metadata["spans"] if s.get("speaker") == "Ms. R"]
    assert [s["speaker_kind"] for s in teacher] == ["teacher"]


def test_a_journals_written_questions_are_not_the_students_words(
    seeded: sessionmaker[Session],
) -> None:
    text = """Exit ticket
Student: Lucas
Date: 10/02/2025

What is one thing you did today that helped your group?
I asked Eva what she thought before we voted.

**Prompt:** How did you handle a disagreement?
We both said our side and then picked the one with better evidence.
"""
    result = file(seeded, "ticket.md", text, teacher_id="T001")
    assert [(e.entry_type, e.entry_date) for e in result.entries] == [
        (EntryType.REFLECTION_JOURNAL, date(2025, 10, 2))
    ]
    entry = stored(seeded)["S002"]
    assert entry.own_text.splitlines() == [
        "I asked Eva what she thought before we voted.",
        "We both said our side and then picked the one with better evidence.",
    ]
    assert [role for role, _ in roles(entry)].count("prompt") == 2


def test_a_utf8_docx_is_read_from_its_heading_and_core_properties(
    seeded: sessionmaker[Session],
) -> None:
    import docx

    document = docx.Document()
    document.core_properties.title = "Conference notes"
    document.core_properties.created = datetime(2025, 10, 2, 14, 30)
    document.add_heading("Reading check — Mia", level=1)
    document.add_paragraph("Mia read Zoë’s chapter aloud and stopped to fix two words herself.")
    document.add_paragraph("She said “I’m proud I didn’t skip the hard part.”")
    buffer = io.BytesIO()
    document.save(buffer)

    result = file(seeded, "Document1.docx", buffer.getvalue(), teacher_id="T002")
    assert [(e.student_id, e.entry_type, e.entry_date) for e in result.entries] == [
        ("S004", EntryType.TEACHER_OBSERVATION_NOTE, date(2025, 10, 2))
    ]
    assert result.sources == {
        "type": "document properties",
        "date": "document properties",
        "student": "title",
    }
    entry = stored(seeded)["S004"]
    assert entry.own_text == (
        "Mia read Zoë’s chapter aloud and stopped to fix two words herself. "
        "She said “I’m proud I didn’t skip the hard part.”"
    )
    assert ("title", "Reading check — Mia") in roles(entry)


def test_a_pdf_is_read_from_its_metadata_and_first_page_with_the_schools_date_order(
    seeded: sessionmaker[Session],
) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_title("Anecdotal record")
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    for line in (
        "Student: Pat",
        "Date: 03/10/2025",
        "",
        "Pat finished the lab write-up early and then helped Mia label her graph.",
    ):
        pdf.cell(0, 10, line, new_x="LMARGIN", new_y="NEXT")
    result = file(seeded, "scan_0003.pdf", bytes(pdf.output()), date_order="dmy")
    assert [(e.student_id, e.entry_type, e.entry_date) for e in result.entries] == [
        ("S003", EntryType.TEACHER_OBSERVATION_NOTE, date(2025, 10, 3))
    ]
    assert stored(seeded)["S003"].own_text == (
        "Pat finished the lab write-up early and then helped Mia label her graph."
    )


def test_the_validator_takes_quotes_only_from_the_students_own_spans(
    seeded: sessionmaker[Session],
) -> None:
    text = """Type: peer tutoring
Date: 2025-10-14

Mia: Can you show me how you set up the ratio?
Pat: I put the part over the whole, then I simplify it.
Mia: Oh, so the whole goes on the bottom.
Pat: Yes, and I check it by multiplying back.

Teacher notes: Pat explained patiently and checked his own work without being asked.
Skills observed: Communication: Proficient
"""
    file(seeded, "tutoring.txt", text, teacher_id="T002")
    own = stored(seeded)["S003"].own_text

    def item(quote: str) -> ProposedItem:
        return ProposedItem("Communication", "Proficient", quote, "Explains the steps.")

    result = validate_items(
        [
            item("I put the part over the whole, then I simplify it."),
            item("checked his own work without being asked"),  # the teacher's notes
            item("Oh, so the whole goes on the bottom."),  # another student's turn
            item("then I simplify it. Yes, and I check it"),  # across two turns
            item("Communication: Proficient"),  # the teacher's rating
        ],
        own,
    )
    assert [valid.evidence_quote for valid in result.items] == [
        "I put the part over the whole, then I simplify it."
    ]
    assert result.dropped == [
        "Communication: the quote is not in the student's own words",
        "Communication: the quote is not in the student's own words",
        "Communication: the quote runs across two of the student's own spans",
        "Communication: the quote is not in the student's own words",
    ]
    # A rating line is the teacher's judgement even where it stands inside the text checked.
    legacy = validate_items([item("Communication: Proficient")], "Communication: Proficient")
    assert legacy.dropped == ["Communication: the quote is a rating line, the teacher's judgement"]


def test_a_name_that_is_a_common_word_or_anothers_does_not_attribute(
    seeded: sessionmaker[Session],
) -> None:
    text = "Type: observation\n---\nWill we finish the mural on time? The whole group stayed late."
    with pytest.raises(NeedsStudent):
        file(seeded, "note.txt", text, teacher_id="T001")
    labelled = "Observation note\nStudent: Will\n\nHe finished the mural border on his own."
    assert [e.student_id for e in file(seeded, "n2.txt", labelled, teacher_id="T001").entries] == [
        "S006"
    ]
    # Only the teacher's own roster counts: Mr. Thompson's Eva is Eva Chen, not S001.
    eva = "Observation note\nStudent: Eva\nDate: 2025-10-01\n\nEva sorted the lab kits."
    assert [e.student_id for e in file(seeded, "n3.txt", eva, teacher_id="T002").entries] == [
        "S007"
    ]
    # A header naming someone not on the roster is asked about, never matched from the text.
    stranger = "Observation note\nStudent: Jordan Ellis\n\nJordan helped Eva with her binder."
    with pytest.raises(NeedsStudent):
        file(seeded, "n4.txt", stranger, teacher_id="T001")


def test_show_prints_an_entrys_spans_with_their_roles(db_url: str, tmp_path: Path) -> None:
    assert run(["db", "upgrade"], db_url, tmp_path).returncode == 0
    roster = Path(__file__).resolve().parent.parent / "mock_data" / "roster"
    imported = run(
        ["roster", "import", str(roster / "teachers.csv"), str(roster / "students.csv")],
        db_url,
        tmp_path,
    )
    assert imported.returncode == 0, imported.stderr
    document = tmp_path / "doc_07.md"
    document.write_text(JOURNAL.replace("Lucas", "Eva"), encoding="utf-8")
    assert run(["ingest", str(document)], db_url, tmp_path).returncode == 0
    shown = run(["show", "1"], db_url, tmp_path)
    assert shown.returncode == 0, shown.stderr
    for expected in ("Eva (S001)", "metadata", "title", "student_writing", "I broke it"):
        assert expected in shown.stdout
    missing = run(["show", "99"], db_url, tmp_path)
    assert missing.returncode == 1 and "There is no entry 99" in missing.stderr


def test_a_renamed_file_shared_in_slack_is_filed_with_the_right_student(
    running: RunningApp,
) -> None:
    # Ms. Rodriguez's student named only in the bold header; another student in the text.
    text = JOURNAL.replace("This week I", "Eva helped me check it. This week I")
    hosted = running.slack.add_file("F0RENAMED", "doc_01.md", text.encode("utf-8"))
    assert running.share(RODRIGUEZ, [hosted]) == 200
    wait_for(lambda: any("Filed" in m["text"] for m in running.dm(RODRIGUEZ)), what="confirm")
    with running.sessions() as session:
        entry = session.scalars(select(DataEntry)).one()
        assert (entry.student_id, entry.entry_type, entry.entry_date) == (
            "S002",
            EntryType.REFLECTION_JOURNAL.value,
            date(2025, 9, 16),
        )
        assert entry.source_ref == "F0RENAMED"
        assert "Student" not in entry.own_text and "Week 3" not in entry.own_text
    assert not [m for m in running.dm(RODRIGUEZ) if "could not tell" in m["text"]]
