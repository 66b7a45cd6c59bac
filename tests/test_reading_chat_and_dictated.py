"""Two classes of documents a day-first set (tuning21) showed asking although a person files
them at once: a chat export that stamps each message with its day and time ("[2026-02-10
13:15] Full Name: ..."), read as the speakers' discussion, and a teacher's notes dictated in
lower case ("tane finally started ..."), each paragraph filed with the student it opens on.
Each test writes its own document, in the convention and not in that set's words, and reads
it as an upload is read, with nothing said and dates day-first.

The roster has an accented given name (Chloé, written "chloe" by a keyboard that drops
accents), a nickname, and four students whose given names are everyday words in lower case
(Will, Grace, Bill, May): a word opening a dictated sentence must stay the word.
"""

from __future__ import annotations

from datetime import date

import pytest

from domain.curriculum import EntryType
from domain.detection import Detection, RosterStudent
from domain.errors import NeedsStudent
from tests.reading import filed, own, read_upload

ROSTER = [
    RosterStudent("S801", "Tane Whaanga", "S801"),
    RosterStudent("S802", "Chloé Dubois", "S802"),
    RosterStudent("S803", "Will Hartley", "S803"),
    RosterStudent("S804", "Grace Okoye", "S804"),
    RosterStudent("S805", "Bill Nakamura", "S805"),
    RosterStudent("S806", "May Lindqvist", "S806"),
    RosterStudent("S807", "Ibrahim Said", "S807", ("Ibby",)),
]
TEACHER = "Gareth Moss"
TODAY = date(2026, 6, 30)


def read(file_name: str, data: str) -> Detection:
    return read_upload(file_name, data, ROSTER, teacher=TEACHER, today=TODAY, order="dmy")


# --- A chat export, each message stamped with its day and time ------------------------------


def chat(stamps: tuple[str, str, str, str, str], after: str = "]") -> str:
    """A lit circle's chat, each line opened by one of `stamps`: "[2026-02-10 13:15" with
    `after` "]", or "2026-02-10 13:15" with `after` " -"."""
    lines = [
        ("Tane Whaanga", "so do we think the main character was right to run away"),
        ("Ibrahim Said", "yes because the town kept lying to everyone about the rules"),
        ("Chloé Dubois", "but he left his whole family behind, that's a big cost to pay"),
        ("Hugo Lambert", "sorry wrong chat"),
        ("Tane Whaanga", "ok let's each pick one reason and put it in the shared doc"),
    ]
    return (
        "Microsoft Teams - Chat export\n"
        "Conversation: 8B Lit circle - the novel\n"
        "Exported: 2026-02-10\n\n"
        + "".join(
            f"{stamp}{after} {name}: {words}\n"
            for stamp, (name, words) in zip(stamps, lines, strict=True)
        )
        + "\n--- Note from Mr Moss (added later): Hugo is in the other 8B group and joined "
        "by mistake. Skills observed: Critical Thinking (Ibrahim): Developing.\n"
    )


ISO_STAMPS = (
    "[2026-02-10 13:15",
    "[2026-02-10 13:16",
    "[2026-02-10 13:16",
    "[2026-02-10 13:17",
    "[2026-02-10 13:18",
)
DAY_FIRST_STAMPS = (
    "[10/02/2026 13:15",
    "[10/02/2026 13:16",
    "[10/02/2026 13:16",
    "[10/02/2026 13:17",
    "[10/02/2026 13:18",
)
BARE_STAMPS = tuple(stamp.lstrip("[") for stamp in ISO_STAMPS)
CLOCK_STAMPS = (
    "[10/02/2026, 1:15 PM",
    "[10/02/2026, 1:16 PM",
    "[10/02/2026, 1:16 PM",
    "[10/02/2026, 1:17 PM",
    "[10/02/2026, 1:18 PM",
)


@pytest.mark.parametrize(
    ("stamps", "after"),
    [(ISO_STAMPS, "]"), (DAY_FIRST_STAMPS, "]"), (CLOCK_STAMPS, "]"), (BARE_STAMPS, " -")],
    ids=["iso in brackets", "day-first in brackets", "am-pm in brackets", "bare with a dash"],
)
def test_a_chat_stamped_with_day_and_time_is_its_speakers_discussion(
    stamps: tuple[str, str, str, str, str], after: str
) -> None:
    detection = read("Teams chat export.txt", chat(stamps, after))
    assert filed(detection) == (
        ["S801", "S802", "S807"],
        EntryType.GROUP_DISCUSSION_TRANSCRIPT,
        date(2026, 2, 10),
    )
    words = own(detection)
    assert "main character was right" in words["S801"]
    assert "put it in the shared doc" in words["S801"]
    assert "town kept lying" in words["S807"]
    assert "whole family behind" in words["S802"]
    assert "town kept lying" not in words["S801"]


