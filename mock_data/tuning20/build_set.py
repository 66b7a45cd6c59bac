"""Build the Juniper Flats set from content.py. Deterministic: fixed dates/timestamps."""
import csv, io, os, re, shutil, zipfile, datetime
from email.message import EmailMessage
from email import policy
import docx
from fpdf import FPDF
import content as C

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "documents")
ROSTER = os.path.join(HERE, "roster")
MARK = re.compile(r"\[\[(S\d{4}):([A-Z]{2}):([EDPA])\|(.*?)\]\]", re.S)
FIXED = datetime.datetime(2026, 5, 22, 12, 0, 0)
TNAME = {t[0]: t[1] for t in C.TEACHERS}


def strip_marks(text):
    labels = []
    def rep(m):
        labels.append((m.group(1), C.SKILLS[m.group(2)], C.LEVELS[m.group(3)], m.group(4)))
        return m.group(4)
    return MARK.sub(rep, text), labels


def write_csv(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def fixed_zip(raw, path):
    src = zipfile.ZipFile(io.BytesIO(raw))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 5, 22, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            out.writestr(zi, src.read(info.filename))


def build_docx(d, text, path):
    doc = docx.Document()
    cp = doc.core_properties
    cp.author = TNAME[d["teacher"]]
    cp.last_modified_by = TNAME[d["teacher"]]
    cp.title = d["title"] or os.path.splitext(d["file"])[0]
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    cp.keywords = "Juniper Flats MS"
    table_rows = []
    def flush():
        if table_rows:
            t = doc.add_table(rows=len(table_rows), cols=len(table_rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(table_rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
            table_rows.clear()
    for line in text.split("\n"):
        if line.startswith("| "):
            table_rows.append([c.strip() for c in line.strip().strip("|").split("|")])
            continue
        flush()
        if line.startswith("## "):
            doc.add_heading(line[3:], level=2)
        elif line.startswith("# "):
            doc.add_heading(line[2:], level=1)
        elif line.strip():
            doc.add_paragraph(line)
    flush()
    buf = io.BytesIO()
    doc.save(buf)
    fixed_zip(buf.getvalue(), path)


def build_pdf(d, text, path):
    pdf = FPDF(format="Letter")
    pdf.set_creation_date(FIXED)
    pdf.set_title(d["title"] or os.path.splitext(d["file"])[0])
    pdf.set_author(TNAME[d["teacher"]])
    pdf.set_creator("Writer")
    pdf.set_producer("LibreOffice 7.6")
    pdf.add_page()
    pdf.set_margins(20, 20, 20)
    lines = text.split("\n")
    pdf.set_font("Helvetica", "B", 13)
    pdf.multi_cell(0, 7, lines[0], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", "", 11)
    for line in lines[1:]:
        if line.strip():
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    pdf.output(path)


def build_eml(d, text, path):
    m = EmailMessage(policy=policy.default)
    for k, v in d["headers"].items():
        m[k] = v
    m["Subject"] = d["subject"]
    m["Message-ID"] = "<%s@jfms.example.org>" % re.sub(r"\W", "", d["file"])
    m.set_content(text + "\n")
    with open(path, "wb") as f:
        f.write(m.as_bytes())


def main():
    for p in (DOCS, ROSTER):
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    write_csv(os.path.join(ROSTER, "teachers.csv"), ["id", "name", "email", "slack_user_id"], C.TEACHERS)
    write_csv(os.path.join(ROSTER, "students.csv"), ["id", "name", "grade", "teacher_id", "nickname"], C.STUDENTS)
    manifest, truth, labels = [], [], []
    for d in C.DOCS:
        text, labs = strip_marks(d["text"])
        path = os.path.join(DOCS, d["file"])
        k = d["kind"]
        if k == "docx":
            build_docx(d, text, path)
        elif k == "pdf":
            build_pdf(d, text, path)
        elif k == "eml":
            build_eml(d, text, path)
        else:
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(text + "\n")
        manifest.append((d["file"], d["teacher"]))
        for item in d["truth"].split(";"):
            parts = item.split()
            if parts[0] == "ASK":
                truth.append((d["file"], "ASK", "", "", "unsigned exit ticket; could be any of the teacher's students"))
            else:
                sid, t, date = parts[:3]
                truth.append((d["file"], sid, C.TYPES[t], date, " ".join(parts[3:])))
        for sid, skill, level, quote in labs:
            labels.append((d["file"], sid, skill, level, re.sub(r"\s+", " ", quote).strip()))
    write_csv(os.path.join(HERE, "manifest.csv"), ["document", "teacher_id"], manifest)
    write_csv(os.path.join(HERE, "truth.csv"), ["document", "student_id", "entry_type", "entry_date", "notes"], truth)
    write_csv(os.path.join(HERE, "labelled_set.csv"), ["document", "student_id", "skill", "level", "quote"], labels)
    print("built %d documents, %d truth rows, %d labels" % (len(manifest), len(truth), len(labels)))


if __name__ == "__main__":
    main()
