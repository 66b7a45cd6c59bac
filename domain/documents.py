"""Turning an uploaded file's bytes into text, or a clear reason why not.

An upload is hostile until read: the byte limit applies to what was sent, and a .docx (a zip)
or a PDF (compressed streams) can unpack to thousands of times that. So every format is read
within bounds checked before the work is done, and whatever a parser throws becomes a refusal
the teacher can act on.
"""

from __future__ import annotations

import codecs
import io
import logging
import re
import time
import unicodedata
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import PurePath
from typing import TYPE_CHECKING

from domain.email_files import email_text
from domain.errors import IngestError
from domain.sheets import sheet_as_table
from domain.subtitles import is_subtitles, subtitles_text

if TYPE_CHECKING:
    from docx.document import Document as WordDocument
    from docx.oxml.xmlchemy import BaseOxmlElement
    from docx.table import Table, _Cell
    from pypdf import DocumentInformation

log = logging.getLogger(__name__)

# .eml: a saved email; .vtt and .srt: a meeting transcript saved as subtitles; .csv: a form's
# responses as a spreadsheet saves them, read as the table they are.
SUPPORTED_EXTENSIONS = (".txt", ".md", ".docx", ".pdf", ".eml", ".vtt", ".srt", ".csv")
DEFAULT_MAX_BYTES = 2_000_000

# About 35,000 words, 60 dense pages: far more than any observation, transcript or reflection
# a teacher files, and about what the assessor can usefully read in one request. Past it the
# text would only fill the database and the model's context, so it is refused, not cut.
MAX_TEXT_CHARS = 200_000

# A .docx's own parts: a Word file has 10 to a few hundred (one per image); thousands are a
# zip made to exhaust the reader, not a document.
MAX_DOCX_PARTS = 1_000
# document.xml holding MAX_TEXT_CHARS of heavily formatted text is a few MB; a part or a
# package past these is not a teacher's document and would take hundreds of MB to parse.
MAX_DOCX_PART_BYTES = 10_000_000
MAX_DOCX_UNPACKED_BYTES = 25_000_000
# Word's XML deflates 5 to 20 times; a zip bomb a thousand. Small parts (styles, settings) may
# be very repetitive and are harmless, so the ratio is checked only on parts past a megabyte.
MAX_DOCX_RATIO = 100
RATIO_CHECKED_FROM_BYTES = 1_000_000
_CHUNK_BYTES = 65_536

# A PDF with more pages than this holds more than one student's notes; each page's streams
# may be crafted to be slow, so a deadline is checked between pages as well.
MAX_PDF_PAGES = 100
MAX_PDF_SECONDS = 15.0

# Without a byte-order mark a file with NUL bytes is binary (an image, a zip); with one it is
# UTF-16 or UTF-32, which Windows Notepad and Excel write. UTF-32 first: its LE mark begins
# with UTF-16's.
_BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_UNREADABLE = {
    ".docx": (
        "it is not a readable Word document (damaged, or not really a .docx). "
        "Open it in Word and save it again, or send the text only."
    ),
    ".pdf": (
        "it is not a readable PDF (damaged, or not really a PDF). "
        "Save it as a PDF again, or send the text only."
    ),
    ".txt": "it is not readable text. Save it as plain text (UTF-8) and send it again.",
    ".md": "it is not readable text. Save it as plain text (UTF-8) and send it again.",
    ".eml": (
        "it is not a readable email (damaged, or not really a .eml). "
        "Paste the email's text in a .txt file and send that."
    ),
    ".vtt": "it is not readable text. Save it as plain text (UTF-8) and send it again.",
    ".srt": "it is not readable text. Save it as plain text (UTF-8) and send it again.",
    ".csv": "it is not readable text. Save it as CSV (UTF-8) and send it again.",
}


@dataclass(frozen=True)
class DocumentLimits:
    """How much of an upload is unpacked and read before it is refused as too large."""

    text_chars: int = MAX_TEXT_CHARS
    docx_parts: int = MAX_DOCX_PARTS
    docx_part_bytes: int = MAX_DOCX_PART_BYTES
    docx_unpacked_bytes: int = MAX_DOCX_UNPACKED_BYTES
    docx_ratio: int = MAX_DOCX_RATIO
    pdf_pages: int = MAX_PDF_PAGES
    pdf_seconds: float = MAX_PDF_SECONDS


