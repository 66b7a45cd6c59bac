"""Rules for who speaks, what kind of document it is and when, each learnt from material
written by people outside the team; every test writes its own small document."""

from __future__ import annotations

from datetime import date

import pytest

from domain.curriculum import EntryType
from domain.detection import RosterStudent, detect, parse_entry_type

TODAY = date(2026, 6, 1)
CLASS = [
    RosterStudent("S101", "Priya Ramanathan", "S101", ("Pri",)),
    RosterStudent("S102", "Oskar Lindahl-Berg", "S102"),
    RosterStudent("S103", "Tamsin Achebe", "S103", ("Tam",)),
]
TEACHER = ["Harriet Wolcott"]


def _filed(text: str, file_name: str = "notes.txt") -> dict[str, str]:
    detection = detect(text, file_name, CLASS, today=TODAY, teacher_names=TEACHER)
    return {part.student_id: part.turns or "" for part in detection.parts}


def test_a_time_stamp_then_a_dash_opens_a_turn() -> None:
    text = (
        "Fishbowl discussion\n\n"
        "09:01 Ms. W \u2014 Start us off, please.\n"
        "09:02 Priya \u2014 I think the river matters most to the town.\n"
        "09:03 Oskar - I disagree, the mill matters more.\n"
    )
    filed = _filed(text, "fishbowl discussion.txt")
    assert filed == {
        "S101": "I think the river matters most to the town.",
        "S102": "I disagree, the mill matters more.",
    }


def test_a_name_a_dash_and_a_time_stamp_open_a_turn() -> None:
    text = (
        "Group talk\n\n"
        "Priya - 0:05 - We could measure it twice.\n"
        "Oskar - 0:09 - Then we average the two.\n"
    )
    assert set(_filed(text, "group talk.txt")) == {"S101", "S102"}


def test_arrows_set_the_words_apart() -> None:
    text = "Group talk\n\nPRIYA >> Who has the map?\nOSKAR >> I left it in my locker.\n"
    assert _filed(text, "group talk.txt")["S102"] == "I left it in my locker."


def test_a_time_stamp_in_brackets_after_a_name_is_not_part_of_the_name() -> None:
    text = (
        "Table 2 - design challenge\n\n"
        "Ms. W (0:00): Build the tallest tower.\n"
        "Priya (0:07): Triangles are stronger than squares.\n"
        "Oskar (0:15): Let's tape the base first.\n"
        "Priya (0:22): Okay, I'll hold it.\n"
    )
    detection = detect(text, "table 2.txt", CLASS, today=TODAY, teacher_names=TEACHER)
    assert detection.entry_type is EntryType.GROUP_DISCUSSION_TRANSCRIPT
    filed = {part.student_id: part.turns or "" for part in detection.parts}
    assert filed["S101"] == "Triangles are stronger than squares.\nOkay, I'll hold it."


def test_a_note_on_the_part_a_speaker_plays_keeps_their_name() -> None:
    text = (
        "Peer tutoring - lunch\n\n"
        "Oskar (tutor): Start with the common denominator.\n"
        "Priya: Is it twelve?\n"
        "Oskar (tutor): Yes, twelve.\n"
        "Tamsin (question): Why not twenty-four?\n"
    )
    filed = _filed(text, "peer tutoring.txt")
    assert set(filed) == {"S101", "S102", "S103"}
    assert filed["S103"] == "Why not twenty-four?"


def test_a_keys_shortened_name_falls_back_to_the_label_the_roster_knows() -> None:
    text = (
        "Tutoring log\n"
        "P = Priya R., tutor; TAM = Tamsin A-X\n\n"
        "[0:00] P: Show me your first step.\n"
        "[0:04] TAM: I multiplied both sides.\n"
        "[0:09] P: Good, now divide.\n"
    )
    filed = _filed(text, "tutoring log.txt")
    assert filed["S103"] == "I multiplied both sides."


def test_a_hyphenated_family_name_is_shortened_to_its_initials() -> None:
    text = (
        "Tutoring log\n"
        "P = Priya R., O = Oskar L-B\n\n"
        "[0:00] P: Read the question aloud.\n"
        "[0:04] O: How many apples are left?\n"
    )
    assert _filed(text, "tutoring log.txt")["S102"] == "How many apples are left?"


LOOSE = [
    RosterStudent("S201", "Inés Muñoz-Ortega", "S201"),
    RosterStudent("S202", "Ravi De la Torre", "S202"),
    RosterStudent("S203", "Greta Holm", "S203"),
]


