"""Reading a OneRoster 1.1 or 1.2 CSV bundle (a folder or a ZIP) into plain records.

Pure: files in, dataclasses out; the database is domain/roster_sync.py's. Every problem is
one line naming the file, the line and the column, and a bundle with any problem gives no
records at all, so a sync never acts on half a roster.

What is read, and what is left out on purpose:
- orgs.csv, academicSessions.csv, classes.csv, users.csv, enrollments.csv, and in 1.2
  roles.csv (a user's roles and orgs); manifest.csv says the version and whether each file
  is `bulk` (the whole roster: what it lacks is gone), `delta` (changes only) or `absent`.
- Guardians, parents and relatives are never imported: Flourish is for staff and students.
  Proctors, and administrators' or proctors' class enrollments, give no access here and
  are skipped too. Each skip is counted by reason.
- A student's grade must be 1 to 12 (Student.grade). `grades` "07" and "7" are grade 7;
  with several, the first in range counts. A student whose grades are blank or only
  outside 1 to 12 ("KG", "PK", "13") is skipped as a grade Flourish does not serve, not
  refused: a district's export holds its whole K-12. A grade that is no grade at all
  ("seventh") is a problem.
- A student's school is the first of their orgs that orgs.csv calls a school (in 1.2 the
  primary role's org first); with none, their first org.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path, PurePosixPath
from typing import Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from domain.errors import RosterError

Version = Literal["1.1", "1.2"]
Mode = Literal["bulk", "delta", "absent"]

# A district's bundle is megabytes; these stop a mistaken or hostile file, not a big district.
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_BUNDLE_BYTES = 500 * 1024 * 1024
MAX_MEMBERS = 200
# Deflate packs CSV text about 10:1; a member packed far tighter is a zip bomb.
MAX_RATIO = 200

FILES = ("orgs", "academicSessions", "classes", "users", "roles", "enrollments")
MARKERS = ("manifest.csv", "orgs.csv")

# Columns a row cannot be read without (the spec requires more; those unused are not asked).
REQUIRED: dict[str, tuple[str, ...]] = {
    "orgs": ("sourcedId", "status", "dateLastModified", "name", "type"),
    "academicSessions": ("sourcedId", "status", "dateLastModified", "title", "type"),
    "classes": ("sourcedId", "status", "dateLastModified", "title", "schoolSourcedId"),
    "users": ("sourcedId", "status", "dateLastModified", "givenName", "familyName"),
    "roles": ("sourcedId", "status", "dateLastModified", "userSourcedId", "roleType", "role"),
    "enrollments": (
        "sourcedId",
        "status",
        "dateLastModified",
        "classSourcedId",
        "userSourcedId",
        "role",
    ),
}
REQUIRED_11_USERS = ("role", "orgSourcedIds")
REQUIRED_12_ROLES = ("orgSourcedId",)

STAFF_ROLES = {
    "teacher": "teacher",
    "aide": "aide",
    "counselor": "counselor",
    "administrator": "administrator",
    "principal": "administrator",
    "siteAdministrator": "administrator",
    "districtAdministrator": "administrator",
    "systemAdministrator": "administrator",
}
# Never imported: people who are neither staff nor students.
FAMILY_ROLES = ("guardian", "parent", "relative")
SKIPPED_ROLES = ("proctor",)
USER_ROLES = (*STAFF_ROLES, "student", *FAMILY_ROLES, *SKIPPED_ROLES)
ENROLLMENT_ROLES = ("student", "teacher", "aide")
SKIPPED_ENROLLMENT_ROLES = ("administrator", "proctor", "guardian", "parent", "relative")
STATUSES = ("active", "tobedeleted", "inactive")
# CEDS grade codes outside 1 to 12: a student in them is skipped, not refused.
OTHER_GRADES = frozenset({"IT", "PR", "PK", "TK", "KG", "13", "PS", "UG", "Other", "00", "0"})


class Skip:
    FAMILY = "guardian, parent or relative (never imported)"
    PROCTOR = "proctor (no access in Flourish)"
    GRADE = "student with no grade from 1 to 12"
    DELETED = "enrollment naming a class or user deleted before it was imported"
    ENROLLMENT_ROLE = "enrollment as administrator or proctor"
    SKIPPED_USER = "enrollment of a user skipped above"


@dataclass(frozen=True)
class Org:
    sourced_id: str
    active: bool
    date_last_modified: datetime | None
    name: str
    org_type: str
    identifier: str | None
    parent_id: str | None


@dataclass(frozen=True)
class Term:
    sourced_id: str
    active: bool
    date_last_modified: datetime | None
    title: str
    session_type: str
    start_date: date | None
    end_date: date | None
    parent_id: str | None
    school_year: str | None


@dataclass(frozen=True)
class Section:
    sourced_id: str
    active: bool
    date_last_modified: datetime | None
    title: str
    class_code: str | None
    class_type: str
    school_id: str
    term_ids: list[str]
    grades: list[str]
    where: str = ""


@dataclass(frozen=True)
class Person:
    """A member of staff (`role` a StaffRole value) or a student (`role` "student")."""

    sourced_id: str
    active: bool
    date_last_modified: datetime | None
    role: str
    name: str
    email: str | None
    identifier: str | None
    org_ids: list[str]
    grade: int | None = None
    school_id: str | None = None
    where: str = ""
    # `tobedeleted` (or `inactive`): not only inactive, as a disabled user is.
    deleted: bool = False


@dataclass(frozen=True)
class Membership:
    sourced_id: str
    active: bool
    date_last_modified: datetime | None
    class_id: str
    user_id: str
    role: str
    primary: bool
    begin_date: date | None
    end_date: date | None
    where: str = ""


@dataclass
class Roster:
    version: Version
    modes: dict[str, Mode]
    orgs: list[Org] = field(default_factory=list)
    terms: list[Term] = field(default_factory=list)
    classes: list[Section] = field(default_factory=list)
    staff: list[Person] = field(default_factory=list)
    students: list[Person] = field(default_factory=list)
    enrollments: list[Membership] = field(default_factory=list)
    # Users left out on purpose (guardians...), whose enrollments are skipped with them.
    skipped_users: set[str] = field(default_factory=set)
    skipped: Counter[str] = field(default_factory=Counter)


# Reading the files ---------------------------------------------------------------------


def is_bundle(path: Path) -> bool:
    """A OneRoster bundle: a folder or ZIP holding manifest.csv or orgs.csv."""
    if path.is_dir():
        return any((path / marker).is_file() for marker in MARKERS)
    if path.is_file() and zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            return any(PurePosixPath(n).name in MARKERS for n in archive.namelist())
    return False


def read_bundle(path: Path) -> dict[str, str]:
    """The bundle's CSV files by name ("users.csv": text). Refuses a ZIP whose members
    climb out of it, are links, or unpack to far more than a roster's size."""
    raw = _read_zip(path) if path.is_file() else _read_dir(path)
    return {name: decode(data, name) for name, data in raw.items()}


