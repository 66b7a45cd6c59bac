"""Build the tuning14 set deterministically from content.py.

Usage: python build_set.py   (writes documents/, roster/, manifest.csv, truth.csv, labelled_set.csv)
Rebuilding gives byte-identical files: fixed metadata dates, fixed zip timestamps, no random ids.
"""
import csv
import datetime as dt
import io
import os
import quopri
import shutil
import textwrap
import zipfile

import docx
from docx.shared import Pt
from fpdf import FPDF

import content

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS_DIR = os.path.join(HERE, "documents")
ZIP_DATE = (2026, 6, 1, 12, 0, 0)


def teacher_name(tid):
    for t in content.TEACHERS:
        if t[0] == tid:
            return t[1]
    raise KeyError(tid)


def when(d):
    return dt.datetime.fromisoformat(d["created"])


# ------------------------------------------------------------------ renderers

def render_docx(d, path):
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    for b in d["blocks"]:
        kind = b[0]
        if kind == "h":
            document.add_heading(b[1], level=1)
        elif kind == "p":
            document.add_paragraph(b[1])
        elif kind == "turn":
            para = document.add_paragraph()
            para.add_run(b[1] + ": ").bold = True
            para.add_run(b[2])
        elif kind == "table":
            rows = b[1]
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    table.cell(i, j).text = cell
        else:
            raise ValueError(kind)
    cp = document.core_properties
    created = when(d)
    cp.author = teacher_name(d["teacher"])
    cp.last_modified_by = teacher_name(d["teacher"])
    cp.created = created
    cp.modified = created
    cp.last_printed = created
    cp.revision = 1
    cp.title = ""
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    buf = io.BytesIO()
    document.save(buf)
    # re-zip with fixed timestamps so the bytes do not depend on the build time
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, src.read(info.filename))
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