DEFAULT_LIMITS = DocumentLimits()


def read_document(
    file_name: str,
    data: bytes,
    max_bytes: int = DEFAULT_MAX_BYTES,
    *,
    limits: DocumentLimits = DEFAULT_LIMITS,
) -> str:
    """The document's text, with line endings normalised; raises IngestError for the person."""
    extension = check_supported(file_name)
    if not data:
        raise IngestError(f"{file_name} is empty.")
    check_size(file_name, len(data), max_bytes)
    if _looks_like_html(data):
        # Slack answers a download without the right token with its sign-in page.
        raise web_page(file_name)
    text = _normalise(_extract(file_name, extension, data, limits))
    if not text.strip():
        raise IngestError(f"{file_name} has no text in it.")
    _check_text_length(file_name, len(text), limits)
    return text


# Formats teachers have that are not read, and how to save them as one that is.
_SAVE_AS = {
    ".msg": "In Outlook, choose File > Save As and save it as .eml (or .txt).",
    ".doc": "Open it in Word and save it as .docx.",
    ".rtf": "Open it and save it as .docx or plain text.",
    ".odt": "Open it and save it as .docx.",
    ".pages": "In Pages, choose File > Export To > Word.",
    ".xlsx": "In Excel or Google Sheets, save or download it as .csv.",
    ".ods": "Save it as .csv.",
}


def check_supported(file_name: str) -> str:
    """The file's extension, if it is a kind of document Flourish reads."""
    extension = PurePath(file_name).suffix.lower()
    if extension not in SUPPORTED_EXTENSIONS:
        shown = extension or "no extension"
        how = _SAVE_AS.get(extension) or (
            f"Send a {', '.join(SUPPORTED_EXTENSIONS[:-1])} or {SUPPORTED_EXTENSIONS[-1]} file."
        )
        raise IngestError(f"{file_name}: {shown} files are not supported. {how}")
    return extension


def check_size(file_name: str, size: int, max_bytes: int) -> None:
    if size > max_bytes:
        raise IngestError(
            f"{file_name} is {_megabytes(size)}; the limit is {_megabytes(max_bytes)}. "
            "Split it or send the text only."
        )


def web_page(file_name: str) -> IngestError:
    return IngestError(f"{file_name} is a web page, not a document; nothing was filed.")


def _extract(file_name: str, extension: str, data: bytes, limits: DocumentLimits) -> str:
    try:
        if extension == ".docx":
            return _docx_text(file_name, data, limits)
        if extension == ".pdf":
            return _pdf_text(file_name, data, limits)
        if extension == ".eml":
            return email_text(file_name, data, lambda raw: _decode(file_name, raw))
        text = _plain_text(file_name, data)
        if extension in (".vtt", ".srt") or (extension == ".txt" and _saved_subtitles(text)):
            return subtitles_text(text)
        if extension in (".txt", ".csv"):
            # A form's responses pasted from a sheet, or the sheet itself.
            return sheet_as_table(text, whole_file=extension == ".csv")
        return text
    except IngestError:
        raise
    except Exception as error:
        # Parsers fail in ways no list keeps up with (lxml, zlib, struct, a crafted PDF's
        # recursion); whatever the cause the teacher hears the file could not be read. Only
        # the kind of error is logged: its message may quote the document.
        log.info("a %s file could not be read: %s", extension, type(error).__name__)
        raise IngestError(f"I couldn't read {file_name}: {_UNREADABLE[extension]}") from error


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def _looks_like_html(data: bytes) -> bool:
    head = data[:512].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html"))


def _too_large_unpacked(file_name: str, reason: str) -> IngestError:
    return IngestError(
        f"{file_name} is too large once unpacked ({reason}); "
        "send a shorter document or the text only."
    )


def _check_text_length(file_name: str, length: int, limits: DocumentLimits) -> None:
    if length > limits.text_chars:
        raise IngestError(
            f"{file_name} has more than {limits.text_chars:,} characters of text; "
            "send a shorter document, or split it into one document per student."
        )