def test_a_teachers_note_under_a_chat_is_no_speakers_words() -> None:
    detection = read("Teams chat export.txt", chat(ISO_STAMPS))
    for words in own(detection).values():
        assert "Skills observed" not in words
        assert "joined by mistake" not in words
        assert "wrong chat" not in words


# --- A family's message thread, stamped with the day and a 24-hour time ---------------------


FAMILY_THREAD = (
    "[03/02/2026, 18:41] Mere Whaanga: Kia ora Mr Moss, Tane was really proud of his essay "
    "outline last night, he showed us at dinner.\n"
    "[03/02/2026, 19:02] Gareth Moss: Thanks for letting me know! He worked hard on it in "
    "class too.\n"
    "[03/02/2026, 19:05] Mere Whaanga: He says he wants it finished before the weekend.\n"
)


def test_a_familys_thread_in_day_stamps_stays_the_familys_letter() -> None:
    detection = read("messages from home.txt", FAMILY_THREAD)
    assert filed(detection) == (["S801"], EntryType.PARENT_NOTE, date(2026, 2, 3))
    words = own(detection)["S801"]
    assert "proud of his essay outline" in words
    assert "worked hard on it in class" not in words


# --- A teacher's notes dictated in lower case -----------------------------------------------


DICTATED = (
    "notes thurs 5 feb (dictated in the car, sorry for typos)\n\n"
    "library block. tane finally started his essay without me asking, he had the outline "
    "ready from monday. big step for him.\n\n"
    "ibby lent his charger to a kid from the other class and then asked for it back "
    "politely when the bell went.\n\n"
    "chloe - quiet today, fine.\n\n"
    "remind me to call the office re: bus forms\n"
)


def test_dictated_notes_file_each_student_named_in_lower_case() -> None:
    detection = read("notes thurs.txt", DICTATED)
    assert filed(detection) == (
        ["S801", "S802", "S807"],
        EntryType.TEACHER_OBSERVATION_NOTE,
        date(2026, 2, 5),
    )


def test_each_dictated_paragraph_is_its_own_students() -> None:
    words = own(read("notes thurs.txt", DICTATED))
    assert "finally started his essay" in words["S801"]
    assert "charger" not in words["S801"]
    assert "lent his charger" in words["S807"]
    assert "quiet today" in words["S802"]
    # The words stay as the teacher wrote them: evidence is quoted verbatim.
    assert words["S801"].startswith("tane finally")


def test_dictated_notes_that_say_nowhere_they_are_notes_are_the_teachers() -> None:
    # Neither the file's name nor its first line says "notes": what the paragraphs tell of
    # the students they open on does.
    detection = read("thurs.txt", DICTATED.replace("notes thurs 5 feb", "thurs 5 feb"))
    assert filed(detection) == (
        ["S801", "S802", "S807"],
        EntryType.TEACHER_OBSERVATION_NOTE,
        date(2026, 2, 5),
    )


EVERYDAY_WORDS = (
    "notes mon 9 feb (dictated)\n\n"
    "will need to check the permission slips before friday.\n\n"
    "grace period for the library books ends next week, tell the class.\n\n"
    "bill the families for the bus once the office confirms.\n\n"
    "may be worth moving the quiz to thursday.\n\n"
)


def test_everyday_words_opening_dictated_sentences_are_no_students() -> None:
    detection = read("notes mon.txt", EVERYDAY_WORDS + "tane stayed on task the whole period.\n")
    assert filed(detection) == (
        ["S801"],
        EntryType.TEACHER_OBSERVATION_NOTE,
        date(2026, 2, 9),
    )


def test_everyday_words_beside_a_capitalised_name_are_no_students() -> None:
    detection = read("notes mon.txt", EVERYDAY_WORDS + "Tane stayed on task the whole period.\n")
    assert filed(detection)[0] == ["S801"]


def test_dictated_notes_of_everyday_words_alone_ask() -> None:
    with pytest.raises(NeedsStudent):
        read("notes mon.txt", EVERYDAY_WORDS)
