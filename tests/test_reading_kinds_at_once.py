"""Kinds a person sees at once, read wrong by a word or a shape: a meeting whose name
mentions a pitch, a session the file name's last word calls tutoring, one student coaching
another, notes on each student laid out like turns, a parent's email named for the parent.
And the date a transcriber types below a subtitle file's cues. Each test writes its own
document, in the convention and not in any set's words, and reads it as an upload is read."""

from __future__ import annotations

from datetime import date

from domain.curriculum import EntryType
from domain.detection import Detection, RosterStudent
from domain.errors import NeedsEntryType
from tests.reading import filed, own, read_upload

ROSTER = [
    RosterStudent("S941", "Odile Brennan", "S941"),
    RosterStudent("S942", "Kwame Lindgren", "S942", ("Kwam",)),
    RosterStudent("S943", "Saoirse Yamada", "S943"),
    RosterStudent("S944", "Tobias Ferreira", "S944"),
]
TEACHER = "Helen Marsh"
TODAY = date(2026, 5, 29)


def read(file_name: str, data: bytes | str) -> Detection:
    return read_upload(file_name, data, ROSTER, teacher=TEACHER, today=TODAY)


def cues(*lines: str) -> str:
    """A subtitle file (.srt) of one cue a line."""
    blocks = [
        f"{number}\n00:00:{number * 5:02d},000 --> 00:00:{number * 5 + 4:02d},000\n{line}\n"
        for number, line in enumerate(lines, start=1)
    ]
    return "\n".join(blocks)


def test_a_date_typed_below_a_subtitle_files_cues_dates_it() -> None:
    text = cues(
        "Odile: So which fraction is bigger, three fifths or two thirds?",
        "Kwame: Two thirds? Because the pieces are bigger.",
        "Odile: Yes, now show me with the strips so you can see it.",
    )
    text += "\n== typed up HM 3/19 ==\nGoal next time: common denominators.\n"
    detection = read("fraction strips.srt", text)
    assert filed(detection)[2] == date(2026, 3, 19)
    # The note below the cues is no one's turn.
    assert "denominators" not in own(detection)["S941"]


def test_notes_on_each_student_under_an_activitys_title_are_the_teachers_notes() -> None:
    text = (
        "Thurs 3/12 - 4th period, socratic seminar (water rights)\n\n"
        "Tobias - waited for the talking piece every time today, which he never does. He "
        'even said "can I add to what Odile said" before his point.\n\n'
        "Odile B - steady as usual. She pulled two quieter kids in by name and her notes "
        "were ready before the bell. Told me afterward she liked leading.\n\n"
        "To self: book the library for Monday.\n"
    )
    detection = read("seminar thurs.txt", text)
    assert filed(detection) == (
        ["S941", "S944"],
        EntryType.TEACHER_OBSERVATION_NOTE,
        date(2026, 3, 12),
    )


def test_notes_labelled_with_a_colon_for_each_student_are_the_teachers_notes() -> None:
    text = (
        "Science Olympiad - Sat 4/18 - recap\n\n"
        "Saoirse: kept the team's clock all morning. When the bridge snapped she rebuilt "
        "the joint herself and still made the weigh-in.\n\n"
        "Kwame: quiet at first, then he walked two younger kids through his checklist "
        "between events. Nobody asked him to.\n"
    )
    detection = read("olympiad.txt", text)
    assert filed(detection) == (
        ["S942", "S943"],
        EntryType.TEACHER_OBSERVATION_NOTE,
        date(2026, 4, 18),
    )


def test_a_discussion_where_students_speak_of_each_other_stays_a_discussion() -> None:
    text = (
        "Seminar 3/12\n"
        "Odile: I think he has a point, but I read it differently.\n"
        "Tobias: She says the river is shared. I say the town upstream decides.\n"
        "Saoirse: I agree with Odile. He forgot the farms.\n"
    )
    detection = read("seminar.txt", text)
    assert filed(detection)[1] is EntryType.GROUP_DISCUSSION_TRANSCRIPT


