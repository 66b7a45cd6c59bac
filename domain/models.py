"""The schema as SQLAlchemy 2 typed models.

Alembic migrations in `migrations/` create these tables; a test fails when the two disagree.
Every rule the product relies on is a database constraint, so no code path (CLI, Slack, a
second instance, a hand-written SQL fix) can store a row that breaks it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from domain.curriculum import Category, EntryType, Level, Skill
from domain.ids import MAX_DIGITS, MIN_DIGITS

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class EntryStatus(StrEnum):
    PENDING = "pending"
    PROCESSING = "processing"
    ASSESSED = "assessed"
    FAILED = "failed"


class ReviewState(StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    CORRECTED = "corrected"
    # The teacher said the quote is not evidence of this skill: no level, no badge, and a
    # negative example for the assessor.
    DISMISSED = "dismissed"

    @property
    def validated(self) -> bool:
        """A level the teacher stands behind: what badges, targets and progress follow."""
        return self in VALIDATED_STATES


# Accepted or corrected: a dismissed item is reviewed but holds no level.
VALIDATED_STATES = frozenset({ReviewState.ACCEPTED, ReviewState.CORRECTED})
VALIDATED_VALUES = tuple(sorted(state.value for state in VALIDATED_STATES))


class CorrectionReason(StrEnum):
    """The correction modal's quick choices; the teacher may add words or give none."""

    SHOWS_MORE = "shows_more"
    SHOWS_LESS = "shows_less"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _CORRECTION_REASON_LABELS[self]


_CORRECTION_REASON_LABELS = {
    CorrectionReason.SHOWS_MORE: "Evidence shows more",
    CorrectionReason.SHOWS_LESS: "Evidence shows less",
    CorrectionReason.OTHER: "Other",
}


class SourceKind(StrEnum):
    SLACK_FILE = "slack_file"
    FILE = "file"


class TargetStatus(StrEnum):
    ACTIVE = "active"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class DeliveryStatus(StrEnum):
    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"


class UploadStatus(StrEnum):
    # Recorded before Slack was told 200; nobody has started on it yet.
    RECEIVED = "received"
    PROCESSING = "processing"
    FILED = "filed"
    # Waiting for the teacher to pick the student or the kind of document.
    NEEDS_CHOICE = "needs_choice"
    REFUSED = "refused"
    # Could not be filed after its attempts; the teacher was told to send it again.
    FAILED = "failed"


class CheckInKind(StrEnum):
    """Why the digest suggests a check-in (domain/checkins.py holds the rule)."""

    # Evidence stopped arriving: the latest is more than three weeks old.
    NO_RECENT_EVIDENCE = "no_recent_evidence"
    # On the roster for three weeks and nothing filed yet.
    NO_EVIDENCE_YET = "no_evidence_yet"
    # The two latest validated levels of a skill both sit below the one before them.
    SUSTAINED_CHANGE = "sustained_change"


class CheckInAnswerChoice(StrEnum):
    CHECKED_IN = "checked_in"
    NOT_NEEDED = "not_needed"


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC on the way in and out; SQLite keeps no zone, so it is restored."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database; use UTC-aware values")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


# JSONB on PostgreSQL so entry metadata can carry a GIN index; plain JSON on SQLite.
JSONDocument = JSON().with_variant(JSONB(), "postgresql")


def _sql_list(values: Iterable[str]) -> str:
    return ", ".join("'" + value.replace("'", "''") + "'" for value in values)


def one_of(column: str, values: Iterable[str]) -> str:
    return f"{column} IN ({_sql_list(values)})"


def id_format(column: str, prefix: str) -> str:
    """`T001` / `S10000`: written with substr and IN so SQLite and PostgreSQL read it alike."""
    digits = _sql_list("0123456789")
    parts = [
        f"length({column}) BETWEEN {MIN_DIGITS + 1} AND {MAX_DIGITS + 1}",
        f"substr({column}, 1, 1) = '{prefix}'",
    ]
    parts += [f"substr({column}, {i}, 1) IN ({digits})" for i in range(2, MIN_DIGITS + 2)]
    parts += [
        f"(length({column}) < {i} OR substr({column}, {i}, 1) IN ({digits}))"
        for i in range(MIN_DIGITS + 2, MAX_DIGITS + 2)
    ]
    return " AND ".join(parts)


