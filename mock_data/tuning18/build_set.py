"""Build the Harbor Light Charter Academy blind set from content.py (deterministic)."""
import csv, io, os, shutil, zipfile, datetime
from email.message import EmailMessage
from email import policy
import docx
from docx.shared import Pt
from fpdf import FPDF
import content as C

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
ROSTER = os.path.join(HERE, "roster")
ZIP_TIME = (2025, 8, 1, 0, 0, 0)


def normalise_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            out.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def parse_dt(s):
    return datetime.datetime.strptime(s, "%Y-%m-%dT%H:%M")


def build_docx(d, path):
    doc = docx.Document()
    cp = doc.core_properties
    core = d.get("core", {})
    cp.author = core.get("author", "")
    cp.last_modified_by = core.get("author", "")
    cp.title = core.get("title", "")
    cp.subject = core.get("subject", "")
    cp.keywords = core.get("keywords", "")
    cp.comments = core.get("comments", "")
    cp.category = ""
    cp.revision = 1
    dt = parse_dt(core.get("created", "2025-08-11T08:00"))
    cp.created = dt
    cp.modified = parse_dt(core.get("modified", core.get("created", "2025-08-11T08:00")))
    cp.last_printed = dt
    for kind, val in d["blocks"]:
        if kind in ("h1", "h2", "h3"):
            doc.add_heading(val, level=int(kind[1]))
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "bullet":
            doc.add_paragraph(val, style="List Bullet")
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for r, row in enumerate(val):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
        else:
            raise ValueError(kind)
    doc.save(path)
    normalise_zip(path)


class Doc(FPDF):
    pass


def build_pdf(d, path):
    pdf = Doc(format="Letter")
    pdf.set_creation_date(parse_dt(d.get("created", "2025-08-11T08:00")).replace(tzinfo=datetime.timezone.utc))
    pdf.set_producer(d.get("producer", "Microsoft Word for Microsoft 365"))
    pdf.set_creator(d.get("creator", "Microsoft Word"))
    pdf.set_title(d.get("pdf_title", d["file"].rsplit(".", 1)[0]))
    pdf.set_author(d.get("author", ""))
    pdf.set_margins(22, 20, 22)
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin
    for kind, val in d["blocks"]:
        if kind == "h1":
            pdf.set_font("Helvetica", "B", 15)
            pdf.multi_cell(w, 8, val, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind in ("h2", "h3"):
            pdf.set_font("Helvetica", "B", 12)
            pdf.ln(2)
            pdf.multi_cell(w, 7, val, new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("Times", "", 11.5)
            pdf.multi_cell(w, 6, val, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "bullet":
            pdf.set_font("Times", "", 11.5)
            pdf.multi_cell(w, 6, "- " + val, new_x="LMARGIN", new_y="NEXT")
        elif kind == "table":
            pdf.set_font("Times", "", 10.5)
            with pdf.table(text_align="LEFT") as table:
                for row in val:
                    r = table.row()
                    for cell in row:
                        r.cell(cell)
            pdf.ln(2)
        else:
            raise ValueError(kind)
    pdf.output(path)


def build_eml(d, path):
    m = EmailMessage(policy=policy.SMTP)
    for k, v in d["headers"]:
        m[k] = v
    m.set_content(d["body"], charset="utf-8")
    with open(path, "wb") as f:
        f.write(m.as_bytes())


def build_text(d, path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(d["body"])


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    for p in (DOCS, ROSTER):
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    write_csv(os.path.join(ROSTER, "teachers.csv"), ["id", "name", "email", "slack_user_id"], C.TEACHERS)
    write_csv(os.path.join(ROSTER, "students.csv"), ["id", "name", "grade", "teacher_id", "nickname"], C.STUDENTS)
    manifest, truth, labels = [], [], []
    seen = set()
    for d in C.DOCS:
        fn = d["file"]
        assert fn not in seen, fn
        seen.add(fn)
        path = os.path.join(DOCS, fn)
        ext = fn.rsplit(".", 1)[-1].lower()
        {"docx": build_docx, "pdf": build_pdf, "eml": build_eml}.get(ext, build_text)(d, path)
        manifest.append([fn, d["teacher"]])
        for row in d["truth"]:
            truth.append([fn] + list(row))
        for lab in d.get("labels", []):
            labels.append([fn] + list(lab))
    write_csv(os.path.join(HERE, "manifest.csv"), ["document", "teacher_id"], manifest)
    write_csv(os.path.join(HERE, "truth.csv"), ["document", "student_id", "entry_type", "entry_date", "notes"], truth)
    write_csv(os.path.join(HERE, "labelled_set.csv"), ["document", "student_id", "skill", "level", "quote"], labels)
    print(f"built {len(manifest)} documents, {len(truth)} truth rows, {len(labels)} labels")


if __name__ == "__main__":
    main()
