"""Classes of documents that asked, or were filed on the wrong day, although a person reading
them would have known at once: each test writes its own document (text, .docx or .pdf, made
here with python-docx and fpdf2) and reads it as an upload is read, with nothing said.

The roster has two students who share a first name, a first name that is an everyday word
(Hope) and a nickname, so that a wrong student stays the easy mistake: unsure, it asks.
"""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest

from domain.curriculum import EntryType
from domain.dates import DateOrder, find_dates
from domain.detection import Detection, RosterStudent, detect
from domain.documents import read_document_with_properties
from domain.errors import NeedsEntryType, NeedsStudent
from tests.reading import filed, read_upload

ROSTER = [
    RosterStudent("S401", "Talia Brennan", "S401"),
    RosterStudent("S402", "Owen Mercer", "S402", ("Ozzy",)),
    RosterStudent("S403", "Grace Liu", "S403"),
    RosterStudent("S404", "Devin Okoro", "S404"),
    RosterStudent("S405", "Devin Walsh", "S405"),
    RosterStudent("S406", "Hope Ramirez", "S406"),
    RosterStudent("S407", "Benjamin Cho", "S407", ("Benny",)),
]
TEACHER = "Ms. Johanna Ortiz"
TODAY = date(2026, 5, 20)


def read(file_name: str, data: bytes | str, *, order: DateOrder = "mdy") -> Detection:
    return read_upload(file_name, data, ROSTER, teacher=TEACHER, today=TODAY, order=order)


# --- 1. Dates as they are written ------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "order", "expected"),
    [
        ("Tuesday, March 3, 2026", "mdy", date(2026, 3, 3)),
        ("3/3/26", "mdy", date(2026, 3, 3)),
        ("03.04.2026", "mdy", date(2026, 3, 4)),
        ("03.04.2026", "dmy", date(2026, 4, 3)),
        ("Mar 3", "mdy", date(2026, 3, 3)),
        ("the 3rd of March", "dmy", date(2026, 3, 3)),
        ("2026/03/03", "mdy", date(2026, 3, 3)),
        ("2026.03.04", "dmy", date(2026, 3, 4)),
        ("3-Mar-2026", "mdy", date(2026, 3, 3)),
        ("03-Mar-26", "dmy", date(2026, 3, 3)),
        ("obs_4-Mar-2026", "mdy", date(2026, 3, 4)),
        ("Mar. 3 '26", "mdy", date(2026, 3, 3)),
        ("3 March \u201926", "mdy", date(2026, 3, 3)),
    ],
)
def test_dates_in_the_forms_teachers_and_their_software_write(
    written: str, order: DateOrder, expected: date
) -> None:
    assert find_dates(written, order=order, today=TODAY) == [expected]


def docx_file(
    paragraphs: list[str],
    *,
    page_header: str | None = None,
    table: list[list[str]] | None = None,
    created: datetime = datetime(2013, 12, 23),
    merge_first_row: bool = False,
    **core: str,
) -> bytes:
    """A Word file as a teacher's template makes one: an optional page header and a form's
    table (its caption merged across the first row) above the paragraphs. python-docx's
    own template is dated 2013, as many are."""
    import docx

    document = docx.Document()
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        if merge_first_row:
            grid.cell(0, 0).merge(grid.cell(0, len(table[0]) - 1))
        for number, row in enumerate(table):
            for column, value in enumerate(row):
                grid.cell(number, column).text = value
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    if page_header is not None:
        document.sections[0].header.paragraphs[0].text = page_header
    properties = document.core_properties
    properties.created = created
    for name, value in core.items():
        setattr(properties, name, value)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def pdf_file(
    pages: list[list[str]],
    *,
    running_header: str | None = None,
    created: datetime | None = None,
    modified: datetime | None = None,
    title: str | None = None,
) -> bytes:
    """A PDF as a word processor exports one: the running header on every page."""
    from fpdf import FPDF

    class Exported(FPDF):
        def header(self) -> None:
            if running_header:
                self.set_font("Helvetica", size=8)
                self.cell(0, 5, running_header, new_x="LMARGIN", new_y="NEXT")

    pdf = Exported()
    pdf.set_creation_date(created or datetime(2026, 5, 19, 16, 0))
    if title:
        pdf.set_title(title)
    pdf.set_font("Helvetica", size=11)
    for lines in pages:
        pdf.add_page()
        for line in lines:
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    data = bytes(pdf.output())
    if modified is not None:
        # fpdf2 writes no ModDate; an export from Word or Docs does.
        stamp = modified.strftime("D:%Y%m%d%H%M%S")
        data = data.replace(b"/CreationDate", f"/ModDate ({stamp})\n/CreationDate".encode(), 1)
    return data


