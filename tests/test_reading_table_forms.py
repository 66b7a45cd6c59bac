"""Forms laid out as a two-column table of `Field | value` rows rather than `Field: value`
lines (a markdown table over a peer feedback form's answers, a Word table per pair of a
peer review sheet), as blind authors' sets (tuning11, tuning14) wrote them. A key | value
row is the same header field its colon form is; an ordinary table (a log's column headings
over its rows) is not a header. Each test writes its own document, in the convention and
not in those sets' words, and reads it as an upload is read, with nothing said."""

from __future__ import annotations

from datetime import date

from domain.curriculum import EntryType
from domain.detection import Detection, RosterStudent
from tests.reading import filed, own, read_upload, word_file

ROSTER = [
    RosterStudent("S951", "Henrietta Vos", "S951", ("Hen",)),
    RosterStudent("S952", "Tobias Marchetti", "S952"),
    RosterStudent("S953", "Ximena Lautaro", "S953"),
    RosterStudent("S954", "Rupert Achebe", "S954"),
    RosterStudent("S955", "Calla Nordqvist", "S955"),
]
TEACHER = "Imogen Fairweather"
TODAY = date(2026, 5, 27)


def read(file_name: str, data: bytes | str) -> Detection:
    return read_upload(file_name, data, ROSTER, teacher=TEACHER, today=TODAY)


MARKDOWN_FORM = (
    "# Station Rotation - Partner Check\n\n"
    "| Item | |\n"
    "|---|---|\n"
    "| Group member | Tobias Marchetti |\n"
    "| Reviewer | anonymous |\n"
    "| Date | April 21 |\n\n"
    "## What helped the group most?\n\n"
    "Tobias wrote the tide table on the board so Rupert and Calla could copy it before "
    "the bell.\n\n"
    "## One thing to try next time\n\n"
    "Let other people hold the marker sometimes.\n"
)


def test_a_markdown_table_naming_one_group_member_files_them_with_the_answers() -> None:
    detection = read("partner check.md", MARKDOWN_FORM)
    assert filed(detection) == (["S952"], EntryType.PEER_FEEDBACK, date(2026, 4, 21))
    assert "tide table" in own(detection)["S952"]


def test_a_group_member_line_with_a_colon_is_read_the_same() -> None:
    text = MARKDOWN_FORM.replace("| Item | |\n|---|---|\n", "").replace("| ", "")
    text = text.replace(" |\n", "\n").replace("Group member ", "Group member: ")
    text = text.replace("Reviewer ", "Reviewer: ").replace("Date ", "Date: ")
    detection = read("partner check.md", text)
    assert filed(detection) == (["S952"], EntryType.PEER_FEEDBACK, date(2026, 4, 21))


def pair_sheet() -> bytes:
    return word_file(
        [
            "# Lab Report Peer Review",
            "Science 7 | Ms. Fairweather | April 14, 2026",
            "# Pair A",
            [
                ["Reviewer", "Ximena Lautaro"],
                ["Writer", "Henrietta Vos"],
                ["Comment", "Hen measured every trial twice and said why the third one was off."],
                ["Suggestion", "Label the axes."],
            ],
            "# Pair B",
            [
                ["Reviewer", "Calla Nordqvist"],
                ["Writer", "Rupert Achebe"],
                ["Comment", "Rupert's graph finally matches his data table this time."],
                ["Suggestion", "Write a conclusion."],
            ],
        ]
    )


def test_a_sheet_of_pair_tables_files_each_reviewer_and_writer_with_their_own_form() -> None:
    detection = read("peer review pairs.docx", pair_sheet())
    assert filed(detection) == (
        ["S951", "S953", "S954", "S955"],
        EntryType.PEER_FEEDBACK,
        date(2026, 4, 14),
    )
    parts = own(detection)
    for sid in ("S951", "S953"):
        assert "every trial twice" in parts[sid] and "graph finally" not in parts[sid]
    for sid in ("S954", "S955"):
        assert "graph finally" in parts[sid] and "every trial twice" not in parts[sid]
    # A form's field names are the form's, never a student's words.
    assert "Suggestion" not in parts["S951"] and "Label the axes" in parts["S953"]


