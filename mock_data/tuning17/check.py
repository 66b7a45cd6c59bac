"""Check the built Cedar Hollow set. Independent of content.py: reads only built files.

Usage: python check.py [set_dir]    prints OK when every check passes.
"""
import collections
import csv
import datetime as dt
import email
import email.policy
import os
import re
import sys

import docx
import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = sys.argv[1] if len(sys.argv) > 1 else HERE

ENTRY_TYPES = {"group_discussion_transcript", "peer_tutoring_transcript",
               "project_presentation_transcript", "reflection_journal", "peer_feedback",
               "teacher_observation_note", "parent_note"}
SKILLS = {"Self-Awareness", "Self-Management", "Social Awareness", "Relationship Skills",
          "Responsible Decision-Making", "Working Memory", "Inhibitory Control",
          "Cognitive Flexibility", "Planning & Prioritization", "Organization", "Task Initiation",
          "Critical Thinking", "Communication", "Collaboration", "Creativity & Innovation",
          "Digital Literacy", "Global Awareness"}
LEVELS = ["Emerging", "Developing", "Proficient", "Advanced"]
YEAR_START, YEAR_END = dt.date(2025, 8, 18), dt.date(2026, 5, 29)
TRANSCRIPT_TYPES = {"group_discussion_transcript", "peer_tutoring_transcript",
                    "project_presentation_transcript"}
# lines a quote must never come from: rating lines, teacher prompts, metadata
BAD_LINE = re.compile(r"^\s*(skills observed|rubric|rating line|teacher check|q\b|q\(|q \(|\*\*ms\. w:\*\*|"
                      r"\*mr\. o's question|mr\. o asked|okafor note|observed:|note observed)", re.I)

errors = []


def err(msg):
    errors.append(msg)


