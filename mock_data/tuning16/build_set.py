"""Build the Kestrel Bay evaluation set from content.py, deterministically.

Usage: /work/main/.venv/bin/python build_set.py
Writes roster/, documents/, manifest.csv, truth.csv, labelled_set.csv next to this file.
"""
import csv
import datetime as dt
import io
import os
import shutil
import zipfile
from email.message import EmailMessage
from email import policy

import docx
from docx.shared import Pt
from fpdf import FPDF

import content

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS_DIR = os.path.join(HERE, "documents")
FIXED = dt.datetime(2026, 6, 15, 9, 0, 0)
ZIP_TIME = (2026, 6, 15, 9, 0, 0)


def write_csv(path, header, rows):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def doc_datetime(d):
    """Fixed, plausible save time: the document's own date at 15:40, else FIXED."""
    for t in d["truth"]:
        if t[2]:
            return dt.datetime.fromisoformat(t[2] + "T15:40:00")
    return dt.datetime(2025, 10, 20, 7, 55, 0)


def normalise_zip(raw):
    """Rewrite a zip with fixed timestamps so rebuilds are byte-identical."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def build_docx(d, path):
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    for kind, payload in d["blocks"]:
        if kind == "h1":
            document.add_heading(payload, level=1)
        elif kind == "h2":
            document.add_heading(payload, level=2)
        elif kind == "p":
            document.add_paragraph(payload)
        elif kind == "meta":
            key, _, value = payload.partition(": ")
            p = document.add_paragraph()
            p.add_run(key + ": ").bold = True
            p.add_run(value)
        elif kind == "table":
            rows = payload
            t = document.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
        else:
            raise ValueError(kind)
    cp = document.core_properties
    core = d.get("core", {})
    cp.title = core.get("title", "")
    cp.author = core.get("author", "")
    cp.subject = core.get("subject", "")
    cp.last_modified_by = core.get("author", "")
    cp.comments = ""
    cp.keywords = ""
    cp.category = ""
    cp.revision = 1
    created = doc_datetime(d)
    cp.created = created
    cp.modified = dt.datetime.fromisoformat(core["modified"]) if "modified" in core else created
    cp.last_printed = created
    buf = io.BytesIO()
    document.save(buf)
    with open(path, "wb") as fh:
        fh.write(normalise_zip(buf.getvalue()))


def build_pdf(d, path):
    pdf = FPDF(format="A4")
    pdf.set_creation_date(doc_datetime(d).replace(tzinfo=dt.timezone.utc))
    pdf.set_title(d.get("title", ""))
    pdf.set_author(dict((t[0], t[1]) for t in content.TEACHERS)[d["teacher"]])
    pdf.set_creator("Writer")
    pdf.set_producer("LibreOffice-style export")
    pdf.set_margins(20, 20, 20)
    pdf.add_page()
    for kind, payload in d["blocks"]:
        if kind == "h1":
            pdf.set_font("helvetica", "B", 16)
            pdf.multi_cell(0, 9, payload, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "h2":
            pdf.set_font("helvetica", "B", 12)
            pdf.multi_cell(0, 7, payload, new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("helvetica", "", 11)
            pdf.multi_cell(0, 6, payload, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        else:
            raise ValueError(kind)
    pdf.output(path)


def build_eml(d, path):
    msg = EmailMessage(policy=policy.default)
    for k, v in d["headers"]:
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    msg.set_content(d["body"])
    with open(path, "wb") as fh:
        fh.write(msg.as_bytes(policy=policy.SMTP))


def main():
    if os.path.isdir(DOCS_DIR):
        shutil.rmtree(DOCS_DIR)
    os.makedirs(DOCS_DIR)
    names = [d["name"] for d in content.DOCS]
    assert len(names) == len(set(names)), "duplicate document names"
    for d in content.DOCS:
        path = os.path.join(DOCS_DIR, d["name"])
        kind = d["kind"]
        if kind == "docx":
            build_docx(d, path)
        elif kind == "pdf":
            build_pdf(d, path)
        elif kind == "eml":
            build_eml(d, path)
        else:
            with open(path, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(d["text"])
    write_csv(os.path.join(HERE, "roster", "teachers.csv"),
              ["id", "name", "email", "slack_user_id"], content.TEACHERS)
    write_csv(os.path.join(HERE, "roster", "students.csv"),
              ["id", "name", "grade", "teacher_id", "nickname"], content.STUDENTS)
    write_csv(os.path.join(HERE, "manifest.csv"), ["document", "teacher_id"],
              [(d["name"], d["teacher"]) for d in content.DOCS])
    write_csv(os.path.join(HERE, "truth.csv"),
              ["document", "student_id", "entry_type", "entry_date", "notes"],
              [(d["name"],) + tuple(t) for d in content.DOCS for t in d["truth"]])
    write_csv(os.path.join(HERE, "labelled_set.csv"),
              ["document", "student_id", "skill", "level", "quote"],
              [(d["name"],) + tuple(l) for d in content.DOCS for l in d["labels"]])
    print("built", len(content.DOCS), "documents")


if __name__ == "__main__":
    main()
