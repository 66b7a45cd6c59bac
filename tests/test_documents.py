"""Reading uploaded files: the formats teachers use, and clear refusals for the rest."""

from __future__ import annotations

import codecs
import logging
from collections.abc import Sequence

import pytest

from domain.documents import read_document
from domain.errors import IngestError
from tests.factories import docx_bytes, pdf_bytes, repackaged_docx, word_xml


def test_plain_text_and_markdown_with_windows_line_endings() -> None:
    assert read_document("a.txt", b"Eva: hello\r\nLucas: hi\r\n") == "Eva: hello\nLucas: hi\n"
    assert read_document("a.md", "\ufeff# Note\nCaf\u00e9".encode()) == "# Note\nCaf\u00e9\n"


def test_cp1252_text_is_read() -> None:
    assert "caf\u00e9" in read_document("old.txt", "caf\u00e9 notes".encode("cp1252"))


def test_docx_paragraphs_and_tables() -> None:
    text = read_document("note.docx", docx_bytes("Student: Eva (S001)", "She planned ahead."))
    assert "Student: Eva (S001)\nShe planned ahead." in text


def test_pdf_text_layer() -> None:
    text = read_document("note.pdf", pdf_bytes("Student: Pat (S003)", "Pat started at once."))
    assert "Pat started at once." in text


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "is empty"),
        ("blank.md", b"  \n\n  ", "has no text"),
        ("photo.png", b"\x89PNG\r\n", ".png files are not supported"),
        ("noext", b"hello", "no extension files are not supported"),
        ("Re_ Eva.msg", b"\xd0\xcf\x11\xe0", "not supported. In Outlook, choose File > Save As"),
        ("notes.rtf", b"{\\rtf1 Eva}", "not supported. Open it and save it as .docx"),
        ("binary.txt", b"\x00\x01\x02hello", "binary file"),
        ("control.txt", bytes(range(1, 31)) * 3, "binary file"),
        ("login.txt", b"<!DOCTYPE html><html><body>Sign in</body></html>", "web page"),
        ("fake.docx", b"not a zip at all", "not a readable Word document"),
        ("fake.pdf", b"%PDF-1.4 garbage", "not a readable PDF"),
    ],
)
def test_refusals_say_why(name: str, data: bytes, message: str) -> None:
    with pytest.raises(IngestError, match=message):
        read_document(name, data)


def test_oversized_file_is_refused_before_reading() -> None:
    with pytest.raises(IngestError, match=r"2\.0 MB; the limit is 1\.0 MB"):
        read_document("big.txt", b"a" * 2_000_000, max_bytes=1_000_000)


def test_pdf_without_text_layer_is_refused() -> None:
    with pytest.raises(IngestError, match="no text layer"):
        read_document("scan.pdf", pdf_bytes())


NOTE = "Student: Eva (S001)\nShe said “I’ll plan it first” – café à 9h.\n"
CYRILLIC = "Ученица хорошо спланировала работу и не сдавалась. " * 3


@pytest.mark.parametrize(
    "data",
    [
        codecs.BOM_UTF16_LE + NOTE.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + NOTE.encode("utf-16-be"),
        codecs.BOM_UTF8 + NOTE.encode(),
        codecs.BOM_UTF32_LE + NOTE.encode("utf-32-le"),
        codecs.BOM_UTF32_BE + NOTE.encode("utf-32-be"),
    ],
    ids=["utf-16-le", "utf-16-be", "utf-8-bom", "utf-32-le", "utf-32-be"],
)
def test_text_with_a_byte_order_mark_is_read_in_its_encoding(data: bytes) -> None:
    assert read_document("note.txt", data) == NOTE


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (NOTE, "cp1252"),
        ("café notes", "cp1252"),
        ("Élève très appliquée, garçon", "latin-1"),
        (CYRILLIC, "cp1251"),
    ],
    ids=["cp1252-quotes", "cp1252-short", "latin-1", "cp1251"],
)
def test_legacy_code_pages_are_detected(text: str, encoding: str) -> None:
    assert read_document("old.txt", text.encode(encoding)) == text.strip() + "\n"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "binary file, not text"),
        (docx_bytes("Student: Eva (S001)"), "binary file, not text"),
        (bytes(range(128, 256)) * 40, r"not readable text \(unknown encoding\)"),
    ],
    ids=["png", "zip", "high-bytes"],
)
def test_a_binary_file_renamed_txt_is_refused(data: bytes, message: str) -> None:
    with pytest.raises(IngestError, match=message):
        read_document("renamed.txt", data)


def test_a_byte_order_mark_on_bytes_that_are_not_that_encoding_is_refused() -> None:
    with pytest.raises(IngestError, match=r"I couldn't read odd\.txt: it is not readable text"):
        read_document("odd.txt", codecs.BOM_UTF16_LE + b"abc")


SECRET = "Eva confided her brother is ill"