def _binary(file_name: str) -> IngestError:
    return IngestError(f"{file_name} is a binary file, not text.")


def _saved_subtitles(text: str) -> bool:
    """A .txt that is a subtitle file renamed (a Zoom caption export opened and saved as
    text): it starts with WebVTT's own line, or with a cue number and its timing."""
    head = [line for line in text.lstrip("\ufeff").split("\n")[:4] if line.strip()]
    return bool(head) and (
        head[0].startswith("WEBVTT")
        or (len(head) >= 2 and head[0].strip().isdigit() and is_subtitles("\n".join(head[:2])))
    )


def _plain_text(file_name: str, data: bytes) -> str:
    text = _decode(file_name, data)
    controls = sum(
        1 for char in text[:4096] if unicodedata.category(char) == "Cc" and char not in "\n\r\t\f"
    )
    if controls > 8:
        raise _binary(file_name)
    return text


def _decode(file_name: str, data: bytes) -> str:
    for mark, codec in _BYTE_ORDER_MARKS:
        if data.startswith(mark):
            return data.decode(codec)
    if b"\x00" in data[:8192]:
        raise _binary(file_name)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _legacy_decode(file_name, data)


def _legacy_decode(file_name: str, data: bytes) -> str:
    """Text from an editor that saved in a code page (Windows-1252, Latin-1, Cyrillic...)."""
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise IngestError(
            f"{file_name} is not readable text (unknown encoding). "
            "Save it as plain text (UTF-8) and send it again."
        )
    # On a short note the single-byte code pages read equally cleanly and the detector picks
    # among them arbitrarily (it calls "café" Urdu); Windows-1252, what Windows saves in
    # Western languages, is then the likelier. A Cyrillic or Greek text still wins outright.
    cleanest = min(match.chaos for match in matches)
    for match in matches:
        if match.chaos == cleanest and "cp1252" in match.could_be_from_charset:
            return data.decode("cp1252")
    return str(best)


def _docx_text(file_name: str, data: bytes, limits: DocumentLimits) -> str:
    import docx

    _check_docx_package(file_name, data, limits)
    document = docx.Document(io.BytesIO(data))
    lines: list[str] = []
    length = 0
    for line in _docx_lines(document):
        length += len(line) + 1
        # Stopped while reading, so a long document is not built whole to be thrown away.
        _check_text_length(file_name, length, limits)
        lines.append(line)
    return "\n".join(lines)


def _docx_lines(document: WordDocument) -> Iterator[str]:
    """The page header first (where a word processor's template puts the student's name and
    the date, on every page), then paragraphs and tables in the order they stand: a form's
    "Student | Date" table above the notes is read above them."""
    from docx.table import Table

    yield from _docx_running_header(document)
    for element in _docx_blocks(document.element.body):
        if element.tag == _w("tbl"):
            yield from _table_lines(Table(element, document))
        else:
            yield from _paragraph_lines(element)


def _w(tag: str) -> str:
    return "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}" + tag


_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# What Word shows of a run: its text, and the characters its tab and break marks stand for.
_RUN_TEXT = {"tab": "\t", "ptab": "\t", "cr": "\n", "noBreakHyphen": "-"}
# A paragraph's parts that hold no shown text, or text that was deleted or moved away.
_NOT_SHOWN = frozenset(
    "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}" + tag
    for tag in ("del", "moveFrom", "pPr", "rPr", "sdtPr", "sdtEndPr")
)


def _docx_blocks(container: BaseOxmlElement) -> Iterator[BaseOxmlElement]:
    """The paragraphs and tables of a body or cell in order, including those inside a block
    content control (a school template's "click here to enter text" box) or custom XML,
    which python-docx's own walk leaves out."""
    for child in container:
        if child.tag in (_w("p"), _w("tbl")):
            yield child
        elif child.tag == _w("sdt"):
            content = child.find(_w("sdtContent"))
            if content is not None:
                yield from _docx_blocks(content)
        elif child.tag == _w("customXml"):
            yield from _docx_blocks(child)


