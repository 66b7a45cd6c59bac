"""Small builders for test rows and files; every value is valid unless a test changes it."""

from __future__ import annotations

import io
from datetime import date
from itertools import count
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from domain.curriculum import EntryType, Level, Skill
from domain.models import (
    Assessment,
    DataEntry,
    Enrollment,
    EnrollmentRole,
    ReviewState,
    SchoolClass,
    Student,
    utcnow,
)
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


_refs = count()


def add_entry(
    session: Session,
    student_id: str,
    on: date,
    kind: EntryType = EntryType.REFLECTION_JOURNAL,
    content: str = "Some words from the student.",
) -> DataEntry:
    row = DataEntry(
        student_id=student_id,
        teacher_id="T001" if student_id in ("S001", "S002") else "T002",
        entry_type=kind.value,
        entry_date=on,
        content=content,
        source_kind="file",
        source_ref=f"sha256:{next(_refs)}",
    )
    session.add(row)
    session.flush()
    return row


def add_assessment(
    session: Session,
    source: DataEntry,
    skill: Skill,
    level: Level,
    *,
    confidence: float = 0.5,
    state: ReviewState = ReviewState.PENDING,
    quote: str = "Some words from the student.",
) -> Assessment:
    row = Assessment(
        entry_id=source.id,
        student_id=source.student_id,
        skill=skill.value,
        category=skill.category.value,
        level=level.value,
        confidence=confidence,
        evidence_quote=quote,
        justification="Fits the descriptor.",
        model="test",
        rubric_version="1.0",
        observed_on=source.entry_date,
        review_state=state.value,
        reviewed_by=None if state is ReviewState.PENDING else "T001",
        reviewed_at=None if state is ReviewState.PENDING else utcnow(),
    )
    session.add(row)
    session.flush()
    return row


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


def word_xml(body: bytes) -> bytes:
    """A document.xml with this body, for .docx files built part by part."""
    return (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body>" + body + b"</w:body></w:document>"
    )


def repackaged_docx(
    replace: dict[str, bytes] | None = None,
    add: dict[str, bytes] | None = None,
    drop: tuple[str, ...] = (),
) -> bytes:
    """A real Word document (python-docx's) with some parts swapped, added or left out, as a
    damaged or hostile upload would have them."""
    import zipfile

    replace, add = replace or {}, add or {}
    source = zipfile.ZipFile(io.BytesIO(docx_bytes("Student: Eva (S001)", "She planned.")))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for info in source.infolist():
            if info.filename not in drop:
                package.writestr(info.filename, replace.get(info.filename, source.read(info)))
        for name, data in add.items():
            package.writestr(name, data)
    return out.getvalue()


def pdf_bytes(*lines: str) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    for line in lines:
        pdf.cell(0, 10, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def add_student(
    session: Session, student_id: str, name: str, teacher_id: str, *, grade: int = 7, **fields: Any
) -> Student:
    """A student in `teacher_id`'s class, as the simple roster form enrolls them."""
    from domain.roster import DEFAULT_SCHOOL, ensure_default_school, simple_class_id

    ensure_default_school(session)
    class_id = simple_class_id(teacher_id)
    if session.get(SchoolClass, class_id) is None:
        session.add(SchoolClass(id=class_id, school_id=DEFAULT_SCHOOL, title=class_id))
        session.flush()
        session.add(
            Enrollment(
                id=f"{class_id}-{teacher_id}",
                class_id=class_id,
                role=EnrollmentRole.TEACHER.value,
                teacher_id=teacher_id,
                is_primary=True,
            )
        )
    student = Student(id=student_id, name=name, grade=grade, school_id=DEFAULT_SCHOOL, **fields)
    session.add(student)
    session.flush()
    session.add(
        Enrollment(
            id=f"{class_id}-{student_id}",
            class_id=class_id,
            role=EnrollmentRole.STUDENT.value,
            student_id=student_id,
        )
    )
    session.flush()
    return student


def file_reflection(sessions: sessionmaker[Session], day: int, text: str) -> int:
    """Eva's reflection journal of 2025-10-`day`, filed as an upload would be: its entry id."""
    from domain.db import unit_of_work
    from domain.ingest import ingest_document

    with unit_of_work(sessions) as session:
        result = ingest_document(
            session,
            file_name=f"S001_reflection_2025-10-{day:02d}.md",
            data=text.encode(),
            today=TODAY,
        )
    [entry] = result.entries
    return entry.entry_id


def assessment_of(sessions: sessionmaker[Session], entry_id: int, skill: Skill) -> Assessment:
    """The entry's assessment of `skill`, detached from its session."""
    from sqlalchemy import select

    with sessions() as session:
        found = session.scalars(
            select(Assessment).where(
                Assessment.entry_id == entry_id, Assessment.skill == skill.value
            )
        ).one()
        session.expunge(found)
        return found
