"""The Slack app over HTTP, as Slack drives it: signed requests into the running server
(waitress + Bolt's WSGI adapter), the real slack_sdk client pointed at a local Slack."""

from __future__ import annotations

import json
import time
import urllib.request
from datetime import date

import pytest
from sqlalchemy import update
from sqlalchemy.orm import Session, sessionmaker

from bot.after_ack import AfterAck
from bot.deps import BotDeps
from bot.identity import NOT_A_TEACHER, ROSTER_CACHE_SECONDS, Identity
from domain.access import Viewer
from domain.db import unit_of_work
from domain.models import Assessment, DataEntry, Teacher, utcnow
from tests.factories import seed_roster
from tests.fakes.slack_requests import post, slash_command_body
from tests.slack_harness import ADMIN, RODRIGUEZ, SECRET, STRANGER, THOMPSON, RunningApp


@pytest.fixture
def progress_data(running: RunningApp) -> RunningApp:
    with unit_of_work(running.sessions) as session:
        entry = DataEntry(
            student_id="S001",
            teacher_id="T001",
            entry_type="reflection_journal",
            entry_date=date(2025, 9, 12),
            content="I made a plan for the week and kept to it.",
            source_kind="file",
            source_ref="sha256:progress-test",
        )
        session.add(entry)
        session.flush()
        session.add(
            Assessment(
                entry_id=entry.id,
                student_id="S001",
                skill="Planning & Prioritization",
                category="EF",
                level="Proficient",
                confidence=0.6,
                evidence_quote="I made a plan for the week",
                justification="Plans the week ahead.",
                model="test",
                rubric_version="1.0",
                observed_on=entry.entry_date,
                review_state="accepted",
                reviewed_by="T001",
                reviewed_at=utcnow(),
            )
        )
    return running


def test_progress_answers_the_teacher_privately_with_growth(progress_data: RunningApp) -> None:
    running = progress_data
    status, reply = running.command("s001", RODRIGUEZ)
    assert status == 200
    assert reply["response_type"] == "ephemeral"
    rendered = json.dumps(reply["blocks"])
    assert "Eva" in rendered and "S001" in rendered
    assert "Planning & Prioritization: *Proficient*" in rendered
    assert reply["text"].startswith("Eva (S001): 1 of 17 skills with evidence")
    # Nothing was posted anywhere else: the answer is only the ephemeral response.
    assert running.slack.calls("chat.postMessage") == []


def test_another_teachers_student_looks_exactly_like_no_student(running: RunningApp) -> None:
    _, foreign = running.command("S003", RODRIGUEZ)
    _, absent = running.command("S999", RODRIGUEZ)
    assert foreign["text"].replace("S003", "S???") == absent["text"].replace("S999", "S???")
    assert "Pat" not in json.dumps(foreign)


def test_teacher_known_by_email_is_linked_through_users_lookup_by_email(
    running: RunningApp,
) -> None:
    status, reply = running.command("S003", THOMPSON)
    assert status == 200 and "Pat (S003)" in json.dumps(reply["blocks"])
    lookups = running.slack.calls("users.lookupByEmail")
    assert [call.params["email"] for call in lookups] == ["thompson@school.example"]
    running.command("S004", THOMPSON)
    assert len(running.slack.calls("users.lookupByEmail")) == 1  # linked once, then known


def test_an_unmapped_slack_user_gets_a_short_explanation_and_nothing_else(
    running: RunningApp,
) -> None:
    status, reply = running.command("S001", STRANGER)
    assert status == 200
    assert reply == {"response_type": "ephemeral", "text": NOT_A_TEACHER}


def test_a_school_admin_sees_every_student(running: RunningApp) -> None:
    _, reply = running.command("S004", ADMIN)
    assert "Mia (S004)" in json.dumps(reply["blocks"])


@pytest.mark.parametrize("text", ["S001 S002", "progress please", "x" * 201])
def test_bad_usage_gets_help(running: RunningApp, text: str) -> None:
    _, reply = running.command(text, RODRIGUEZ)
    assert "Usage: `/progress Eva`" in json.dumps(reply["blocks"])


def test_forged_signature_and_stale_timestamp_are_rejected(running: RunningApp) -> None:
    body = slash_command_body("/progress", "S001", user_id=RODRIGUEZ)
    events = f"{running.url}/slack/events"
    forged, _, _ = post(events, body, "not-the-secret")
    stale, _, _ = post(events, body, SECRET, timestamp=int(time.time()) - 6 * 60)
    fresh, _, _ = post(events, body, SECRET)
    assert (forged, stale, fresh) == (401, 401, 200)


def test_health_for_load_balancers(running: RunningApp) -> None:
    with urllib.request.urlopen(f"{running.url}/health", timeout=5) as response:
        assert response.status == 200
        assert json.loads(response.read())["status"] == "ok"


def test_who_is_who_is_cached_for_a_minute_then_read_again(
    sessions: sessionmaker[Session],
) -> None:
    with unit_of_work(sessions) as session:
        seed_roster(session)
    now = [1000.0]
    identity = Identity(
        BotDeps(sessions=sessions, admins=frozenset(), after_ack=AfterAck(1)), clock=lambda: now[0]
    )
    assert identity.viewer(RODRIGUEZ, None) == Viewer(teacher_id="T001")
    with unit_of_work(sessions) as session:  # the roster is imported again without them
        session.execute(
            update(Teacher).where(Teacher.id == "T001").values(slack_user_id="U0SOMEONEELSE")
        )
    now[0] += ROSTER_CACHE_SECONDS - 1
    assert identity.viewer(RODRIGUEZ, None) == Viewer(teacher_id="T001")
    now[0] += 2
    assert identity.viewer(RODRIGUEZ, None) is None
