"""Classes of documents whose students' spans held too little or too much: labelled
evidence fell outside the span the reader gave the student, or a header, a field's label
or another speaker's words fell inside it. Each test writes its own document, in the
convention and not in any set's words, and reads it as an upload is read."""

from __future__ import annotations

from datetime import date

from domain.curriculum import EntryType
from domain.detection import Detection, RosterStudent
from tests.reading import filed, own, read_upload

ROSTER = [
    RosterStudent("S901", "Ingrid Solberg", "S901"),
    RosterStudent("S902", "Kofi Asante", "S902"),
    RosterStudent("S903", "Lena Marsh", "S903", ("Lulu",)),
]
TEACHER = "Rupert Vance"
TODAY = date(2026, 5, 27)


def read(file_name: str, data: bytes | str) -> Detection:
    return read_upload(file_name, data, ROSTER, teacher=TEACHER, today=TODAY)


def test_caption_cues_spoken_by_device_and_account_names_are_each_their_speakers() -> None:
    """A call's captions label people as the call shows them ("iPad de Ingrid",
    "kofi.asante7"): each cue is that speaker's turn, never run into the cue before it."""
    text = (
        "1\n00:00:01,000 --> 00:00:04,000\nRupert Vance: Ingrid, you open for your side.\n\n"
        "2\n00:00:04,500 --> 00:00:09,000\niPad de Ingrid: Our source is from the same year, "
        "so it shows what they knew then.\n\n"
        "3\n00:00:09,500 --> 00:00:13,000\nkofi.asante7: Can I add one thing. The map on "
        "page two says the opposite.\n\n"
        "4\n00:00:13,500 --> 00:00:16,000\nRupert Vance: Good, respond to each other.\n"
    )
    detection = read("Debate captions.srt", text)
    assert sorted(own(detection)) == ["S901", "S902"]
    assert own(detection)["S901"] == (
        "Our source is from the same year, so it shows what they knew then."
    )
    assert own(detection)["S902"] == "Can I add one thing. The map on page two says the opposite."


def test_a_journal_prompt_labelled_with_its_teacher_ends_at_its_question() -> None:
    """ "Prompt (Mr. V): ...?" over the student's answer, no blank line between: the
    teacher's labelled question is one line, the lines below it are the student's."""
    text = (
        "Writer's Notebook - Ingrid - March 4\n"
        "Prompt (Mr. V): What was hard about the group task? What would you change?\n"
        "The hard part was waiting for everyone to agree before we started.\n"
        "Next time I would write the plan on the board first.\n"
        "Prompt: One thing you are proud of?\n"
        "I finished my part early.\n"
    )
    detection = read("Ingrid notebook.docx.txt", text)
    assert filed(detection) == (["S901"], EntryType.REFLECTION_JOURNAL, date(2026, 3, 4))
    mine = own(detection)["S901"]
    assert "The hard part was waiting for everyone to agree before we started." in mine
    assert "Next time I would write the plan on the board first." in mine
    assert "What was hard" not in mine and "proud of" not in mine


def test_a_feedback_form_with_bold_field_labels_keeps_each_answer_apart() -> None:
    """ "**Star:** ...", "**Wish:** ...", "**Question:** ...?" one under the other: each
    field's answer is the reviewer's own span, the labels are not, and the question is the
    reviewer's to the presenter, not a prompt put to the reviewer."""
    text = (
        "**Poster walk feedback**  4/9\n\n"
        '**Project:** Kofi A. -- "Which bridge holds the most?"\n'
        "**Feedback by:** Lena\n\n"
        "**Star:** It was clear. The model was neat.\n"
        "**Wish:** Maybe slow down.\n"
        "**Question:** Did you test it with water?\n\n"
        "**Mr. V:** Lena, next time say one specific thing, ok?\n"
    )
    detection = read("lena feedback.md", text)
    assert filed(detection) == (["S902", "S903"], EntryType.PEER_FEEDBACK, date(2026, 4, 9))
    assert own(detection)["S903"].split("\n") == [
        "It was clear. The model was neat.",
        "Maybe slow down.",
        "Did you test it with water?",
    ]


def test_bulleted_bold_fields_are_one_span_each_without_their_labels() -> None:
    text = (
        "Exit reflection - Ingrid Solberg - Feb 12\n\n"
        "- **What I did:** I sorted the cards into groups before gluing.\n"
        "- **What was hard:** Choosing a title took me the longest\n"
        "  because we all wanted a different one.\n"
        "- **Next time:** I will ask the group to vote sooner.\n"
    )
    detection = read("exit reflection.md", text)
    assert filed(detection) == (["S901"], EntryType.REFLECTION_JOURNAL, date(2026, 2, 12))
    assert own(detection)["S901"].split("\n") == [
        "I sorted the cards into groups before gluing.",
        "Choosing a title took me the longest because we all wanted a different one.",
        "I will ask the group to vote sooner.",
    ]


