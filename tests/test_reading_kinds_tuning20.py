"""Kinds of document a blind author's sets (tuning20, US dates; tuning21, day-first) showed
filed as the wrong kind, or asking what kind they were, although a person reads the kind at
once: a bilingual strand's Spanish and French words, a "Transcript" heading over a line that
names the talk, a student from another class who shares the floor of a group's talk, a
performance and its audience, a conference sheet the student fills in. Each test writes its
own document, in the convention and not in those sets' words, and reads it as an upload is
read, with nothing said.
"""

from __future__ import annotations

from datetime import date

import pytest

from domain.curriculum import EntryType
from domain.dates import DateOrder
from domain.detection import Detection, RosterStudent, parse_entry_type
from tests.reading import filed, own, read_upload, word_file

ROSTER = [
    RosterStudent("S701", "Lucía Ramos", "S701"),
    RosterStudent("S702", "Mateo Silva", "S702"),
    RosterStudent("S703", "Aiyana Roberts", "S703"),
    RosterStudent("S704", "Theo Park", "S704"),
]
TEACHER = "Graciela Montes"
TODAY = date(2026, 5, 29)


def read(file_name: str, data: bytes | str, order: DateOrder = "mdy") -> Detection:
    return read_upload(file_name, data, ROSTER, teacher=TEACHER, today=TODAY, order=order)


# --- The kind, named in the strand's other language -----------------------------------------


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Presentación oral - Lucía", EntryType.PROJECT_PRESENTATION_TRANSCRIPT),
        ("Exposición: los volcanes", EntryType.PROJECT_PRESENTATION_TRANSCRIPT),
        ("Présentation du projet", EntryType.PROJECT_PRESENTATION_TRANSCRIPT),
        ("Réflexion du jeudi", EntryType.REFLECTION_JOURNAL),
        ("Diario de aprendizaje", EntryType.REFLECTION_JOURNAL),
        ("Autoevaluación", EntryType.REFLECTION_JOURNAL),
        ("Observación - recreo", EntryType.TEACHER_OBSERVATION_NOTE),
        ("Discusión en grupo", EntryType.GROUP_DISCUSSION_TRANSCRIPT),
        ("Débat en classe", EntryType.GROUP_DISCUSSION_TRANSCRIPT),
        ("Tutoría de matemáticas", EntryType.PEER_TUTORING_TRANSCRIPT),
    ],
)
def test_a_kind_named_in_spanish_or_french_is_that_kind(name: str, kind: EntryType) -> None:
    assert parse_entry_type(name) is kind


def test_a_talk_headed_as_a_presentacion_is_a_presentation() -> None:
    # Nothing in English names the kind: the line under the title says "Presentación".
    text = (
        "Proyecto de ciencias: El reciclaje en casa / Recycling at home\n"
        "Presentación, 14 de noviembre / November 14, 2025 - Lucía Ramos\n\n"
        "Buenos días. I will start in Spanish and then say it again in English. My family "
        "throws away almost two bags of plastic every week, so I counted it for a month.\n"
        "I made a chart of every bag and showed it to my little brother so he could help.\n"
    )
    detection = read("Lucía proyecto.txt", text)
    assert filed(detection) == (
        ["S701"],
        EntryType.PROJECT_PRESENTATION_TRANSCRIPT,
        date(2025, 11, 14),
    )


def test_a_spanish_header_gives_the_date_and_lists_the_group_none_of_it_a_speaker() -> None:
    text = (
        "**Actividad:** Reto de ingeniería - puente de palitos\n"
        "**Fecha:** 11/20/2025\n"
        "**Grupo:** Lucía, Mateo\n"
        "**Transcrito por:** G. Montes\n\n"
        "Lucía: If we glue the triangles first it will hold more.\n\n"
        "Mateo: Pero the glue takes a whole day. Can we tape it for the test?\n\n"
        "Lucía: Tape for the test and glue for the final, okay.\n"
    )
    detection = read("Lucía y Mateo - puente.md", text)
    assert filed(detection) == (
        ["S701", "S702"],
        EntryType.GROUP_DISCUSSION_TRANSCRIPT,
        date(2025, 11, 20),
    )
    assert detection.segmentation is not None
    assert not any(turn.speaker == "Grupo" for turn in detection.segmentation.turns)
    assert not detection.notes


