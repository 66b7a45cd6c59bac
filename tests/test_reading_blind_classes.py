"""Classes of documents a blind author's set (tuning5) showed asking, refused or misfiled
although a person would have filed them at once. Each test writes its own document, in the
convention and not in that set's words, and reads it as an upload is read, with nothing said.

The roster has accented names written both ways, two students who share a first name, an
everyday-word first name (Hope) and a nickname, so that a wrong student stays the easy
mistake: unsure, it asks.
"""

from __future__ import annotations

from datetime import date

import pytest

from domain.curriculum import EntryType
from domain.detection import Detection, RosterStudent
from domain.errors import NeedsStudent
from tests.reading import filed, own, read_upload
from tests.test_reading_classes import docx_file

ROSTER = [
    RosterStudent("S701", "Renée Okafor", "S701"),
    RosterStudent("S702", "Joaquin Baptiste", "S702", ("Quino",)),
    RosterStudent("S703", "Marcus Lee", "S703"),
    RosterStudent("S704", "Marcus Tanaka", "S704"),
    RosterStudent("S705", "Hope Delacroix", "S705"),
    RosterStudent("S706", "Ines Kowalczyk", "S706"),
    RosterStudent("S707", "Tobias Wren", "S707", ("Toby",)),
]
TEACHER = "Alma Fitzgerald"
TODAY = date(2026, 5, 20)


def read(file_name: str, data: bytes | str) -> Detection:
    return read_upload(file_name, data, ROSTER, teacher=TEACHER, today=TODAY)


# --- Accents come and go with the keyboard -------------------------------------------------


def test_a_name_typed_without_its_accent_is_the_accented_student() -> None:
    text = (
        "Peer edit - argument essay\n"
        "Writer: Joaquin B.\n"
        "Reviewer: Renee O.\n"
        "Date: 4/14/26\n\n"
        "Your counterclaim paragraph is strong because you answer it right away.\n"
        "I would add one more number to the second reason so it is not only your opinion.\n"
    )
    detection = read("peer edit.txt", text)
    assert filed(detection) == (["S701", "S702"], EntryType.PEER_FEEDBACK, date(2026, 4, 14))


def test_a_name_written_with_an_accent_the_roster_lacks_is_that_student() -> None:
    data = docx_file(
        [
            "Fitzgerald ELA -- Reflection Journal",
            "Inès K.   April 2",
            "Prompt: What did you try this week that was new?",
            "I tried reading the article twice before answering, and the second time I "
            "underlined the parts I did not get. Marcus helped me with one word.",
        ],
        title="Reflection journal",
        author=TEACHER,
    )
    detection = read("Inès journal.docx", data)
    assert filed(detection) == (["S706"], EntryType.REFLECTION_JOURNAL, date(2026, 4, 2))


def test_an_accent_dropped_in_running_text_still_names_the_student() -> None:
    text = (
        "Observation 3/9\n\n"
        "Renee organised the supply shelf without being asked and labelled every bin.\n"
        "She asked for more tape when it ran out.\n"
    )
    detection = read("obs.txt", text)
    assert filed(detection) == (["S701"], EntryType.TEACHER_OBSERVATION_NOTE, date(2026, 3, 9))


# --- A feedback sheet's own words for its two people ----------------------------------------


@pytest.mark.parametrize(
    ("receiver", "giver"),
    [
        ("Essay by", "Edited by"),
        ("Draft by", "Peer editor"),
        ("Project", "Feedback by"),
        ("Story by", "Peer edited by"),
    ],
)
def test_a_feedback_sheets_work_by_and_edited_by_lines_file_both_students(
    receiver: str, giver: str
) -> None:
    text = (
        "[typed from the sheet]\n"
        f'{receiver}: Tobias W -- "Why bees matter"\n'
        f"{giver}: Ines K\n"
        "2/26\n\n"
        "+ The part about almond farms surprised me, I did not know that.\n"
        "? Where did the 30 percent number come from?\n"
    )
    detection = read("IMG_0412.txt", text)
    assert filed(detection) == (["S706", "S707"], EntryType.PEER_FEEDBACK, date(2026, 2, 26))
    assert "almond farms" in own(detection)["S706"]


