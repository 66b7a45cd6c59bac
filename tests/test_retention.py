"""Evidence retention: old evidence loses its words, validated levels stay (or go, when so
configured), every surface copes with a purged item, and two runs at once purge once."""

from __future__ import annotations

import json
import threading
from datetime import UTC, date, datetime, timedelta

import pytest
from apscheduler.schedulers.background import BackgroundScheduler
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from typer.testing import CliRunner

from bot.payloads import CorrectionMetadata, EntryMessage
from bot.review_blocks import entry_review_message
from bot.review_modals import correction_modal, details_modal
from domain.access import Viewer
from domain.curriculum import EntryType, Level, Skill
from domain.db import unit_of_work
from domain.entry_review import entry_review
from domain.errors import InvalidInput
from domain.examples import select_examples
from domain.models import (
    Assessment,
    AuditEvent,
    Badge,
    DataEntry,
    ReviewState,
    TeacherCorrection,
    UploadReceipt,
    utcnow,
)
from domain.retention import purge_expired
from domain.student_records import export_student, find_student
from domain.undo import undo
from flourish.cli import app
from flourish.scheduler import RETENTION_JOB, add_retention_job
from flourish.settings import Settings
from tests.factories import add_assessment, add_entry, seed_roster
from tests.slack_harness import wait_for

NOW = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)
OLD = NOW - timedelta(days=400)
RECENT = NOW - timedelta(days=10)
OLD_WORDS = "I kept my planner open every single morning this spring."


@pytest.fixture
def held(sessions: sessionmaker[Session]) -> dict[str, int]:
    """An old entry of Eva's with an accepted, a corrected, a pending and a dismissed item;
    a recent one; an old one still waiting for the assessor."""
    with unit_of_work(sessions) as session:
        seed_roster(session)
        old = add_entry(session, "S001", date(2025, 9, 1), content=OLD_WORDS)
        old.created_at, old.status, old.source_ref = OLD, "assessed", "F0OLD"
        old.source_kind = "slack_file"
        session.add(
            UploadReceipt(
                slack_file_id="F0OLD",
                slack_user_id="U01RODRIGUEZ",
                channel_id="D01",
                status="filed",
                message_text="Eva's planner",
            )
        )
        accepted = add_assessment(
            session,
            old,
            Skill.ORGANIZATION,
            Level.PROFICIENT,
            state=ReviewState.ACCEPTED,
            quote="kept my planner open",
        )
        corrected = add_assessment(
            session,
            old,
            Skill.SELF_MANAGEMENT,
            Level.DEVELOPING,
            state=ReviewState.CORRECTED,
            quote="every single morning",
        )
        session.add(
            TeacherCorrection(
                assessment_id=corrected.id,
                teacher_id="T001",
                original_level="Emerging",
                corrected_level="Developing",
                justification="Eva plans daily.",
                notes_for_assessor="Daily routines count.",
            )
        )
        add_assessment(session, old, Skill.TASK_INITIATION, Level.DEVELOPING, quote="morning")
        add_assessment(
            session,
            old,
            Skill.CREATIVITY_INNOVATION,
            Level.EMERGING,
            state=ReviewState.DISMISSED,
            quote="this spring",
        )
        session.add(
            Badge(
                student_id="S001",
                skill="Organization",
                level="Proficient",
                assessment_id=accepted.id,
            )
        )
        recent = add_entry(session, "S001", date(2026, 11, 20), content="Recent words.")
        recent.created_at, recent.status = RECENT, "assessed"
        add_assessment(
            session,
            recent,
            Skill.COLLABORATION,
            Level.ADVANCED,
            state=ReviewState.ACCEPTED,
            quote="Recent words.",
        )
        waiting = add_entry(session, "S002", date(2025, 9, 2), content="Not yet assessed.")
        waiting.created_at = OLD
        ids = {
            "old": old.id,
            "recent": recent.id,
            "waiting": waiting.id,
            "accepted": accepted.id,
            "corrected": corrected.id,
        }
    return ids


def count(session: Session, model: type) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def test_keeping_levels_purges_the_words_and_keeps_what_teachers_validated(
    sessions: sessionmaker[Session], held: dict[str, int]
) -> None:
    report = purge_expired(sessions, NOW, 365)
    assert (report.entries, report.assessments_kept, report.assessments_removed) == (1, 2, 2)
    with sessions() as session:
        old = session.get_one(DataEntry, held["old"])
        assert (old.content, old.student_turns, old.purged_at) == (None, None, NOW)
        assert old.entry_metadata == {}
        kept = session.scalars(
            select(Assessment).where(Assessment.entry_id == old.id).order_by(Assessment.id)
        ).all()
        assert [(a.skill, a.level, a.review_state) for a in kept] == [
            ("Organization", "Proficient", "accepted"),
            ("Self-Management", "Developing", "corrected"),
        ]
        assert all(a.evidence_quote is None and a.justification is None for a in kept)
        correction = session.scalars(select(TeacherCorrection)).one()
        assert (correction.justification, correction.notes_for_assessor) == (None, None)
        assert correction.corrected_level == "Developing"
        assert session.scalars(select(Badge.assessment_id)).one() == held["accepted"]
        assert session.get_one(UploadReceipt, "F0OLD").message_text is None
        # The recent entry and the one still waiting are as they were.
        assert session.get_one(DataEntry, held["recent"]).content == "Recent words."
        assert session.get_one(DataEntry, held["waiting"]).content == "Not yet assessed."
        events = session.scalars(select(AuditEvent)).all()
        assert [(e.action, e.student_id, e.actor) for e in events] == [
            ("evidence_purged", "S001", "retention")
        ]
        assert events[0].detail == {
            "entries": 1,
            "assessments_kept": 2,
            "assessments_removed": 2,
            "days": 365,
        }
    # Again: nothing left to purge, nothing counted twice.
    again = purge_expired(sessions, NOW, 365)
    assert again.entries == 0
    with sessions() as session:
        assert count(session, AuditEvent) == 1


