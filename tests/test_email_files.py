"""Saved emails (.eml): read into the text a pasted email has, whatever the mail client did to
the message on the way (alternatives, encodings, charsets, HTML only, attachments), and filed
like the same email pasted into a .txt."""

from __future__ import annotations

from datetime import date
from email.message import EmailMessage
from email.policy import SMTP

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.uploads import shared_file
from domain.curriculum import EntryType
from domain.db import unit_of_work
from domain.documents import read_document
from domain.email_files import MAX_EMAIL_PARTS
from domain.errors import IngestError
from domain.ingest import IngestResult, ingest_document
from domain.models import DataEntry
from tests.factories import TODAY, seed_roster
from tests.slack_harness import RODRIGUEZ, RunningApp, wait_for

LETTER = (
    "Hi Ms. Rodriguez,\n\n"
    "Lucas made his own homework checklist this week and stuck to it every night.\n\n"
    "Thanks,\nDana (Lucas's mom)\n"
)


def message(body: str | None = LETTER, **headers: str) -> EmailMessage:
    email = EmailMessage()
    email["From"] = headers.get("sender", "Dana Ortiz <dana@home.example>")
    email["To"] = "Ms. Rodriguez <rodriguez@school.example>"
    email["Date"] = headers.get("when", "Thu, 18 Sep 2025 20:14:03 -0500")
    email["Subject"] = headers.get("subject", "Re: This week")
    email["Message-ID"] = "<1@home.example>"
    if body is not None:
        email.set_content(body)
    return email


def eml(email: EmailMessage) -> bytes:
    return email.as_bytes(policy=SMTP)


def test_a_saved_email_reads_as_the_same_email_pasted() -> None:
    text = read_document("Re_ This week.eml", eml(message()))
    assert text == (
        "From: Dana Ortiz <dana@home.example>\n"
        "To: Ms. Rodriguez <rodriguez@school.example>\n"
        "Date: Thu, 18 Sep 2025 20:14:03 -0500\n"
        "Subject: Re: This week\n\n" + LETTER
    )
    # The transport's own headers are not what anyone wrote.
    assert "Message-ID" not in text and "MIME-Version" not in text


def test_the_plain_alternative_is_read_and_attachments_never_are() -> None:
    email = message(
        LETTER + "\n" + "caf\u00e9 = word " * 30, subject="=?utf-8?q?Lucas_=E2=80=93_week?="
    )
    email.add_alternative("<p>HTML copy HTMLONLY</p>", subtype="html")
    email.add_attachment(
        b"ATTACHED-TEXT secret", maintype="text", subtype="plain", filename="a.txt"
    )
    email.add_attachment(
        b"%PDF-1.4 ATTACHED", maintype="application", subtype="pdf", filename="r.pdf"
    )
    data = eml(email)
    # The body went out quoted-printable or base64, not as it reads.
    assert b"caf\xc3\xa9 = word caf\xc3\xa9" not in data
    text = read_document("week.eml", data)
    assert "Lucas made his own homework checklist" in text
    assert "caf\u00e9 = word caf\u00e9" in text
    assert "Subject: Lucas \u2013 week" in text
    for absent in ("HTMLONLY", "ATTACHED", "<p>"):
        assert absent not in text


def test_an_html_only_email_is_its_visible_text_with_the_quoted_reply_marked() -> None:
    email = message(None)
    email.set_content(
        "<html><head><style>p {color: red}</style><title>T</title></head><body>"
        "<div>Hi Ms. Rodriguez,</div><div><br></div>"
        "<div>Lucas &amp; his sister <b>both</b> finished&nbsp;early.</div>"
        "<p>Dana</p><script>track()</script>"
        '<div class="gmail_quote"><div>On Wed, Sep 17, 2025 at 3:10 PM Ms. Rodriguez wrote:</div>'
        "<blockquote><div>Lucas missed two logs.</div><div>Best, Ms. R</div></blockquote></div>"
        "</body></html>",
        subtype="html",
    )
    text = read_document("note.eml", eml(email))
    body = text.split("\n\n", 1)[1]
    assert body.startswith("Hi Ms. Rodriguez,\n\nLucas & his sister both finished early.\n\nDana\n")
    assert "> Lucas missed two logs.\n> Best, Ms. R" in body
    for absent in ("color: red", "track()", "<div", "&amp;"):
        assert absent not in text