def test_a_pdfs_running_header_dates_it_once_and_the_title_below_it_names_the_kind() -> None:
    data = pdf_file(
        [
            ["Observation - Talia Brennan", "Talia stayed with the fraction task all block."],
            ["She checked her answers twice before handing in."],
        ],
        running_header="Ms. Ortiz - Math 7 - 3/3/26",
    )
    detection = read("export.pdf", data)
    assert filed(detection) == (["S401"], EntryType.TEACHER_OBSERVATION_NOTE, date(2026, 3, 3))
    # Page 2's copy of the header does not cut into the narrative about Talia.
    own = detection.parts[0].turns or ""
    assert "She checked her answers twice" in own
    assert own.count("Math 7") <= 1


def test_a_word_files_page_header_and_its_form_table_are_read_above_the_notes() -> None:
    by_header = docx_file(
        ["Observation", "Talia stayed with the fraction task all block."],
        page_header="Talia Brennan \u2014 March 3, 2026",
    )
    assert filed(read("notes.docx", by_header)) == (
        ["S401"],
        EntryType.TEACHER_OBSERVATION_NOTE,
        date(2026, 3, 3),
    )
    by_table = docx_file(
        ["Conference notes", "We talked about her essay; she has an outline and a counterclaim."],
        table=[
            ["Reading Conference"] * 3,  # the caption, one cell merged across the table
            ["Student", "Date", "Class"],
            ["Talia Brennan", "3/4/2026", "ELA 7"],
        ],
        merge_first_row=True,
    )
    detection = read("conference.docx", by_table)
    assert filed(detection) == (["S401"], EntryType.TEACHER_OBSERVATION_NOTE, date(2026, 3, 4))
    assert detection.sources["student"] == "header names"


def test_a_date_written_in_the_body_beats_the_files_own_and_a_plans_date_does_not() -> None:
    written = pdf_file(
        [
            [
                "Talia Brennan - observation",
                "Talia stayed with the fraction task all block.",
                "She asked for help once, during Tuesday's lab (3/3), then kept going.",
            ]
        ],
        created=datetime(2026, 3, 9, 8, 0),
    )
    assert read("obs.pdf", written).entry_date == date(2026, 3, 3)
    planned = pdf_file(
        [
            [
                "Talia Brennan - observation",
                "Talia stayed with the fraction task all block.",
                "Next week (3/10) she will try the harder set.",
            ]
        ],
        created=datetime(2026, 3, 3, 15, 0),
    )
    assert read("obs.pdf", planned).entry_date == date(2026, 3, 3)


def test_a_pdf_without_a_creation_date_is_dated_by_when_it_was_saved() -> None:
    data = pdf_file(
        [["Observation - Talia Brennan", "Talia stayed with the fraction task all block."]],
        created=datetime(2026, 3, 3, 15, 0),
        modified=datetime(2026, 3, 4, 15, 0),
    )
    # Without its CreationDate (Word's export writes both; some writers only ModDate).
    data = data.replace(b"/CreationDate", b"/XCreationDate", 1)
    assert read("obs.pdf", data).entry_date == date(2026, 3, 4)


# --- 2. Whom a document is about, as a person would know it -----------------------------------