def test_a_log_table_with_column_headings_is_not_read_as_a_header() -> None:
    data = word_file(
        [
            "Reading conference log",
            [
                ["Date", "Student"],
                ["4/6", "Henrietta Vos"],
                ["4/8", "Tobias Marchetti"],
            ],
            "Both chose the same graphic novel and argued about the ending.",
        ]
    )
    assert filed(read("conference log.docx", data))[0] == ["S951", "S952"]


def test_a_two_column_log_under_a_heading_keeps_its_rows_as_notes() -> None:
    data = word_file(
        [
            "# Tutoring notes",
            "Week of April 6",
            "# Monday",
            [
                ["Date", "Note"],
                ["4/6", "Henrietta finished the fraction set on her own."],
                ["4/8", "Henrietta asked to retake the quiz on ratios."],
            ],
        ]
    )
    detection = read("tutoring notes.docx", data)
    assert filed(detection)[0] == ["S951"]
    assert "fraction set" in own(detection)["S951"] and "retake" in own(detection)["S951"]


def test_a_card_whose_fields_follow_the_last_answer_with_no_blank_opens_its_own_form() -> None:
    # A PDF's text layer keeps no blank line between one card's answer and the next card.
    text = (
        "Poster Walk Feedback - Ecosystems\n"
        "Science 7 - Ms. Fairweather - 4/2/26\n"
        "Written by: Calla Nordqvist      For: Ximena Lautaro\n"
        "Ximena's food web has arrows going the right way and she labelled every decomposer.\n"
        "Written by: Ximena Lautaro      For: Rupert Achebe\n"
        "Rupert's poster explains the kelp forest better than the textbook does.\n"
    )
    detection = read("peer feedback cards 4.2.26.txt", text)
    assert filed(detection) == (
        ["S953", "S954", "S955"],
        EntryType.PEER_FEEDBACK,
        date(2026, 4, 2),
    )
    parts = own(detection)
    assert "kelp forest" in parts["S954"] and "food web" not in parts["S954"]
    assert "food web" in parts["S955"] and "kelp forest" not in parts["S955"]


def test_a_notes_table_with_a_nickname_cell_and_a_levels_column() -> None:
    """One row per student: "Henrietta (Hen)" names her by either name, and the teacher's
    "Skill: level" cell is her rating, never the student's evidence."""
    data = word_file(
        [
            "# Science 7 - weekly notes",
            "Week of Feb 9",
            [
                ["Student", "Notes", "Level"],
                ["Henrietta (Hen)", "Hen built a checklist for the lab and showed Tobias "
                 "how to use it.", "Organization: Advanced"],
                ["Tobias", "Tobias lost his goggles twice this week.", "Organization: Emerging"],
            ],
        ]
    )  # fmt: skip
    detection = read("weekly notes.docx", data)
    assert filed(detection) == (
        ["S951", "S952"],
        EntryType.TEACHER_OBSERVATION_NOTE,
        date(2026, 2, 9),
    )
    assert own(detection)["S951"] == (
        "Hen built a checklist for the lab and showed Tobias how to use it."
    )
    assert own(detection)["S952"] == "Tobias lost his goggles twice this week."


def test_a_form_naming_its_work_by_what_it_is_or_who_made_it_files_maker_and_reviewer() -> None:
    """ "Podcast by:", "Designer:": whose work the form reviews, beside "Reviewer:"."""
    podcast = (
        "## Peer feedback - history podcast\n\n"
        "- Reviewer: Tobias Marchetti\n"
        "- Podcast by: Ximena Lautaro\n"
        "- Date: March 3rd, 2026\n\n"
        "**Two stars:**\n\n"
        "Ximena asked her grandmother follow-up questions instead of reading her list.\n"
    )
    assert filed(read("podcast feedback.md", podcast)) == (
        ["S952", "S953"],
        EntryType.PEER_FEEDBACK,
        date(2026, 3, 3),
    )
    bridge = (
        "Bridge build peer review\n"
        "Date: 3/4/2026\n"
        "Reviewer: Rupert Achebe\n"
        "Designer: Calla Nordqvist\n\n"
        "Calla tested three truss shapes before she chose the strongest one.\n"
    )
    assert filed(read("bridge review.txt", bridge))[0] == ["S954", "S955"]
