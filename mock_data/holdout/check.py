"""Self-check for the frozen holdout set. Run from the repository root:

    python mock_data/holdout/check.py

Uses only python-docx, pypdf and the standard library. Exits non-zero on any failure.
"""
import csv
import datetime as dt
import os
import sys

from docx import Document
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")

SKILLS = {
    "Self-Awareness", "Self-Management", "Social Awareness", "Relationship Skills",
    "Responsible Decision-Making", "Working Memory", "Inhibitory Control",
    "Cognitive Flexibility", "Planning & Prioritization", "Organization", "Task Initiation",
    "Critical Thinking", "Communication", "Collaboration", "Creativity & Innovation",
    "Digital Literacy", "Global Awareness",
}
LEVELS = {"Emerging", "Developing", "Proficient", "Advanced"}
TYPES = {
    "group_discussion_transcript", "peer_tutoring_transcript", "project_presentation_transcript",
    "reflection_journal", "peer_feedback", "teacher_observation_note", "parent_note",
}


def extract(path):
    if path.endswith(".docx"):
        return "\n".join(p.text for p in Document(path).paragraphs)
    if path.endswith(".pdf"):
        return "\n".join(page.extract_text() for page in PdfReader(path).pages)
    raw = open(path, "rb").read()
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252")


def main():
    errors = []
    students = {r["id"] for r in csv.DictReader(open(os.path.join(HERE, "roster", "students.csv")))}
    truth = list(csv.DictReader(open(os.path.join(HERE, "truth.csv"), newline="", encoding="utf-8")))
    labels = list(csv.DictReader(open(os.path.join(HERE, "labelled_set.csv"), newline="", encoding="utf-8")))
    texts = {}

    def text_of(name):
        if name not in texts:
            p = os.path.join(DOCS, name)
            texts[name] = extract(p) if os.path.exists(p) else None
        return texts[name]

    pairs = set()
    for r in truth:
        if text_of(r["document"]) is None:
            errors.append(f"truth: missing file {r['document']}")
        if r["student_id"] and r["student_id"] not in students:
            errors.append(f"truth: unknown student {r['student_id']} in {r['document']}")
        if r["entry_type"] not in TYPES:
            errors.append(f"truth: bad entry_type {r['entry_type']} in {r['document']}")
        try:
            d = dt.date.fromisoformat(r["entry_date"])
            if not dt.date(2025, 9, 1) <= d <= dt.date(2025, 12, 15):
                errors.append(f"truth: date out of range {d} in {r['document']}")
        except ValueError:
            errors.append(f"truth: bad date {r['entry_date']} in {r['document']}")
        pairs.add((r["document"], r["student_id"]))
    types_per_doc = {}
    for r in truth:
        types_per_doc.setdefault(r["document"], set()).add((r["entry_type"], r["entry_date"]))
    for doc, s in types_per_doc.items():
        if len(s) > 1:
            errors.append(f"truth: {doc} has inconsistent type/date {s}")

    seen = set()
    for r in labels:
        key = (r["document"], r["student_id"], r["skill"])
        if key in seen:
            errors.append(f"labels: duplicate {key}")
        seen.add(key)
        if (r["document"], r["student_id"]) not in pairs:
            errors.append(f"labels: {r['document']}/{r['student_id']} not in truth.csv")
        if r["skill"] not in SKILLS:
            errors.append(f"labels: bad skill {r['skill']!r}")
        if r["level"] not in LEVELS:
            errors.append(f"labels: bad level {r['level']!r}")
        t = text_of(r["document"])
        if t is None:
            errors.append(f"labels: missing file {r['document']}")
        elif r["quote"] not in t:
            errors.append(f"labels: quote not found in {r['document']}: {r['quote']!r}")
        n = len(r["quote"].split())
        if not 5 <= n <= 25:
            errors.append(f"labels: quote of {n} words in {r['document']}: {r['quote']!r}")

    for name in os.listdir(DOCS):
        if any(s.lower() in name.lower() for s in students):
            errors.append(f"file name carries a student id: {name}")

    for e in errors:
        print("FAIL", e)
    print(f"{len(truth)} truth rows over {len(types_per_doc)} documents; "
          f"{len(labels)} labelled rows; {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
