"""Everything held on one student: found by the handle teachers type, exported as a
document a family may read, and deleted without trace.

The export (`export_student`) holds every row that names the student: their roster row and
enrollments, each entry with the student's own text, its assessments, the teachers'
validations and corrections, badges, targets, check-in answers, the access log and the
audit events. Of a transcript it holds the student's OWN turns (`student_turns`), never the
whole document: the whole document is other students' words too. `text_is` says which.

Deletion (`delete_student`) removes all of that, and the student's text where it sits in
rows that are not theirs (`STUDENT_TEXT_COLUMNS` lists every column that can hold it):

- A transcript filed for several students is stored once per student, each copy with the
  whole document in `content`. The other students' copies keep only their own words:
  `content` becomes their `student_turns`, the segmentation's spans (offsets into the old
  content, with speaker labels) are dropped, and the deleted student's name (full name,
  first name, nicknames) is replaced by "[classmate]" in every text of those copies, their
  assessments and corrections: another student's "I agree with Eva" keeps its meaning and
  loses the name.
- Upload receipts for a file that fed any of the student's entries, or that was filed for
  them by the picker, lose their file name, the teacher's message and the detail.
- The access log stays (ids only); one audit event (`student_deleted`) says what went,
  in counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel
from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import Session

from domain.access_log import record_view
from domain.errors import InvalidInput, NotFound
from domain.models import (
    AccessLogEntry,
    AccessSurface,
    Assessment,
    AuditAction,
    AuditEvent,
    Badge,
    CheckInAnswer,
    DataEntry,
    Enrollment,
    SchoolClass,
    SkillTarget,
    Student,
    StudentStanding,
    TeacherCorrection,
    UploadReceipt,
    utcnow,
)
from domain.roster import split_nicknames

EXPORT_FORMAT = 1
REDACTED_NAME = "[classmate]"

# Every (table, column) that can hold a student's name or words: what deletion clears and
# redacts. tests/test_student_records.py scans every column of every table after a deletion,
# so a column forgotten here fails there.
STUDENT_TEXT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("students", "name"),
    ("students", "nickname"),
    ("data_entries", "content"),
    ("data_entries", "student_turns"),
    ("data_entries", "file_name"),
    ("data_entries", "metadata"),
    ("data_entries", "last_error"),
    ("assessments", "evidence_quote"),
    ("assessments", "justification"),
    ("teacher_corrections", "justification"),
    ("teacher_corrections", "notes_for_assessor"),
    ("upload_receipts", "file_name"),
    ("upload_receipts", "message_text"),
    ("upload_receipts", "detail"),
)


class StudentNotFound(NotFound):
    pass


class AmbiguousStudent(InvalidInput):
    pass


def find_student(session: Session, ident: str, *, school: str | None = None) -> Student:
    """The student a command line names: their key, or their handle (S001), unique in a
    school. A handle several schools use needs `school` (or the key)."""
    by_key = session.get(Student, ident)
    if by_key is not None and (school is None or by_key.school_id == school):
        return by_key
    query = select(Student).where(Student.handle == ident)
    if school is not None:
        query = query.where(Student.school_id == school)
    found = list(session.scalars(query.order_by(Student.school_id)))
    if not found:
        where = f" in school {school}" if school else ""
        raise StudentNotFound(f"No student {ident}{where}: nothing is held on them.")
    if len(found) > 1:
        schools = ", ".join(student.school_id for student in found)
        raise AmbiguousStudent(
            f"{ident} is a student in several schools ({schools}): "
            "give --school or the student's key."
        )
    return found[0]


TextIs = Literal["own_turns", "whole_document", "purged"]


class ExportedEntry(BaseModel):
    id: int
    entry_type: str
    entry_date: date
    file_name: str | None
    # The student's own words: their turns of a transcript, or the whole text when all of
    # it is theirs. None once a retention purge removed it.
    text: str | None
    text_is: TextIs
    status: str
    created_at: datetime
    purged_at: datetime | None = None


class ExportedAssessment(BaseModel):
    id: int
    entry_id: int
    skill: str
    category: str
    level: str
    confidence: float
    evidence_quote: str | None
    justification: str | None
    observed_on: date
    review_state: str
    reviewed_by: str | None
    reviewed_at: datetime | None
    model: str
    rubric_version: str
    created_at: datetime


class ExportedValidation(BaseModel):
    assessment_id: int
    skill: str
    level: str
    review_state: str
    reviewed_by: str | None
    reviewed_at: datetime | None


class ExportedCorrection(BaseModel):
    assessment_id: int
    teacher_id: str | None
    original_level: str
    corrected_level: str
    reason: str | None
    justification: str | None
    notes_for_assessor: str | None
    created_at: datetime


class ExportedBadge(BaseModel):
    skill: str
    level: str
    awarded_at: datetime
    assessment_id: int | None
    granted_by: str | None


class ExportedTarget(BaseModel):
    skill: str
    starting_level: str
    target_level: str
    status: str
    assigned_by: str | None
    created_at: datetime
    completed_at: datetime | None


class ExportedCheckIn(BaseModel):
    kind: str
    skill: str | None
    basis: str
    week_start: date
    answer: str
    teacher_id: str | None
    answered_at: datetime


class ExportedEnrollment(BaseModel):
    class_id: str
    class_title: str
    role: str
    active: bool


class ExportedAccess(BaseModel):
    viewer: str
    surface: str
    viewed_at: datetime


class ExportedAudit(BaseModel):
    action: str
    actor: str
    at: datetime
    detail: dict[str, Any]


class ExportedStudent(BaseModel):
    key: str
    handle: str
    school_id: str
    name: str
    nickname: str | None
    grade: int
    active: bool
    created_at: datetime


class StudentExport(BaseModel):
    """The JSON export, key for key (docs/student-records.md describes each)."""

    format: int = EXPORT_FORMAT
    generated_at: datetime
    generated_by: str
    note: str
    student: ExportedStudent
    enrollments: list[ExportedEnrollment]
    entries: list[ExportedEntry]
    assessments: list[ExportedAssessment]
    validations: list[ExportedValidation]
    corrections: list[ExportedCorrection]
    badges: list[ExportedBadge]
    targets: list[ExportedTarget]
    check_ins: list[ExportedCheckIn]
    access_log: list[ExportedAccess]
    audit_events: list[ExportedAudit]


EXPORT_NOTE = (
    "Everything Flourish holds on this student. Of a transcript only the student's own "
    "turns are included (text_is = own_turns): the rest is other students' words."
)


def _own_text(entry: DataEntry) -> tuple[str | None, TextIs]:
    if getattr(entry, "purged_at", None) is not None:
        return None, "purged"
    if entry.student_turns is not None:
        return entry.student_turns, "own_turns"
    return entry.content, "whole_document"


def export_student(session: Session, student: Student, *, actor: str) -> StudentExport:
    """Everything held on `student`. Exporting is a view (surface `export`) and an audited
    action: both are written in the caller's transaction before the document is built, so
    the document's own trail shows this export."""
    record_view(session, actor, AccessSurface.EXPORT, student.id)
    entries = list(
        session.scalars(
            select(DataEntry)
            .where(DataEntry.student_id == student.id)
            .order_by(DataEntry.entry_date, DataEntry.id)
        )
    )
    assessments = list(
        session.scalars(
            select(Assessment)
            .where(Assessment.student_id == student.id)
            .order_by(Assessment.observed_on, Assessment.id)
        )
    )
    corrections = list(
        session.scalars(
            select(TeacherCorrection)
            .join(Assessment, Assessment.id == TeacherCorrection.assessment_id)
            .where(Assessment.student_id == student.id)
            .order_by(TeacherCorrection.id)
        )
    )
    counts = {
        "entries": len(entries),
        "assessments": len(assessments),
        "corrections": len(corrections),
    }
    session.add(
        AuditEvent(
            action=AuditAction.STUDENT_EXPORTED.value,
            student_id=student.id,
            actor=actor,
            detail=counts,
        )
    )
    session.flush()
    exported_entries = []
    for entry in entries:
        text, text_is = _own_text(entry)
        exported_entries.append(
            ExportedEntry(
                id=entry.id,
                entry_type=entry.entry_type,
                entry_date=entry.entry_date,
                file_name=entry.file_name,
                text=text,
                text_is=text_is,
                status=entry.status,
                created_at=entry.created_at,
                purged_at=getattr(entry, "purged_at", None),
            )
        )
    enrollments = session.execute(
        select(Enrollment, SchoolClass.title)
        .join(SchoolClass, SchoolClass.id == Enrollment.class_id)
        .where(Enrollment.student_id == student.id)
        .order_by(Enrollment.class_id)
    )
    return StudentExport(
        generated_at=utcnow(),
        generated_by=actor,
        note=EXPORT_NOTE,
        student=ExportedStudent(
            key=student.id,
            handle=student.handle,
            school_id=student.school_id,
            name=student.name,
            nickname=student.nickname,
            grade=student.grade,
            active=student.active,
            created_at=student.created_at,
        ),
        enrollments=[
            ExportedEnrollment(
                class_id=row.class_id, class_title=title, role=row.role, active=row.active
            )
            for row, title in enrollments
        ],
        entries=exported_entries,
        assessments=[
            ExportedAssessment.model_validate(row, from_attributes=True) for row in assessments
        ],
        validations=[
            ExportedValidation(
                assessment_id=row.id,
                skill=row.skill,
                level=row.level,
                review_state=row.review_state,
                reviewed_by=row.reviewed_by,
                reviewed_at=row.reviewed_at,
            )
            for row in assessments
            if row.review_state != "pending"
        ],
        corrections=[
            ExportedCorrection.model_validate(row, from_attributes=True) for row in corrections
        ],
        badges=[
            ExportedBadge.model_validate(row, from_attributes=True)
            for row in session.scalars(
                select(Badge).where(Badge.student_id == student.id).order_by(Badge.id)
            )
        ],
        targets=[
            ExportedTarget.model_validate(row, from_attributes=True)
            for row in session.scalars(
                select(SkillTarget)
                .where(SkillTarget.student_id == student.id)
                .order_by(SkillTarget.id)
            )
        ],
        check_ins=[
            ExportedCheckIn.model_validate(row, from_attributes=True)
            for row in session.scalars(
                select(CheckInAnswer)
                .where(CheckInAnswer.student_id == student.id)
                .order_by(CheckInAnswer.id)
            )
        ],
        access_log=[
            ExportedAccess.model_validate(row, from_attributes=True)
            for row in session.scalars(
                select(AccessLogEntry)
                .where(AccessLogEntry.student_id == student.id)
                .order_by(AccessLogEntry.viewed_at, AccessLogEntry.id)
            )
        ],
        audit_events=[
            ExportedAudit(action=row.action, actor=row.actor, at=row.at, detail=row.detail or {})
            for row in session.scalars(
                select(AuditEvent)
                .where(AuditEvent.student_id == student.id)
                .order_by(AuditEvent.at, AuditEvent.id)
            )
        ],
    )


