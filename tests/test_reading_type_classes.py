"""Classes of entry types that blind authors' sets (tuning8, tuning9) showed misfiled though
the student was right: a teacher's notes read as a transcript, a bare "transcript" read as a
discussion, a check-in read as the student's own. Each test writes its own document, in the
convention and not in those sets' words, and reads it as an upload is read."""

from __future__ import annotations

from datetime import date

from domain.curriculum import EntryType
from domain.detection import Detection, RosterStudent
from tests.reading import filed, read_upload

ROSTER = [
    RosterStudent("S831", "Ingrid Achebe", "S831"),
    RosterStudent("S832", "Rafael Sorensen", "S832"),
    RosterStudent("S833", "Naomi Kowalczyk", "S833"),
]
TEACHER = "Colm Barrett"
TODAY = date(2026, 5, 20)


def read(file_name: str, data: bytes | str) -> Detection:
    return read_upload(file_name, data, ROSTER, teacher=TEACHER, today=TODAY)


def test_a_jotted_note_with_skill_ratings_under_it_is_an_observation() -> None:
    text = (
        "Rafael - math block\n"
        "Forgot his calculator again, borrowed one after 5 min. Worked 15 min straight once "
        "he started, which is new.\n"
        "Moved away from the loud table on his own.\n\n"
        "Organization: E\n"
        "Inhibitory Control: D\n"
    )
    detection = read("Note 1-14.txt", text)
    assert filed(detection) == (["S832"], EntryType.TEACHER_OBSERVATION_NOTE, date(2026, 1, 14))


def test_notes_on_each_student_with_the_skills_seen_listed_are_an_observation() -> None:
    text = (
        "# Class notes \u2014 Tue 1/13\n\n"
        "**Ingrid A.** \u2014 Kept her group on task and asked Naomi K. for her idea when "
        "she had been quiet for a while.\n\n"
        "**Naomi** \u2014 Shared her screen for the first time. Explained the graph clearly.\n\n"
        "Skills seen:\n"
        "- Ingrid: Collaboration, Social Awareness\n"
        "- Naomi: Communication\n"
    )
    detection = read("Barrett notes 1.13.26.md", text)
    assert filed(detection) == (
        ["S831", "S833"],
        EntryType.TEACHER_OBSERVATION_NOTE,
        date(2026, 1, 13),
    )


def test_a_bare_transcript_where_one_student_holds_the_floor_is_a_presentation() -> None:
    text = (
        "Meeting transcript \u2014 museum night rehearsal (virtual)\n"
        "Tuesday March 10 2026\n\n"
        "[Colm Barrett] 09:02:10\n"
        "Ingrid, go ahead when you're ready.\n\n"
        "[Ingrid Achebe] 09:02:20\n"
        "Okay. My exhibit is about how the canal changed the town, because before it the "
        "only way to move grain was by wagon and that took a week.\n\n"
        "[Ingrid Achebe] 09:03:05\n"
        "So the canal made it two days, and the town doubled in ten years. I found a map "
        "from 1830 that shows the new warehouses along the water.\n\n"
        "[Ingrid Achebe] 09:03:50\n"
        "And the part I want people to notice is that the workers who dug it were mostly "
        "immigrants, and they are not on the plaque.\n\n"
        "[Rafael Sorensen] 09:04:30\n"
        "How long did it take to dig?\n\n"
        "[Ingrid Achebe] 09:04:36\n"
        "About eight years. I think. Yes, eight years.\n"
    )
    detection = read("museum night - Ingrid rehearsal (zoom).txt", text)
    assert detection.entry_type is EntryType.PROJECT_PRESENTATION_TRANSCRIPT
    assert detection.entry_date == date(2026, 3, 10)


def test_a_check_in_the_teacher_heads_as_notes_and_tells_about_the_student_is_hers() -> None:
    text = (
        "Barrett \u2014 Grade 7 Science \u2014 Advisory notes\n"
        "Check-in: Naomi Kowalczyk\n"
        "1/20/26 \u2014 advisory period\n"
        "Naomi showed me the calendar she made for her project, with each step dated.\n"
        "She had finished the first two steps without a reminder.\n"
        "She said she moved the third step because of a swim meet.\n"
    )
    detection = read("Barrett - Naomi project check-in.txt", text)
    assert filed(detection) == (["S833"], EntryType.TEACHER_OBSERVATION_NOTE, date(2026, 1, 20))


def test_a_check_in_in_the_students_own_voice_stays_a_reflection() -> None:
    text = (
        "Advisory notes\n"
        "Check-in: Naomi Kowalczyk\n"
        "1/20/26\n"
        "I made a calendar for my project with each step dated.\n"
        "I finished the first two steps. I moved the third one because of my swim meet.\n"
    )
    detection = read("Naomi project check-in.txt", text)
    assert filed(detection) == (["S833"], EntryType.REFLECTION_JOURNAL, date(2026, 1, 20))
