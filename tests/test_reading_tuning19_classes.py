"""Classes of documents a blind author's day-first set (tuning19) showed filed wrong,
asking or filed short although a person would have filed them at once. Each test writes
its own document, in the convention and not in that set's words, and reads it as an upload
is read, with nothing said and dates day-first.

The roster has a given name of two words (Yu Xuan), a nickname, and two students who share
a first name, so that a wrong student stays the easy mistake: unsure, it asks.
"""

from __future__ import annotations

from datetime import date

import pytest

from domain.curriculum import EntryType
from domain.detection import Detection, RosterStudent, parse_entry_type
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


# --- A day's notes on several students ------------------------------------------------------


def test_the_first_note_under_the_date_is_a_note_not_the_sheets_title() -> None:
    # The first note's opening line, wrapped, reads like a title's pieces ("Kauri B" and
    # words with a number): it is still the first of the notes on each.
    text = (
        "wed 9/9 - period 2 science, 7W\n\n"
        "Kauri B - asked to borrow a pen 3 times in the first ten minutes and then\n"
        "lent his own to a classmate. Chatty but cheerful all lesson.\n\n"
        "Rawiri - set up the whole experiment for his table and checked each step\n"
        "against the card before anyone touched the beaker.\n"
    )
    detection = read("notes wed.txt", text)
    assert filed(detection) == (
        ["S902", "S904"],
        EntryType.TEACHER_OBSERVATION_NOTE,
        date(2026, 9, 9),
    )
    assert "beaker" not in own(detection)["S904"]


# --- Feedback forms -------------------------------------------------------------------------


def test_forms_one_under_another_with_no_blank_line_are_each_their_two_students() -> None:
    # A PDF's text layer keeps no blank line between one form's last answer and the next
    # form's fields, each on a line of its own.
    text = (
        "7W Poem Recital Peer Feedback\n"
        "Date: 14/9/26\n"
        "Speaker: Sophie Alder\n"
        "Feedback from: Kauri Bell\n"
        "Two stars: You knew every line and you slowed down for the sad verse. The pause\n"
        "before the last line was the best bit.\n"
        "A wish: Maybe look up more, you mostly looked at the floor.\n"
        "Speaker: Rawiri Ngata\n"
        "Feedback from: Yu Xuan Tan\n"
        "Two stars: Loud and clear. You did actions for the river part.\n"
        "A wish: it went fast, I missed the middle.\n"
    )
    detection = read("peer feedback - poems.txt", text)
    assert filed(detection) == (
        ["S901", "S902", "S903", "S904"],
        EntryType.PEER_FEEDBACK,
        date(2026, 9, 14),
    )
    texts = own(detection)
    assert "river part" in texts["S902"] and "river part" in texts["S901"]
    assert "river part" not in texts["S903"] and "sad verse" not in texts["S902"]


@pytest.mark.parametrize(
    ("giver", "receiver"),
    [
        ("Author of feedback: Kauri Bell", "For: Rawiri Ngata"),
        ("**Writer of feedback:** Kauri B", "**Feedback for:** Rawiri N"),
    ],
)
def test_the_writer_of_the_feedback_is_its_giver_beside_whose_work_it_is(
    giver: str, receiver: str
) -> None:
    text = (
        "Peer feedback form\n"
        f"{giver}\n"
        f"{receiver}\n"
        "Date: 3/9/26\n\n"
        "Your model bridge held the most weight in the class and you showed us why.\n"
        "Next time label the parts so people know what the cross pieces do.\n"
    )
    detection = read("peer feedback.txt", text)
    assert filed(detection) == (["S902", "S904"], EntryType.PEER_FEEDBACK, date(2026, 9, 3))


# --- The kind of document -------------------------------------------------------------------


def test_a_teachers_jotted_check_of_one_student_is_her_note_though_he_is_quoted() -> None:
    # No word names the kind; the student speaks only in quotation marks, and "me" is the
    # teacher he answers.
    text = (
        "Locker check  -  Tue 1/9/26  -  7W  -  Kauri B\n\n"
        "- Locker: jacket, two lunchboxes, no PE gear. Said it's \"probably at my nan's\".\n"
        "- Homework diary not signed since week 2.\n"
        "- Asked him which tasks are due Friday - could only tell me one.\n"
        "- Keen to sort it, asked if he could stay in at lunch to tidy.\n"
    )
    detection = read("Kauri - locker check.txt", text)
    assert filed(detection) == (["S904"], EntryType.TEACHER_OBSERVATION_NOTE, date(2026, 9, 1))


def test_turns_transcribed_from_a_voice_memo_are_a_discussion() -> None:
    text = (
        "7W science - planning the stream survey, group 1 - Fri 4/9/26 - transcribed from "
        "voice memo\n\n"
        "[00:00:04] Ms Walker: You have ten minutes to plan who measures what.\n"
        "[00:00:12] Kauri: I'll do the flow, I did it last term with the orange.\n"
        "[00:00:20] Rawiri: Then I can count the bugs in the net and Yu Xuan writes.\n"
        "[00:00:31] Yu Xuan: Okay but we swap halfway so everyone gets a go.\n"
    )
    detection = read("stream survey group 1.txt", text)
    assert filed(detection) == (
        ["S901", "S902", "S904"],
        EntryType.GROUP_DISCUSSION_TRANSCRIPT,
        date(2026, 9, 4),
    )