def test_short_bold_answers_on_a_feedback_form_are_the_reviewers_words_not_its_header() -> None:
    text = (
        "**Gallery walk feedback**  1/22\n\n"
        "**Poster by:** Toby\n"
        "**Reviewer:** Joaquin B.\n\n"
        "**Glow:** The map was neat.\n"
        "**Grow:** Say your sources out loud.\n"
    )
    detection = read("gallery walk.md", text)
    assert filed(detection) == (["S702", "S707"], EntryType.PEER_FEEDBACK, date(2026, 1, 22))
    assert "The map was neat." in own(detection)["S702"]


def test_a_feedback_form_naming_only_a_shared_first_name_asks() -> None:
    text = (
        "Peer feedback 3/3\n"
        "Essay by: Marcus\n"
        "Edited by: Hope D.\n\n"
        "Your hook is good. Add a source for the second reason.\n"
    )
    with pytest.raises(NeedsStudent):
        read("peer feedback.txt", text)


# --- Transcripts: when they were recorded, who speaks, what kind --------------------------


@pytest.mark.parametrize(
    "when", ["September 30, 2025, 10:05AM", "Recorded: September 30, 2025, 10:05AM"]
)
def test_a_meeting_exports_date_under_its_title_dates_the_transcript_months_later(
    when: str,
) -> None:
    text = (
        "Seed germination check-in - Table 4\n"
        "Meeting transcript\n"
        f"{when}\n"
        "Started transcription\n\n"
        "[00:00:02] Alma Fitzgerald\n"
        "What did you notice about the beans in the dark cupboard?\n\n"
        "[00:00:09] Ines Kowalczyk\n"
        "They grew taller but they are yellow, so light is not what makes them grow tall.\n\n"
        "[00:00:17] Tobias Wren\n"
        "Or they are stretching to find light. I want to measure them again Friday.\n"
    )
    detection = read("Teams_Transcript_seed check-in.txt", text)
    assert filed(detection) == (
        ["S706", "S707"],
        EntryType.GROUP_DISCUSSION_TRANSCRIPT,
        date(2025, 9, 30),
    )


def test_bracketed_speakers_without_a_colon_are_turns_of_a_tutoring_session() -> None:
    text = (
        "3/11  Fractions help (Toby helping Renee) -- Ms. F nearby\n\n"
        "[Toby]  Flip the second one and multiply, that is the whole trick.\n"
        "[Renee]  So three fourths times two is six fourths? That is bigger than one.\n"
        "[Ms. F]  Is that possible? Think about what dividing by a half means.\n"
        "[Renee]  Oh, how many halves fit. Yes it can be bigger.\n"
    )
    detection = read("Renee + Toby tutoring.txt", text)
    assert filed(detection) == (
        ["S701", "S707"],
        EntryType.PEER_TUTORING_TRANSCRIPT,
        date(2026, 3, 11),
    )
    assert "halves fit" in own(detection)["S701"] and "halves fit" not in own(detection)["S707"]
    assert "dividing by a half" not in own(detection)["S701"]


def test_a_recorded_study_session_between_two_students_is_peer_tutoring() -> None:
    text = (
        "Ines and Toby study session\n"
        "Tue, Feb 10, 2026 2:58 PM - 18:40\n\n"
        "Ines Kowalczyk  00:04\n"
        "Okay, read me the question and tell me what it is asking first.\n\n"
        "Tobias Wren  00:11\n"
        "It wants the area, not the perimeter. So I multiply.\n\n"
        "Ines Kowalczyk  00:19\n"
        "Right. Now do the next one the same way and I will check it.\n"
    )
    detection = read("Otter_Ines_Toby_study session.txt", text)
    assert filed(detection) == (
        ["S706", "S707"],
        EntryType.PEER_TUTORING_TRANSCRIPT,
        date(2026, 2, 10),
    )