@dataclass
class DeletionCounts:
    entries: int = 0
    assessments: int = 0
    corrections: int = 0
    badges: int = 0
    targets: int = 0
    check_ins: int = 0
    enrollments: int = 0
    shared_entries_redacted: int = 0
    upload_receipts_cleared: int = 0
    extra: dict[str, int] = field(default_factory=dict)

    def as_detail(self) -> dict[str, int]:
        return {
            "entries": self.entries,
            "assessments": self.assessments,
            "corrections": self.corrections,
            "badges": self.badges,
            "targets": self.targets,
            "check_ins": self.check_ins,
            "enrollments": self.enrollments,
            "shared_entries_redacted": self.shared_entries_redacted,
            "upload_receipts_cleared": self.upload_receipts_cleared,
        }


def _count(session: Session, query: Any) -> int:
    return int(session.scalar(select(func.count()).select_from(query.subquery())) or 0)


def _names(student: Student) -> set[str]:
    names = {student.name.strip(), *student.name.split(), *split_nicknames(student.nickname)}
    return {name for name in names if len(name) >= 2}


def _pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    wanted = sorted(set(names), key=len, reverse=True)
    if not wanted:
        return None
    alternatives = "|".join(re.escape(name) for name in wanted)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def name_pattern(student: Student) -> re.Pattern[str] | None:
    """The student's full name, each word of it, and their nicknames, as whole words."""
    return _pattern(_names(student))


