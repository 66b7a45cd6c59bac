"""OneRoster 1.1 and 1.2 bundles: read as an SIS writes them, synced, never deleted.

The bundles are written by tests/oneroster_bundle.py; access is read through the one rule
(domain/access.py), and the CLI runs as a real process on a real database.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from domain.access import Viewer, may_act, may_see, students_of
from domain.errors import RosterError
from domain.models import (
    AcademicSession,
    AuditEvent,
    Enrollment,
    School,
    SchoolClass,
    Student,
    Teacher,
)
from domain.oneroster import Skip, parse_bundle, read_bundle
from domain.roster import RosterFile, import_roster
from domain.roster_sync import SyncReport, sync_roster
from tests.factories import STUDENTS_CSV, TEACHERS_CSV
from tests.oneroster_bundle import District, Enroll, User, first_term, second_term

ROOT = Path(__file__).resolve().parent.parent
VERSIONS = ["1.1", "1.2"]


def sync(session: Session, district: District, version: str) -> SyncReport:
    report = sync_roster(session, parse_bundle(district.files(version)), actor="tester")
    session.commit()
    return report


def seen_by(session: Session, teacher: str) -> set[str]:
    return set(session.scalars(students_of(teacher)))


def handle(session: Session, key: str) -> str:
    student = session.get(Student, key)
    assert student is not None
    return student.handle


def table_counts(session: Session) -> tuple[int, ...]:
    models = (School, AcademicSession, SchoolClass, Teacher, Student, Enrollment, AuditEvent)
    return tuple(session.scalar(select(func.count()).select_from(m)) or 0 for m in models)


@pytest.mark.parametrize("version", VERSIONS)
def test_first_import_brings_the_district_in(session: Session, version: str) -> None:
    report = sync(session, first_term(), version)

    assert report.version == version
    counts = {kind: c.created for kind, c in report.counts.items()}
    # A class and a student `tobedeleted` that were never imported are left out.
    assert counts == {
        "schools": 3,
        "sessions": 2,
        "classes": 5,
        "staff": 7,
        "students": 4,
        "enrollments": 14,
    }
    assert report.skipped == {
        Skip.FAMILY: 1,
        Skip.PROCTOR: 1,
        Skip.GRADE: 1,
        Skip.ENROLLMENT_ROLE: 1,
        Skip.SKIPPED_USER: 1,
    }
    # Never imported: the guardian, the proctor, the kindergartner, the deleted student
    # (whose enrollment names nobody here).
    for key in ("par-ava", "pro-1", "stu-kim"):
        assert session.get(Teacher, key) is None and session.get(Student, key) is None
    assert session.get(Student, "stu-gone") is None
    assert session.get(SchoolClass, "cls-old") is None

    ava = session.get(Student, "stu-ava")
    assert ava is not None
    assert (ava.handle, ava.school_id, ava.grade, ava.name) == (
        "S1001",
        "sch-north",
        7,
        "Ava Stone",
    )
    assert ava.date_last_modified is not None and ava.date_last_modified.year == 2026
    # Same identifier, other school: the same handle is free there.
    assert handle(session, "stu-dee") == "S1001"
    # No grade of their own (ELA 7's), an identifier that is no handle: numbered.
    cy = session.get(Student, "stu-cy")
    assert cy is not None and (cy.grade, cy.handle) == (7, "S001")
    assert handle(session, "stu-bo") == "S1002"  # and no email: fine

    staff = {t.id: t for t in session.scalars(select(Teacher))}
    assert {k: (t.handle, t.role) for k, t in staff.items()} == {
        "tch-ana": ("T101", "teacher"),
        "tch-ben": ("T102", "teacher"),
        "tch-cara": ("T001", "teacher"),
        "tch-dev": ("T104", "teacher"),
        "aide-eli": ("T105", "aide"),
        "tch-fay": ("T106", "teacher"),
        "adm-gus": ("T107", "administrator"),
    }
    assert staff["tch-dev"].email is None
    assert staff["tch-ana"].email == "ana@north.example"

    # Co-taught ELA 7: both teachers see its three students; Ava is in three classes.
    assert seen_by(session, "tch-ana") == {"stu-ava", "stu-bo", "stu-cy"}
    assert seen_by(session, "tch-ben") == {"stu-ava", "stu-bo", "stu-cy"}
    assert seen_by(session, "tch-cara") == {"stu-ava"}
    assert seen_by(session, "tch-dev") == {"stu-ava"}
    assert seen_by(session, "tch-fay") == {"stu-dee"}
    # The aide sees, and does not act; the administrator's class enrollment was skipped.
    assert may_see(session, Viewer("aide-eli"), "stu-ava")
    assert not may_act(session, Viewer("aide-eli"), "stu-ava")
    assert seen_by(session, "adm-gus") == set()
    homeroom = session.get(SchoolClass, "cls-hr7")
    assert homeroom is not None and homeroom.class_type == "homeroom"
    assert homeroom.session_ids == ["term-fall"]

    audit = session.scalars(select(AuditEvent)).one()
    assert (audit.action, audit.actor) == ("roster_imported", "tester")
    assert audit.detail["students"]["created"] == 4
    assert "Ava" not in str(audit.detail)  # counts, never names


@pytest.mark.parametrize("version", VERSIONS)
def test_reimport_deactivates_what_left_and_deletes_nothing(session: Session, version: str) -> None:
    sync(session, first_term(), version)
    handles = {s.id: s.handle for s in session.scalars(select(Student))}
    before = table_counts(session)

    report = sync(session, second_term(), version)

    assert report.counts["staff"].deactivated == 2  # Ben gone, Cara tobedeleted
    assert report.counts["enrollments"].deactivated == 2  # Ben's, and Ava's Art
    assert report.counts["students"].deactivated == 0
    assert report.counts["students"].unchanged == 4
    # Nothing deleted: one more audit event is all that is new.
    assert table_counts(session)[:-1] == before[:-1]
    assert {s.id: s.handle for s in session.scalars(select(Student))} == handles
    ben = session.get(Teacher, "tch-ben")
    assert ben is not None and not ben.active and ben.deactivated_at is not None
    cara = session.get(Teacher, "tch-cara")
    assert cara is not None and not cara.active

    assert seen_by(session, "tch-ben") == set()
    assert seen_by(session, "tch-cara") == set()
    # The co-teacher who stayed keeps the class; Ava left Art, so Dev no longer sees her.
    assert seen_by(session, "tch-ana") == {"stu-ava", "stu-bo", "stu-cy"}
    assert seen_by(session, "tch-dev") == set()
    assert may_see(session, Viewer("aide-eli"), "stu-ava")

    # Back in the next export: active again, with the same handle.
    report = sync(session, first_term(), version)
    assert report.counts["staff"].updated == 2
    assert report.counts["enrollments"].updated == 2
    ben = session.get(Teacher, "tch-ben")
    assert ben is not None and ben.active and ben.deactivated_at is None
    assert seen_by(session, "tch-dev") == {"stu-ava"}
    assert session.scalar(select(func.count()).select_from(AuditEvent)) == 3


@pytest.mark.parametrize("version", VERSIONS)
def test_the_same_export_again_changes_nothing(session: Session, version: str) -> None:
    sync(session, first_term(), version)
    report = sync(session, first_term(), version)
    assert all(c.created == c.updated == c.deactivated == 0 for c in report.counts.values())
    assert report.counts["students"].unchanged == 4


def test_a_new_student_never_takes_a_handle_an_identifier_asks_for(session: Session) -> None:
    district = first_term()
    sync(session, district, "1.1")
    # Next term: two newcomers, one numbered (listed first), one whose identifier is 002.
    district.users.insert(0, User("stu-new", "student", "Ned", "Ray", ("sch-north",), grades="7"))
    district.users.append(
        User("stu-two", "student", "Tia", "Ray", ("sch-north",), "002", grades="7")
    )
    sync(session, district, "1.1")
    assert handle(session, "stu-two") == "S002"
    assert handle(session, "stu-new") == "S003"  # S001 is Cy's
    assert handle(session, "stu-cy") == "S001"


def test_the_simple_form_is_left_alone_by_a_sync(session: Session) -> None:
    import_roster(
        session,
        [RosterFile("teachers.csv", TEACHERS_CSV), RosterFile("students.csv", STUDENTS_CSV)],
    )
    session.commit()
    before = seen_by(session, "T001")
    sync(session, first_term(), "1.2")
    sync(session, second_term(), "1.2")
    assert seen_by(session, "T001") == before != set()
    assert all(t.active for t in session.scalars(select(Teacher).where(Teacher.id.like("T0%"))))
    # And the simple form still imports beside a OneRoster district.
    result = import_roster(session, [RosterFile("students.csv", STUDENTS_CSV)])
    assert result.students.unchanged == 4


def test_a_simple_form_id_a_sync_numbered_is_refused_clearly(session: Session) -> None:
    sync(session, first_term(), "1.1")  # Cara's identifier is no handle: she is T001
    with pytest.raises(RosterError, match="teacher id T001 is already the handle of tch-cara"):
        import_roster(session, [RosterFile("teachers.csv", TEACHERS_CSV)])


def _replace_line(text: str, old: str, new: str) -> str:
    assert old in text
    return text.replace(old, new, 1)


def test_a_bad_bundle_says_every_problem_and_imports_nothing(session: Session) -> None:
    files = first_term().files("1.1")
    files["users.csv"] = _replace_line(files["users.csv"], ",teacher,tch-ben,", ",wizard,tch-ben,")
    ana_row = next(line for line in files["users.csv"].splitlines() if line.startswith("tch-ana"))
    files["users.csv"] += ana_row + "\r\n"
    files["orgs.csv"] = files["orgs.csv"].replace(",type,", ",kind,", 1)
    files["enrollments.csv"] = _replace_line(
        files["enrollments.csv"], "2026-08-20T12:00:00.000Z,cls-art", "last week,cls-art"
    )
    with pytest.raises(RosterError) as raised:
        sync_roster(session, parse_bundle(files), actor="tester")
    lines = str(raised.value).splitlines()
    assert lines[0] == "Nothing was imported:"
    assert "- orgs.csv line 1: missing column 'type'" in lines
    assert "- users.csv line 3, role: 'wizard' is not a OneRoster role" in lines
    assert "- users.csv line 17, sourcedId: 'tch-ana' appears also on line 2" in lines
    assert any(
        line.startswith("- enrollments.csv line 6, dateLastModified: 'last week'") for line in lines
    )
    assert len(lines) == 5
    session.rollback()
    assert table_counts(session) == (0,) * 7


def test_references_and_emails_are_checked_before_anything_is_written(session: Session) -> None:
    import_roster(session, [RosterFile("teachers.csv", TEACHERS_CSV)])
    session.commit()
    files = first_term().files("1.2")
    files["enrollments.csv"] = files["enrollments.csv"].replace(
        "cls-math6,sch-south,stu-dee", "cls-gym,sch-south,stu-dee"
    )
    files["users.csv"] = files["users.csv"].replace("fay@south.example", "rodriguez@school.example")
    files["users.csv"] = files["users.csv"].replace("ben@north.example", "ana@north.example")
    files["classes.csv"] = files["classes.csv"].replace(
        "scheduled,,sch-south", "scheduled,,sch-east"
    )
    with pytest.raises(RosterError) as raised:
        sync_roster(session, parse_bundle(files), actor="tester")
    message = str(raised.value)
    assert "enrollments.csv line 16, classSourcedId: 'cls-gym' is no class" in message
    assert "classes.csv line 6, schoolSourcedId: 'sch-east' is in no orgs.csv row" in message
    assert "users.csv line 3, email: 'ana@north.example' is also on users.csv line 2" in message
    assert "email: 'rodriguez@school.example' already belongs to T001" in message
    session.rollback()
    assert session.get(Teacher, "tch-ana") is None


def test_a_delta_file_deactivates_only_what_it_marks(session: Session) -> None:
    sync(session, first_term(), "1.1")
    files = first_term().files("1.1")
    for kind in ("users", "enrollments"):
        files["manifest.csv"] = files["manifest.csv"].replace(f"{kind},bulk", f"{kind},delta")
    # A delta lists what changed: Cara is being deleted, no enrollment changed.
    files["enrollments.csv"] = files["enrollments.csv"].splitlines()[0] + "\r\n"
    header, *rows = files["users.csv"].splitlines()
    cara = next(row for row in rows if row.startswith("tch-cara"))
    files["users.csv"] = "\r\n".join([header, cara.replace(",active,", ",tobedeleted,")]) + "\r\n"
    report = sync_roster(session, parse_bundle(files), actor="tester")
    assert report.counts["staff"].deactivated == 1
    assert {t.id for t in session.scalars(select(Teacher).where(~Teacher.active))} == {"tch-cara"}
    assert all(s.active for s in session.scalars(select(Student)))


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_a_zip_reads_like_a_folder_and_tricks_are_refused(tmp_path: Path) -> None:
    district = first_term()
    folder = read_bundle(district.write(tmp_path / "bundle", "1.2"))
    zipped = read_bundle(district.write_zip(tmp_path / "bundle.zip", "1.2"))
    assert zipped == folder and "roles.csv" in zipped
    # A BOM, as spreadsheet programs write it, is not part of the first column's name.
    bom = {n: b"\xef\xbb\xbf" + t.encode() for n, t in district.files("1.1").items()}
    assert parse_bundle(read_bundle(_zip(tmp_path / "bom.zip", bom))).version == "1.1"

    climbing = _zip(tmp_path / "climb.zip", {"../orgs.csv": b"x", "users.csv": b"x"})
    with pytest.raises(RosterError, match=r"has a path '\.\./orgs\.csv'"):
        read_bundle(climbing)
    bomb = _zip(tmp_path / "bomb.zip", {"orgs.csv": b"0" * 50_000_000})
    with pytest.raises(RosterError, match="unpacks too large"):
        read_bundle(bomb)
    (tmp_path / "notzip.zip").write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(RosterError, match="not a readable ZIP"):
        read_bundle(tmp_path / "notzip.zip")


def run(args: list[str], db_url: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DATABASE_URL": db_url, "COLUMNS": "200"}
    return subprocess.run(
        [sys.executable, "-m", "flourish.cli", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_the_command_imports_a_zip_then_a_folder_and_says_what_changed(
    db_url: str, tmp_path: Path
) -> None:
    # The simple CSV form, as before, beside the district.
    roster = ROOT / "mock_data" / "roster"
    simple = run(
        ["roster", "import", str(roster / "teachers.csv"), str(roster / "students.csv")],
        db_url,
        tmp_path,
    )
    assert simple.returncode == 0, simple.stderr
    assert "Roster students: 4 added" in simple.stdout
    first = run(
        ["roster", "import", str(first_term().write_zip(tmp_path / "fall.zip", "1.1"))],
        db_url,
        tmp_path,
    )
    assert first.returncode == 0, first.stderr
    assert "OneRoster 1.1 roster imported." in first.stdout
    assert "Students: 4 created, 0 updated, 0 deactivated, 0 unchanged." in first.stdout
    assert f"Skipped 1: {Skip.FAMILY}." in first.stdout
    second = run(
        ["roster", "import", str(second_term().write(tmp_path / "winter", "1.1"))],
        db_url,
        tmp_path,
    )
    assert second.returncode == 0, second.stderr
    assert "Staff: 0 created, 0 updated, 2 deactivated, 5 unchanged." in second.stdout
    assert "Enrollments: 0 created, 0 updated, 2 deactivated, 12 unchanged." in second.stdout

    broken = first_term().write(tmp_path / "broken", "1.1")
    users = (broken / "users.csv").read_text()
    (broken / "users.csv").write_text(users.replace(",teacher,tch-dev,", ",wizard,tch-dev,"))
    refused = run(["roster", "import", str(broken)], db_url, tmp_path)
    assert refused.returncode == 1
    assert "users.csv line 5, role: 'wizard' is not a OneRoster role" in refused.stderr
    assert "Traceback" not in refused.stderr

    again = run(["roster", "import", str(roster / "students.csv")], db_url, tmp_path)
    assert "Roster students: 0 added, 0 updated, 4 unchanged." in again.stdout, again.stderr
    mixed = run(["roster", "import", str(broken), str(roster / "teachers.csv")], db_url, tmp_path)
    assert mixed.returncode == 1 and "not both" in mixed.stderr


def test_an_unreadable_encoding_is_read_as_what_it_is(tmp_path: Path) -> None:
    files = first_term().files("1.1")
    files["users.csv"] = files["users.csv"].replace("Alvarez", "Álvarez")
    folder = tmp_path / "latin"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_bytes(text.encode("cp1252"))
    roster = parse_bundle(read_bundle(folder))
    assert any(p.name == "Ana Álvarez" for p in roster.staff)


def test_a_delta_deletion_with_only_its_key_keeps_what_is_stored(session: Session) -> None:
    sync(session, first_term(), "1.1")
    files = first_term().files("1.1")
    files["manifest.csv"] = files["manifest.csv"].replace("file.users,bulk", "file.users,delta")
    files["manifest.csv"] = files["manifest.csv"].replace(
        "file.enrollments,bulk", "file.enrollments,delta"
    )
    header = files["users.csv"].splitlines()[0]
    files["users.csv"] = f"{header}\r\ntch-ana,tobedeleted,,,,,,,,,,,,,,,,\r\n"
    files["enrollments.csv"] = files["enrollments.csv"].splitlines()[0] + "\r\n"
    sync_roster(session, parse_bundle(files), actor="tester")
    ana = session.get(Teacher, "tch-ana")
    assert ana is not None and not ana.active
    assert (ana.name, ana.handle, ana.email) == ("Ana Alvarez", "T101", "ana@north.example")
    assert ana.date_last_modified is not None  # the stored one, kept


def test_a_student_moving_school_keeps_their_handle_when_it_is_free_there(
    session: Session,
) -> None:
    sync(session, first_term(), "1.2")
    district = first_term()
    district.users = [
        replace(u, orgs=("sch-south",)) if u.key in ("stu-ava", "stu-bo") else u
        for u in district.users
    ]
    sync(session, district, "1.2")
    bo = session.get(Student, "stu-bo")
    assert bo is not None and (bo.school_id, bo.handle) == ("sch-south", "S1002")
    # Dee is S1001 at South: Ava is numbered there.
    ava = session.get(Student, "stu-ava")
    assert ava is not None and (ava.school_id, ava.handle) == ("sch-south", "S001")


def test_a_re_keyed_enrollment_updates_the_row_holding_the_pair(session: Session) -> None:
    sync(session, first_term(), "1.1")
    district = first_term()
    district.enrollments = [
        replace(e, key="e-ava-ela7-new") if e.key == "e-ava-ela7" else e
        for e in district.enrollments
    ]
    report = sync(session, district, "1.1")
    assert report.counts["enrollments"].created == 0
    assert session.get(Enrollment, "e-ava-ela7") is not None
    assert "stu-ava" in seen_by(session, "tch-ana")


@pytest.mark.parametrize("version", VERSIONS)
def test_without_a_manifest_the_columns_say_the_version(version: str) -> None:
    files = first_term().files(version)
    del files["manifest.csv"]
    assert parse_bundle(files).version == version


def test_a_disabled_user_is_deactivated_and_a_counselor_is_one(session: Session) -> None:
    files = first_term().files("1.2")
    header, *rows = files["users.csv"].splitlines()
    files["users.csv"] = "\r\n".join(
        [header]
        + [
            row.replace(",true,", ",false,", 1) if row.startswith("tch-dev,") else row
            for row in rows
        ]
    )
    files["roles.csv"] = files["roles.csv"].replace(
        "tch-fay,primary,teacher", "tch-fay,primary,counselor"
    )
    sync_roster(session, parse_bundle(files), actor="tester")
    dev = session.get(Teacher, "tch-dev")
    assert dev is not None and not dev.active and dev.deactivated_at is not None
    assert seen_by(session, "tch-dev") == set()
    fay = session.get(Teacher, "tch-fay")
    assert fay is not None and fay.role == "counselor"


def test_an_enrollment_of_someone_deleted_before_they_were_imported_is_skipped(
    session: Session,
) -> None:
    district = first_term()
    district.enrollments.append(Enroll("e-gone-art", "cls-art", "sch-north", "stu-gone", "student"))
    report = sync(session, district, "1.1")
    assert report.skipped[Skip.DELETED] == 1
    assert session.get(Enrollment, "e-gone-art") is None