# --- A file named after its student ---------------------------------------------------------


def test_a_presentation_typed_without_labels_is_the_student_its_file_is_named_after() -> None:
    data = docx_file(
        [
            "Invention pitch (typed from the recording)",
            "March 4 -- Period 2",
            "So hi, my invention is a backpack that weighs itself and beeps when it gets "
            "too heavy, because my physical therapist said kids carry too much.",
            "I built the first one with a luggage scale and tape and it broke, so I changed "
            "the strap design and now it holds.",
            "Any questions? ... Yes, Marcus L.",
        ],
        title="Pitch transcript - Wren",
        author=TEACHER,
    )
    detection = read("Toby Wren pitch - invention project.docx", data)
    assert filed(detection) == (
        ["S707"],
        EntryType.PROJECT_PRESENTATION_TRANSCRIPT,
        date(2026, 3, 4),
    )
    assert "luggage scale" in own(detection)["S707"]


def test_a_presenters_closing_words_that_end_on_a_question_are_still_theirs() -> None:
    text = (
        "Rain garden presentation - 3/12\n\n"
        "Hi, I'm Toby and my project is the rain garden by the gym doors.\n\n"
        "We dug it to twelve inches because the soil test said clay drains slowly.\n\n"
        "Uh. I meant to show the water numbers but the sheet is at home. Sorry. "
        "Any questions?\n"
    )
    detection = read("Toby rain garden talk.txt", text)
    assert filed(detection)[:2] == (["S707"], EntryType.PROJECT_PRESENTATION_TRANSCRIPT)
    assert "I meant to show the water numbers" in own(detection)["S707"]


def test_a_journal_file_named_after_its_writer_files_the_writer_not_the_classmate() -> None:
    text = (
        "Weekly reflection 2/12\n\n"
        "I finally asked for help on the lab write-up. Ines showed me how she sets up "
        "her data table and I copied the layout, not the numbers.\n"
    )
    detection = read("Renee journal wk 22.txt", text)
    assert filed(detection) == (["S701"], EntryType.REFLECTION_JOURNAL, date(2026, 2, 12))


@pytest.mark.parametrize("file_name", ["Marcus journal 2-12.txt", "Toby and Ines journal 2-12.txt"])
def test_a_file_named_after_a_shared_first_name_or_two_students_does_not_decide(
    file_name: str,
) -> None:
    text = (
        "Weekly reflection 2/12\n\n"
        "I finally asked for help on the lab write-up. Hope D. showed me how she sets up "
        "her data table and I copied the layout, not the numbers.\n"
    )
    with pytest.raises(NeedsStudent):
        read(file_name, text)


def test_a_peer_review_forms_project_owner_is_the_student_whose_work_it_reviews() -> None:
    text = (
        "Peer Review Form\n"
        "Reviewer: Ines Kowalczyk\n"
        'Project owner: Renee Okafor - "Do magnets work through water?"\n'
        "Date: 5/7/26\n\n"
        "What was strong: You tested three thicknesses of glass so the water was the only "
        "difference.\n"
    )
    detection = read("peer review.txt", text)
    assert filed(detection) == (["S701", "S706"], EntryType.PEER_FEEDBACK, date(2026, 5, 7))


def test_a_student_only_noted_absent_on_a_sheet_of_notes_gets_no_entry() -> None:
    text = (
        "Obs -- 4/21\n\n"
        "* Toby started the warm-up before the bell without a reminder.\n"
        "* Ines helped her partner find the mistake instead of giving the answer.\n"
        "* Renée was absent.\n"
    )
    detection = read("obs 4-21.md", text)
    assert filed(detection) == (
        ["S706", "S707"],
        EntryType.TEACHER_OBSERVATION_NOTE,
        date(2026, 4, 21),
    )


