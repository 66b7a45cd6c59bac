"""Render the tuning13 set from content.py, deterministically (byte-identical on every run).

Usage: /work/main/.venv/bin/python mock_data/tuning13/build_set.py
"""
import csv
import datetime as dt
import io
import shutil
import sys
import zipfile
from email.message import EmailMessage
from email import policy
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import content as C  # noqa: E402

from docx import Document  # noqa: E402
from fpdf import FPDF  # noqa: E402

DOCS_DIR = HERE / "documents"
ROSTER_DIR = HERE / "roster"
FIXED_ZIP_TIME = (2025, 8, 18, 8, 0, 0)


def _dt(s, default="2025-08-18T08:00:00"):
    return dt.datetime.fromisoformat(s or default)


def build_docx(doc):
    d = Document()
    for blk in doc["body"]:
        kind = blk[0]
        if kind == "h1":
            d.add_heading(blk[1], level=1)
        elif kind == "h2":
            d.add_heading(blk[1], level=2)
        elif kind == "p":
            d.add_paragraph(blk[1])
        elif kind == "i":
            d.add_paragraph().add_run(blk[1]).italic = True
        elif kind == "sp":
            par = d.add_paragraph()
            par.add_run(blk[1] + ": ").bold = True
            par.add_run(blk[2])
        elif kind == "bp":
            par = d.add_paragraph(style="List Bullet")
            par.add_run(blk[1]).bold = True
            par.add_run(blk[2])
        elif kind == "table":
            rows = blk[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
        else:
            raise ValueError(kind)
    o = doc["opts"]
    cp = d.core_properties
    when = _dt(o.get("created"))
    cp.author = o.get("author", "")
    cp.last_modified_by = o.get("author", "")
    cp.title = o.get("title", "")
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 1
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""
    raw = io.BytesIO()
    d.save(raw)
    # Rewrite the zip with fixed timestamps and a stable order.
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as zin, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def build_pdf(doc):
    o = doc["opts"]
    pdf = FPDF(format="Letter")
    pdf.set_creation_date(_dt(o.get("created")).replace(tzinfo=dt.timezone.utc))
    pdf.set_title(o.get("title", ""))
    pdf.set_author(o.get("author", ""))
    pdf.set_creator("Cedar Hollow copier")
    pdf.set_producer("Cedar Hollow copier")
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for blk in doc["body"]:
        kind, text = blk
        text.encode("latin-1")  # core fonts: fail loudly on anything else
        if kind == "h":
            pdf.set_font("Helvetica", "B", 15)
            pdf.multi_cell(width, 9, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "b":
            pdf.set_font("Helvetica", "B", 11)
            pdf.multi_cell(width, 6, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("Helvetica", "", 11)
            pdf.multi_cell(width, 6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        else:
            raise ValueError(kind)
    return bytes(pdf.output())


def build_txt(doc):
    o = doc["opts"]
    text = doc["body"]
    if o.get("eol") == "crlf":
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    return text.encode(o.get("encoding", "utf-8"))


def build_eml(doc):
    b = doc["body"]
    msg = EmailMessage(policy=policy.SMTP)
    for k, v in b["headers"]:
        msg[k] = v
    if doc["opts"].get("qp"):
        msg.set_content(b["text"], charset="utf-8", cte="quoted-printable")
    else:
        msg.set_content(b["text"], charset="us-ascii", cte="7bit")
    return msg.as_bytes()


BUILDERS = {"docx": build_docx, "pdf": build_pdf, "txt": build_txt, "eml": build_eml}


def write_csv(path, header, rows):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    if DOCS_DIR.exists():
        shutil.rmtree(DOCS_DIR)
    DOCS_DIR.mkdir()
    names = set()
    manifest, truth, labels = [], [], []
    for doc in C.DOCS:
        assert doc["name"] not in names, doc["name"]
        names.add(doc["name"])
        (DOCS_DIR / doc["name"]).write_bytes(BUILDERS[doc["fmt"]](doc))
        manifest.append((doc["name"], doc["teacher"]))
        for sid, etype, edate, notes in doc["truth"]:
            truth.append((doc["name"], sid, etype, edate, notes))
        for sid, sk, lv, quote in doc["labels"]:
            labels.append((doc["name"], sid, C.SKILL[sk], C.LEVEL[lv], quote))
    write_csv(ROSTER_DIR / "teachers.csv", ["id", "name", "email", "slack_user_id"], C.TEACHERS)
    write_csv(ROSTER_DIR / "students.csv", ["id", "name", "grade", "teacher_id", "nickname"], C.STUDENTS)
    write_csv(HERE / "manifest.csv", ["document", "teacher_id"], manifest)
    write_csv(HERE / "truth.csv", ["document", "student_id", "entry_type", "entry_date", "notes"], truth)
    write_csv(HERE / "labelled_set.csv", ["document", "student_id", "skill", "level", "quote"], labels)
    print(f"{len(manifest)} documents, {len(truth)} truth rows, {len(labels)} labels")


if __name__ == "__main__":
    main()
