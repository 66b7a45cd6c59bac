"""Verify the built set: quotes are verbatim in document text, references are valid."""
import csv, os, re, sys
from email import policy
from email.parser import BytesParser
from docx import Document
from pypdf import PdfReader

OUT = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(OUT, "documents")
SKILLS = {"Self-Awareness", "Self-Management", "Social Awareness", "Relationship Skills",
          "Responsible Decision-Making", "Working Memory", "Inhibitory Control",
          "Cognitive Flexibility", "Planning & Prioritization", "Organization", "Task Initiation",
          "Critical Thinking", "Communication", "Collaboration", "Creativity & Innovation",
          "Digital Literacy", "Global Awareness"}
LEVELS = {"Emerging", "Developing", "Proficient", "Advanced"}
TYPES = {"group_discussion_transcript", "peer_tutoring_transcript", "project_presentation_transcript",
         "reflection_journal", "peer_feedback", "teacher_observation_note", "parent_note"}


def text_of(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts += [c.text for c in row.cells]
        return "\n".join(parts)
    if ext == "pdf":
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if ext == "eml":
        with open(path, "rb") as f:
            m = BytesParser(policy=policy.default).parse(f)
        return m.get_body(preferencelist=("plain",)).get_content()
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def rows(name):
    with open(os.path.join(OUT, name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def main():
    errs = []
    students = {r["id"]: r for r in rows("roster/students.csv")}
    teachers = {r["id"] for r in rows("roster/teachers.csv")}
    manifest = {r["document"]: r["teacher_id"] for r in rows("manifest.csv")}
    files = set(os.listdir(DOCS))
    if set(manifest) != files:
        errs.append(f"manifest/files mismatch: {set(manifest) ^ files}")
    for d, t in manifest.items():
        if t not in teachers:
            errs.append(f"bad teacher {t} for {d}")
    texts = {f: norm(text_of(os.path.join(DOCS, f))) for f in files}
    truth = rows("truth.csv")
    truth_keys = set()
    for r in truth:
        d, s = r["document"], r["student_id"]
        if d not in files:
            errs.append(f"truth: missing file {d}")
            continue
        if s != "ASK":
            if s not in students:
                errs.append(f"truth: unknown student {s}")
            elif students[s]["teacher_id"] != manifest[d]:
                errs.append(f"truth: {s} not a student of dropping teacher for {d}")
        if r["entry_type"] not in TYPES:
            errs.append(f"truth: bad type {r['entry_type']}")
        if not re.fullmatch(r"20(25|26)-\d\d-\d\d", r["entry_date"]):
            errs.append(f"truth: bad date {r['entry_date']}")
        truth_keys.add((d, s))
    docs_in_truth = {k[0] for k in truth_keys}
    if docs_in_truth != files:
        errs.append(f"documents without truth: {files - docs_in_truth}")
    labels = rows("labelled_set.csv")
    for r in labels:
        d = r["document"]
        if (d, r["student_id"]) not in truth_keys:
            errs.append(f"label: ({d},{r['student_id']}) not in truth")
        if r["skill"] not in SKILLS:
            errs.append(f"label: bad skill {r['skill']}")
        if r["level"] not in LEVELS:
            errs.append(f"label: bad level {r['level']}")
        if d in texts and norm(r["quote"]) not in texts[d]:
            errs.append(f"label: quote not found in {d}: {r['quote'][:60]}")
    if len(files) < 40:
        errs.append(f"only {len(files)} documents")
    if len(labels) < 120:
        errs.append(f"only {len(labels)} labels")
    missing = SKILLS - {r["skill"] for r in labels}
    if missing:
        errs.append(f"skills not covered: {missing}")
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    print(f"OK ({len(files)} documents, {len(truth)} truth rows, {len(labels)} labels)")


if __name__ == "__main__":
    main()
