"""Build the Pinecrest Consolidated School blind set (deterministic)."""
import csv, datetime as dt, io, os, zipfile
from email.message import EmailMessage
from email import policy
from docx import Document
from fpdf import FPDF
import content

OUT = os.path.dirname(os.path.abspath(__file__))
DOCS_DIR = os.path.join(OUT, "documents")
FIXED_ZIP_TIME = (2025, 9, 2, 8, 0, 0)


def fixed_zip(path):
    """Rewrite a docx zip with fixed timestamps so builds are byte-identical."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def build_docx(d, path):
    doc = Document()
    lines = d["body"].rstrip("\n").split("\n")
    table_done = False
    for line in lines:
        if line.startswith("# "):
            doc.add_heading(line[2:], level=1)
            if d.get("table") and not table_done:
                t = doc.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                for k, v in d["table"]:
                    r = t.add_row().cells
                    r[0].text, r[1].text = k, v
                doc.add_paragraph("")
                table_done = True
        elif line.startswith("## "):
            doc.add_heading(line[3:], level=2)
        else:
            doc.add_paragraph(line)
    cp = doc.core_properties
    when = dt.datetime.fromisoformat(d["created"])
    cp.title, cp.author, cp.last_modified_by = d["title"], d["author"], d["author"]
    cp.created = cp.modified = when
    cp.revision = 1
    doc.save(path)
    fixed_zip(path)


def build_pdf(d, path):
    pdf = FPDF(format="Letter")
    pdf.set_title(d["title"]); pdf.set_author(d["author"])
    pdf.set_creator("Microsoft Word - Save as PDF"); pdf.set_producer("Microsoft: Print To PDF")
    pdf.set_creation_date(dt.datetime.fromisoformat(d["created"]).replace(tzinfo=dt.timezone.utc))
    pdf.add_page(); pdf.set_margins(20, 20, 20); pdf.set_x(20)
    lines = d["body"].rstrip("\n").split("\n")
    for i, line in enumerate(lines):
        if i == 0:
            pdf.set_font("Helvetica", "B", 13)
        else:
            pdf.set_font("Helvetica", "", 11)
        if line.strip():
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.ln(4)
    pdf.output(path)


def build_eml(d, path):
    m = EmailMessage(policy=policy.SMTP)
    for k in ("From", "To", "Subject", "Date"):
        m[k] = d["headers"][k]
    m["MIME-Version"] = "1.0"
    m.set_content(d["body"], charset="us-ascii", cte="7bit")
    with open(path, "wb") as f:
        f.write(m.as_bytes())


def main():
    os.makedirs(DOCS_DIR, exist_ok=True)
    os.makedirs(os.path.join(OUT, "roster"), exist_ok=True)
    for fn in os.listdir(DOCS_DIR):
        os.remove(os.path.join(DOCS_DIR, fn))
    for d in content.DOCS:
        p = os.path.join(DOCS_DIR, d["f"])
        k = d["kind"]
        if k == "docx":
            build_docx(d, p)
        elif k == "pdf":
            build_pdf(d, p)
        elif k == "eml":
            build_eml(d, p)
        else:
            with open(p, "w", encoding="utf-8", newline="\n") as f:
                f.write(d["body"])

    def w(name, header, rows):
        with open(os.path.join(OUT, name), "w", newline="", encoding="utf-8") as f:
            cw = csv.writer(f, lineterminator="\n")
            cw.writerow(header); cw.writerows(rows)

    w("roster/teachers.csv", ["id", "name", "email", "slack_user_id"], content.TEACHERS)
    w("roster/students.csv", ["id", "name", "grade", "teacher_id", "nickname"], content.STUDENTS)
    w("manifest.csv", ["document", "teacher_id"], [(d["f"], d["t"]) for d in content.DOCS])
    w("truth.csv", ["document", "student_id", "entry_type", "entry_date", "notes"],
      [(d["f"],) + tuple(r) for d in content.DOCS for r in d["truth"]])
    w("labelled_set.csv", ["document", "student_id", "skill", "level", "quote"],
      [(d["f"],) + tuple(l) for d in content.DOCS for l in d["labels"]])
    print(f"built {len(content.DOCS)} documents")


if __name__ == "__main__":
    main()