def test_a_copied_text_thread_with_a_parent_is_a_parent_note_dated_by_its_first_message() -> None:
    """A phone's text thread between the teacher and a parent, copied out ("[d/m/yy, time]
    Name: ..."): a parent note for the child it is about, dated by its first message; the
    teacher's messages are not the parent's words."""
    text = (
        "[4/14/26, 5:02:10 PM] Mr. Vance: Hi Mrs. Asante, how is the reading log going at home?\n"
        "[4/14/26, 5:30:44 PM] Efua Asante: Much better, thank you. Kofi fills it in himself "
        "before dinner now and reads to his brother.\n"
        "[4/14/26, 5:31:02 PM] Efua Asante: He says the chart helps him see his week.\n"
        "[4/15/26, 7:45:00 AM] Mr. Vance: Great to hear, thanks for telling me!\n"
    )
    detection = read("kofi mom texts.txt", text)
    assert filed(detection) == (["S902"], EntryType.PARENT_NOTE, date(2026, 4, 14))
    mine = own(detection)["S902"]
    assert "Kofi fills it in himself before dinner now and reads to his brother." in mine
    assert "He says the chart helps him see his week." in mine
    assert "reading log going" not in mine and "Great to hear" not in mine
    assert "5:30" not in mine and "Efua Asante:" not in mine


def test_a_messaging_platforms_export_of_a_parent_conversation_is_a_parent_note() -> None:
    text = (
        "Westbrook Learning Hub > Messages\n"
        "Conversation: Lulu / Homeroom\n"
        "----------------------------------------\n"
        "Nora Marsh (Parent) | 1/20/26 8:15 PM\n"
        "Hi Mr. Vance. Lena told us she is helping Kofi with his spelling list and she is "
        "proud of it.\n"
        "She stays up late on her tablet though, we moved it to the kitchen.\n"
        "Thank you, Nora Marsh (Lena's mother)\n"
        "----------------------------------------\n"
        "Rupert Vance (Teacher) | 1/21/26 7:40 AM\n"
        "Thanks for telling me, Ms. Marsh. Lena has been a patient helper.\n"
    )
    detection = read("Platform message - Marsh family.txt", text)
    assert filed(detection) == (["S903"], EntryType.PARENT_NOTE, date(2026, 1, 20))
    mine = own(detection)["S903"]
    assert "Lena told us she is helping Kofi with his spelling list" in mine
    assert "we moved it to the kitchen." in mine
    assert "patient helper" not in mine and "Conversation" not in mine
    assert "8:15" not in mine


def test_a_printed_platform_message_keeps_its_header_out_and_its_body_in() -> None:
    """A learning platform's message printed to PDF: a running line, "Message: <subject>",
    then "From: ...   To: ...   Sent: ..." on one line over the parent's words. That line is
    the message's own header, not a quoted reply: the words below it are the parent's."""
    text = (
        "Westbrook Online School - Platform Inbox - Printed 10/02/2025\n"
        "Message: Ingrid's first month\n"
        "From: Siri Solberg (Parent)   To: Rupert Vance   Sent: Wednesday, October 1, 2025 "
        "9:12 PM\n"
        "Hello Mr. Vance, I am Ingrid Solberg's mother. Ingrid keeps a list of every "
        "deadline on the fridge now.\n"
        "She rewrote her lab notes twice last night because she wanted them perfect.\n"
        "Thank you, Siri Solberg\n"
    )
    detection = read("Message from Solberg, Siri.txt", text)
    assert filed(detection) == (["S901"], EntryType.PARENT_NOTE, date(2025, 10, 1))
    mine = own(detection)["S901"]
    assert "Ingrid keeps a list of every deadline on the fridge now." in mine
    assert "She rewrote her lab notes twice last night because she wanted them perfect." in mine
    assert "Printed" not in mine and "first month" not in mine


