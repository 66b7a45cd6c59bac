"""The teacher's text left inside a student's own text: a sheet's questions and column
headings, a rating table or a score, a header line. Evidence comes from the student's own
span only, so none of it may reach what the assessor reads and quotes, as blind authors'
sets (tuning15, tuning16, tuning17) wrote them. Each test writes its own document, in the
convention and not in those sets' words, and reads it as an upload is read, with nothing
said."""

from __future__ import annotations

from datetime import date

from domain.curriculum import EntryType, Level, Skill
from domain.detection import Detection, RosterStudent
from tests.reading import filed, own, read_upload, word_file

ROSTER = [
    RosterStudent("S961", "Perpetua Oyelowo", "S961"),
    RosterStudent("S962", "Lasse Drummond", "S962"),
    RosterStudent("S963", "Wilhelmina Sato", "S963", ("Billie",)),
]
TEACHER = "Cornelius Abernethy"
TODAY = date(2026, 5, 27)


def read(file_name: str, data: bytes | str) -> Detection:
    return read_upload(file_name, data, ROSTER, teacher=TEACHER, today=TODAY)


def teacher_levels(detection: Detection) -> list[tuple[Skill, Level]]:
    assert detection.segmentation is not None
    return detection.segmentation.teacher_levels


def test_a_question_and_answer_table_keeps_only_the_answers_as_the_students() -> None:
    data = word_file(
        [
            "Exit slip",
            "Lasse Drummond - 7B - 4/14/2026",
            [
                ["Question", "Answer"],
                ["Explain how you would check 48 / 6 = 8.", "Times 8 by 6 and see if it's 48."],
                ["What would you try first next time?", "I'd draw the groups before I divide."],
                ["Rate your confidence 1-5", "3"],
            ],
        ]
    )
    detection = read("exit slip.docx", data)
    assert filed(detection) == (["S962"], EntryType.REFLECTION_JOURNAL, date(2026, 4, 14))
    assert own(detection)["S962"] == (
        "Times 8 by 6 and see if it's 48.\nI'd draw the groups before I divide."
    )


def test_a_prompt_column_under_any_answer_heading_is_the_sheets() -> None:
    data = word_file(
        [
            "Exit ticket",
            "Perpetua Oyelowo - 3/2/2026",
            [
                ["Prompt", "Your response"],
                ["1. Something new you learned", "Volcanoes can form under the sea."],
                ["2. Something still puzzling", "Why the plates move at all."],
            ],
        ]
    )
    text = own(read("exit ticket.docx", data))["S961"]
    assert "Volcanoes can form" in text and "plates move" in text
    assert "Something new" not in text and "Prompt" not in text and "puzzling" not in text


def test_a_rating_table_after_the_notes_is_the_teachers_never_a_students_evidence() -> None:
    data = word_file(
        [
            "Observation - 7B Science",
            "Date: 2/11/2026",
            "Perpetua",
            "Perpetua sorted the samples by density before anyone asked and wrote the order "
            "on the board for her group.",
            "Lasse",
            "Lasse lost track of the timer twice but reset it himself the second time.",
            [
                ["Student", "Skill", "Level (teacher)"],
                ["Perpetua", "Organization", "Proficient"],
                ["Lasse", "Self-Management", "Developing"],
            ],
        ]
    )
    detection = read("obs 7B science.docx", data)
    assert filed(detection) == (
        ["S961", "S962"],
        EntryType.TEACHER_OBSERVATION_NOTE,
        date(2026, 2, 11),
    )
    parts = own(detection)
    assert parts["S961"].startswith("Perpetua sorted") and "Organization" not in parts["S961"]
    assert "Proficient" not in parts["S961"]
    assert parts["S962"].startswith("Lasse lost") and "Developing" not in parts["S962"]
    assert "Self-Management" not in parts["S962"]
    levels = teacher_levels(detection)
    assert (Skill.ORGANIZATION, Level.PROFICIENT) in levels
    assert (Skill.SELF_MANAGEMENT, Level.DEVELOPING) in levels