def test_a_letter_to_the_teacher_signed_with_a_students_family_name_is_a_parent_note() -> None:
    letter = (
        "Dear Ms. O,\n\n"
        "I wanted to let you know about Benny. He has been staying up late to finish his "
        "project and he is really proud of it.\n\n"
        "Thanks,\nKaren Cho\n"
    )
    assert filed(read("note.txt", letter)) == (["S407"], EntryType.PARENT_NOTE, TODAY)
    # Two students named; the signature's family name says whose parent writes.
    naming_two = (
        "Hi Ms. Ortiz,\n\n"
        "Owen told me the group project is stressing him out. He says Grace does most of the "
        "talking and he doesn't know how to jump in.\n\n"
        "Melissa Mercer\n"
    )
    assert filed(read("email.txt", naming_two)) == (["S402"], EntryType.PARENT_NOTE, TODAY)
    by_address = (
        "From: karen.cho@mailbox.example\nSubject: this week\n\n"
        "Hi Ms. Ortiz, Benny has been practicing his speech every night.\n"
    )
    assert filed(read("email.txt", by_address)) == (["S407"], EntryType.PARENT_NOTE, TODAY)


def test_a_letter_in_a_parents_voice_is_a_parent_note_and_a_students_own_is_not() -> None:
    parent = (
        "Hello Ms. Ortiz,\n\n"
        "My daughter was upset after the group project. Talia says she did most of the "
        "slides.\n\n- Anne\n"
    )
    assert filed(read("note.txt", parent)) == (["S401"], EntryType.PARENT_NOTE, TODAY)
    # Signed by a student of the teacher's: the family name is a sibling's, not a parent's.
    student = "Dear Ms. Ortiz,\n\nOwen forgot his folder again, sorry!\n\nGrace Liu\n"
    # Not a parent note: asked ("note" in the file name makes it a note, about whom?).
    with pytest.raises((NeedsEntryType, NeedsStudent)):
        read("note.txt", student)


def test_a_note_that_opens_on_observing_a_student_is_their_observation() -> None:
    # No word in it names the kind; classmates are named too, each less often.
    note = (
        "Science lab, 3/3\n\n"
        "Observed Talia during the density lab. She set up the scale before anyone else and "
        "helped Owen read the cylinder. When Benny spilled the water, Talia got paper towels.\n"
    )
    detection = read("lab.txt", note)
    assert filed(detection) == (["S401"], EntryType.TEACHER_OBSERVATION_NOTE, date(2026, 3, 3))
    assert detection.sources["student"] == "subject of the note"
    watched = "Notes 3/4\n\nWatched Benny at the reading table. He kept pointing at the text "
    watched += "when Owen made a claim, asking where it said that.\n"
    assert filed(read("notes.txt", watched)) == (
        ["S407"],
        EntryType.TEACHER_OBSERVATION_NOTE,
        date(2026, 3, 4),
    )


@pytest.mark.parametrize(
    "body",
    [
        # Two Devins: "Devin" alone is neither, and not a reason to file it under Owen.
        "Watched Devin at the reading table. He kept pointing when Owen made a claim.",
        # Marcus is on no roster: the note is about him, not about Owen.
        "Watched Marcus at the reading table. He kept pointing when Owen made a claim.",
        # Opening on a name alone, with the other named as often: either may be meant.
        "Owen told me that Talia has been helping him at lunch.",
        "Talia and Owen worked on the lab together.",
    ],
)
def test_a_note_whose_subject_is_not_one_student_for_sure_asks(body: str) -> None:
    with pytest.raises(NeedsStudent):
        read("notes.txt", f"Observation 3/3\n\n{body}\n")


def test_a_re_line_naming_a_student_files_it_even_when_the_name_is_an_everyday_word() -> None:
    note = "Re: Hope\nDate: 3/3/26\n\nShe led her group through the lab and gave everyone a job.\n"
    assert filed(read("note.txt", note)) == (
        ["S406"],
        EntryType.TEACHER_OBSERVATION_NOTE,
        date(2026, 3, 3),
    )
    # In a sentence the word stays a word.
    with pytest.raises(NeedsStudent):
        read("note.txt", "Observation\nRe: Hope for the field trip\n\nShe asked about buses.\n")


