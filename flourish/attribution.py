"""Attribution on an evaluation set: dropped with nothing said, is each document filed
for the right students, as the right kind, on the right date, and never for a wrong one?

A set is a folder with `roster/` (teachers.csv, students.csv, optionally nicknames.csv),
`documents/` and
`truth.csv` (`document,student_id,entry_type,entry_date,notes`: one row per rostered
student a document is evidence for; an empty student_id, or ASK, means "file for nobody,
ask"). The set is filed the day after its last entry, so a date without a year is its own.
Each document is filed by `ingest_document`, exactly as an upload is, into a scratch
SQLite database built by the migrations, as the teacher whose students it is about, with
no student, type or date given. If `labelled_set.csv` is there, its quotes are looked up
in the text each entry keeps as the student's own: a quote missing from it is evidence
the student's span lost (or that went to someone else).

A tool beside the product, not part of it: it reads files and a scratch database only.
"""

from __future__ import annotations

import csv
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from domain.access import access_pairs
from domain.curriculum import EntryType
from domain.dates import DateOrder
from domain.db import make_engine, session_factory, unit_of_work
from domain.errors import IngestError, NeedsEntryType, NeedsStudent
from domain.ingest import ingest_document
from domain.models import DataEntry, Student
from domain.roster import RosterFile, import_roster
from migrations import upgrade

# What the set's documents are filed "today" as: after every date in it, so a date
# without a year is read as the school year's, not next year's. A set whose truth has
# dates is filed the day after its last one (the end of the term it was written for).
DEFAULT_TODAY = date(2025, 12, 31)


@dataclass(frozen=True)
class Truth:
    document: str
    student_id: str | None
    entry_type: EntryType | None
    entry_date: date | None


@dataclass
class DocumentResult:
    document: str
    teacher_id: str | None
    # What filing did: "filed", "asked" (the picker), or "refused: <reason kind>".
    outcome: str
    filed: dict[str, tuple[EntryType, date]] = field(default_factory=dict)
    own_text: dict[str, str] = field(default_factory=dict)


@dataclass
class AttributionReport:
    truths: list[Truth]
    results: dict[str, DocumentResult]
    quotes: list[tuple[str, str, str]] = field(default_factory=list)  # document, student, quote

    def _result(self, truth: Truth) -> DocumentResult:
        return self.results[truth.document]

    @property
    def rows(self) -> list[Truth]:
        return [t for t in self.truths if t.student_id]

    @property
    def filed_right(self) -> int:
        """Truth rows filed for that student with the right type and date."""
        return sum(
            1
            for t in self.rows
            if self._result(t).filed.get(t.student_id or "") == (t.entry_type, t.entry_date)
        )

    @property
    def student_filed(self) -> int:
        return sum(1 for t in self.rows if (t.student_id or "") in self._result(t).filed)

    @property
    def type_right(self) -> int:
        return sum(
            1
            for t in self.rows
            if (filed := self._result(t).filed.get(t.student_id or "")) and filed[0] == t.entry_type
        )

    @property
    def date_right(self) -> int:
        return sum(
            1
            for t in self.rows
            if (filed := self._result(t).filed.get(t.student_id or "")) and filed[1] == t.entry_date
        )

    @property
    def wrong_students(self) -> list[tuple[str, str]]:
        """(document, student) filed although the truth does not name that student."""
        expected: dict[str, set[str]] = defaultdict(set)
        for truth in self.truths:
            if truth.student_id:
                expected[truth.document].add(truth.student_id)
        return [
            (document, student)
            for document, result in self.results.items()
            for student in result.filed
            if student not in expected[document]
        ]

    @property
    def asked(self) -> int:
        return sum(1 for result in self.results.values() if result.outcome == "asked")

    @property
    def quotes_in_own_text(self) -> tuple[int, int]:
        """Labelled quotes found in the student's own text of a filed entry, of those whose
        (document, student) was filed."""
        found = total = 0
        for document, student, quote in self.quotes:
            own = self._own_text(document, student)
            if own is None:
                continue
            total += 1
            found += quote in own
        return found, total

    @property
    def quotes_outside_own_text(self) -> list[tuple[str, str, str]]:
        """(document, student, quote) of the labelled quotes counted but not found in the
        student's own text: the evidence the assessor could never cite."""
        return [
            (document, student, quote)
            for document, student, quote in self.quotes
            if (own := self._own_text(document, student)) is not None and quote not in own
        ]

    def _own_text(self, document: str, student: str) -> str | None:
        result = self.results.get(document)
        return result.own_text.get(student) if result is not None else None

    def to_text(self, *, quote_misses: bool = False) -> str:
        n = len(self.rows)
        found, total = self.quotes_in_own_text
        lines = [
            f"Documents: {len(self.results)}; (document, student) truth rows: {n}",
            f"Filed with the right student, type and date: {_share(self.filed_right, n)}",
            f"  right student filed at all:  {_share(self.student_filed, n)}",
            f"  right type (when filed):     {_share(self.type_right, n)}",
            f"  right date (when filed):     {_share(self.date_right, n)}",
            f"Filed under a wrong student: {len(self.wrong_students)}",
            f"Documents that asked (picker): {self.asked}",
            f"Labelled quotes inside the student's own text: {_share(found, total)}",
        ]
        for document, student in self.wrong_students:
            lines.append(f"  wrong student: {document} -> {student}")
        for truth in self.rows:
            result = self._result(truth)
            filed = result.filed.get(truth.student_id or "")
            if filed != (truth.entry_type, truth.entry_date):
                got = f"{filed[0].value} {filed[1]}" if filed else result.outcome
                want = f"{truth.entry_type.value if truth.entry_type else '?'} {truth.entry_date}"
                lines.append(f"  {truth.document} {truth.student_id}: {got} (truth: {want})")
        if quote_misses:
            # A developer's report on a set they may read, asked for on the command line:
            # the quote's first words are enough to find it, and nothing of it is logged.
            for document, student, quote in self.quotes_outside_own_text:
                lines.append(f"  quote outside the span: {document} {student}: {_opening(quote)}")
        return "\n".join(lines)


