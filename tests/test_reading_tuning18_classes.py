"""Classes the blind set tuning18 (a US school writing month/day) showed filed on the wrong
day or not at all. Each test writes its own document, in the convention and not in the set's
words, and reads it as an upload is read."""

from __future__ import annotations

from datetime import date

from domain.curriculum import EntryType
from domain.detection import Detection, RosterStudent
from tests.reading import filed, own, read_upload

ROSTER = [
    RosterStudent("S1801", "Keziah Marlowe", "S1801", ("Kez",)),
    RosterStudent("S1802", "Dmitri Halvorsen", "S1802"),
    RosterStudent("S1803", "Rosalind Achterberg", "S1803", ("Roz",)),
]
TEACHER = "Wendell Pruitt"
TODAY = date(2026, 5, 22)


def read(file_name: str, data: bytes | str) -> Detection:
    return read_upload(file_name, data, ROSTER, teacher=TEACHER, today=TODAY)


def test_a_file_name_date_after_a_word_ending_in_p_is_still_a_date() -> None:
    # "group 11_6", "cleanup 3-12": the word only ends like "p." (a page), it is not one.
    text = (
        "Kez: I sorted the sensor wires and labelled the bags.\n"
        "Dmitri: I'm stuck on the code for the buzzer, can someone look?\n"
        "Kez: I can after lunch.\n"
    )
    detection = read("robotics group 11_6.txt", text)
    assert filed(detection) == (
        ["S1801", "S1802"],
        EntryType.GROUP_DISCUSSION_TRANSCRIPT,
        date(2025, 11, 6),
    )


def test_a_weeks_notes_opening_on_one_day_of_that_week_are_dated_that_day() -> None:
    text = (
        "observations - week of 3/2\n"
        "Thu 3/5 - 2nd period lab\n\n"
        "ROZ\n"
        "- set up the balance and zeroed it before anyone reminded her.\n\n"
        "DMITRI\n"
        "- asked twice to go to the nurse, came back and finished the trial.\n"
    )
    detection = read("observations week of 3-2.txt", text)
    assert filed(detection) == (
        ["S1802", "S1803"],
        EntryType.TEACHER_OBSERVATION_NOTE,
        date(2026, 3, 5),
    )


def test_sticky_notes_typed_up_with_their_colour_first_are_notes_on_each_student() -> None:
    text = (
        "sticky notes, robotics club, Tues 2/10\n\n"
        "[orange] Dmitri - wired the motor backwards twice, asked for help the third time.\n"
        "[orange] Dmitri - stayed after to tidy the bins without being asked.\n"
        "[purple] Roz - explained the gear ratio to a sixth grader, drew it on the board.\n"
        "[purple] Roz - lost patience with her partner, walked away, came back and apologized.\n"
    )
    detection = read("sticky notes robotics.txt", text)
    assert filed(detection) == (
        ["S1802", "S1803"],
        EntryType.TEACHER_OBSERVATION_NOTE,
        date(2026, 2, 10),
    )
    notes = own(detection)
    assert "explained the gear ratio" in notes["S1803"]
    assert "gear ratio" not in notes["S1802"]


def test_a_feedback_form_beside_its_reviewer_names_the_work_by_its_author() -> None:
    text = (
        "**Peer Review - Volcano Model Write-up**\n\n"
        "**Reviewer:** Rosalind A.\n"
        "**Author:** Dmitri H.\n"
        "**Date:** Jan 14\n\n"
        "**Roz's comments**\n\n"
        "Your labels are easy to read. The eruption step is missing how much vinegar you used.\n\n"
        "**Dmitri's reply**\n\n"
        "Thanks, I used 200 mL, I will add it. I am keeping the title though.\n"
    )
    detection = read("Roz - peer review.md", text)
    assert filed(detection) == (
        ["S1802", "S1803"],
        EntryType.PEER_FEEDBACK,
        date(2026, 1, 14),
    )
    assert "I used 200 mL" in own(detection)["S1802"]


def test_a_feedback_form_naming_the_work_as_title_by_its_maker_is_theirs_too() -> None:
    text = (
        "# Gallery Critique - Mini Golf Holes\n\n"
        "**Date:** 4/2\n"
        "**Reviewer:** Keziah M. (Kez)\n"
        "**Hole:** The Twister by Dmitri H.\n\n"
        "**Glow:** The spinning windmill is the best part, it is hard but fair.\n\n"
        "**Grow:** The ball falls off the back edge, maybe add a wall.\n\n"
        "---\n"
        "**Dmitri's response:**\n\n"
        "I will glue a strip of cardboard on the back so the ball bounces back.\n"
    )
    detection = read("gallery critique mini golf.md", text)
    assert filed(detection) == (
        ["S1801", "S1802"],
        EntryType.PEER_FEEDBACK,
        date(2026, 4, 2),
    )


def test_a_presentation_titled_with_its_student_then_the_works_name_is_theirs() -> None:
    text = (
        "Invention Fair Presentation - Mar 19 - Keziah M. - Solar Lunchbox\n"
        "(typed from my phone's recording, no labels: mostly Kez, visitors ask a couple)\n\n"
        "This is the Solar Lunchbox. The panel on the lid charges a little fan so the food "
        "stays cool.\n\n"
        "Does it work when it's cloudy?\n\n"
        "Not really, so I want to add a battery. Dmitri said he could help me solder it.\n\n"
        "Thanks, next.\n"
    )
    detection = read("invention fair.txt", text)
    assert filed(detection) == (
        ["S1801"],
        EntryType.PROJECT_PRESENTATION_TRANSCRIPT,
        date(2026, 3, 19),
    )


def test_a_days_notes_mixing_a_labelled_note_and_paragraphs_by_part_of_the_day() -> None:
    text = (
        "notes thurs 11/13 - advisory + 2nd period\n\n"
        "advisory: the fire drill ran long and two kids were arguing over the window seat. "
        "Kez calmed them down and got everyone back to their desks.\n\n"
        "2nd: book clubs. Dmitri's table - he read his part out loud for the first time, "
        "and asked a question about the ending.\n"
        "Dmitri left his reading log at home again.\n\n"
        "Kez - offered to make a checklist for the next fire drill. said yes.\n"
    )
    detection = read("notes thurs.txt", text)
    assert filed(detection) == (
        ["S1801", "S1802"],
        EntryType.TEACHER_OBSERVATION_NOTE,
        date(2025, 11, 13),
    )
    notes = own(detection)
    assert "calmed them down" in notes["S1801"]
    assert "read his part out loud" in notes["S1802"]
    assert "read his part" not in notes["S1801"]
    assert "calmed them down" not in notes["S1802"]
