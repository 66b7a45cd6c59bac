"""Re-read the built tuning4 files and check truth.csv / labelled_set.csv against them.

Run: /work/main/.venv/bin/python check.py   (exit code 0 = all checks pass)
Reads documents the way a consumer would: python-docx text (paragraphs + tables),
pypdf text, and raw bytes decoded (UTF-16 BOM, UTF-8, else Windows-1252).
"""

from __future__ import annotations

import collections
import csv
import datetime as dt
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS_DIR = os.path.join(HERE, "documents")
CURRICULUM = "/work/shared/CURRICULUM.md"

SKILLS = [
    "Self-Awareness",
    "Self-Management",
    "Social Awareness",
    "Relationship Skills",
    "Responsible Decision-Making",
    "Working Memory",
    "Inhibitory Control",
    "Cognitive Flexibility",
    "Planning & Prioritization",
    "Organization",
    "Task Initiation",
    "Critical Thinking",
    "Communication",
    "Collaboration",
    "Creativity & Innovation",
    "Digital Literacy",
    "Global Awareness",
]
LEVELS = ["Emerging", "Developing", "Proficient", "Advanced"]
TYPES = [
    "group_discussion_transcript",
    "peer_tutoring_transcript",
    "project_presentation_transcript",
    "reflection_journal",
    "peer_feedback",
    "teacher_observation_note",
    "parent_note",
]
RATING_LINE = re.compile(
    r"^\W*(" + "|".join(re.escape(s) for s in SKILLS) + r")\b.*?[:\-\u2013\u2014(]\s*"
    r"(E|D|P|A|Emerging|Developing|Proficient|Advanced)\b",
    re.IGNORECASE,
)

errors: list[str] = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def read_csv(name):
    with open(os.path.join(HERE, name), newline="", encoding="utf-8") as fh:
        r = csv.reader(fh)
        header = next(r)
        return header, [dict(zip(header, row, strict=False)) for row in r]


def extract(path):
    """Return (full text, list of header/prompt lines)."""
    low = path.lower()
    headers = []
    if low.endswith(".docx"):
        import docx

        d = docx.Document(path)
        parts = []
        for p in d.paragraphs:
            parts.append(p.text)
            if p.style.name.lower().startswith(("heading", "title")):
                headers.append(p.text)
        for t in d.tables:
            for row in t.rows:
                for i, cell in enumerate(row.cells):
                    parts.append(cell.text)
                    if i == 0:
                        headers.append(cell.text)  # question column of a form
        return "\n".join(parts), headers
    if low.endswith(".pdf"):
        from pypdf import PdfReader

        text = "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
        return text, headers
    with open(path, "rb") as fh:
        raw = fh.read()
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = raw.decode("utf-16")
    else:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("cp1252")
    for ln in text.splitlines():
        s = ln.strip()
        if s.startswith("#") or re.fullmatch(r"\*\*[^*]+\*\*", s):
            headers.append(s)
    return text, headers