def _paragraph_lines(paragraph: BaseOxmlElement) -> Iterator[str]:
    """A paragraph's text as Word shows it, then the text of any text box anchored in it.

    Unlike python-docx's `Paragraph.text`, this keeps what a paragraph holds below its runs:
    an inline content control's value (a form's filled-in name or date), a tracked insertion,
    a field's shown result. Deleted text (w:delText) and field codes (w:instrText) are not
    text Word shows and are not read."""
    pieces: list[str] = []
    boxes: list[BaseOxmlElement] = []
    _collect_text(paragraph, pieces, boxes)
    yield "".join(pieces)
    for box in boxes:
        for block in _docx_blocks(box):
            if block.tag == _w("p"):
                yield from _paragraph_lines(block)


def _collect_text(
    element: BaseOxmlElement, pieces: list[str], boxes: list[BaseOxmlElement]
) -> None:
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag == _MC_FALLBACK:
            # A comment, or the copy of a drawing kept for old readers of the file.
            continue
        if tag == _w("txbxContent"):
            boxes.append(child)
        elif tag == _w("t"):
            pieces.append(child.text or "")
        elif tag == _w("br"):
            # A line break; a page or column break is layout, not a character of the text.
            kind = child.get(_w("type"))
            pieces.append("\n" if kind in (None, "textWrapping") else "")
        elif tag.startswith(_w("")) and tag[len(_w("")) :] in _RUN_TEXT:
            pieces.append(_RUN_TEXT[tag[len(_w("")) :]])
        elif tag not in _NOT_SHOWN:
            _collect_text(child, pieces, boxes)


def _cell_text(cell: _Cell) -> str:
    return "\n".join(
        line
        for block in _docx_blocks(cell._tc)
        if block.tag == _w("p")
        for line in _paragraph_lines(block)
    )


# A transcript typed as a table: its header row names the speaker's column and the words'.
# Only these names: a "Student | Notes" table is the teacher's notes on each student, not
# their words.
_SPEAKER_HEADINGS = frozenset({"speaker", "who", "who spoke", "speaker name"})
_TIME_HEADINGS = frozenset({"time", "timestamp", "time stamp", "start", "start time"})


def _table_lines(table: Table) -> Iterator[str]:
    rows = [[_cell_text(cell) for cell in row.cells] for row in table.rows]
    columns = _speaker_columns(rows[0]) if len(rows) > 2 else None
    if columns is not None:
        yield from _speaker_table_turns(rows[1:], *columns)
        return
    for texts in rows:
        cells: list[str] = []
        for text in texts:
            # A merged cell is returned once per grid column it spans: read it once.
            if not cells or text != cells[-1]:
                cells.append(text)
        yield " | ".join(cells)


def _speaker_columns(header: list[str]) -> tuple[int, int] | None:
    """(speaker column, words column) of a transcript table's header row ("Speaker | What
    they said", "Time | Speaker | Words"); None for any other table."""
    keys = [" ".join(cell.lower().strip(" :*").split()) for cell in header]
    speaker = [n for n, key in enumerate(keys) if key in _SPEAKER_HEADINGS]
    others = [
        n for n, key in enumerate(keys) if n not in speaker and key not in _TIME_HEADINGS and key
    ]
    if len(speaker) != 1 or len(others) != 1:
        return None
    return speaker[0], others[0]


def _speaker_table_turns(rows: list[list[str]], speaker: int, words: int) -> Iterator[str]:
    """Each row as the `Name: words` turn a typed transcript has; a row without a speaker
    continues the turn above it, and a row spanning the table (a section) stands alone."""
    for cells in rows:
        if len(set(cells)) == 1:
            if cells[0].strip():
                yield cells[0]
            continue
        name = " ".join(cells[speaker].split()).rstrip(":")
        said = " ".join(cells[words].split())
        if said:
            yield f"{name}: {said}" if name else said


