"""Build the Cedar Hollow evaluation set from content.py, deterministically.

Usage: python build_set.py [output_dir]   (default: the directory of this file)
"""
import csv
import datetime as dt
import email.policy
import io
import os
import sys
import zipfile
from email.message import EmailMessage

import docx
from docx.shared import Pt
from fpdf import FPDF

import content

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_ZIP_TIME = (2025, 8, 18, 7, 30, 0)


def write_csv(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def iso(s):
    return dt.datetime.fromisoformat(s)


def build_docx(d, path):
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    for kind, val in d["blocks"]:
        if kind == "h1":
            document.add_heading(val, level=1)
        elif kind == "h2":
            document.add_heading(val, level=2)
        elif kind == "p":
            document.add_paragraph(val)
        elif kind == "bullet":
            document.add_paragraph(val, style="List Bullet")
        elif kind == "table":
            t = document.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for run in t.cell(i, j).paragraphs[0].runs:
                            run.bold = True
        else:
            raise ValueError(kind)
    cp = document.core_properties
    core = d["core"]
    created = iso(core["created"])
    cp.title = core["title"]
    cp.author = core["author"]
    cp.last_modified_by = core["author"]
    cp.created = created
    cp.modified = created + dt.timedelta(minutes=12)
    cp.last_printed = created
    cp.revision = 2
    cp.subject = content.SCHOOL
    cp.keywords = ""
    cp.comments = ""
    buf = io.BytesIO()
    document.save(buf)
    # re-zip with fixed timestamps and a fixed member order
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            out.writestr(zi, src.read(info.filename))


def build_pdf(d, path):
    meta = d["meta"]
    pdf = FPDF(format="Letter")
    pdf.set_creation_date(iso(meta["created"]).replace(tzinfo=dt.timezone.utc))
    pdf.set_title(meta["title"])
    pdf.set_author(meta["author"])
    pdf.set_creator("Microsoft Word")
    pdf.set_producer("Microsoft Word for Microsoft 365")
    pdf.set_margins(25, 25, 25)
    pdf.add_page()
    for kind, val in d["blocks"]:
        if kind == "h":
            pdf.set_font("Helvetica", "B", 15)
            pdf.multi_cell(0, 8, val, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "h2":
            pdf.set_font("Helvetica", "B", 12)
            pdf.ln(2)
            pdf.multi_cell(0, 7, val, new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("Helvetica", "", 11)
            pdf.multi_cell(0, 6, val, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        else:
            raise ValueError(kind)
    pdf.output(path)


def build_eml(d, path):
    msg = EmailMessage(policy=email.policy.default)
    for k, v in d["headers"].items():
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    msg.set_content(d["body"], cte="7bit")
    data = msg.as_bytes(policy=email.policy.default.clone(linesep="\n", max_line_length=998))
    with open(path, "wb") as f:
        f.write(data)


def build_text(d, path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(d["text"])


def main(out):
    os.makedirs(os.path.join(out, "roster"), exist_ok=True)
    docdir = os.path.join(out, "documents")
    os.makedirs(docdir, exist_ok=True)
    for name in os.listdir(docdir):
        os.remove(os.path.join(docdir, name))

    write_csv(os.path.join(out, "roster", "teachers.csv"),
              ["id", "name", "email", "slack_user_id"], content.TEACHERS)
    write_csv(os.path.join(out, "roster", "students.csv"),
              ["id", "name", "grade", "teacher_id", "nickname"], content.STUDENTS)

    manifest, truth, labels = [], [], []
    builders = {"docx": build_docx, "pdf": build_pdf, "eml": build_eml, "text": build_text}
    seen = set()
    for d in content.DOCS:
        fn = d["file"]
        assert fn not in seen, fn
        seen.add(fn)
        builders[d["kind"]](d, os.path.join(docdir, fn))
        manifest.append((fn, d["teacher"]))
        for sid, etype, edate, notes in d["truth"]:
            truth.append((fn, sid, etype, edate, notes))
        for sid, skill, level, quote in d["labels"]:
            labels.append((fn, sid, skill, level, quote))

    write_csv(os.path.join(out, "manifest.csv"), ["document", "teacher_id"], manifest)
    write_csv(os.path.join(out, "truth.csv"),
              ["document", "student_id", "entry_type", "entry_date", "notes"], truth)
    write_csv(os.path.join(out, "labelled_set.csv"),
              ["document", "student_id", "skill", "level", "quote"], labels)
    print(f"built {len(manifest)} documents, {len(truth)} truth rows, {len(labels)} labels in {out}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else HERE)