def test_an_otter_export_without_speakers_keeps_its_recording_line_and_stamps_out() -> None:
    """Otter's export of one presenter: the title, its recording line ("date time • length
    minutes"), keywords, then each paragraph under the time it began. The recording line and
    the times are the export's, not what the presenter said."""
    text = (
        "Kofi bridge presentation\n"
        "Thu, Mar 5, 2026 10:02AM \u2022 3:40 minutes\n"
        "Keywords: bridge, truss, load\n\n"
        "0:03\n"
        "So my project is about why triangles make bridges strong.\n\n"
        "1:15\n"
        "We tested three shapes and the triangle one held the most pennies.\n"
    )
    detection = read("Kofi bridge presentation (Otter).txt", text)
    assert filed(detection) == (
        ["S902"],
        EntryType.PROJECT_PRESENTATION_TRANSCRIPT,
        date(2026, 3, 5),
    )
    assert own(detection)["S902"].split("\n") == [
        "So my project is about why triangles make bridges strong.",
        "We tested three shapes and the triangle one held the most pennies.",
    ]


def test_a_time_stamp_between_turns_is_not_the_last_speakers_words() -> None:
    text = (
        "Homeroom circle - Transcript\n"
        "Attendees: Rupert Vance, Ingrid Solberg, Kofi Asante\n"
        "00:00:00\n"
        "Rupert Vance: One word for your week?\n"
        "Ingrid Solberg: Busy. I had two tests.\n"
        "00:01:30\n"
        "Kofi Asante: Good, I finished my model.\n"
        "Ingrid Solberg: Same, mine is almost done.\n"
        "00:02:10\n"
    )
    detection = read("Homeroom circle - 2026-02-06 - Transcript.txt", text)
    assert own(detection) == {
        "S901": "Busy. I had two tests.\nSame, mine is almost done.",
        "S902": "Good, I finished my model.",
    }


def test_a_forwarded_family_email_is_the_familys_words_not_its_header_or_the_forward_note() -> None:
    """The teacher forwards a parent's email to the file with a line of her own: the
    forwarded message's header (From/Date/Subject/To) is a header, the teacher's line above
    it is hers, and only the parent's words are the note about the child."""
    text = (
        "From: Rupert Vance <rvance@school.example>\n"
        "To: Rupert Vance <rvance@school.example>\n"
        "Date: Fri, 6 Mar 2026 16:20:00 -0500\n"
        "Subject: Fwd: Ingrid - science fair\n\n"
        "Lisa - keeping this for Ingrid's file before our team meeting on Friday, her mom "
        "sounds really pleased with how the project is going. -R\n\n"
        "---------- Forwarded message ---------\n"
        "From: Siri Solberg <siri.solberg@home.example>\n"
        "Date: Thu, Mar 5, 2026 at 8:41 PM\n"
        "Subject: Ingrid - science fair\n"
        "To: Rupert Vance <rvance@school.example>\n\n"
        "Dear Mr. Vance,\n\n"
        "Ingrid tested her seeds every morning before school and kept a chart of them.\n\n"
        "Siri Solberg\n"
    )
    detection = read("Fwd_ Ingrid - science fair.eml", text)
    assert filed(detection) == (["S901"], EntryType.PARENT_NOTE, date(2026, 3, 5))
    assert own(detection)["S901"] == (
        "Ingrid tested her seeds every morning before school and kept a chart of them."
    )


def test_a_parent_forwarding_a_relatives_email_writes_the_lines_above_it_too() -> None:
    """The parent, not the teacher, forwards her father's email with a note of her own on
    top: both are the family's words about the child; only the headers are not."""
    text = (
        "From: Siri Solberg <siri.solberg@home.example>\n"
        "To: Rupert Vance <rvance@school.example>\n"
        "Date: Sun, 8 Mar 2026 18:02:00 -0500\n"
        "Subject: Fwd: the weekend\n\n"
        "Mr. Vance, my father sent me this and I wanted you to have it.\n\n"
        "Ingrid finished her reading log on Saturday without me asking once.\n\n"
        "Siri\n\n"
        "---------- Forwarded message ---------\n"
        "From: Nils Solberg <nils@home.example>\n"
        "Date: Sun, Mar 8, 2026 at 2:15 PM\n"
        "Subject: the weekend\n"
        "To: Siri Solberg <siri.solberg@home.example>\n\n"
        "She showed her little cousins how to plant the seedlings in rows.\n"
    )
    mine = own(read("Fwd_ the weekend.eml", text))["S901"]
    assert "Ingrid finished her reading log on Saturday without me asking once." in mine
    assert "She showed her little cousins how to plant the seedlings in rows." in mine
    assert "Forwarded" not in mine and "From:" not in mine


