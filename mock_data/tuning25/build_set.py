"""Build the Kauri Grove Intermediate blind set (deterministic). Run with /work/main/.venv/bin/python."""
import csv
import datetime as dt
import os
import shutil
from email.message import EmailMessage

from docx import Document
from fpdf import FPDF

import content as C

OUT = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(OUT, "documents")
NZ = dt.timezone(dt.timedelta(hours=13))


def blocks(text):
    """Yield ('h1'|'h2'|'p', str) or ('table', rows)."""
    table = []
    for line in text.splitlines():
        if line.startswith("|"):
            table.append([c.strip() for c in line.strip().strip("|").split("|")])
            continue
        if table:
            yield ("table", table)
            table = []
        if not line.strip():
            continue
        if line.startswith("## "):
            yield ("h2", line[3:])
        elif line.startswith("# "):
            yield ("h1", line[2:])
        else:
            yield ("p", line)
    if table:
        yield ("table", table)


def build_docx(d, path):
    doc = Document()
    for kind, val in blocks(d["text"]):
        if kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        else:
            t = doc.add_table(rows=0, cols=len(val[0]))
            t.style = "Table Grid"
            for row in val:
                cells = t.add_row().cells
                for i, v in enumerate(row):
                    cells[i].text = v
    when = dt.datetime(*d["when"])
    cp = doc.core_properties
    cp.title = d["title"]
    cp.author = d["author"]
    cp.last_modified_by = d["author"]
    cp.created = when
    cp.modified = when
    cp.revision = 1
    doc.save(path)
    _fix_zip_times(path, d["when"])


def _fix_zip_times(path, when):
    """Rewrite the docx zip with fixed member timestamps so builds are byte-identical."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=tuple(when[:5]) + (0,))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def build_pdf(d, path):
    pdf = FPDF(format="A4")
    pdf.set_creation_date(dt.datetime(*d["when"], tzinfo=NZ))
    pdf.set_title(d["title"])
    pdf.set_author(d["author"])
    pdf.set_creator("Microsoft Word")
    pdf.add_page()
    pdf.set_margins(20, 20, 20)
    for kind, val in blocks(d["text"]):
        val.encode("latin-1")  # core fonts only: keep PDF text latin-1
        if kind in ("h1", "h2"):
            pdf.set_font("Helvetica", "B", 15 if kind == "h1" else 12)
            pdf.multi_cell(0, 8, val, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        else:
            pdf.set_font("Helvetica", "", 11)
            pdf.multi_cell(0, 6, val, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    pdf.output(path)


def build_eml(d, path):
    m = EmailMessage()
    m["From"] = d["frm"]
    m["To"] = d["to"]
    m["Subject"] = d["subject"]
    m["Date"] = d["date_hdr"]
    m["Message-ID"] = "<%s@mail.kaurigrove.test>" % sum(ord(ch) * (i + 1) for i, ch in enumerate(d["name"]))
    m["MIME-Version"] = "1.0"
    m.set_content(d["text"], charset="utf-8", cte="8bit")
    with open(path, "wb") as f:
        f.write(bytes(m))


def main():
    if os.path.isdir(DOCS):
        shutil.rmtree(DOCS)
    os.makedirs(DOCS)
    os.makedirs(os.path.join(OUT, "roster"), exist_ok=True)
    for d in C.DOCS:
        path = os.path.join(DOCS, d["name"])
        k = d["kind"]
        if k == "docx":
            build_docx(d, path)
        elif k == "pdf":
            build_pdf(d, path)
        elif k == "eml":
            build_eml(d, path)
        else:
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(d["text"])

    def w(name, header, rows):
        with open(os.path.join(OUT, name), "w", newline="", encoding="utf-8") as f:
            cw = csv.writer(f)
            cw.writerow(header)
            cw.writerows(rows)

    w("roster/teachers.csv", ["id", "name", "email", "slack_user_id"], C.TEACHERS)
    w("roster/students.csv", ["id", "name", "grade", "teacher_id", "nickname"], C.STUDENTS)
    w("manifest.csv", ["document", "teacher_id"], [(d["name"], d["teacher"]) for d in C.DOCS])
    w("truth.csv", ["document", "student_id", "entry_type", "entry_date", "notes"],
      [(d["name"],) + tuple(t) for d in C.DOCS for t in d["truth"]])
    w("labelled_set.csv", ["document", "student_id", "skill", "level", "quote"],
      [(d["name"],) + tuple(l) for d in C.DOCS for l in d["labels"]])
    print("built", len(C.DOCS), "documents")


if __name__ == "__main__":
    main()