MALFORMED_XML = word_xml(f"<w:p><w:r><w:t>{SECRET}</w:t></w:p>".encode())


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("malformed.docx", repackaged_docx({"word/document.xml": MALFORMED_XML})),
        ("no-body.docx", repackaged_docx(drop=("word/document.xml",))),
        ("no-types.docx", repackaged_docx(drop=("[Content_Types].xml",))),
        ("bad-types.docx", repackaged_docx({"[Content_Types].xml": f"<Types>{SECRET}".encode()})),
        ("truncated.docx", docx_bytes(SECRET)[:3_000]),
        ("random.docx", bytes(range(256)) * 50),
        ("truncated.pdf", pdf_bytes(SECRET)[:400]),
        ("cut-tail.pdf", pdf_bytes(SECRET, "More.")[:-200]),
        ("random.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 50),
        ("noise.pdf", bytes(range(255, -1, -1)) * 50),
    ],
)
def test_any_parser_failure_is_a_clear_refusal_without_the_content(
    name: str, data: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    kind = "Word document" if name.endswith(".docx") else "PDF"
    caplog.set_level(logging.DEBUG)
    with pytest.raises(IngestError) as refused:
        read_document(name, data)
    message = str(refused.value)
    assert message.startswith(f"I couldn't read {name}: it is not a readable {kind}")
    assert message.endswith("or send the text only.")
    assert SECRET not in message
    assert all(SECRET not in record.getMessage() for record in caplog.records)


def test_a_word_forms_content_controls_tracked_changes_and_text_boxes_are_read() -> None:
    # A school's Word template: the student's name typed into a content control, a block
    # content control holding the notes, a co-teacher's tracked edit, a text box beside them.
    body = (
        b'<w:p><w:r><w:t xml:space="preserve">Student: </w:t></w:r><w:sdt><w:sdtPr>'
        b'<w:alias w:val="Student name"/></w:sdtPr><w:sdtContent><w:r><w:t>Eva</w:t></w:r>'
        b"</w:sdtContent></w:sdt></w:p>"
        b"<w:sdt><w:sdtContent><w:p><w:r><w:t>She checked the data twice.</w:t></w:r></w:p>"
        b"</w:sdtContent></w:sdt>"
        b'<w:p><w:r><w:t xml:space="preserve">She </w:t></w:r><w:ins w:id="1" w:author="T">'
        b'<w:r><w:t xml:space="preserve">calmly </w:t></w:r></w:ins><w:del w:id="2" w:author="T">'
        b"<w:r><w:delText>loudly </w:delText></w:r></w:del><w:r><w:t>asked for help.</w:t></w:r>"
        b"</w:p>"
        b'<w:p><w:r><w:t>Goals:</w:t></w:r><w:r><mc:AlternateContent xmlns:mc="http://schemas.'
        b'openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing>'
        b"<w:txbxContent><w:p><w:r><w:t>Finish the lab early.</w:t></w:r></w:p></w:txbxContent>"
        b"</w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r>"
        b"<w:t>Finish the lab early.</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback>"
        b"</mc:AlternateContent></w:r></w:p>"
        b'<w:p><w:r><w:t>Line one</w:t><w:br/><w:t>line two</w:t><w:br w:type="page"/></w:r></w:p>'
    )
    text = read_document("form.docx", repackaged_docx({"word/document.xml": word_xml(body)}))
    assert text == (
        "Student: Eva\n"
        "She checked the data twice.\n"
        "She calmly asked for help.\n"
        "Goals:\n"
        "Finish the lab early.\n"
        "Line one\nline two\n"
    )


def _docx_with_table(title: str, rows: Sequence[tuple[str, ...]]) -> bytes:
    import io

    import docx

    document = docx.Document()
    document.add_paragraph(title)
    table = document.add_table(rows=0, cols=len(rows[0]))
    for row in rows:
        for cell, value in zip(table.add_row().cells, row, strict=True):
            cell.text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_transcript_typed_as_a_speaker_table_reads_as_turns() -> None:
    rows = [
        ("Time", "Speaker", "What they said"),
        ("0:05", "Ms. Rodriguez", "What did your group find?"),
        ("0:09", "Eva", "We measured the ramp\nthree times."),
        ("", "", "Then we took the middle one."),
        ("Part 2", "Part 2", "Part 2"),
        ("1:10", "Lucas:", "I wanted to redo it."),
    ]
    text = read_document("lab.docx", _docx_with_table("Lab talk, Sept 18", rows))
    assert text == (
        "Lab talk, Sept 18\n"
        "Ms. Rodriguez: What did your group find?\n"
        "Eva: We measured the ramp three times.\n"
        "Then we took the middle one.\n"
        "Part 2\n"
        "Lucas: I wanted to redo it.\n"
    )
    # A table of notes on each student is the teacher's words, and stays a table.
    notes = [("Student", "Notes"), ("Eva", "Checked the data."), ("Lucas", "Asked to redo it.")]
    assert read_document("notes.docx", _docx_with_table("Notes", notes)) == (
        "Notes\nStudent | Notes\nEva | Checked the data.\nLucas | Asked to redo it.\n"
    )