def _filed_loose(text: str, file_name: str) -> dict[str, str]:
    detection = detect(text, file_name, LOOSE, today=TODAY, teacher_names=TEACHER)
    return {part.student_id: part.turns or "" for part in detection.parts}


def test_an_exported_transcript_puts_the_time_on_its_own_line_under_the_name() -> None:
    text = (
        "Science - Transcript\n"
        "Harriet Wolcott\n00:00:04\nWhat is your plan?\n"
        "Greta Holm\n00:00:11\nWe weigh it first.\n"
        "Ravi De la Torre\n00:00:19\nThen we measure the water.\n"
    )
    filed = _filed_loose(text, "science transcript.docx")
    assert filed == {"S203": "We weigh it first.", "S202": "Then we measure the water."}


def test_a_name_and_a_time_before_the_words_below() -> None:
    text = (
        "Group task (recording, auto transcript)\n"
        "Greta Holm: 00:01:03\nI'll take plan A.\n"
        "Ravi De la Torre: 00:01:15\nI'll take plan B.\n"
    )
    filed = _filed_loose(text, "group task transcript.docx")
    assert filed == {"S203": "I'll take plan A.", "S202": "I'll take plan B."}


def test_a_label_in_square_brackets() -> None:
    text = (
        "Presentations\n\n"
        "[Greta]: My project is about bees.\n"
        "[Ms. W]: Questions?\n"
        "[Ravi - visiting]: How many hives?\n"
    )
    filed = _filed_loose(text, "presentations.docx")
    assert filed["S203"] == "My project is about bees."
    assert filed["S202"] == "How many hives?"


def test_a_name_without_its_accents_or_one_half_of_a_double_family_name() -> None:
    text = (
        "Call transcript\n\n"
        "[00:01] Ines Munoz: I think the pond dries up.\n"
        "[00:05] Greta Holm: Why?\n"
        "[00:09] Ines Munoz Ortega: Less rain.\n"
    )
    assert _filed_loose(text, "discussion transcript.txt")["S201"] == (
        "I think the pond dries up.\nLess rain."
    )


OBSERVATION = "Worked quietly through the lab and asked Greta for the ruler.\n"


def test_a_whole_line_in_bold_is_a_title_and_its_date_counts() -> None:
    text = "**Obs \u2013 Ravi D. \u2013 10/14**\n\n**Context:** lab day\n\n" + OBSERVATION
    detection = detect(text, "obs.md", LOOSE, today=TODAY, teacher_names=TEACHER)
    assert detection.entry_date == date(2025, 10, 14)
    assert [part.student_id for part in detection.parts] == ["S202"]


def test_a_month_and_day_in_the_file_name_falls_in_the_school_year() -> None:
    for name in ("Ravi obs 10_14.txt", "Ravi obs 10-14.txt", "Ravi obs 10.14.txt"):
        detection = detect(OBSERVATION, name, LOOSE, today=TODAY, teacher_names=TEACHER)
        assert detection.entry_date == date(2025, 10, 14), name


def test_a_chapter_range_in_the_file_name_is_not_a_date() -> None:
    detection = detect(
        OBSERVATION, "Ravi obs ch 5-7.txt", LOOSE, today=TODAY, teacher_names=TEACHER
    )
    assert detection.entry_date != date(2026, 5, 7)


def test_obs_is_how_a_teacher_shortens_observation() -> None:
    detection = detect(OBSERVATION, "Ravi obs.txt", LOOSE, today=TODAY, teacher_names=TEACHER)
    assert detection.entry_type is EntryType.TEACHER_OBSERVATION_NOTE


def test_buddy_reading_is_peer_tutoring() -> None:
    text = "Greta: Read the first page to me.\nRavi: The fox ran to the river.\n"
    detection = detect(
        text, "Buddy reading transcript.txt", LOOSE, today=TODAY, teacher_names=TEACHER
    )
    assert detection.entry_type is EntryType.PEER_TUTORING_TRANSCRIPT


FEEDBACK_WORDS = "Glow: your chart is clear.\nGrow: speak a little slower at the end.\n"


def test_a_feedback_form_is_filed_for_who_gave_it_and_whose_work_it_is_about() -> None:
    for header in (
        "From: Greta    To: Ravi D.    Oct 14, 2025\n",
        "Evaluator: Greta Holm\nGroup member being evaluated: Ravi De la Torre\nDate: 10/14/25\n",
        "Reviewer: Greta H.    Presenter: Ravi D.    10/14/25\n",
    ):
        text = "Peer Feedback - Science Project\n" + header + "\n" + FEEDBACK_WORDS
        detection = detect(text, "feedback.docx", LOOSE, today=TODAY, teacher_names=TEACHER)
        assert detection.entry_type is EntryType.PEER_FEEDBACK
        assert [part.student_id for part in detection.parts] == ["S202", "S203"], header
        assert detection.entry_date == date(2025, 10, 14), header