def test_a_header_naming_the_student_and_its_voice_tell_a_journal_from_a_note() -> None:
    header = "Name: Talia Brennan\nDate: 3/3/26\n\n"
    journal = "Today I finally understood fractions. My trick was drawing them. I will keep it.\n"
    note = "She finished the lab early and helped her table clean up. She asked good questions.\n"
    assert filed(read("a.txt", header + journal)) == (
        ["S401"],
        EntryType.REFLECTION_JOURNAL,
        date(2026, 3, 3),
    )
    assert filed(read("b.txt", header + note)) == (
        ["S401"],
        EntryType.TEACHER_OBSERVATION_NOTE,
        date(2026, 3, 3),
    )


# --- Transcripts: every rostered speaker, however the labels are written ----------------------


def test_a_teams_export_names_speakers_family_name_first() -> None:
    transcript = (
        "Math Help-20260211_141502-Meeting Recording\nFebruary 11, 2026, 2:15PM\n6m 12s\n"
        "Ortiz, Johanna   0:03\nTalia, you're with Owen for the review.\n"
        "Brennan, Talia   0:11\nOkay. Owen, which one are you stuck on?\n"
        "Mercer, Owen   0:15\nNumber six. I don't know where to start.\n"
        "Brennan, Talia   0:21\nRead it out loud first.\n"
    )
    detection = read("Recording.txt", transcript)
    assert filed(detection)[0] == ["S401", "S402"]
    assert detection.entry_date == date(2026, 2, 11)
    assert "Read it out loud first." in (detection.parts[0].turns or "")
    assert "you're with Owen" not in (detection.parts[0].turns or "")


def test_initials_as_labels_are_read_from_the_transcripts_own_key() -> None:
    transcript = (
        "Peer tutoring log - Math 7 - Feb 17\n"
        "Typed by JO. TB = Talia Brennan (tutor), OZ = Ozzy M., JO = me\n\n"
        "TB: So what's the first thing you do here?\n"
        "OZ: Count the pieces? I always lose count.\n"
        "JO: Talia, nice job letting him count.\n"
        "TB: Thanks. Ozzy, you can keep my table.\n"
    )
    detection = read("ipad.txt", transcript)
    assert filed(detection) == (
        ["S401", "S402"],
        EntryType.PEER_TUTORING_TRANSCRIPT,
        date(2026, 2, 17),
    )
    owens = next(part for part in detection.parts if part.student_id == "S402")
    assert owens.turns == "Count the pieces? I always lose count."


def test_a_speaker_whose_name_is_a_month_or_a_nickname_with_the_family_name() -> None:
    roster_june = [*ROSTER, RosterStudent("S409", "June Whitaker", "S409")]
    transcript = (
        "PEER TUTORING - WRITING CENTER\nRecorded: Wednesday 2/25/2026\n\n"
        "JUNE: So Benny, what's your paragraph supposed to prove?\n"
        "BENNY CHO: That the aquarium was the best trip.\n"
        "JUNE: Okay but your first sentence is about the bus.\n"
    )
    text, _ = read_document_with_properties("audio.txt", transcript.encode())
    detection = detect(text, "audio.txt", roster_june, today=TODAY, teacher_names=[TEACHER])
    assert filed(detection) == (
        ["S407", "S409"],
        EntryType.PEER_TUTORING_TRANSCRIPT,
        date(2026, 2, 25),
    )


# --- A sheet of answers, one student a line or a row ------------------------------------------


def test_exit_tickets_typed_one_student_a_line_in_a_pdf_file_each_with_their_answer() -> None:
    data = pdf_file(
        [
            [
                "EXIT TICKET - fractions",
                "Prompt: What was hardest for you today, and what did you do about it?",
                "Talia B. - The hardest part was staying on the problem. I kept looking at the",
                "clock but I finished.",
                "Owen M. - Finding a common denominator. I drew the bars like Ms. O showed us.",
            ]
        ],
        created=datetime(2026, 3, 3, 15, 0),
    )
    detection = read("exit.pdf", data)
    assert filed(detection) == (["S401", "S402"], EntryType.REFLECTION_JOURNAL, date(2026, 3, 3))
    own = {part.student_id: part.turns or "" for part in detection.parts}
    assert "clock but I finished" in own["S401"] and "common denominator" not in own["S401"]
    assert "common denominator" in own["S402"] and "clock" not in own["S402"]