def test_without_levels_kept_the_entries_and_assessments_go(
    sessions: sessionmaker[Session], held: dict[str, int]
) -> None:
    report = purge_expired(sessions, NOW, 365, keep_levels=False)
    assert (report.entries, report.assessments_kept, report.assessments_removed) == (1, 0, 4)
    with sessions() as session:
        assert session.get(DataEntry, held["old"]) is None
        assert count(session, TeacherCorrection) == 0
        # The badge was earned; it stays, no longer pointing at an assessment.
        assert session.scalars(select(Badge.assessment_id)).one() is None
        assert session.get_one(DataEntry, held["recent"]).content == "Recent words."


def test_every_surface_copes_with_a_purged_item(
    sessions: sessionmaker[Session], held: dict[str, int]
) -> None:
    purge_expired(sessions, NOW, 365)
    teacher = Viewer("T001")
    with sessions() as session:
        review = entry_review(session, teacher, held["old"])
        # The message's validated lines show levels, not quotes: it renders as before.
        _, blocks = entry_review_message(review)
        shown = json.dumps(blocks)
        assert "Organization" in shown and "accepted by" in shown
        assert "None" not in shown
        item = next(i for i in review.items if i.skill is Skill.ORGANIZATION)
        assert not item.undoable
        assert "removed after 400 days" in json.dumps(details_modal(item))
        metadata = CorrectionMetadata(
            a=item.assessment_id, channel="D01", ts="1.2", shows=EntryMessage(entry=held["old"])
        )
        modal = correction_modal(item, metadata)
        assert "removed after 400 days" in json.dumps(modal)
        # Never an example for the assessor: it has no words to show.
        examples = select_examples(
            session,
            teacher_id="T001",
            student_id="S002",
            entry_type=EntryType.REFLECTION_JOURNAL,
            seed=1,
        )
        assert [e.evidence_quote for e in examples] == ["Recent words."]
        document = export_student(session, find_student(session, "S001"), actor="admin")
        purged = next(e for e in document.entries if e.id == held["old"])
        assert (purged.text, purged.text_is) == (None, "purged")
    # Within the undo window (reviewed a moment ago), yet its words are gone: it stays.
    with unit_of_work(sessions) as session, pytest.raises(InvalidInput, match="retention"):
        undo(session, teacher, held["accepted"], now=utcnow())


def test_the_schema_refuses_a_missing_text_unless_purged(
    sessions: sessionmaker[Session], held: dict[str, int]
) -> None:
    with pytest.raises(IntegrityError), unit_of_work(sessions) as session:
        session.get_one(DataEntry, held["recent"]).content = None
    with pytest.raises(IntegrityError), unit_of_work(sessions) as session:
        session.get_one(Assessment, held["accepted"]).evidence_quote = None
    with pytest.raises(IntegrityError), unit_of_work(sessions) as session:
        entry = session.get_one(DataEntry, held["recent"])
        entry.purged_at = NOW  # purged, yet still holding its words


def test_two_runs_at_once_purge_each_entry_once(
    sessions: sessionmaker[Session], held: dict[str, int]
) -> None:
    with unit_of_work(sessions) as session:
        for n in range(30):
            entry = add_entry(session, "S002", date(2025, 9, 3), content=f"Old words {n}.")
            entry.created_at, entry.status = OLD, "assessed"
            add_assessment(
                session,
                entry,
                Skill.ORGANIZATION,
                Level.DEVELOPING,
                state=ReviewState.ACCEPTED,
                quote=f"Old words {n}.",
            )
    start = threading.Barrier(2)
    reports = []

    def run() -> None:
        start.wait()
        reports.append(purge_expired(sessions, NOW, 365))

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sum(r.entries for r in reports) == 31
    assert sum(r.assessments_kept for r in reports) == 32
    with sessions() as session:
        purged = session.scalars(
            select(AuditEvent.detail).where(AuditEvent.action == "evidence_purged")
        ).all()
        assert sum(d["entries"] for d in purged) == 31


def test_the_scheduler_runs_retention_at_start_and_nightly(
    sessions: sessionmaker[Session], held: dict[str, int], db_url: str
) -> None:
    settings = Settings(database_url=db_url, flourish_retention_days=365)
    scheduler = BackgroundScheduler()
    add_retention_job(scheduler, settings, sessions)
    scheduler.start()
    try:
        job = scheduler.get_job(RETENTION_JOB)
        assert job is not None and "hour='2'" in str(job.trigger)

        def purged() -> bool:
            with sessions() as session:
                return session.get_one(DataEntry, held["old"]).purged_at is not None

        wait_for(purged, what="the catch-up run")
    finally:
        scheduler.shutdown(wait=True)
    unset = BackgroundScheduler()
    add_retention_job(unset, Settings(database_url=db_url), sessions)
    assert unset.get_jobs() == []


def test_retention_run_from_the_command_line(
    sessions: sessionmaker[Session], held: dict[str, int], db_url: str
) -> None:
    runner = CliRunner()
    env = {"DATABASE_URL": db_url}
    refused = runner.invoke(app, ["retention", "run"], env=env)
    assert refused.exit_code == 2 and "FLOURISH_RETENTION_DAYS" in refused.output
    done = runner.invoke(app, ["retention", "run", "--days", "30"], env=env)
    assert done.exit_code == 0, done.output
    assert "Purged 1 entries of 1 students" in done.output
    with sessions() as session:
        assert session.get_one(DataEntry, held["recent"]).content == "Recent words."
