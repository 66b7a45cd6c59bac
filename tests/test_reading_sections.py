"""A teacher's notes on several students, or a sheet of several students' exit slips, that
gives each student a section of their own under a heading line, as a blind author's sets
(tuning15, tuning16, tuning17) wrote them and the reader lost students or asked: a heading
that is the name and the class beside it ("Name (gr 6)"), a rule before a nickname and an
initial ("--- Nick T. (6th)"), a day and the name ("Mon 5/18 - Name", each section then on
its own day, a day with no one named filing nothing). Each test writes its own document, in
the convention and not in those sets' words, and reads it as an upload is read, with
nothing said."""

from __future__ import annotations

from datetime import date

from domain.curriculum import EntryType
from domain.detection import Detection, RosterStudent
from tests.reading import filed, own, read_upload
from tests.test_reading_table_forms import word_file

ROSTER = [
    RosterStudent("S971", "Ottoline Brack", "S971", ("Otti",)),
    RosterStudent("S972", "Fergus Langtry", "S972", ("Gus",)),
    RosterStudent("S973", "Priyanka Deshmukh", "S973"),
    RosterStudent("S974", "Lachlan Moody", "S974"),
]
TEACHER = "Winifred Ashby"
TODAY = date(2026, 6, 12)


def read(file_name: str, data: bytes | str) -> Detection:
    return read_upload(file_name, data, ROSTER, teacher=TEACHER, today=TODAY)


def parts_by_day(detection: Detection) -> dict[str, date | None]:
    return {part.student_id: part.entry_date for part in detection.parts}


def test_word_headings_of_a_name_and_its_class_each_head_that_students_notes() -> None:
    data = word_file(
        [
            "# Science lab notes - Tues 3/17",
            "Period 4. W. Ashby.",
            "# Fergus Langtry (gr 7)",
            "Fergus set up the balance before anyone asked and zeroed it twice. When "
            "Lachlan's beaker tipped, Fergus handed him the towel and kept reading the scale.",
            "# Priyanka Deshmukh (gr 8)",
            "Priyanka wrote the method on the board in numbered steps for her table.",
            "# Lachlan Moody (gr 6)",
            "He lost the worksheet again but asked for a new one without being told.",
        ]
    )
    detection = read("lab notes.docx", data)
    assert filed(detection) == (
        ["S972", "S973", "S974"],
        EntryType.TEACHER_OBSERVATION_NOTE,
        date(2026, 3, 17),
    )
    parts = own(detection)
    assert "zeroed it twice" in parts["S972"] and "kept reading the scale" in parts["S972"]
    assert "numbered steps" in parts["S973"] and "balance" not in parts["S973"]
    assert parts["S974"].startswith("He lost the worksheet")
    assert "Period 4" not in parts["S972"]


def test_exit_slips_under_a_rule_and_a_nickname_with_an_initial_are_each_writers() -> None:
    text = (
        "EXIT SLIPS - Humanities - Thurs 4/23\n"
        'on the board: "What went well today? What got in your way?"\n\n'
        "--- Gus L. (7th)\n"
        "Went well: I finished the map key and labelled every river.\n"
        "In my way: I talked to my table too much at the start.\n\n"
        "--- Otti B. (6th)\n"
        "Went well: I asked Priyanka to check my dates and fixed two of them.\n"
        "In my way: The laptop logged me out and I lost my notes.\n\n"
        "(WA: Otti - good idea asking for a check!)\n"
    )
    detection = read("exit slips apr.txt", text)
    assert filed(detection) == (
        ["S971", "S972"],
        EntryType.REFLECTION_JOURNAL,
        date(2026, 4, 23),
    )
    parts = own(detection)
    assert "map key" in parts["S972"] and "talked to my table" in parts["S972"]
    assert "map key" not in parts["S971"] and "logged me out" in parts["S971"]
    # The teacher's aside about one slip is not the student's writing.
    assert "good idea" not in parts["S971"]


DAYS = [
    "Notes - week of 5/11",
    "Mon 5/11 - Priyanka",
    "Ran the vocabulary relay for the class when the projector died. She picked teams "
    "herself and kept the score.",
    "Wed 5/13 - Gus",
    "Needed three reminders to start the quick-write. Then wrote a full page.",
    "Fri 5/15",
    "No notes - sports day.",
]