def test_exit_tickets_in_a_table_file_each_row_and_no_row_of_someone_off_the_roster() -> None:
    sheet = (
        "## Exit tickets - Math 7 - Mar 24\n\n"
        "| Name | Response |\n|---|---|\n"
        "| Talia B | I get it now. The model with the bars helped. |\n"
        "| Marcus | I still don't get why we flip the second fraction. |\n"
        "| Ozzy | Flip and multiply. I explained it to Talia with pizza. |\n"
    )
    detection = read("notes.md", sheet)
    assert filed(detection) == (["S401", "S402"], EntryType.REFLECTION_JOURNAL, date(2026, 3, 24))
    own = {part.student_id: part.turns or "" for part in detection.parts}
    assert own["S401"] == "I get it now. The model with the bars helped."
    assert "flip the second" not in own["S402"] and "pizza" in own["S402"]


def test_a_familys_email_is_a_parent_note_whatever_its_subject_line_names() -> None:
    roster = [*ROSTER, RosterStudent("S410", "Inés Castaño", "S410")]
    email = (
        "From: Lucía Castaño <lcastano@correo.example>\n"
        "Sent: Friday, February 20, 2026 6:02 PM\n"
        "Subject: book club question\n\n"
        "Hola Sra. Ortiz,\n\n"
        "Inés came home very excited about the book club and read me her part.\n\n"
        "Con cariño,\nLucía Castaño\n505-555-0143\n\n"
        "> On Feb 19, 2026, at 4:05 PM, Johanna Ortiz wrote:\n"
        "> Dear families, the book club presentations are on March 10.\n"
    )
    text, _ = read_document_with_properties("message.txt", email.encode())
    detection = detect(text, "message.txt", roster, today=TODAY, teacher_names=[TEACHER])
    assert filed(detection) == (["S410"], EntryType.PARENT_NOTE, date(2026, 2, 20))
    assert "presentations are on March 10" not in (detection.parts[0].turns or "")


def test_a_note_addressed_to_the_teacher_and_signed_by_dad_is_a_parent_note() -> None:
    note = (
        "[Note found in Talia B.'s planner, typed by J. Ortiz, received Mon 3/9]\n\n"
        "Ms. Ortiz --\n"
        "Talia has been very stressed about the poetry night. She wrote out the schedule.\n"
        "Thank you -- Sean Brennan (Dad)\n"
    )
    assert filed(read("typed.txt", note)) == (["S401"], EntryType.PARENT_NOTE, date(2026, 3, 9))


# --- Who wrote it, as the file says --------------------------------------------------------


def test_a_name_line_under_a_word_heading_names_the_journals_writer() -> None:
    import docx

    document = docx.Document()
    document.add_heading("Journal #4 \u2014 March 11, 2026", level=1)
    document.add_paragraph("Benjamin C. (Benny)")
    document.add_paragraph("What is still hard?")
    document.add_paragraph("Remembering what is said out loud. June said I should write it down.")
    out = io.BytesIO()
    document.save(out)
    assert filed(read("Document (1).docx", out.getvalue())) == (
        ["S407"],
        EntryType.REFLECTION_JOURNAL,
        date(2026, 3, 11),
    )


def test_a_student_as_the_author_in_front_matter_or_in_the_files_properties() -> None:
    log = (
        "---\nauthor: Talia B.\nteacher: Ms. Ortiz\nentry: Learning Log 6\ndate: Feb 10, 2026\n"
        "---\n\n# Learning Log 6\n\nI made a calendar with every due date. Owen and Grace "
        "argued about the map, so I worked alone.\n"
    )
    assert filed(read("notes.md", log)) == (
        ["S401"],
        EntryType.REFLECTION_JOURNAL,
        date(2026, 2, 10),
    )
    saved_by_her = docx_file(
        ["Math Reflection", "The ratio table helped. Owen showed me and now I use it."],
        title="Math reflection",
        author="Talia Brennan",
        created=datetime(2026, 3, 12, 9, 0),
    )
    assert filed(read("Document (2).docx", saved_by_her)) == (
        ["S401"],
        EntryType.REFLECTION_JOURNAL,
        date(2026, 3, 12),
    )