def read_csv(name):
    with open(os.path.join(ROOT, name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip()


def extract(path):
    ext = os.path.splitext(path)[1].lower()
    if ext == ".docx":
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if ext == ".pdf":
        r = pypdf.PdfReader(path)
        return "\n".join(page.extract_text() or "" for page in r.pages)
    if ext == ".eml":
        with open(path, "rb") as f:
            msg = email.message_from_binary_file(f, policy=email.policy.default)
        body = msg.get_body(preferencelist=("plain",))
        return "Subject: %s\n%s" % (msg["Subject"], body.get_content())
    with open(path, encoding="utf-8") as f:
        return f.read()


# ---- roster
teachers = read_csv("roster/teachers.csv")
students = read_csv("roster/students.csv")
if [list(teachers[0].keys()) if teachers else None] != [["id", "name", "email", "slack_user_id"]]:
    err("teachers.csv header")
if students and list(students[0].keys()) != ["id", "name", "grade", "teacher_id", "nickname"]:
    err("students.csv header")
tids = {t["id"] for t in teachers}
if tids != {"T1801", "T1802", "T1803", "T1804"}:
    err("teacher ids %s" % sorted(tids))
sids = {s["id"]: s for s in students}
if set(sids) != {"S18%02d" % i for i in range(1, 17)}:
    err("student ids")
per_t = collections.Counter(s["teacher_id"] for s in students)
if any(per_t[t] != 4 for t in tids):
    err("not 4 students per teacher: %s" % per_t)
if not any(s["nickname"] for s in students):
    err("no nicknames")
first = collections.defaultdict(set)
for s in students:
    first[s["name"].split()[0]].add(s["teacher_id"])
if not any(len(v) > 1 for v in first.values()):
    err("no first name shared across teachers")

# ---- documents and manifest
docdir = os.path.join(ROOT, "documents")
files = sorted(os.listdir(docdir))
manifest = read_csv("manifest.csv")
mdocs = {m["document"]: m["teacher_id"] for m in manifest}
if len(mdocs) != len(manifest):
    err("duplicate manifest rows")
if set(files) != set(mdocs):
    err("manifest/doc mismatch: %s" % (set(files) ^ set(mdocs)))
if not 40 <= len(files) <= 50:
    err("document count %d" % len(files))
for d, t in mdocs.items():
    if t not in tids:
        err("manifest teacher %s for %s" % (t, d))
ext_count = collections.Counter(os.path.splitext(f)[1].lower() for f in files)
for ext, n in {".docx": 6, ".pdf": 5, ".md": 5, ".txt": 8, ".eml": 4}.items():
    if ext_count[ext] < n:
        err("need >=%d %s, have %d" % (n, ext, ext_count[ext]))

texts = {}
for f in files:
    try:
        texts[f] = extract(os.path.join(docdir, f))
    except Exception as e:  # noqa: BLE001
        err("cannot read %s: %s" % (f, e))
        continue
    if len(texts[f].strip()) < 100:
        err("too little text in %s" % f)

# format-specific checks
for f in files:
    p = os.path.join(docdir, f)
    if f.endswith(".docx"):
        cp = docx.Document(p).core_properties
        if not cp.title or not cp.author or cp.created is None:
            err("docx core properties missing in %s" % f)
    if f.endswith(".pdf"):
        info = pypdf.PdfReader(p).metadata
        if not info or "/CreationDate" not in info:
            err("pdf creation date missing in %s" % f)
    if f.endswith(".eml"):
        with open(p, "rb") as fh:
            m = email.message_from_binary_file(fh, policy=email.policy.default)
        for h in ("From", "To", "Subject", "Date"):
            if not m[h]:
                err("eml header %s missing in %s" % (h, f))
if not any("Forwarded message" in texts.get(f, "") for f in files if f.endswith(".eml")):
    err("no forwarded email")

# ---- truth
truth = read_csv("truth.csv")
if truth and list(truth[0].keys()) != ["document", "student_id", "entry_type", "entry_date", "notes"]:
    err("truth.csv header")
pairs = set()
docs_with_truth = collections.Counter()
types_by_doc = collections.defaultdict(set)
for r in truth:
    d, s = r["document"], r["student_id"]
    if d not in mdocs:
        err("truth row for unknown doc %s" % d)
        continue
    if (d, s) in pairs:
        err("duplicate truth row %s %s" % (d, s))
    pairs.add((d, s))
    docs_with_truth[d] += 1
    if s == "ASK":
        if r["entry_type"] or r["entry_date"]:
            err("ASK row with type/date in %s" % d)
        continue
    if s not in sids:
        err("unknown student %s in %s" % (s, d))
        continue
    if sids[s]["teacher_id"] != mdocs[d]:
        err("student %s is not teacher %s's (%s)" % (s, mdocs[d], d))
    if r["entry_type"] not in ENTRY_TYPES:
        err("bad entry type %r in %s" % (r["entry_type"], d))
    types_by_doc[d].add(r["entry_type"])
    try:
        day = dt.date.fromisoformat(r["entry_date"])
        if not YEAR_START <= day <= YEAR_END:
            err("date outside school year %s in %s" % (day, d))
    except ValueError:
        err("bad date %r in %s" % (r["entry_date"], d))
    first_name = sids[s]["name"].split()[0]
    nick = sids[s]["nickname"]
    t = texts.get(d, "")
    if first_name not in t and (not nick or nick not in t):
        err("student %s (%s) not named in %s" % (s, first_name, d))
for f in files:
    if not docs_with_truth[f]:
        err("no truth row for %s" % f)
if not any(s == "ASK" for _, s in pairs):
    err("no ASK row")
for etype in ENTRY_TYPES:
    if not any(etype in v for v in types_by_doc.values()):
        err("entry type %s unused" % etype)
n_transcripts = sum(1 for v in types_by_doc.values() if v & TRANSCRIPT_TYPES)
if n_transcripts < 3:
    err("fewer than 3 transcripts")

# ---- labels
labels = read_csv("labelled_set.csv")
if labels and list(labels[0].keys()) != ["document", "student_id", "skill", "level", "quote"]:
    err("labelled_set.csv header")
lvl = collections.Counter()
skills_used = set()
seen_labels = set()
for r in labels:
    d, s = r["document"], r["student_id"]
    key = (d, s, r["skill"], r["quote"])
    if key in seen_labels:
        err("duplicate label %s" % (key,))
    seen_labels.add(key)
    if (d, s) not in pairs or s == "ASK":
        err("label without truth row: %s %s" % (d, s))
    if r["skill"] not in SKILLS:
        err("bad skill %r" % r["skill"])
    if r["level"] not in LEVELS:
        err("bad level %r" % r["level"])
    lvl[r["level"]] += 1
    skills_used.add(r["skill"])
    q = norm(r["quote"])
    t = norm(texts.get(d, ""))
    if len(q) < 8:
        err("quote too short in %s" % d)
    if q not in t:
        err("quote not verbatim in %s: %r" % (d, r["quote"][:60]))
        continue
    # the quote must not sit on a rating / prompt / metadata line
    raw = texts.get(d, "")
    for line in raw.splitlines():
        if norm(line) and q[:40] in norm(line) and BAD_LINE.search(line):
            err("quote from a rating/prompt line in %s: %r" % (d, q[:50]))
if len(labels) < 130:
    err("only %d labels" % len(labels))
if len(skills_used) < 14:
    err("only %d skills labelled" % len(skills_used))
for L in LEVELS:
    if lvl[L] < 20:
        err("only %d %s labels" % (lvl[L], L))

if errors:
    for e in errors:
        print("ERROR:", e)
    print("%d error(s)" % len(errors))
    sys.exit(1)
print("documents=%d truth_rows=%d labels=%d levels=%s skills=%d" % (
    len(files), len(truth), len(labels), dict((L, lvl[L]) for L in LEVELS), len(skills_used)))
print("OK")
