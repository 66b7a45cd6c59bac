"""A parent's email as a person reads it: the family name the parent signs with names their
child in the forms families carry it (Petrova / Petrov, Delgado / Park-Delgado, accents
dropped), only when it names exactly one student; and an Outlook reply's quoted message (a
line of underscores over From:/Sent:/To:/Subject:) is the teacher's, never the parent's.

Each test writes its own .eml and reads it as an upload is read, with nothing said."""

from __future__ import annotations

from datetime import date
from email.message import EmailMessage
from email.policy import SMTP

import pytest

from domain.curriculum import EntryType
from domain.detection import Detection, RosterStudent, detect
from domain.documents import read_document_with_properties
from domain.errors import NeedsStudent

ROSTER = [
    RosterStudent("S601", "Sofia Petrov", "S601"),
    RosterStudent("S602", "Ethan Park-Delgado", "S602"),
    RosterStudent("S603", "Marek Kowalski", "S603"),
    RosterStudent("S604", "Tomas Novak", "S604"),
    RosterStudent("S605", "Lucia Garcia Lopez", "S605"),
    RosterStudent("S606", "Ines Castaño", "S606"),
    RosterStudent("S607", "Dmitri Volkov", "S607"),
    RosterStudent("S608", "Ethan Brooks", "S608"),
    RosterStudent("S609", "Mary Anne Smith", "S609"),
]
TEACHER = "Ms. Johanna Ortiz"
SENT = date(2026, 1, 5)
LETTER = (
    "Dear Ms. Ortiz,\n\n"
    "Thank you for the project. My child was very proud and rebuilt the model two times "
    "in the garage so it would stand.\n\n"
    "Best regards,\n{signature}\n"
)


def email(sender: str, body: str) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "Johanna Ortiz <jortiz@school.example>"
    message["Date"] = "Mon, 05 Jan 2026 07:12:55 -0500"
    message["Subject"] = "project"
    message.set_content(body)
    return message.as_bytes(policy=SMTP)


def read(data: bytes, roster: list[RosterStudent] = ROSTER) -> Detection:
    text, properties = read_document_with_properties("email.eml", data)
    return detect(
        text,
        "email.eml",
        roster,
        today=date(2026, 5, 20),
        teacher_names=[TEACHER],
        properties=properties,
    )


def filed(detection: Detection) -> tuple[list[str], EntryType, date]:
    return (
        sorted(part.student_id for part in detection.parts),
        detection.entry_type,
        detection.entry_date,
    )


@pytest.mark.parametrize(
    ("parent", "student"),
    [
        ("Irina Petrova", "S601"),  # feminine form of the student's family name
        ("Olga Volkova", "S607"),
        ("Anna Kowalska", "S603"),
        ("Jana Novakova", "S604"),
        ("Marisol Delgado", "S602"),  # one part of a hyphenated family name
        ("Rosa Garcia", "S605"),  # one word of a double family name
        ("Elena Castano", "S606"),  # the accent dropped
    ],
)
def test_a_parent_signing_with_a_form_of_the_students_family_name_names_the_student(
    parent: str, student: str
) -> None:
    signed_in_header = email(f"{parent} <parent@home.example>", LETTER.format(signature=parent))
    assert filed(read(signed_in_header)) == ([student], EntryType.PARENT_NOTE, SENT)
    # Only the signature says it, the address is no name.
    signed_only = email("home.account@mailbox.example", LETTER.format(signature=parent))
    assert filed(read(signed_only)) == ([student], EntryType.PARENT_NOTE, SENT)
    # A mail app's line under the signature is not who signs.
    from_a_phone = LETTER.format(signature=f"{parent}\nSent from my iPhone")
    assert filed(read(email("home.account@mailbox.example", from_a_phone)))[0] == [student]


def test_a_family_name_that_fits_two_students_or_none_asks_and_a_first_name_still_counts() -> None:
    # Petrova is the form of two students' family name: unsure, it asks.
    sisters = [*ROSTER, RosterStudent("S610", "Nadia Petrova", "S610")]
    with pytest.raises(NeedsStudent):
        read(email("Irina Petrova <ip@home.example>", LETTER.format(signature="Irina")), sisters)
    # A middle name is no family name: "Lisa Anne Jones" is not Mary Anne Smith's.
    with pytest.raises(NeedsStudent):
        read(email("Lisa Anne Jones <lj@home.example>", LETTER.format(signature="Lisa")))
    # No family name fits: the child the parent names in the body is the student, as before.
    named = LETTER.replace("My child", "My son Ethan").format(signature="Kim Brown")
    del_named = email("Kim Brown <kb@home.example>", named)
    with pytest.raises(NeedsStudent):  # two Ethans: the family name does not say which
        read(del_named)
    one_ethan = [student for student in ROSTER if student.id != "S602"]
    assert filed(read(del_named, one_ethan)) == (["S608"], EntryType.PARENT_NOTE, SENT)


OUTLOOK_REPLY = (
    "Hi Ms. Ortiz,\n\n"
    "He sat at the kitchen table on Sunday and made a list of every assignment he owed, then "
    "crossed them off one by one.\n\n"
    "Thanks,\n"
    "Piotr Kowalski\n\n"
    "________________________________\n"
    "From: Johanna Ortiz <jortiz@school.example>\n"
    "Sent: Friday, January 2, 2026 2:30 PM\n"
    "To: Piotr <home.account@mailbox.example>\n"
    "Subject: missing work\n\n"
    "Hello, Marek and Ethan Brooks are both missing the lab sheet. Ethan told me he lost it.\n"
    "Best,\n"
    "Ms. Ortiz\n"
    "Room 214\n"
)


def test_an_outlook_reply_keeps_the_quoted_message_out_of_the_parents_own_words() -> None:
    detection = read(email("Piotr Kowalski <pk@home.example>", OUTLOOK_REPLY))
    # The parent signs above the quoted message; the teacher's words name two students.
    assert filed(detection) == (["S603"], EntryType.PARENT_NOTE, SENT)
    own = detection.parts[0].turns or ""
    assert "crossed them off" in own
    assert "lost it" not in own and "lab sheet" not in own


def test_a_line_of_underscores_without_a_message_header_under_it_is_the_parents_own() -> None:
    body = OUTLOOK_REPLY.split("________________________________")[0]
    body += "________________________________\nP.S. He also finished the reading log.\n"
    detection = read(email("Piotr Kowalski <pk@home.example>", body))
    assert "finished the reading log" in (detection.parts[0].turns or "")