# One-argument trim() strips spaces only; a tab- or newline-only text is blank too.
WHITESPACE = " \t\n\r\x0b\x0c"


def not_blank(column: str) -> str:
    return f"length(ltrim({column}, '{WHITESPACE}')) > 0"


def present_unless_purged(column: str) -> str:
    """The text is there and not blank, unless retention purged the row (`purged_at`)."""
    return f"purged_at IS NOT NULL OR (({column}) IS NOT NULL AND {not_blank(column)})"


def level_rank(column: str) -> str:
    cases = " ".join(f"WHEN '{level.value}' THEN {level.rank}" for level in Level)
    return f"(CASE {column} {cases} END)"


def skill_in_category(skill_column: str, category_column: str) -> str:
    clauses = [
        f"({category_column} = '{category.value}' AND "
        f"{one_of(skill_column, [s.value for s in Skill if s.category is category])})"
        for category in Category
    ]
    return " OR ".join(clauses)


SKILLS = [skill.value for skill in Skill]
LEVELS = [level.value for level in Level]
BADGE_LEVELS = [level.value for level in Level if level is not Level.EMERGING]


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime()}
    if TYPE_CHECKING:
        # Every model here is mapped to a Table (DeclarativeBase allows any FromClause):
        # Core statements on `Model.__table__` rely on it.
        __table__: ClassVar[Table]


# A key the student information system gave (a OneRoster `sourcedId`, kept as it is), or
# the id of the simple CSV form. Opaque: what teachers type is the handle (T001, S001).
KEY_LENGTH = 128


class StaffRole(StrEnum):
    """What a member of staff is on the roster (OneRoster's user roles a school gives us)."""

    TEACHER = "teacher"
    AIDE = "aide"
    COUNSELOR = "counselor"
    ADMINISTRATOR = "administrator"


class EnrollmentRole(StrEnum):
    STUDENT = "student"
    TEACHER = "teacher"
    AIDE = "aide"
    # Staff assigned to the students of a homeroom or caseload class, not teaching it.
    ADVISOR = "advisor"
    COUNSELOR = "counselor"


class ClassType(StrEnum):
    SCHEDULED = "scheduled"
    HOMEROOM = "homeroom"
    # A counselor's or advisor's students: a class in all but name, so one rule serves.
    CASELOAD = "caseload"


def _handle_is_the_key(context: Any) -> Any:
    """The simple CSV form's ids (T001, S001) are their own handles; a SIS key is not one,
    and the handle's format check refuses it unless a handle is given."""
    return context.get_current_parameters()["id"]