def _docx_running_header(document: WordDocument) -> Iterator[str]:
    seen: set[str] = set()
    for section in document.sections:
        headers = [section.header]
        if section.different_first_page_header_footer:
            headers.insert(0, section.first_page_header)
        for header in headers:
            if header.is_linked_to_previous:
                continue
            lines = [
                line
                for block in _docx_blocks(header._element)
                if block.tag == _w("p")
                for line in _paragraph_lines(block)
            ]
            lines += [line for table in header.tables for line in _table_lines(table)]
            for line in lines:
                if line.strip() and line.strip() not in seen:
                    seen.add(line.strip())
                    yield line


def _check_docx_package(file_name: str, data: bytes, limits: DocumentLimits) -> None:
    """Refuses a zip that would unpack too far, first from what it declares (nothing inflated),
    then by inflating each part with a cap, since a declared size can lie."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        parts = package.infolist()
        if len(parts) > limits.docx_parts:
            raise _too_large_unpacked(
                file_name, f"{len(parts):,} parts; the limit is {limits.docx_parts:,}"
            )
        total = 0
        for part in parts:
            _check_declared_part(file_name, part, limits)
            total += part.file_size
            if total > limits.docx_unpacked_bytes:
                raise _too_large_unpacked(
                    file_name,
                    f"more than {_megabytes(limits.docx_unpacked_bytes)} in all",
                )
        for part in parts:
            _inflate_with_cap(file_name, package, part, limits)


def _check_declared_part(file_name: str, part: zipfile.ZipInfo, limits: DocumentLimits) -> None:
    if part.file_size > limits.docx_part_bytes:
        raise _too_large_unpacked(
            file_name,
            f"one part is {_megabytes(part.file_size)}; "
            f"the limit is {_megabytes(limits.docx_part_bytes)}",
        )
    if part.file_size >= RATIO_CHECKED_FROM_BYTES and (
        part.file_size > limits.docx_ratio * max(part.compress_size, 1)
    ):
        raise _too_large_unpacked(
            file_name,
            f"one part unpacks to {part.file_size // max(part.compress_size, 1):,} times "
            f"its size; the limit is {limits.docx_ratio:,}",
        )


def _inflate_with_cap(
    file_name: str, package: zipfile.ZipFile, part: zipfile.ZipInfo, limits: DocumentLimits
) -> None:
    """Inflates one part, kept to no more than it declared; reading to the end also checks
    its CRC, so a part whose declared size or data lies is refused before the parser sees it."""
    cap = min(part.file_size, limits.docx_part_bytes)
    read = 0
    with package.open(part) as stream:
        while chunk := stream.read(_CHUNK_BYTES):
            read += len(chunk)
            if read > cap:
                raise _too_large_unpacked(file_name, "one part holds more than it declares")


def _pdf_text(file_name: str, data: bytes, limits: DocumentLimits) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        raise IngestError(f"{file_name} is password-protected; send an unlocked copy.")
    count = len(reader.pages)
    if count > limits.pdf_pages:
        raise IngestError(
            f"{file_name} has {count:,} pages; the limit is {limits.pdf_pages:,}. "
            "Send only the pages about your students, or split it."
        )
    deadline = time.monotonic() + limits.pdf_seconds
    pages: list[str] = []
    length = 0
    for number, page in enumerate(reader.pages):
        if number and time.monotonic() >= deadline:
            raise IngestError(
                f"{file_name} takes too long to read (stopped at page {number + 1} of "
                f"{count}); send a shorter PDF, or the text as .txt or .docx."
            )
        text = page.extract_text() or ""
        length += len(text) + 1
        _check_text_length(file_name, length, limits)
        pages.append(text)
    text = "\n".join(_without_running_lines(pages))
    if not text.strip():
        raise IngestError(
            f"{file_name} has no text layer (a scan?); send the text or a .docx instead."
        )
    return text


def _without_running_lines(pages: list[str]) -> list[str]:
    """A word processor's running header and footer, printed on every page, read once: the
    header where it first stands (above page 1, where it dates and names the document), the
    footer where it last does, so neither cuts a paragraph running on to the next page."""
    if len(pages) < 2:
        return pages
    split = [[line for line in page.split("\n") if line.strip()] for page in pages]

    def repeated(edge: int) -> str | None:
        # A page of one line is all content, whatever it repeats.
        keys = [_running_key(lines[edge]) for lines in split if len(lines) >= 2]
        key = keys[0] if keys else None
        return key if key and keys.count(key) >= max(2, (len(pages) + 1) // 2) else None

    header, footer = repeated(0), repeated(-1)
    kept: list[str] = []
    for number, lines in enumerate(split):
        if header and number > 0 and len(lines) >= 2 and _running_key(lines[0]) == header:
            lines = lines[1:]
        last = number == len(split) - 1
        if footer and not last and len(lines) >= 2 and _running_key(lines[-1]) == footer:
            lines = lines[:-1]
        kept.append("\n".join(lines))
    return kept


def _running_key(line: str) -> str:
    """A running line compared without its page number ("Page 2 of 3")."""
    return " ".join(re.sub(r"\d+", "#", line).split())


def _normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n") + "\n"


@dataclass(frozen=True)
class DocumentProperties:
    """What a file says about itself beside its text: a .docx's core properties and its
    Title/Heading paragraphs, a PDF's document information."""

    title: str | None = None
    subject: str | None = None
    author: str | None = None
    keywords: str | None = None
    created: date | None = None
    headings: tuple[str, ...] = ()
    # When the file was last saved: a PDF export's ModDate, a .docx's modified.
    modified: date | None = None
    # A .docx's category and comments, where some schools' templates put the student.
    category: str | None = None
    comments: str | None = None

    def words(self) -> list[str]:
        """The property values that may name a student, a kind of document or a date."""
        values = [self.title, self.subject, self.keywords, self.category, self.comments]
        values += self.headings[:3]
        return [value for value in values if value]


