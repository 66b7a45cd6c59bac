"""Independent checker: reads only the built files (not content.py) and prints OK."""
import csv, os, re, sys, collections, datetime
from email import policy
from email.parser import BytesParser
import docx
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
SKILLS = {"Self-Awareness", "Self-Management", "Social Awareness", "Relationship Skills",
          "Responsible Decision-Making", "Working Memory", "Inhibitory Control",
          "Cognitive Flexibility", "Planning & Prioritization", "Organization", "Task Initiation",
          "Critical Thinking", "Communication", "Collaboration", "Creativity & Innovation",
          "Digital Literacy", "Global Awareness"}
LEVELS = ["Emerging", "Developing", "Proficient", "Advanced"]
TYPES = {"group_discussion_transcript", "peer_tutoring_transcript", "project_presentation_transcript",
         "reflection_journal", "peer_feedback", "teacher_observation_note", "parent_note"}
START, END = datetime.date(2025, 8, 6), datetime.date(2026, 5, 21)
errors = []
def err(m): errors.append(m)
def rows(name): return list(csv.DictReader(open(os.path.join(HERE, name), encoding="utf-8")))
def norm(s): return re.sub(r"\s+", " ", s).strip()

def extract(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.extend(c.text for c in r.cells)
        return "\n".join(parts)
    if ext == "pdf":
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if ext == "eml":
        m = BytesParser(policy=policy.default).parsebytes(open(path, "rb").read())
        body = m.get_body(preferencelist=("plain",))
        return "\n".join("%s: %s" % kv for kv in m.items()) + "\n" + body.get_content()
    return open(path, encoding="utf-8").read()

teachers = rows("roster/teachers.csv")
students = rows("roster/students.csv")
if [list(r.keys()) for r in teachers[:1]] != [["id", "name", "email", "slack_user_id"]]: err("teachers header")
if [list(r.keys()) for r in students[:1]] != [["id", "name", "grade", "teacher_id", "nickname"]]: err("students header")
tids = {t["id"] for t in teachers}
if len(teachers) != 4 or not all(re.fullmatch(r"T21\d\d", t) for t in tids): err("teachers")
stu = {s["id"]: s for s in students}
if len(stu) != 16 or not all(re.fullmatch(r"S21\d\d", s) for s in stu): err("students")
per = collections.Counter(s["teacher_id"] for s in students)
if set(per) != tids or set(per.values()) != {4}: err("4 students per teacher")
firsts = collections.defaultdict(set)
for s in students: firsts[s["name"].split()[0]].add(s["teacher_id"])
if not any(len(v) > 1 for v in firsts.values()): err("no shared first name across teachers")
if not any(s["nickname"] for s in students): err("no nicknames")

files = sorted(os.listdir(DOCS))
if not 40 <= len(files) <= 50: err("document count %d" % len(files))
ext = collections.Counter(f.rsplit(".", 1)[-1] for f in files)
for e, n in {"docx": 6, "pdf": 5, "md": 5, "txt": 8, "eml": 4}.items():
    if ext[e] < n: err("need >=%d .%s, have %d" % (n, e, ext[e]))
texts = {}
for f in files:
    try:
        texts[f] = norm(extract(os.path.join(DOCS, f)))
        if len(texts[f]) < 100: err("too little text in " + f)
    except Exception as e:
        err("cannot read %s: %s" % (f, e))
ts = [f for f in files if f.endswith((".vtt", ".srt")) or re.search(r"\[\d\d:\d\d:\d\d\]", texts.get(f, ""))]
if len(ts) < 3: err("need >=3 timestamped transcripts")
if not any("Forwarded message" in texts.get(f, "") for f in files if f.endswith(".eml")): err("no forwarded email")

manifest = {r["document"]: r["teacher_id"] for r in rows("manifest.csv")}
if set(manifest) != set(files): err("manifest does not match documents")
if not set(manifest.values()) <= tids: err("manifest teacher ids")

truth = rows("truth.csv")
tkeys = set()
for r in truth:
    d, s = r["document"], r["student_id"]
    if d not in manifest: err("truth unknown doc " + d); continue
    if s == "ASK":
        if r["entry_type"] or r["entry_date"]: err("ASK row must have empty type/date " + d)
    else:
        if s not in stu: err("truth unknown student " + s)
        elif stu[s]["teacher_id"] != manifest[d]: err("truth row for other teacher's student %s %s" % (d, s))
        if r["entry_type"] not in TYPES: err("bad type " + r["entry_type"])
        dt = datetime.date.fromisoformat(r["entry_date"])
        if not START <= dt <= END: err("date outside school year %s" % d)
    if (d, s) in tkeys: err("duplicate truth row %s %s" % (d, s))
    tkeys.add((d, s))
if set(files) - {k[0] for k in tkeys}: err("documents without truth rows")
if not set(TYPES) <= {r["entry_type"] for r in truth}: err("not all entry types used")

labels = rows("labelled_set.csv")
seen = set()
for r in labels:
    d, s = r["document"], r["student_id"]
    if (d, s) not in tkeys: err("label without truth row %s %s" % (d, s))
    if r["skill"] not in SKILLS: err("bad skill " + r["skill"])
    if r["level"] not in LEVELS: err("bad level " + r["level"])
    k = (d, s, r["skill"])
    if k in seen: err("duplicate label %s" % (k,))
    seen.add(k)
    if norm(r["quote"]) not in texts.get(d, ""): err("quote not found in %s: %s" % (d, r["quote"][:60]))
lv = collections.Counter(r["level"] for r in labels)
sk = collections.Counter(r["skill"] for r in labels)
if len(labels) < 150: err("need >=150 labels, have %d" % len(labels))
if len(sk) < 14: err("need >=14 skills")
for l in LEVELS:
    if lv[l] < 20: err("level %s only %d" % (l, lv[l]))
if errors:
    print("\n".join(errors)); sys.exit(1)
print("docs=%d truth=%d labels=%d levels=%s skills=%d" % (len(files), len(truth), len(labels),
      dict((l, lv[l]) for l in LEVELS), len(sk)))
print("OK")
