"""Deterministic builder for the Harbourview blind set. Run: /work/main/.venv/bin/python build_set.py"""
import csv, os, shutil, datetime
from docx import Document
from fpdf import FPDF
import content

OUT = os.path.dirname(os.path.abspath(__file__))
DOCDIR = os.path.join(OUT, "documents")
ROSTER = os.path.join(OUT, "roster")
SGT = datetime.timezone(datetime.timedelta(hours=8))


def fixed_dt(iso):
    y, m, d = map(int, iso.split("-"))
    return datetime.datetime(y, m, d, 16, 30, 0)


def build_docx(d, path):
    doc = Document()
    for kind, val in d["body"]:
        if kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
    cp = doc.core_properties
    cp.title = d["title"]
    cp.author = d["author"]
    cp.last_modified_by = d["author"]
    cp.created = fixed_dt(d["created"])
    cp.modified = fixed_dt(d["created"])
    cp.revision = 1
    doc.save(path)
    _freeze_zip(path, fixed_dt(d["created"]))


def _freeze_zip(path, dt):
    """Rewrite the docx zip with fixed member timestamps so builds are byte-identical."""
    import zipfile, io
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=dt.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def build_pdf(d, path):
    pdf = FPDF(format="A4")
    pdf.set_creation_date(datetime.datetime(*map(int, d["created"].split("-")), 9, 0, 0, tzinfo=SGT))
    pdf.set_title(d["title"])
    pdf.set_author(d["author"])
    pdf.set_creator("Harbourview MFD / Microsoft Word")
    pdf.set_producer("fpdf2")
    pdf.add_page()
    pdf.set_auto_page_break(True, 15)
    for kind, val in d["body"]:
        if kind == "h1":
            pdf.set_font("Helvetica", "B", 15)
            pdf.multi_cell(0, 9, val, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "h2":
            pdf.set_font("Helvetica", "B", 12)
            pdf.multi_cell(0, 8, val, new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("Helvetica", "", 11)
            pdf.multi_cell(0, 6, val, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "table":
            pdf.set_font("Helvetica", "", 10)
            ncol = len(val[0])
            widths = (30, 150) if ncol == 2 else (28, 32, 120)
            with pdf.table(col_widths=widths, line_height=6, first_row_as_headings=True) as t:
                for row in val:
                    r = t.row()
                    for cell in row:
                        r.cell(cell)
            pdf.ln(3)
    pdf.output(path)


def main():
    for sub in ("documents", "roster"):
        shutil.rmtree(os.path.join(OUT, sub), ignore_errors=True)
        os.makedirs(os.path.join(OUT, sub))
    with open(os.path.join(ROSTER, "teachers.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f); w.writerow(["id", "name", "email", "slack_user_id"]); w.writerows(content.TEACHERS)
    with open(os.path.join(ROSTER, "students.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f); w.writerow(["id", "name", "grade", "teacher_id", "nickname"]); w.writerows(content.STUDENTS)
    man, truth, labels = [], [], []
    for d in content.DOCS:
        path = os.path.join(DOCDIR, d["name"])
        if d["fmt"] == "docx":
            build_docx(d, path)
        elif d["fmt"] == "pdf":
            build_pdf(d, path)
        else:
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(d["body"] if d["body"].endswith("\n") else d["body"] + "\n")
        man.append([d["name"], d["teacher"]])
        for sid, note in d["truth"]:
            truth.append([d["name"], sid, d["etype"], d["date"], note])
        for sid, skill, level, quote in d["labels"]:
            labels.append([d["name"], sid, skill, level, quote])
    for fn, hdr, rows in (("manifest.csv", ["document", "teacher_id"], man),
                          ("truth.csv", ["document", "student_id", "entry_type", "entry_date", "notes"], truth),
                          ("labelled_set.csv", ["document", "student_id", "skill", "level", "quote"], labels)):
        with open(os.path.join(OUT, fn), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f); w.writerow(hdr); w.writerows(rows)
    print(f"built {len(man)} documents, {len(truth)} truth rows, {len(labels)} labels")


if __name__ == "__main__":
    main()