# --- "Transcript" says only that it was written down ----------------------------------------


def test_a_transcript_heading_under_a_line_naming_the_talk_is_that_talk() -> None:
    # "Transcript" only says it was written down; the line above it says what was said.
    data = word_file(
        [
            "Science unit: Rivers of the Southwest",
            "Presentation, November 14, 2025 - Theo Park",
            "# Transcript",
            "Good afternoon. My part is about where our tap water comes from. I called the "
            "water office and asked them, and they sent me a map of the pipes.",
            "I changed my poster after my group said the map was too small to read.",
        ]
    )
    detection = read("Theo rivers.docx", data)
    assert filed(detection) == (
        ["S704"],
        EntryType.PROJECT_PRESENTATION_TRANSCRIPT,
        date(2025, 11, 14),
    )


# --- Who shares the floor -------------------------------------------------------------------


GROUP_TALK = (
    "Activity: Design challenge - marble run\n"
    "Date: 2/12/2026\n"
    "Group: Lucía, Mateo (Jordan from Mr. Kim's class helping out)\n\n"
    "Jordan: What if the marble flies off the second turn?\n\n"
    "Lucía: I already thought about that, so we put a wall of folded card on the outside "
    "of every turn and we tested it ten times with the heavy marble and the light one.\n\n"
    "Mateo: I wanted the turn steeper, but Lucía says the wall is enough. Maybe both.\n\n"
    "Lucía: Mateo, you build a steep one and I build a flat one, and we race them. The "
    "faster one is the one we both keep for the final, so nobody has to lose.\n\n"
    "Lucía: And the card wall came from my grandpa's train set, he has walls like that on "
    "the bridge so the trains don't fall.\n\n"
    "Jordan: We did it that way in robotics club too, with a wall on every turn.\n"
)


def test_a_student_from_another_class_the_header_lists_shares_the_groups_floor() -> None:
    # Lucía says most of what the teacher's own students say, but the header lists Jordan
    # with the group and he talks with them: the group's discussion, not her presentation.
    detection = read("Lucía and Mateo - marble run.txt", GROUP_TALK)
    assert filed(detection) == (
        ["S701", "S702"],
        EntryType.GROUP_DISCUSSION_TRANSCRIPT,
        date(2026, 2, 12),
    )


def test_a_listed_visitor_who_only_asks_leaves_the_presenter_the_floor() -> None:
    text = (
        "Date: 2/19/2026\n"
        "Participants: Theo, Jordan (visiting from Mr. Kim's class)\n\n"
        "Theo: This is our town's water tower. It holds enough water for two days, and the "
        "city fills it at night when nobody is using water, because the pumps cost less "
        "then.\n\n"
        "Theo: I found that out from the city's website and then I called to check it, "
        "because the website was from 2019 and I wanted to know if it changed.\n\n"
        "Jordan: Does it ever run out?\n\n"
        "Theo: Only once, in the big fire, and then they brought water in trucks from the "
        "next town over.\n"
    )
    detection = read("Theo water tower.txt", text)
    assert filed(detection)[1] is EntryType.PROJECT_PRESENTATION_TRANSCRIPT


# --- A performance and its audience ---------------------------------------------------------


def test_an_open_mic_is_its_performers_presentation() -> None:
    text = (
        "Open mic night - transcript (Nov. 20, 2025)\n"
        "[00:00:03] Ms. Montes: Our next readers are Aiyana and Theo.\n"
        "[00:00:08] Aiyana: Our piece is called Two Rivers. I wrote the lines about the river "
        "by my grandmother's house.\n"
        "[00:00:20] Theo: And I wrote the lines about the river in the city. We read one line "
        "each.\n"
        "[00:00:41] Aiyana: We argued about the last line, so we kept both.\n"
    )
    detection = read("open mic 11-20.txt", text)
    assert filed(detection) == (
        ["S703", "S704"],
        EntryType.PROJECT_PRESENTATION_TRANSCRIPT,
        date(2025, 11, 20),
    )