def test_a_week_of_days_each_naming_a_student_files_each_on_their_day() -> None:
    for detection in (
        read("notes wk 5-11.txt", "\n".join(DAYS)),
        read(
            "notes.docx",
            word_file([f"# {line}" if not line.endswith(".") else line for line in DAYS]),
        ),
    ):
        assert filed(detection) == (
            ["S972", "S973"],
            EntryType.TEACHER_OBSERVATION_NOTE,
            date(2026, 5, 11),
        )
        assert parts_by_day(detection) == {"S973": date(2026, 5, 11), "S972": date(2026, 5, 13)}
        parts = own(detection)
        assert "vocabulary relay" in parts["S973"] and "quick-write" not in parts["S973"]
        # Friday names no one: its line is no one's note.
        assert "sports day" not in parts["S972"]


def test_a_note_naming_its_focus_student_by_nickname_and_initial_is_theirs() -> None:
    # Day-first, as the school writes dates; the note names two classmates in passing.
    text = (
        "Obs - 14 Nov - 8B Geography, P3\n"
        "Focus student: Gus L.\n\n"
        "- Took ten minutes to get his atlas out. Needed the task read to him again.\n"
        "- Talked over Priyanka twice while she was answering.\n"
        "- BUT: when the map would not fit he asked Lachlan for the ruler and tried again.\n\n"
        "Plan: seat near the front; check in with form tutor.\n"
    )
    detection = read_upload(
        "obs 14 Nov.txt", text, ROSTER, teacher=TEACHER, today=TODAY, order="dmy"
    )
    assert filed(detection) == (
        ["S972"],
        EntryType.TEACHER_OBSERVATION_NOTE,
        date(2025, 11, 14),
    )
    assert "atlas" in own(detection)["S972"]


def test_an_exit_ticket_whose_first_line_holds_its_fields_names_its_writer() -> None:
    # "Homeroom: Birch" is the school's own field, no key a header usually has.
    data = word_file(
        [
            "# Maths 7 - Exit Ticket",
            "Tues 10/14   Name: Ottoline Brack   Homeroom: Birch",
            "1. How did the group task go? I got cross because Lachlan took my turn.",
            "2. What will you try next time? Maybe ask to swap groups.",
            "Teacher note: speak to Otti at break.",
        ]
    )
    detection = read("Exit ticket.docx", data)
    assert filed(detection) == (["S971"], EntryType.REFLECTION_JOURNAL, date(2025, 10, 14))
    assert "I got cross" in own(detection)["S971"]
    assert "speak to Otti" not in own(detection)["S971"]


def test_a_conference_note_quoting_a_second_student_files_them_with_their_part() -> None:
    data = word_file(
        [
            "# Reading partners conference",
            "Wed 2/11, after school. Priyanka Deshmukh + Lachlan Moody. Ms. Ashby.",
            "# Notes",
            'I asked Priyanka how the pairing is working. Priyanka: "Better. I read the hard '
            'pages and Lachlan does the summary, then we swap."',
            'Lachlan said: "I still rush. But when she reads first I slow down."',
            "Priyanka suggested a swap chart on the wall so they both get the hard pages.",
            "Lachlan has not missed a reading log since the pairing started.",
            "# Next steps",
            "Try the swap chart.",
        ]
    )
    detection = read("Priyanka conference.docx", data)
    assert filed(detection) == (
        ["S973", "S974"],
        EntryType.TEACHER_OBSERVATION_NOTE,
        date(2026, 2, 11),
    )
    parts = own(detection)
    assert "swap chart" in parts["S973"] and "I still rush" not in parts["S973"]
    assert "I still rush" in parts["S974"] and "reading log" in parts["S974"]
    assert "swap chart" not in parts["S974"]


def test_a_classmate_quoted_in_a_note_that_is_no_conference_is_not_filed() -> None:
    text = (
        "Obs - Priyanka - 2/18\n\n"
        "Priyanka finished the graph first and checked every axis label.\n\n"
        'Lachlan said: "Can I copy yours?" She said no and showed him how to start.\n'
    )
    detection = read("obs priyanka.txt", text)
    assert filed(detection)[0] == ["S973"]


def test_a_students_section_saying_only_no_notes_files_nothing_for_them() -> None:
    text = (
        "Notes - week of 5/11\n\n"
        "Mon 5/11 - Priyanka\n"
        "Explained the ratio table to her partner twice, the second time with a drawing.\n\n"
        "Tue 5/12 - Lachlan\n"
        "No notes - field trip.\n\n"
        "Wed 5/13 - Gus\n"
        "Started the quick-write as soon as the timer went.\n"
    )
    detection = read("notes wk 5-11.txt", text)
    assert filed(detection)[0] == ["S972", "S973"]
    assert parts_by_day(detection) == {"S973": date(2026, 5, 11), "S972": date(2026, 5, 13)}


