"""Independent checker for tuning21: reads only built files, never content.py."""
import csv, os, re, sys, email
from email import policy
from collections import Counter, defaultdict
from docx import Document
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
errors = []


def err(m):
    errors.append(m)


def rd(rel):
    with open(os.path.join(HERE, rel), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def text_of(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.extend(c.text for c in row.cells)
        return "\n".join(parts)
    if ext == "pdf":
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(path).pages)
    if ext == "eml":
        with open(path, "rb") as f:
            m = email.message_from_binary_file(f, policy=policy.default)
        body = m.get_body(preferencelist=("plain",))
        return "Subject: %s\n%s" % (m["subject"], body.get_content())
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(s):
    return re.sub(r"\s+", "", s.replace("\u2019", "'")).lower()


teachers = rd("roster/teachers.csv")
students = rd("roster/students.csv")
tids = {t["id"] for t in teachers}
if len(teachers) != 4 or not all(re.fullmatch(r"T22\d\d", t) for t in tids):
    err("teachers roster")
if list(teachers[0].keys()) != ["id", "name", "email", "slack_user_id"]:
    err("teachers header")
if list(students[0].keys()) != ["id", "name", "grade", "teacher_id", "nickname"]:
    err("students header")
stud = {s["id"]: s for s in students}
if len(stud) != 16:
    err("need 16 students")
per_t = Counter(s["teacher_id"] for s in students)
if set(per_t) != tids or any(v != 4 for v in per_t.values()):
    err("4 students per teacher")
firsts = defaultdict(set)
for s in students:
    firsts[s["name"].split()[0]].add(s["teacher_id"])
if not any(len(v) > 1 for v in firsts.values()):
    err("no shared first name across teachers")
if not any(s["nickname"] for s in students):
    err("no nicknames")

files = sorted(os.listdir(DOCS))
if not 40 <= len(files) <= 50:
    err("doc count %d" % len(files))
ext = Counter(f.rsplit(".", 1)[-1].lower() for f in files)
for e, n in [("docx", 6), ("pdf", 5), ("md", 5), ("txt", 8), ("eml", 4)]:
    if ext[e] < n:
        err("too few .%s: %d" % (e, ext[e]))
texts = {}
for f in files:
    try:
        texts[f] = text_of(os.path.join(DOCS, f))
    except Exception as e:  # noqa
        err("cannot read %s: %s" % (f, e))
        continue
    if len(texts[f].strip()) < 100:
        err("too little text in %s" % f)
ts = [f for f, t in texts.items() if f.endswith((".vtt", ".srt")) or re.search(r"\[\d\d:\d\d:\d\d\]", t)]
if len(ts) < 3:
    err("fewer than 3 timestamped transcripts")

manifest = rd("manifest.csv")
man = {r["document"]: r["teacher_id"] for r in manifest}
if set(man) != set(files):
    err("manifest/documents mismatch: %s" % (set(man) ^ set(files)))
if not set(man.values()) <= tids:
    err("manifest teacher ids")

truth = rd("truth.csv")
tkeys = set()
for r in truth:
    d, sid = r["document"], r["student_id"]
    if d not in man:
        err("truth doc not in manifest: %s" % d)
        continue
    if (d, sid) in tkeys:
        err("duplicate truth row %s %s" % (d, sid))
    tkeys.add((d, sid))
    if sid == "ASK":
        if r["entry_type"] or r["entry_date"]:
            err("ASK row must have empty type/date: %s" % d)
        continue
    if sid not in stud:
        err("unknown student %s" % sid)
        continue
    if stud[sid]["teacher_id"] != man[d]:
        err("truth row for other teacher's student: %s %s" % (d, sid))
    if r["entry_type"] not in TYPES:
        err("bad type %s" % r["entry_type"])
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", r["entry_date"]) or not "2025-09-02" <= r["entry_date"] <= "2026-06-26":
        err("bad date %s in %s" % (r["entry_date"], d))
missing = set(files) - {k[0] for k in tkeys}
if missing:
    err("docs without truth: %s" % missing)

labels = rd("labelled_set.csv")
lkeys = set()
lev = Counter()
sk = set()
for r in labels:
    d, sid = r["document"], r["student_id"]
    k = (d, sid, r["skill"])
    if k in lkeys:
        err("duplicate label %s" % (k,))
    lkeys.add(k)
    if (d, sid) not in tkeys or sid == "ASK":
        err("label without truth row: %s %s" % (d, sid))
    if r["skill"] not in SKILLS:
        err("bad skill %s" % r["skill"])
    if r["level"] not in LEVELS:
        err("bad level %s" % r["level"])
    lev[r["level"]] += 1
    sk.add(r["skill"])
    q = r["quote"]
    if d in texts and norm(q) not in norm(texts[d]):
        err("quote not found in %s: %s" % (d, q[:60]))
    if re.search(r":\s*(Emerging|Developing|Proficient|Advanced)\b", q):
        err("quote looks like a rating line: %s" % q[:60])
if len(labels) < 130:
    err("only %d labels" % len(labels))
if len(sk) < 14:
    err("only %d skills" % len(sk))
for l in LEVELS:
    if lev[l] < 20:
        err("level %s has %d labels" % (l, lev[l]))

print("docs", len(files), dict(ext))
print("truth rows", len(truth), "labels", len(labels), "skills", len(sk), dict(lev))
if errors:
    for e in errors:
        print("ERROR", e)
    sys.exit(1)
print("OK")