def _read_dir(path: Path) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    total = 0
    for child in sorted(path.iterdir()):
        if child.suffix.lower() != ".csv" or not child.is_file() or child.is_symlink():
            continue
        size = child.stat().st_size
        total += size
        if size > MAX_FILE_BYTES or total > MAX_BUNDLE_BYTES:
            raise RosterError(f"Nothing was imported: {child.name} is too large for a roster.")
        files[child.name] = child.read_bytes()
    return files


def _read_zip(path: Path) -> dict[str, bytes]:
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as error:
        raise RosterError(f"Nothing was imported: {path.name} is not a readable ZIP.") from error
    files: dict[str, bytes] = {}
    with archive:
        members = archive.infolist()
        if len(members) > MAX_MEMBERS:
            raise RosterError(f"Nothing was imported: {path.name} holds {len(members)} files.")
        total = 0
        for info in members:
            name = info.filename
            parts = PurePosixPath(name.replace("\\", "/")).parts
            if name.startswith(("/", "\\")) or ".." in parts or re.match(r"^[A-Za-z]:", name):
                raise RosterError(f"Nothing was imported: {path.name} has a path '{name}'.")
            if info.is_dir() or not name.lower().endswith(".csv"):
                continue
            # Unix mode bits in external_attr: a symbolic link is S_IFLNK (0o120000).
            if (info.external_attr >> 16) & 0o170000 == 0o120000:
                raise RosterError(f"Nothing was imported: {name} in {path.name} is a link.")
            total += info.file_size
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > MAX_FILE_BYTES or total > MAX_BUNDLE_BYTES or ratio > MAX_RATIO:
                raise RosterError(
                    f"Nothing was imported: {name} in {path.name} unpacks too large for a roster."
                )
            base = PurePosixPath(parts[-1]).name
            if base in files:
                raise RosterError(f"Nothing was imported: {path.name} holds two {base}.")
            with archive.open(info) as member:
                # Read one byte past the declared size: a lying header is caught too.
                data = member.read(info.file_size + 1)
            if len(data) > info.file_size:
                raise RosterError(f"Nothing was imported: {name} in {path.name} is damaged.")
            files[base] = data
    return files


