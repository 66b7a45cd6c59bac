"""Check the tuning14 set: extract text from every document format and verify the CSVs.

Verifies: every manifest document exists and every file is in the manifest; ids, teachers,
entry types, skills and levels are valid; every entry_date lies inside the school year;
ASK rows have empty type and date; each truth student belongs to the dropping teacher; each
label's (document, student) has a truth row; at most one label per (document, student, skill);
every quote occurs verbatim (whitespace-collapsed) in its document's extracted text; and the
size targets (>=140 labels, >=25 per level, >=14 skills). Prints OK on success.
Independent of content.py on purpose: it reads only the built files.
"""
import csv
import datetime as dt
import email
import email.policy
import io
import os
import re
import sys
import zipfile
from collections import Counter

import docx
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS_DIR = os.path.join(HERE, "documents")
YEAR = (dt.date(2025, 8, 18), dt.date(2026, 6, 2))
LEVELS = ["Emerging", "Developing", "Proficient", "Advanced"]
SKILLS = [
    "Self-Awareness", "Self-Management", "Social Awareness", "Relationship Skills",
    "Responsible Decision-Making", "Working Memory", "Inhibitory Control", "Cognitive Flexibility",
    "Planning & Prioritization", "Organization", "Task Initiation", "Critical Thinking",
    "Communication", "Collaboration", "Creativity & Innovation", "Digital Literacy", "Global Awareness",
]
TYPES = [
    "group_discussion_transcript", "peer_tutoring_transcript", "project_presentation_transcript",
    "reflection_journal", "peer_feedback", "teacher_observation_note", "parent_note",
]

errors = []


def err(msg):
    errors.append(msg)


def read_csv(rel):
    with open(os.path.join(HERE, rel), newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def decode_bytes(raw):
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252")


def extract(path):
    ext = os.path.splitext(path)[1].lower()
    with open(path, "rb") as fh:
        raw = fh.read()
    if ext == ".docx":
        d = docx.Document(io.BytesIO(raw))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if ext == ".pdf":
        return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(raw)).pages)
    if ext in (".txt", ".md"):
        return decode_bytes(raw)
    if ext == ".eml":
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        body = msg.get_body(preferencelist=("plain",))
        return "\n".join([msg["Subject"] or "", body.get_content()])
    if ext in (".vtt", ".srt"):
        out = []
        for line in decode_bytes(raw).splitlines():
            s = line.strip()
            if not s or s == "WEBVTT" or s == "NOTE" or "-->" in s or s.isdigit():
                continue
            out.append(re.sub(r"<v ([^>]+)>", r"\1: ", s))
        return "\n".join(out)
    raise ValueError("unknown format " + ext)


def collapse(s):
    return " ".join(s.split())


def parse_date(s, where):
    try:
        d = dt.date.fromisoformat(s)
    except ValueError:
        err("%s: bad date %r" % (where, s))
        return None
    if not (YEAR[0] <= d <= YEAR[1]):
        err("%s: date %s outside the school year" % (where, s))
    return d


def main():
    teachers = {r["id"]: r for r in read_csv("roster/teachers.csv")}
    students = {r["id"]: r for r in read_csv("roster/students.csv")}
    for tid, t in teachers.items():
        if not re.fullmatch(r"T15\d\d", tid):
            err("teacher id " + tid)
        if t["slack_user_id"] != "U0" + tid:
            err("slack id for " + tid)
    for sid, s in students.items():
        if not re.fullmatch(r"S15\d\d", sid):
            err("student id " + sid)
        if s["teacher_id"] not in teachers:
            err("student %s has unknown teacher" % sid)
        if s["grade"] not in ("6", "7", "8"):
            err("student %s grade" % sid)

    manifest = {r["document"]: r["teacher_id"] for r in read_csv("manifest.csv")}
    files = set(os.listdir(DOCS_DIR))
    for name in set(manifest) ^ files:
        err("manifest/file mismatch: " + name)
    for name, tid in manifest.items():
        if tid not in teachers:
            err("manifest %s: unknown teacher %s" % (name, tid))

    texts = {}
    for name in sorted(files):
        try:
            texts[name] = collapse(extract(os.path.join(DOCS_DIR, name)))
        except Exception as exc:  # noqa: BLE001
            err("cannot extract %s: %s" % (name, exc))
            texts[name] = ""
        if not texts[name]:
            err("empty text: " + name)

    truth = read_csv("truth.csv")
    pairs = set()
    docs_with_rows = set()
    for r in truth:
        where = "truth %s/%s" % (r["document"], r["student_id"])
        docs_with_rows.add(r["document"])
        if r["document"] not in manifest:
            err(where + ": document not in manifest")
            continue
        if r["student_id"] == "ASK":
            if r["entry_type"] or r["entry_date"]:
                err(where + ": ASK row must have empty type and date")
            continue
        s = students.get(r["student_id"])
        if s is None:
            err(where + ": unknown student")
            continue
        if s["teacher_id"] != manifest[r["document"]]:
            err(where + ": student is not in the dropping teacher's class")
        if r["entry_type"] not in TYPES:
            err(where + ": bad entry type " + r["entry_type"])
        parse_date(r["entry_date"], where)
        if (r["document"], r["student_id"]) in pairs:
            err(where + ": duplicate truth row")
        pairs.add((r["document"], r["student_id"]))
    for name in manifest:
        if name not in docs_with_rows:
            err("no truth row for " + name)

    labels = read_csv("labelled_set.csv")
    seen = set()
    for r in labels:
        where = "label %s/%s/%s" % (r["document"], r["student_id"], r["skill"])
        if (r["document"], r["student_id"]) not in pairs:
            err(where + ": no truth row for this document and student")
        if r["skill"] not in SKILLS:
            err(where + ": bad skill")
        if r["level"] not in LEVELS:
            err(where + ": bad level " + r["level"])
        key = (r["document"], r["student_id"], r["skill"])
        if key in seen:
            err(where + ": duplicate label")
        seen.add(key)
        q = collapse(r["quote"])
        if not q:
            err(where + ": empty quote")
        elif q not in texts.get(r["document"], ""):
            err(where + ": quote not verbatim in document: " + q[:70])

    per_level = Counter(r["level"] for r in labels)
    per_skill = Counter(r["skill"] for r in labels)
    if len(labels) < 140:
        err("only %d labels" % len(labels))
    for lv in LEVELS:
        if per_level[lv] < 25:
            err("only %d %s labels" % (per_level[lv], lv))
    if len(per_skill) < 14:
        err("only %d distinct skills" % len(per_skill))

    print("documents: %d  truth rows: %d  labels: %d" % (len(manifest), len(truth), len(labels)))
    print("per level: " + ", ".join("%s %d" % (lv, per_level[lv]) for lv in LEVELS))
    print("per skill: " + ", ".join("%s %d" % (sk, per_skill[sk]) for sk in SKILLS))
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
