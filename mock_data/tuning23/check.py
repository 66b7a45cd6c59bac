"""Verify the Harbourview blind set. Prints OK when everything is consistent."""
import csv, os, re, sys, email
from email import policy
from docx import Document
from pypdf import PdfReader

OUT = os.path.dirname(os.path.abspath(__file__))
DOCDIR = os.path.join(OUT, "documents")
SKILLS = ["Self-Awareness", "Self-Management", "Social Awareness", "Relationship Skills",
          "Responsible Decision-Making", "Working Memory", "Inhibitory Control", "Cognitive Flexibility",
          "Planning & Prioritization", "Organization", "Task Initiation", "Critical Thinking",
          "Communication", "Collaboration", "Creativity & Innovation", "Digital Literacy", "Global Awareness"]
LEVELS = ["Emerging", "Developing", "Proficient", "Advanced"]
TYPES = ["group_discussion_transcript", "peer_tutoring_transcript", "project_presentation_transcript",
         "reflection_journal", "peer_feedback", "teacher_observation_note", "parent_note"]


def norm(t):
    return re.sub(r"\s+", " ", t).strip()


def text_of(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    if ext == "pdf":
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(path).pages)
    if ext == "eml":
        with open(path, "rb") as f:
            msg = email.message_from_binary_file(f, policy=policy.default)
        body = msg.get_body(preferencelist=("plain",))
        return body.get_content()
    with open(path, encoding="utf-8") as f:
        return f.read()


def rows(fn):
    with open(os.path.join(OUT, fn), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def main():
    errs = []
    teachers = {r["id"] for r in rows("roster/teachers.csv")}
    studs = {r["id"]: r for r in rows("roster/students.csv")}
    files = set(os.listdir(DOCDIR))
    man = {r["document"]: r["teacher_id"] for r in rows("manifest.csv")}
    if set(man) != files:
        errs.append(f"manifest/files mismatch: {set(man) ^ files}")
    for doc, t in man.items():
        if t not in teachers:
            errs.append(f"manifest bad teacher {doc} {t}")
    truth = rows("truth.csv")
    truth_keys = set()
    for r in truth:
        if r["document"] not in files:
            errs.append(f"truth: missing file {r['document']}")
            continue
        if r["entry_type"] not in TYPES:
            errs.append(f"truth: bad type {r}")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["entry_date"]):
            errs.append(f"truth: bad date {r}")
        sid = r["student_id"]
        if sid != "ASK":
            if sid not in studs:
                errs.append(f"truth: unknown student {sid}")
            elif studs[sid]["teacher_id"] != man[r["document"]]:
                errs.append(f"truth: {sid} not a student of dropping teacher for {r['document']}")
        truth_keys.add((r["document"], sid))
    docs_in_truth = {r["document"] for r in truth}
    if docs_in_truth != files:
        errs.append(f"truth missing docs: {files - docs_in_truth}")
    cache = {}
    labels = rows("labelled_set.csv")
    for r in labels:
        doc = r["document"]
        if doc not in files:
            errs.append(f"label: missing file {doc}")
            continue
        if (doc, r["student_id"]) not in truth_keys:
            errs.append(f"label: ({doc},{r['student_id']}) not in truth")
        if r["skill"] not in SKILLS:
            errs.append(f"label: bad skill {r['skill']}")
        if r["level"] not in LEVELS:
            errs.append(f"label: bad level {r['level']}")
        if doc not in cache:
            cache[doc] = norm(text_of(os.path.join(DOCDIR, doc)))
        if norm(r["quote"]) not in cache[doc]:
            errs.append(f"label: quote not found in {doc}: {r['quote'][:60]}")
    if len(files) < 40:
        errs.append("fewer than 40 documents")
    if len(labels) < 120:
        errs.append("fewer than 120 labels")
    for s in SKILLS:
        lv = {r["level"] for r in labels if r["skill"] == s}
        if not {"Emerging", "Advanced"} <= lv:
            errs.append(f"skill {s} lacks Emerging or Advanced: {lv}")
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