def render_pdf(d, path):
    pdf = FPDF(format="Letter")
    pdf.set_creation_date(when(d).replace(tzinfo=dt.timezone.utc))
    pdf.set_producer("Skerry Sound copier")
    pdf.set_creator("Skerry Sound copier")
    pdf.set_author(teacher_name(d["teacher"]))
    pdf.set_margins(20, 20, 20)
    pdf.add_page()
    for b in d["blocks"]:
        kind = b[0]
        if kind == "h":
            pdf.set_font("Helvetica", "B", 14)
            pdf.multi_cell(0, 8, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "p":
            pdf.set_font("Helvetica", "", 11)
            pdf.multi_cell(0, 6, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "turn":
            pdf.set_font("Helvetica", "", 11)
            pdf.multi_cell(0, 6, b[1] + ": " + b[2], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "table":
            pdf.set_font("Helvetica", "", 10)
            rows = b[1]
            width = (pdf.w - 40) / len(rows[0])
            for row in rows:
                for cell in row:
                    pdf.cell(width, 7, cell, border=1)
                pdf.ln(7)
            pdf.ln(3)
        else:
            raise ValueError(kind)
    pdf.output(path)


def text_lines(d, md=False):
    out = []
    first_heading = True
    for b in d["blocks"]:
        kind = b[0]
        if kind == "h":
            if md:
                out.append(("# " if first_heading else "## ") + b[1])
                first_heading = False
            else:
                out.append(b[1])
                out.append("=" * len(b[1]))
        elif kind == "p":
            out.append(b[1])
        elif kind == "turn":
            out.append(("**%s:** %s" if md else "%s: %s") % (b[1], b[2]))
        elif kind == "table":
            rows = b[1]
            if md:
                out.append("| " + " | ".join(rows[0]) + " |")
                out.append("|" + "---|" * len(rows[0]))
                for row in rows[1:]:
                    out.append("| " + " | ".join(row) + " |")
            else:
                for row in rows:
                    out.append("\t".join(row))
        else:
            raise ValueError(kind)
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def write_text(path, text, opts):
    if opts.get("crlf"):
        text = text.replace("\n", "\r\n")
    with open(path, "wb") as fh:
        fh.write(text.encode(opts.get("encoding", "utf-8")))


def render_eml(d, path, index):
    h = d["headers"]
    body = "\n\n".join(b[1] for b in d["blocks"]) + "\n"
    qp = d["opts"].get("qp")
    if qp:
        payload = quopri.encodestring(body.encode("utf-8")).decode("ascii")
        cte = "quoted-printable"
    else:
        payload = body
        cte = "8bit"
    lines = [
        "From: " + h["From"],
        "To: " + h["To"],
        "Subject: " + h["Subject"],
        "Date: " + h["Date"],
        "Message-ID: <tuning14-%02d@islandmail.net>" % index,
        "MIME-Version: 1.0",
        'Content-Type: text/plain; charset="utf-8"',
        "Content-Transfer-Encoding: " + cte,
        "",
        payload,
    ]
    with open(path, "wb") as fh:
        fh.write("\n".join(lines).encode("utf-8"))


def stamp(seconds, sep):
    ms = int(round(seconds * 1000))
    h, rem = divmod(ms, 3600000)
    m, rem = divmod(rem, 60000)
    s, ms = divmod(rem, 1000)
    return "%02d:%02d:%02d%s%03d" % (h, m, s, sep, ms)


def render_captions(d, path, vtt):
    out = ["WEBVTT", ""] if vtt else []
    t = 1.0
    n = 0
    for b in d["blocks"]:
        if b[0] == "note":
            if vtt:
                out += ["NOTE", b[1], ""]
            else:
                n += 1
                out += [str(n), "%s --> %s" % (stamp(0, ","), stamp(1, ",")), b[1], ""]
            continue
        assert b[0] == "turn"
        speaker, text = b[1], b[2]
        dur = max(2.0, 0.38 * len(text.split()))
        n += 1
        sep = "." if vtt else ","
        lines = textwrap.wrap(text, 60, break_on_hyphens=False, break_long_words=False)
        if vtt:
            lines[0] = "<v %s>%s" % (speaker, lines[0])
        else:
            lines[0] = "%s: %s" % (speaker, lines[0])
        out.append(str(n))
        out.append("%s --> %s" % (stamp(t, sep), stamp(t + dur, sep)))
        out += lines
        out.append("")
        t += dur + 0.5
    with open(path, "wb") as fh:
        fh.write("\n".join(out).encode("utf-8"))


# ------------------------------------------------------------------ csv

def write_csv(path, header, rows):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    if os.path.isdir(DOCS_DIR):
        shutil.rmtree(DOCS_DIR)
    os.makedirs(DOCS_DIR)
    names = set()
    for i, d in enumerate(content.DOCS, 1):
        assert d["name"] not in names, d["name"]
        names.add(d["name"])
        path = os.path.join(DOCS_DIR, d["name"])
        fmt = d["fmt"]
        if fmt == "docx":
            render_docx(d, path)
        elif fmt == "pdf":
            render_pdf(d, path)
        elif fmt in ("txt", "md"):
            write_text(path, text_lines(d, md=(fmt == "md")), d["opts"])
        elif fmt == "eml":
            render_eml(d, path, i)
        elif fmt in ("vtt", "srt"):
            render_captions(d, path, vtt=(fmt == "vtt"))
        else:
            raise ValueError(fmt)

    write_csv(os.path.join(HERE, "roster", "teachers.csv"), ["id", "name", "email", "slack_user_id"],
              [list(t) for t in content.TEACHERS])
    write_csv(os.path.join(HERE, "roster", "students.csv"), ["id", "name", "grade", "teacher_id", "nickname"],
              [list(s) for s in content.STUDENTS])
    write_csv(os.path.join(HERE, "manifest.csv"), ["document", "teacher_id"],
              [[d["name"], d["teacher"]] for d in content.DOCS])
    truth = []
    for d in content.DOCS:
        for sid, note in d["rows"]:
            if sid == "ASK":
                truth.append([d["name"], "ASK", "", "", note])
            else:
                truth.append([d["name"], sid, d["entry_type"], d["entry_date"], note])
    write_csv(os.path.join(HERE, "truth.csv"), ["document", "student_id", "entry_type", "entry_date", "notes"], truth)
    labels = [[d["name"], sid, skill, level, quote] for d in content.DOCS for sid, skill, level, quote in d["labels"]]
    write_csv(os.path.join(HERE, "labelled_set.csv"), ["document", "student_id", "skill", "level", "quote"], labels)
    print("built %d documents, %d truth rows, %d labels" % (len(content.DOCS), len(truth), len(labels)))


if __name__ == "__main__":
    main()