def read_document_with_properties(
    file_name: str,
    data: bytes,
    max_bytes: int = DEFAULT_MAX_BYTES,
    *,
    limits: DocumentLimits = DEFAULT_LIMITS,
) -> tuple[str, DocumentProperties]:
    """`read_document`'s text, and the file's own properties where its format has them.

    The text is read (and every bound checked) first; properties are only read from a file
    that passed, and a file whose properties cannot be read still gives its text.
    """
    text = read_document(file_name, data, max_bytes, limits=limits)
    extension = PurePath(file_name).suffix.lower()
    try:
        if extension == ".docx":
            return text, _docx_properties(data)
        if extension == ".pdf":
            return text, _pdf_properties(data)
    except Exception as error:
        log.info("a %s file's properties could not be read: %s", extension, type(error).__name__)
    return text, DocumentProperties()


def _docx_properties(data: bytes) -> DocumentProperties:
    import docx

    document = docx.Document(io.BytesIO(data))
    core = document.core_properties
    headings = tuple(
        paragraph.text.strip()
        for paragraph in document.paragraphs
        if paragraph.text.strip()
        and paragraph.style is not None
        and (paragraph.style.name or "").startswith(("Heading", "Title", "Subtitle"))
    )
    return DocumentProperties(
        title=_clean(core.title),
        subject=_clean(core.subject),
        author=_clean(core.author),
        keywords=_clean(core.keywords),
        created=core.created.date() if core.created else None,
        headings=headings,
        modified=core.modified.date() if core.modified else None,
        category=_clean(core.category),
        comments=_clean(core.comments),
    )


def _pdf_properties(data: bytes) -> DocumentProperties:
    from pypdf import PdfReader

    info = PdfReader(io.BytesIO(data)).metadata
    if info is None:
        return DocumentProperties()
    return DocumentProperties(
        title=_clean(info.title),
        subject=_clean(info.subject),
        author=_clean(info.author),
        keywords=_clean(info.get("/Keywords")),
        created=_pdf_date(info, "/CreationDate"),
        modified=_pdf_date(info, "/ModDate"),
    )


def _pdf_date(info: DocumentInformation, key: str) -> date | None:
    """A PDF date (`D:20260303...`); a malformed one is no date, not an unreadable file."""
    if not info.get(key):
        return None
    try:
        when = info.creation_date if key == "/CreationDate" else info.modification_date
    except ValueError:
        return None
    return when.date() if when else None


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return " ".join(value.split())[:300] or None
