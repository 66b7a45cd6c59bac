"""Independent checker: reads only the built files (not content.py) and prints OK."""
import csv, datetime, os, re, sys
from collections import Counter, defaultdict
from email import policy
from email.parser import BytesParser

import docx
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
TYPES = {"group_discussion_transcript", "peer_tutoring_transcript", "project_presentation_transcript",
         "reflection_journal", "peer_feedback", "teacher_observation_note", "parent_note"}
SKILLS = {"Self-Awareness", "Self-Management", "Social Awareness", "Relationship Skills",
          "Responsible Decision-Making", "Working Memory", "Inhibitory Control", "Cognitive Flexibility",
          "Planning & Prioritization", "Organization", "Task Initiation", "Critical Thinking",
          "Communication", "Collaboration", "Creativity & Innovation", "Digital Literacy", "Global Awareness"}
LEVELS = ["Emerging", "Developing", "Proficient", "Advanced"]
BAD_LINE_START = re.compile(r"^(<v (Mr|Ms|Mrs) |\[\d\d:\d\d:\d\d\] (Mr|Ms|Mrs) |\*{0,2}(Mr|Ms|Mrs)( [A-Z][a-z]*)?:|(?-i:NOTE )|Skills observed|\[?teacher|Teacher (note|comment)|[A-Z][A-Za-z]? ?[A-Z]? ?notes?:"
                            r"|\*{0,2}(Date|Name|Class|Student|Teacher|Observer|Present|Setting|Task|Focus|Group|Group observed|Speaker|"
                            r"Feedback from|Presenters?|Reviewer|Writer|To|From|Context|Activity|Recorded|Author of feedback|For|"
                            r"Writer of feedback|Feedback for|Subject):)", re.I)
errors = []


def err(msg):
    errors.append(msg)


