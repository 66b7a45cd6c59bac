"""Re-read the built tuning6 files and validate them; prints OK or the problems."""

from __future__ import annotations

import csv
import datetime as dt
import re
import sys
import zipfile
from email import policy
from email.parser import BytesParser
from pathlib import Path

import docx
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
TYPES = {
    "group_discussion_transcript",
    "peer_tutoring_transcript",
    "project_presentation_transcript",
    "reflection_journal",
    "peer_feedback",
    "teacher_observation_note",
    "parent_note",
}
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
START, END = dt.date(2025, 9, 2), dt.date(2026, 6, 12)


def decode(data: bytes) -> str:
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16")
    if data[:3] == b"\xef\xbb\xbf":
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def extract(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".docx":
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.extend(c.text for c in row.cells)
        return "\n".join(parts)
    if ext == ".pdf":
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    if ext == ".eml":
        msg = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
        return "\n".join(
            p.get_content() for p in msg.walk() if p.get_content_type() == "text/plain"
        )
    return decode(path.read_bytes())


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def read_csv(name: str) -> list[dict[str, str]]:
    with open(HERE / name, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def main() -> int:
    errs: list[str] = []
    teachers = {r["id"]: r for r in read_csv("roster/teachers.csv")}
    students = {r["id"]: r for r in read_csv("roster/students.csv")}
    for s in students.values():
        if s["teacher_id"] not in teachers:
            errs.append(f"student {s['id']} has unknown teacher")
    files = sorted(p.name for p in (HERE / "documents").iterdir())
    for f in files:
        if re.search(r"[ST]\d{3}", f):
            errs.append(f"file name contains an id: {f}")
    texts = {f: norm(extract(HERE / "documents" / f)) for f in files}
    truth = read_csv("truth.csv")
    seen = set()
    ask = 0
    for r in truth:
        if r["document"] not in texts:
            errs.append(f"truth: missing document {r['document']}")
        if r["student_id"] == "ASK":
            ask += 1
        elif r["student_id"] not in students:
            errs.append(f"truth: unknown student {r['student_id']}")
        if r["entry_type"] not in TYPES:
            errs.append(f"truth: bad entry type {r['entry_type']}")
        d = dt.date.fromisoformat(r["entry_date"])
        if not START <= d <= END:
            errs.append(f"truth: date outside school year {d}")
        key = (r["document"], r["student_id"])
        if key in seen:
            errs.append(f"truth: duplicate row {key}")
        seen.add(key)
    docs_in_truth = {r["document"] for r in truth}
    for f in files:
        if f not in docs_in_truth:
            errs.append(f"document without truth row: {f}")
    per_doc_teacher: dict[str, set] = {}
    for r in truth:
        if r["student_id"] in students:
            per_doc_teacher.setdefault(r["document"], set()).add(
                students[r["student_id"]]["teacher_id"]
            )
    for doc, ts in per_doc_teacher.items():
        if len(ts) != 1:
            errs.append(f"truth: {doc} has students of several teachers {ts}")
    labels = read_csv("labelled_set.csv")
    for r in labels:
        if (r["document"], r["student_id"]) not in seen:
            errs.append(f"label without truth row: {r['document']} {r['student_id']}")
        if r["skill"] not in SKILLS:
            errs.append(f"label: bad skill {r['skill']}")
        if r["level"] not in LEVELS:
            errs.append(f"label: bad level {r['level']}")
        if norm(r["quote"]) not in texts.get(r["document"], ""):
            errs.append(f"label: quote not in text: {r['document']}: {r['quote'][:50]}")
    by_level = {lv: sum(r["level"] == lv for r in labels) for lv in LEVELS}
    if len(labels) < 110 or min(by_level.values()) < 20:
        errs.append(f"label counts too low: {len(labels)} {by_level}")
    if ask > 3:
        errs.append("too many ASK rows")
    for f in files:
        if f.endswith(".docx"):
            with zipfile.ZipFile(HERE / "documents" / f) as z:
                if any(i.date_time != (2026, 6, 15, 12, 0, 0) for i in z.infolist()):
                    errs.append(f"unfixed zip time in {f}")
    if errs:
        print("\n".join(errs))
        return 1
    print(f"OK: {len(files)} documents, {len(truth)} truth rows, {len(labels)} labels {by_level}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
