"""Verify the set: quotes are verbatim substrings of built document text; references are valid. Prints OK."""
import csv
import email
import os
import re
import sys
from email import policy

from docx import Document
from pypdf import PdfReader

OUT = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(OUT, "documents")
TYPES = {"group_discussion_transcript", "peer_tutoring_transcript", "project_presentation_transcript",
         "reflection_journal", "peer_feedback", "teacher_observation_note", "parent_note"}
SKILLS = {"Self-Awareness", "Self-Management", "Social Awareness", "Relationship Skills",
          "Responsible Decision-Making", "Working Memory", "Inhibitory Control", "Cognitive Flexibility",
          "Planning & Prioritization", "Organization", "Task Initiation", "Critical Thinking", "Communication",
          "Collaboration", "Creativity & Innovation", "Digital Literacy", "Global Awareness"}
LEVELS = ["Emerging", "Developing", "Proficient", "Advanced"]


def text_of(path):
    if path.endswith(".docx"):
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.extend(c.text for c in r.cells)
        return "\n".join(parts)
    if path.endswith(".pdf"):
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if path.endswith(".eml"):
        with open(path, "rb") as f:
            m = email.message_from_binary_file(f, policy=policy.default)
        return m.get_body(preferencelist=("plain",)).get_content()
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def rows(name):
    with open(os.path.join(OUT, name), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def main():
    errs = []
    teachers = {r["id"] for r in rows("roster/teachers.csv")}
    students = {r["id"]: r for r in rows("roster/students.csv")}
    manifest = {r["document"]: r["teacher_id"] for r in rows("manifest.csv")}
    files = set(os.listdir(DOCS))
    if files != set(manifest):
        errs.append("manifest/files mismatch: %s" % (files ^ set(manifest)))
    for doc, t in manifest.items():
        if t not in teachers:
            errs.append("bad teacher %s for %s" % (t, doc))
    truth = rows("truth.csv")
    pairs = set()
    for r in truth:
        doc, sid = r["document"], r["student_id"]
        if doc not in manifest:
            errs.append("truth: unknown doc %s" % doc)
            continue
        if sid != "ASK":
            if sid not in students:
                errs.append("truth: unknown student %s" % sid)
            elif students[sid]["teacher_id"] != manifest[doc]:
                errs.append("truth: %s not a student of dropping teacher for %s" % (sid, doc))
        if r["entry_type"] not in TYPES:
            errs.append("truth: bad type %s" % r["entry_type"])
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["entry_date"]):
            errs.append("truth: bad date %s" % r["entry_date"])
        pairs.add((doc, sid))
    for doc in manifest:
        if not any(p[0] == doc for p in pairs):
            errs.append("no truth row for %s" % doc)
    texts = {doc: norm(text_of(os.path.join(DOCS, doc))) for doc in manifest}
    labels = rows("labelled_set.csv")
    for r in labels:
        doc = r["document"]
        if (doc, r["student_id"]) not in pairs:
            errs.append("label pair not in truth: %s %s" % (doc, r["student_id"]))
        if r["skill"] not in SKILLS:
            errs.append("bad skill %s" % r["skill"])
        if r["level"] not in LEVELS:
            errs.append("bad level %s" % r["level"])
        if doc in texts and norm(r["quote"]) not in texts[doc]:
            errs.append("quote not found in %s: %r" % (doc, r["quote"]))
    if {r["skill"] for r in labels} != SKILLS:
        errs.append("skills missing: %s" % (SKILLS - {r["skill"] for r in labels}))
    for sk in SKILLS:
        have = {r["level"] for r in labels if r["skill"] == sk}
        for lv in ("Emerging", "Advanced"):
            if lv not in have:
                errs.append("%s has no %s label" % (sk, lv))
    if len(manifest) < 40 or len(labels) < 120:
        errs.append("too small: %d docs %d labels" % (len(manifest), len(labels)))
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    print("OK  %d documents, %d truth rows, %d labels" % (len(manifest), len(truth), len(labels)))


if __name__ == "__main__":
    main()
