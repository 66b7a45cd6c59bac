"""Independent checker for the Kestrel Bay evaluation set.

Does NOT import content.py or build_set.py.  Reads the built files, extracts text
from every format (docx via python-docx, PDF via pypdf, eml via the stdlib email
package, everything else as UTF-8 text), verifies the CSVs and prints OK.
"""
import csv
import datetime as dt
import os
import re
import sys
import zipfile
from collections import Counter, defaultdict
from email import policy
from email.parser import BytesParser

import docx
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
ENTRY_TYPES = {"group_discussion_transcript", "peer_tutoring_transcript",
               "project_presentation_transcript", "reflection_journal", "peer_feedback",
               "teacher_observation_note", "parent_note"}
SKILLS = {"Self-Awareness", "Self-Management", "Social Awareness", "Relationship Skills",
          "Responsible Decision-Making", "Working Memory", "Inhibitory Control",
          "Cognitive Flexibility", "Planning & Prioritization", "Organization",
          "Task Initiation", "Critical Thinking", "Communication", "Collaboration",
          "Creativity & Innovation", "Digital Literacy", "Global Awareness"}
LEVELS = ["Emerging", "Developing", "Proficient", "Advanced"]
YEAR_START, YEAR_END = dt.date(2025, 8, 20), dt.date(2026, 6, 12)

errors = []


def err(msg):
    errors.append(msg)


def read_csv(name, header):
    path = os.path.join(HERE, name)
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    if not rows or rows[0] != header:
        err(f"{name}: header {rows[0] if rows else None} != {header}")
        return []
    out = []
    for i, r in enumerate(rows[1:], start=2):
        if len(r) != len(header):
            err(f"{name}:{i}: {len(r)} columns")
            continue
        out.append(dict(zip(header, r)))
    return out


def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip()


def text_docx(path):
    d = docx.Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for cell in row.cells:
                parts.append(cell.text)
    return "\n".join(parts)


def text_pdf(path):
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def text_eml(path):
    with open(path, "rb") as fh:
        msg = BytesParser(policy=policy.default).parse(fh)
    head = "\n".join(f"{k}: {v}" for k, v in msg.items())
    body = msg.get_body(preferencelist=("plain",))
    return head + "\n\n" + (body.get_content() if body else "")


