"""A student's record rights end to end: export, delete, export again; the trail; and no
trace of the student's name or words in any table afterwards (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
import re
import stat
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, MetaData, select
from sqlalchemy.orm import Session, sessionmaker
from typer.testing import CliRunner

from domain.access_log import record_view
from domain.curriculum import Level, Skill
from domain.db import unit_of_work
from domain.ingest import ingest_document
from domain.models import (
    AccessLogEntry,
    AccessSurface,
    AuditEvent,
    Badge,
    CheckInAnswer,
    DataEntry,
    ReviewState,
    SkillTarget,
    TeacherCorrection,
    UploadReceipt,
)
from domain.student_records import STUDENT_TEXT_COLUMNS
from flourish.cli import app
from tests.factories import TODAY, add_assessment, add_entry, seed_roster

TRANSCRIPT = b"""Date: 2025-09-18
Teacher: Ms. Rodriguez
Type: Group discussion transcript
---
Ms. Rodriguez: Where do we start?
Eva: I think we should split the research on volcanoes first.
Lucas: I made a plan with three steps, and Eva can check it.
Eva: I agree with Lucas, his plan is clear and tidy.
"""
EVA_TURNS = [
    "I think we should split the research on volcanoes first.",
    "I agree with Lucas, his plan is clear and tidy.",
]
EVA_JOURNAL = "My poster about the glowing lava lamp took four drafts and I kept going."
LUCAS_JOURNAL = "Eva showed me how to use a planner and I tried it all week."


@pytest.fixture
def filed(sessions: sessionmaker[Session]) -> sessionmaker[Session]:
    with unit_of_work(sessions) as session:
        seed_roster(session)
        ingest_document(
            session,
            file_name="eva-and-lucas discussion.txt",
            data=TRANSCRIPT,
            slack_file_id="F0SHARED",
            teacher_id="T001",
            today=TODAY,
        )
        session.add(
            UploadReceipt(
                slack_file_id="F0SHARED",
                slack_user_id="U01RODRIGUEZ",
                channel_id="D01",
                status="filed",
                teacher_id="T001",
                file_name="eva-and-lucas discussion.txt",
                message_text="Eva and Lucas planning",
            )
        )
        session.add(
            UploadReceipt(
                slack_file_id="F0PICKED",
                slack_user_id="U01RODRIGUEZ",
                channel_id="D01",
                status="needs_choice",
                teacher_id="T001",
                file_name="poster notes.txt",
                message_text="for Eva",
                detail="Whose is it: Eva or Lucas?",
                chosen_student_id="S001",
            )
        )
        eva_shared, lucas_shared = session.scalars(
            select(DataEntry).where(DataEntry.source_ref == "F0SHARED").order_by(DataEntry.id)
        ).all()
        assert (eva_shared.student_id, lucas_shared.student_id) == ("S001", "S002")
        journal = add_entry(session, "S001", date(2025, 10, 1), content=EVA_JOURNAL)
        accepted = add_assessment(
            session,
            journal,
            Skill.SELF_MANAGEMENT,
            Level.PROFICIENT,
            state=ReviewState.ACCEPTED,
            quote="took four drafts and I kept going",
        )
        corrected = add_assessment(
            session,
            eva_shared,
            Skill.COLLABORATION,
            Level.DEVELOPING,
            state=ReviewState.CORRECTED,
            quote=EVA_TURNS[1],
        )
        session.add(
            TeacherCorrection(
                assessment_id=corrected.id,
                teacher_id="T001",
                original_level="Emerging",
                corrected_level="Developing",
                justification="Eva builds on Lucas's plan.",
                notes_for_assessor="Eva agreeing with reasons is collaboration.",
            )
        )
        session.add(
            Badge(
                student_id="S001",
                skill=Skill.SELF_MANAGEMENT.value,
                level="Proficient",
                assessment_id=accepted.id,
            )
        )
        session.add(
            SkillTarget(
                student_id="S001",
                skill=Skill.COLLABORATION.value,
                starting_level="Developing",
                target_level="Proficient",
                assigned_by="T001",
            )
        )
        session.add(
            CheckInAnswer(
                student_id="S001",
                teacher_id="T001",
                kind="no_recent_evidence",
                basis="2025-10-01",
                week_start=date(2025, 10, 27),
                answer="checked_in",
            )
        )
        lucas_journal = add_entry(session, "S002", date(2025, 10, 2), content=LUCAS_JOURNAL)
        add_assessment(
            session,
            lucas_journal,
            Skill.ORGANIZATION,
            Level.DEVELOPING,
            quote="I tried it all week",
        )
        add_assessment(
            session,
            lucas_shared,
            Skill.PLANNING_PRIORITIZATION,
            Level.PROFICIENT,
            quote="I made a plan with three steps, and Eva can check it.",
        )
        record_view(session, "T001", AccessSurface.PROGRESS, "S001")
    return sessions


def run(db_url: str, *args: str) -> Any:
    return CliRunner().invoke(app, list(args), env={"DATABASE_URL": db_url, "COLUMNS": "200"})


def everything(engine: Engine) -> list[tuple[str, str, str]]:
    """(table, column, value as text) for every non-null value of every table: reflected, so
    a table or column added later is read too."""
    metadata = MetaData()
    metadata.reflect(engine)
    found = []
    with engine.connect() as connection:
        for table in metadata.sorted_tables:
            for row in connection.execute(table.select()).mappings():
                for column, value in row.items():
                    if value is None:
                        continue
                    text = value if isinstance(value, str) else json.dumps(value, default=str)
                    found.append((table.name, column, text))
    return found


def traces(engine: Engine, needles: list[str]) -> list[tuple[str, str, str]]:
    words = [re.compile(rf"(?<!\w){re.escape(n)}(?!\w)", re.IGNORECASE) for n in needles]
    return [
        (table, column, text)
        for table, column, text in everything(engine)
        if any(word.search(text) for word in words)
    ]


def test_export_delete_export_again(
    filed: sessionmaker[Session], engine: Engine, db_url: str, tmp_path: Path
) -> None:
    out = tmp_path / "export"
    first = run(db_url, "student", "export", "S001", "--out", str(out), "--as", "admin:ana")
    assert first.exit_code == 0, first.output
    document = json.loads((out / "S001-default.json").read_text())
    assert document["student"]["name"] == "Eva"
    texts = {entry["text"]: entry["text_is"] for entry in document["entries"]}
    # Of the shared transcript, Eva's own turns only: Lucas's words are not hers to take.
    assert texts == {"\n".join(EVA_TURNS): "own_turns", EVA_JOURNAL: "whole_document"}
    assert "three steps" not in json.dumps(document)
    assert [b["skill"] for b in document["badges"]] == ["Self-Management"]
    assert [t["target_level"] for t in document["targets"]] == ["Proficient"]
    assert len(document["check_ins"]) == 1
    assert {v["review_state"] for v in document["validations"]} == {"accepted", "corrected"}
    assert document["corrections"][0]["notes_for_assessor"].startswith("Eva agreeing")
    # The export's own view and audit event are in the document it wrote.
    assert [(a["viewer"], a["surface"]) for a in document["access_log"]] == [
        ("T001", "progress"),
        ("admin:ana", "export"),
    ]
    assert [e["action"] for e in document["audit_events"]] == ["student_exported"]
    for path in out.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    html = (out / "S001-default.html").read_text()
    assert html.index("Strengths") < html.index("Badges earned") < html.index("Growing next")
    assert html.index("Self-Management") < html.index("Collaboration")
    assert "three steps" not in html
    for deficit in ("struggl", "weak", "fail", "below", "lack", "poor"):
        assert deficit not in html.lower()

    dry = run(db_url, "student", "delete", "S001")
    assert dry.exit_code == 1
    assert "--confirm" in dry.output
    with filed() as session:
        assert session.scalar(select(DataEntry.id).where(DataEntry.student_id == "S001"))

    # What deletion is told to clear names real columns (a rename would leave one behind).
    metadata = MetaData()
    metadata.reflect(engine)
    reflected = {(t.name, c.name) for t in metadata.tables.values() for c in t.columns}
    assert set(STUDENT_TEXT_COLUMNS) <= reflected
    needles = ["Eva", *EVA_TURNS, EVA_JOURNAL, "took four drafts", "volcanoes"]
    before = {(table, column) for table, column, _ in traces(engine, needles)}
    assert {
        ("students", "name"),
        ("data_entries", "content"),
        ("upload_receipts", "detail"),
    } < before
    gone = run(db_url, "student", "delete", "S001", "--confirm", "--as", "admin:ana")
    assert gone.exit_code == 0, gone.output

    again = run(db_url, "student", "export", "S001", "--out", str(tmp_path / "again"))
    assert again.exit_code == 1
    assert "nothing is held" in again.output
    assert not (tmp_path / "again").exists()

    trail = run(db_url, "audit", "S001", "--json")
    assert trail.exit_code == 0, trail.output
    logged = json.loads(trail.output)
    assert [(v["viewer"], v["surface"]) for v in logged["access_log"]] == [
        ("T001", "progress"),
        ("admin:ana", "export"),
    ]
    actions = [(e["action"], e["actor"]) for e in logged["audit_events"]]
    assert actions == [("student_exported", "admin:ana"), ("student_deleted", "admin:ana")]
    deleted = logged["audit_events"][1]["detail"]
    assert deleted["entries"] == 2 and deleted["assessments"] == 2 and deleted["badges"] == 1
    assert set(deleted) - {"handle"} <= {
        "entries",
        "assessments",
        "corrections",
        "badges",
        "targets",
        "check_ins",
        "enrollments",
        "shared_entries_redacted",
        "upload_receipts_cleared",
    }
    assert all(isinstance(value, int) for key, value in deleted.items() if key != "handle")

    # Nothing of Eva remains anywhere: not her name, not a word she said or wrote.
    assert traces(engine, needles) == []
    with filed() as session:
        assert session.scalars(select(AuditEvent.action)).all() == [
            "student_exported",
            "student_deleted",
        ]
        assert session.scalar(select(AccessLogEntry.id).where(AccessLogEntry.student_id == "S001"))
        lucas = session.scalars(
            select(DataEntry).where(DataEntry.student_id == "S002").order_by(DataEntry.id)
        ).all()
        # Lucas keeps his own words, with Eva's name replaced.
        assert lucas[0].content == "I made a plan with three steps, and [classmate] can check it."
        assert (
            lucas[1].content
            == "[classmate] showed me how to use a planner and I tried it all week."
        )
        assert "spans" not in lucas[0].entry_metadata


def test_a_handle_two_schools_use_needs_the_school(
    sessions: sessionmaker[Session], db_url: str
) -> None:
    from domain.models import School, Student

    with unit_of_work(sessions) as session:
        session.add_all([School(id="north", name="North"), School(id="south", name="South")])
        session.flush()
        session.add_all(
            [
                Student(id="k-north-1", handle="S001", school_id="north", name="Ada", grade=7),
                Student(id="k-south-1", handle="S001", school_id="south", name="Bo", grade=7),
            ]
        )
    result = run(db_url, "student", "delete", "S001")
    assert result.exit_code == 1
    assert "--school" in result.output
    result = run(db_url, "student", "delete", "S001", "--school", "south")
    assert "Would delete S001" in result.output
    result = run(db_url, "student", "delete", "k-north-1", "--confirm")
    assert result.exit_code == 0, result.output
    with sessions() as session:
        assert session.scalars(select(Student.id)).all() == ["k-south-1"]


def test_delete_after_a_retention_purge(
    filed: sessionmaker[Session], engine: Engine, db_url: str
) -> None:
    from datetime import UTC, datetime, timedelta

    from sqlalchemy import update

    from domain.retention import purge_expired

    now = datetime(2026, 12, 2, tzinfo=UTC)
    with unit_of_work(filed) as session:
        session.execute(
            update(DataEntry).values(created_at=now - timedelta(days=500), status="assessed")
        )
    assert purge_expired(filed, now, 365).entries == 4
    gone = run(db_url, "student", "delete", "S001", "--confirm")
    assert gone.exit_code == 0, gone.output
    assert traces(engine, ["Eva", *EVA_TURNS, EVA_JOURNAL]) == []
    with filed() as session:
        # Lucas's purged copies stay purged: no words put back by the redaction.
        assert session.scalars(select(DataEntry.content)).all() == [None, None]
