"""Builds the TUNING document set, truth.csv and labelled_set.csv.

Run: /work/main/.venv/bin/python mock_data/tuning/build_set.py
Content lives in docs_a.py / docs_b.py (list DOCS of dicts).
"""
import csv
import datetime as dt
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from docs_a import DOCS as DA  # noqa: E402
from docs_b import DOCS as DB  # noqa: E402

DOCS = DA + DB
OUT = os.path.join(HERE, "documents")


def smarten(s):
    s = s.replace("--", "\u2014")
    s = re.sub(r'(^|[\s(\[])"', lambda m: m.group(1) + "\u201c", s, flags=re.M)
    s = s.replace('"', "\u201d")
    s = s.replace("'", "\u2019")
    return s


def write_md_txt(d, text):
    enc = d.get("encoding", "utf-8")
    path = os.path.join(OUT, d["name"])
    with open(path, "w", encoding=enc, newline="\r\n" if enc != "utf-8" else "\n") as f:
        f.write(text)


def write_docx(d, text):
    import docx
    doc = docx.Document()
    for line in text.split("\n"):
        if not line.strip():
            continue
        if line.startswith("## "):
            doc.add_heading(line[3:], level=2)
        elif line.startswith("# "):
            doc.add_heading(line[2:], level=1)
        elif line.startswith("**") and line.endswith("**"):
            p = doc.add_paragraph()
            p.add_run(line[2:-2]).bold = True
        elif line.startswith("**") and "**" in line[2:]:
            head, rest = line[2:].split("**", 1)
            p = doc.add_paragraph()
            p.add_run(head).bold = True
            p.add_run(rest)
        else:
            doc.add_paragraph(line)
    cp = doc.core_properties
    cp.title = d["title"]
    cp.author = d["author"]
    y, m, dd = map(int, d["date"].split("-"))
    cp.created = dt.datetime(y, m, dd, 15, 30)
    cp.modified = dt.datetime(y, m, dd, 16, 5)
    doc.save(os.path.join(OUT, d["name"]))


def write_pdf(d, text):
    from fpdf import FPDF
    pdf = FPDF(format="letter")
    pdf.set_title(d["title"])
    pdf.set_author(d["author"])
    pdf.set_creator("Microsoft Word")
    pdf.set_margins(25, 25, 25)
    pdf.add_page()
    lines = text.split("\n")
    first = True
    for line in lines:
        if first:
            pdf.set_font("Helvetica", "B", 15)
            pdf.multi_cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
            first = False
            continue
        if not line.strip():
            pdf.ln(3)
            continue
        if line.startswith("## "):
            pdf.set_font("Helvetica", "B", 12)
            pdf.multi_cell(0, 7, line[3:], new_x="LMARGIN", new_y="NEXT")
            continue
        pdf.set_font("Times", "", 12)
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(os.path.join(OUT, d["name"]))


def main():
    os.makedirs(OUT, exist_ok=True)
    truth, labels = [], []
    errors = 0
    for d in DOCS:
        text = d["text"].strip("\n") + "\n"
        smart = d.get("smart", False)
        if smart:
            text = smarten(text)
        fmt = d["name"].rsplit(".", 1)[1]
        {"md": write_md_txt, "txt": write_md_txt, "docx": write_docx, "pdf": write_pdf}[fmt](d, text)
        studs = d["students"]
        if not studs:
            truth.append([d["name"], "", d["type"], d["date"], d["notes"]])
        for sid in studs:
            truth.append([d["name"], sid, d["type"], d["date"], d["notes"]])
        for sid, skill, level, quote in d["labels"]:
            q = smarten(quote) if smart else quote
            if q not in text:
                print("QUOTE NOT IN SOURCE", d["name"], repr(q))
                errors += 1
            n = len(q.split())
            if not 5 <= n <= 25:
                print("QUOTE LENGTH", n, d["name"], repr(q))
                errors += 1
            if sid not in studs:
                print("LABEL STUDENT NOT IN TRUTH", d["name"], sid)
                errors += 1
            labels.append([d["name"], sid, skill, level, q])
    with open(os.path.join(HERE, "truth.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["document", "student_id", "entry_type", "entry_date", "notes"])
        w.writerows(truth)
    with open(os.path.join(HERE, "labelled_set.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["document", "student_id", "skill", "level", "quote"])
        w.writerows(labels)
    print(len(DOCS), "docs", len(truth), "truth rows", len(labels), "labels", errors, "errors")


if __name__ == "__main__":
    main()
