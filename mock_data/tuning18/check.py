"""Independent checker: reads built files only (never content.py) and prints OK."""
import csv, os, re, sys, datetime, collections
from email import policy
from email.parser import BytesParser
import docx
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
TYPES = {"group_discussion_transcript", "peer_tutoring_transcript", "project_presentation_transcript",
         "reflection_journal", "peer_feedback", "teacher_observation_note", "parent_note"}
SKILLS = ["Self-Awareness", "Self-Management", "Social Awareness", "Relationship Skills",
          "Responsible Decision-Making", "Working Memory", "Inhibitory Control", "Cognitive Flexibility",
          "Planning & Prioritization", "Organization", "Task Initiation", "Critical Thinking",
          "Communication", "Collaboration", "Creativity & Innovation", "Digital Literacy", "Global Awareness"]
LEVELS = ["Emerging", "Developing", "Proficient", "Advanced"]
START, END = datetime.date(2025, 8, 11), datetime.date(2026, 6, 4)
errors = []


def err(msg):
    errors.append(msg)


def read_csv(name):
    with open(os.path.join(HERE, name), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def extract(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if ext == "pdf":
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if ext == "eml":
        with open(path, "rb") as f:
            msg = BytesParser(policy=policy.default).parse(f)
        body = msg.get_body(preferencelist=("plain",))
        return body.get_content()
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip().lower()


teachers = read_csv("roster/teachers.csv")
students = read_csv("roster/students.csv")
if [list(teachers[0].keys()) if teachers else []] != [["id", "name", "email", "slack_user_id"]]:
    err("teachers.csv header")
if [list(students[0].keys()) if students else []] != [["id", "name", "grade", "teacher_id", "nickname"]]:
    err("students.csv header")
tids = {t["id"] for t in teachers}
if tids != {f"T190{i}" for i in range(1, 5)}:
    err(f"teacher ids {sorted(tids)}")
sids = {s["id"]: s for s in students}
if set(sids) != {f"S19{i:02d}" for i in range(1, 17)}:
    err("student ids")
per_t = collections.Counter(s["teacher_id"] for s in students)
if any(per_t[t] != 4 for t in tids):
    err(f"students per teacher {per_t}")
if not any(s["nickname"] for s in students):
    err("no nicknames")
firsts = collections.defaultdict(set)
for s in students:
    firsts[s["name"].split()[0]].add(s["teacher_id"])
if not any(len(v) > 1 for v in firsts.values()):
    err("no first name shared across teachers")

files = sorted(os.listdir(DOCS))
if not 40 <= len(files) <= 50:
    err(f"{len(files)} documents")
ext_count = collections.Counter(f.rsplit(".", 1)[-1].lower() for f in files)
for ext, n in {"docx": 6, "pdf": 5, "md": 5, "txt": 8, "eml": 4}.items():
    if ext_count[ext] < n:
        err(f"only {ext_count[ext]} .{ext}")
texts = {}
for f in files:
    try:
        texts[f] = extract(os.path.join(DOCS, f))
    except Exception as e:  # noqa
        err(f"cannot read {f}: {e}")
        continue
    if len(texts[f].strip()) < 80:
        err(f"{f}: almost no text")
emls = [f for f in files if f.endswith(".eml")]
if not any("forwarded message" in texts.get(f, "").lower() for f in emls):
    err("no forwarded email")
ts_pat = re.compile(r"(\d\d:\d\d:\d\d[.,]\d\d\d --> )|(\[\d\d:\d\d:\d\d\] )|(^\S.*\s\d{1,2}:\d\d$)", re.M)
n_ts = sum(1 for f in files if ts_pat.search(texts.get(f, "")))
if n_ts < 3:
    err(f"only {n_ts} timestamped transcripts")

manifest = read_csv("manifest.csv")
mteacher = {m["document"]: m["teacher_id"] for m in manifest}
if sorted(mteacher) != files or len(manifest) != len(files):
    err("manifest does not match documents/")
for d, t in mteacher.items():
    if t not in tids:
        err(f"manifest teacher {d} {t}")

truth = read_csv("truth.csv")
tkeys = set()
for r in truth:
    d, s = r["document"], r["student_id"]
    if d not in mteacher:
        err(f"truth unknown doc {d}")
        continue
    if (d, s) in tkeys:
        err(f"duplicate truth {d} {s}")
    tkeys.add((d, s))
    if s == "ASK":
        if r["entry_type"] or r["entry_date"]:
            err(f"ASK row with type/date {d}")
        continue
    if s not in sids:
        err(f"truth unknown student {s}")
        continue
    if sids[s]["teacher_id"] != mteacher[d]:
        err(f"truth {d}: {s} is not a student of {mteacher[d]}")
    if r["entry_type"] not in TYPES:
        err(f"bad type {d} {r['entry_type']}")
    try:
        dt = datetime.date.fromisoformat(r["entry_date"])
        if not START <= dt <= END:
            err(f"date outside year {d} {dt}")
    except ValueError:
        err(f"bad date {d} {r['entry_date']}")
    if sids[s]["name"].split()[0].lower() not in texts.get(d, "").lower() and \
            not (sids[s]["nickname"] and sids[s]["nickname"].lower() in texts.get(d, "").lower()):
        err(f"{d}: {s} name/nickname not in text")
docs_with_truth = {d for d, _ in tkeys}
for f in files:
    if f not in docs_with_truth:
        err(f"no truth row for {f}")
for d in docs_with_truth:
    rows = [s for dd, s in tkeys if dd == d]
    if "ASK" in rows and len(rows) > 1:
        err(f"ASK mixed with students {d}")

labels = read_csv("labelled_set.csv")
lkeys = set()
lev = collections.Counter()
sk = collections.Counter()
for r in labels:
    d, s = r["document"], r["student_id"]
    key = (d, s, r["skill"])
    if key in lkeys:
        err(f"duplicate label {key}")
    lkeys.add(key)
    if (d, s) not in tkeys or s == "ASK":
        err(f"label without truth row {d} {s}")
    if r["skill"] not in SKILLS:
        err(f"bad skill {r['skill']}")
    if r["level"] not in LEVELS:
        err(f"bad level {r['level']}")
    q = norm(r["quote"])
    if len(q) < 12:
        err(f"quote too short {key}")
    if q not in norm(texts.get(d, "")):
        err(f"quote not found in {d}: {r['quote'][:70]}")
    if re.search(r"(emerging|developing|proficient|advanced)\s*$", q) or "skills observed" in q:
        err(f"quote looks like a rating line {key}")
    lev[r["level"]] += 1
    sk[r["skill"]] += 1
if len(labels) < 130:
    err(f"only {len(labels)} labels")
if len(sk) < 14:
    err(f"only {len(sk)} skills")
for L in LEVELS:
    if lev[L] < 20:
        err(f"only {lev[L]} {L}")

if errors:
    print("\n".join(errors))
    print(f"FAIL ({len(errors)} problems)")
    sys.exit(1)
print(f"docs={len(files)} formats={dict(ext_count)} truth={len(truth)} labels={len(labels)} "
      f"levels={dict(lev)} skills={len(sk)}")
print("OK")
