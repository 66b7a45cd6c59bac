"""Self-check for the TUNING set (standard library + python-docx + pypdf).

Run: /work/main/.venv/bin/python mock_data/tuning/check.py
Exit code 0 when everything passes.
"""
import collections
import csv
import datetime as dt
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")

SKILLS = [
    "Self-Awareness", "Self-Management", "Social Awareness", "Relationship Skills",
    "Responsible Decision-Making", "Working Memory", "Inhibitory Control",
    "Cognitive Flexibility", "Planning & Prioritization", "Organization", "Task Initiation",
    "Critical Thinking", "Communication", "Collaboration", "Creativity & Innovation",
    "Digital Literacy", "Global Awareness",
]
LEVELS = ["Emerging", "Developing", "Proficient", "Advanced"]
TYPES = [
    "group_discussion_transcript", "peer_tutoring_transcript", "project_presentation_transcript",
    "reflection_journal", "peer_feedback", "teacher_observation_note", "parent_note",
]
TXT_ENCODINGS = {"t_08.txt": "cp1252", "t_13.txt": "utf-16"}

problems = []


def bad(msg):
    problems.append(msg)
    print("FAIL:", msg)


def extract(name):
    path = os.path.join(DOCS, name)
    ext = name.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        import docx
        return "\n".join(p.text for p in docx.Document(path).paragraphs)
    if ext == "pdf":
        import pypdf
        return "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(path).pages)
    raw = open(path, "rb").read()
    enc = TXT_ENCODINGS.get(name, "utf-8")
    if raw.startswith(b"\xff\xfe") or raw.startswith(b"\xfe\xff"):
        enc = "utf-16"
    return raw.decode(enc)


def read_csv(name):
    with open(os.path.join(HERE, name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def main():
    teachers = read_csv("roster/teachers.csv")
    students = read_csv("roster/students.csv")
    tids = {t["id"] for t in teachers}
    sids = {s["id"] for s in students}
    for s in students:
        if s["teacher_id"] not in tids:
            bad(f"student {s['id']} has unknown teacher {s['teacher_id']}")
    first = collections.Counter(s["name"].split()[0] for s in students)
    if not any(c > 1 for c in first.values()):
        bad("no shared first name in roster")

    truth = read_csv("truth.csv")
    labels = read_csv("labelled_set.csv")
    files = sorted(os.listdir(DOCS))
    texts = {}
    for fn in files:
        try:
            texts[fn] = extract(fn)
        except Exception as e:  # noqa: BLE001
            bad(f"cannot extract {fn}: {e}")
    truth_docs = {r["document"] for r in truth}
    for fn in files:
        if fn not in truth_docs:
            bad(f"{fn} has no truth row")
    pairs = set()
    for r in truth:
        if r["document"] not in texts:
            bad(f"truth: missing file {r['document']}")
        if r["student_id"] and r["student_id"] not in sids:
            bad(f"truth: unknown student {r['student_id']}")
        if r["entry_type"] not in TYPES:
            bad(f"truth: bad entry_type {r['entry_type']}")
        try:
            d = dt.date.fromisoformat(r["entry_date"])
            if not dt.date(2025, 9, 1) <= d <= dt.date(2025, 12, 19):
                bad(f"truth: date out of term {r['entry_date']}")
        except ValueError:
            bad(f"truth: bad date {r['entry_date']}")
        pairs.add((r["document"], r["student_id"]))

    for r in labels:
        doc, sid = r["document"], r["student_id"]
        if (doc, sid) not in pairs:
            bad(f"label ({doc},{sid}) not in truth")
        if r["skill"] not in SKILLS:
            bad(f"label: bad skill {r['skill']}")
        if r["level"] not in LEVELS:
            bad(f"label: bad level {r['level']}")
        q = r["quote"]
        n = len(q.split())
        if not 5 <= n <= 25:
            bad(f"label: quote has {n} words: {q!r}")
        if "\n" in q:
            bad(f"label: quote spans lines: {q!r}")
        if doc in texts and q not in texts[doc]:
            bad(f"quote not found in {doc}: {q!r}")

    lv = collections.Counter(r["level"] for r in labels)
    sk = collections.Counter(r["skill"] for r in labels)
    ty = collections.Counter()
    for doc in sorted(truth_docs):
        ty[next(r["entry_type"] for r in truth if r["document"] == doc)] += 1
    fm = collections.Counter(f.rsplit(".", 1)[-1] for f in files)
    print(f"documents: {len(files)}  truth rows: {len(truth)}  labels: {len(labels)}")
    print("formats:", dict(fm))
    print("entry types (per document):", dict(ty))
    print("levels:", {k: lv[k] for k in LEVELS})
    print(f"skills covered: {len(sk)}/17", dict(sk))
    if len(files) < 36:
        bad("fewer than 36 documents")
    if len(labels) < 80:
        bad("fewer than 80 labels")
    if min(lv[k] for k in LEVELS) < 12:
        bad("a level has fewer than 12 labels")
    if len(sk) < 12:
        bad("fewer than 12 skills")
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