def test_a_student_jotted_absent_under_their_name_gets_no_entry() -> None:
    """ "Renée – absent." on a sheet of "Name – note" lines: no note about her, no entry."""
    text = (
        "Quick notes 4/22\n\n"
        "Toby \u2013 started the warm-up before the bell without a reminder.\n\n"
        "Renée \u2013 absent.\n\n"
        "Ines - helped her partner find the mistake instead of giving the answer.\n"
    )
    detection = read("quick notes.txt", text)
    assert filed(detection)[0] == ["S706", "S707"]


@pytest.mark.parametrize(
    "absence",
    [
        "Renée O: (absent - dentist)",
        "Renée O: away at the district spelling bee.",
        "Renée - out sick, back Monday.",
        "Renée: not here (field trip)",
    ],
)
def test_a_student_noted_away_with_the_reason_gets_no_entry(absence: str) -> None:
    text = (
        "Obs notes 4/22\n\n"
        "Toby: started the warm-up before the bell without a reminder.\n\n"
        "Ines: helped her partner find the mistake instead of giving the answer.\n\n"
        f"{absence}\n"
    )
    detection = read("quick notes.txt", text)
    assert filed(detection)[0] == ["S706", "S707"]


# --- Speakers labelled by letters, numbers and keys -----------------------------------------


def test_a_speaker_key_added_at_the_end_of_the_transcript_names_the_speakers() -> None:
    text = (
        "Toby tutoring session\n"
        "Otter.ai transcript, exported Feb 3, 2026\n\n"
        "Speaker 1  0:00\nWhat is the first thing you do with a word problem?\n\n"
        "Speaker 2  0:05\nCircle the numbers. Then I read what it wants.\n\n"
        "Speaker 1  0:11\nGood, and then you pick the operation before you calculate.\n\n"
        "[Teacher note added: Speaker 1 = Toby, Speaker 2 = Ines. Ms. F]\n"
    )
    detection = read("Toby tutoring session.txt", text)
    assert filed(detection) == (
        ["S706", "S707"],
        EntryType.PEER_TUTORING_TRANSCRIPT,
        date(2026, 2, 3),
    )
    assert "Circle the numbers" in own(detection)["S706"]


def test_speakers_by_the_letters_of_the_students_its_first_line_names() -> None:
    text = (
        "Tutoring session, Thu 1/15, Renée (tutor) + Ines K. (tutee) -- ratios\n\n"
        "R: so for every 3 cups of flour you need 2 eggs\n"
        "I: ok so 6 cups is 4 eggs? I doubled both.\n"
        "R: yes! you got it faster than me\n"
        "T: Nice work, both of you.\n"
    )
    detection = read("ratios tutoring.txt", text)
    assert sorted(part.student_id for part in detection.parts) == ["S701", "S706"]
    assert "I doubled both" in own(detection)["S706"]
    assert "doubled" not in own(detection)["S701"]
    assert "Nice work" not in own(detection)["S701"] + own(detection)["S706"]


def test_a_students_nickname_of_one_letter_is_their_label_not_a_question() -> None:
    roster = [*ROSTER[:6], RosterStudent("S707", "Tobias Wren", "S707", ("Toby", "Q"))]
    text = (
        "Science fair pitch\nPresenter: Tobias Wren (Q) -- March 12th\n\n"
        "Q: Our first magnet car did not move at all, which was embarrassing.\n"
        "Q: So we moved the magnets closer and it went twice as far.\n"
        "Alma Fitzgerald: Any questions for Q?\n"
    )
    detection = read_upload("pitch.txt", text, roster, teacher=TEACHER, today=TODAY)
    assert "twice as far" in own(detection)["S707"]


