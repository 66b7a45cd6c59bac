"""Hostile uploads: files that unpack or read far past their size are refused with a message
that says what to send instead, and ordinary documents still read."""

from __future__ import annotations

import io
import random
import struct
import zipfile
import zlib

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from domain.db import unit_of_work
from domain.documents import MAX_TEXT_CHARS, DocumentLimits, read_document
from domain.errors import IngestError
from domain.ingest import ingest_document
from domain.models import DataEntry
from tests.factories import TODAY, docx_bytes, repackaged_docx, seed_roster, word_xml

DOCUMENT_XML = "word/document.xml"
UNPACKED = "too large once unpacked"
SEND_INSTEAD = "send a shorter document or the text only"
WORDS = [
    *("she", "planned", "ahead", "kept", "going", "asked", "for", "help", "shared", "the"),
    *("work", "listened", "carefully", "explained", "her", "thinking", "revised", "draft"),
]


def paragraphs_xml(text: str, times: int) -> bytes:
    return word_xml(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>".encode() * times)


def bomb_xml(text: str = "She planned ahead and kept going.") -> bytes:
    """About 50 MB of Word XML that deflates to about 50 KB: the reported 72 KB file's kind."""
    return paragraphs_xml(text, 700_000)


def patched_headers(data: bytes, name: str, *, file_size: int, crc: int | None = None) -> bytes:
    """The zip with one part's declared size (and CRC) rewritten in both of its headers, as a
    hostile file would have them; the compressed data is left as it was."""
    patched = bytearray(data)
    local = zipfile.ZipFile(io.BytesIO(data)).getinfo(name).header_offset
    central = patched.find(b"PK\x01\x02")
    encoded = name.encode()
    while patched[central + 46 : central + 46 + len(encoded)] != encoded:
        central = patched.find(b"PK\x01\x02", central + 1)
    for offset, crc_at, size_at in ((local, 14, 22), (central, 16, 24)):
        struct.pack_into("<I", patched, offset + size_at, file_size)
        if crc is not None:
            struct.pack_into("<I", patched, offset + crc_at, crc)
    return bytes(patched)


def varied_text(chars: int) -> list[str]:
    """Paragraphs of ordinary prose, which deflates like a real document (a few times)."""
    rng = random.Random(7)
    paragraphs, total = [], 0
    while total < chars:
        paragraph = " ".join(rng.choice(WORDS) for _ in range(80)).capitalize() + "."
        paragraphs.append(paragraph)
        total += len(paragraph) + 1
    return paragraphs


def many_pages_pdf(pages: int) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=12)
    for number in range(1, pages + 1):
        pdf.add_page()
        pdf.cell(0, 10, f"Page {number}: Pat started at once.")
    return bytes(pdf.output())


def test_a_small_docx_that_unpacks_to_tens_of_megabytes_is_refused() -> None:
    # The reported case: about 70 KB sent, over 20 MB of text once unpacked.
    bomb = repackaged_docx({DOCUMENT_XML: bomb_xml()})
    assert len(bomb) < 200_000
    with pytest.raises(IngestError, match=f"bomb.docx is {UNPACKED} .*; {SEND_INSTEAD}"):
        read_document("bomb.docx", bomb)


def test_the_bomb_is_refused_from_its_declared_sizes_without_inflating_it() -> None:
    bomb = repackaged_docx({DOCUMENT_XML: bomb_xml()})
    declared = zipfile.ZipFile(io.BytesIO(bomb)).getinfo(DOCUMENT_XML).file_size
    # A wrong CRC is found only by inflating the part, so the size refusal came first.
    wrong_crc = patched_headers(bomb, DOCUMENT_XML, file_size=declared, crc=0)
    with pytest.raises(
        IngestError, match=f"{UNPACKED} \\(one part is [0-9.]+ MB; the limit is 10.0 MB"
    ):
        read_document("bomb.docx", wrong_crc)