class School(Base):
    """An org of the roster: a school, or the district above it."""

    __tablename__ = "schools"
    __table_args__ = (
        CheckConstraint(not_blank("id"), name="id_not_blank"),
        CheckConstraint(not_blank("name"), name="name_not_blank"),
    )

    id: Mapped[str] = mapped_column(String(KEY_LENGTH), primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    org_type: Mapped[str] = mapped_column(String(32), default="school")
    identifier: Mapped[str | None] = mapped_column(String(255))
    parent_id: Mapped[str | None] = mapped_column(String(KEY_LENGTH))
    active: Mapped[bool] = mapped_column(default=True)
    date_last_modified: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class AcademicSession(Base):
    """A school year, term or grading period a class runs in."""

    __tablename__ = "academic_sessions"
    __table_args__ = (
        CheckConstraint(not_blank("id"), name="id_not_blank"),
        CheckConstraint(not_blank("title"), name="title_not_blank"),
    )

    id: Mapped[str] = mapped_column(String(KEY_LENGTH), primary_key=True)
    title: Mapped[str] = mapped_column(String(255))
    session_type: Mapped[str] = mapped_column(String(32))
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    parent_id: Mapped[str | None] = mapped_column(String(KEY_LENGTH))
    school_year: Mapped[str | None] = mapped_column(String(16))
    active: Mapped[bool] = mapped_column(default=True)
    date_last_modified: Mapped[datetime | None]


class Teacher(Base):
    """A member of staff: a teacher, aide, counselor or administrator."""

    __tablename__ = "teachers"
    __table_args__ = (
        CheckConstraint(not_blank("id"), name="id_not_blank"),
        CheckConstraint(id_format("handle", "T"), name="handle_format"),
        CheckConstraint(not_blank("name"), name="name_not_blank"),
        CheckConstraint(one_of("role", [r.value for r in StaffRole]), name="role"),
        CheckConstraint("active OR deactivated_at IS NOT NULL", name="deactivated_at_set"),
    )

    id: Mapped[str] = mapped_column(String(KEY_LENGTH), primary_key=True)
    # What people type and read: "T001". Unique in the district.
    handle: Mapped[str] = mapped_column(String(7), unique=True, default=_handle_is_the_key)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320), unique=True)
    slack_user_id: Mapped[str | None] = mapped_column(String(32), unique=True)
    role: Mapped[str] = mapped_column(String(16), default=StaffRole.TEACHER.value)
    # Gone from the roster (or `tobedeleted`): no access, records kept for retention.
    active: Mapped[bool] = mapped_column(default=True)
    deactivated_at: Mapped[datetime | None]
    date_last_modified: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Student(Base):
    __tablename__ = "students"
    __table_args__ = (
        CheckConstraint(not_blank("id"), name="id_not_blank"),
        CheckConstraint(id_format("handle", "S"), name="handle_format"),
        CheckConstraint(not_blank("name"), name="name_not_blank"),
        CheckConstraint("grade BETWEEN 1 AND 12", name="grade_range"),
        CheckConstraint("active OR deactivated_at IS NOT NULL", name="deactivated_at_set"),
        # The short id teachers type is unique in the school, not beyond it.
        UniqueConstraint("school_id", "handle"),
    )

    id: Mapped[str] = mapped_column(String(KEY_LENGTH), primary_key=True)
    handle: Mapped[str] = mapped_column(String(7), default=_handle_is_the_key)
    school_id: Mapped[str] = mapped_column(
        ForeignKey("schools.id", ondelete="RESTRICT"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    grade: Mapped[int] = mapped_column(SmallInteger)
    # What classmates and transcripts call the student ("Mo" for Mohammed); several are
    # separated by ";". Only a nickname no other student on the roster goes by is matched.
    nickname: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(default=True)
    deactivated_at: Mapped[datetime | None]
    date_last_modified: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class SchoolClass(Base):
    """A class (section), homeroom or caseload: who is enrolled in it sees whom."""

    __tablename__ = "classes"
    __table_args__ = (
        CheckConstraint(not_blank("id"), name="id_not_blank"),
        CheckConstraint(not_blank("title"), name="title_not_blank"),
        CheckConstraint(one_of("class_type", [t.value for t in ClassType]), name="class_type"),
    )

    id: Mapped[str] = mapped_column(String(KEY_LENGTH), primary_key=True)
    school_id: Mapped[str] = mapped_column(
        ForeignKey("schools.id", ondelete="RESTRICT"), index=True
    )
    title: Mapped[str] = mapped_column(String(255))
    class_code: Mapped[str | None] = mapped_column(String(255))
    class_type: Mapped[str] = mapped_column(String(16), default=ClassType.SCHEDULED.value)
    # The academic sessions (terms) it runs in, as the roster lists them.
    session_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    active: Mapped[bool] = mapped_column(default=True)
    date_last_modified: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Enrollment(Base):
    """A student, or a member of staff, in a class. Staff see the students of their classes
    (domain/access.py holds the rule)."""

    __tablename__ = "enrollments"
    __table_args__ = (
        CheckConstraint(not_blank("id"), name="id_not_blank"),
        CheckConstraint(one_of("role", [r.value for r in EnrollmentRole]), name="role"),
        # A student's enrollment names a student; staff's names a member of staff.
        CheckConstraint(
            "(role = 'student' AND student_id IS NOT NULL AND teacher_id IS NULL) OR "
            "(role <> 'student' AND teacher_id IS NOT NULL AND student_id IS NULL)",
            name="one_person",
        ),
        UniqueConstraint("class_id", "student_id"),
        UniqueConstraint("class_id", "teacher_id"),
        Index("ix_enrollments_student_id_class_id", "student_id", "class_id"),
        Index("ix_enrollments_teacher_id_class_id", "teacher_id", "class_id"),
    )

    id: Mapped[str] = mapped_column(String(KEY_LENGTH), primary_key=True)
    class_id: Mapped[str] = mapped_column(ForeignKey("classes.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(16))
    student_id: Mapped[str | None] = mapped_column(ForeignKey("students.id", ondelete="CASCADE"))
    teacher_id: Mapped[str | None] = mapped_column(ForeignKey("teachers.id", ondelete="CASCADE"))
    is_primary: Mapped[bool] = mapped_column(default=False)
    begin_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(default=True)
    date_last_modified: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class AccessSurface(StrEnum):
    """Where a student's record was viewed."""

    PROGRESS = "progress"
    CHART = "chart"
    APP_HOME = "app_home"
    REVIEW = "review"
    EXPORT = "export"


class AccessLogEntry(Base):
    """Who viewed which student's record, when and where. Kept apart from the records: no
    foreign key, so deleting a student leaves this trail (ids only, never content)."""

    __tablename__ = "access_log"
    __table_args__ = (
        CheckConstraint(one_of("surface", [s.value for s in AccessSurface]), name="surface"),
        Index("ix_access_log_student_id_viewed_at", "student_id", "viewed_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    student_id: Mapped[str] = mapped_column(String(KEY_LENGTH))
    # The member of staff (their key), or who ran a command for an admin's export.
    viewer: Mapped[str] = mapped_column(String(KEY_LENGTH))
    surface: Mapped[str] = mapped_column(String(16))
    viewed_at: Mapped[datetime] = mapped_column(default=utcnow)


class AuditAction(StrEnum):
    STUDENT_EXPORTED = "student_exported"
    STUDENT_DELETED = "student_deleted"
    EVIDENCE_PURGED = "evidence_purged"
    ROSTER_IMPORTED = "roster_imported"
    DEACTIVATED = "deactivated"


class AuditEvent(Base):
    """What was done to the records (an export, a deletion, a retention purge): ids and
    counts, never content, and no foreign key, so it outlives what it describes."""

    __tablename__ = "audit_events"
    __table_args__ = (
        CheckConstraint(one_of("action", [a.value for a in AuditAction]), name="action"),
        Index("ix_audit_events_student_id_at", "student_id", "at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    action: Mapped[str] = mapped_column(String(32))
    student_id: Mapped[str | None] = mapped_column(String(KEY_LENGTH))
    actor: Mapped[str] = mapped_column(String(KEY_LENGTH))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    # Counts and ids only ("entries": 4): what an auditor needs, nothing a student said.
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


UNANNOUNCED = "announced_at IS NULL AND status IN ('assessed', 'failed')"


class DataEntry(Base):
    """One piece of evidence about one student; a multi-student transcript gives one each."""

    __tablename__ = "data_entries"
    __table_args__ = (
        CheckConstraint(one_of("entry_type", [t.value for t in EntryType]), name="entry_type"),
        # Text is there (not blank) unless retention purged it, and a purged entry holds none.
        CheckConstraint(present_unless_purged("content"), name="content_not_blank"),
        CheckConstraint(
            "purged_at IS NULL OR (content IS NULL AND student_turns IS NULL)",
            name="purged_text_gone",
        ),
        CheckConstraint(
            f"student_turns IS NULL OR {not_blank('student_turns')}", name="student_turns"
        ),
        CheckConstraint(one_of("status", [s.value for s in EntryStatus]), name="status"),
        CheckConstraint(one_of("source_kind", [s.value for s in SourceKind]), name="source_kind"),
        CheckConstraint(not_blank("source_ref"), name="source_ref_not_blank"),
        CheckConstraint("attempts >= 0", name="attempts_not_negative"),
        CheckConstraint("dropped_items >= 0", name="dropped_items_not_negative"),
        CheckConstraint("assessed_chars > 0", name="assessed_chars"),
        # The same document is filed once per student, whether it came from Slack or a disk.
        UniqueConstraint("student_id", "source_ref"),
        # Target of the assessments' composite key, so an assessment's student is its entry's.
        UniqueConstraint("id", "student_id"),
        Index("ix_data_entries_student_id_entry_date", "student_id", "entry_date"),
        Index("ix_data_entries_purged_at", "purged_at"),
        # When a teacher, and one of their uploads, was last served: the fair claim's order.
        Index("ix_data_entries_teacher_id_assessed_at", "teacher_id", "assessed_at"),
        Index(
            "ix_data_entries_teacher_id_source_ref_assessed_at",
            "teacher_id",
            "source_ref",
            "assessed_at",
        ),
        Index(
            "ix_data_entries_queue",
            "id",
            postgresql_where=text("status IN ('pending', 'processing')"),
            sqlite_where=text("status IN ('pending', 'processing')"),
        ),
        # Entries whose review message (or failure notice) is still to be posted.
        Index(
            "ix_data_entries_unannounced",
            "id",
            postgresql_where=text(UNANNOUNCED),
            sqlite_where=text(UNANNOUNCED),
        ),
        Index("ix_data_entries_metadata", "metadata", postgresql_using="gin").ddl_if(
            dialect="postgresql"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    student_id: Mapped[str] = mapped_column(ForeignKey("students.id", ondelete="CASCADE"))
    teacher_id: Mapped[str | None] = mapped_column(
        ForeignKey("teachers.id", ondelete="SET NULL"), index=True
    )
    entry_type: Mapped[str] = mapped_column(String(40))
    entry_date: Mapped[date] = mapped_column(Date)
    # NULL only once retention purged it (`purged_at`): the levels stay, the words go.
    content: Mapped[str | None] = mapped_column(Text)
    # In a transcript: only this student's own turns. NULL when all of `content` is theirs.
    student_turns: Mapped[str | None] = mapped_column(Text)
    purged_at: Mapped[datetime | None]
    source_kind: Mapped[str] = mapped_column(String(16))
    # Slack file id, or "sha256:<hex>" of the text for a file from the command line.
    source_ref: Mapped[str] = mapped_column(String(80))
    file_name: Mapped[str | None] = mapped_column(String(255))
    uploaded_by: Mapped[str | None] = mapped_column(String(64))
    entry_metadata: Mapped[dict[str, Any]] = mapped_column("metadata", JSONDocument, default=dict)
    status: Mapped[str] = mapped_column(String(16), default=EntryStatus.PENDING.value)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    lease_expires_at: Mapped[datetime | None]
    # The worker holding the lease: only it may write the entry's assessments.
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    # After a failed attempt, not claimed again before this time (backoff).
    next_attempt_at: Mapped[datetime | None]
    dropped_items: Mapped[int] = mapped_column(Integer, default=0)
    drop_reasons: Mapped[list[str] | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    assessed_at: Mapped[datetime | None]
    # How many characters of `own_text` the assessor was given, when it was too long to
    # give it all (domain/assessed_text.py); NULL when all of it was assessed.
    assessed_chars: Mapped[int | None] = mapped_column(Integer)
    # Set when the teacher's review message (or a failure notice) is claimed for posting;
    # the conditional update that sets it is what lets only one instance post it.
    announced_at: Mapped[datetime | None]
    # Where the review message lives, so a correction updates that message in place.
    review_channel_id: Mapped[str | None] = mapped_column(String(32))
    review_message_ts: Mapped[str | None] = mapped_column(String(32))

    student: Mapped[Student] = relationship()
    assessments: Mapped[list[Assessment]] = relationship(
        back_populates="entry", passive_deletes=True
    )

    @property
    def own_text(self) -> str:
        """What the student said or wrote themselves: the text evidence must quote ("" once
        retention purged it)."""
        if self.student_turns is not None:
            return self.student_turns
        return self.content if self.content is not None else ""


class Assessment(Base):
    """A level on one skill for one entry; `level` is the level as it stands after review."""

    __tablename__ = "assessments"
    __table_args__ = (
        CheckConstraint(one_of("skill", SKILLS), name="skill"),
        CheckConstraint(one_of("category", [c.value for c in Category]), name="category"),
        CheckConstraint(skill_in_category("skill", "category"), name="skill_in_category"),
        CheckConstraint(one_of("level", LEVELS), name="level"),
        CheckConstraint("confidence >= 0 AND confidence <= 1", name="confidence_range"),
        CheckConstraint(present_unless_purged("evidence_quote"), name="evidence_quote_not_blank"),
        CheckConstraint(present_unless_purged("justification"), name="justification_not_blank"),
        CheckConstraint(
            "purged_at IS NULL OR (evidence_quote IS NULL AND justification IS NULL)",
            name="purged_text_gone",
        ),
        CheckConstraint(one_of("review_state", [s.value for s in ReviewState]), name="review"),
        CheckConstraint(
            "(review_state = 'pending') = (reviewed_at IS NULL)", name="reviewed_at_set"
        ),
        UniqueConstraint("entry_id", "skill"),
        ForeignKeyConstraint(
            ["entry_id", "student_id"],
            ["data_entries.id", "data_entries.student_id"],
            ondelete="CASCADE",
        ),
        # Latest level per (student, skill): newest evidence date first. Level and review
        # state ride along (PostgreSQL INCLUDE; SQLite has none) so App Home finds each
        # latest non-dismissed level without reading the rows (BENCHMARKS.md, migration 0014).
        Index(
            "ix_assessments_latest",
            "student_id",
            "skill",
            "observed_on",
            "id",
            postgresql_include=["level", "review_state"],
        ),
        # The review queue: a teacher's pending items, lowest confidence first; with the id
        # in the index a page's ids come from the index alone (BENCHMARKS.md).
        Index(
            "ix_assessments_review_queue",
            "student_id",
            "confidence",
            "id",
            postgresql_where=text("review_state = 'pending'"),
            sqlite_where=text("review_state = 'pending'"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(Integer)
    student_id: Mapped[str] = mapped_column(ForeignKey("students.id", ondelete="CASCADE"))
    skill: Mapped[str] = mapped_column(String(40))
    category: Mapped[str] = mapped_column(String(16))
    level: Mapped[str] = mapped_column(String(16))
    confidence: Mapped[float] = mapped_column(Float)
    # NULL only once retention purged them (`purged_at`); the level stays.
    evidence_quote: Mapped[str | None] = mapped_column(Text)
    justification: Mapped[str | None] = mapped_column(Text)
    purged_at: Mapped[datetime | None]
    model: Mapped[str] = mapped_column(String(100))
    rubric_version: Mapped[str] = mapped_column(String(16))
    # The entry's date, copied so the latest-level index needs no join.
    observed_on: Mapped[date] = mapped_column(Date)
    review_state: Mapped[str] = mapped_column(String(16), default=ReviewState.PENDING.value)
    reviewed_by: Mapped[str | None] = mapped_column(
        ForeignKey("teachers.id", ondelete="SET NULL"), index=True
    )
    reviewed_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    entry: Mapped[DataEntry] = relationship(back_populates="assessments")
    correction: Mapped[TeacherCorrection | None] = relationship(
        back_populates="assessment", passive_deletes=True
    )


class StudentStanding(Base):
    """Where a student stands, kept by the database: a trigger on `assessments` recomputes
    the row on every write (migration 0015), so the code never writes it (deleting a
    student removes it with the rest). Read it where a page describes many students at once
    (App Home, the review queue)."""

    __tablename__ = "student_standings"

    student_id: Mapped[str] = mapped_column(
        ForeignKey("students.id", ondelete="CASCADE"), primary_key=True
    )
    # How many skills stand at each level by their latest non-dismissed assessment.
    emerging_skills: Mapped[int] = mapped_column(server_default="0")
    developing_skills: Mapped[int] = mapped_column(server_default="0")
    proficient_skills: Mapped[int] = mapped_column(server_default="0")
    advanced_skills: Mapped[int] = mapped_column(server_default="0")
    pending_assessments: Mapped[int] = mapped_column(server_default="0")
    # The review queue's first page comes from the students whose lowest is lowest.
    lowest_pending_confidence: Mapped[float | None] = mapped_column(Float)


class TeacherCorrection(Base):
    __tablename__ = "teacher_corrections"
    __table_args__ = (
        CheckConstraint(one_of("original_level", LEVELS), name="original_level"),
        CheckConstraint(one_of("corrected_level", LEVELS), name="corrected_level"),
        # The reason is optional: a quick choice, words, both or neither.
        CheckConstraint(
            f"justification IS NULL OR {not_blank('justification')}",
            name="justification_not_blank",
        ),
        CheckConstraint(
            f"reason IS NULL OR {one_of('reason', [r.value for r in CorrectionReason])}",
            name="reason",
        ),
        Index("ix_teacher_corrections_created_at", "created_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("assessments.id", ondelete="CASCADE"), unique=True
    )
    teacher_id: Mapped[str | None] = mapped_column(ForeignKey("teachers.id", ondelete="SET NULL"))
    original_level: Mapped[str] = mapped_column(String(16))
    corrected_level: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(String(16))
    justification: Mapped[str | None] = mapped_column(Text)
    notes_for_assessor: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    assessment: Mapped[Assessment] = relationship(back_populates="correction")


class SkillTarget(Base):
    __tablename__ = "skill_targets"
    __table_args__ = (
        CheckConstraint(one_of("skill", SKILLS), name="skill"),
        CheckConstraint(one_of("starting_level", LEVELS), name="starting_level"),
        CheckConstraint(one_of("target_level", LEVELS), name="target_level"),
        CheckConstraint(
            f"{level_rank('target_level')} > {level_rank('starting_level')}",
            name="target_above_start",
        ),
        CheckConstraint(one_of("status", [s.value for s in TargetStatus]), name="status"),
        CheckConstraint(
            "(status = 'completed') = (completed_at IS NOT NULL)", name="completed_at_set"
        ),
        Index("ix_skill_targets_student_id_skill", "student_id", "skill"),
        # One active target per (student, skill); completed and cancelled ones stay as history.
        Index(
            "uq_skill_targets_active",
            "student_id",
            "skill",
            unique=True,
            postgresql_where=text("status = 'active'"),
            sqlite_where=text("status = 'active'"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    student_id: Mapped[str] = mapped_column(ForeignKey("students.id", ondelete="CASCADE"))
    skill: Mapped[str] = mapped_column(String(40))
    starting_level: Mapped[str] = mapped_column(String(16))
    target_level: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), default=TargetStatus.ACTIVE.value)
    assigned_by: Mapped[str | None] = mapped_column(ForeignKey("teachers.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    completed_at: Mapped[datetime | None]
    completed_by_assessment_id: Mapped[int | None] = mapped_column(
        ForeignKey("assessments.id", ondelete="SET NULL"), index=True
    )


class Badge(Base):
    __tablename__ = "badges"
    __table_args__ = (
        CheckConstraint(one_of("skill", SKILLS), name="skill"),
        CheckConstraint(one_of("level", BADGE_LEVELS), name="level"),
        UniqueConstraint("student_id", "skill", "level"),
        Index("ix_badges_awarded_at", "awarded_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    student_id: Mapped[str] = mapped_column(ForeignKey("students.id", ondelete="CASCADE"))
    skill: Mapped[str] = mapped_column(String(40))
    level: Mapped[str] = mapped_column(String(16))
    awarded_at: Mapped[datetime] = mapped_column(default=utcnow)
    assessment_id: Mapped[int | None] = mapped_column(
        ForeignKey("assessments.id", ondelete="SET NULL"), index=True
    )
    # Set when a teacher grants the badge by hand rather than through a validated level.
    granted_by: Mapped[str | None] = mapped_column(ForeignKey("teachers.id", ondelete="SET NULL"))


class DigestDelivery(Base):
    """Written before a digest is posted: the row, unique per (teacher, week), is the lock."""

    __tablename__ = "digest_deliveries"
    __table_args__ = (
        CheckConstraint(one_of("status", [s.value for s in DeliveryStatus]), name="status"),
        CheckConstraint("attempts >= 0", name="attempts_not_negative"),
        UniqueConstraint("teacher_id", "week_start"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    teacher_id: Mapped[str] = mapped_column(ForeignKey("teachers.id", ondelete="CASCADE"))
    week_start: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default=DeliveryStatus.PENDING.value)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    channel_id: Mapped[str | None] = mapped_column(String(32))
    message_ts: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None]


UNSETTLED_RECEIPT = "status IN ('received', 'processing') OR told_at IS NULL"


class UploadReceipt(Base):
    """A Slack file share, recorded before Slack is told 200: an ack is a promise, so every
    receipt ends filed, refused, failed or asking, with the teacher told. Slack's retries
    and a second instance find the row and leave the file alone; a sweeper finishes what a
    crash left (domain/uploads.py)."""

    __tablename__ = "upload_receipts"
    __table_args__ = (
        CheckConstraint(one_of("status", [s.value for s in UploadStatus]), name="status"),
        Index(
            "ix_upload_receipts_unsettled",
            "lease_expires_at",
            postgresql_where=text(UNSETTLED_RECEIPT),
            sqlite_where=text(UNSETTLED_RECEIPT),
        ),
        # A share's receipts, found by the message that confirmed them (its thread).
        Index("ix_upload_receipts_confirmation_ts", "confirmation_ts"),
    )

    slack_file_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    slack_user_id: Mapped[str] = mapped_column(String(32))
    channel_id: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16), default=UploadStatus.RECEIVED.value)
    # Why a file was refused or what the teacher must choose; never the file's text.
    detail: Mapped[str | None] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    # What the share said, kept so that whoever finishes the upload (this process after
    # the ack, or a sweeper after a crash) decides exactly as the first would have.
    teacher_id: Mapped[str | None] = mapped_column(String(KEY_LENGTH))
    file_name: Mapped[str | None] = mapped_column(String(255))
    # Slack's permalink to the file, as its event or files.info gave it: review messages
    # link each quote to the document it came from.
    permalink: Mapped[str | None] = mapped_column(String(1000))
    message_text: Mapped[str | None] = mapped_column(Text)
    in_dm: Mapped[bool] = mapped_column(default=True)
    # The teacher's answer to the picker, once given.
    chosen_student_id: Mapped[str | None] = mapped_column(String(KEY_LENGTH))
    chosen_entry_type: Mapped[str | None] = mapped_column(String(40))
    # Who is working on it, until when, and how many times it has been taken.
    claimed_by: Mapped[str | None] = mapped_column(String(128))
    lease_expires_at: Mapped[datetime | None] = mapped_column()
    attempts: Mapped[int] = mapped_column(default=0)
    # When the teacher was told the settled outcome; a sweeper tells whoever was not.
    told_at: Mapped[datetime | None] = mapped_column()
    # The message in the teacher's DM that told it: the share's entries are reviewed in
    # its thread, and the receipts it confirmed together are one share.
    confirmation_channel_id: Mapped[str | None] = mapped_column(String(32))
    confirmation_ts: Mapped[str | None] = mapped_column(String(32))
    # The teacher's answer to "Already filed: file again?": file it although its text
    # matches an entry already filed for the student.
    file_again: Mapped[bool] = mapped_column(default=False)


class CheckInAnswer(Base):
    """A teacher's answer to one check-in suggestion. The suggestion is named by what it
    rests on (`basis`: the date of the last evidence, or the validated level it was worded
    from), so the same suggestion is not made again, while a new situation is."""

    __tablename__ = "checkin_answers"
    __table_args__ = (
        CheckConstraint(one_of("kind", [k.value for k in CheckInKind]), name="kind"),
        CheckConstraint(f"skill IS NULL OR {one_of('skill', SKILLS)}", name="skill"),
        CheckConstraint(one_of("answer", [a.value for a in CheckInAnswerChoice]), name="answer"),
        CheckConstraint("length(basis) > 0", name="basis_not_empty"),
        UniqueConstraint("student_id", "kind", "basis"),
        Index("ix_checkin_answers_answered_at", "answered_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    student_id: Mapped[str] = mapped_column(ForeignKey("students.id", ondelete="CASCADE"))
    teacher_id: Mapped[str | None] = mapped_column(
        ForeignKey("teachers.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[str] = mapped_column(String(24))
    skill: Mapped[str | None] = mapped_column(String(40))
    basis: Mapped[str] = mapped_column(String(40))
    # The digest (its week_start) that made the suggestion.
    week_start: Mapped[date] = mapped_column(Date)
    answer: Mapped[str] = mapped_column(String(16))
    answered_at: Mapped[datetime] = mapped_column(default=utcnow)