def test_a_date_on_a_line_of_its_own_is_the_entrys_date_not_the_students_words() -> None:
    text = (
        "Reading journal\n"
        "Tuesday, March 3\n"
        "I read two chapters and wrote down three words I did not know.\n\n"
        "March 10\n"
        "I finished the book early and started the next one.\n"
    )
    detection = read("Ingrid Solberg journal.txt", text)
    assert filed(detection) == (["S901"], EntryType.REFLECTION_JOURNAL, date(2026, 3, 3))
    assert own(detection)["S901"].split("\n") == [
        "I read two chapters and wrote down three words I did not know.",
        "I finished the book early and started the next one.",
    ]


def test_a_letters_greeting_by_name_and_a_printed_page_number_are_not_the_note() -> None:
    text = (
        "From: Efua Asante <efua.asante@home.example>\n"
        "To: Rupert Vance <rvance@school.example>\n"
        "Date: Mon, 2 Feb 2026 19:05:00 -0500\n"
        "Subject: Kofi at home\n\n"
        "Mr. Vance,\n\n"
        "Kofi set up his own homework corner this week and keeps his folders in it.\n"
        "Page 1\n"
        "He also reminds his sister to pack her bag at night.\n\n"
        "Efua Asante\n"
    )
    detection = read("Kofi at home.eml", text)
    assert filed(detection) == (["S902"], EntryType.PARENT_NOTE, date(2026, 2, 2))
    assert own(detection)["S902"].split("\n") == [
        "Kofi set up his own homework corner this week and keeps his folders in it.",
        "He also reminds his sister to pack her bag at night.",
    ]


def test_plain_form_fields_one_under_the_other_are_each_their_own_span() -> None:
    """ "Glow: ..." over "Grow: ..." with no blank line between: two answers, each the
    reviewer's span without its label, never one run together."""
    text = (
        "Peer review - Friday April 10th\n"
        "Student: Lena Marsh\n\n"
        "Glow: The labels on your model made it easy to follow, that was clear.\n"
        "Grow: Maybe explain why the tall one fell? I am not sure either.\n"
    )
    detection = read("peer review Lena for Kofi.txt", text)
    mine = own(detection)["S903"]
    assert mine.split("\n") == [
        "The labels on your model made it easy to follow, that was clear.",
        "Maybe explain why the tall one fell? I am not sure either.",
    ]


def test_a_discussion_boards_post_stamps_are_not_the_posters_words() -> None:
    """A class board printed out: "Name - date time" or "Name   date at time" over each
    post. The stamp is when it was posted, the teacher's reply is hers, and the thread is
    dated by its first student's post, not the teacher's prompt."""
    text = (
        "Westbrook Online | Science 7 | Discussions\n"
        "Does a heavier ball fall faster?\n"
        "Posted by Rupert Vance, Feb 2, 2026 8:00am. Reply, then answer a classmate.\n"
        "Ingrid Solberg - Feb 4, 2026 7:41pm\n"
        "No, we dropped two balls off the bleachers and they landed together.\n"
        "Kofi Asante - Feb 4, 2026 8:02pm\n"
        "Replying to Ingrid. Air matters though, a feather is slower.\n"
        "Rupert Vance (Teacher)   Feb 5, 2026 at 9:15am\n"
        "Good thinking, both of you. What would happen on the moon?\n"
    )
    detection = read("Discussion_ falling balls.pdf.txt", text)
    assert filed(detection) == (
        ["S901", "S902"],
        EntryType.GROUP_DISCUSSION_TRANSCRIPT,
        date(2026, 2, 4),
    )
    assert own(detection) == {
        "S901": "No, we dropped two balls off the bleachers and they landed together.",
        "S902": "Replying to Ingrid. Air matters though, a feather is slower.",
    }


def test_a_students_board_post_filed_as_a_journal_leaves_the_boards_header_out() -> None:
    text = (
        "Westbrook Online | Homeroom 7 | Discussions > Week 3: Goal Check-In\n"
        "Week 3: Goal Check-In\n"
        "Lena Marsh   Feb 6, 2026 at 10:05am\n"
        "My goal was to read every night. I read five nights out of seven this week.\n"
        "Rupert Vance (Teacher)   Feb 6, 2026 at 1:30pm\n"
        "Five out of seven is a great start, Lena.\n"
    )
    detection = read("Week 3 goal journal - Lena.pdf.txt", text)
    assert filed(detection) == (["S903"], EntryType.REFLECTION_JOURNAL, date(2026, 2, 6))
    assert own(detection)["S903"] == (
        "My goal was to read every night. I read five nights out of seven this week."
    )
