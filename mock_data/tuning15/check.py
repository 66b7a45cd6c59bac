"""Independent checker for the tuning15 blind set.

Reads only the built files (roster/, documents/, manifest.csv, truth.csv, labelled_set.csv);
does not import content.py. Prints OK or the list of problems.
"""
import csv
import datetime as dt
import email
import email.policy
import os
import re
import sys
from collections import Counter, defaultdict

import docx
import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")

ENTRY_TYPES = {"group_discussion_transcript", "peer_tutoring_transcript", "project_presentation_transcript",
               "reflection_journal", "peer_feedback", "teacher_observation_note", "parent_note"}
SKILLS = {"Self-Awareness", "Self-Management", "Social Awareness", "Relationship Skills",
          "Responsible Decision-Making", "Working Memory", "Inhibitory Control", "Cognitive Flexibility",
          "Planning & Prioritization", "Organization", "Task Initiation", "Critical Thinking", "Communication",
          "Collaboration", "Creativity & Innovation", "Digital Literacy", "Global Awareness"}
LEVELS = ["Emerging", "Developing", "Proficient", "Advanced"]
YEAR_START, YEAR_END = dt.date(2025, 8, 25), dt.date(2026, 6, 5)

problems = []


def bad(msg):
    problems.append(msg)


def read_csv(name):
    with open(os.path.join(HERE, name), newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


# ---------------------------------------------------------------- extraction
def extract_docx(path):
    d = docx.Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for cell in row.cells:
                parts.append(cell.text)
    return "\n".join(parts), d.core_properties


def extract_pdf(path):
    r = pypdf.PdfReader(path)
    return "\n".join(page.extract_text() or "" for page in r.pages), r.metadata


def extract_eml(path):
    with open(path, "rb") as fh:
        msg = email.message_from_binary_file(fh, policy=email.policy.default)
    body = msg.get_body(preferencelist=("plain",))
    return f"Subject: {msg['subject']}\n" + body.get_content(), msg


def extract(path):
    ext = os.path.splitext(path)[1].lower()
    if ext == ".docx":
        return extract_docx(path)[0]
    if ext == ".pdf":
        return extract_pdf(path)[0]
    if ext == ".eml":
        return extract_eml(path)[0]
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- roster
teachers = read_csv("roster/teachers.csv")
students = read_csv("roster/students.csv")
if [list(teachers[0].keys())] != [["id", "name", "email", "slack_user_id"]]:
    bad("teachers.csv header")
if list(students[0].keys()) != ["id", "name", "grade", "teacher_id", "nickname"]:
    bad("students.csv header")
tids = {t["id"] for t in teachers}
if len(teachers) != 4 or not all(re.fullmatch(r"T160[1-4]", t) for t in tids):
    bad("need teachers T1601-T1604")
if len(students) != 16 or {s["id"] for s in students} != {f"S16{i:02d}" for i in range(1, 17)}:
    bad("need students S1601-S1616")
per_t = Counter(s["teacher_id"] for s in students)
if any(per_t[t] != 4 for t in tids):
    bad(f"need 4 students per teacher: {per_t}")
if sum(1 for s in students if s["nickname"]) < 3:
    bad("need some nicknames")
first_by_t = defaultdict(set)
for s in students:
    first_by_t[s["name"].split()[0]].add(s["teacher_id"])
if not any(len(v) > 1 for v in first_by_t.values()):
    bad("need a first name shared across two teachers")
stu = {s["id"]: s for s in students}

# ---------------------------------------------------------------- documents / manifest
files = sorted(os.listdir(DOCS))
manifest = read_csv("manifest.csv")
mdocs = {m["document"]: m["teacher_id"] for m in manifest}
if len(mdocs) != len(manifest):
    bad("duplicate manifest rows")
if set(files) != set(mdocs):
    bad(f"manifest/document mismatch: {set(files) ^ set(mdocs)}")
if not 40 <= len(files) <= 50:
    bad(f"{len(files)} documents, need 40-50")
for d, t in mdocs.items():
    if t not in tids:
        bad(f"manifest teacher {t} for {d}")

ext_count = Counter(os.path.splitext(f)[1].lower() for f in files)
for ext, need in ((".docx", 6), (".pdf", 5), (".md", 5), (".txt", 8), (".eml", 4)):
    if ext_count[ext] < need:
        bad(f"need >= {need} {ext}, have {ext_count[ext]}")

texts = {}
for f in files:
    try:
        texts[f] = extract(os.path.join(DOCS, f))
    except Exception as exc:  # noqa
        bad(f"cannot extract {f}: {exc}")
        texts[f] = ""
    if len(norm(texts[f])) < 80:
        bad(f"too little text in {f}")

# docx core properties, pdf metadata
core_set = 0
for f in files:
    if f.endswith(".docx"):
        cp = extract_docx(os.path.join(DOCS, f))[1]
        if cp.title and cp.author and cp.created:
            core_set += 1
        d = docx.Document(os.path.join(DOCS, f))
    if f.endswith(".pdf"):
        meta = extract_pdf(os.path.join(DOCS, f))[1]
        if not meta or "/CreationDate" not in meta:
            bad(f"pdf without creation date: {f}")
if core_set < 3:
    bad("need docx files with core properties")
if sum(1 for f in files if f.endswith(".docx") and docx.Document(os.path.join(DOCS, f)).tables) < 2:
    bad("need docx with tables")

# emails: one forwarded
if not any("Forwarded message" in texts[f] for f in files if f.endswith(".eml")):
    bad("need a forwarded parent email")

# transcripts with timestamps and 3-5 speakers
TS_SPK = [
    re.compile(r"^<v ([^>]+)>", re.M),                              # vtt
    re.compile(r"^\[\d\d:\d\d:\d\d\] ([^:]+):", re.M),              # bracket
]
n_ts = 0
speakers_of = {}
for f in files:
    t = texts[f]
    spk = set()
    if f.endswith(".vtt"):
        spk = set(TS_SPK[0].findall(t))
    elif f.endswith(".srt"):
        spk = set(re.findall(r"\d\d:\d\d:\d\d,\d{3}\s*\n([^:\n]+):", t.replace("\r\n", "\n")))
    elif re.search(r"^\[\d\d:\d\d:\d\d\] ", t, re.M):
        spk = set(TS_SPK[1].findall(t))
    if spk:
        speakers_of[f] = spk
        if 3 <= len(spk) <= 5:
            n_ts += 1
if n_ts < 3:
    bad(f"need >= 3 timestamped transcripts with 3-5 speakers, have {n_ts}")

# ---------------------------------------------------------------- truth
truth = read_csv("truth.csv")
seen = set()
truth_by_doc = defaultdict(dict)
for r in truth:
    d, sid = r["document"], r["student_id"]
    if d not in mdocs:
        bad(f"truth for unknown document {d}")
        continue
    if (d, sid) in seen:
        bad(f"duplicate truth row {d} {sid}")
    seen.add((d, sid))
    truth_by_doc[d][sid] = r
    if sid == "ASK":
        if r["entry_type"] or r["entry_date"]:
            bad(f"ASK row with type/date: {d}")
        continue
    if sid not in stu:
        bad(f"unknown student {sid} in {d}")
        continue
    if stu[sid]["teacher_id"] != mdocs[d]:
        bad(f"{sid} is not a student of {mdocs[d]} ({d})")
    if r["entry_type"] not in ENTRY_TYPES:
        bad(f"bad entry_type {r['entry_type']} in {d}")
    try:
        day = dt.date.fromisoformat(r["entry_date"])
        if not YEAR_START <= day <= YEAR_END:
            bad(f"date outside school year {d}: {day}")
    except ValueError:
        bad(f"bad date {r['entry_date']} in {d}")
    # the student must be findable in the text by first name, nickname, or surname
    s = stu[sid]
    keys = {s["name"].split()[0], s["name"].split()[-1]} | ({s["nickname"]} if s["nickname"] else set())
    if not any(k.lower() in texts[d].lower() or k.lower() in d.lower() for k in keys):
        bad(f"{sid} not mentioned in {d}")
for d in mdocs:
    if d not in truth_by_doc:
        bad(f"no truth row for {d}")
    elif "ASK" in truth_by_doc[d] and len(truth_by_doc[d]) > 1:
        bad(f"ASK mixed with students in {d}")
if len(set(r["entry_type"] for r in truth if r["entry_type"])) < 7:
    bad("not all 7 entry types used")

# ---------------------------------------------------------------- labels
labels = read_csv("labelled_set.csv")
RATING = re.compile(r"(Skills observed|:\s*(Emerging|Developing|Proficient|Advanced)\b)", re.I)
lvl = Counter()
skl = Counter()
for i, r in enumerate(labels, 2):
    d, sid, q = r["document"], r["student_id"], r["quote"]
    where = f"labelled_set.csv line {i} ({d}, {sid})"
    if r["skill"] not in SKILLS:
        bad(f"{where}: bad skill {r['skill']}")
    if r["level"] not in LEVELS:
        bad(f"{where}: bad level {r['level']}")
    if sid not in truth_by_doc.get(d, {}) or sid == "ASK":
        bad(f"{where}: student has no truth row for this document")
    nq = norm(q)
    if len(nq) < 12:
        bad(f"{where}: quote too short")
    if nq not in norm(texts.get(d, "")):
        bad(f"{where}: quote not verbatim: {q[:60]}")
    if RATING.search(nq) or nq.startswith("**") or nq.endswith("?"):
        bad(f"{where}: quote looks like a rating line, header or question")
    # in speaker-labelled transcripts the quote must lie in one of the student's own turns
    if d in speakers_of:
        s = stu.get(sid, {"name": "?", "nickname": ""})
        keys = [s["name"].split()[0].lower()] + ([s["nickname"].lower()] if s.get("nickname") else [])
        raw = texts[d].replace("\r\n", "\n")
        ok = False
        for line in raw.split("\n"):
            m = re.match(r"^(?:<v ([^>]+)>|\[\d\d:\d\d:\d\d\] ([^:]+):|([^:\n<\[]{1,30}): )(.*)$", line)
            if not m:
                continue
            spk = (m.group(1) or m.group(2) or m.group(3) or "").strip().lower()
            if nq in norm(m.group(4)) and any(spk.startswith(k) for k in keys):
                ok = True
        if not ok:
            bad(f"{where}: quote not in the student's own turn")
    lvl[r["level"]] += 1
    skl[r["skill"]] += 1
if len(labels) < 130:
    bad(f"only {len(labels)} labels")
if len(skl) < 14:
    bad(f"only {len(skl)} skills labelled")
for L in LEVELS:
    if lvl[L] < 20:
        bad(f"only {lvl[L]} labels at {L}")
dup = Counter((r["document"], r["student_id"], r["skill"]) for r in labels)
for k, n in dup.items():
    lv = {r["level"] for r in labels if (r["document"], r["student_id"], r["skill"]) == k}
    if len(lv) > 1:
        bad(f"conflicting levels for {k}: {lv}")

if problems:
    for p in problems:
        print("PROBLEM:", p)
    sys.exit(1)
print(f"{len(files)} documents, {len(truth)} truth rows, {len(labels)} labels; levels "
      + ", ".join(f"{L}={lvl[L]}" for L in LEVELS) + f"; {len(skl)} skills")
print("OK")
