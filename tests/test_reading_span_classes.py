"""Classes of documents whose students' spans held too little or too much: labelled
evidence fell outside the span the reader gave the student, or a header, a field's label
or another speaker's words fell inside it. Each test writes its own document, in the
convention and not in any set's words, and reads it as an upload is read."""

from __future__ import annotations

from datetime import date

from domain.curriculum import EntryType
from domain.detection import Detection, RosterStudent
from tests.reading import filed, own, read_upload

ROSTER = [
    RosterStudent("S901", "Ingrid Solberg", "S901"),
    RosterStudent("S902", "Kofi Asante", "S902"),
    RosterStudent("S903", "Lena Marsh", "S903", ("Lulu",)),
]
TEACHER = "Rupert Vance"
TODAY = date(2026, 5, 27)


def read(file_name: str, data: bytes | str) -> Detection:
    return read_upload(file_name, data, ROSTER, teacher=TEACHER, today=TODAY)


def test_caption_cues_spoken_by_device_and_account_names_are_each_their_speakers() -> None:
    """A call's captions label people as the call shows them ("iPad de Ingrid",
    "kofi.asante7"): each cue is that speaker's turn, never run into the cue before it."""
    text = (
        "1\n00:00:01,000 --> 00:00:04,000\nRupert Vance: Ingrid, you open for your side.\n\n"
        "2\n00:00:04,500 --> 00:00:09,000\niPad de Ingrid: Our source is from the same year, "
        "so it shows what they knew then.\n\n"
        "3\n00:00:09,500 --> 00:00:13,000\nkofi.asante7: Can I add one thing. The map on "
        "page two says the opposite.\n\n"
        "4\n00:00:13,500 --> 00:00:16,000\nRupert Vance: Good, respond to each other.\n"
    )
    detection = read("Debate captions.srt", text)
    assert sorted(own(detection)) == ["S901", "S902"]
    assert own(detection)["S901"] == (
        "Our source is from the same year, so it shows what they knew then."
    )
    assert own(detection)["S902"] == "Can I add one thing. The map on page two says the opposite."


def test_a_journal_prompt_labelled_with_its_teacher_ends_at_its_question() -> None:
    """ "Prompt (Mr. V): ...?" over the student's answer, no blank line between: the
    teacher's labelled question is one line, the lines below it are the student's."""
    text = (
        "Writer's Notebook - Ingrid - March 4\n"
        "Prompt (Mr. V): What was hard about the group task? What would you change?\n"
        "The hard part was waiting for everyone to agree before we started.\n"
        "Next time I would write the plan on the board first.\n"
        "Prompt: One thing you are proud of?\n"
        "I finished my part early.\n"
    )
    detection = read("Ingrid notebook.docx.txt", text)
    assert filed(detection) == (["S901"], EntryType.REFLECTION_JOURNAL, date(2026, 3, 4))
    mine = own(detection)["S901"]
    assert "The hard part was waiting for everyone to agree before we started." in mine
    assert "Next time I would write the plan on the board first." in mine
    assert "What was hard" not in mine and "proud of" not in mine


def test_a_feedback_form_with_bold_field_labels_keeps_each_answer_apart() -> None:
    """ "**Star:** ...", "**Wish:** ...", "**Question:** ...?" one under the other: each
    field's answer is the reviewer's own span, the labels are not, and the question is the
    reviewer's to the presenter, not a prompt put to the reviewer."""
    text = (
        "**Poster walk feedback**  4/9\n\n"
        '**Project:** Kofi A. -- "Which bridge holds the most?"\n'
        "**Feedback by:** Lena\n\n"
        "**Star:** It was clear. The model was neat.\n"
        "**Wish:** Maybe slow down.\n"
        "**Question:** Did you test it with water?\n\n"
        "**Mr. V:** Lena, next time say one specific thing, ok?\n"
    )
    detection = read("lena feedback.md", text)
    assert filed(detection) == (["S902", "S903"], EntryType.PEER_FEEDBACK, date(2026, 4, 9))
    assert own(detection)["S903"].split("\n") == [
        "It was clear. The model was neat.",
        "Maybe slow down.",
        "Did you test it with water?",
    ]


def test_bulleted_bold_fields_are_one_span_each_without_their_labels() -> None:
    text = (
        "Exit reflection - Ingrid Solberg - Feb 12\n\n"
        "- **What I did:** I sorted the cards into groups before gluing.\n"
        "- **What was hard:** Choosing a title took me the longest\n"
        "  because we all wanted a different one.\n"
        "- **Next time:** I will ask the group to vote sooner.\n"
    )
    detection = read("exit reflection.md", text)
    assert filed(detection) == (["S901"], EntryType.REFLECTION_JOURNAL, date(2026, 2, 12))
    assert own(detection)["S901"].split("\n") == [
        "I sorted the cards into groups before gluing.",
        "Choosing a title took me the longest because we all wanted a different one.",
        "I will ask the group to vote sooner.",
    ]