def test_three_initials_with_a_key_that_only_gives_roles_are_the_students_with_them() -> None:
    roster = [*ROSTER, RosterStudent("S708", "Keisha Brown-Whitfield", "S708")]
    text = (
        "# Peer tutoring -- 2/4 -- topic sentences\n"
        "*(typed from my phone; KBW = tutor, MLE = tutee)*\n\n"
        "**KBW:** What is your paragraph about, in one sentence?\n"
        "**MLE:** Why the bus should come earlier.\n"
        "**KBW:** Okay, that is your topic sentence, just say it louder.\n"
    )
    detection = read_upload("tutoring.md", text, roster, teacher=TEACHER, today=TODAY)
    # MLE is no one's initials here: only Keisha is filed, her own turns only.
    assert [part.student_id for part in detection.parts] == ["S708"]
    assert "bus should come" not in own(detection)["S708"]


def test_a_transcript_whose_speakers_are_unnamed_asks_instead_of_refusing() -> None:
    text = (
        "Ines tutoring session 3/2\n\n"
        "Speaker 1  0:00\nRead it to me first.\n\n"
        "Speaker 2  0:04\nA train leaves at noon going sixty miles an hour.\n"
    )
    with pytest.raises(NeedsStudent):
        read("Ines tutoring session.txt", text)


# --- What recorders name their files and how captions label speakers ------------------------


def test_a_recorders_file_name_dates_the_transcript_when_its_text_does_not() -> None:
    text = (
        "WEBVTT\n\n"
        "1\n00:00:01.000 --> 00:00:05.000\n"
        "Alma Fitzgerald: Table two, what happened to the salt water?\n\n"
        "2\n00:00:05.500 --> 00:00:11.000\n"
        "Ines Kowalczyk: It froze slower than the tap water, like ten minutes slower.\n\n"
        "3\n00:00:11.500 --> 00:00:16.000\n"
        "Tobias Wren: Because salt gets in the way of the ice, I think.\n"
    )
    for name, when in (
        ("GMT20251118-171530_Recording.transcript.vtt", date(2025, 11, 18)),
        ("Recording_20260127_0915.vtt", date(2026, 1, 27)),
    ):
        assert filed(read(name, text))[2] == when


def test_captions_with_the_speaker_in_brackets_are_each_speakers_turns() -> None:
    text = (
        "1\n00:00:02,000 --> 00:00:06,000\n[MS. FITZGERALD] Who wants to open today?\n\n"
        "2\n00:00:06,500 --> 00:00:12,000\n[TOBY] Me. I marked the part about the dam.\n\n"
        "3\n00:00:12,500 --> 00:00:15,000\n[MUSIC] \n\n"
        "4\n00:00:15,500 --> 00:00:21,000\n[INES] I disagree, the dam helped the farms.\n"
    )
    detection = read("2026-02-24 seminar p3.srt", text)
    assert filed(detection) == (
        ["S706", "S707"],
        EntryType.GROUP_DISCUSSION_TRANSCRIPT,
        date(2026, 2, 24),
    )
    assert "helped the farms" in own(detection)["S706"]
    assert "helped the farms" not in own(detection)["S707"]


def test_two_letter_initials_that_are_one_students_label_their_turns() -> None:
    text = (
        "advisory circle - lunch seating\n\n"
        "AF: Should seats at lunch be assigned? Go around.\n"
        "IK: No, because then you cannot sit with your friends from other classes.\n"
        "TW: But some kids sit alone every day, so maybe one day a week.\n"
        "IK: Okay, one day a week is fair.\n"
    )
    detection = read("circle notes.txt", text)
    assert sorted(part.student_id for part in detection.parts) == ["S706", "S707"]
    assert "one day a week is fair" in own(detection)["S706"]


def test_an_advisory_talk_typed_with_initials_is_its_students_discussion() -> None:
    text = (
        "advisory talk - homework on weekends\n\n"
        "AF: Should there be homework on weekends? Go around.\n"
        "IK: No, weekends are for family and sports.\n"
        "TW: But if there is a test Monday you need to study anyway.\n"
        "IK: Studying is different from worksheets though.\n"
    )
    detection = read("Recording_20260303_1410.txt", text)
    assert filed(detection) == (
        ["S706", "S707"],
        EntryType.GROUP_DISCUSSION_TRANSCRIPT,
        date(2026, 3, 3),
    )
    # AF is the teacher, Alma Fitzgerald: no one's entry, and not counted as someone else.
    assert not any("other speaker" in note for note in detection.notes)


