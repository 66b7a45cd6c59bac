"""Classes of documents a blind author's day-first set (tuning19) showed filed wrong,
asking or filed short although a person would have filed them at once. Each test writes
its own document, in the convention and not in that set's words, and reads it as an upload
is read, with nothing said and dates day-first.

The roster has a given name of two words (Yu Xuan), a nickname, and two students who share
a first name, so that a wrong student stays the easy mistake: unsure, it asks.
"""

from __future__ import annotations

from datetime import date

from domain.curriculum import EntryType
from domain.detection import Detection, RosterStudent
from tests.reading import filed, own, read_upload

ROSTER = [
    RosterStudent("S901", "Yu Xuan Tan", "S901"),
    RosterStudent("S902", "Rawiri Ngata", "S902", ("Riri",)),
    RosterStudent("S903", "Sophie Alder", "S903"),
    RosterStudent("S904", "Kauri Bell", "S904"),
    RosterStudent("S905", "Sophie Mataira", "S905"),
]
TEACHER = "Hine Walker"
TODAY = date(2026, 9, 30)


def read(file_name: str, data: bytes | str) -> Detection:
    return read_upload(file_name, data, ROSTER, teacher=TEACHER, today=TODAY, order="dmy")


# --- A sheet of several students' slips ----------------------------------------------------


SLIPS = (
    '7W EXIT SLIPS - Tue 8/9/26 - "What makes a fair rule?"\n'
    "(copied from the whiteboard slips)\n\n"
    "Yu Xuan T: A fair rule is one everyone heard before it started, not after.\n\n"
    "Rawiri N: I reckon it has to be the same for the teacher too.\n\n"
    "Sophie A: If nobody can follow it, it isn't fair. We changed our\n"
    "group rule after Kauri said that.\n\n"
    "Kauri B: (absent - music lesson)\n"
)


def test_a_given_name_of_two_words_and_an_initial_labels_that_student() -> None:
    detection = read("exit slips 8.9.txt", SLIPS)
    assert "S901" in filed(detection)[0]
    assert "heard before it started" in own(detection)["S901"]


def test_each_slip_on_a_sheet_is_only_its_writers_own() -> None:
    detection = read("exit slips 8.9.txt", SLIPS)
    assert filed(detection) == (
        ["S901", "S902", "S903"],
        EntryType.REFLECTION_JOURNAL,
        date(2026, 9, 8),
    )
    texts = own(detection)
    assert "same for the teacher" in texts["S902"]
    assert "heard before it started" not in texts["S902"]
    assert "same for the teacher" not in texts["S903"]
    assert "changed our\ngroup rule" in texts["S903"] or "changed our group rule" in texts["S903"]
