"""Build the Aoraki Ridge College blind set from content.py (deterministic)."""
import csv, datetime, os, shutil, sys, zipfile, io
from email.message import EmailMessage
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content as C  # noqa: E402

import docx  # noqa: E402
from fpdf import FPDF  # noqa: E402

DOCS_DIR = os.path.join(HERE, "documents")
ROSTER_DIR = os.path.join(HERE, "roster")
FIXED_ZIP_TIME = (2026, 12, 1, 9, 0, 0)


def norm(s):
    return " ".join(s.split())


def doc_date(d):
    for t in d["truth"]:
        if t[2]:
            y, m, dd = map(int, t[2].split("-"))
            return datetime.datetime(y, m, dd, 15, 30, 0)
    return datetime.datetime(2026, 8, 20, 15, 30, 0)


def write_csv(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def add_runs(par, text):
    parts = text.split("**")
    for i, part in enumerate(parts):
        if part:
            r = par.add_run(part)
            r.bold = (i % 2 == 1)


def build_docx(d, path):
    document = docx.Document()
    lines = d["body"].split("\n")
    i = 0
    while i < len(lines):
        line = lines[i].rstrip()
        if not line:
            i += 1
            continue
        if line.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
                i += 1
            t = document.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
                    if r == 0:
                        for run in t.cell(r, c).paragraphs[0].runs:
                            run.bold = True
            continue
        if line.startswith("## "):
            document.add_heading(line[3:], level=2)
        elif line.startswith("# "):
            document.add_heading(line[2:], level=1)
        else:
            add_runs(document.add_paragraph(), line)
        i += 1
    cp = document.core_properties
    dt = doc_date(d)
    cp.author = d["meta"].get("author", "")
    cp.last_modified_by = d["meta"].get("author", "")
    cp.title = d["meta"].get("title", "")
    cp.subject = d["meta"].get("subject", "")
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.created = dt
    cp.modified = dt
    cp.last_printed = dt
    cp.revision = 2
    buf = io.BytesIO()
    document.save(buf)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zin:
        items = [(zi.filename, zin.read(zi.filename)) for zi in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)


def build_pdf(d, path):
    pdf = FPDF(format="A4")
    pdf.set_creation_date(doc_date(d).replace(tzinfo=datetime.timezone.utc))
    pdf.set_title(d["meta"].get("title", ""))
    pdf.set_author(d["meta"].get("author", ""))
    pdf.set_creator("Microsoft Word")
    pdf.set_producer("Microsoft Word for Microsoft 365")
    pdf.set_margins(20, 20, 20)
    pdf.add_page()
    for line in d["body"].split("\n"):
        line = line.rstrip()
        line.encode("latin-1")
        if not line:
            continue
        if line.startswith("# "):
            pdf.set_font("Helvetica", "B", 15)
            pdf.multi_cell(0, 9, line[2:], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        else:
            pdf.set_font("Helvetica", "", 11)
            pdf.multi_cell(0, 6, line, markdown=True, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
    pdf.output(path)


def build_eml(d, path):
    e = d["body"]
    msg = EmailMessage()
    msg["From"] = e["frm"]
    msg["To"] = e["to"]
    msg["Subject"] = e["subject"]
    msg["Date"] = e["date"]
    msg["Message-ID"] = "<%s@mail.example.net>" % abs(hash_str(d["name"]))
    msg.set_content(e["text"])
    with open(path, "wb") as f:
        f.write(msg.as_bytes(policy=policy.SMTP))


def hash_str(s):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % 1000000007
    return h


def body_text(d):
    return d["body"]["text"] if isinstance(d["body"], dict) else d["body"]


def main():
    for p in (DOCS_DIR, ROSTER_DIR):
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    write_csv(os.path.join(ROSTER_DIR, "teachers.csv"), ["id", "name", "email", "slack_user_id"], C.TEACHERS)
    write_csv(os.path.join(ROSTER_DIR, "students.csv"), ["id", "name", "grade", "teacher_id", "nickname"], C.STUDENTS)
    teacher_of = {s[0]: s[3] for s in C.STUDENTS}
    manifest, truth, labels = [], [], []
    names = set()
    for d in C.DOCS:
        assert d["name"] not in names, d["name"]
        names.add(d["name"])
        path = os.path.join(DOCS_DIR, d["name"])
        ext = d["name"].rsplit(".", 1)[1]
        if ext == "docx":
            build_docx(d, path)
        elif ext == "pdf":
            build_pdf(d, path)
        elif ext == "eml":
            build_eml(d, path)
        else:
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(d["body"])
        manifest.append((d["name"], d["teacher"]))
        src = norm(body_text(d))
        truth_students = set()
        for sid, typ, date, notes in d["truth"]:
            assert sid == "ASK" or teacher_of[sid] == d["teacher"], (d["name"], sid)
            truth.append((d["name"], sid, typ, date, notes))
            truth_students.add(sid)
        seen = set()
        for sid, skill, level, quote in d["labels"]:
            q = norm(quote)
            assert q in src, (d["name"], q)
            assert sid in truth_students, (d["name"], sid)
            assert (sid, skill) not in seen, (d["name"], sid, skill)
            seen.add((sid, skill))
            labels.append((d["name"], sid, skill, level, q))
    write_csv(os.path.join(HERE, "manifest.csv"), ["document", "teacher_id"], manifest)
    write_csv(os.path.join(HERE, "truth.csv"), ["document", "student_id", "entry_type", "entry_date", "notes"], truth)
    write_csv(os.path.join(HERE, "labelled_set.csv"), ["document", "student_id", "skill", "level", "quote"], labels)
    print("built %d documents, %d truth rows, %d labels" % (len(manifest), len(truth), len(labels)))


if __name__ == "__main__":
    main()
