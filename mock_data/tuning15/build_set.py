"""Build the Larchmont Ridge blind set from content.py, deterministically.

Usage: /work/main/.venv/bin/python build_set.py
"""
import csv
import datetime as dt
import email.policy
import io
import os
import shutil
import zipfile
from email.message import EmailMessage

import docx
from docx.shared import Pt
from fpdf import FPDF

import content as C

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS_DIR = os.path.join(HERE, "documents")
ROSTER_DIR = os.path.join(HERE, "roster")


# ---------------------------------------------------------------- timing for transcripts
def timeline(turns, start=4.0):
    t = float(start)
    out = []
    for spk, text in turns:
        dur = round(max(2.5, len(text) / 14.0), 1)
        out.append((t, t + dur, spk, text))
        t = round(t + dur + 0.6, 1)
    return out


def hms(sec, sep=".", ms=True):
    h = int(sec // 3600)
    m = int(sec % 3600 // 60)
    s = int(sec % 60)
    millis = int(round((sec - int(sec)) * 1000))
    if ms:
        return f"{h:02d}:{m:02d}:{s:02d}{sep}{millis:03d}"
    return f"{h:02d}:{m:02d}:{s:02d}"


def render_vtt(b):
    lines = ["WEBVTT", "", "NOTE", b["note"], ""]
    for i, (s, e, spk, text) in enumerate(timeline(b["turns"], b.get("start", 4.0)), 1):
        lines += [str(i), f"{hms(s)} --> {hms(e)}", f"<v {spk}>{text}" if spk else text, ""]
    return "\n".join(lines)


def render_srt(b):
    lines = []
    for i, (s, e, spk, text) in enumerate(timeline(b["turns"], b.get("start", 3.0)), 1):
        lines += [str(i), f"{hms(s, ',')} --> {hms(e, ',')}", f"{spk}: {text}", ""]
    out = "\r\n".join(lines)
    if b.get("trailer"):
        out += "\r\n".join(b["trailer"].split("\n"))
    return out


def render_bracket(b):
    lines = [b["header"]]
    for s, e, spk, text in timeline(b["turns"], b.get("start", 4.0)):
        lines.append(f"[{hms(s, ms=False)}] {spk}: {text}")
    out = "\n".join(lines) + "\n"
    if b.get("trailer"):
        out += b["trailer"]
    return out


# ---------------------------------------------------------------- eml
EML_POLICY = email.policy.default.clone(max_line_length=998, linesep="\r\n")


def render_eml(b):
    msg = EmailMessage(policy=EML_POLICY)
    for k, v in b["headers"]:
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    msg.set_content(b["text"], cte="7bit")
    return msg.as_bytes(policy=EML_POLICY)


# ---------------------------------------------------------------- docx
FIXED_ZIP_TIME = (2026, 6, 1, 0, 0, 0)


def _dtparse(s):
    return dt.datetime.fromisoformat(s)


def render_docx(b):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for kind, val in b["blocks"]:
        if kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "pi":
            p = d.add_paragraph()
            r = p.add_run(val)
            r.italic = True
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
        else:
            raise ValueError(kind)
    cp = d.core_properties
    core = b["core"]
    cp.title = core.get("title", "")
    cp.author = core.get("author", "")
    cp.last_modified_by = core.get("last_modified_by", "")
    cp.subject = core.get("subject", "")
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 2
    cp.created = _dtparse(core["created"])
    cp.modified = _dtparse(core["modified"])
    cp.last_printed = _dtparse(core["created"])
    raw = io.BytesIO()
    d.save(raw)
    # rewrite the package with fixed member timestamps
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------- pdf
def render_pdf(b):
    meta = b["meta"]
    pdf = FPDF(format="letter")
    pdf.set_margins(25.4, 25.4, 25.4)
    pdf.set_auto_page_break(True, 25.4)
    when = dt.datetime.fromisoformat(meta["date"]).replace(tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    pdf.set_creation_date(when)
    pdf.set_title(meta.get("title", ""))
    if meta.get("author"):
        pdf.set_author(meta["author"])
    pdf.set_creator(meta.get("creator", "Microsoft Word"))
    pdf.set_producer("Microsoft: Print To PDF")
    pdf.add_page()
    for kind, val in b["blocks"]:
        if kind == "title":
            pdf.set_font("Helvetica", "B", 15)
            pdf.multi_cell(0, 8, val, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "h":
            pdf.set_font("Helvetica", "B", 11)
            pdf.ln(2)
            pdf.multi_cell(0, 6, val, new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("Helvetica", "", 11)
            pdf.multi_cell(0, 6, val, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        else:
            raise ValueError(kind)
    return bytes(pdf.output())


# ---------------------------------------------------------------- main
def render(d):
    f, b = d["fmt"], d["body"]
    if f in ("txt", "md"):
        return b.encode("utf-8")
    if f == "bracket":
        return render_bracket(b).encode("utf-8")
    if f == "vtt":
        return render_vtt(b).encode("utf-8")
    if f == "srt":
        return render_srt(b).encode("utf-8")
    if f == "eml":
        return render_eml(b)
    if f == "docx":
        return render_docx(b)
    if f == "pdf":
        return render_pdf(b)
    raise ValueError(f)


def write_csv(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    for p in (DOCS_DIR, ROSTER_DIR):
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    write_csv(os.path.join(ROSTER_DIR, "teachers.csv"), ["id", "name", "email", "slack_user_id"], C.TEACHERS)
    write_csv(os.path.join(ROSTER_DIR, "students.csv"), ["id", "name", "grade", "teacher_id", "nickname"], C.STUDENTS)
    names = [d["name"] for d in C.DOCS]
    assert len(names) == len(set(names)), "duplicate document names"
    manifest, truth, labels = [], [], []
    for d in C.DOCS:
        with open(os.path.join(DOCS_DIR, d["name"]), "wb") as fh:
            fh.write(render(d))
        manifest.append((d["name"], d["teacher"]))
        for sid, typ, date, note in d["truth"]:
            truth.append((d["name"], sid, typ, date, note))
        for sid, skill, level, quote in d["labels"]:
            labels.append((d["name"], sid, skill, level, quote))
    write_csv(os.path.join(HERE, "manifest.csv"), ["document", "teacher_id"], manifest)
    write_csv(os.path.join(HERE, "truth.csv"), ["document", "student_id", "entry_type", "entry_date", "notes"], truth)
    write_csv(os.path.join(HERE, "labelled_set.csv"), ["document", "student_id", "skill", "level", "quote"], labels)
    print(f"built {len(manifest)} documents, {len(truth)} truth rows, {len(labels)} labels")


if __name__ == "__main__":
    main()
