"""Verify the set: quotes are verbatim substrings of built text; references are consistent. Prints OK."""
import csv, datetime, os, re, sys
from docx import Document
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
DOCDIR = os.path.join(HERE, "documents")
TYPES = {"group_discussion_transcript", "peer_tutoring_transcript", "project_presentation_transcript",
         "reflection_journal", "peer_feedback", "teacher_observation_note", "parent_note"}
SKILLS = {"Self-Awareness", "Self-Management", "Social Awareness", "Relationship Skills",
          "Responsible Decision-Making", "Working Memory", "Inhibitory Control", "Cognitive Flexibility",
          "Planning & Prioritization", "Organization", "Task Initiation", "Critical Thinking",
          "Communication", "Collaboration", "Creativity & Innovation", "Digital Literacy", "Global Awareness"}
LEVELS = {"Emerging", "Developing", "Proficient", "Advanced"}


def text_of(path):
    if path.endswith(".docx"):
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    if path.endswith(".pdf"):
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def rows(name):
    with open(os.path.join(HERE, name), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def main():
    errs = []
    teachers = {r["id"] for r in rows("roster/teachers.csv")}
    students = {r["id"]: r for r in rows("roster/students.csv")}
    for s in students.values():
        if s["teacher_id"] not in teachers:
            errs.append(f"student {s['id']} bad teacher")
    files = set(os.listdir(DOCDIR))
    manifest = {r["document"]: r["teacher_id"] for r in rows("manifest.csv")}
    if set(manifest) != files:
        errs.append(f"manifest/files mismatch: {set(manifest) ^ files}")
    for doc, t in manifest.items():
        if t not in teachers:
            errs.append(f"manifest {doc}: bad teacher {t}")
    truth = rows("truth.csv")
    truth_pairs = set()
    for r in truth:
        if r["document"] not in files:
            errs.append(f"truth: missing file {r['document']}")
        if r["entry_type"] not in TYPES:
            errs.append(f"truth: bad type {r}")
        try:
            datetime.date.fromisoformat(r["entry_date"])
        except ValueError:
            errs.append(f"truth: bad date {r}")
        sid = r["student_id"]
        if sid != "ASK":
            if sid not in students:
                errs.append(f"truth: unknown student {sid}")
            elif students[sid]["teacher_id"] != manifest.get(r["document"]):
                errs.append(f"truth: {sid} not dropping teacher's student in {r['document']}")
        truth_pairs.add((r["document"], sid))
    for f in files:
        if not any(d == f for d, _ in truth_pairs):
            errs.append(f"no truth row for {f}")
    cache = {}
    labels = rows("labelled_set.csv")
    for r in labels:
        doc = r["document"]
        if doc not in files:
            errs.append(f"label: missing file {doc}")
            continue
        if (doc, r["student_id"]) not in truth_pairs:
            errs.append(f"label: ({doc}, {r['student_id']}) not in truth")
        if r["skill"] not in SKILLS:
            errs.append(f"label: bad skill {r['skill']}")
        if r["level"] not in LEVELS:
            errs.append(f"label: bad level {r['level']}")
        if doc not in cache:
            cache[doc] = norm(text_of(os.path.join(DOCDIR, doc)))
        if norm(r["quote"]) not in cache[doc]:
            errs.append(f"label: quote not found in {doc}: {r['quote'][:70]}")
    if len(files) < 40:
        errs.append("fewer than 40 documents")
    if len(labels) < 120:
        errs.append("fewer than 120 labels")
    covered = {(r["skill"], r["level"]) for r in labels}
    for s in SKILLS:
        for lv in ("Emerging", "Advanced"):
            if (s, lv) not in covered:
                errs.append(f"no {lv} label for {s}")
    if errs:
        print("\n".join(errs))
        print(f"FAILED ({len(errs)} problems)")
        sys.exit(1)
    print(f"OK: {len(files)} documents, {len(truth)} truth rows, {len(labels)} labels")


if __name__ == "__main__":
    main()
