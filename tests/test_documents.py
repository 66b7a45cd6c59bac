"""Reading uploaded files: the formats teachers use, and clear refusals for the rest."""

from __future__ import annotations

import pytest

from domain.documents import read_document
from domain.errors import IngestError
from tests.factories import docx_bytes, pdf_bytes


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
