"""Re-read the built tuning10 files and validate them; prints OK or raises."""

from __future__ import annotations

import csv
import datetime as dt
import email
import re
import sys
from collections import Counter
from email import policy
from pathlib import Path

import docx
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"
TYPES = {"group_discussion_transcript", "peer_tutoring_transcript", "project_presentation_transcript",
         "reflection_journal", "peer_feedback", "teacher_observation_note", "parent_note"}
SKILLS = {"Self-Awareness", "Self-Management", "Social Awareness", "Relationship Skills",
          "Responsible Decision-Making", "Working Memory", "Inhibitory Control", "Cognitive Flexibility",
          "Planning & Prioritization", "Organization", "Task Initiation", "Critical Thinking",
          "Communication", "Collaboration", "Creativity & Innovation", "Digital Literacy", "Global Awareness"}
LEVELS = {"Emerging", "Developing", "Proficient", "Advanced"}


def text_of(p: Path) -> str:
    ext = p.suffix.lower()
    if ext == ".docx":
        d = docx.Document(str(p))
        parts = [x.text for x in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts += [c.text for c in row.cells]
        return "\n".join(parts)
    if ext == ".pdf":
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(p)).pages)
    if ext == ".eml":
        msg = email.message_from_bytes(p.read_bytes(), policy=policy.default)
        return msg.get_body(("plain",)).get_content()
    raw = p.read_bytes()
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252")


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def rows(name: str) -> list[dict]:
    with (HERE / name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def main() -> None:
    teachers = {r["id"] for r in rows("roster/teachers.csv")}
    students = {r["id"]: r for r in rows("roster/students.csv")}
    manifest = {r["document"]: r["teacher_id"] for r in rows("manifest.csv")}
    files = {p.name for p in DOCS.iterdir()}
    assert set(manifest) == files, "manifest and documents/ differ"
    assert all(t in teachers for t in manifest.values())
    for f in files:
        assert not re.search(r"[ST]11\d\d", f), f"id in file name: {f}"
    texts = {f: norm(text_of(DOCS / f)) for f in files}
    start, end = dt.date(2025, 8, 20), dt.date(2026, 5, 21)
    truth = rows("truth.csv")
    seen, ask = set(), 0
    for r in truth:
        assert r["document"] in files, r
        assert r["entry_type"] in TYPES, r
        d = dt.date.fromisoformat(r["entry_date"])
        assert start <= d <= end, r
        if r["student_id"] == "ASK":
            ask += 1
        else:
            st = students[r["student_id"]]
            assert st["teacher_id"] == manifest[r["document"]], ("not teacher's student", r)
        key = (r["document"], r["student_id"])
        assert key not in seen, key
        seen.add(key)
    assert ask <= 3
    assert {r["document"] for r in truth} == files, "document without truth rows"
    labels = rows("labelled_set.csv")
    lkeys = set()
    for r in labels:
        assert r["skill"] in SKILLS and r["level"] in LEVELS, r
        assert (r["document"], r["student_id"]) in seen, ("label without truth row", r)
        k = (r["document"], r["student_id"], r["skill"])
        assert k not in lkeys, k
        lkeys.add(k)
        assert norm(r["quote"]) in texts[r["document"]], ("quote not verbatim", r["document"], r["quote"])
    lv = Counter(r["level"] for r in labels)
    assert len(labels) >= 110 and all(lv[x] >= 20 for x in LEVELS), lv
    per_type = Counter()
    for f in files:
        per_type.update({next(r["entry_type"] for r in truth if r["document"] == f)})
    assert all(per_type[t] >= 4 for t in TYPES), per_type
    fmt = Counter(Path(f).suffix for f in files)
    print("formats", dict(fmt))
    print("types", dict(per_type))
    print("levels", dict(lv), "skills", len({r["skill"] for r in labels}))
    print(f"{len(files)} documents, {len(truth)} truth rows, {len(labels)} labels")
    print("OK")


if __name__ == "__main__":
    sys.exit(main())
