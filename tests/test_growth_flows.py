"""/progress, App Home's progress view and the digest's check-in answers, through the
running app: signed requests in, the real slack_sdk out to the Slack wire fake."""

from __future__ import annotations

import copy
import json
from datetime import UTC, date, datetime, timedelta
from typing import Any

from slack_sdk import WebClient
from sqlalchemy import select

from bot import ids
from bot.digest_sender import SlackDigestSender
from domain.access import Viewer
from domain.curriculum import Level, Skill
from domain.db import unit_of_work
from domain.digest import CheckInKind, compose_digests, week_of
from domain.models import CheckInAnswer, SkillTarget
from domain.teacher_review import accept
from tests.factories import add_assessment, add_entry
from tests.fakes.slack_requests import block_actions_body, event_callback_body
from tests.slack_harness import RODRIGUEZ, THOMPSON, RunningApp, selected, wait_for
from tests.test_blocks import assert_plain_fallback, assert_valid_message, assert_valid_view

RODRIGUEZ_VIEW = Viewer("T001")


def validate(running: RunningApp, student_id: str, skill: Skill, level: Level, on: date) -> None:
    """A level the teacher accepted (the review's own flow is another module's test)."""
    with unit_of_work(running.sessions) as session:
        entry = add_entry(session, student_id, on)
        accept(session, RODRIGUEZ_VIEW, add_assessment(session, entry, skill, level).id)


def elements(blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for b in blocks for e in b.get("elements", []) if "action_id" in e]


def test_progress_without_evidence_is_one_line_and_offers_no_dead_button(
    running: RunningApp,
) -> None:
    _, reply = running.command("S002", RODRIGUEZ)
    assert_valid_message(reply["text"], reply["blocks"])
    assert_plain_fallback(reply["text"])
    body = json.dumps(reply["blocks"])
    assert body.count("No evidence") == 1 and "Share a note" in body
    assert [e["action_id"] for e in elements(reply["blocks"])] == [ids.OPEN_TARGET_ACTION]


def test_a_suggestion_opens_the_target_form_prefilled_and_sets_it(running: RunningApp) -> None:
    validate(running, "S001", Skill.ORGANIZATION, Level.DEVELOPING, date(2025, 9, 18))
    validate(running, "S001", Skill.ORGANIZATION, Level.PROFICIENT, date(2025, 10, 2))
    _, reply = running.command("S001", RODRIGUEZ)
    assert_valid_message(reply["text"], reply["blocks"])
    body = json.dumps(reply["blocks"])
    assert "grew from Developing" in body and "arrow" not in body
    assert "Organization (Proficient), earned" in body
    action_ids = [e["action_id"] for e in elements(reply["blocks"])]
    assert action_ids == [
        f"{ids.TARGET_SUGGESTION_ACTION}:0",
        ids.CHART_ACTION,
        ids.OPEN_TARGET_ACTION,
    ]
    (suggestion,) = [e for e in elements(reply["blocks"]) if e["action_id"] == action_ids[0]]
    assert suggestion["text"]["text"] == "Organization \u2192 Advanced"

    progress = {"channel": "D0DM", "ts": "1700000000.100001", "blocks": reply["blocks"]}
    running.click(RODRIGUEZ, progress, action_ids[0])
    (opened,) = wait_for(lambda: running.slack.calls("views.open"), what="target form")
    view = opened.params["view"]
    assert_valid_view(view)
    inputs = {b["block_id"]: b["element"] for b in view["blocks"] if b["type"] == "input"}
    assert inputs[ids.TARGET_STUDENT_BLOCK]["initial_option"]["value"] == "S001"
    assert inputs[ids.TARGET_SKILL_BLOCK]["initial_option"]["value"] == "Organization"
    assert inputs[ids.TARGET_LEVEL_BLOCK]["initial_option"]["value"] == "Advanced"

    # The teacher confirms what was prefilled (Slack sends the initial options as state).
    values = {
        ids.TARGET_STUDENT_BLOCK: {ids.TARGET_STUDENT_INPUT: selected("S001")},
        ids.TARGET_SKILL_BLOCK: {ids.TARGET_SKILL_INPUT: selected("Organization")},
        ids.TARGET_LEVEL_BLOCK: {ids.TARGET_LEVEL_INPUT: selected("Advanced")},
    }
    status, _ = running.submit(RODRIGUEZ, list(running.slack.views.values())[-1], values)
    assert status == 200
    with running.sessions() as session:
        target = session.scalars(select(SkillTarget)).one()
    assert (target.skill, target.starting_level, target.target_level) == (
        "Organization",
        "Proficient",
        "Advanced",
    )
    # Now it is being worked towards, it is no longer suggested.
    _, reply = running.command("S001", RODRIGUEZ)
    assert ids.TARGET_SUGGESTION_ACTION not in json.dumps(reply["blocks"])


