"""Re-read the built tuning7 CHECK set and validate it; prints OK or the problems found."""

from __future__ import annotations

import csv
import datetime as dt
import email
import re
import sys
import zipfile
from email import policy
from pathlib import Path

import docx
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
ENTRY_TYPES = {
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
LEVELS = ["Emerging", "Developing", "Proficient", "Advanced"]
YEAR = (dt.date(2025, 8, 25), dt.date(2026, 6, 5))


def decode(raw: bytes) -> str:
    if raw.startswith(b"\xff\xfe") or raw.startswith(b"\xfe\xff"):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252")


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
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    if ext == ".eml":
        msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        body = msg.get_body(preferencelist=("plain",))
        return body.get_content() if body else ""
    return decode(path.read_bytes())


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def read_csv(name: str) -> list[dict[str, str]]:
    with open(HERE / name, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def main() -> int:
    problems: list[str] = []
    teachers = {r["id"]: r for r in read_csv("roster/teachers.csv")}
    students = {r["id"]: r for r in read_csv("roster/students.csv")}
    for s in students.values():
        if s["teacher_id"] not in teachers:
            problems.append(f"student {s['id']} has unknown teacher")
    docs = {p.name: p for p in (HERE / "documents").iterdir()}
    for name in docs:
        if re.search(r"[TS]8\d\d", name):
            problems.append(f"file name contains an id: {name}")
    texts = {name: norm(extract(p)) for name, p in docs.items()}
    truth = read_csv("truth.csv")
    rows_by_doc: dict[str, set[str]] = {}
    teacher_of_doc: dict[str, set[str]] = {}
    ask = 0
    for r in truth:
        if r["document"] not in docs:
            problems.append(f"truth: unknown document {r['document']}")
        if r["entry_type"] not in ENTRY_TYPES:
            problems.append(f"truth: bad entry type {r['entry_type']}")
        try:
            day = dt.date.fromisoformat(r["entry_date"])
            if not YEAR[0] <= day <= YEAR[1]:
                problems.append(f"truth: date outside school year {r['entry_date']}")
        except ValueError:
            problems.append(f"truth: bad date {r['entry_date']}")
        if r["student_id"] == "ASK":
            ask += 1
        elif r["student_id"] not in students:
            problems.append(f"truth: unknown student {r['student_id']}")
        else:
            teacher_of_doc.setdefault(r["document"], set()).add(
                students[r["student_id"]]["teacher_id"]
            )
        key = r["student_id"]
        if key in rows_by_doc.setdefault(r["document"], set()):
            problems.append(f"truth: duplicate row {r['document']} {key}")
        rows_by_doc[r["document"]].add(key)
    for name, ts in teacher_of_doc.items():
        if len(ts) != 1:
            problems.append(f"truth: document {name} mixes teachers' students")
    for name in docs:
        if name not in rows_by_doc:
            problems.append(f"document without truth row: {name}")
    if ask > 3:
        problems.append("too many ASK rows")
    labels = read_csv("labelled_set.csv")
    counts = {lv: 0 for lv in LEVELS}
    for r in labels:
        if r["skill"] not in SKILLS:
            problems.append(f"label: bad skill {r['skill']}")
        if r["level"] not in LEVELS:
            problems.append(f"label: bad level {r['level']}")
        else:
            counts[r["level"]] += 1
        if r["student_id"] not in rows_by_doc.get(r["document"], set()):
            problems.append(f"label: {r['student_id']} has no truth row in {r['document']}")
        if norm(r["quote"]) not in texts.get(r["document"], ""):
            problems.append(f"label: quote not found in {r['document']}: {r['quote'][:40]}")
    if len(labels) < 110:
        problems.append(f"only {len(labels)} labels")
    for lv, n in counts.items():
        if n < 20:
            problems.append(f"only {n} {lv} labels")
    for p in docs.values():
        if p.suffix == ".docx":
            with zipfile.ZipFile(p) as z:
                if any(i.date_time[0] != 2026 for i in z.infolist()):
                    problems.append(f"docx zip time not fixed: {p.name}")
    if problems:
        print("\n".join(problems))
        return 1
    print(f"OK: {len(docs)} documents, {len(truth)} truth rows, {len(labels)} labels {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