def test_a_notes_table_keeps_its_notes_without_its_headings_or_row_labels() -> None:
    data = word_file(
        [
            "Family conference",
            "Student: Wilhelmina Sato  |  Date: 1/21/26",
            "Billie led the conference and showed her reading log without being asked.",
            [
                ["Area", "Notes"],
                ["Reading", "Finished three novels since December and picked each herself."],
                ["Homework", "Hands it in on time most weeks; two late in January."],
            ],
            "Dad will check the planner on Sundays.",
        ]
    )
    text = own(read("conference notes Sato.docx", data))["S963"]
    lines = text.split("\n")
    # Each row stands alone: no row runs on into the paragraph before or after the table.
    assert "Finished three novels since December and picked each herself." in lines
    assert "Dad will check the planner on Sundays." in lines
    assert "Area" not in text and "Reading |" not in text and "Homework |" not in text


def test_a_score_line_is_a_rating_not_the_students_words() -> None:
    text = (
        "EXIT SLIP - 4/9\n"
        "name: Lasse D\n\n"
        "1) What did you do first?\n"
        "I wrote the steps on a sticky note before I started.\n\n"
        "2) Rate your effort 1-4: 4\n"
    )
    assert own(read("exit slip 4-9.txt", text))["S962"] == (
        "I wrote the steps on a sticky note before I started."
    )
    note = (
        "# Observation\n\n"
        "**Student:** Perpetua Oyelowo\n"
        "**Date:** 3/3/2026\n\n"
        "Perpetua kept at the puzzle for twenty minutes after her first plan failed.\n\n"
        "**Level (for my records):** Persistence 3/4\n"
    )
    assert own(read("obs perpetua.md", note))["S961"] == (
        "Perpetua kept at the puzzle for twenty minutes after her first plan failed."
    )


def test_a_weekday_and_its_date_over_a_journal_stays_its_date() -> None:
    text = (
        "Thursday 3/12\n"
        "Name: Lasse Drummond\n"
        "I planned the poster in three parts and finished the first one today.\n"
    )
    detection = read("journal.txt", text)
    assert filed(detection) == (["S962"], EntryType.REFLECTION_JOURNAL, date(2026, 3, 12))
    assert "planned the poster" in own(detection)["S962"]


def test_a_setting_line_under_the_title_is_a_header_not_the_notes() -> None:
    data = word_file(
        [
            "Student-Led Conference",
            "Tues 2/3 - Lasse Drummond (gr 7) - with Mr. Abernethy, dad joined for the last 15 min",
            "# Where he started",
            "Lasse kept his folder in his bag and rarely opened it in class.",
            "# Where he is now",
            "Lasse now sorts his folder every Friday and brought it to the conference himself.",
        ]
    )
    detection = read("Lasse conference notes.docx", data)
    assert filed(detection) == (
        ["S962"],
        EntryType.TEACHER_OBSERVATION_NOTE,
        date(2026, 2, 3),
    )
    assert own(detection)["S962"] == (
        "Lasse kept his folder in his bag and rarely opened it in class.\n"
        "Lasse now sorts his folder every Friday and brought it to the conference himself."
    )


def test_a_byline_in_pieces_under_a_journals_title_is_not_the_writers_words() -> None:
    for byline in (
        "Perpetua Oyelowo | Fri 5/22 | Heron Advisory",
        "Perpetua Oyelowo, 8H - 5/22/2026",
    ):
        text = (
            "End-of-Year Reflection\n"
            f"{byline}\n"
            "How have you changed?\n"
            "I used to wait for someone to tell me what to do. Now I start on my own.\n"
        )
        detection = read("Perpetua reflection.txt", text)
        assert filed(detection) == (["S961"], EntryType.REFLECTION_JOURNAL, date(2026, 5, 22))
        assert own(detection)["S961"] == (
            "I used to wait for someone to tell me what to do. Now I start on my own."
        )


def test_a_first_line_telling_what_happened_on_a_day_stays_the_notes() -> None:
    text = (
        "Observation\n"
        "Thurs 3/5 - Lasse came in late, then asked to redo the warm-up.\n"
        "He finished it before the bell.\n"
    )
    detection = read("obs Lasse.txt", text)
    assert filed(detection) == (["S962"], EntryType.TEACHER_OBSERVATION_NOTE, date(2026, 3, 5))
    assert "Lasse came in late" in own(detection)["S962"]