def test_a_session_named_for_what_it_prepares_is_what_its_last_word_says() -> None:
    text = (
        "Saoirse: Okay, read me the question you'll open with.\n"
        "Tobias: Um, was the river shared?\n"
        "Saoirse: Make it one they can't answer yes or no. Who should decide?\n"
        "Tobias: Who should decide how the river is shared. Okay, that's better.\n"
    )
    detection = read("seminar prep tutoring 4-2.txt", text)
    assert filed(detection) == (
        ["S943", "S944"],
        EntryType.PEER_TUTORING_TRANSCRIPT,
        date(2026, 4, 2),
    )


def test_a_meeting_named_for_what_it_plans_is_a_discussion() -> None:
    text = (
        "Ms. Marsh: Okay, committee. Where do the poster boards go this year?\n"
        "Kwame: By the windows, so people see them from the hall.\n"
        "Odile: But the sun washed out the photos last year. The back wall is better.\n"
        "Kwame: Fair. Back wall then, and the tables by the windows.\n"
        "Saoirse: I can make the map of where each one goes.\n"
    )
    detection = read("showcase planning meeting 2-10.txt", text)
    assert filed(detection) == (
        ["S941", "S942", "S943"],
        EntryType.GROUP_DISCUSSION_TRANSCRIPT,
        date(2026, 2, 10),
    )


def test_a_recorders_meeting_is_no_kind_and_a_named_activity_before_it_stands() -> None:
    text = (
        "Saoirse: Okay, say your opening line to me like I'm the judge.\n"
        "Tobias: My project is about bridges.\n"
        "Saoirse: Start with the question instead. What did you want to find out?\n"
    )
    detection = read("Homework Help-20260402_1530-Meeting Recording.txt", text)
    assert filed(detection)[1] is EntryType.PEER_TUTORING_TRANSCRIPT


def test_an_email_the_file_name_says_is_from_a_students_family_is_a_parent_note() -> None:
    text = (
        "From: Kenji <kenji.home@homemail.example>\n"
        "To: Helen Marsh <hmarsh@school.example>\n"
        "Subject: Saoirse and the robotics showcase\n"
        "Date: Wed, 04 Mar 2026 06:55:00 +0900\n"
        'Content-Type: text/plain; charset="utf-8"\n\n'
        "Dear Ms Marsh,\n\n"
        "Saoirse has been rebuilding her robot arm every evening this week. She found the "
        "gear was slipping and fixed it on her own before asking anyone.\n\n"
        "She would like to bring it to the showcase. Would that be all right?\n\n"
        "Kind regards,\n"
        "Kenji\n"
    )
    detection = read("message from Mr Yamada.eml", text)
    assert filed(detection) == (["S943"], EntryType.PARENT_NOTE, date(2026, 3, 4))


def test_an_email_from_a_colleague_without_a_students_family_name_is_no_parent_note() -> None:
    text = (
        "From: Ruth Okafor <rokafor@school.example>\n"
        "To: Helen Marsh <hmarsh@school.example>\n"
        "Subject: Saoirse at the robotics showcase\n"
        "Date: Wed, 04 Mar 2026 06:55:00 +0900\n"
        'Content-Type: text/plain; charset="utf-8"\n\n'
        "Dear Ms Marsh,\n\n"
        "Saoirse rebuilt her robot arm in my room at lunch and explained the gear to two "
        "younger students.\n\n"
        "Ruth Okafor\n"
    )
    detection = read("email from Ms Okafor.eml", text)
    assert filed(detection)[1] is not EntryType.PARENT_NOTE


def test_one_student_coaching_another_is_tutoring_whatever_the_session_is_called() -> None:
    text = cues(
        "Ms. Marsh: Wednesday 3/25, audition practice, recording.",
        "Odile: Okay, read me your first line like I'm the director.",
        "Kwame: To be or not, um, what's the next word?",
        "Odile: Look at the top of the page, you marked it. Say it slower this time.",
        "Kwame: To be, or not to be. That is the question.",
        "Odile: That's better. Now try it without looking down.",
        "Kwame: To be, or not to be... I lost it.",
    )
    detection = read("audition practice.srt", text)
    assert filed(detection) == (
        ["S941", "S942"],
        EntryType.PEER_TUTORING_TRANSCRIPT,
        date(2026, 3, 25),
    )


