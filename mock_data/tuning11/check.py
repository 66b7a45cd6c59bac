"""Verify the tuning11 set: files exist, quotes are verbatim, vocabularies valid. Prints OK."""

from __future__ import annotations

import csv
import datetime as dt
import re
import sys
from email import policy
from email.parser import BytesParser
from pathlib import Path

import docx
import pypdf

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
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
TYPES = {
    "group_discussion_transcript",
    "peer_tutoring_transcript",
    "project_presentation_transcript",
    "reflection_journal",
    "peer_feedback",
    "teacher_observation_note",
    "parent_note",
}
START, END = dt.date(2025, 8, 25), dt.date(2026, 6, 5)


def read_csv(name: str) -> list[dict[str, str]]:
    with (HERE / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def extract(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == ".docx":
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.extend(c.text for c in row.cells)
        return "\n".join(parts)
    if suffix == ".pdf":
        return "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(str(path)).pages)
    if suffix == ".eml":
        msg = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
        body = msg.get_body(preferencelist=("plain",))
        assert body is not None
        return f"{msg['subject']}\n{body.get_content()}"
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252")


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def main() -> int:
    errors: list[str] = []
    teachers = {r["id"] for r in read_csv("roster/teachers.csv")}
    students = {r["id"]: r for r in read_csv("roster/students.csv")}
    manifest = {r["document"]: r["teacher_id"] for r in read_csv("manifest.csv")}
    for doc, tid in manifest.items():
        if tid not in teachers:
            errors.append(f"manifest teacher {tid} unknown")
        if not (DOCS / doc).is_file():
            errors.append(f"missing document {doc}")
    on_disk = {p.name for p in DOCS.iterdir()}
    if on_disk != set(manifest):
        errors.append(f"documents/ and manifest differ: {sorted(on_disk ^ set(manifest))}")
    truth_keys = set()
    for r in read_csv("truth.csv"):
        doc, sid = r["document"], r["student_id"]
        if doc not in manifest:
            errors.append(f"truth row for unlisted {doc}")
            continue
        if sid == "ASK":
            if r["entry_type"] or r["entry_date"]:
                errors.append(f"ASK row with labels in {doc}")
            continue
        if sid not in students:
            errors.append(f"unknown student {sid} in {doc}")
            continue
        if students[sid]["teacher_id"] != manifest[doc]:
            errors.append(f"{sid} is not a student of {manifest[doc]} ({doc})")
        if r["entry_type"] not in TYPES:
            errors.append(f"bad type {r['entry_type']} in {doc}")
        day = dt.date.fromisoformat(r["entry_date"])
        if not START <= day <= END:
            errors.append(f"date {day} out of school year in {doc}")
        truth_keys.add((doc, sid))
    seen = set()
    texts: dict[str, str] = {}
    levels_used = set()
    labels = read_csv("labelled_set.csv")
    for r in labels:
        doc, sid = r["document"], r["student_id"]
        key = (doc, sid, r["skill"])
        if key in seen:
            errors.append(f"duplicate label {key}")
        seen.add(key)
        if (doc, sid) not in truth_keys:
            errors.append(f"label without truth row {doc} {sid}")
        if r["skill"] not in SKILLS:
            errors.append(f"bad skill {r['skill']}")
        if r["level"] not in LEVELS:
            errors.append(f"bad level {r['level']}")
        levels_used.add(r["level"])
        if doc not in texts:
            texts[doc] = squash(extract(DOCS / doc))
        if squash(r["quote"]) not in texts[doc]:
            errors.append(f"quote not verbatim in {doc}: {r['quote'][:60]}")
    if len(labels) < 120:
        errors.append(f"only {len(labels)} labels")
    if levels_used != LEVELS:
        errors.append(f"levels used: {sorted(levels_used)}")
    for e in errors:
        print("ERROR", e)
    if errors:
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