def decode(data: bytes, name: str) -> str:
    """UTF-8 (a BOM dropped) as the spec asks; an SIS writing Windows-1252 is read too."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise RosterError(
                f"Nothing was imported: {name} is not text in an encoding I can read."
            ) from None
        return str(best).lstrip("\ufeff")


# Parsing -------------------------------------------------------------------------------


def _blank_is_none(value: object) -> object:
    return None if isinstance(value, str) and not value.strip() else value


class _Row(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True, extra="ignore")
    # Rows that are being deleted may carry their key and status only (a delta file).
    optional_when_deleted: ClassVar[tuple[str, ...]] = ()

    sourcedId: str
    status: str | None = None
    dateLastModified: datetime | None = None

    @field_validator("sourcedId")
    @classmethod
    def _key(cls, value: str) -> str:
        if not value:
            raise ValueError("blank; every row needs its sourcedId")
        if len(value) > 128:
            raise ValueError("longer than 128 characters")
        return value

    @field_validator("status", mode="before")
    @classmethod
    def _status(cls, value: object) -> object:
        value = _blank_is_none(value)
        if value is None:
            return None
        text = str(value).strip().lower()
        if text not in STATUSES:
            raise ValueError(f"'{value}' is not a OneRoster status (active or tobedeleted)")
        return text

    @field_validator("dateLastModified", mode="before")
    @classmethod
    def _modified(cls, value: object) -> object:
        value = _blank_is_none(value)
        if value is None:
            return None
        try:
            parsed = datetime.fromisoformat(str(value).strip())
        except ValueError:
            raise ValueError(f"'{value}' is not an ISO 8601 date and time") from None
        return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)

    @property
    def active(self) -> bool:
        return self.status in (None, "active")


def _date(value: object) -> object:
    value = _blank_is_none(value)
    if value is None:
        return None
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise ValueError(f"'{value}' is not a date (YYYY-MM-DD)") from None


def _bool(value: object) -> object:
    value = _blank_is_none(value)
    if value is None:
        return None
    text = str(value).strip().lower()
    if text not in ("true", "false"):
        raise ValueError(f"'{value}' is not true or false")
    return text == "true"


def _ids(value: object) -> list[str]:
    value = _blank_is_none(value)
    return [part.strip() for part in str(value).split(",") if part.strip()] if value else []


class OrgRow(_Row):
    name: str = ""
    type: str = ""
    identifier: str | None = None
    parentSourcedId: str | None = None

    _blanks = field_validator("identifier", "parentSourcedId", mode="before")(_blank_is_none)


class SessionRow(_Row):
    title: str = ""
    type: str = ""
    startDate: date | None = None
    endDate: date | None = None
    parentSourcedId: str | None = None
    schoolYear: str | None = None

    _dates = field_validator("startDate", "endDate", mode="before")(_date)
    _blanks = field_validator("parentSourcedId", "schoolYear", mode="before")(_blank_is_none)


class ClassRow(_Row):
    title: str = ""
    classCode: str | None = None
    classType: str | None = None
    schoolSourcedId: str = ""
    termSourcedIds: list[str] = []
    grades: list[str] = []

    _lists = field_validator("termSourcedIds", "grades", mode="before")(_ids)
    _blanks = field_validator("classCode", "classType", mode="before")(_blank_is_none)

    @field_validator("classType")
    @classmethod
    def _class_type(cls, value: str | None) -> str | None:
        if value is not None and value not in ("homeroom", "scheduled"):
            raise ValueError(f"'{value}' is not a OneRoster class type (homeroom or scheduled)")
        return value


class UserRow(_Row):
    enabledUser: bool | None = None
    role: str | None = None
    orgSourcedIds: list[str] = []
    primaryOrgSourcedId: str | None = None
    givenName: str = ""
    familyName: str = ""
    preferredGivenName: str | None = None
    preferredFirstName: str | None = None
    preferredFamilyName: str | None = None
    preferredLastName: str | None = None
    identifier: str | None = None
    email: str | None = None
    grades: list[str] = []

    _enabled = field_validator("enabledUser", mode="before")(_bool)
    _lists = field_validator("orgSourcedIds", "grades", mode="before")(_ids)
    _blanks = field_validator(
        "role",
        "primaryOrgSourcedId",
        "preferredGivenName",
        "preferredFirstName",
        "preferredFamilyName",
        "preferredLastName",
        "identifier",
        "email",
        mode="before",
    )(_blank_is_none)

    @field_validator("role")
    @classmethod
    def _role(cls, value: str | None) -> str | None:
        if value is not None and value not in USER_ROLES:
            raise ValueError(f"'{value}' is not a OneRoster role")
        return value

    @field_validator("email")
    @classmethod
    def _email(cls, value: str | None) -> str | None:
        if value is None:
            return None
        if not re.fullmatch(r"[^@\s,;]+@[^@\s,;]+\.[^@\s,;]+", value) or len(value) > 320:
            raise ValueError(f"'{value}' is not an email address")
        return value.lower()

    @property
    def name(self) -> str:
        given = self.preferredGivenName or self.preferredFirstName or self.givenName
        family = self.preferredFamilyName or self.preferredLastName or self.familyName
        return " ".join(part for part in (given, family) if part)[:200]


class RoleRow(_Row):
    userSourcedId: str = ""
    roleType: str = ""
    role: str = ""
    orgSourcedId: str = ""

    @field_validator("roleType")
    @classmethod
    def _role_type(cls, value: str) -> str:
        if value not in ("primary", "secondary"):
            raise ValueError(f"'{value}' is not a role type (primary or secondary)")
        return value

    @field_validator("role")
    @classmethod
    def _role(cls, value: str) -> str:
        if value not in USER_ROLES:
            raise ValueError(f"'{value}' is not a OneRoster role")
        return value


class EnrollmentRow(_Row):
    classSourcedId: str = ""
    userSourcedId: str = ""
    role: str = ""
    primary: bool | None = None
    beginDate: date | None = None
    endDate: date | None = None

    _primary = field_validator("primary", mode="before")(_bool)
    _dates = field_validator("beginDate", "endDate", mode="before")(_date)

    @field_validator("role")
    @classmethod
    def _role(cls, value: str) -> str:
        if value and value not in (*ENROLLMENT_ROLES, *SKIPPED_ENROLLMENT_ROLES):
            raise ValueError(f"'{value}' is not a OneRoster enrollment role")
        return value


# The values a live row must give (a `tobedeleted` row may leave them blank).
LIVE_FIELDS: dict[str, tuple[str, ...]] = {
    "orgs": ("name", "type"),
    "academicSessions": ("title", "type"),
    "classes": ("title", "schoolSourcedId"),
    "users": ("givenName", "familyName"),
    "roles": ("userSourcedId", "role", "orgSourcedId"),
    "enrollments": ("classSourcedId", "userSourcedId", "role"),
}
MODELS: dict[str, type[_Row]] = {
    "orgs": OrgRow,
    "academicSessions": SessionRow,
    "classes": ClassRow,
    "users": UserRow,
    "roles": RoleRow,
    "enrollments": EnrollmentRow,
}


@dataclass
class _Parsed:
    rows: list[tuple[int, Any]]
    problems: list[str]


def parse_bundle(files: Mapping[str, str]) -> Roster:
    """The roster in `files` (names as in the bundle), or RosterError listing every problem."""
    problems: list[str] = []
    manifest = _manifest(files.get("manifest.csv"), problems)
    version = _version(files, manifest)
    modes: dict[str, Mode] = {}
    for kind in FILES:
        stated = manifest.get(f"file.{kind}")
        if stated is not None and stated not in ("bulk", "delta", "absent"):
            problems.append(f"manifest.csv, file.{kind}: '{stated}' is not bulk, delta or absent")
            stated = None
        present = f"{kind}.csv" in files
        if stated in ("bulk", "delta") and not present:
            problems.append(f"{kind}.csv: the manifest lists it but the bundle does not hold it")
        # A file left out changes nothing: its absence never deactivates a whole kind.
        modes[kind] = "absent" if not present else stated or "bulk"  # type: ignore[assignment]
    needed = ["orgs", "users"] + (["roles"] if version == "1.2" else [])
    for kind in needed:
        if f"{kind}.csv" not in files:
            problems.append(f"{kind}.csv: a OneRoster {version} bundle needs it")
    parsed = {
        kind: _rows(kind, files[f"{kind}.csv"], version, problems)
        for kind in FILES
        if f"{kind}.csv" in files and (kind != "roles" or version == "1.2")
    }
    if problems:
        raise RosterError(_refusal(problems))
    roster = Roster(version=version, modes=modes)
    _build(roster, parsed, problems)
    if problems:
        raise RosterError(_refusal(problems))
    return roster


def _refusal(problems: list[str]) -> str:
    return "Nothing was imported:\n" + "\n".join(f"- {problem}" for problem in problems)


def _manifest(text: str | None, problems: list[str]) -> dict[str, str]:
    if text is None:
        return {}
    reader = csv.DictReader(io.StringIO(text))
    if reader.fieldnames is None or not {"propertyName", "value"} <= set(reader.fieldnames):
        problems.append("manifest.csv line 1: the header must be 'propertyName,value'")
        return {}
    return {
        (row.get("propertyName") or "").strip(): (row.get("value") or "").strip() for row in reader
    }


def _version(files: Mapping[str, str], manifest: Mapping[str, str]) -> Version:
    stated = manifest.get("oneroster.version", "")
    if stated.startswith("1.2"):
        return "1.2"
    if stated.startswith("1.1") or stated.startswith("1.0"):
        return "1.1"
    # No manifest: 1.2 moved users' roles into roles.csv and dropped users.csv's `role`.
    header = next(csv.reader(io.StringIO(files.get("users.csv", ""))), [])
    return "1.2" if "roles.csv" in files or "role" not in header else "1.1"


def _rows(kind: str, text: str, version: Version, problems: list[str]) -> list[tuple[int, Any]]:
    name = f"{kind}.csv"
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    try:
        header = [column.strip() for column in next(reader, [])]
    except csv.Error as error:
        problems.append(f"{name} line 1: {error}")
        return []
    required = list(REQUIRED[kind])
    if kind == "users" and version == "1.1":
        required += REQUIRED_11_USERS
    if kind == "roles":
        required += REQUIRED_12_ROLES
    missing = [column for column in required if column not in header]
    if missing:
        problems.append(f"{name} line 1: missing column {', '.join(repr(c) for c in missing)}")
        return []
    repeated = sorted({column for column in header if header.count(column) > 1 and column})
    if repeated:
        problems.append(f"{name} line 1: column {', '.join(repeated)} appears twice")
        return []
    model = MODELS[kind]
    rows: list[tuple[int, Any]] = []
    seen: dict[str, int] = {}
    line = reader.line_num + 1
    try:
        for values in reader:
            start, line = line, reader.line_num + 1
            if not any(value.strip() for value in values):
                continue
            if len(values) != len(header):
                problems.append(
                    f"{name} line {start}: expected {len(header)} values, found {len(values)}"
                )
                continue
            record = dict(zip(header, values, strict=True))
            row = _validate(model, record, name, start, problems)
            if row is None:
                continue
            if row.sourcedId in seen:
                problems.append(
                    f"{name} line {start}, sourcedId: '{row.sourcedId}' appears also on line "
                    f"{seen[row.sourcedId]}"
                )
                continue
            seen[row.sourcedId] = start
            if row.active:
                blank = [f for f in LIVE_FIELDS[kind] if not getattr(row, f, None)]
                if kind == "users" and version == "1.1" and not getattr(row, "role", None):
                    blank.append("role")
                for column in blank:
                    problems.append(f"{name} line {start}, {column}: blank")
                if blank:
                    continue
            rows.append((start, row))
    except csv.Error as error:
        problems.append(f"{name} line {line}: {error}")
    return rows


def _validate(
    model: type[_Row], record: dict[str, str], name: str, line: int, problems: list[str]
) -> _Row | None:
    try:
        return model.model_validate(record)
    except ValidationError as error:
        for detail in error.errors():
            column = ".".join(str(part) for part in detail["loc"])
            message = str(detail["msg"]).removeprefix("Value error, ")
            problems.append(f"{name} line {line}, {column}: {message}")
        return None


def _build(roster: Roster, parsed: dict[str, list[tuple[int, Any]]], problems: list[str]) -> None:
    org_types: dict[str, str] = {}
    for _, row in parsed.get("orgs", []):
        roster.orgs.append(
            Org(
                row.sourcedId,
                row.active,
                row.dateLastModified,
                row.name or row.sourcedId,
                row.type or "school",
                row.identifier,
                row.parentSourcedId,
            )
        )
        org_types[row.sourcedId] = row.type
    for _, row in parsed.get("academicSessions", []):
        roster.terms.append(
            Term(
                row.sourcedId,
                row.active,
                row.dateLastModified,
                row.title or row.sourcedId,
                row.type or "term",
                row.startDate,
                row.endDate,
                row.parentSourcedId,
                row.schoolYear,
            )
        )
    class_grades: dict[str, list[str]] = {}
    for line, row in parsed.get("classes", []):
        roster.classes.append(
            Section(
                row.sourcedId,
                row.active,
                row.dateLastModified,
                row.title or row.sourcedId,
                row.classCode,
                row.classType or "scheduled",
                row.schoolSourcedId,
                row.termSourcedIds,
                row.grades,
                where=f"classes.csv line {line}",
            )
        )
        class_grades[row.sourcedId] = row.grades
    roles = _roles_by_user(parsed.get("roles", []))
    student_classes: dict[str, list[str]] = {}
    for _, row in parsed.get("enrollments", []):
        if row.role == "student":
            student_classes.setdefault(row.userSourcedId, []).append(row.classSourcedId)
    for line, row in parsed.get("users", []):
        where = f"users.csv line {line}"
        if roster.version == "1.2":
            mine = roles.get(row.sourcedId, [])
            if not mine and row.active:
                problems.append(f"{where}, sourcedId: '{row.sourcedId}' has no role in roles.csv")
                continue
            role = mine[0][0] if mine else None
            orgs = [org for _, org in mine]
            if row.primaryOrgSourcedId and row.primaryOrgSourcedId not in orgs:
                orgs.insert(1 if orgs else 0, row.primaryOrgSourcedId)
        else:
            role, orgs = row.role, row.orgSourcedIds
        if role is None:
            # Being deleted and saying no role: whichever of the two holds the key is
            # deactivated (the sync leaves out the one that does not).
            gone = Person(
                row.sourcedId, False, row.dateLastModified, "", "", None, None, [], deleted=True
            )
            roster.staff.append(replace(gone, role="teacher", where=where))
            roster.students.append(replace(gone, role="student", where=where))
            continue
        if role in FAMILY_ROLES:
            roster.skipped[Skip.FAMILY] += 1
            roster.skipped_users.add(row.sourcedId)
            continue
        if role in SKIPPED_ROLES:
            roster.skipped[Skip.PROCTOR] += 1
            roster.skipped_users.add(row.sourcedId)
            continue
        active = row.active and row.enabledUser is not False
        if role != "student":
            roster.staff.append(
                Person(
                    row.sourcedId,
                    active,
                    row.dateLastModified,
                    STAFF_ROLES[role],
                    row.name or row.sourcedId,
                    row.email,
                    row.identifier,
                    orgs,
                    where=where,
                    deleted=not row.active,
                )
            )
            continue
        grade = _grade(row.grades, where, problems)
        if grade is None:
            grade = _grade_of_classes(student_classes.get(row.sourcedId, []), class_grades)
        if grade is None and row.active:
            roster.skipped[Skip.GRADE] += 1
            roster.skipped_users.add(row.sourcedId)
            continue
        schools = [org for org in orgs if org_types.get(org) == "school"]
        roster.students.append(
            Person(
                row.sourcedId,
                active,
                row.dateLastModified,
                "student",
                row.name or row.sourcedId,
                row.email,
                row.identifier,
                orgs,
                grade=grade,
                school_id=next(iter(schools or orgs), None),
                where=where,
                deleted=not row.active,
            )
        )
    for line, row in parsed.get("enrollments", []):
        if row.role in SKIPPED_ENROLLMENT_ROLES:
            roster.skipped[Skip.ENROLLMENT_ROLE] += 1
            continue
        if row.userSourcedId in roster.skipped_users:
            roster.skipped[Skip.SKIPPED_USER] += 1
            continue
        roster.enrollments.append(
            Membership(
                row.sourcedId,
                row.active,
                row.dateLastModified,
                row.classSourcedId,
                row.userSourcedId,
                row.role or "student",
                bool(row.primary),
                row.beginDate,
                row.endDate,
                where=f"enrollments.csv line {line}",
            )
        )


def _roles_by_user(rows: list[tuple[int, Any]]) -> dict[str, list[tuple[str, str]]]:
    """Each user's (role, org) pairs from 1.2's roles.csv, the primary role first."""
    roles: dict[str, list[tuple[int, str, str]]] = {}
    for line, row in rows:
        if not row.active:
            continue
        rank = 0 if row.roleType == "primary" else 1
        roles.setdefault(row.userSourcedId, []).append(
            (rank * 10**9 + line, row.role, row.orgSourcedId)
        )
    return {user: [(role, org) for _, role, org in sorted(pairs)] for user, pairs in roles.items()}


def _grade(grades: list[str], where: str, problems: list[str]) -> int | None:
    for grade in grades:
        if grade in OTHER_GRADES:
            continue
        if not grade.isdigit():
            problems.append(f"{where}, grades: '{grade}' is not a grade")
            return None
        if 1 <= int(grade) <= 12:
            return int(grade)
    return None


def _grade_of_classes(class_ids: list[str], class_grades: Mapping[str, list[str]]) -> int | None:
    """A student with no grade of their own takes their classes' one grade, if they agree."""
    found = {
        int(g)
        for class_id in class_ids
        for g in class_grades.get(class_id, [])
        if g.isdigit() and 1 <= int(g) <= 12
    }
    return found.pop() if len(found) == 1 else None