def test_a_transcript_whose_first_line_says_only_transcript_is_read_by_who_coaches() -> None:
    text = (
        "Lunch Lab - Room 12 - Thurs Apr 9 2026\n"
        "Transcript (recorded on the class tablet)\n\n"
        "Saoirse Yamada: Want me to show you the trick with the number line first?\n"
        "Tobias Ferreira: No, let me try. Negative three plus five is two.\n"
        "Saoirse Yamada: Yes! Now do one where you end up below zero.\n"
        "Tobias Ferreira: Two minus six is negative four. That one felt easier.\n"
        "Saoirse Yamada: See, you didn't even need the line.\n"
    )
    detection = read("lunch lab 4-9.txt", text)
    assert filed(detection)[1] is EntryType.PEER_TUTORING_TRANSCRIPT


def test_two_students_talking_as_equals_stay_a_discussion() -> None:
    text = cues(
        "Odile: I think the mayor should have asked the farmers first.",
        "Kwame: Maybe, but the drought was already happening. There was no time.",
        "Odile: There's always time to ask. My uncle farms and nobody called him.",
        "Kwame: I guess I'd be mad too if nobody called me.",
    )
    detection = read("recording 3-25.srt", text)
    assert filed(detection)[1] is EntryType.GROUP_DISCUSSION_TRANSCRIPT


def test_students_talking_of_a_storys_characters_stay_a_discussion() -> None:
    text = (
        "Odile: She lost everything when the house burned, and her mother got sick too.\n"
        "Kwame: He was cruel to her on the train, though. He laughed at her shoes.\n"
        "Odile: But then he shared his food with her, so he changed.\n"
        "Kwame: Maybe. She still didn't trust him and her grandmother warned her.\n"
    )
    detection = read("Lit circle 3-25.txt", text)
    assert filed(detection)[1] is EntryType.GROUP_DISCUSSION_TRANSCRIPT


def test_a_note_block_below_a_webvtt_files_cues_dates_it() -> None:
    text = (
        "WEBVTT\n\n"
        "00:00:01.000 --> 00:00:05.000\n<v Odile Brennan>Which is bigger, three fifths or two "
        "thirds?\n\n"
        "00:00:06.000 --> 00:00:09.000\n<v Kwame Lindgren>Two thirds, the pieces are bigger.\n\n"
        "NOTE reviewed by H. Marsh on 3/19\n"
    )
    detection = read("fractions.vtt", text)
    assert filed(detection)[2] == date(2026, 3, 19)


def test_a_letter_signed_family_name_first_is_a_parent_note() -> None:
    text = (
        "From: Yamada Kenji <kyamada@homemail.example>\n"
        "To: Helen Marsh <hmarsh@school.example>\n"
        "Subject: Saoirse and the robotics showcase\n"
        "Date: Wed, 04 Mar 2026 06:55:00 +0900\n"
        'Content-Type: text/plain; charset="utf-8"\n\n'
        "Dear Ms Marsh,\n\n"
        "Saoirse has been rebuilding her robot arm every evening this week. She found the "
        "gear was slipping and fixed it on her own before asking anyone.\n\n"
        "Kind regards,\n"
        "Yamada Kenji\n"
    )
    detection = read("Saoirse showcase.eml", text)
    assert filed(detection) == (["S943"], EntryType.PARENT_NOTE, date(2026, 3, 4))


def test_a_student_named_like_a_classmates_family_signing_their_own_letter_is_theirs() -> None:
    roster = [*ROSTER, RosterStudent("S945", "Brennan Castillo", "S945")]
    text = (
        "Dear Ms Marsh,\n\n"
        "This term I learned to ask for help before I get stuck. I used to wait until the "
        "end of class and then I had nothing done.\n\n"
        "Brennan Castillo\n"
    )
    try:
        detection = read_upload("letter.txt", text, roster, teacher=TEACHER, today=TODAY)
    except NeedsEntryType:
        return  # asking is right too: only filing it as the family's is wrong
    assert filed(detection)[1] is not EntryType.PARENT_NOTE
