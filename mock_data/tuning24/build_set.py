"""Deterministic builder for the Lakeshore Prep Academy blind set. Run: python build_set.py"""
import csv, datetime, io, os, shutil, sys, zipfile
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from content import TEACHERS, STUDENTS, DOCS  # noqa: E402
from docx import Document  # noqa: E402
from fpdf import FPDF  # noqa: E402

FIXED = datetime.datetime(2025, 11, 24, 9, 0, 0)
FIXED_TZ = datetime.datetime(2025, 11, 24, 9, 0, 0, tzinfo=datetime.timezone.utc)
DOCDIR = os.path.join(HERE, "documents")


def build_docx(d, path):
    doc = Document()
    for kind, val in d["body"]:
        if kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "bdate":
            p = doc.add_paragraph()
            p.add_run(val).bold = True
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
        else:
            doc.add_paragraph(val)
    cp = doc.core_properties
    cp.title = d["title"] or d["name"]
    cp.author = d["author"] or ""
    cp.last_modified_by = d["author"] or ""
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed member timestamps so the file is byte-identical on every run
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zin, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 11, 24, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))


def build_pdf(d, path):
    pdf = FPDF(format="letter")
    pdf.set_creation_date(FIXED_TZ)
    pdf.set_title(d["title"] or d["name"])
    pdf.set_author(d["author"] or "")
    pdf.set_creator("Microsoft Print to PDF")
    pdf.add_page()
    for kind, val in d["body"]:
        if kind == "h":
            pdf.set_font("Helvetica", "B", 14)
            pdf.multi_cell(0, 8, val, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        else:
            pdf.set_font("Helvetica", "", 11)
            pdf.multi_cell(0, 6, val, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    pdf.output(path)


def main():
    if os.path.isdir(DOCDIR):
        shutil.rmtree(DOCDIR)
    os.makedirs(DOCDIR)
    os.makedirs(os.path.join(HERE, "roster"), exist_ok=True)
    for d in DOCS:
        path = os.path.join(DOCDIR, d["name"])
        if d["kind"] == "docx":
            build_docx(d, path)
        elif d["kind"] == "pdf":
            build_pdf(d, path)
        else:
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(d["body"])
    def w(name, header, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
            cw = csv.writer(f)
            cw.writerow(header)
            cw.writerows(rows)
    w("roster/teachers.csv", ["id", "name", "email", "slack_user_id"], TEACHERS)
    w("roster/students.csv", ["id", "name", "grade", "teacher_id", "nickname"], STUDENTS)
    w("manifest.csv", ["document", "teacher_id"], [(d["name"], d["teacher"]) for d in DOCS])
    w("truth.csv", ["document", "student_id", "entry_type", "entry_date", "notes"],
      [(d["name"],) + tuple(t) for d in DOCS for t in d["truth"]])
    w("labelled_set.csv", ["document", "student_id", "skill", "level", "quote"],
      [(d["name"],) + tuple(l) for d in DOCS for l in d["labels"]])
    print(f"built {len(DOCS)} documents")


if __name__ == "__main__":
    main()
