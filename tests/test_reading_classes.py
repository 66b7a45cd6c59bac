"""Classes of documents that asked, or were filed on the wrong day, although a person reading
them would have known at once: each test writes its own document (text, .docx or .pdf, made
here with python-docx and fpdf2) and reads it as an upload is read, with nothing said.

The roster has two students who share a first name, a first name that is an everyday word
(Hope) and a nickname, so that a wrong student stays the easy mistake: unsure, it asks.
"""

from __future__ import annotations

from datetime import date

import pytest

from domain.curriculum import EntryType
from domain.dates import DateOrder, find_dates
from domain.detection import Detection, RosterStudent, detect
from domain.documents import read_document_with_properties

ROSTER = [
    RosterStudent("S401", "Talia Brennan", "T401"),
    RosterStudent("S402", "Owen Mercer", "T401", ("Ozzy",)),
    RosterStudent("S403", "Grace Liu", "T401"),
    RosterStudent("S404", "Devin Okoro", "T401"),
    RosterStudent("S405", "Devin Walsh", "T401"),
    RosterStudent("S406", "Hope Ramirez", "T401"),
    RosterStudent("S407", "Benjamin Cho", "T401", ("Benny",)),
]
TEACHER = "Ms. Johanna Ortiz"
TODAY = date(2026, 5, 20)


def read(file_name: str, data: bytes | str, *, order: DateOrder = "mdy") -> Detection:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    text, properties = read_document_with_properties(file_name, raw)
    return detect(
        text,
        file_name,
        ROSTER,
        today=TODAY,
        teacher_names=[TEACHER],
        properties=properties,
        date_order=order,
    )


def filed(detection: Detection) -> tuple[list[str], EntryType, date]:
    return (
        sorted(part.student_id for part in detection.parts),
        detection.entry_type,
        detection.entry_date,
    )


# --- 1. Dates as they are written ------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "order", "expected"),
    [
        ("Tuesday, March 3, 2026", "mdy", date(2026, 3, 3)),
        ("3/3/26", "mdy", date(2026, 3, 3)),
        ("03.04.2026", "mdy", date(2026, 3, 4)),
        ("03.04.2026", "dmy", date(2026, 4, 3)),
        ("Mar 3", "mdy", date(2026, 3, 3)),
        ("the 3rd of March", "dmy", date(2026, 3, 3)),
        ("2026/03/03", "mdy", date(2026, 3, 3)),
        ("2026.03.04", "dmy", date(2026, 3, 4)),
        ("3-Mar-2026", "mdy", date(2026, 3, 3)),
        ("03-Mar-26", "dmy", date(2026, 3, 3)),
        ("obs_4-Mar-2026", "mdy", date(2026, 3, 4)),
        ("Mar. 3 '26", "mdy", date(2026, 3, 3)),
        ("3 March \u201926", "mdy", date(2026, 3, 3)),
    ],
)
def test_dates_in_the_forms_teachers_and_their_software_write(
    written: str, order: DateOrder, expected: date
) -> None:
    assert find_dates(written, order=order, today=TODAY) == [expected]
