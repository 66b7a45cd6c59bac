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


# --- A video call's saved chat and a form's copied responses --------------------------------


def test_a_saved_chat_is_each_students_lines_dated_by_what_the_teacher_wrote() -> None:
    text = (
        "09:15:02 From Harold Pemberton to Everyone:\n"
        "\tGood morning, Thursday 2/5! Question in the chat: why do leaves change colour?\n"
        "09:16:10 From Tariq Osei to Everyone:\n"
        "\tthe green stuff breaks down when it gets cold\n"
        "09:16:44 From Greta Vance to Everyone:\n"
        "\tchlorophyll goes away and the orange was there all along\n"
        "09:17:30 From Tariq Osei to Everyone : oh so the orange is hiding under the green\n"
    )
    detection = read("meeting_saved_chat.txt", text)
    assert filed(detection) == (
        ["S802", "S806"],
        EntryType.GROUP_DISCUSSION_TRANSCRIPT,
        date(2026, 2, 5),
    )
    assert "orange is hiding" in own(detection)["S802"]
    assert "all along" in own(detection)["S806"]
    assert "all along" not in own(detection)["S802"]


def test_a_forms_copied_responses_are_each_respondents_own() -> None:
    text = (
        "Math 6 Exit Ticket - Mon Feb 9\n"
        "Q: Which step of long division was hardest today?\n"
        "(form responses, pasted)\n\n"
        "Timestamp 2/9/2026 14:01:12 | Name: Lucia Dominguez\n"
        "Bringing down the next digit, I kept forgetting it.\n\n"
        "Timestamp 2/9/2026 14:02:40 | Name: Greta Vance\n"
        "the subtracting part when there were zeros\n"
    )
    detection = read("exit ticket.txt", text)
    assert filed(detection) == (
        ["S801", "S806"],
        EntryType.REFLECTION_JOURNAL,
        date(2026, 2, 9),
    )
    assert own(detection)["S801"] == "Bringing down the next digit, I kept forgetting it."
    assert own(detection)["S806"] == "the subtracting part when there were zeros"


def test_peer_feedback_on_a_group_presentation_is_the_givers_and_each_presenters() -> None:
    text = (
        "### Peer feedback: Volcano model\n"
        "Given by: Esteban Ñúñez\n"
        "Presentation: Lucía D. + Greta V.\n"
        "Date: 3/4/26\n\n"
        "* Glow: the baking soda eruption worked the first time and you explained why.\n"
        "* Grow: talk a little slower at the start.\n"
    )
    detection = read("peer-feedback-volcano.md", text)
    assert filed(detection) == (
        ["S801", "S805", "S806"],
        EntryType.PEER_FEEDBACK,
        date(2026, 3, 4),
    )


def test_a_calls_transcript_with_the_time_in_brackets_and_no_colon_is_turns() -> None:
    text = (
        "[Meet transcript, math breakout, Tuesday March 10]\n\n"
        "Riq  (00:00)  ok so first you find a common denominator\n"
        "Greta Vance  (00:07)  like twelve for thirds and fourths\n"
        "Riq  (00:12)  yes then you change the tops too\n"
    )
    detection = read("math breakout tutoring.txt", text)
    assert filed(detection) == (
        ["S802", "S806"],
        EntryType.PEER_TUTORING_TRANSCRIPT,
        date(2026, 3, 10),
    )
    assert "change the tops" in own(detection)["S802"]
    assert "change the tops" not in own(detection)["S806"]


def test_an_otter_export_without_speakers_is_the_named_presenters_talk() -> None:
    text = (
        "Lucía book talk\n"
        "Wed, Feb 11, 2026 10:02AM \u2022 3:05 minutes\n"
        "Keywords: lighthouse, storm, keeper, island\n\n"
        "0:03\n"
        "Okay so my book is about a lighthouse keeper who lives alone on an island.\n\n"
        "1:10\n"
        "The storm chapter was my favourite because you can hear the waves in the words.\n"
    )
    detection = read("Lucia book talk (Otter).txt", text)
    assert filed(detection) == (
        ["S801"],
        EntryType.PROJECT_PRESENTATION_TRANSCRIPT,
        date(2026, 2, 11),
    )
    assert "hear the waves" in own(detection)["S801"]
    assert "lighthouse, storm" not in own(detection)["S801"]


def test_numbered_speakers_are_who_they_introduce_themselves_as() -> None:
    text = (
        "Rocket launch - Otter.ai\n"
        "Apr 2, 2026\n\n"
        "Speaker 1  0:00\n"
        "Hi, I'm Greta and this is Esteban and we built a rocket out of a bottle.\n\n"
        "Speaker 2  0:05\n"
        "We tried three amounts of water and the middle one flew the highest.\n\n"
        "Speaker 1  0:12\n"
        "Too much water made it too heavy to go up.\n\n"
        "Speaker 3  0:20\n"
        "I'm not sure I get why, can you say it again?\n"
    )
    detection = read("rocket presentation.txt", text)
    assert filed(detection) == (
        ["S805", "S806"],
        EntryType.PROJECT_PRESENTATION_TRANSCRIPT,
        date(2026, 4, 2),
    )
    assert "too heavy" in own(detection)["S806"]
    assert "middle one flew" in own(detection)["S805"]
    assert "say it again" not in own(detection)["S806"]


def test_a_discussion_boards_thread_is_dated_by_its_students_posts() -> None:
    text = (
        "Science 6 | Discussions\n"
        "Why do we have seasons?\n"
        "Posted by Harold Pemberton, Mar 2, 2026 8:00am. Reply by Wednesday.\n"
        "Greta Vance - Mar 4, 2026 6:12pm\n"
        "Because the earth is tilted, so half the year we lean toward the sun.\n"
        "Tariq Osei - Mar 4, 2026 7:30pm\n"
        "Replying to Greta. I thought it was because we get closer to the sun but you're right.\n"
    )
    detection = read("Discussion_ seasons.txt", text)
    assert filed(detection) == (
        ["S802", "S806"],
        EntryType.GROUP_DISCUSSION_TRANSCRIPT,
        date(2026, 3, 4),
    )


def test_a_students_post_on_a_platform_is_dated_by_its_stamp() -> None:
    text = (
        "LMS | Homeroom 6 - Pemberton | Discussions > Week 3: Goals\n"
        "Week 3: Goals\n"
        "Lucía Domínguez   Sep 12, 2025 at 9:05am\n"
        "My goal is to read twenty minutes every night before bed, and I did it four nights.\n"
        "Harold Pemberton (Teacher)   Sep 12, 2025 at 3:10pm\n"
        "Great start, keep a log so you can see it add up.\n"
    )
    detection = read("Lucia - week 3 goals reflection.txt", text)
    assert filed(detection) == (["S801"], EntryType.REFLECTION_JOURNAL, date(2025, 9, 12))