def test_a_teachers_initial_after_their_title_is_not_a_version_number() -> None:
    text = (
        "1\n00:00:02,000 --> 00:00:06,000\nTobias Wren: I think the river is the main character.\n"
        "\n2\n00:00:06,500 --> 00:00:12,000\nInes Kowalczyk: No, the town is, it changes most.\n"
    )
    detection = read("Group discussion 7th Ms V 4-29.srt", text)
    assert filed(detection)[2] == date(2026, 4, 29)


# --- Emails forwarded by the teacher ---------------------------------------------------------


def eml(sender: str, sent: str, subject: str, body: str) -> bytes:
    return (
        f"From: {sender}\nTo: Alma Fitzgerald <afitz@school.example>\nDate: {sent}\n"
        f"Subject: {subject}\nContent-Type: text/plain; charset=utf-8\n\n{body}"
    ).encode()


FORWARDED_FROM_HOME = (
    "for Toby's file\n\n"
    "---------- Forwarded message ---------\n"
    "From: Dana Okonjo <dana.ok@mail.example>\n"
    "Date: Tue, Feb 10, 2026 at 9:05 PM\n"
    "Subject: Toby and the science project\n"
    "To: Alma Fitzgerald <afitz@school.example>\n\n"
    "Ms. Fitzgerald,\n"
    "I'm Tobias Wren's mom. He rebuilt his whole volcano model tonight after the first one "
    "cracked, without anyone telling him to.\n"
    "Dana\n"
)


def test_a_family_email_the_teacher_forwards_to_herself_is_a_parent_note_of_its_day() -> None:
    data = eml(
        "Alma Fitzgerald <afitz@school.example>",
        "Wed, 11 Feb 2026 07:30:00 -0500",
        "Fwd: Toby and the science project",
        FORWARDED_FROM_HOME,
    )
    detection = read("Fwd_ Toby and the science project.eml", data)
    assert filed(detection) == (["S707"], EntryType.PARENT_NOTE, date(2026, 2, 10))


def test_a_colleagues_note_forwarded_is_not_made_a_parent_note() -> None:
    body = (
        "fyi\n\n"
        "---------- Forwarded message ---------\n"
        "From: Sam Ruiz <sruiz@school.example>\n"
        "Date: Tue, Feb 10, 2026 at 2:05 PM\n"
        "Subject: Toby in PE\n\n"
        "Observed Toby in PE today: he organised the teams fairly and included two kids who "
        "usually sit out.\n"
    )
    data = eml(
        "Alma Fitzgerald <afitz@school.example>",
        "Wed, 11 Feb 2026 07:30:00 -0500",
        "Fwd: Toby in PE",
        body,
    )
    detection = read("Fwd_ Toby in PE.eml", data)
    assert detection.entry_type is EntryType.TEACHER_OBSERVATION_NOTE
    assert [part.student_id for part in detection.parts] == ["S707"]


def test_a_parents_reply_above_the_teachers_original_message_stays_the_parents() -> None:
    body = (
        "Dear Ms. Fitzgerald,\n\n"
        "Thank you for the note. Ines has been reading to her little sister every night "
        "and asks to do it herself now.\n\n"
        "Best,\nMarta Kowalczyk\n\n"
        "-----Original Message-----\n"
        "From: Alma Fitzgerald\n"
        "Sent: Friday, January 9, 2026 2:40 PM\n"
        "Subject: Reading at home\n\n"
        "Ines's reading log is complete this week.\n"
    )
    data = eml("Marta Kowalczyk <mk@mail.example>", "Mon, 12 Jan 2026 18:05:44 -0600",
               "RE: Reading at home", body)  # fmt: skip
    detection = read("RE_ Reading at home.eml", data)
    assert filed(detection) == (["S706"], EntryType.PARENT_NOTE, date(2026, 1, 12))