def test_a_feedback_form_naming_one_of_the_two_by_nickname_and_name() -> None:
    roster = [*LOOSE, RosterStudent("S204", "Joaquin Reyes", "S204", ("Kino",))]
    text = "Peer Feedback\nFrom: Greta\nTo: Kino (Joaquin R.)\n\n" + FEEDBACK_WORDS
    detection = detect(text, "peer feedback.docx", roster, today=TODAY, teacher_names=TEACHER)
    assert [part.student_id for part in detection.parts] == ["S204", "S203"]


def test_a_heading_that_is_a_students_name_heads_the_notes_about_them() -> None:
    text = (
        "# Observation notes - science\n## Thursday Oct 9 - lab day\n\n"
        "**Ravi D.**\n- Measured twice before pouring.\n- Cleaned the station.\n\n"
        "**Greta H.**\n- Helped the group at table 3 read the card.\n"
    )
    detection = detect(text, "lab notes.md", LOOSE, today=TODAY, teacher_names=TEACHER)
    filed = {part.student_id: part.turns or "" for part in detection.parts}
    assert set(filed) == {"S202", "S203"}
    assert "table 3" in filed["S203"] and "table 3" not in filed["S202"]
    assert "Measured twice" not in filed["S203"]


def test_an_advisory_circle_transcript_is_a_discussion_and_the_teachers_initials_are_hers() -> None:
    text = (
        "Advisory Circle - Sept. 25\n"
        "Mrs. W-H: The talking piece goes around.\n"
        "Greta: I like the quiet corner.\n"
        "Ravi: Me too, it helps me think.\n"
        "Mrs. W-H: Thank you both.\n"
    )
    detection = detect(
        text, "Advisory circle.docx", LOOSE, today=TODAY, teacher_names=["Harriet Wolcott-Hale"]
    )
    assert detection.entry_type is EntryType.GROUP_DISCUSSION_TRANSCRIPT
    filed = {part.student_id: part.turns or "" for part in detection.parts}
    assert filed == {"S203": "I like the quiet corner.", "S202": "Me too, it helps me think."}


NICKED = [
    RosterStudent("S301", "Valentina De la Rosa", "S301", ("Vale",)),
    RosterStudent("S302", "Bram Okonkwo", "S302"),
    RosterStudent("S303", "Lior Haddad", "S303"),
]


def _detect(text: str, file_name: str, roster=NICKED):  # type: ignore[no-untyped-def]
    return detect(text, file_name, roster, today=TODAY, teacher_names=TEACHER)


def test_notes_in_the_file_name_make_a_teachers_observation() -> None:
    text = "Bram O. - 10/8\n\nForgot his folder again. Asked two good questions about owls.\n"
    detection = _detect(text, "Bram notes.txt")
    assert detection.entry_type is EntryType.TEACHER_OBSERVATION_NOTE
    assert [part.student_id for part in detection.parts] == ["S302"]


def test_a_phone_call_is_what_the_family_said() -> None:
    text = (
        "Call with Mr. Haddad (Lior's dad) - 2/10\n\n"
        "- Dad says Lior checks his planner every night now.\n"
        "- Dad worried he stays up late.\n"
    )
    detection = _detect(text, "phone call w Mr Haddad.txt")
    assert detection.entry_type is EntryType.PARENT_NOTE
    assert [part.student_id for part in detection.parts] == ["S303"]


def test_a_nickname_in_quotes_inside_the_full_name() -> None:
    text = (
        "Math Reflection - Unit 2\n"
        'Valentina "Vale" De la Rosa - Oct. 21\n'
        "What worked?\nI switched to a table and it worked. Bram showed me the labels.\n"
    )
    detection = _detect(text, "math reflection.pdf")
    assert [part.student_id for part in detection.parts] == ["S301"]


def test_a_date_and_a_name_set_apart_by_spaces_open_a_note() -> None:
    text = (
        "10/16/2025   Bram O.\n\n"
        "Gave Bram two more days on the essay. Lior offered to share notes.\n"
        "He started only after I broke it into chunks.\n"
    )
    detection = _detect(text, "Bram - extension note.txt")
    assert [part.student_id for part in detection.parts] == ["S302"]


