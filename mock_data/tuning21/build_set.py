"""Build tuning21 deterministically from content.py."""
import csv, io, os, sys, zipfile, datetime as dt
from email.message import EmailMessage
from email.utils import format_datetime
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import content as C
from docx import Document
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
FIXED_ZIP = (2026, 6, 30, 12, 0, 0)


def when(d):
    return dt.datetime.fromisoformat(d).replace(hour=9, tzinfo=dt.timezone.utc)


def normalize_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, FIXED_ZIP)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def add_runs(par, text):
    parts = text.split("**")
    for i, p in enumerate(parts):
        if p:
            r = par.add_run(p)
            r.bold = (i % 2 == 1)


def build_docx(d, path):
    doc = Document()
    lines = d["body"].strip("\n").split("\n")
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
                i += 1
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
            continue
        if ln.startswith("## "):
            doc.add_heading(ln[3:], level=2)
        elif ln.startswith("# "):
            doc.add_heading(ln[2:], level=1)
        elif ln.strip():
            add_runs(doc.add_paragraph(), ln)
        i += 1
    cp = doc.core_properties
    cp.title = d.get("title", "")
    cp.author = d.get("author", "")
    cp.last_modified_by = d.get("author", "")
    cp.created = when(d["date"]).replace(tzinfo=None)
    cp.modified = when(d["date"]).replace(tzinfo=None)
    cp.revision = 1
    doc.save(path)
    normalize_zip(path)


def build_pdf(d, path):
    pdf = FPDF(format="Letter")
    pdf.set_creation_date(when(d["date"]))
    pdf.set_title(d.get("title", ""))
    pdf.set_author(d.get("author", ""))
    pdf.set_creator("Microsoft Word")
    pdf.set_producer("Microsoft: Print To PDF")
    pdf.set_margins(25, 25, 25)
    pdf.add_page()
    lines = d["body"].strip("\n").split("\n")
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 8, lines[0], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 11)
    for ln in lines[1:]:
        if ln.strip():
            pdf.multi_cell(0, 6, ln, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.ln(3)
    pdf.output(path)


def build_eml(d, path):
    b = d["body"]
    m = EmailMessage()
    m["From"] = b["frm"]
    m["To"] = b["to"]
    m["Subject"] = b["subject"]
    m["Date"] = format_datetime(dt.datetime.fromisoformat(b["dt"]).replace(
        tzinfo=dt.timezone(dt.timedelta(hours=-5))))
    m["Message-ID"] = "<%s.%s@tuning21.example>" % (b["dt"].replace(" ", "T").replace(":", ""), len(b["text"]))
    m.set_content(b["text"])
    with open(path, "wb") as f:
        f.write(bytes(m))


def main():
    os.makedirs(DOCS, exist_ok=True)
    os.makedirs(os.path.join(HERE, "roster"), exist_ok=True)
    for fn in os.listdir(DOCS):
        os.remove(os.path.join(DOCS, fn))
    for d in C.DOCS:
        p = os.path.join(DOCS, d["name"])
        if d["fmt"] == "docx":
            build_docx(d, p)
        elif d["fmt"] == "pdf":
            build_pdf(d, p)
        elif d["fmt"] == "eml":
            build_eml(d, p)
        else:
            with open(p, "w", encoding="utf-8", newline="\n") as f:
                f.write(d["body"])

    def wcsv(rel, header, rows):
        with open(os.path.join(HERE, rel), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(header)
            w.writerows(rows)
    wcsv("roster/teachers.csv", ["id", "name", "email", "slack_user_id"], C.TEACHERS)
    wcsv("roster/students.csv", ["id", "name", "grade", "teacher_id", "nickname"], C.STUDENTS)
    wcsv("manifest.csv", ["document", "teacher_id"], [(d["name"], d["teacher"]) for d in C.DOCS])
    wcsv("truth.csv", ["document", "student_id", "entry_type", "entry_date", "notes"],
         [(d["name"],) + tuple(t) for d in C.DOCS for t in d["truth"]])
    wcsv("labelled_set.csv", ["document", "student_id", "skill", "level", "quote"],
         [(d["name"],) + tuple(l) for d in C.DOCS for l in d["labels"]])
    print("built", len(C.DOCS), "documents")


if __name__ == "__main__":
    main()
