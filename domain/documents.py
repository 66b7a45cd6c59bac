"""Turning an uploaded file's bytes into text, or a clear reason why not."""

from __future__ import annotations

import io
import zipfile
from pathlib import PurePath

from domain.errors import IngestError

SUPPORTED_EXTENSIONS = (".txt", ".md", ".docx", ".pdf")
DEFAULT_MAX_BYTES = 2_000_000


def read_document(file_name: str, data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The document's text, with line endings normalised; raises IngestError for the person."""
    extension = check_supported(file_name)
    if not data:
        raise IngestError(f"{file_name} is empty.")
    check_size(file_name, len(data), max_bytes)
    if _looks_like_html(data):
        # Slack answers a download without the right token with its sign-in page.
        raise web_page(file_name)
    if extension == ".docx":
        text = _docx_text(file_name, data)
    elif extension == ".pdf":
        text = _pdf_text(file_name, data)
    else:
        text = _plain_text(file_name, data)
    text = _normalise(text)
    if not text.strip():
        raise IngestError(f"{file_name} has no text in it.")
    return text


def check_supported(file_name: str) -> str:
    """The file's extension, if it is a kind of document Flourish reads."""
    extension = PurePath(file_name).suffix.lower()
    if extension not in SUPPORTED_EXTENSIONS:
        shown = extension or "no extension"
        raise IngestError(
            f"{file_name}: {shown} files are not supported. "
            f"Send a {', '.join(SUPPORTED_EXTENSIONS[:-1])} or {SUPPORTED_EXTENSIONS[-1]} file."
        )
    return extension


def check_size(file_name: str, size: int, max_bytes: int) -> None:
    if size > max_bytes:
        raise IngestError(
            f"{file_name} is {_megabytes(size)}; the limit is {_megabytes(max_bytes)}. "
            "Split it or send the text only."
        )


def web_page(file_name: str) -> IngestError:
    return IngestError(f"{file_name} is a web page, not a document; nothing was filed.")


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def _looks_like_html(data: bytes) -> bool:
    head = data[:512].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html"))


def _plain_text(file_name: str, data: bytes) -> str:
    if b"\x00" in data[:8192]:
        raise IngestError(f"{file_name} is a binary file, not text.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Older Windows editors still save cp1252; anything else is not text we can read.
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as error:
            raise IngestError(f"{file_name} is not readable text (unknown encoding).") from error
    controls = sum(1 for char in text[:4096] if ord(char) < 32 and char not in "\n\r\t\f")
    if controls > 8:
        raise IngestError(f"{file_name} is a binary file, not text.")
    return text


def _docx_text(file_name: str, data: bytes) -> str:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise IngestError(f"{file_name} is not a readable Word document.") from error
    lines = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append(" | ".join(cell.text for cell in row.cells))
    return "\n".join(lines)


def _pdf_text(file_name: str, data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise IngestError(f"{file_name} is password-protected; send an unlocked copy.")
        pages = [page.extract_text() or "" for page in reader.pages]
    except PdfReadError as error:
        raise IngestError(f"{file_name} is not a readable PDF.") from error
    text = "\n".join(pages)
    if not text.strip():
        raise IngestError(
            f"{file_name} has no text layer (a scan?); send the text or a .docx instead."
        )
    return text


def _normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n") + "\n"