def extract(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        return text_docx(path)
    if ext == "pdf":
        return text_pdf(path)
    if ext == "eml":
        return text_eml(path)
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def speakers(text, ext):
    if ext == "vtt":
        return set(re.findall(r"<v ([^>]+)>", text))
    if ext == "srt":
        return set(re.findall(r"^([A-Z][A-Za-z .'-]{1,30}): ", text, re.M))
    return set(re.findall(r"\[\d\d:\d\d:\d\d\] ([A-Z][A-Za-z .'-]{1,30}):", text))


def main():
    # --- roster
    teachers = read_csv("roster/teachers.csv", ["id", "name", "email", "slack_user_id"])
    students = read_csv("roster/students.csv", ["id", "name", "grade", "teacher_id", "nickname"])
    tids = {t["id"] for t in teachers}
    if tids != {"T1701", "T1702", "T1703", "T1704"}:
        err(f"teacher ids {sorted(tids)}")
    for t in teachers:
        if "@" not in t["email"] or not t["slack_user_id"]:
            err(f"teacher {t['id']} email/slack id")
    stu = {s["id"]: s for s in students}
    if set(stu) != {f"S{n}" for n in range(1701, 1717)}:
        err("student ids are not S1701-S1716")
    per_t = Counter(s["teacher_id"] for s in students)
    if any(per_t[t] != 4 for t in tids) or set(per_t) - tids:
        err(f"students per teacher {dict(per_t)}")
    if not any(s["nickname"] for s in students):
        err("no nicknames")
    firsts = defaultdict(set)
    for s in students:
        firsts[s["name"].split()[0]].add(s["teacher_id"])
    if not any(len(v) > 1 for v in firsts.values()):
        err("no first name shared across two teachers")

    # --- documents and manifest
    files = sorted(os.listdir(DOCS))
    if not 40 <= len(files) <= 50:
        err(f"{len(files)} documents (want 40-50)")
    manifest = read_csv("manifest.csv", ["document", "teacher_id"])
    man = {m["document"]: m["teacher_id"] for m in manifest}
    if len(man) != len(manifest):
        err("duplicate documents in manifest")
    if set(man) != set(files):
        err(f"manifest/documents mismatch: {set(man) ^ set(files)}")
    for d, t in man.items():
        if t not in tids:
            err(f"manifest {d}: unknown teacher {t}")
    ext = Counter(f.rsplit(".", 1)[-1].lower() for f in files)
    for e, need in (("docx", 6), ("pdf", 5), ("md", 5), ("txt", 8), ("eml", 4)):
        if ext[e] < need:
            err(f"only {ext[e]} .{e} files (need {need})")

    texts = {}
    for f in files:
        try:
            texts[f] = extract(os.path.join(DOCS, f))
        except Exception as e:  # noqa: BLE001
            err(f"cannot extract {f}: {e}")
            texts[f] = ""
        if len(norm(texts[f])) < 150:
            err(f"{f}: too little text")

    # format-specific checks
    n_tx = 0
    for f in files:
        e = f.rsplit(".", 1)[-1].lower()
        if e in ("vtt", "srt") or re.search(r"\[\d\d:\d\d:\d\d\] \w", texts[f]):
            sp = speakers(texts[f], e)
            if 3 <= len(sp) <= 5:
                n_tx += 1
        if e == "docx":
            with zipfile.ZipFile(os.path.join(DOCS, f)) as z:
                if len({i.date_time for i in z.infolist()}) != 1:
                    err(f"{f}: zip timestamps not fixed")
            cp = docx.Document(os.path.join(DOCS, f)).core_properties
            if cp.created is None or cp.modified is None:
                err(f"{f}: core property dates not fixed")
        if e == "pdf":
            meta = PdfReader(os.path.join(DOCS, f)).metadata
            if not meta or not meta.get("/CreationDate"):
                err(f"{f}: no fixed creation date")
    if n_tx < 3:
        err(f"only {n_tx} timestamped transcripts with 3-5 speakers")
    emls = [f for f in files if f.endswith(".eml")]
    if not any("Forwarded message" in texts[f] for f in emls):
        err("no forwarded email")

    # --- truth
    truth = read_csv("truth.csv", ["document", "student_id", "entry_type", "entry_date", "notes"])
    seen = set()
    truth_pairs = set()
    docs_with_truth = set()
    for r in truth:
        d, s = r["document"], r["student_id"]
        docs_with_truth.add(d)
        if d not in man:
            err(f"truth: unknown document {d}")
            continue
        if (d, s) in seen:
            err(f"truth: duplicate row {d} {s}")
        seen.add((d, s))
        if s == "ASK":
            if r["entry_type"] or r["entry_date"]:
                err(f"truth: ASK row with type/date in {d}")
            continue
        if s not in stu:
            err(f"truth: unknown student {s} in {d}")
            continue
        if stu[s]["teacher_id"] != man[d]:
            err(f"truth: {s} is not a student of dropping teacher {man[d]} ({d})")
        if r["entry_type"] not in ENTRY_TYPES:
            err(f"truth: bad entry_type {r['entry_type']} in {d}")
        try:
            day = dt.date.fromisoformat(r["entry_date"])
            if not YEAR_START <= day <= YEAR_END:
                err(f"truth: {d} date {day} outside school year")
        except ValueError:
            err(f"truth: bad date {r['entry_date']!r} in {d}")
        truth_pairs.add((d, s))
    missing = set(files) - docs_with_truth
    if missing:
        err(f"documents without truth rows: {sorted(missing)}")
    if not any(r["student_id"] == "ASK" for r in truth):
        err("no ASK row")

    # --- labels
    labels = read_csv("labelled_set.csv", ["document", "student_id", "skill", "level", "quote"])
    for r in labels:
        d, s = r["document"], r["student_id"]
        if (d, s) not in truth_pairs:
            err(f"label: ({d}, {s}) has no truth row")
        if r["skill"] not in SKILLS:
            err(f"label: bad skill {r['skill']!r}")
        if r["level"] not in LEVELS:
            err(f"label: bad level {r['level']!r}")
        q = norm(r["quote"])
        if len(q) < 10:
            err(f"label: quote too short in {d}")
        elif q not in norm(texts.get(d, "")):
            err(f"label: quote not verbatim in {d}: {q[:70]!r}")
        if re.search(r"skills observed|rating|: (Emerging|Developing|Proficient|Advanced)\b", q, re.I):
            err(f"label: quote looks like a rating line in {d}")
    lv = Counter(r["level"] for r in labels)
    sk = Counter(r["skill"] for r in labels)
    if len(labels) < 130:
        err(f"only {len(labels)} labels")
    if len(sk) < 14:
        err(f"only {len(sk)} skills labelled")
    for L in LEVELS:
        if lv[L] < 20:
            err(f"only {lv[L]} labels at {L}")

    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    print(f"{len(files)} documents, {len(truth)} truth rows, {len(labels)} labels "
          f"({', '.join(f'{L} {lv[L]}' for L in LEVELS)}), {len(sk)} skills, "
          f"{n_tx} multi-speaker timestamped transcripts")
    print("OK")


if __name__ == "__main__":
    main()
