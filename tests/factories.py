"""Small builders for test rows and files; every value is valid unless a test changes it."""

from __future__ import annotations

import io
from datetime import date

from sqlalchemy.orm import Session

from domain.roster import RosterFile, import_roster

TEACHERS_CSV = """id,name,email,slack_user_id
T001,Ms. Rodriguez,rodriguez@school.example,U01RODRIGUEZ
T002,Mr. Thompson,thompson@school.example,
"""
STUDENTS_CSV = """id,name,grade,teacher_id
S001,Eva,7,T001
S002,Lucas,7,T001
S003,Pat,7,T002
S004,Mia,7,T002
"""
TODAY = date(2025, 11, 3)


def seed_roster(session: Session) -> None:
    import_roster(
        session,
        [RosterFile("teachers.csv", TEACHERS_CSV), RosterFile("students.csv", STUDENTS_CSV)],
    )
    session.flush()


def docx_bytes(*paragraphs: str) -> bytes:
    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def pdf_bytes(*lines: str) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    for line in lines:
        pdf.cell(0, 10, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
