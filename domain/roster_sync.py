"""Bringing a OneRoster bundle (domain/oneroster.py's records) into the database.

A sync is one transaction: every reference is checked before anything is written, and a
problem refuses all of it. What it does:

- New rows are created; rows whose values differ are updated (a row coming back after it
  was deactivated is updated and active again).
- A row `tobedeleted` (or `inactive`, or a user with enabledUser false), and in a `bulk`
  file a row the file no longer lists, is deactivated: `active` false and, for people,
  `deactivated_at`. Nothing is deleted by a sync; retention removes records later.
- Absence is read only within what OneRoster brings: schools other than the simple CSV
  form's `default`, their classes and those classes' enrollments, their students, and
  staff who were ever enrolled in one of those classes. The simple form's records are
  left as they are, and a `delta` or left-out file deactivates nothing by absence.
- SIS keys (`sourcedId`) are kept as they are. The handle teachers type is given once and
  kept: a student's is "S" + their `identifier` when that is 3 to 6 digits (or already
  S + digits) and free in their school, else the school's lowest free S number (S001...);
  staff's the same with "T", unique in the district. A student moving to a school where
  their handle is taken gets a new one there.
- One AuditEvent `roster_imported` records the counts.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from domain.errors import RosterError
from domain.ids import MAX_DIGITS, MIN_DIGITS
from domain.models import (
    AcademicSession,
    AuditAction,
    AuditEvent,
    ClassType,
    Enrollment,
    School,
    SchoolClass,
    Student,
    Teacher,
    utcnow,
)
from domain.oneroster import Person, Roster, Skip
from domain.roster import DEFAULT_SCHOOL

KINDS = ("schools", "sessions", "classes", "staff", "students", "enrollments")


@dataclass
class KindCounts:
    created: int = 0
    updated: int = 0
    deactivated: int = 0
    unchanged: int = 0

    def as_dict(self) -> dict[str, int]:
        return {
            "created": self.created,
            "updated": self.updated,
            "deactivated": self.deactivated,
            "unchanged": self.unchanged,
        }


@dataclass
class SyncReport:
    version: str
    counts: dict[str, KindCounts] = field(default_factory=lambda: {k: KindCounts() for k in KINDS})
    skipped: Counter[str] = field(default_factory=Counter)

    def detail(self) -> dict[str, Any]:
        """Counts only: what the audit trail keeps."""
        return {
            "format": f"oneroster {self.version}",
            **{kind: counts.as_dict() for kind, counts in self.counts.items()},
            "skipped": dict(self.skipped),
        }


def sync_roster(session: Session, roster: Roster, *, actor: str) -> SyncReport:
    """Apply `roster` (all of it, or RosterError and none of it; the caller commits)."""
    report = SyncReport(version=roster.version, skipped=Counter(roster.skipped))
    _drop_never_seen_deletions(session, roster, report.skipped)
    problems = _check(session, roster)
    if problems:
        raise RosterError("Nothing was imported:\n" + "\n".join(f"- {p}" for p in problems))
    now = utcnow()
    _sync_schools(session, roster, report.counts["schools"])
    _sync_sessions(session, roster, report.counts["sessions"])
    _sync_classes(session, roster, report.counts["classes"])
    _sync_staff(session, roster, report.counts["staff"], now)
    _sync_students(session, roster, report.counts["students"], now)
    _sync_enrollments(session, roster, report.counts["enrollments"], now)
    session.add(
        AuditEvent(action=AuditAction.ROSTER_IMPORTED.value, actor=actor, detail=report.detail())
    )
    session.flush()
    return report


# Checks before anything is written -----------------------------------------------------


def _existing(session: Session, column: Any, keys: Iterable[str]) -> set[str]:
    wanted = sorted(set(keys))
    found: set[str] = set()
    # Chunked: SQLite allows a bounded number of bound parameters per statement.
    for start in range(0, len(wanted), 500):
        found |= set(session.scalars(select(column).where(column.in_(wanted[start : start + 500]))))
    return found


def _drop_never_seen_deletions(session: Session, roster: Roster, skipped: Counter[str]) -> None:
    """A row being deleted that was never imported has nothing to deactivate: it is left
    out (a delta's `tobedeleted` row may give its key alone), and so are enrollments that
    name it."""
    dropped: set[str] = set()

    def keep(records: list[Any], model: Any) -> list[Any]:
        gone = {r.sourced_id for r in records if getattr(r, "deleted", not r.active)}
        unknown = gone - _existing(session, model.id, gone)
        dropped.update(unknown)
        return [r for r in records if r.sourced_id not in unknown]

    roster.orgs = keep(roster.orgs, School)
    roster.terms = keep(roster.terms, AcademicSession)
    roster.classes = keep(roster.classes, SchoolClass)
    roster.staff = keep(roster.staff, Teacher)
    roster.students = keep(roster.students, Student)
    # A key both dropped as one kind and kept as the other (a row saying no role) is kept.
    dropped -= {p.sourced_id for p in (*roster.staff, *roster.students)}
    enrollments = keep(roster.enrollments, Enrollment)
    roster.enrollments = [
        e for e in enrollments if e.class_id not in dropped and e.user_id not in dropped
    ]
    skipped[Skip.DELETED] += len(enrollments) - len(roster.enrollments)
    if not skipped[Skip.DELETED]:
        del skipped[Skip.DELETED]


def _check(session: Session, roster: Roster) -> list[str]:
    problems: list[str] = []
    orgs = {org.sourced_id for org in roster.orgs}
    class_schools = {c.school_id for c in roster.classes}
    student_schools = {p.school_id for p in roster.students if p.school_id}
    known_orgs = orgs | _existing(session, School.id, (class_schools | student_schools) - orgs)
    for section in roster.classes:
        if section.school_id not in known_orgs:
            problems.append(
                f"{section.where}, schoolSourcedId: '{section.school_id}' is in no orgs.csv row"
            )
    for person in roster.students:
        if person.school_id is None and person.active:
            problems.append(f"{person.where}, orgSourcedIds: no org for the student")
        elif person.school_id is not None and person.school_id not in known_orgs:
            problems.append(
                f"{person.where}, orgSourcedIds: '{person.school_id}' is in no orgs.csv row"
            )
    classes = {c.sourced_id for c in roster.classes}
    staff = {p.sourced_id for p in roster.staff}
    students = {p.sourced_id for p in roster.students}
    classes |= _existing(
        session, SchoolClass.id, {e.class_id for e in roster.enrollments} - classes
    )
    users = {e.user_id for e in roster.enrollments}
    staff |= _existing(session, Teacher.id, users - staff - students)
    students |= _existing(session, Student.id, users - staff - students)
    pairs: dict[tuple[str, str], str] = {}
    for enrollment in roster.enrollments:
        if enrollment.class_id not in classes:
            problems.append(
                f"{enrollment.where}, classSourcedId: '{enrollment.class_id}' is no class"
            )
        is_student = enrollment.role == "student"
        people = students if is_student else staff
        if enrollment.user_id not in people:
            what = "student" if is_student else "member of staff"
            problems.append(
                f"{enrollment.where}, userSourcedId: '{enrollment.user_id}' is no {what}"
            )
        pair = (enrollment.class_id, enrollment.user_id)
        if pair in pairs and enrollment.active:
            problems.append(
                f"{enrollment.where}: '{enrollment.user_id}' is enrolled in "
                f"'{enrollment.class_id}' already ({pairs[pair]})"
            )
        if enrollment.active:
            pairs[pair] = enrollment.where
    problems += _email_clashes(session, roster.staff)
    return problems


def _email_clashes(session: Session, staff: list[Person]) -> list[str]:
    problems = []
    owner: dict[str, Person] = {}
    for person in staff:
        if not person.email:
            continue
        if person.email in owner:
            problems.append(
                f"{person.where}, email: '{person.email}' is also on {owner[person.email].where}"
            )
        owner[person.email] = person
    for teacher in session.scalars(select(Teacher).where(Teacher.email.in_(list(owner)))):
        person = owner[teacher.email or ""]
        if teacher.id != person.sourced_id:
            problems.append(
                f"{person.where}, email: '{teacher.email}' already belongs to {teacher.handle}"
            )
    return problems


# Writing -------------------------------------------------------------------------------


def _apply(row: Any, values: dict[str, Any]) -> bool:
    changed = {key: value for key, value in values.items() if getattr(row, key) != value}
    for key, value in changed.items():
        setattr(row, key, value)
    return bool(changed)


def _count(
    counts: KindCounts, row: Any, values: dict[str, Any], now: datetime | None = None
) -> None:
    """Update `row` and count it; `now` for rows that keep when they were deactivated.

    A row being deleted only deactivates: a delta's `tobedeleted` row may give its key
    and little else, and what it leaves blank is not news."""
    was_active = row.active
    if not values["active"]:
        modified = values.get("date_last_modified")
        values = {"active": False} | ({"date_last_modified": modified} if modified else {})
    if now is not None:
        if values["active"]:
            values["deactivated_at"] = None
        elif was_active or row.deactivated_at is None:
            values["deactivated_at"] = now
        else:
            values["deactivated_at"] = row.deactivated_at
    changed = _apply(row, values)
    if was_active and not row.active:
        counts.deactivated += 1
    elif changed:
        counts.updated += 1
    else:
        counts.unchanged += 1


def _deactivate_absent(
    counts: KindCounts, rows: Iterable[Any], listed: set[str], now: datetime | None = None
) -> None:
    for row in rows:
        if row.id in listed or not row.active:
            continue
        row.active = False
        if now is not None:
            row.deactivated_at = now
        counts.deactivated += 1


def _upsert(
    session: Session,
    model: Any,
    existing: dict[str, Any],
    key: str,
    values: dict[str, Any],
    counts: KindCounts,
) -> None:
    """Update the row the roster keys `key` (counted as _count does), or add it."""
    if key in existing:
        _count(counts, existing[key], values)
    else:
        session.add(model(id=key, **values))
        counts.created += 1


def _sync_schools(session: Session, roster: Roster, counts: KindCounts) -> None:
    existing = {s.id: s for s in session.scalars(select(School))}
    for org in roster.orgs:
        values = {
            "name": org.name,
            "org_type": org.org_type,
            "identifier": org.identifier,
            "parent_id": org.parent_id,
            "active": org.active,
            "date_last_modified": org.date_last_modified,
        }
        _upsert(session, School, existing, org.sourced_id, values, counts)
    if roster.modes["orgs"] == "bulk":
        managed = [s for s in existing.values() if s.id != DEFAULT_SCHOOL]
        _deactivate_absent(counts, managed, {o.sourced_id for o in roster.orgs})
    session.flush()


def _sync_sessions(session: Session, roster: Roster, counts: KindCounts) -> None:
    existing = {s.id: s for s in session.scalars(select(AcademicSession))}
    for term in roster.terms:
        values = {
            "title": term.title,
            "session_type": term.session_type,
            "start_date": term.start_date,
            "end_date": term.end_date,
            "parent_id": term.parent_id,
            "school_year": term.school_year,
            "active": term.active,
            "date_last_modified": term.date_last_modified,
        }
        _upsert(session, AcademicSession, existing, term.sourced_id, values, counts)
    if roster.modes["academicSessions"] == "bulk":
        _deactivate_absent(counts, existing.values(), {t.sourced_id for t in roster.terms})
    session.flush()


def _managed_classes(session: Session) -> list[SchoolClass]:
    return list(session.scalars(select(SchoolClass).where(SchoolClass.school_id != DEFAULT_SCHOOL)))


def _sync_classes(session: Session, roster: Roster, counts: KindCounts) -> None:
    existing = {c.id: c for c in _existing_rows(session, SchoolClass, roster.classes)}
    for section in roster.classes:
        values = {
            "school_id": section.school_id,
            "title": section.title,
            "class_code": section.class_code,
            "class_type": ClassType(section.class_type).value,
            "session_ids": section.term_ids,
            "active": section.active,
            "date_last_modified": section.date_last_modified,
        }
        _upsert(session, SchoolClass, existing, section.sourced_id, values, counts)
    if roster.modes["classes"] == "bulk":
        listed = {c.sourced_id for c in roster.classes}
        _deactivate_absent(counts, _managed_classes(session), listed)
    session.flush()


def _existing_rows(session: Session, model: Any, records: Iterable[Any]) -> list[Any]:
    keys = sorted({record.sourced_id for record in records})
    rows: list[Any] = []
    for start in range(0, len(keys), 500):
        rows += session.scalars(select(model).where(model.id.in_(keys[start : start + 500])))
    return rows


# Handles -------------------------------------------------------------------------------


def _wanted_handle(prefix: str, identifier: str | None) -> str | None:
    """ "S" + the SIS's identifier when it is 3 to 6 digits (or already S + digits)."""
    if not identifier:
        return None
    text = identifier.strip()
    digits = f"\\d{{{MIN_DIGITS},{MAX_DIGITS}}}"
    if re.fullmatch(digits, text):
        return prefix + text
    if re.fullmatch(prefix + digits, text, flags=re.IGNORECASE):
        return prefix + text[1:]
    return None


class _Handles:
    """The handles taken in one scope (a school, or the district for staff)."""

    def __init__(self, prefix: str, taken: Iterable[str]) -> None:
        self.prefix = prefix
        self.taken = set(taken)
        self._next = 1

    def claim(self, wanted: str | None) -> str:
        if wanted is not None and wanted not in self.taken:
            self.taken.add(wanted)
            return wanted
        while f"{self.prefix}{self._next:0{MIN_DIGITS}d}" in self.taken:
            self._next += 1
        if self._next >= 10**MAX_DIGITS:
            raise RosterError(f"Nothing was imported: no {self.prefix} handle is left free.")
        handle = f"{self.prefix}{self._next:0{MIN_DIGITS}d}"
        self.taken.add(handle)
        return handle


def _new_first_wanting(people: list[Person], prefix: str) -> list[Person]:
    """Those whose identifier gives a handle claim it before others are numbered, so a
    numbered newcomer never takes the S007 a student's identifier 007 asks for."""
    return sorted(people, key=lambda p: _wanted_handle(prefix, p.identifier) is None)


def _sync_staff(session: Session, roster: Roster, counts: KindCounts, now: datetime) -> None:
    existing = {t.id: t for t in _existing_rows(session, Teacher, roster.staff)}
    handles = _Handles("T", session.scalars(select(Teacher.handle)))
    new: list[Person] = []
    for person in roster.staff:
        teacher = existing.get(person.sourced_id)
        if teacher is None:
            new.append(person)
            continue
        values: dict[str, Any] = {
            "name": person.name,
            "role": person.role,
            "active": person.active,
            "date_last_modified": person.date_last_modified,
        }
        # A blank email keeps the one stored (it may be how the teacher was linked).
        if person.email:
            values["email"] = person.email
        _count(counts, teacher, values, now)
    for person in _new_first_wanting(new, "T"):
        session.add(
            Teacher(
                id=person.sourced_id,
                handle=handles.claim(_wanted_handle("T", person.identifier)),
                name=person.name,
                email=person.email,
                role=person.role,
                active=person.active,
                deactivated_at=None if person.active else now,
                date_last_modified=person.date_last_modified,
            )
        )
        counts.created += 1
    session.flush()
    if roster.modes["users"] == "bulk":
        managed = session.scalars(
            select(Teacher)
            .join(Enrollment, Enrollment.teacher_id == Teacher.id)
            .join(SchoolClass, SchoolClass.id == Enrollment.class_id)
            .where(SchoolClass.school_id != DEFAULT_SCHOOL)
            .distinct()
        ).all()
        _deactivate_absent(counts, managed, {p.sourced_id for p in roster.staff}, now)
    session.flush()


def _sync_students(session: Session, roster: Roster, counts: KindCounts, now: datetime) -> None:
    existing = {s.id: s for s in _existing_rows(session, Student, roster.students)}
    taken: dict[str, _Handles] = {}

    def school_handles(school_id: str) -> _Handles:
        if school_id not in taken:
            rows = session.scalars(select(Student.handle).where(Student.school_id == school_id))
            taken[school_id] = _Handles("S", rows)
        return taken[school_id]

    new: list[Person] = []
    for person in roster.students:
        student = existing.get(person.sourced_id)
        if student is None:
            if person.school_id is not None and person.grade is not None:
                new.append(person)
            continue
        values: dict[str, Any] = {
            "name": person.name,
            "active": person.active,
            "date_last_modified": person.date_last_modified,
        }
        if person.grade is not None:
            values["grade"] = person.grade
        if person.school_id is not None and person.school_id != student.school_id:
            # Moving school: the handle goes with them when it is free there.
            values["school_id"] = person.school_id
            values["handle"] = school_handles(person.school_id).claim(student.handle)
        _count(counts, student, values, now)
        if "school_id" in values:
            # A move is written before the next claims a handle in the same school.
            session.flush()
    for person in _new_first_wanting(new, "S"):
        assert person.school_id is not None and person.grade is not None
        session.add(
            Student(
                id=person.sourced_id,
                handle=school_handles(person.school_id).claim(
                    _wanted_handle("S", person.identifier)
                ),
                school_id=person.school_id,
                name=person.name,
                grade=person.grade,
                active=person.active,
                deactivated_at=None if person.active else now,
                date_last_modified=person.date_last_modified,
            )
        )
        counts.created += 1
    session.flush()
    if roster.modes["users"] == "bulk":
        managed = session.scalars(select(Student).where(Student.school_id != DEFAULT_SCHOOL))
        listed = {p.sourced_id for p in roster.students}
        _deactivate_absent(counts, managed, listed, now)
    session.flush()


def _sync_enrollments(session: Session, roster: Roster, counts: KindCounts, now: datetime) -> None:
    classes = sorted({m.class_id for m in roster.enrollments})
    rows: list[Enrollment] = []
    for start in range(0, len(classes), 500):
        chunk = classes[start : start + 500]
        rows += session.scalars(select(Enrollment).where(Enrollment.class_id.in_(chunk)))
    rows += _existing_rows(session, Enrollment, roster.enrollments)
    by_id = {e.id: e for e in rows}
    # The pair (class, person) is unique: a re-keyed enrollment updates the row holding it.
    by_pair = {(e.class_id, e.student_id or e.teacher_id): e for e in by_id.values()}
    listed: set[str] = set()
    # Those leaving first, so a pair both dropped under one key and listed under another
    # ends up active.
    for membership in sorted(roster.enrollments, key=lambda m: m.active):
        pair = (membership.class_id, membership.user_id)
        enrollment = by_id.get(membership.sourced_id) or by_pair.get(pair)
        values = {
            "class_id": membership.class_id,
            "role": membership.role,
            "is_primary": membership.primary,
            "begin_date": membership.begin_date,
            "end_date": membership.end_date,
            "active": membership.active,
            "date_last_modified": membership.date_last_modified,
        }
        person = "student_id" if membership.role == "student" else "teacher_id"
        other = "teacher_id" if person == "student_id" else "student_id"
        values |= {person: membership.user_id, other: None}
        if enrollment is None:
            enrollment = Enrollment(id=membership.sourced_id, **values)
            session.add(enrollment)
            counts.created += 1
        else:
            old_pair = (enrollment.class_id, enrollment.student_id or enrollment.teacher_id)
            _count(counts, enrollment, values)
            by_pair.pop(old_pair, None)
        by_id[enrollment.id] = enrollment
        by_pair[(enrollment.class_id, enrollment.student_id or enrollment.teacher_id)] = enrollment
        listed.add(enrollment.id)
    session.flush()
    if roster.modes["enrollments"] == "bulk":
        managed = session.scalars(
            select(Enrollment)
            .join(SchoolClass, SchoolClass.id == Enrollment.class_id)
            .where(SchoolClass.school_id != DEFAULT_SCHOOL)
        )
        _deactivate_absent(counts, managed, listed)
    session.flush()
