"""Re-read the built tuning5 files and check truth/labels against them.

Run: /work/main/.venv/bin/python mock_data/tuning5/check.py
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import docx
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"

SKILLS = [
    "Self-Awareness", "Self-Management", "Social Awareness", "Relationship Skills",
    "Responsible Decision-Making", "Working Memory", "Inhibitory Control",
    "Cognitive Flexibility", "Planning & Prioritization", "Organization", "Task Initiation",
    "Critical Thinking", "Communication", "Collaboration", "Creativity & Innovation",
    "Digital Literacy", "Global Awareness",
]
LEVELS = ["Emerging", "Developing", "Proficient", "Advanced"]
TYPES = [
    "reflection_journal", "teacher_observation_note", "parent_note", "peer_feedback",
    "project_presentation_transcript", "peer_tutoring_transcript", "group_discussion_transcript",
]


def decode(raw: bytes) -> str:
    if raw.startswith(b"\xff\xfe") or raw.startswith(b"\xfe\xff"):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252")


def text_of(path: Path) -> str:
    if path.suffix == ".docx":
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.extend(c.text for c in row.cells)
        return "\n".join(parts)
    if path.suffix == ".pdf":
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return decode(path.read_bytes())


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def read_csv(name: str) -> list[dict]:
    with open(HERE / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def main() -> int:
    errors: list[str] = []
    teachers = read_csv("roster/teachers.csv")
    students = read_csv("roster/students.csv")
    if list(teachers[0].keys()) != ["id", "name", "email", "slack_user_id"]:
        errors.append("teachers.csv header")
    if list(students[0].keys()) != ["id", "name", "grade", "teacher_id", "nickname"]:
        errors.append("students.csv header")
    tids = {t["id"] for t in teachers}
    teacher_of = {s["id"]: s["teacher_id"] for s in students}
    for s in students:
        if s["teacher_id"] not in tids:
            errors.append(f"{s['id']}: unknown teacher")
        if not 6 <= int(s["grade"]) <= 8:
            errors.append(f"{s['id']}: grade")
    for t in teachers:
        if not t["email"].endswith("@tuning5.example") or t["slack_user_id"] != "U0" + t["id"]:
            errors.append(f"{t['id']}: email/slack")

    files = sorted(p.name for p in DOCS.iterdir())
    texts = {name: norm(text_of(DOCS / name)) for name in files}

    truth = read_csv("truth.csv")
    if list(truth[0].keys()) != ["document", "student_id", "entry_type", "entry_date", "notes"]:
        errors.append("truth.csv header")
    truth_pairs = set()
    doc_teacher: dict[str, set[str]] = {}
    ask = 0
    for r in truth:
        doc, sid = r["document"], r["student_id"]
        if doc not in texts:
            errors.append(f"truth: missing document {doc}")
        if sid == "ASK":
            ask += 1
            if r["entry_type"] or r["entry_date"]:
                errors.append(f"truth: ASK row with type/date {doc}")
            if sum(1 for x in truth if x["document"] == doc) != 1:
                errors.append(f"truth: ASK document has other rows {doc}")
            continue
        if sid not in teacher_of:
            errors.append(f"truth: unknown student {sid} in {doc}")
            continue
        if (doc, sid) in truth_pairs:
            errors.append(f"truth: duplicate {doc} {sid}")
        truth_pairs.add((doc, sid))
        doc_teacher.setdefault(doc, set()).add(teacher_of[sid])
        if r["entry_type"] not in TYPES:
            errors.append(f"truth: bad type {r['entry_type']} in {doc}")
        d = date.fromisoformat(r["entry_date"])
        if not date(2025, 9, 1) <= d <= date(2026, 5, 31):
            errors.append(f"truth: date out of school year {doc}")
    for doc, ts in doc_teacher.items():
        if len(ts) != 1:
            errors.append(f"truth: {doc} spans teachers {ts}")
    for name in files:
        if not any(r["document"] == name for r in truth):
            errors.append(f"document without truth row: {name}")
    for name in files:
        if re.search(r"S6\d\d|T6\d\d", name):
            errors.append(f"file name names an id: {name}")

    labels = read_csv("labelled_set.csv")
    if list(labels[0].keys()) != ["document", "student_id", "skill", "level", "quote"]:
        errors.append("labelled_set.csv header")
    seen = set()
    for r in labels:
        key = (r["document"], r["student_id"], r["skill"])
        if key in seen:
            errors.append(f"label: duplicate {key}")
        seen.add(key)
        if (r["document"], r["student_id"]) not in truth_pairs:
            errors.append(f"label: no truth row for {key}")
        if r["skill"] not in SKILLS:
            errors.append(f"label: bad skill {r['skill']}")
        if r["level"] not in LEVELS:
            errors.append(f"label: bad level {r['level']}")
        q = norm(r["quote"])
        if len(q) < 10 or q not in texts.get(r["document"], ""):
            errors.append(f"label: quote not verbatim in {r['document']}: {q[:70]!r}")

    by_level = Counter(r["level"] for r in labels)
    by_skill = Counter(r["skill"] for r in labels)
    print(f"documents: {len(files)}  truth rows: {len(truth)}  ASK rows: {ask}  labels: {len(labels)}")
    print("formats:", dict(Counter(Path(f).suffix for f in files)))
    print("types:", dict(Counter(r["entry_type"] for r in truth if r["entry_type"])))
    print("levels:", {lv: by_level[lv] for lv in LEVELS})
    print("skills:", len(by_skill), dict(sorted(by_skill.items())))
    if len(files) < 45:
        errors.append("fewer than 45 documents")
    if len(labels) < 110:
        errors.append("fewer than 110 labels")
    if by_level["Advanced"] < 10 or by_level["Emerging"] < 10 or len(by_level) < 4:
        errors.append("level spread")
    if len(by_skill) < 14:
        errors.append("fewer than 14 skills")
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