def unique_name_pattern(session: Session, student: Student) -> re.Pattern[str] | None:
    """The names that point at this student alone: the full name, and each word or
    nickname no other student on the roster is called by (another Eva keeps hers)."""
    others: set[str] = set()
    for other in session.scalars(select(Student).where(Student.id != student.id)):
        others |= {name.casefold() for name in _names(other)}
    names = {name for name in _names(student) if name.casefold() not in others}
    names.add(student.name.strip())
    return _pattern(names)


def _redact(text: str | None, pattern: re.Pattern[str] | None) -> str | None:
    if text is None or pattern is None:
        return text
    return pattern.sub(REDACTED_NAME, text)


def _shared_entries(session: Session, student_id: str) -> list[DataEntry]:
    """Other students' copies of a document that was filed for this student too."""
    refs = select(DataEntry.source_ref).where(DataEntry.student_id == student_id)
    return list(
        session.scalars(
            select(DataEntry)
            .where(DataEntry.source_ref.in_(refs), DataEntry.student_id != student_id)
            .order_by(DataEntry.id)
        )
    )


def _receipts(session: Session, student_id: str) -> list[UploadReceipt]:
    refs = select(DataEntry.source_ref).where(DataEntry.student_id == student_id)
    return list(
        session.scalars(
            select(UploadReceipt).where(
                or_(
                    UploadReceipt.slack_file_id.in_(refs),
                    UploadReceipt.chosen_student_id == student_id,
                )
            )
        )
    )


