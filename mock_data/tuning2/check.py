"""Check the tuning2 set: every quote is verbatim in its document, every row names the roster.

Run:  /work/main/.venv/bin/python mock_data/tuning2/check.py
Reads the built files themselves (not build_set.py), so it also catches a writer that mangles
text: python-docx for .docx (body, tables, page headers), pypdf for .pdf, and the byte order
mark or a UTF-8 / Windows-1252 decode for text files. Whitespace is collapsed before comparing
because PDF and Word wrap lines; nothing else is normalised (curly quotes must match).
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import sys
from collections import Counter
from pathlib import Path

import docx
import pypdf

HERE = Path(__file__).resolve().parent
SKILLS = {
    "Self-Awareness",
    "Self-Management",
    "Social Awareness",
    "Relationship Skills",
    "Responsible Decision-Making",
    "Working Memory",
    "Inhibitory Control",
    "Cognitive Flexibility",
    "Planning & Prioritization",
    "Organization",
    "Task Initiation",
    "Critical Thinking",
    "Communication",
    "Collaboration",
    "Creativity & Innovation",
    "Digital Literacy",
    "Global Awareness",
}
LEVELS = {"Emerging", "Developing", "Proficient", "Advanced"}
ENTRY_TYPES = {
    "group_discussion_transcript",
    "peer_tutoring_transcript",
    "project_presentation_transcript",
    "reflection_journal",
    "peer_feedback",
    "teacher_observation_note",
    "parent_note",
}


def read_rows(name: str) -> list[dict[str, str]]:
    with open(HERE / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def decode_text(raw: bytes) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252")


def document_text(path: Path) -> str:
    if path.suffix == ".docx":
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for table in d.tables:
            for row in table.rows:
                parts.extend(cell.text for cell in row.cells)
        for section in d.sections:
            parts.extend(p.text for p in section.header.paragraphs)
        return "\n".join(parts)
    if path.suffix == ".pdf":
        return "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(path).pages)
    return decode_text(path.read_bytes())


def squash(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def main() -> int:
    errors: list[str] = []
    teachers = {r["id"] for r in read_rows("roster/teachers.csv")}
    students = read_rows("roster/students.csv")
    student_ids = {r["id"] for r in students}
    for r in students:
        if r["teacher_id"] not in teachers:
            errors.append(f"student {r['id']}: unknown teacher {r['teacher_id']}")
        if r["grade"] not in {"6", "7", "8"}:
            errors.append(f"student {r['id']}: grade {r['grade']}")

    docs = {p.name for p in (HERE / "documents").iterdir()}
    truth = read_rows("truth.csv")
    subjects: dict[str, set[str]] = {}
    for r in truth:
        doc, sid = r["document"], r["student_id"]
        if doc not in docs:
            errors.append(f"truth: no such document {doc}")
        if sid != "ASK" and sid not in student_ids:
            errors.append(f"truth {doc}: {sid} is not on the roster")
        if r["entry_type"] not in ENTRY_TYPES:
            errors.append(f"truth {doc}: entry type {r['entry_type']}")
        try:
            dt.date.fromisoformat(r["entry_date"])
        except ValueError:
            errors.append(f"truth {doc}: date {r['entry_date']}")
        subjects.setdefault(doc, set()).add(sid)
    for doc in sorted(docs - subjects.keys()):
        errors.append(f"truth: document {doc} has no row")
    for doc, sids in subjects.items():
        if "ASK" in sids and len(sids) > 1:
            errors.append(f"truth {doc}: ASK mixed with students")
    if Counter((r["document"], r["student_id"]) for r in truth).most_common(1)[0][1] > 1:
        errors.append("truth: a (document, student) pair appears twice")

    labels = read_rows("labelled_set.csv")
    texts = {doc: squash(document_text(HERE / "documents" / doc)) for doc in docs}
    seen: Counter = Counter()
    for r in labels:
        doc, sid = r["document"], r["student_id"]
        where = f"label {doc}/{sid}/{r['skill']}"
        if sid not in subjects.get(doc, set()) or sid == "ASK":
            errors.append(f"{where}: student has no truth row for this document")
        if r["skill"] not in SKILLS:
            errors.append(f"{where}: unknown skill")
        if r["level"] not in LEVELS:
            errors.append(f"{where}: unknown level {r['level']}")
        if doc in texts and squash(r["quote"]) not in texts[doc]:
            errors.append(f"{where}: quote not verbatim: {r['quote'][:60]!r}")
        seen[(doc, sid, r["skill"])] += 1
    errors += [f"label {k}: skill labelled twice" for k, n in seen.items() if n > 1]

    if len(docs) < 45:
        errors.append(f"only {len(docs)} documents")
    if len(labels) < 110:
        errors.append(f"only {len(labels)} labels")
    for e in errors:
        print("FAIL", e)
    asks = sum(1 for s in subjects.values() if s == {"ASK"})
    print(
        f"{len(docs)} documents, {len(truth)} truth rows ({asks} ASK), {len(labels)} labels: "
        f"{'OK' if not errors else f'{len(errors)} problems'}"
    )
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