def _opening(quote: str, words: int = 6) -> str:
    head = quote.split()
    return " ".join(head[:words]) + (" ..." if len(head) > words else "")


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole} ({part / whole:.0%})" if whole else "n/a"


def load_truth(path: Path) -> list[Truth]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return [
            Truth(
                document=row["document"].strip(),
                # Empty, or "ASK" as some sets write it: the document is for nobody, ask.
                student_id=_student(row["student_id"]),
                entry_type=EntryType(row["entry_type"].strip()) if row["entry_type"] else None,
                entry_date=date.fromisoformat(row["entry_date"]) if row["entry_date"] else None,
            )
            for row in csv.DictReader(handle)
        ]


def _student(value: str) -> str | None:
    value = value.strip()
    return None if not value or value.upper() == "ASK" else value


def _labelled_quotes(path: Path) -> list[tuple[str, str, str]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return [
            (row["document"].strip(), row["student_id"].strip(), row["quote"])
            for row in csv.DictReader(handle)
        ]


def evaluate_attribution(
    folder: Path, *, today: date | None = None, date_order: DateOrder = "mdy"
) -> AttributionReport:
    """File every document of a set as its teacher would drop it, in a scratch database,
    reading numeric dates in the school's order (FLOURISH_DATE_ORDER), and score it."""
    truths = load_truth(folder / "truth.csv")
    if today is None:
        today = filing_day(truths)
    with tempfile.TemporaryDirectory(prefix="flourish-attribution-") as scratch:
        url = f"sqlite:///{Path(scratch) / 'attribution.db'}"
        upgrade(url)
        engine = make_engine(url)
        try:
            sessions = session_factory(engine)
            rosters = [folder / "roster" / "teachers.csv", folder / "roster" / "students.csv"]
            with unit_of_work(sessions) as session:
                import_roster(
                    session,
                    [RosterFile(p.name, p.read_text(encoding="utf-8-sig")) for p in rosters],
                )
                _nicknames(session, folder / "roster" / "nicknames.csv")
                pairs = access_pairs(acting=True).subquery()
                teacher_of = {
                    student: teacher for teacher, student in session.execute(select(pairs)).tuples()
                }
            results = {
                document: _file(
                    sessions, folder / "documents" / document, teacher, today, date_order
                )
                for document, teacher in _documents(truths, teacher_of).items()
            }
        finally:
            engine.dispose()
    return AttributionReport(truths, results, _labelled_quotes(folder / "labelled_set.csv"))


def filing_day(truths: list[Truth]) -> date:
    """The day a set is filed: after all of its entries, as a teacher files what happened."""
    dates = [truth.entry_date for truth in truths if truth.entry_date]
    return max(dates) + timedelta(days=1) if dates else DEFAULT_TODAY


def _nicknames(session: Session, path: Path) -> None:
    """A set may list nicknames apart (`student_id,nickname`); the roster keeps them on
    the student, as a school's students.csv with a nickname column would."""
    if not path.exists():
        return
    with path.open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            student = session.get(Student, row["student_id"].strip())
            if student is not None:
                student.nickname = row["nickname"].strip()


def _documents(truths: list[Truth], teacher_of: dict[str, str]) -> dict[str, str | None]:
    """Each document and the teacher who drops it: the teacher of its students (a document
    for nobody is dropped by the first teacher who has any document)."""
    teachers: dict[str, str | None] = {}
    for truth in truths:
        teacher = teacher_of.get(truth.student_id or "")
        if teachers.get(truth.document) is None:
            teachers[truth.document] = teacher
    fallback = next((t for t in teachers.values() if t), None)
    return {document: teacher or fallback for document, teacher in teachers.items()}


def _file(  # type: ignore[no-untyped-def]
    sessions, path: Path, teacher_id: str | None, today: date, date_order: DateOrder
) -> DocumentResult:
    result = DocumentResult(document=path.name, teacher_id=teacher_id, outcome="filed")
    try:
        with unit_of_work(sessions) as session:
            filed = ingest_document(
                session,
                file_name=path.name,
                data=path.read_bytes(),
                today=today,
                teacher_id=teacher_id,
                date_order=date_order,
            )
            for entry in filed.entries:
                result.filed[entry.student_id] = (entry.entry_type, entry.entry_date)
                row = session.get(DataEntry, entry.entry_id)
                if row is not None:
                    result.own_text[entry.student_id] = row.own_text
            # Nothing kept: each document is judged alone, as if dropped first.
            session.rollback()
    except (NeedsStudent, NeedsEntryType):
        result.outcome = "asked"
    except IngestError as error:
        result.outcome = f"refused: {type(error).__name__}"
    return result