def deletion_plan(session: Session, student: Student) -> DeletionCounts:
    """What `delete_student` would remove, in counts: the dry run's answer."""
    mine_assessments = select(Assessment.id).where(Assessment.student_id == student.id)
    return DeletionCounts(
        entries=_count(session, select(DataEntry.id).where(DataEntry.student_id == student.id)),
        assessments=_count(session, mine_assessments),
        corrections=_count(
            session,
            select(TeacherCorrection.id).where(
                TeacherCorrection.assessment_id.in_(mine_assessments)
            ),
        ),
        badges=_count(session, select(Badge.id).where(Badge.student_id == student.id)),
        targets=_count(session, select(SkillTarget.id).where(SkillTarget.student_id == student.id)),
        check_ins=_count(
            session, select(CheckInAnswer.id).where(CheckInAnswer.student_id == student.id)
        ),
        enrollments=_count(
            session, select(Enrollment.id).where(Enrollment.student_id == student.id)
        ),
        shared_entries_redacted=len(_shared_entries(session, student.id)),
        upload_receipts_cleared=len(_receipts(session, student.id)),
    )


def delete_student(session: Session, student: Student, *, actor: str) -> DeletionCounts:
    """Remove everything held on `student` and their words elsewhere (module docstring),
    leaving one audit event in counts. Runs in the caller's transaction: all or nothing."""
    counts = deletion_plan(session, student)
    _redact_shared(session, student, name_pattern(student))
    _redact_elsewhere(session, student, unique_name_pattern(session, student))
    for receipt in _receipts(session, student.id):
        receipt.file_name = None
        receipt.message_text = None
        receipt.detail = None
        if receipt.chosen_student_id == student.id:
            receipt.chosen_student_id = None
    session.flush()
    key = student.id
    mine_assessments = select(Assessment.id).where(Assessment.student_id == key)
    # Children first: SQLite enforces foreign keys only when the connection says so, and
    # explicit deletes leave nothing to a cascade that might be off.
    session.execute(
        delete(TeacherCorrection).where(TeacherCorrection.assessment_id.in_(mine_assessments))
    )
    # Another student's target or badge never points at this student's assessment, but a
    # hand-made row might: clear the pointer rather than fail.
    session.execute(
        update(SkillTarget)
        .where(SkillTarget.completed_by_assessment_id.in_(mine_assessments))
        .values(completed_by_assessment_id=None)
    )
    session.execute(delete(Badge).where(Badge.student_id == key))
    session.execute(delete(SkillTarget).where(SkillTarget.student_id == key))
    session.execute(delete(Assessment).where(Assessment.student_id == key))
    session.execute(delete(DataEntry).where(DataEntry.student_id == key))
    session.execute(delete(CheckInAnswer).where(CheckInAnswer.student_id == key))
    session.execute(delete(Enrollment).where(Enrollment.student_id == key))
    session.execute(delete(StudentStanding).where(StudentStanding.student_id == key))
    session.execute(delete(Student).where(Student.id == key))
    session.add(
        AuditEvent(
            action=AuditAction.STUDENT_DELETED.value,
            student_id=key,
            actor=actor,
            # Counts, and the handle, so `flourish audit S001` still finds the trail by
            # the name teachers use once the student row that held it is gone.
            detail={**counts.as_detail(), "handle": student.handle},
        )
    )
    session.expunge(student)
    session.flush()
    return counts