def test_a_teachers_comment_labelled_with_their_name_is_not_the_journals_writing() -> None:
    data = word_file(
        [
            "Unit reflection",
            "Lasse Drummond - 7B - Mon 3/9",
            "1. What surprised you?",
            "I didn't know the river near school floods every spring.",
            "Mr. Abernethy comment: Lasse - thoughtful. Bring your map on Friday?",
        ]
    )
    assert own(read("Lasse reflection.docx", data))["S962"] == (
        "I didn't know the river near school floods every spring."
    )
    text = (
        "# Reading journal\n\n"
        "**Name:** Perpetua Oyelowo\n"
        "**Date:** 3/16/2026\n\n"
        "I finished the book early and started the sequel.\n\n"
        "**Mr. Abernethy's note:** Perpetua, try a poem next week.\n"
    )
    assert own(read("reading journal.md", text))["S961"] == (
        "I finished the book early and started the sequel."
    )


def test_a_prompt_labelled_with_the_teachers_name_is_the_sheets_and_its_answer_the_students() -> (
    None
):
    text = (
        "Reading journal\n"
        "Perpetua Oyelowo - 3/16/2026\n"
        "Mr A's prompt: How did the ending make you feel?\n"
        "Annoyed at first, then I saw why it had to end that way.\n"
        "Mr A's prompt: What would you ask the author?\n"
        "Why did you let the dog stay behind?\n"
    )
    assert own(read("reading journal.txt", text))["S961"] == (
        "Annoyed at first, then I saw why it had to end that way.\n"
        "Why did you let the dog stay behind?"
    )


def test_a_sheets_questions_between_answers_with_no_blank_line_are_not_the_answers() -> None:
    # A PDF's text layer keeps no blank line between an answer's last line and the next
    # question, plain or numbered.
    text = (
        "Lab reflection\n"
        "Name: Lasse Drummond     Date: 4/20\n"
        "1. What went wrong in the investigation?\n"
        "The ramp kept slipping, so I taped it to the desk and we ran the trials\n"
        "again with the same ball.\n"
        "How did your group share the work?\n"
        "I timed and Billie wrote the results down.\n"
        "3. One thing to change next time:\n"
        "Check the ramp before we start.\n"
    )
    assert own(read("lab reflection.txt", text))["S962"] == (
        "The ramp kept slipping, so I taped it to the desk and we ran the trials again with "
        "the same ball.\n"
        "I timed and Billie wrote the results down.\n"
        "Check the ramp before we start."
    )


def test_a_students_own_question_inside_a_wrapped_answer_stays_theirs() -> None:
    text = (
        "Journal\n"
        "Name: Perpetua Oyelowo     Date: 4/20\n"
        "Today the experiment failed, and honestly, why did we even\n"
        "pick magnets? Next time I will choose something we can test twice.\n"
    )
    assert "why did we even pick magnets?" in own(read("journal.txt", text))["S961"]


def test_a_comment_signed_with_the_teachers_initials_and_its_rating_are_the_teachers() -> None:
    data = word_file(
        [
            "Science journal",
            "Wilhelmina Sato - 2/24/2026",
            "Prompt: What did you change after the first trial?",
            "I moved the lamp closer because the plant leaned toward the window.",
            "Careful reasoning, Billie! Measure the distance next time. - CA   "
            "Critical Thinking: Proficient",
        ]
    )
    detection = read("Billie journal.docx", data)
    assert own(detection)["S963"] == (
        "I moved the lamp closer because the plant leaned toward the window."
    )
    assert (Skill.CRITICAL_THINKING, Level.PROFICIENT) in teacher_levels(detection)


def test_a_students_line_naming_the_teacher_after_a_dash_stays_theirs() -> None:
    text = (
        "Journal\n"
        "Name: Wilhelmina Sato     Date: 2/24\n"
        "I got stuck on the graph - Mr. Abernethy showed me how to pick a scale.\n"
    )
    assert "Mr. Abernethy showed me" in own(read("journal.txt", text))["S963"]


def test_a_long_question_in_bold_is_the_sheets_and_a_question_answering_it_the_students() -> None:
    text = (
        "**Exit Ticket - Math 7 - Tue 4/21**\n\n"
        "**Name:** Lasse D.\n\n"
        "**Q1. Which bag is cheaper per apple: 6 for $3.00 or 10 for $4.50? Show your work.**\n\n"
        "6 for $3.00 is 50 cents each and 10 for $4.50 is 45 cents, so the 10 bag.\n\n"
        "**Q2. A question for your teacher?**\n\n"
        "Why do shops sell the small bags at all?\n"
    )
    assert own(read("exit ticket 4-21.md", text))["S962"] == (
        "6 for $3.00 is 50 cents each and 10 for $4.50 is 45 cents, so the 10 bag.\n"
        "Why do shops sell the small bags at all?"
    )


