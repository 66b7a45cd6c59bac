"""Verify the tuning12 set: files exist, quotes verbatim, vocabularies valid. Prints OK."""

from __future__ import annotations

import csv
import datetime as dt
import email
import email.policy
import re
import sys
from pathlib import Path

import docx
import pypdf

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
SKILLS = {
    "Self-Awareness", "Self-Management", "Social Awareness", "Relationship Skills",
    "Responsible Decision-Making", "Working Memory", "Inhibitory Control", "Cognitive Flexibility",
    "Planning & Prioritization", "Organization", "Task Initiation", "Critical Thinking",
    "Communication", "Collaboration", "Creativity & Innovation", "Digital Literacy", "Global Awareness",
}
LEVELS = {"Emerging", "Developing", "Proficient", "Advanced"}
TYPES = {
    "group_discussion_transcript", "peer_tutoring_transcript", "project_presentation_transcript",
    "reflection_journal", "peer_feedback", "teacher_observation_note", "parent_note",
}
START, END = dt.date(2025, 8, 18), dt.date(2026, 6, 2)


def read_csv(path, header):
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == header, f"{path.name}: bad header {rows[0]}"
    return [dict(zip(header, r)) for r in rows[1:]]


def extract(path: Path) -> str:
    suf = path.suffix.lower()
    if suf == ".docx":
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.extend(c.text for c in row.cells)
        return "\n".join(parts)
    if suf == ".pdf":
        return "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(str(path)).pages)
    raw = path.read_bytes()
    if suf == ".eml":
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        body = msg.get_body(preferencelist=("plain",))
        return str(msg["Subject"]) + "\n" + body.get_content()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252")


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def main() -> int:
    errors: list[str] = []
    teachers = {r["id"] for r in read_csv(HERE / "roster/teachers.csv", ["id", "name", "email", "slack_user_id"])}
    students = {r["id"]: r for r in read_csv(HERE / "roster/students.csv", ["id", "name", "grade", "teacher_id", "nickname"])}
    manifest = {r["document"]: r["teacher_id"] for r in read_csv(HERE / "manifest.csv", ["document", "teacher_id"])}
    truth = read_csv(HERE / "truth.csv", ["document", "student_id", "entry_type", "entry_date", "notes"])
    labels = read_csv(HERE / "labelled_set.csv", ["document", "student_id", "skill", "level", "quote"])

    for s in students.values():
        if s["teacher_id"] not in teachers:
            errors.append(f"student {s['id']} bad teacher")
    files = {p.name for p in DOCS.iterdir()}
    if files != set(manifest):
        errors.append(f"manifest/documents mismatch: {sorted(files ^ set(manifest))}")
    for doc, tid in manifest.items():
        if tid not in teachers:
            errors.append(f"{doc}: bad teacher {tid}")

    texts = {name: norm(extract(DOCS / name)) for name in files}
    truth_pairs = set()
    for r in truth:
        doc, sid = r["document"], r["student_id"]
        if doc not in files:
            errors.append(f"truth: missing document {doc}")
            continue
        if sid == "ASK":
            if r["entry_type"] or r["entry_date"]:
                errors.append(f"truth: ASK row with labels {doc}")
            if sum(1 for x in truth if x["document"] == doc) != 1:
                errors.append(f"truth: ASK doc has other rows {doc}")
            continue
        if sid not in students:
            errors.append(f"truth: bad student {sid}")
            continue
        if students[sid]["teacher_id"] != manifest[doc]:
            errors.append(f"truth: {sid} not a student of {manifest[doc]} ({doc})")
        if r["entry_type"] not in TYPES:
            errors.append(f"truth: bad type {r['entry_type']}")
        d = dt.date.fromisoformat(r["entry_date"])
        if not START <= d <= END:
            errors.append(f"truth: date out of year {doc}")
        if (doc, sid) in truth_pairs:
            errors.append(f"truth: duplicate {doc} {sid}")
        truth_pairs.add((doc, sid))
    for doc in files:
        if not any(r["document"] == doc for r in truth):
            errors.append(f"truth: no row for {doc}")

    seen = set()
    for r in labels:
        key = (r["document"], r["student_id"], r["skill"])
        if key in seen:
            errors.append(f"label duplicate {key}")
        seen.add(key)
        if r["skill"] not in SKILLS:
            errors.append(f"label bad skill {r['skill']}")
        if r["level"] not in LEVELS:
            errors.append(f"label bad level {r['level']}")
        if (r["document"], r["student_id"]) not in truth_pairs:
            errors.append(f"label without truth row {key}")
        if r["document"] not in texts:
            errors.append(f"label missing document {r['document']}")
        elif norm(r["quote"]) not in texts[r["document"]]:
            errors.append(f"quote not verbatim in {r['document']}: {r['quote'][:40]}...")
    if len(labels) < 120:
        errors.append(f"only {len(labels)} labels")
    if {r["level"] for r in labels} != LEVELS:
        errors.append("not all levels used")

    if errors:
        print("\n".join(errors))
        return 1
    print(f"OK ({len(files)} documents, {len(truth)} truth rows, {len(labels)} labels)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