def read_csv(name):
    with open(os.path.join(HERE, name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def extract(path):
    ext = path.rsplit(".", 1)[1].lower()
    if ext == "docx":
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        cp = d.core_properties
        if cp.created is None or cp.created.year != 2026:
            err("docx created date not set: " + path)
        return "\n".join(parts)
    if ext == "pdf":
        r = PdfReader(path)
        return "\n".join(p.extract_text() or "" for p in r.pages)
    if ext == "eml":
        with open(path, "rb") as f:
            m = BytesParser(policy=policy.default).parse(f)
        for h in ("From", "To", "Subject", "Date"):
            if not m[h]:
                err("eml missing %s: %s" % (h, path))
        return m.get_body(preferencelist=("plain",)).get_content()
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(s):
    s = s.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    return " ".join(s.split())


def main():
    teachers = read_csv("roster/teachers.csv")
    students = read_csv("roster/students.csv")
    if [list(teachers[0].keys()), list(students[0].keys())] != [["id", "name", "email", "slack_user_id"],
                                                                 ["id", "name", "grade", "teacher_id", "nickname"]]:
        err("roster headers")
    tids = {t["id"] for t in teachers}
    if len(teachers) != 4 or not all(re.fullmatch(r"T200[1-4]", t) for t in tids):
        err("teachers")
    if len(students) != 16 or {s["id"] for s in students} != {"S%d" % i for i in range(2001, 2017)}:
        err("students")
    teacher_of = {s["id"]: s["teacher_id"] for s in students}
    per_t = Counter(teacher_of.values())
    if any(per_t[t] != 4 for t in tids):
        err("4 students per teacher")
    if not any(s["nickname"] for s in students):
        err("nicknames")
    firsts = defaultdict(set)
    for s in students:
        firsts[s["name"].split()[0]].add(s["teacher_id"])
    if not any(len(v) > 1 for v in firsts.values()):
        err("no first name shared across teachers")

    manifest = read_csv("manifest.csv")
    files = sorted(os.listdir(DOCS))
    mdocs = {m["document"]: m["teacher_id"] for m in manifest}
    if set(files) != set(mdocs) or len(files) != len(manifest):
        err("manifest/documents mismatch")
    if not 40 <= len(files) <= 50:
        err("document count %d" % len(files))
    if any(t not in tids for t in mdocs.values()):
        err("manifest teacher")
    ext = Counter(f.rsplit(".", 1)[1] for f in files)
    need = {"docx": 6, "pdf": 5, "md": 5, "txt": 8, "eml": 4}
    for k, v in need.items():
        if ext[k] < v:
            err("too few .%s" % k)
    texts = {}
    for f in files:
        try:
            texts[f] = extract(os.path.join(DOCS, f))
        except Exception as e:  # noqa: BLE001
            err("extract %s: %s" % (f, e))
            texts[f] = ""
        if len(texts[f].strip()) < 50:
            err("little text in " + f)
    stamped = [f for f in files if f.endswith((".vtt", ".srt")) or re.search(r"^\[\d\d:\d\d:\d\d\] ", texts[f], re.M)]
    if len(stamped) < 3:
        err("too few timestamped transcripts")
    if not any("Forwarded message" in texts[f] for f in files if f.endswith(".eml")):
        err("no forwarded email")

    truth = read_csv("truth.csv")
    tkeys = set()
    start, end = datetime.date(2026, 2, 2), datetime.date(2026, 12, 11)
    for r in truth:
        key = (r["document"], r["student_id"])
        if key in tkeys:
            err("duplicate truth %s" % (key,))
        tkeys.add(key)
        if r["document"] not in mdocs:
            err("truth doc unknown " + r["document"])
            continue
        if r["student_id"] == "ASK":
            if r["entry_type"] or r["entry_date"]:
                err("ASK row must have empty type/date")
            continue
        if teacher_of.get(r["student_id"]) != mdocs[r["document"]]:
            err("truth student not dropping teacher's: %s" % (key,))
        if r["entry_type"] not in TYPES:
            err("bad type %s" % (key,))
        try:
            dt = datetime.date.fromisoformat(r["entry_date"])
            if not start <= dt <= end:
                err("date outside school year %s" % (key,))
        except ValueError:
            err("bad date %s" % (key,))
    if set(mdocs) - {r["document"] for r in truth}:
        err("documents without truth rows: %s" % (set(mdocs) - {r["document"] for r in truth}))
    if Counter(r["entry_type"] for r in truth if r["entry_type"]).keys() != TYPES:
        err("not all entry types used")

    labels = read_csv("labelled_set.csv")
    lkeys = set()
    for r in labels:
        k = (r["document"], r["student_id"], r["skill"])
        if k in lkeys:
            err("duplicate label %s" % (k,))
        lkeys.add(k)
        if (r["document"], r["student_id"]) not in tkeys or r["student_id"] == "ASK":
            err("label without truth row %s" % (k,))
        if r["skill"] not in SKILLS:
            err("bad skill %s" % (k,))
        if r["level"] not in LEVELS:
            err("bad level %s" % (k,))
        q = norm(r["quote"])
        t = norm(texts.get(r["document"], ""))
        if len(q) < 12 or q not in t:
            err("quote not found verbatim %s: %r" % (k, q[:60]))
            continue
        # the line holding the quote must not be a teacher turn, note or metadata header
        raw = texts[r["document"]]
        head = q.split()[0:4]
        for line in raw.splitlines():
            if " ".join(head) in norm(line) and q[:25] in norm(line):
                if BAD_LINE_START.search(line.strip()):
                    err("quote from teacher/header line %s" % (k,))
    lv = Counter(r["level"] for r in labels)
    sk = Counter(r["skill"] for r in labels)
    if len(labels) < 130:
        err("labels %d < 130" % len(labels))
    if len(sk) < 14:
        err("skills %d < 14" % len(sk))
    if any(lv[l] < 20 for l in LEVELS):
        err("level counts %s" % dict(lv))
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    print("documents=%d truth_rows=%d labels=%d levels=%s skills=%d" % (
        len(files), len(truth), len(labels), {l: lv[l] for l in LEVELS}, len(sk)))
    print("OK")


if __name__ == "__main__":
    main()
