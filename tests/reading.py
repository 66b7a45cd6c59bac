"""Reading a document as an upload is read, with nothing said: the helpers the reading
tests share, each test file giving its own roster, teacher and day."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date

from domain.curriculum import EntryType
from domain.dates import DateOrder
from domain.detection import Detection, RosterStudent, detect
from domain.documents import read_document_with_properties


def read_upload(
    file_name: str,
    data: bytes | str,
    roster: Sequence[RosterStudent],
    *,
    teacher: str,
    today: date,
    order: DateOrder = "mdy",
) -> Detection:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    text, properties = read_document_with_properties(file_name, raw)
    return detect(
        text,
        file_name,
        list(roster),
        today=today,
        teacher_names=[teacher],
        properties=properties,
        date_order=order,
    )


def filed(detection: Detection) -> tuple[list[str], EntryType, date]:
    return (
        sorted(part.student_id for part in detection.parts),
        detection.entry_type,
        detection.entry_date,
    )


def own(detection: Detection) -> dict[str, str]:
    return {part.student_id: part.turns or "" for part in detection.parts}


def word_file(blocks: list[str | list[list[str]]]) -> bytes:
    """A Word file of headings ("# Goals"), paragraphs and tables, in the order given."""
    import docx

    document = docx.Document()
    for block in blocks:
        if isinstance(block, list):
            grid = document.add_table(rows=len(block), cols=len(block[0]))
            for number, row in enumerate(block):
                for column, value in enumerate(row):
                    grid.cell(number, column).text = value
        elif block.startswith("# "):
            document.add_heading(block[2:], level=2)
        else:
            document.add_paragraph(block)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
