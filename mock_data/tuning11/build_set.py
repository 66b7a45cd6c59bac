"""Rebuild the tuning11 evaluation set deterministically.

Usage: PYTHONPATH=. /work/main/.venv/bin/python mock_data/tuning11/build_set.py
Writes roster/, manifest.csv, truth.csv, labelled_set.csv and documents/ next to this file.
Running it twice gives byte-identical files (fixed docx core properties and zip
timestamps, fixed PDF creation date, fixed email Message-IDs).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import sys
import zipfile
from email.message import EmailMessage
from pathlib import Path

import docx
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import content

DOCS_DIR = HERE / "documents"
TEACHER_NAME = {t[0]: t[1] for t in content.TEACHERS}
FIXED_ZIP_TIME = (2026, 1, 1, 0, 0, 0)


def blocks(text: str) -> list[tuple[str, object]]:
    """Split the mini-markup into headings, paragraphs and tables."""
    out: list[tuple[str, object]] = []
    table: list[list[str]] = []
    for line in text.strip("\n").split("\n"):
        if line.startswith("|"):
            table.append([c.strip() for c in line.strip().strip("|").split("|")])
            continue
        if table:
            out.append(("table", table))
            table = []
        if line.startswith("## "):
            out.append(("h2", line[3:]))
        elif line.startswith("# "):
            out.append(("h1", line[2:]))
        elif line.strip():
            out.append(("p", line))
    if table:
        out.append(("table", table))
    return out


def parse_time(value: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value).replace(tzinfo=dt.UTC)


def normalise_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            new = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            new.compress_type = zipfile.ZIP_DEFLATED
            new.external_attr = 0o644 << 16
            dst.writestr(new, src.read(info.filename))
    return buf.getvalue()


def write_docx(path: Path, d: dict) -> None:
    document = docx.Document()
    for kind, value in blocks(d["text"]):
        if kind == "h1":
            document.add_heading(str(value), level=1)
        elif kind == "h2":
            document.add_heading(str(value), level=2)
        elif kind == "p":
            document.add_paragraph(str(value))
        else:
            rows = value  # type: ignore[assignment]
            assert isinstance(rows, list)
            table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            table.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    table.cell(i, j).text = cell
    props = document.core_properties
    when = parse_time(d["created"])
    props.title = d.get("title", "")
    props.author = TEACHER_NAME[d["teacher"]]
    props.last_modified_by = TEACHER_NAME[d["teacher"]]
    props.created = when
    props.modified = when
    props.revision = 1
    buf = io.BytesIO()
    document.save(buf)
    path.write_bytes(normalise_zip(buf.getvalue()))


def write_pdf(path: Path, d: dict) -> None:
    pdf = FPDF(format="Letter")
    pdf.set_creation_date(parse_time(d["created"]))
    pdf.set_title(d.get("title", ""))
    pdf.set_author(TEACHER_NAME[d["teacher"]])
    pdf.set_creator("Writer")
    pdf.set_producer("LibreOffice 7.6")
    pdf.add_page()
    pdf.set_margins(20, 20, 20)
    pdf.set_x(20)
    for kind, value in blocks(d["text"]):
        if kind in ("h1", "h2"):
            pdf.set_font("Helvetica", "B", 16 if kind == "h1" else 13)
            pdf.multi_cell(0, 9, str(value), new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("Helvetica", "", 11)
            pdf.multi_cell(0, 6, str(value), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        else:
            rows = value
            assert isinstance(rows, list)
            header, body = rows[0], rows[1:]
            for row in body:
                for head, cell in zip(header, row):
                    pdf.set_font("Helvetica", "B", 11)
                    pdf.multi_cell(0, 6, head, new_x="LMARGIN", new_y="NEXT")
                    pdf.set_font("Helvetica", "", 11)
                    pdf.multi_cell(0, 6, cell, new_x="LMARGIN", new_y="NEXT")
                    pdf.ln(1)
    path.write_bytes(bytes(pdf.output()))


def write_eml(path: Path, d: dict) -> None:
    e = d["text"]
    msg = EmailMessage()
    msg["From"] = e["frm"]
    msg["To"] = e["to"]
    msg["Subject"] = e["subject"]
    msg["Date"] = e["date"]
    stem = "".join(ch for ch in path.stem if ch.isalnum()).lower()
    msg["Message-ID"] = f"<{stem}@mail.example.net>"
    msg.set_content(e["body"])
    path.write_bytes(msg.as_bytes())


def write_doc(d: dict) -> None:
    path = DOCS_DIR / d["file"]
    fmt = d["fmt"]
    if fmt == "docx":
        write_docx(path, d)
    elif fmt == "pdf":
        write_pdf(path, d)
    elif fmt == "eml":
        write_eml(path, d)
    elif fmt == "crlf":
        path.write_bytes(d["text"].replace("\n", "\r\n").encode("utf-8"))
    elif fmt == "cp1252":
        path.write_bytes(d["text"].encode("cp1252"))
    else:
        path.write_bytes(d["text"].encode("utf-8"))


def write_csv(path: Path, header: list[str], rows: list[tuple]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main() -> None:
    DOCS_DIR.mkdir(exist_ok=True)
    for old in DOCS_DIR.iterdir():
        old.unlink()
    for d in content.DOCS:
        write_doc(d)
    write_csv(HERE / "roster" / "teachers.csv", ["id", "name", "email", "slack_user_id"], content.TEACHERS)
    write_csv(HERE / "roster" / "students.csv", ["id", "name", "grade", "teacher_id", "nickname"], content.STUDENTS)
    write_csv(HERE / "manifest.csv", ["document", "teacher_id"], [(d["file"], d["teacher"]) for d in content.DOCS])
    truth = [(d["file"], *t) for d in content.DOCS for t in d["truth"]]
    write_csv(HERE / "truth.csv", ["document", "student_id", "entry_type", "entry_date", "notes"], truth)
    labels = [(d["file"], *lab) for d in content.DOCS for lab in d["labels"]]
    write_csv(HERE / "labelled_set.csv", ["document", "student_id", "skill", "level", "quote"], labels)
    print(f"built {len(content.DOCS)} documents, {len(truth)} truth rows, {len(labels)} labels")


if __name__ == "__main__":
    main()