@pytest.mark.parametrize(
    ("charset", "encoded", "transfer"),
    [
        ("windows-1252", "\u2018ok\u2019 caf\u00e9 \u2013 done".encode("cp1252"), "8bit"),
        # Latin-1 as mail clients send it: Windows-1252's curly quotes in its control range.
        ("iso-8859-1", "\u2018ok\u2019 caf\u00e9 \u2013 done".encode("cp1252"), "quoted-printable"),
        # A charset the bytes are not in: read as a .txt's bytes would be.
        ("utf-8", "\u2018ok\u2019 caf\u00e9 \u2013 done".encode("cp1252"), "8bit"),
        ("x-unknown", "\u2018ok\u2019 caf\u00e9 \u2013 done".encode(), "base64"),
    ],
)
def test_a_bodys_charset_and_transfer_encoding_are_undone(
    charset: str, encoded: bytes, transfer: str
) -> None:
    import base64
    import quopri

    encoded = b"Lucas said it was " + encoded
    body = {
        "8bit": encoded,
        "quoted-printable": quopri.encodestring(encoded),
        "base64": base64.encodebytes(encoded),
    }[transfer]
    data = (
        b"From: Dana <dana@home.example>\r\nDate: Thu, 18 Sep 2025 20:14:03 -0500\r\n"
        b"Subject: week\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: text/plain; charset="' + charset.encode() + b'"\r\n'
        b"Content-Transfer-Encoding: " + transfer.encode() + b"\r\n\r\n" + body + b"\r\n"
    )
    text = read_document("week.eml", data)
    assert "Lucas said it was \u2018ok\u2019 caf\u00e9 \u2013 done" in text


def test_a_message_forwarded_as_an_attachment_is_read_below_the_forwarders_note() -> None:
    forward = message("FYI, see below.\n", sender="Ms. Rodriguez <rodriguez@school.example>")
    forward.add_attachment(message())
    text = read_document("Fwd.eml", eml(forward))
    note, rest = text.split("---------- Forwarded message ---------\n")
    assert "FYI, see below." in note
    assert rest.startswith("From: Dana Ortiz <dana@home.example>\n")
    assert "Lucas made his own homework checklist" in rest


def test_an_email_without_text_or_with_too_many_parts_is_refused_saying_why() -> None:
    only_photo = message(None)
    only_photo.add_attachment(b"\x89PNG", maintype="image", subtype="png", filename="p.png")
    with pytest.raises(IngestError, match="no message text"):
        read_document("photo.eml", eml(only_photo))

    many = message()
    for number in range(MAX_EMAIL_PARTS + 1):
        many.add_attachment(
            b"x", maintype="application", subtype="octet-stream", filename=f"{number}"
        )
    with pytest.raises(IngestError, match="more than 200 parts"):
        read_document("many.eml", eml(many))

    with pytest.raises(IngestError, match="binary file"):
        read_document("garbage.eml", b"\x00\x01\x02\x03 not an email")


@pytest.fixture
def seeded(sessions: sessionmaker[Session]) -> sessionmaker[Session]:
    with unit_of_work(sessions) as session:
        seed_roster(session)
    return sessions


def file(sessions: sessionmaker[Session], name: str, data: bytes) -> IngestResult:
    with unit_of_work(sessions) as session:
        return ingest_document(session, file_name=name, data=data, teacher_id="T001", today=TODAY)


def test_a_saved_email_is_filed_as_the_same_email_pasted_into_a_txt(
    seeded: sessionmaker[Session],
) -> None:
    email = message(None)
    email.set_content(
        LETTER
        + "\nOn Wed, Sep 17, 2025 at 3:10 PM Ms. Rodriguez wrote:\n> Eva and Lucas missed logs.\n"
    )
    email.add_alternative("<div>" + LETTER.replace("\n", "<br>") + "</div>", subtype="html")
    data = eml(email)
    saved = file(seeded, "Re_ This week.eml", data)
    pasted = file(seeded, "Re_ This week.txt", read_document("x.eml", data).encode())
    for result in (saved, pasted):
        assert [(e.student_id, e.entry_type, e.entry_date) for e in result.entries] == [
            ("S002", EntryType.PARENT_NOTE, date(2025, 9, 18))
        ]
    with seeded() as session:
        rows = [session.get(DataEntry, r.entries[0].entry_id) for r in (saved, pasted)]
        own = [row.own_text if row else "" for row in rows]
    assert own[0] == own[1]
    assert "homework checklist" in own[0]
    assert "missed logs" not in own[0]


def test_an_email_shared_in_slack_is_filed_even_when_slack_names_it_by_its_subject(
    running: RunningApp,
) -> None:
    # An email brought into Slack is of filetype "email", named by its subject alone.
    hosted = running.slack.add_file(
        "F0EMAIL",
        "Re: This week",
        eml(message()),
        mimetype="message/rfc822",
        filetype="email",
    )
    assert shared_file(hosted).name == "Re: This week.eml"
    assert running.share(RODRIGUEZ, [hosted]) == 200
    wait_for(lambda: any("Filed" in m["text"] for m in running.dm(RODRIGUEZ)), what="confirm")
    with running.sessions() as session:
        entry = session.scalars(select(DataEntry)).one()
        assert (entry.student_id, entry.entry_type, entry.entry_date) == (
            "S002",
            EntryType.PARENT_NOTE.value,
            date(2025, 9, 18),
        )
        assert "homework checklist" in entry.own_text


