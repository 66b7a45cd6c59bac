"""Classes of documents two blind authors' sets (tuning20, US dates; tuning21, day-first)
showed filed wrong, asking or filed short although a person would have filed them at once.
Each test writes its own document, in the convention and not in those sets' words, and
reads it as an upload is read, with nothing said.

The roster has a nickname of initials and two students who share a first name, so that a
wrong student stays the easy mistake: unsure, it asks.
"""

from __future__ import annotations

from datetime import date

from domain.curriculum import EntryType
from domain.detection import Detection, RosterStudent
from tests.reading import filed, own, read_upload

ROSTER = [
    RosterStudent("S951", "Ruby Castellanos", "S951"),
    RosterStudent("S952", "Eli Thornbury", "S952", ("E.T.",)),
    RosterStudent("S953", "Eli Marchand", "S953"),
    RosterStudent("S954", "Quinn Adebayo", "S954"),
]
TEACHER = "Laura Beckett"
TODAY = date(2026, 6, 1)


def read(file_name: str, data: bytes | str) -> Detection:
    return read_upload(file_name, data, ROSTER, teacher=TEACHER, today=TODAY)


# --- A presentation typed up without labels -------------------------------------------------


def test_a_title_naming_the_presenter_with_a_dash_is_not_a_turn_of_theirs() -> None:
    # "Name - kind - date - title" over the talk, and how it was taken down in brackets: the
    # presenter's words are the talk below, not the rest of the title line.
    text = (
        'Quinn A - class presentation - 3/12/26 - "How bridges hold up"\n'
        "(typed from the class recording by LB)\n\n"
        "A bridge has to push back on everything that pushes down on it. I built three\n"
        "models out of straws and the triangle one held the most pennies.\n"
        "I tested each one twice because the first time I bumped the table.\n"
    )
    detection = read("science talk.txt", text)
    assert filed(detection) == (
        ["S954"],
        EntryType.PROJECT_PRESENTATION_TRANSCRIPT,
        date(2026, 3, 12),
    )
    words = own(detection)["S954"]
    assert "I tested each one twice" in words
    assert "A bridge has to push back" in words
    assert "How bridges hold up" not in words
    assert "typed from the class recording" not in words


def test_a_name_a_dash_and_only_a_posts_time_still_starts_that_students_post() -> None:
    # A forum's "Name - Oct 15, 2025 7:41pm" over each reply is who posted it and when.
    text = (
        "Online discussion - Should homework be optional?\n\n"
        "Ruby Castellanos - Oct 15, 2025 7:41pm\n"
        "I think it should be optional for review but not for new topics.\n\n"
        "Quinn Adebayo - Oct 15, 2025 8:02pm\n"
        "Replying to Ruby. Who decides what counts as review though?\n"
    )
    texts = own(read("group discussion forum.txt", text))
    assert "optional for review" in texts["S951"]
    assert "Who decides" in texts["S954"]
