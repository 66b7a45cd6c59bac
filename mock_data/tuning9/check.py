"""Validate the built tuning9 set; prints OK or the list of problems.

Quotes are matched after collapsing runs of whitespace to one space, because PDF
text extraction re-wraps lines; otherwise the match is exact and case-sensitive.
"""

from __future__ import annotations

import csv
import datetime as dt
import email
import email.policy
import re
import sys
from collections import Counter
from pathlib import Path

import docx
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
ENTRY_TYPES = {"group_discussion_transcript", "peer_tutoring_transcript", "project_presentation_transcript",
               "reflection_journal", "peer_feedback", "teacher_observation_note", "parent_note"}
SKILLS = {"Self-Awareness", "Self-Management", "Social Awareness", "Relationship Skills",
          "Responsible Decision-Making", "Working Memory", "Inhibitory Control", "Cognitive Flexibility",
          "Planning & Prioritization", "Organization", "Task Initiation", "Critical Thinking", "Communication",
          "Collaboration", "Creativity & Innovation", "Digital Literacy", "Global Awareness"}
LEVELS = ["Emerging", "Developing", "Proficient", "Advanced"]
YEAR = (dt.date(2025, 8, 18), dt.date(2026, 5, 29))


def decode(raw: bytes) -> str:
    if raw.startswith(b"\xff\xfe") or raw.startswith(b"\xfe\xff"):
        return raw.decode("utf-16")
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252")


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
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    if suf == ".eml":
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        body = msg.get_body(preferencelist=("plain",))
        return str(msg["Subject"]) + "\n" + (body.get_content() if body else "")
    return decode(path.read_bytes())


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def read(name: str) -> list[dict]:
    with (HERE / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def main() -> int:
    errs: list[str] = []
    teachers = {r["id"] for r in read("roster/teachers.csv")}
    students = {r["id"]: r for r in read("roster/students.csv")}
    manifest = {r["document"]: r["teacher_id"] for r in read("manifest.csv")}
    files = {p.name for p in DOCS.iterdir()}
    if set(manifest) != files:
        errs.append(f"manifest/documents mismatch: {set(manifest) ^ files}")
    for f in files:
        for rid in teachers | set(students):
            if rid.lower() in f.lower():
                errs.append(f"id {rid} in file name: {f}")
    for doc, t in manifest.items():
        if t not in teachers:
            errs.append(f"{doc}: unknown teacher {t}")
    texts = {f: norm(extract(DOCS / f)) for f in files}
    asks = 0
    truth_keys = set()
    for r in read("truth.csv"):
        doc, sid = r["document"], r["student_id"]
        if doc not in files:
            errs.append(f"truth: unknown document {doc}")
            continue
        if sid == "ASK":
            asks += 1
        elif sid not in students:
            errs.append(f"truth: unknown student {sid}")
        elif students[sid]["teacher_id"] != manifest[doc]:
            errs.append(f"truth: {sid} is not a student of {manifest[doc]} ({doc})")
        if r["entry_type"] not in ENTRY_TYPES:
            errs.append(f"truth: bad entry type {r['entry_type']}")
        try:
            d = dt.date.fromisoformat(r["entry_date"])
            if not (YEAR[0] <= d <= YEAR[1]):
                errs.append(f"truth: date outside school year {doc}")
        except ValueError:
            errs.append(f"truth: bad date {r['entry_date']}")
        if (doc, sid) in truth_keys:
            errs.append(f"truth: duplicate row {doc} {sid}")
        truth_keys.add((doc, sid))
    if asks > 3:
        errs.append(f"too many ASK rows: {asks}")
    missing = files - {k[0] for k in truth_keys}
    if missing:
        errs.append(f"documents without truth rows: {missing}")
    seen = set()
    levels: Counter[str] = Counter()
    for r in read("labelled_set.csv"):
        key = (r["document"], r["student_id"], r["skill"])
        if key in seen:
            errs.append(f"label: duplicate {key}")
        seen.add(key)
        if (r["document"], r["student_id"]) not in truth_keys:
            errs.append(f"label: no truth row for {key}")
        if r["skill"] not in SKILLS:
            errs.append(f"label: bad skill {r['skill']}")
        if r["level"] not in LEVELS:
            errs.append(f"label: bad level {r['level']}")
        levels[r["level"]] += 1
        if r["document"] in texts and norm(r["quote"]) not in texts[r["document"]]:
            errs.append(f"label: quote not found in {r['document']}: {r['quote'][:60]!r}")
    for lv in LEVELS:
        if levels[lv] < 20:
            errs.append(f"only {levels[lv]} {lv} labels")
    if errs:
        print("\n".join(errs))
        return 1
    print(f"OK: {len(files)} documents, {len(truth_keys)} truth rows, {sum(levels.values())} labels {dict(levels)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
