"""Verify the built tuning13 set: text extraction from every format, verbatim quotes, valid ids,
skills, levels, entry types and dates. Prints OK or the list of problems.

Usage: /work/main/.venv/bin/python mock_data/tuning13/check.py
"""
import collections
import csv
import re
import sys
from email import policy
from email.parser import BytesParser
from pathlib import Path

import docx
import pypdf

HERE = Path(__file__).resolve().parent
SKILLS = {
    "Self-Awareness", "Self-Management", "Social Awareness", "Relationship Skills",
    "Responsible Decision-Making", "Working Memory", "Inhibitory Control", "Cognitive Flexibility",
    "Planning & Prioritization", "Organization", "Task Initiation", "Critical Thinking",
    "Communication", "Collaboration", "Creativity & Innovation", "Digital Literacy", "Global Awareness",
}
LEVELS = ["Emerging", "Developing", "Proficient", "Advanced"]
TYPES = {"group_discussion_transcript", "peer_tutoring_transcript", "project_presentation_transcript",
         "reflection_journal", "peer_feedback", "teacher_observation_note", "parent_note"}
FIRST, LAST = "2025-08-18", "2026-06-02"
RATING_LINE = re.compile(r"^\s*(%s)\s*(\([^)]*\))?\s*:\s*(%s)\b" % (
    "|".join(re.escape(s) for s in SKILLS), "|".join(LEVELS)))


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def text_of(path):
    ext = path.suffix.lower()
    if ext == ".docx":
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if ext == ".pdf":
        return "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(str(path)).pages)
    if ext == ".eml":
        msg = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
        return msg.get_body(preferencelist=("plain",)).get_content()
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252")


def read(name):
    with open(HERE / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def main():
    errs = []
    teachers = {r["id"]: r for r in read("roster/teachers.csv")}
    students = {r["id"]: r for r in read("roster/students.csv")}
    for sid, s in students.items():
        if not re.fullmatch(r"S\d{4}", sid) or s["teacher_id"] not in teachers:
            errs.append(f"bad student row {sid}")
    manifest = {r["document"]: r["teacher_id"] for r in read("manifest.csv")}
    on_disk = {p.name for p in (HERE / "documents").iterdir()}
    if on_disk != set(manifest):
        errs.append(f"manifest/documents mismatch: {sorted(on_disk ^ set(manifest))}")
    texts = {}
    for name in sorted(on_disk):
        try:
            texts[name] = collapse(text_of(HERE / "documents" / name))
        except Exception as e:  # noqa: BLE001
            errs.append(f"{name}: cannot extract text: {e!r}")
        if manifest.get(name) not in teachers:
            errs.append(f"{name}: unknown teacher {manifest.get(name)}")

    truth = read("truth.csv")
    seen_truth = set()
    docs_with_truth = set()
    for r in truth:
        doc, sid, et, ed = r["document"], r["student_id"], r["entry_type"], r["entry_date"]
        key = (doc, sid)
        if key in seen_truth:
            errs.append(f"duplicate truth {key}")
        seen_truth.add(key)
        docs_with_truth.add(doc)
        if doc not in manifest:
            errs.append(f"truth for unknown doc {doc}")
            continue
        if sid == "ASK":
            if et or ed:
                errs.append(f"{doc}: ASK row must have empty type and date")
            continue
        if sid not in students:
            errs.append(f"{doc}: unknown student {sid}")
            continue
        if students[sid]["teacher_id"] != manifest[doc]:
            errs.append(f"{doc}: {sid} is not a student of {manifest[doc]}")
        if et not in TYPES:
            errs.append(f"{doc}/{sid}: bad entry type {et!r}")
        if not (re.fullmatch(r"\d{4}-\d{2}-\d{2}", ed) and FIRST <= ed <= LAST):
            errs.append(f"{doc}/{sid}: bad date {ed!r}")
    for doc in manifest:
        if doc not in docs_with_truth:
            errs.append(f"{doc}: no truth row")

    labels = read("labelled_set.csv")
    seen = set()
    per_level = collections.Counter()
    for r in labels:
        doc, sid, sk, lv, q = r["document"], r["student_id"], r["skill"], r["level"], r["quote"]
        key = (doc, sid, sk)
        if key in seen:
            errs.append(f"duplicate label {key}")
        seen.add(key)
        if (doc, sid) not in seen_truth or sid == "ASK":
            errs.append(f"label without truth row {doc}/{sid}")
        if sk not in SKILLS:
            errs.append(f"{doc}/{sid}: bad skill {sk!r}")
        if lv not in LEVELS:
            errs.append(f"{doc}/{sid}: bad level {lv!r}")
        per_level[lv] += 1
        cq = collapse(q)
        if len(cq) < 10:
            errs.append(f"{doc}/{sid}/{sk}: quote too short {q!r}")
        elif cq not in texts.get(doc, ""):
            errs.append(f"{doc}/{sid}/{sk}: quote not verbatim: {q!r}")
        if RATING_LINE.match(q):
            errs.append(f"{doc}/{sid}/{sk}: quote is a rating line: {q!r}")
    if len(labels) < 100:
        errs.append(f"only {len(labels)} labels")
    for lv in LEVELS:
        if per_level[lv] < 15:
            errs.append(f"only {per_level[lv]} {lv} labels")

    if errs:
        print("\n".join(errs))
        print(f"FAILED: {len(errs)} problem(s)")
        return 1
    print(f"{len(manifest)} documents, {len(truth)} truth rows, {len(labels)} labels "
          f"({', '.join(f'{lv} {per_level[lv]}' for lv in LEVELS)})")
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
