"""Filing a document as evidence: one pending entry per student it is about."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from domain.access import primary_teacher, students_of
from domain.curriculum import EntryType
from domain.dates import DateOrder
from domain.detection import Detection, RosterStudent, detect
from domain.documents import DEFAULT_MAX_BYTES, read_document_with_properties
from domain.errors import AlreadyFiled, IngestError
from domain.models import DataEntry, SourceKind, Student, Teacher
from domain.roster import split_nicknames


@dataclass(frozen=True)
class FiledEntry:
    entry_id: int
    student_id: str
    student_name: str
    entry_type: EntryType
    entry_date: date
    # False when this document was already filed for this student (a retry, a re-run).
    created: bool
    # What the teacher types and reads ("S001"); `student_id` is the roster's key.
    student_handle: str = ""


@dataclass(frozen=True)
class IngestResult:
    file_name: str
    entries: list[FiledEntry]
    sources: dict[str, str]
    notes: list[str] = field(default_factory=list)

    @property
    def created(self) -> list[FiledEntry]:
        return [entry for entry in self.entries if entry.created]


def content_ref(text: str) -> str:
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def ingest_document(
    session: Session,
    *,
    file_name: str,
    data: bytes,
    today: date,
    teacher_id: str | None = None,
    student_id: str | None = None,
    entry_type: EntryType | None = None,
    entry_date: date | None = None,
    message_text: str | None = None,
    slack_file_id: str | None = None,
    uploaded_by: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    date_order: DateOrder = "mdy",
    ask_if_filed: bool = False,
) -> IngestResult:
    """Read, decide and file a document; nothing is stored unless all of it can be.

    With `teacher_id`, only that teacher's students can be named or matched. Entries are
    committed `pending` by the caller's transaction, before any assessor sees them. With
    `ask_if_filed`, a text already filed for one of its students under another key (the
    same document shared again: a new Slack file id) raises `AlreadyFiled` instead.
    """
    text, properties = read_document_with_properties(file_name, data, max_bytes)
    roster = _roster(session, teacher_id)
    if student_id is not None:
        # A picker's answer is a key; a teacher types the handle ("--student S001").
        keys = {student.id: student.id for student in roster}
        keys |= {student.handle: student.id for student in roster if student.handle not in keys}
        if student_id not in keys:
            raise IngestError(f"{student_id} is not one of the students on your roster.")
        student_id = keys[student_id]
    detection = detect(
        text,
        file_name,
        roster,
        student_id=student_id,
        entry_type=entry_type,
        entry_date=entry_date,
        message_text=message_text,
        today=today,
        teacher_names=_teacher_names(session, teacher_id),
        properties=properties,
        date_order=date_order,
    )
    by_id = {student.id: student for student in roster}
    source_kind = SourceKind.SLACK_FILE if slack_file_id else SourceKind.FILE
    source_ref = slack_file_id or content_ref(text)
    speakers = [by_id[part.student_id].name for part in detection.parts]
    if ask_if_filed:
        _refuse_refiling(
            session, file_name, text, source_ref, [p.student_id for p in detection.parts]
        )

    filed: list[FiledEntry] = []
    for part in detection.parts:
        student = by_id[part.student_id]
        entry = _existing(session, student.id, source_ref)
        created = entry is None
        if entry is None:
            entry = DataEntry(
                student_id=student.id,
                teacher_id=teacher_id or primary_teacher(session, student.id),
                entry_type=detection.entry_type.value,
                entry_date=part.entry_date or detection.entry_date,
                content=text,
                student_turns=part.turns,
                source_kind=source_kind.value,
                source_ref=source_ref,
                file_name=file_name[-255:],
                uploaded_by=uploaded_by,
                entry_metadata=_metadata(detection, part.student_id, speakers),
            )
            entry, created = _insert(session, entry)
        filed.append(
            FiledEntry(
                entry_id=entry.id,
                student_id=student.id,
                student_name=student.name,
                student_handle=student.handle,
                entry_type=EntryType(entry.entry_type),
                entry_date=entry.entry_date,
                created=created,
            )
        )
    return IngestResult(
        file_name=file_name, entries=filed, sources=detection.sources, notes=detection.notes
    )


def _metadata(detection: Detection, student_id: str, speakers: list[str]) -> dict[str, Any]:
    """How the document was read: the spans with their roles (offsets into `content`), this
    student's own among them, and the teacher's own levels from their rating lines."""
    metadata: dict[str, Any] = {
        "detected_by": detection.sources,
        "students_in_document": speakers,
    }
    segmentation = detection.segmentation
    if segmentation is not None:
        metadata["spans"] = segmentation.to_json()
        metadata["own_spans"] = [
            [span.start, span.end] for span in segmentation.own_spans(student_id)
        ]
        if segmentation.teacher_levels:
            metadata["teacher_levels"] = [
                {"skill": skill.value, "level": level.value}
                for skill, level in segmentation.teacher_levels
            ]
    return metadata


def _roster(session: Session, teacher_id: str | None) -> list[RosterStudent]:
    query = (
        select(Student.id, Student.name, Student.handle, Student.nickname)
        .where(Student.active)
        .order_by(Student.handle, Student.id)
    )
    if teacher_id is not None:
        teacher = session.get(Teacher, teacher_id)
        if teacher is None or not teacher.active:
            raise IngestError(f"{teacher_id} is not a teacher on the roster.")
        # Evidence is filed by those who may act on the student (an aide only looks).
        query = query.where(Student.id.in_(students_of(teacher_id, acting=True)))
    return [
        RosterStudent(sid, name, handle, split_nicknames(nickname))
        for sid, name, handle, nickname in session.execute(query)
    ]


def _teacher_names(session: Session, teacher_id: str | None) -> list[str]:
    """Whose labels in a transcript are the teacher's: theirs, or any teacher's from the CLI."""
    query = select(Teacher.name)
    if teacher_id is not None:
        query = query.where(Teacher.id == teacher_id)
    return list(session.scalars(query))


def _refuse_refiling(
    session: Session, file_name: str, text: str, source_ref: str, student_ids: list[str]
) -> None:
    """Compared by the text itself: a Slack file is keyed on its id, so the same document
    shared again has a new key but the same words."""
    filed_at = session.scalar(
        select(func.min(DataEntry.created_at)).where(
            DataEntry.student_id.in_(student_ids),
            DataEntry.content == text,
            DataEntry.source_ref != source_ref,
        )
    )
    if filed_at is not None:
        raise AlreadyFiled(
            f"{file_name} was already filed on {filed_at:%-d %b}: file it again?", filed_at.date()
        )


def _existing(session: Session, student_id: str, source_ref: str) -> DataEntry | None:
    return session.scalars(
        select(DataEntry).where(
            DataEntry.student_id == student_id, DataEntry.source_ref == source_ref
        )
    ).one_or_none()


def _insert(session: Session, entry: DataEntry) -> tuple[DataEntry, bool]:
    """Insert, or return the row a concurrent delivery of the same file just inserted."""
    try:
        with session.begin_nested():
            session.add(entry)
    except IntegrityError:
        existing = _existing(session, entry.student_id, entry.source_ref)
        if existing is None:
            raise
        return existing, False
    return entry, True