def test_the_progress_view_from_app_home_has_the_actions_of_progress(
    running: RunningApp,
) -> None:
    validate(running, "S001", Skill.COMMUNICATION, Level.PROFICIENT, date(2025, 9, 18))
    running.send(
        event_callback_body(
            {"type": "app_home_opened", "user": RODRIGUEZ, "tab": "home", "event_ts": "1.3"}
        )
    )
    (published,) = wait_for(lambda: running.slack.calls("views.publish"), what="home")
    home_blocks = published.params["view"]["blocks"]
    row = next(b for b in home_blocks if "(S001)" in json.dumps(b.get("text", "")))
    choose_progress = {
        "type": "overflow",
        "action_id": ids.HOME_STUDENT_MENU,
        "block_id": row["block_id"],
        "selected_option": row["accessory"]["options"][0],
        "action_ts": "1.4",
    }
    home = {"id": "VHOME", "type": "home", "blocks": home_blocks}
    running.send(block_actions_body(RODRIGUEZ, [choose_progress], view=home, channel_id=None))
    (opened,) = wait_for(lambda: running.slack.calls("views.open"), what="progress view")
    modal = opened.params["view"]
    assert_valid_view(modal)
    assert modal["callback_id"] == ids.PROGRESS_VIEW
    found = {e["action_id"]: e for e in elements(modal["blocks"])}
    assert {ids.CHART_ACTION, ids.OPEN_TARGET_ACTION} <= set(found)

    # Inside a modal Slack only lets a view be pushed on top: the target form is pushed.
    set_target = {
        "type": "button",
        "action_id": ids.OPEN_TARGET_ACTION,
        "block_id": "progress",
        "value": found[ids.OPEN_TARGET_ACTION]["value"],
        "action_ts": "1.5",
    }
    in_modal = {"id": list(running.slack.views)[-1], "type": "modal", "blocks": modal["blocks"]}
    running.send(block_actions_body(RODRIGUEZ, [set_target], view=in_modal, channel_id=None))
    (pushed,) = wait_for(lambda: running.slack.calls("views.push"), what="pushed target form")
    assert pushed.params["view"]["callback_id"] == ids.TARGET_VIEW
    assert len(running.slack.calls("views.open")) == 1


def _post_digest(running: RunningApp, week: date) -> dict[str, Any]:
    client = WebClient(token=running.slack.bot_token, base_url=running.slack.api_url)
    with running.sessions() as session:
        digests = compose_digests(session, week, teacher_ids=["T001"])
    (digest,) = digests
    channel, ts = SlackDigestSender(client).send(digest)
    posted = next(m for m in running.slack.messages if m["ts"] == ts and m["channel"] == channel)
    # As the teacher first saw it: the fake updates its stored message in place.
    return copy.deepcopy(posted)


def _quiet_eva(running: RunningApp, this_week: date) -> None:
    """Eva's last evidence is five weeks old; Lucas has evidence from last week."""
    with unit_of_work(running.sessions) as session:
        old = add_entry(session, "S001", this_week - timedelta(days=35))
        old.created_at = datetime.combine(old.entry_date, datetime.min.time(), UTC)
        recent = add_entry(session, "S002", this_week - timedelta(days=3))
        recent.created_at = datetime.combine(recent.entry_date, datetime.min.time(), UTC)


def test_a_check_in_is_answered_from_the_digest_and_not_suggested_again(
    running: RunningApp,
) -> None:
    this_week = week_of(date.today())
    _quiet_eva(running, this_week)
    digest = _post_digest(running, this_week)
    assert_valid_message(digest["text"], digest["blocks"])
    assert_plain_fallback(digest["text"])
    buttons = [e for e in elements(digest["blocks"]) if e["action_id"].startswith("checkin")]
    assert [b["text"]["text"] for b in buttons] == ["Checked in", "Not needed"]

    # Another teacher clicking it from a message outside their DM: refused, nothing stored.
    running.click(THOMPSON, digest, buttons[0]["action_id"])
    wait_for(lambda: running.slack.responses, what="refusal")
    with running.sessions() as session:
        assert session.scalars(select(CheckInAnswer)).all() == []

    running.click(RODRIGUEZ, digest, buttons[0]["action_id"])
    (update,) = wait_for(lambda: running.slack.calls("chat.update"), what="answered")
    updated = update.params
    assert_valid_message(updated["text"], updated["blocks"])
    answered = json.dumps(updated["blocks"])
    assert "Checked in" in answered and "not suggested again" in answered
    assert ids.CHECKIN_ANSWER_ACTION not in answered
    # A second click (or Slack's retry) keeps one answer.
    running.click(RODRIGUEZ, digest, buttons[1]["action_id"])
    wait_for(lambda: len(running.slack.calls("chat.update")) == 2, what="second click")
    with running.sessions() as session:
        (row,) = session.scalars(select(CheckInAnswer)).all()
    assert (row.student_id, row.kind, row.answer, row.week_start) == (
        "S001",
        CheckInKind.NO_RECENT_EVIDENCE.value,
        "checked_in",
        this_week,
    )
    with running.sessions() as session:
        (next_week,) = compose_digests(session, this_week + timedelta(days=7), teacher_ids=["T001"])
    assert "S001" not in {c.student_id for c in next_week.check_ins}
