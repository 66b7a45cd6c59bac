"""Re-read the built tuning3 set and check it against the roster and the curriculum.

Run with /work/main/.venv/bin/python check.py ; exits non-zero on any error.
"""

import collections
import csv
import datetime as dt
import email
import email.policy
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
CURRICULUM = Path("/work/shared/CURRICULUM.md")
errors = []


def err(msg):
    errors.append(msg)


def curriculum():
    text = CURRICULUM.read_text(encoding="utf-8")
    skills = re.findall(r"^\d+\.\s+(.+?)\s+—", text, flags=re.M)
    levels = re.findall(r"^\|\s*(\w+)\s*\|\s*[EDPA]\s*\|", text, flags=re.M)
    types_line = re.search(r"## The 7 data entry types.*?\n(.*?)\n\n", text, flags=re.S).group(1)
    types = re.findall(r"`(\w+)`", types_line)
    return skills, levels, types


def decode_text(raw):
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252")


def extract(path):
    suffix = path.suffix.lower()
    if suffix == ".docx":
        import docx

        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.extend(c.text for c in row.cells)
        return "\n".join(parts)
    if suffix == ".pdf":
        from pypdf import PdfReader

        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    if suffix == ".eml":
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        return msg.get_body(preferencelist=("plain",)).get_content()
    return decode_text(path.read_bytes())


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def read_csv(name, header):
    path = HERE / name
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    if not rows or rows[0] != header:
        err(f"{name}: header {rows[:1]} != {header}")
        return []
    return [dict(zip(header, r, strict=True)) for r in rows[1:]]


def main():
    skills, levels, types = curriculum()
    assert len(skills) == 17 and len(levels) == 4 and len(types) == 7, (skills, levels, types)

    teachers = read_csv("roster/teachers.csv", ["id", "name", "email", "slack_user_id"])
    students = read_csv("roster/students.csv", ["id", "name", "grade", "teacher_id", "nickname"])
    tids = {t["id"] for t in teachers}
    if sorted(tids) != [f"T40{i}" for i in range(1, 5)]:
        err(f"teacher ids {sorted(tids)}")
    for t in teachers:
        if not t["email"].endswith("@tuning3.example") or t["slack_user_id"] != "U0" + t["id"]:
            err(f"teacher row {t}")
    student_teacher = {s["id"]: s["teacher_id"] for s in students}
    if sorted(student_teacher) != [f"S{400 + i}" for i in range(1, 17)]:
        err("student ids")
    for s in students:
        if s["teacher_id"] not in tids or not 6 <= int(s["grade"]) <= 8:
            err(f"student row {s}")

    files = sorted(p.name for p in DOCS.iterdir() if p.is_file())
    texts = {f: norm(extract(DOCS / f)) for f in files}
    for f, t in texts.items():
        if len(t) < 80:
            err(f"{f}: extracted text too short ({len(t)})")

    truth = read_csv("truth.csv", ["document", "student_id", "entry_type", "entry_date", "notes"])
    by_doc = collections.defaultdict(list)
    for r in truth:
        by_doc[r["document"]].append(r)
    for f in files:
        if f not in by_doc:
            err(f"{f}: no truth row")
    ask = 0
    start, end = dt.date(2025, 9, 1), dt.date(2026, 5, 31)
    for f, rows in by_doc.items():
        if f not in texts:
            err(f"truth names missing document {f}")
        sids = [r["student_id"] for r in rows]
        if len(sids) != len(set(sids)):
            err(f"{f}: duplicate student rows")
        if "ASK" in sids:
            ask += 1
            if len(rows) != 1 or rows[0]["entry_type"] or rows[0]["entry_date"]:
                err(f"{f}: ASK row must be alone with empty type/date")
            continue
        teachers_of = {student_teacher.get(s) for s in sids}
        if None in teachers_of:
            err(f"{f}: unknown student in {sids}")
        if len(teachers_of) != 1:
            err(f"{f}: students from several classes {sids}")
        for r in rows:
            if r["entry_type"] not in types:
                err(f"{f}: entry_type {r['entry_type']!r}")
            try:
                d = dt.date.fromisoformat(r["entry_date"])
                if not start <= d <= end:
                    err(f"{f}: date {d} outside the school year")
            except ValueError:
                err(f"{f}: bad date {r['entry_date']!r}")
    truth_pairs = {(r["document"], r["student_id"]) for r in truth if r["student_id"] != "ASK"}

    labels = read_csv("labelled_set.csv", ["document", "student_id", "skill", "level", "quote"])
    seen = set()
    for r in labels:
        key = (r["document"], r["student_id"], r["skill"])
        where = f"{r['document']} / {r['student_id']} / {r['skill']}"
        if key in seen:
            err(f"duplicate label {where}")
        seen.add(key)
        if (r["document"], r["student_id"]) not in truth_pairs:
            err(f"label without truth row: {where}")
        if r["skill"] not in skills:
            err(f"unknown skill {where}")
        if r["level"] not in levels:
            err(f"unknown level {r['level']!r} in {where}")
        q = norm(r["quote"])
        if len(q) < 8:
            err(f"quote too short: {where}")
        if re.search(r"\b(rating|prompt)\b", q, flags=re.I):
            err(f"quote looks like a rating/prompt line: {where}")
        if q not in texts.get(r["document"], ""):
            err(f"quote not verbatim in document: {where}: {q[:70]!r}")

    lv = collections.Counter(r["level"] for r in labels)
    sk = collections.Counter(r["skill"] for r in labels)
    if len(files) < 45:
        err(f"only {len(files)} documents")
    if len(labels) < 110:
        err(f"only {len(labels)} labels")
    if set(lv) != set(levels) or lv["Advanced"] < 10 or lv["Emerging"] < 10:
        err(f"level spread {dict(lv)}")
    if len(sk) < 14:
        err(f"only {len(sk)} skills used")

    print(f"documents: {len(files)}  truth rows: {len(truth)}  ASK: {ask}  labels: {len(labels)}")
    print("by type:", dict(collections.Counter(r["entry_type"] for r in truth if r["entry_type"])))
    print("by format:", dict(collections.Counter(Path(f).suffix for f in files)))
    print("levels:", {k: lv[k] for k in levels})
    print("skills:", {k: sk[k] for k in skills})
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