def _redact_shared(session: Session, student: Student, pattern: re.Pattern[str] | None) -> None:
    for entry in _shared_entries(session, student.id):
        if entry.purged_at is None:  # a purged copy holds no words to redact
            own = entry.student_turns if entry.student_turns is not None else entry.content
            entry.content = _redact(own, pattern) or REDACTED_NAME
            entry.student_turns = _redact(entry.student_turns, pattern)
        entry.file_name = _redact(entry.file_name, pattern)
        entry.last_error = None
        metadata = dict(entry.entry_metadata or {})
        # Offsets into the old content, with speaker labels: meaningless now, and naming.
        for key in ("spans", "own_spans"):
            metadata.pop(key, None)
        if "students_in_document" in metadata:
            metadata["students_in_document"] = [
                name
                for name in metadata["students_in_document"]
                if pattern is None or not pattern.fullmatch(name)
            ]
        metadata["redacted_for_deletion"] = True
        entry.entry_metadata = metadata
        for assessment in session.scalars(
            select(Assessment).where(Assessment.entry_id == entry.id)
        ):
            if assessment.evidence_quote is not None:
                assessment.evidence_quote = _redact(assessment.evidence_quote, pattern)
            if assessment.justification is not None:
                assessment.justification = _redact(assessment.justification, pattern)
            correction = session.scalars(
                select(TeacherCorrection).where(TeacherCorrection.assessment_id == assessment.id)
            ).one_or_none()
            if correction is not None:
                correction.justification = _redact(correction.justification, pattern)
                correction.notes_for_assessor = _redact(correction.notes_for_assessor, pattern)


# Columns other students' rows may name the deleted student in (their words, a teacher's).
_NAMING_COLUMNS = (
    (DataEntry, ("content", "student_turns", "file_name")),
    (Assessment, ("evidence_quote", "justification")),
    (TeacherCorrection, ("justification", "notes_for_assessor")),
    (UploadReceipt, ("file_name", "message_text", "detail")),
)


def _redact_elsewhere(session: Session, student: Student, pattern: re.Pattern[str] | None) -> None:
    """The student's name in anyone else's rows (a classmate's journal, a teacher's note),
    where the name is theirs alone: replaced, so the words stay and the name goes."""
    if pattern is None:
        return
    names = _names(student) | {student.name.strip()}
    for model, columns in _NAMING_COLUMNS:
        attributes = [getattr(model, column) for column in columns]
        clauses = [attribute.ilike(f"%{name}%") for attribute in attributes for name in names]
        for row in session.scalars(select(model).where(or_(*clauses))):
            for column in columns:
                value = getattr(row, column)
                redacted = _redact(value, pattern)
                if redacted != value:
                    setattr(row, column, redacted)
            if isinstance(row, DataEntry):
                metadata = dict(row.entry_metadata or {})
                if "[classmate]" in (row.content or "") and "spans" in metadata:
                    # Offsets into the content as it was: they no longer fit.
                    metadata.pop("spans", None)
                    metadata.pop("own_spans", None)
                listed = metadata.get("students_in_document")
                if isinstance(listed, list):
                    metadata["students_in_document"] = [
                        name for name in listed if not pattern.fullmatch(str(name))
                    ]
                    row.entry_metadata = metadata
    session.flush()


def held_rows(session: Session, student_ids: Iterable[str]) -> int:
    """How many rows still name any of `student_ids` as theirs (0 after a deletion)."""
    ids = list(student_ids)
    total = 0
    for model in (DataEntry, Assessment, Badge, SkillTarget, CheckInAnswer, Enrollment):
        total += _count(session, select(model.id).where(model.student_id.in_(ids)))
    total += _count(session, select(Student.id).where(Student.id.in_(ids)))
    standing = select(StudentStanding.student_id).where(StudentStanding.student_id.in_(ids))
    total += _count(session, standing)
    return total