@pytest.mark.parametrize(
    ("asked", "students"),
    [
        ("Mateo (audience): Can you read the spring part again?", ["S702", "S703", "S704"]),
        (
            "Mateo: (from the audience) Can you read the spring part again?",
            ["S702", "S703", "S704"],
        ),
        ("Audience member: Can you read the spring part again?", ["S703", "S704"]),
    ],
)
def test_a_transcript_that_sets_a_speaker_apart_as_the_audience_is_a_presentation(
    asked: str, students: list[str]
) -> None:
    # The file and its first line say only "transcript"; the two readers share the floor,
    # and the one who asks is marked as the audience.
    text = (
        "Transcript - 3/5/26\n"
        "Aiyana: This is the poem we wrote together. I did the first half, about winter.\n"
        "Theo: I did the second half, about spring. Listen for the word that repeats.\n"
        "Aiyana: We wrote it three times before we liked the ending.\n"
        f"{asked}\n"
    )
    detection = read("transcript 3-5.txt", text)
    assert filed(detection) == (
        students,
        EntryType.PROJECT_PRESENTATION_TRANSCRIPT,
        date(2026, 3, 5),
    )
    assert "spring part again" not in own(detection)["S703"]


def test_students_who_speak_of_an_audience_are_still_a_discussion() -> None:
    text = (
        "Transcript - 3/6/26\n"
        "Aiyana: I think the audience will get bored if we read both poems.\n"
        "Theo: Then we cut one. Which one do you like more?\n"
        "Aiyana: The winter one, but yours has the better ending.\n"
        "Theo: So we put my ending on your poem.\n"
    )
    detection = read("transcript 3-6.txt", text)
    assert filed(detection)[1] is EntryType.GROUP_DISCUSSION_TRANSCRIPT


# --- A conference sheet the student fills in ------------------------------------------------


def test_a_conference_sheet_the_student_fills_in_is_their_reflection() -> None:
    data = word_file(
        [
            "Student-Led Conference - getting ready",
            "Student: Mateo Silva",
            "Date: 15/03/2026",
            "# What I'm proud of",
            "I finish my reading log every week now. I keep it in the front of my binder so I "
            "see it first.",
            "# What I want to get better at",
            "I still rush my math tests. I want to check every answer before I hand it in.",
            "# What I will show my family",
            "My reading log and my best lab write-up.",
        ]
    )
    detection = read("Mateo - SLC.docx", data, order="dmy")
    assert filed(detection) == (["S702"], EntryType.REFLECTION_JOURNAL, date(2026, 3, 15))


@pytest.mark.parametrize(
    "body",
    [
        # The teacher tells of the conference and of the student.
        "Mateo ran the conference himself and showed his reading log. He set his own goal: "
        "checking every math answer. His dad asked good questions.",
        # The teacher writes "I" but names the student she met.
        "I met with Mateo and his dad. I was glad to see the reading log every week. We set "
        "a goal for math tests together.",
    ],
)
def test_a_teachers_notes_of_a_conference_stay_hers(body: str) -> None:
    text = f"Student-led conference notes\nStudent: Mateo Silva\nDate: 16/03/2026\n\n{body}\n"
    detection = read("Mateo - SLC notes.txt", text, order="dmy")
    assert filed(detection) == (["S702"], EntryType.TEACHER_OBSERVATION_NOTE, date(2026, 3, 16))


# --- Whose work a feedback form reviews ---------------------------------------------------


def test_a_project_field_naming_its_maker_then_its_title_is_whose_work_it_is() -> None:
    # The comma before the project's title in quotation marks joins no second maker.
    text = (
        "Peer feedback - science fair proposal\n"
        'Reviewer: Aiyana Roberts    Project: Theo Park, "Where does our tap water go?"\n'
        "1/14/26\n\n"
        "You say the plant cleans all of it, but the city report says some goes to the "
        "river first. I would ask the water office which one is right.\n"
    )
    detection = read("Aiyana - feedback on Theo.txt", text)
    assert filed(detection) == (["S703", "S704"], EntryType.PEER_FEEDBACK, date(2026, 1, 14))