def test_a_setting_line_signed_with_the_teachers_initial_is_a_header() -> None:
    data = word_file(
        [
            "Observation Notes - Wed 4/15",
            "Science lab / Heron advisory. C. Abernethy.",
            "Perpetua set up the scale before the bell and helped a new student find the goggles.",
        ]
    )
    assert own(read("obs April.docx", data))["S961"] == (
        "Perpetua set up the scale before the bell and helped a new student find the goggles."
    )


def test_a_bold_label_with_a_number_in_it_is_the_sheets_and_its_answer_the_students() -> None:
    text = (
        "**Reflection journal**\n"
        "**Name:** Wilhelmina Sato\n"
        "**Date:** 4/15/2026\n\n"
        "**What is still hard?**\n\n"
        "Waiting my turn when I know the answer.\n\n"
        "**Goal for Term 3:** Count to three before I put my hand up.\n"
    )
    assert own(read("journal.md", text))["S963"] == (
        "Waiting my turn when I know the answer.\nCount to three before I put my hand up."
    )


def test_a_rating_or_a_score_in_a_bold_field_is_a_rating() -> None:
    note = (
        "# Conference notes\n\n"
        "**Student:** Lasse Drummond\n"
        "**Date:** 3/19/2026\n\n"
        "Lasse brought his planner and walked us through his week.\n\n"
        "**Teacher rating (Self-Management):** Proficient **Teacher rating (Organization):** "
        "Developing\n"
    )
    detection = read("conference notes Lasse.md", note)
    assert own(detection)["S962"] == "Lasse brought his planner and walked us through his week."
    assert (Skill.SELF_MANAGEMENT, Level.PROFICIENT) in teacher_levels(detection)
    sheet = (
        "---\nstudent: Perpetua O.\ndate: 2026-03-02\n---\n\n"
        "**Prompt 1 (Mr. A):** What did the group do well?\n\n"
        "They kept to time and everyone spoke.\n\n"
        "**Rate the presentation (1-4):** 4\n"
    )
    assert own(read("exit slip.md", sheet))["S961"] == "They kept to time and everyone spoke."


def test_a_self_rating_column_is_a_rating_and_the_why_column_the_students() -> None:
    data = word_file(
        [
            "Self-assessment",
            "Name: Wilhelmina Sato   Date: 5/4/2026",
            [
                ["Skill", "My rating", "Why"],
                [
                    "Organization",
                    "Proficient",
                    "I keep one folder a class and clear it on Fridays.",
                ],
                ["Collaboration", "Developing", "I still take over when the group is slow."],
            ],
        ]
    )
    detection = read("self-assessment.docx", data)
    assert own(detection)["S963"] == (
        "I keep one folder a class and clear it on Fridays.\n"
        "I still take over when the group is slow."
    )
    # The student's own view of their level is no teacher's rating either.
    assert teacher_levels(detection) == []


def test_a_notes_table_naming_people_off_the_roster_keeps_each_row_with_its_name() -> None:
    data = word_file(
        [
            "Lab notes",
            "Date: 3/10/2026",
            [
                ["Student", "Notes"],
                ["Lasse", "Lasse rebuilt the ramp himself when the tape gave way."],
                ["Jorge", "Jorge kept the timer and called out each run."],
                ["Mia", "Mia wrote the results table."],
            ],
        ]
    )
    detection = read("lab notes.docx", data)
    assert filed(detection)[0] == ["S962"]
    assert "rebuilt the ramp" in own(detection)["S962"]
    assert "Jorge kept the timer" not in own(detection)["S962"]


def test_a_prompt_key_naming_a_co_teacher_is_the_prompt_not_the_writers_words() -> None:
    # The prompt names a teacher who is not the one filing it (a co-teacher, a sub): the
    # key says it is a prompt, whoever the bracket names.
    text = (
        "**Reading journal**\n"
        "**Student:** Lasse D.\n"
        "**Date:** March 9, 2026\n\n"
        "**Prompt (Ms. Okoro):** Describe a time a character changed your mind.\n\n"
        "I used to think Brian was selfish, but chapter 9 changed my mind.\n"
    )
    assert own(read("Lasse journal.md", text))["S962"] == (
        "I used to think Brian was selfish, but chapter 9 changed my mind."
    )
