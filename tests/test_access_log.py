"""Each Slack surface that shows a student's record leaves exactly one access-log row per
student shown, naming the viewer and the surface: driven through the running app."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select

from bot import ids
from domain.curriculum import Level, Skill
from domain.db import unit_of_work
from domain.models import AccessLogEntry, DataEntry, ReviewState, utcnow
from tests.factories import TODAY, add_assessment, add_entry
from tests.fakes.slack_requests import block_actions_body, event_callback_body
from tests.slack_harness import ADMIN, RODRIGUEZ, RunningApp, selected, wait_for
from tests.test_slack_flows import REFLECTION, _review_messages, _share_document


def views(running: RunningApp) -> list[tuple[str, str, str]]:
    with running.sessions() as session:
        rows = session.execute(
            select(
                AccessLogEntry.student_id, AccessLogEntry.viewer, AccessLogEntry.surface
            ).order_by(AccessLogEntry.id)
        ).all()
    return [tuple(row) for row in rows]  # type: ignore[misc]


def levels(running: RunningApp) -> None:
    """Eva and Lucas with a validated level and one item each waiting, already announced,
    so the assessor and announcer leave them be."""
    with unit_of_work(running.sessions) as session:
        for student in ("S001", "S002"):
            entry = add_entry(session, student, TODAY)
            entry.status, entry.announced_at = "assessed", utcnow()
            add_assessment(
                session, entry, Skill.COLLABORATION, Level.PROFICIENT, state=ReviewState.ACCEPTED
            )
            add_assessment(session, entry, Skill.ORGANIZATION, Level.DEVELOPING)


def progress_reply(running: RunningApp, text: str = "S001", user: str = RODRIGUEZ) -> Any:
    status, reply = running.command(text, user)
    assert status == 200
    return reply


def test_progress_command_logs_one_view(running: RunningApp) -> None:
    levels(running)
    reply = progress_reply(running)
    assert "Eva" in reply["text"]
    assert views(running) == [("S001", "T001", "progress")]


def test_a_refused_progress_logs_nothing(running: RunningApp) -> None:
    levels(running)
    reply = progress_reply(running, "S003")  # Mr. Thompson's student
    assert "Pat" not in json.dumps(reply)
    assert views(running) == []


def test_an_admin_without_a_class_is_logged_by_slack_id(running: RunningApp) -> None:
    levels(running)
    progress_reply(running, "S002", user=ADMIN)
    assert views(running) == [("S002", f"slack:{ADMIN}", "progress")]


def test_progress_picker_logs_the_student_chosen(running: RunningApp) -> None:
    levels(running)
    status, _ = running.command("", RODRIGUEZ, answered=False)
    assert status == 200
    (opened,) = wait_for(lambda: running.slack.calls("views.open"), what="picker")
    view = {**opened.params["view"], "id": "VPICK"}
    values = {ids.PICKER_STUDENT_BLOCK: {ids.STUDENT_INPUT: selected("S002")}}
    _, reply = running.submit(RODRIGUEZ, view, values, private_metadata="")
    assert reply["response_action"] == "update"
    assert views(running) == [("S002", "T001", "progress")]


def test_chart_logs_one_chart_view(running: RunningApp) -> None:
    levels(running)
    reply = progress_reply(running)
    message = {"channel": "D0DM", "ts": "1700000000.111111", "blocks": reply["blocks"]}
    running.click(RODRIGUEZ, message, ids.CHART_ACTION)
    wait_for(running.slack.completed_uploads, what="chart upload")
    assert views(running) == [("S001", "T001", "progress"), ("S001", "T001", "chart")]


def test_app_home_logs_each_student_shown_once(running: RunningApp) -> None:
    levels(running)
    event = {"type": "app_home_opened", "user": RODRIGUEZ, "tab": "home", "event_ts": "1.2"}
    assert running.send(event_callback_body(event))[0] == 200
    (published,) = wait_for(lambda: running.slack.calls("views.publish"), what="home")
    assert sorted(views(running)) == [("S001", "T001", "app_home"), ("S002", "T001", "app_home")]

    # The menu's "progress" on App Home is a progress view of that one student.
    row = next(
        b for b in published.params["view"]["blocks"] if "(S002)" in json.dumps(b.get("text", ""))
    )
    action = {
        "type": "overflow",
        "action_id": ids.HOME_STUDENT_MENU,
        "block_id": row["block_id"],
        "selected_option": row["accessory"]["options"][0],
        "action_ts": "1.4",
    }
    home = {"id": "VHOME", "type": "home", "blocks": published.params["view"]["blocks"]}
    running.send(block_actions_body(RODRIGUEZ, [action], view=home, channel_id=None))
    wait_for(lambda: running.slack.calls("views.open"), what="progress modal")
    assert views(running)[-1] == ("S002", "T001", "progress")
    assert len(views(running)) == 3


def test_review_page_logs_each_student_on_the_page(running: RunningApp) -> None:
    levels(running)
    status, _ = running.command("", RODRIGUEZ, name="/review", answered=False)
    assert status == 200
    wait_for(lambda: running.dm(RODRIGUEZ), what="review page")
    assert sorted(views(running)) == [("S001", "T001", "review"), ("S002", "T001", "review")]


def test_a_posted_review_message_logs_one_review_view(running: RunningApp) -> None:
    _share_document(running, REFLECTION, "F0SEEN")
    wait_for(lambda: _review_messages(running), what="review message")

    def recorded() -> bool:
        with running.sessions() as session:
            return bool(session.scalar(select(DataEntry.review_message_ts)))

    wait_for(recorded, what="the message recorded")
    wait_for(lambda: views(running), what="the view logged")
    assert views(running) == [("S001", "T001", "review")]