def test_notes_on_several_students_each_opening_with_a_name() -> None:
    text = (
        "9/15 - 3rd pd\n\n"
        "Bram blurted out the answer during the warm-up. He put his head down after.\n"
        "Lior helped the new student find the page.\n\n"
        "The fire drill cut the lesson short.\n\n"
        "Vale - no pencil again.\n"
    )
    detection = _detect(text, "period 3 notes.txt")
    filed = {part.student_id: part.turns or "" for part in detection.parts}
    assert filed == {
        "S302": "Bram blurted out the answer during the warm-up. He put his head down after.",
        "S303": "Lior helped the new student find the page.",
        "S301": "Vale - no pencil again.",
    }


def test_a_parents_paragraph_ending_in_a_question_keeps_its_statements() -> None:
    text = (
        "Subject: Lior - science fair\nFrom: Dana Haddad\nDate: March 24, 2026\n\n"
        "Hello,\n\n"
        "Lior made a schedule for his poster by himself.\n\n"
        "He also asked if he can present in Hebrew for his grandmother. Is that ok?\n\n"
        "Thank you,\nDana\n"
    )
    detection = _detect(text, "email from Lior's mom.txt")
    assert detection.entry_type is EntryType.PARENT_NOTE
    (part,) = detection.parts
    assert "He also asked if he can present in Hebrew for his grandmother." in part.turns
    assert "Is that ok?" not in part.turns


def test_more_ways_a_transcript_labels_its_turns() -> None:
    for body in (
        "0:05 - Priya: Triangles are stronger.\n0:09 - Oskar: Tape the base.\n",
        "Priya \u2014 Triangles are stronger.\nOskar \u2014 Tape the base.\n",
        "Priya\tTriangles are stronger.\nOskar\tTape the base.\n",
    ):
        filed = _filed("Group discussion\n\n" + body, "group discussion.txt")
        assert filed == {"S101": "Triangles are stronger.", "S102": "Tape the base."}, body


def test_a_turn_right_under_the_title_is_not_a_header() -> None:
    text = (
        "Group discussion\n"
        "Speaker 1 (Priya): Triangles are stronger.\n"
        "Speaker 2 (Oskar): Tape it.\n"
    )
    assert _filed(text, "discussion.txt") == {
        "S101": "Triangles are stronger.",
        "S102": "Tape it.",
    }


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("lab sheet - density", EntryType.REFLECTION_JOURNAL),
        ("goal sheet week 3", EntryType.REFLECTION_JOURNAL),
        ("science notebook p 12", EntryType.REFLECTION_JOURNAL),
        ("peer critique - essays", EntryType.PEER_FEEDBACK),
        ("two stars and a wish", EntryType.PEER_FEEDBACK),
        ("behavior log Tuesday", EntryType.TEACHER_OBSERVATION_NOTE),
        ("voice memo 10-22", EntryType.TEACHER_OBSERVATION_NOTE),
        ("text from dad", EntryType.PARENT_NOTE),
        ("number talk warm-up", EntryType.GROUP_DISCUSSION_TRANSCRIPT),
        ("lab group audio transcribed", EntryType.GROUP_DISCUSSION_TRANSCRIPT),
        ("breakout room 3", EntryType.GROUP_DISCUSSION_TRANSCRIPT),
        ("peer mentoring session", EntryType.PEER_TUTORING_TRANSCRIPT),
        ("Homework help - meeting recording", EntryType.PEER_TUTORING_TRANSCRIPT),
        ("poster session", EntryType.PROJECT_PRESENTATION_TRANSCRIPT),
        # The genre wins over the activity it was written about.
        ("lab group peer critique", EntryType.PEER_FEEDBACK),
    ],
)
def test_words_teachers_use_for_kinds_of_documents(words: str, expected: EntryType) -> None:
    assert parse_entry_type(words) is expected


def test_a_document_with_no_date_says_it_was_filed_as_received() -> None:
    detection = detect(OBSERVATION, "Ravi obs.txt", LOOSE, today=TODAY, teacher_names=TEACHER)
    assert detection.entry_date == TODAY
    assert any("No date" in note for note in detection.notes)
    dated = detect(OBSERVATION, "Ravi obs 10-14.txt", LOOSE, today=TODAY, teacher_names=TEACHER)
    assert not any("No date" in note for note in dated.notes)


def test_a_note_that_keeps_coming_back_to_one_student_is_about_them_alone() -> None:
    text = (
        "3/3\n\n"
        "Bram worked alone at the back table. Bram finished the whole packet.\n\n"
        "Lior asked him for help with number 4.\n"
    )
    detection = _detect(text, "period 3 notes.txt")
    assert [part.student_id for part in detection.parts] == ["S302"]