def test_a_feedback_form_the_writer_answers_files_the_writer_and_the_reviewer() -> None:
    form = docx_file(
        ["Peer Feedback \u2014 Narrative Draft"],
        table=[
            ["Writer", "Talia B."],
            ["Reviewer", "Owen M."],
            ["Date", "3/13/26"],
            ["Glow", "The part where the grandma burns the tortillas is funny and vivid."],
            ["Question for the writer", "Is the grandma the same one from your book talk?"],
            ["Writer\u2019s response", "Thank you Owen. I\u2019m going to add a time jump there."],
        ],
    )
    detection = read("u_02.docx", form)
    assert filed(detection) == (["S401", "S402"], EntryType.PEER_FEEDBACK, date(2026, 3, 13))
    reviewer = next(part for part in detection.parts if part.student_id == "S402")
    assert "Is the grandma the same one from your book talk?" in (reviewer.turns or "")
    card = (
        "# Poetry Night - Partner Feedback\n\n| Key | Value |\n| --- | --- |\n"
        "| Poet | Talia Brennan |\n| Partner | Ozzy M. |\n| Date | 3/12 |\n\n"
        "**What I liked:** The line about the dock sticking out at the water is so weird and "
        "good.\n\n**Talia's reply:** made it up mostly!! thanks ozzy\n"
    )
    assert filed(read("notes.md", card)) == (
        ["S401", "S402"],
        EntryType.PEER_FEEDBACK,
        date(2026, 3, 12),
    )


# --- 3. The kind of document, in the words and the fields teachers use ------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Talia B. \u2014 Writer's Notebook (typed from handwritten copy by Ms. O) \u2014 "
            "Mar 17\n\nPROMPT: Write about a time you waited.\n\nI did the breathing thing. "
            "Owen says I'm loud.\n",
            EntryType.REFLECTION_JOURNAL,
        ),
        (
            "Quick write 3/17 - Talia B.\n\nI waited for my turn and it kind of worked.\n",
            EntryType.REFLECTION_JOURNAL,
        ),
        (
            "| Key | Value |\n|---|---|\n| Observer | J. Ortiz |\n| Student | Talia Brennan |\n"
            "| Date | 3/17/2026 |\n\nTalia was the discussion director today and had the group "
            "started before I reached their table.\n",
            EntryType.TEACHER_OBSERVATION_NOTE,
        ),
        (
            "Conf. w/ Mrs. Brennan (via interpreter) -- Talia -- Tue, March 17\nJO\n\n"
            "- Mom worried about math. Showed her the last quizzes.\n",
            EntryType.TEACHER_OBSERVATION_NOTE,
        ),
        (
            'Presenter: Talia Brennan ("Tally") - 7th SS - 03.17.2026\n'
            "My project is about the Benin Bronzes. I looked at three kinds of sources.\n",
            EntryType.PROJECT_PRESENTATION_TRANSCRIPT,
        ),
    ],
)
def test_the_kind_from_a_teachers_words_and_a_forms_fields(text: str, kind: EntryType) -> None:
    assert filed(read("typed.txt", text)) == (["S401"], kind, date(2026, 3, 17))


def test_a_pdf_forms_fields_set_apart_by_spaces_under_its_title() -> None:
    data = pdf_file(
        [
            [
                "Math 7 | POW #6 peer review | 03/18/2026",
                "Problem of the Week #6 - Peer Review",
                "Author of solution: Talia B.        Reviewer: Owen M.",
                "1. Is every step explained? Talia explained every step but one.",
                "5. Reviewer self-check: Did you give feedback you would want? Yes.",
            ]
        ],
        title="Peer Review Form",
        created=datetime(2026, 3, 18, 15, 0),
    )
    assert filed(read("scan7.pdf", data)) == (
        ["S401", "S402"],
        EntryType.PEER_FEEDBACK,
        date(2026, 3, 18),
    )