def test_a_heading_may_give_the_class_beside_the_name_or_a_rule_around_it() -> None:
    for fergus, priyanka in (
        ("Fergus Langtry - 7th grade", "Priyanka Deshmukh - 8th grade"),
        ("=== Gus L. ===", "=== Priyanka D. ==="),
        ("## Gus (gr 7)", "## Priyanka (gr 8)"),
    ):
        text = (
            "Observation notes - Tues 3/17\n"
            "Period 4. W. Ashby.\n"
            f"{fergus}\n"
            "Fergus set up the balance before anyone asked and zeroed it twice.\n"
            f"{priyanka}\n"
            "Priyanka wrote the method on the board in numbered steps for her table.\n"
        )
        detection = read("lab notes.md", text)
        assert filed(detection)[0] == ["S972", "S973"], fergus
        parts = own(detection)
        assert "zeroed" in parts["S972"] and "numbered steps" not in parts["S972"]


def test_an_exit_tickets_question_and_answer_table_keeps_only_the_answers_as_hers() -> None:
    data = word_file(
        [
            "# Science 6 - Exit Ticket",
            "Mon 11/3   Name: Ottoline Brack   Crew: Maple",
            [
                ["Question", "Answer"],
                ["1. How did the lab go for you?", "Good, I measured everything twice."],
                ["2. What was hardest?", "Waiting for the scale. I got bored."],
            ],
        ]
    )
    detection = read("Exit ticket.docx", data)
    assert filed(detection) == (["S971"], EntryType.REFLECTION_JOURNAL, date(2025, 11, 3))
    writing = own(detection)["S971"]
    assert "measured everything twice" in writing and "got bored" in writing
    assert "How did the lab go" not in writing and "Answer" not in writing


def test_a_conference_note_headed_by_the_two_students_it_was_with_files_both() -> None:
    # No file name or title names one of them: the line naming both, joined, says who.
    text = (
        "Lab partners conference - Mon 3/2\n"
        "Fergus Langtry + Ottoline Brack (partners since January). Ms. Ashby.\n\n"
        'I asked Fergus how the labs are going. Fergus: "Better. Otti reads the steps and '
        'I do the pouring."\n\n'
        'Otti said: "I used to do it all. Now I let him pour."\n\n'
        "Next steps: swap jobs on the next lab.\n"
    )
    detection = read("conference notes.txt", text)
    assert filed(detection) == (
        ["S971", "S972"],
        EntryType.TEACHER_OBSERVATION_NOTE,
        date(2026, 3, 2),
    )
    parts = own(detection)
    assert "I do the pouring" in parts["S972"] and "let him pour" not in parts["S972"]
    assert "let him pour" in parts["S971"] and "I do the pouring" not in parts["S971"]


def test_notes_labelled_by_name_under_a_debates_title_are_the_teachers_notes() -> None:
    # The title names the activity ("fishbowl debate"); each labelled line tells of a "he"
    # or "she": the teacher's note on each student, not their turns.
    text = (
        "Thurs 2/5 - period 2, fishbowl debate (water rights)\n\n"
        "Fergus - waited his turn the whole round, which is new. He built on what Priyanka "
        "said before he made his own point, and he wrote it on his flow sheet.\n\n"
        "Priyanka D - quiet in the first round. When I asked her she gave a clear answer, "
        "but she never volunteers. She said later she was worried about being wrong.\n\n"
        "Lachlan absent (orthodontist).\n"
    )
    detection = read("notes thurs.txt", text)
    assert filed(detection) == (
        ["S972", "S973"],
        EntryType.TEACHER_OBSERVATION_NOTE,
        date(2026, 2, 5),
    )
    assert "flow sheet" in own(detection)["S972"] and "flow sheet" not in own(detection)["S973"]


def test_a_debates_turns_in_the_speakers_own_words_stay_a_transcript() -> None:
    text = (
        "Thurs 2/5 - period 2, fishbowl debate (water rights)\n\n"
        "Fergus: I think the farms should get the water first because they feed everyone, "
        "and I said that last time too.\n"
        "Priyanka: But the town needs it to drink. I don't think farms come first at all, "
        "I really don't.\n"
    )
    detection = read("debate thurs.txt", text)
    assert detection.entry_type is EntryType.GROUP_DISCUSSION_TRANSCRIPT