def test_a_format_flowed_body_is_read_as_typed_not_as_wrapped() -> None:
    data = (
        b"From: Dana <dana@home.example>\r\nDate: Thu, 18 Sep 2025 20:14:03 -0500\r\n"
        b"Subject: week\r\nContent-Type: text/plain; charset=utf-8; format=flowed\r\n\r\n"
        b"Lucas made his own checklist and \r\nstuck to it every night.\r\n"
        b" From now on he wants to keep it.\r\n"
        b"\r\n-- \r\nDana\r\n\r\n"
        b"> Lucas missed two reading \r\n> logs this month.\r\n"
    )
    body = read_document("week.eml", data).split("\n\n", 1)[1]
    assert body == (
        "Lucas made his own checklist and stuck to it every night.\n"
        "From now on he wants to keep it.\n\n-- \nDana\n\n"
        "> Lucas missed two reading logs this month.\n"
    ).replace("-- \n", "--\n")


def test_an_outlook_html_reply_marks_the_quoted_message_as_its_text_form_does() -> None:
    email = message(None)
    email.set_content(
        "<html><body><div class=WordSection1>"
        "<p class=MsoNormal>Good evening,<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>"
        "<p class=MsoNormal>Lucas kept his checklist all week.<o:p></o:p></p>"
        "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in'>"
        "<p class=MsoNormal><b>From:</b> Rodriguez, Maria<br><b>Sent:</b> Wednesday, September"
        " 17, 2025 3:10 PM<br><b>Subject:</b> logs<o:p></o:p></p></div>"
        "<p class=MsoNormal>Lucas missed two logs.<o:p></o:p></p></div></body></html>",
        subtype="html",
    )
    body = read_document("RE_ logs.eml", eml(email)).split("\n\n", 1)[1]
    assert body == (
        "Good evening,\n\nLucas kept his checklist all week.\n\n"
        "________________________________\n"
        "From: Rodriguez, Maria\nSent: Wednesday, September 17, 2025 3:10 PM\nSubject: logs\n\n"
        "Lucas missed two logs.\n"
    )


def test_an_email_brought_into_slack_is_read_from_its_file_object_not_its_html_page(
    running: RunningApp,
) -> None:
    # How Slack describes an email forwarded into it: named by its subject, served as HTML,
    # with the message's parts as fields of the file object.
    hosted = running.slack.add_file(
        "F0SLACKMAIL",
        "This week at home",
        b"<html><body>Slack's rendering of the email</body></html>",
        mimetype="text/html",
        filetype="email",
        fields={
            "mode": "email",
            "subject": "This week at home",
            "from": [
                {
                    "address": "dana@home.example",
                    "name": "Dana Ortiz",
                    "original": "Dana Ortiz <dana@home.example>",
                }
            ],
            "to": [
                {
                    "address": "rodriguez@school.example",
                    "name": "",
                    "original": "rodriguez@school.example",
                }
            ],
            "cc": [],
            "headers": {"date": "Thu, 18 Sep 2025 20:14:03 -0500"},
            "plain_text": LETTER,
        },
    )
    assert running.share(RODRIGUEZ, [hosted]) == 200
    wait_for(lambda: any("Filed" in m["text"] for m in running.dm(RODRIGUEZ)), what="confirm")
    with running.sessions() as session:
        entry = session.scalars(select(DataEntry)).one()
        assert (entry.student_id, entry.entry_type, entry.entry_date) == (
            "S002",
            EntryType.PARENT_NOTE.value,
            date(2025, 9, 18),
        )
        assert "homework checklist" in entry.own_text
    assert running.slack.downloads == []


def test_an_email_of_countless_tiny_parts_is_refused_before_it_is_parsed() -> None:
    import time

    # 1.7 MB of parts of a few bytes each: parsed, they would take many seconds to build.
    data = (
        b'From: a@home.example\r\nContent-Type: multipart/mixed; boundary="----z"\r\n\r\n'
        + b"------z\r\n\r\nx\r\n" * 120_000
        + b"------z--\r\n"
    )
    started = time.monotonic()
    with pytest.raises(IngestError, match="more than 200 parts"):
        read_document("parts.eml", data)
    assert time.monotonic() - started < 3
    # A signature line and an Outlook quote header are not parts.
    text = read_document(
        "ok.eml", eml(message(LETTER + "\n-- \nDana\n-----Original Message-----\n"))
    )
    assert "-----Original Message-----" in text