def test_feedback_slips_whose_header_line_opens_on_a_date_file_the_students_they_are_about() -> (
    None
):
    slips = (
        "Peer feedback - egg drop presentations\n"
        "3/6/2026 - from: Grace L. - about: Group 4 (Talia, Hope, Benny)\n\n"
        "Glow: Talia explained why the parachute failed so even I got it.\n\n"
        "Glow 2: Hope fixed the graph confusion right away.\n\n"
        "Grow: Benny didn't really talk, maybe he can explain the straw part next time.\n"
    )
    # The writer, Grace, is not one of them: the slips are about the group.
    assert filed(read("t.md", slips)) == (
        ["S401", "S406", "S407"],
        EntryType.PEER_FEEDBACK,
        date(2026, 3, 6),
    )


def test_a_recording_where_one_student_holds_the_floor_is_a_presentation() -> None:
    vtt = (
        "WEBVTT\n\n1\n00:00:01.200 --> 00:00:08.950\n"
        "Johanna Ortiz: Welcome, families. It's March 3rd. First up, Talia.\n\n"
        "2\n00:00:10.100 --> 00:00:19.400\n"
        "Talia Brennan: Okay, can everyone see? Our exhibit is about the compass and how it "
        "got from China to Europe.\n\n"
        "3\n00:00:19.900 --> 00:00:41.020\n"
        "Talia Brennan: First, it was used for fortune telling before ships. Our source is a "
        "book my group found through the library database.\n\n"
        "4\n00:00:41.500 --> 00:01:04.300\n"
        "Talia Brennan: I split the work so everyone had a part they were good at, and when "
        "the map file got deleted we redrew it together at lunch.\n\n"
        "5\n00:01:26.000 --> 00:01:37.310\n"
        "Owen Mercer: Can I add something? The map shows the routes.\n"
    )
    assert filed(read("GMT20260304-031502_Recording.txt", vtt)) == (
        ["S401", "S402"],
        EntryType.PROJECT_PRESENTATION_TRANSCRIPT,
        date(2026, 3, 3),
    )
    # Turns shared out among the students: a discussion, as before.
    discussion = (
        "Talia: I think the dad was scared, not mad, because he kept checking the window.\n"
        "Owen: Why scared though? He yelled at everyone at dinner.\n"
        "Talia: Because he kept checking the window every time a car went by.\n"
        "Owen: Okay, that's fair, I missed that part of the chapter.\n"
    )
    assert read("audio.txt", discussion).entry_type is EntryType.GROUP_DISCUSSION_TRANSCRIPT


# --- Never a wrong student: what the new readings must not take for a name --------------------


@pytest.mark.parametrize(
    "text",
    [
        # A title piece that tells what happened is the writer's sentence about a classmate.
        "Reflection 3/3\nTalia - helped me today\n\nI learned to read the meniscus.\n",
        "Reflection 3/3\n\nTalia - helped me today, I learned to read the meniscus.\n",
    ],
)
def test_a_journal_line_naming_a_classmate_is_not_its_writer(text: str) -> None:
    with pytest.raises(NeedsStudent):
        read("journal.txt", text)


def test_a_parent_who_says_whose_parent_they_are_decides_between_the_children_named() -> None:
    letter = (
        "Hi Ms. Ortiz,\n\nThis is Owen's mom. Owen and Talia have been arguing on the bus "
        "and he is upset.\n\nDana\n"
    )
    assert filed(read("note.txt", letter)) == (["S402"], EntryType.PARENT_NOTE, TODAY)


def test_a_presenter_and_a_reviewer_make_a_feedback_form_not_a_presentation() -> None:
    form = "Presenter: Owen Mercer\nReviewer: Talia Brennan\nDate: 3/3/26\n\nGlow: clear voice.\n"
    # Evidence for both: the reviewer wrote it, the presenter is what it is about.
    assert filed(read("form.txt", form)) == (
        ["S401", "S402"],
        EntryType.PEER_FEEDBACK,
        date(2026, 3, 3),
    )
