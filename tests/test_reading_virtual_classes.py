"""Classes of documents a blind author's set for a virtual school (tuning9) showed asking or
misfiled: video-call captions and chat logs, learning-platform threads, display names as
speaker labels. Each test writes its own document, in the convention and not in that set's
words, and reads it as an upload is read, with nothing said.

The roster has two students who share a first name, an accented family name and nicknames,
so that a wrong student stays the easy mistake: unsure, it asks.
"""

from __future__ import annotations

from datetime import date

from domain.curriculum import EntryType
from domain.detection import Detection, RosterStudent
from tests.reading import filed, own, read_upload

ROSTER = [
    RosterStudent("S801", "Lucía Domínguez", "S801"),
    RosterStudent("S802", "Tariq Osei", "S802", ("Riq",)),
    RosterStudent("S803", "Noah Bergstrom", "S803"),
    RosterStudent("S804", "Noah Fitzpatrick", "S804"),
    RosterStudent("S805", "Esteban Ñúñez", "S805"),
    RosterStudent("S806", "Greta Vance", "S806"),
]
TEACHER = "Harold Pemberton"
TODAY = date(2026, 5, 20)


def read(file_name: str, data: bytes | str) -> Detection:
    return read_upload(file_name, data, ROSTER, teacher=TEACHER, today=TODAY)


# --- Display names as speaker labels --------------------------------------------------------


def test_display_names_of_a_video_call_are_the_students_behind_them() -> None:
    text = (
        "Group discussion - water cycle - 2/3/26\n\n"
        "Harold Pemberton: Where does the water go when the puddle dries?\n"
        "Chromebook de Greta: It evaporates into the air and becomes vapor.\n"
        "Tariq's iPad: Then it cools down high up and turns into clouds.\n"
        "greta.vance07: And when the clouds get heavy it rains again.\n"
        "Esteban Ñúñez (he/him): So it is a circle, it never really goes away.\n"
    )
    detection = read("call.txt", text)
    assert filed(detection) == (
        ["S802", "S805", "S806"],
        EntryType.GROUP_DISCUSSION_TRANSCRIPT,
        date(2026, 2, 3),
    )
    assert "never really goes away" in own(detection)["S805"]
    assert "clouds get heavy" in own(detection)["S806"]


def test_a_display_name_two_students_share_files_neither() -> None:
    text = (
        "Group discussion - fractions - 2/3/26\n\n"
        "Harold Pemberton: Which is bigger, two thirds or three fifths?\n"
        "Noah's iPhone: Two thirds, because I drew both bars.\n"
        "Greta Vance: I got the same thing with common denominators.\n"
    )
    detection = read("call.txt", text)
    # "Noah's iPhone" may be either Noah: the turn is no one's, never a guess.
    assert filed(detection)[0] == ["S806"]
    assert "drew both bars" not in own(detection)["S806"]