def test_a_file_name_shortening_presentation_to_pres_names_a_presentation() -> None:
    text = (
        "WEBVTT\n\n"
        "NOTE 7W science, Thurs 10/9/26. Group: Kauri, Rawiri.\n\n"
        "00:00:02.000 --> 00:00:15.000\n"
        "<v Kauri>Our model shows how the wetland holds water after a storm.\n\n"
        "00:00:16.000 --> 00:00:29.000\n"
        "<v Rawiri>We built it twice because the first clay leaked.\n\n"
        "00:00:30.000 --> 00:00:40.000\n"
        "<v Kauri>So the answer to our question is yes, it slows the flood.\n"
    )
    detection = read("wetland pres.vtt", text)
    assert filed(detection) == (
        ["S902", "S904"],
        EntryType.PROJECT_PRESENTATION_TRANSCRIPT,
        date(2026, 9, 10),
    )


# --- A first name that is also a word -------------------------------------------------------


def test_a_note_on_a_student_whose_name_is_a_word_is_theirs_beside_a_classmates() -> None:
    roster = [*ROSTER, RosterStudent("S906", "Hope Tawhiri", "S906")]
    text = (
        "**Group:** Junior choir (Wednesday lunchtimes)\n"
        "**Date:** 16/9/26\n\n"
        "**Notes**\n\n"
        "Rawiri kept the altos together on the new round without being asked, counting\n"
        "them in under his breath until they had it.\n\n"
        "Hope came for the first time and sat at the side listening. Didn't sing yet but\n"
        "stayed to the end.\n\n"
        "**Next:** ask Rawiri to lead the warm-up next week.\n"
    )
    detection = read_upload(
        "choir 16-9.md", text, roster, teacher=TEACHER, today=TODAY, order="dmy"
    )
    assert filed(detection) == (
        ["S902", "S906"],
        EntryType.TEACHER_OBSERVATION_NOTE,
        date(2026, 9, 16),
    )
    assert "altos" not in own(detection)["S906"]


def test_a_check_in_the_teacher_writes_up_quoting_the_student_is_her_note() -> None:
    text = (
        "check-in w Rawiri 15/9 (wk 8 T3)\n\n"
        'Asked Rawiri how reading at home is going. His words: "I read on the couch now\n'
        'before tea. I pick the book myself." Log signed every night this fortnight.\n\n'
        'He also said "I don\'t need the timer any more." Checked his log - true.\n\n'
        "Big change from T1. Ring home with the good news.\n"
    )
    detection = read("Rawiri check-in.txt", text)
    assert filed(detection) == (["S902"], EntryType.TEACHER_OBSERVATION_NOTE, date(2026, 9, 15))


def test_a_students_own_check_in_stays_their_journal() -> None:
    text = (
        "check-in 15/9 - Rawiri\n\n"
        "I think reading at home is going better. I read on the couch before tea now.\n"
        "My mum says he (my brother) copies me, so he reads too.\n"
    )
    detection = read("Rawiri check-in.txt", text)
    assert filed(detection)[1] is EntryType.REFLECTION_JOURNAL


# --- Who asks in a presentation ---------------------------------------------------------------


def test_a_question_labelled_with_the_part_then_the_asker_is_the_askers_turn() -> None:
    text = (
        "Inquiry presentation: Where does our water go?\n"
        "Presenter: Yu Xuan Tan, 7W\n"
        "Date: 17/9/26\n"
        "Yu Xuan: I followed the drain outside our classroom on the council map all the way\n"
        "to the harbour.\n"
        "Yu Xuan: My idea is a rain garden by the bike shed so less runs off the field.\n"
        "Question - Rawiri: Wouldn't the garden just flood when it rains a lot?\n"
        "Yu Xuan: Good question. It is meant to flood a bit, that is how it soaks the water up.\n"
    )
    detection = read("Yu Xuan inquiry presentation.txt", text)
    assert filed(detection)[0] == ["S901", "S902"]
    texts = own(detection)
    assert "just flood" in texts["S902"] and "just flood" not in texts["S901"]


def test_a_printing_press_is_no_presentation() -> None:
    # "pres" shortens "presentation"; "press" is not its plural.
    assert parse_entry_type("printing press notes") is not (
        EntryType.PROJECT_PRESENTATION_TRANSCRIPT
    )
    assert parse_entry_type("group pres") is EntryType.PROJECT_PRESENTATION_TRANSCRIPT


def test_a_plan_in_the_writers_own_voice_stays_their_journal() -> None:
    # "Next:" heads the teacher's plan in her notes; in a journal, "I will ..." is the
    # writer's own.
    text = (
        "Reflection journal - Kauri Bell - 3/9/26\n\n"
        "Today I finished the bridge early and helped Rawiri with his.\n\n"
        "Next: I will start the write-up on Monday before I forget the numbers.\n"
    )
    detection = read("journal.txt", text)
    assert "start the write-up" in own(detection)["S904"]
