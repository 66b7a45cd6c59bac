"""`flourish demo` plays a term of teacher validations (flourish/demo_term.py): after it the
digest of a past week, /progress and the rest have a history; a second demo changes nothing."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from domain.access import Viewer
from domain.digest import compose_digests
from domain.models import (
    Assessment,
    Badge,
    Base,
    SkillTarget,
    TeacherCorrection,
)
from domain.progress import student_progress
from tests.slack_harness import RODRIGUEZ, run_app
from tests.test_cli import run

DIGEST_WEEK = date(2025, 10, 27)


def _snapshot(sessions: sessionmaker[Session]) -> dict[str, Any]:
    """Counts of every table, and what the term decided, with its dates."""
    with sessions() as session:
        counts = {
            table.name: session.scalar(select(func.count()).select_from(table))
            for table in Base.metadata.sorted_tables
        }
        decided = session.execute(
            select(
                Assessment.id, Assessment.review_state, Assessment.level, Assessment.reviewed_at
            ).order_by(Assessment.id)
        ).all()
        badges = session.execute(
            select(Badge.student_id, Badge.skill, Badge.level, Badge.awarded_at).order_by(Badge.id)
        ).all()
        targets = session.execute(
            select(SkillTarget.id, SkillTarget.status, SkillTarget.created_at).order_by(
                SkillTarget.id
            )
        ).all()
    return {"counts": counts, "decided": decided, "badges": badges, "targets": targets}


def test_demo_plays_a_term_once_and_a_second_run_changes_nothing(
    db_url: str, sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    first = run(["demo"], db_url, tmp_path)
    assert first.returncode == 0, first.stderr
    assert "Played a term of teacher reviews" in first.stdout
    played = _snapshot(sessions)
    counts = played["counts"]
    assert counts["badges"] > 0 and counts["skill_targets"] > 0
    with sessions() as session:
        states = dict(
            session.execute(
                select(Assessment.review_state, func.count()).group_by(Assessment.review_state)
            ).all()
        )
        reasons = session.scalars(select(TeacherCorrection.justification)).all()
        completed = session.scalar(select(func.count()).where(SkillTarget.status == "completed"))
    # Most accepted, some corrected with a reason, the latest still awaiting review.
    assert states["accepted"] > states["corrected"] > 0
    assert 0 < states["dismissed"] < states["corrected"]
    assert states["pending"] > 0
    assert len(reasons) == states["corrected"] and all(r and r.strip() for r in reasons)
    assert completed and completed > 0
    # Validations carry the term's dates, not the day the demo ran.
    assert all(at is None or at.date() <= date(2025, 10, 31) for *_, at in played["decided"])

    second = run(["demo"], db_url, tmp_path)
    assert second.returncode == 0, second.stderr
    assert "played already" in second.stdout
    assert _snapshot(sessions) == played


def test_after_the_demo_a_past_weeks_digest_and_progress_have_history(
    db_url: str, sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    assert run(["demo"], db_url, tmp_path).returncode == 0
    with sessions() as session:
        digests = {d.teacher_id: d for d in compose_digests(session, DIGEST_WEEK)}
    for teacher_id in ("T001", "T002"):
        digest = digests[teacher_id]
        assert digest.badges, teacher_id
        assert digest.active_targets or digest.targets_completed, teacher_id
        assert digest.awaiting_review > 0, teacher_id

    printed = run(["digest", "--dry-run", "--week", str(DIGEST_WEEK)], db_url, tmp_path)
    assert printed.returncode == 0, printed.stderr
    out = printed.stdout
    # One panel per teacher; each mentions badges and targets (reached or worked towards).
    rodriguez, thompson = out.split("T002 Mr. Thompson", 1)
    for panel in (rodriguez.lower(), thompson.lower()):
        assert "badge" in panel
        assert "target" in panel or "working towards" in panel
    assert "2 digest(s) to send" in out
    # Badges: one line per student (the highest per skill), not one per badge.
    assert out.count("Eva (S001):") == 1 and "badge" in rodriguez.lower()

    # /progress through the running app shows the validated levels.
    with sessions() as session:
        progress = student_progress(session, Viewer("T001"), "S001")
    validated = [p for p in progress.skills.values() if p.validated]
    assert validated and progress.badges
    with run_app(sessions) as running:
        status, reply = running.command("S001", RODRIGUEZ)
    assert status == 200
    shown = json.dumps(reply["blocks"])
    assert "Eva" in shown and "S001" in shown
    for skill in validated:
        assert skill.skill.value in shown and skill.level.value in shown
