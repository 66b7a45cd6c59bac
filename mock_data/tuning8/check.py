"""Re-read the built tuning8 set and validate it. Prints OK or the problems found."""
from __future__ import annotations

import csv
import datetime as dt
import email
import re
import sys
import zipfile
from collections import Counter
from email import policy
from pathlib import Path

import docx
from charset_normalizer import from_bytes
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
ENTRY_TYPES = {
    "group_discussion_transcript", "peer_tutoring_transcript", "project_presentation_transcript",
    "reflection_journal", "peer_feedback", "teacher_observation_note", "parent_note",
}
SKILLS = {
    "Self-Awareness", "Self-Management", "Social Awareness", "Relationship Skills",
    "Responsible Decision-Making", "Working Memory", "Inhibitory Control", "Cognitive Flexibility",
    "Planning & Prioritization", "Organization", "Task Initiation", "Critical Thinking",
    "Communication", "Collaboration", "Creativity & Innovation", "Digital Literacy", "Global Awareness",
}
LEVELS = ["Emerging", "Developing", "Proficient", "Advanced"]
YEAR = (dt.date(2025, 8, 11), dt.date(2026, 5, 22))


def decode_text(raw: bytes) -> str:
    if raw.startswith(b"\xff\xfe") or raw.startswith(b"\xfe\xff"):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        best = from_bytes(raw).best()
        assert best is not None
        return str(best)


def extract(path: Path) -> str:
    suf = path.suffix.lower()
    if suf == ".docx":
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.extend(c.text for c in row.cells)
        return "\n".join(parts)
    if suf == ".pdf":
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    if suf == ".eml":
        msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        body = msg.get_body(preferencelist=("plain",))
        assert body is not None
        return str(msg["Date"]) + "\n" + body.get_content()
    return decode_text(path.read_bytes())


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def main() -> int:
    errs: list[str] = []
    teachers = {r["id"]: r for r in csv.DictReader(open(HERE / "roster/teachers.csv", encoding="utf-8"))}
    students = {r["id"]: r for r in csv.DictReader(open(HERE / "roster/students.csv", encoding="utf-8"))}
    manifest = {r["document"]: r for r in csv.DictReader(open(HERE / "manifest.csv", encoding="utf-8"))}
    files = sorted(p.name for p in DOCS.iterdir())
    if set(files) != set(manifest):
        errs.append("manifest does not match documents/")
    for f in files:
        if re.search(r"[ST]9\d\d", f):
            errs.append(f"id in file name: {f}")
    texts = {f: norm(extract(DOCS / f)) for f in files}
    for f in files:
        if f.endswith(".docx"):
            cp = docx.Document(str(DOCS / f)).core_properties
            if not cp.title or not cp.author:
                errs.append(f"{f}: docx lacks title/author")
            for zi in zipfile.ZipFile(DOCS / f).infolist():
                if zi.date_time != (2026, 5, 1, 12, 0, 0):
                    errs.append(f"{f}: unfixed zip time")
                    break
        if f.endswith(".pdf"):
            meta = PdfReader(str(DOCS / f)).metadata
            if not meta or not meta.title or not meta.author:
                errs.append(f"{f}: pdf lacks title/author")
    truth = list(csv.DictReader(open(HERE / "truth.csv", encoding="utf-8")))
    truth_keys = set()
    asks = 0
    types_per_doc: dict[str, set[str]] = {}
    for r in truth:
        f, sid = r["document"], r["student_id"]
        if f not in manifest:
            errs.append(f"truth: unknown document {f}")
            continue
        if r["entry_type"] not in ENTRY_TYPES:
            errs.append(f"truth: bad entry type {r['entry_type']}")
        types_per_doc.setdefault(f, set()).add(r["entry_type"])
        try:
            d = dt.date.fromisoformat(r["entry_date"])
            if not YEAR[0] <= d <= YEAR[1]:
                errs.append(f"truth: {f} date outside school year")
        except ValueError:
            errs.append(f"truth: {f} bad date {r['entry_date']}")
        if sid == "ASK":
            asks += 1
        elif sid not in students:
            errs.append(f"truth: unknown student {sid}")
        elif students[sid]["teacher_id"] != manifest[f]["teacher_id"]:
            errs.append(f"truth: {f} {sid} is not a student of {manifest[f]['teacher_id']}")
        if (f, sid) in truth_keys:
            errs.append(f"truth: duplicate {f} {sid}")
        truth_keys.add((f, sid))
    for f in files:
        if f not in types_per_doc:
            errs.append(f"{f}: no truth row")
        elif len(types_per_doc[f]) != 1:
            errs.append(f"{f}: several entry types")
    if asks > 3:
        errs.append("too many ASK rows")
    labels = list(csv.DictReader(open(HERE / "labelled_set.csv", encoding="utf-8")))
    for r in labels:
        f = r["document"]
        if r["skill"] not in SKILLS:
            errs.append(f"label: bad skill {r['skill']}")
        if r["level"] not in LEVELS:
            errs.append(f"label: bad level {r['level']}")
        if (f, r["student_id"]) not in truth_keys:
            errs.append(f"label: {f} {r['student_id']} has no truth row")
        if f not in texts or norm(r["quote"]) not in texts[f]:
            errs.append(f"label: quote not found in {f}: {r['quote'][:50]}")
    levels = Counter(r["level"] for r in labels)
    for lv in LEVELS:
        if levels[lv] < 20:
            errs.append(f"only {levels[lv]} labels at {lv}")
    if len(labels) < 110:
        errs.append(f"only {len(labels)} labels")
    etypes = Counter(next(iter(v)) for v in types_per_doc.values())
    for et in ENTRY_TYPES:
        if etypes[et] < 4:
            errs.append(f"only {etypes[et]} documents of type {et}")
    if errs:
        print("\n".join(errs))
        return 1
    fmts = Counter(Path(f).suffix for f in files)
    print(f"documents {len(files)} {dict(sorted(fmts.items()))}")
    print(f"entry types {dict(sorted(etypes.items()))}")
    print(f"truth rows {len(truth)} (ASK {asks}); labels {len(labels)} {dict((lv, levels[lv]) for lv in LEVELS)}")
    print(f"skills {len(Counter(r['skill'] for r in labels))}; teachers {len(teachers)}; students {len(students)}")
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