def main():
    cur = ""
    if os.path.exists(CURRICULUM):
        with open(CURRICULUM, encoding="utf-8") as fh:
            cur = fh.read()
    for s in SKILLS:
        if cur and s not in cur:
            err(f"skill {s!r} not spelled this way in CURRICULUM.md")
    for t in TYPES:
        if cur and f"`{t}`" not in cur:
            err(f"entry type {t!r} not in CURRICULUM.md")

    h, teachers = read_csv("roster/teachers.csv")
    if h != ["id", "name", "email", "slack_user_id"]:
        err(f"teachers.csv header {h}")
    tids = {t["id"] for t in teachers}
    for t in teachers:
        if (
            not re.fullmatch(r"T50[1-5]", t["id"])
            or not t["email"].endswith("@tuning4.example")
            or t["slack_user_id"] != "U0" + t["id"]
        ):
            err(f"bad teacher row {t}")
    h, students = read_csv("roster/students.csv")
    if h != ["id", "name", "grade", "teacher_id", "nickname"]:
        err(f"students.csv header {h}")
    stu = {s["id"]: s for s in students}
    if len(teachers) != 5 or len(students) != 18:
        err("roster size")
    for s in students:
        if s["teacher_id"] not in tids or not re.fullmatch(r"S5(0[1-9]|1[0-8])", s["id"]):
            err(f"bad student row {s}")
        if not 6 <= int(s["grade"]) <= 8:
            err(f"grade {s}")

    _, owners = read_csv("document_teacher.csv")
    owner = {o["document"]: o["teacher_id"] for o in owners}
    files = set(os.listdir(DOCS_DIR))
    if files != set(owner):
        err(f"documents/ vs document_teacher.csv differ: {sorted(files ^ set(owner))}")
    if len(files) < 45:
        err(f"only {len(files)} documents")
    for f in files:
        if re.search(r"S5\d\d|T50\d", f) or re.search("|".join(TYPES), f):
            err(f"machine-style file name {f}")

    texts, heads = {}, {}
    for f in sorted(files):
        texts[f], heads[f] = extract(os.path.join(DOCS_DIR, f))

    h, truth = read_csv("truth.csv")
    if h != ["document", "student_id", "entry_type", "entry_date", "notes"]:
        err(f"truth header {h}")
    seen = set()
    docs_with_rows = collections.Counter()
    ask = 0
    for r in truth:
        d, sid = r["document"], r["student_id"]
        docs_with_rows[d] += 1
        if d not in files:
            err(f"truth: unknown document {d}")
            continue
        if (d, sid) in seen:
            err(f"truth: duplicate {d} {sid}")
        seen.add((d, sid))
        if sid == "ASK":
            ask += 1
            if r["entry_type"] or r["entry_date"]:
                err(f"truth: ASK row with type/date {d}")
            continue
        if sid not in stu:
            err(f"truth: unknown student {sid} in {d}")
            continue
        if stu[sid]["teacher_id"] != owner[d]:
            err(f"truth: {sid} is not in {owner[d]}'s class ({d})")
        if r["entry_type"] not in TYPES:
            err(f"truth: bad type {r['entry_type']} ({d})")
        try:
            day = dt.date.fromisoformat(r["entry_date"])
            if not dt.date(2025, 9, 1) <= day <= dt.date(2026, 5, 31):
                err(f"truth: date out of school year {d} {day}")
        except ValueError:
            err(f"truth: bad date {r['entry_date']!r} ({d})")
    for d in files:
        if docs_with_rows[d] == 0:
            err(f"truth: no row for {d}")
        rows = [r for r in truth if r["document"] == d]
        if any(r["student_id"] == "ASK" for r in rows) and len(rows) > 1:
            err(f"truth: ASK document with other rows {d}")
        if len({(r["entry_type"], r["entry_date"]) for r in rows if r["student_id"] != "ASK"}) > 1:
            err(f"truth: one document with several types/dates {d}")

    h, labels = read_csv("labelled_set.csv")
    if h != ["document", "student_id", "skill", "level", "quote"]:
        err(f"labels header {h}")
    lseen = set()
    for r in labels:
        d, sid, q = r["document"], r["student_id"], r["quote"]
        key = (d, sid, r["skill"])
        if key in lseen:
            err(f"labels: duplicate {key}")
        lseen.add(key)
        if (d, sid) not in seen or sid == "ASK":
            err(f"labels: ({d}, {sid}) has no truth row")
        if r["skill"] not in SKILLS:
            err(f"labels: bad skill {r['skill']!r}")
        if r["level"] not in LEVELS:
            err(f"labels: bad level {r['level']!r}")
        if d not in texts:
            continue
        if not q.strip() or norm(q) not in norm(texts[d]):
            err(f"labels: quote not verbatim in {d}: {q!r}")
        if any(norm(q) in norm(hd) for hd in heads[d]):
            err(f"labels: quote is a header/prompt in {d}: {q!r}")
        if RATING_LINE.match(q):
            err(f"labels: quote looks like a rating line in {d}: {q!r}")

    by_level = collections.Counter(r["level"] for r in labels)
    by_skill = collections.Counter(r["skill"] for r in labels)
    if len(labels) < 110:
        err(f"only {len(labels)} labels")
    if by_level["Advanced"] < 10 or by_level["Emerging"] < 10 or len(by_level) < 4:
        err(f"level spread {dict(by_level)}")
    if len(by_skill) < 14:
        err(f"only {len(by_skill)} skills used")

    print(f"documents {len(files)}; truth rows {len(truth)} (ASK {ask}); labels {len(labels)}")
    print("formats", dict(collections.Counter(os.path.splitext(f)[1] for f in files)))
    print("types", dict(collections.Counter(r["entry_type"] or "ASK" for r in truth)))
    print("levels", {lv: by_level[lv] for lv in LEVELS})
    print("skills", {s: by_skill[s] for s in SKILLS})
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print(" -", e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