def test_a_part_that_deflates_too_far_is_refused_under_the_size_limits() -> None:
    # 5 MB of XML, under the part limit, from a few kilobytes.
    dense = repackaged_docx({DOCUMENT_XML: paragraphs_xml("She planned ahead.", 120_000)})
    with pytest.raises(IngestError, match=f"{UNPACKED} \\(one part unpacks to [0-9,]+ times"):
        read_document("dense.docx", dense)


def test_many_small_parts_adding_up_are_refused() -> None:
    # Each part under the ratio check's floor, together past the package limit.
    padding = {f"customXml/pad{n}.xml": b"<a/>" * 240_000 for n in range(30)}
    with pytest.raises(IngestError, match=f"{UNPACKED} \\(more than 25.0 MB in all\\)"):
        read_document("padded.docx", repackaged_docx(add=padding))


def test_a_docx_with_thousands_of_parts_is_refused() -> None:
    parts = {f"customXml/extra{n}.xml": b"" for n in range(2_000)}
    with pytest.raises(IngestError, match=f"{UNPACKED} \\(2,0[0-9]{{2}} parts; the limit is 1,000"):
        read_document("parts.docx", repackaged_docx(add=parts))


@pytest.mark.parametrize("crc_of_declared", [False, True], ids=["data-crc", "declared-crc"])
def test_a_part_whose_declared_size_lies_is_never_read_past_it(crc_of_declared: bool) -> None:
    xml = bomb_xml()
    bomb = repackaged_docx({DOCUMENT_XML: xml})
    crc = zlib.crc32(xml[:4_000]) if crc_of_declared else None
    liar = patched_headers(bomb, DOCUMENT_XML, file_size=4_000, crc=crc)
    with pytest.raises(IngestError, match=r"I couldn't read liar\.docx: it is not a readable Word"):
        read_document("liar.docx", liar)


def test_a_docx_with_too_much_text_is_refused_and_a_long_one_reads() -> None:
    too_long = docx_bytes(*varied_text(MAX_TEXT_CHARS + 10_000))
    with pytest.raises(IngestError, match="more than 200,000 characters of text; send a shorter"):
        read_document("long.docx", too_long)
    text = read_document("fine.docx", docx_bytes(*varied_text(MAX_TEXT_CHARS - 20_000)))
    assert len(text) > MAX_TEXT_CHARS - 20_000


def test_plain_text_past_the_text_limit_is_refused() -> None:
    data = " ".join(varied_text(MAX_TEXT_CHARS + 1_000)).encode()
    with pytest.raises(IngestError, match="more than 200,000 characters"):
        read_document("long.txt", data)


def test_a_pdf_with_too_many_pages_is_refused_before_its_text_is_read() -> None:
    with pytest.raises(IngestError, match=r"has 150 pages; the limit is 100\. Send only the pages"):
        read_document("binder.pdf", many_pages_pdf(150))
    assert "Page 100:" in read_document("hundred.pdf", many_pages_pdf(100))


def test_a_pdf_that_runs_past_its_deadline_is_refused_between_pages() -> None:
    no_time = DocumentLimits(pdf_seconds=0)
    with pytest.raises(IngestError, match=r"takes too long to read \(stopped at page 2 of 3\)"):
        read_document("slow.pdf", many_pages_pdf(3), limits=no_time)
    # The deadline falls between pages: a one-page PDF is always read.
    assert "Page 1:" in read_document("one.pdf", many_pages_pdf(1), limits=no_time)


def test_a_pdf_stops_being_read_once_past_the_text_limit() -> None:
    small = DocumentLimits(text_chars=60)
    with pytest.raises(IngestError, match="more than 60 characters of text"):
        read_document("notes.pdf", many_pages_pdf(3), limits=small)


def test_a_refused_bomb_stores_nothing(sessions: sessionmaker[Session]) -> None:
    with unit_of_work(sessions) as session:
        seed_roster(session)
    bomb = repackaged_docx({DOCUMENT_XML: bomb_xml("Eva (S001) planned ahead.")})
    with pytest.raises(IngestError, match=UNPACKED), unit_of_work(sessions) as session:
        ingest_document(session, file_name="S001_reflection.docx", data=bomb, today=TODAY)
    with sessions() as session:
        assert session.scalar(select(func.count(DataEntry.id))) == 0
