"""The review as a teacher does it, through the running app (signed requests, the real
slack_sdk against the Slack wire fake): one click for an 8-skill entry, ticked boxes,
dismiss, undo and its window, a correction with a quick reason, and where quotes came from."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select, update

from bot import ids
from domain.curriculum import EntryType, Level, Skill
from domain.models import (
    Assessment,
    Badge,
    DataEntry,
    SkillTarget,
    TeacherCorrection,
    UploadReceipt,
    utcnow,
)
from domain.undo import UNDO_WINDOW
from tests.slack_harness import RODRIGUEZ, RunningApp, selected, typed, wait_for

DOCUMENTS = Path(__file__).resolve().parent.parent / "mock_data" / "documents"
REFLECTION = "S001_reflection_2025-08-29.md"
SKILLS = list(Skill)[:8]
EMOJI_CODE = re.compile(r":[a-z0-9_+-]+:")


def _elements(message: dict[str, Any], action_id: str) -> list[dict[str, Any]]:
    return [
        e
        for b in message.get("blocks", [])
        for e in [*b.get("elements", []), b.get("accessory") or {}]
        if e.get("action_id") == action_id
    ]


def _message(running: RunningApp, ts: str) -> dict[str, Any]:
    return next(m for m in running.slack.messages if m["ts"] == ts)


def _body(running: RunningApp, ts: str) -> str:
    return json.dumps(_message(running, ts)["blocks"])


def _states(running: RunningApp) -> list[str]:
    with running.sessions() as session:
        return list(session.scalars(select(Assessment.review_state).order_by(Assessment.id)))


def _file_entry(running: RunningApp, skills: list[Skill], level: Level = Level.PROFICIENT) -> int:
    """An assessed entry with one assessment per skill, as the worker leaves it."""
    text = "I planned the poster, listened to Lucas and we shared the work between us."
    with running.sessions() as session, session.begin():
        entry = DataEntry(
            student_id="S001",
            teacher_id="T001",
            entry_type=EntryType.REFLECTION_JOURNAL.value,
            entry_date=date(2025, 9, 12),
            content=text,
            source_kind="file",
            source_ref=f"sha256:{len(skills)}-{level.value}",
            file_name="S001_reflection_2025-09-12.md",
            status="assessed",
            assessed_at=utcnow(),
        )
        session.add(entry)
        session.flush()
        for n, skill in enumerate(skills):
            session.add(
                Assessment(
                    entry_id=entry.id,
                    student_id="S001",
                    skill=skill.value,
                    category=skill.category.value,
                    level=level.value,
                    confidence=0.2 if n == 0 else 0.55,
                    evidence_quote=text,
                    justification=f"This fits the {level.value} descriptor.",
                    model="test",
                    rubric_version="1.0",
                    observed_on=entry.entry_date,
                )
            )
        entry_id = entry.id
    running.bot.assessments.wake()
    return entry_id


def _review(running: RunningApp) -> dict[str, Any]:
    (posted,) = wait_for(
        lambda: [m for m in running.dm(RODRIGUEZ) if _elements(m, ids.ACCEPT_ALL_ACTION)],
        what="the review message",
    )
    return posted


def _ticked(message: dict[str, Any], *wanted: int) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for block in message["blocks"]:
        for element in block.get("elements", []):
            if element.get("type") == "checkboxes":
                chosen = [o for o in element["options"] if int(o["value"]) in wanted]
                values.setdefault(block.get("block_id", "b"), {})[element["action_id"]] = {
                    "type": "checkboxes",
                    "selected_options": chosen,
                }
    return {"values": values}


def test_an_8_skill_entry_is_validated_as_proposed_in_one_click(running: RunningApp) -> None:
    _file_entry(running, SKILLS)
    review = _review(running)
    assert len(review["blocks"]) <= 12
    # The notification text is plain words: nothing a screen reader would spell out.
    assert not EMOJI_CODE.search(review["text"]) and "*" not in review["text"]
    assert "%" not in json.dumps(review["blocks"])
    assert json.dumps(review["blocks"]).count("Worth a closer look") == 1

    clicks = 0
    (accept_all,) = _elements(review, ids.ACCEPT_ALL_ACTION)
    assert accept_all["text"]["text"] == "Accept all 8" and accept_all["style"] == "primary"
    assert running.click(RODRIGUEZ, review, ids.ACCEPT_ALL_ACTION)[0] == 200
    clicks += 1

    wait_for(lambda: running.slack.calls("chat.update"), what="the re-drawn message")
    assert _states(running) == ["accepted"] * 8
    assert clicks == 1
    shown = _body(running, review["ts"])
    assert shown.count("accepted by Ms. Rodriguez") == 8 and "Worth a closer look" not in shown
    assert shown.count(ids.UNDO_ACTION) == 8 and ids.ACCEPT_ALL_ACTION not in shown
    update_text = running.slack.calls("chat.update")[0].params["text"]
    assert not EMOJI_CODE.search(update_text) and "all reviewed" in update_text


def test_ticked_boxes_accept_only_those_and_none_ticked_is_explained(running: RunningApp) -> None:
    _file_entry(running, SKILLS[:3])
    review = _review(running)
    first, _, third = json.loads(_elements(review, ids.ACCEPT_ALL_ACTION)[0]["value"])["a"]
    running.click(RODRIGUEZ, review, ids.ACCEPT_SELECTED_ACTION, state=_ticked(review))
    (refusal,) = wait_for(lambda: running.slack.responses, what="the refusal")
    assert "Tick the skills" in refusal["text"] and refusal["response_type"] == "ephemeral"
    # A tick alone is acknowledged and changes nothing.
    assert running.click(RODRIGUEZ, review, f"{ids.SELECT_ITEMS_ACTION}_0")[0] == 200
    assert _states(running) == ["pending"] * 3

    state = _ticked(review, first, third)
    running.click(RODRIGUEZ, review, ids.ACCEPT_SELECTED_ACTION, state=state)
    wait_for(lambda: running.slack.calls("chat.update"), what="the re-drawn message")
    assert _states(running) == ["accepted", "pending", "accepted"]
    redrawn = _message(running, review["ts"])
    (one_left,) = _elements(redrawn, ids.ACCEPT_ALL_ACTION)
    assert one_left["text"]["text"] == f"Accept {SKILLS[1].value}"


def test_dismiss_then_undo_through_the_items_menu(running: RunningApp) -> None:
    _file_entry(running, SKILLS[:2])
    review = _review(running)
    running.click(RODRIGUEZ, review, ids.ITEM_MENU_ACTION, nth=1, choose="Not evidence")
    wait_for(lambda: running.slack.calls("chat.update"), what="the dismissal drawn")
    assert _states(running) == ["pending", "dismissed"]
    dismissed = _message(running, review["ts"])
    assert "not evidence of this skill" in json.dumps(dismissed["blocks"])
    assert len(_elements(dismissed, ids.UNDO_ACTION)) == 1
    # What is left to accept is the one item still pending.
    assert _elements(dismissed, ids.ACCEPT_ALL_ACTION)[0]["text"]["text"].startswith("Accept ")

    running.click(RODRIGUEZ, dismissed, ids.UNDO_ACTION)
    wait_for(lambda: len(running.slack.calls("chat.update")) == 2, what="the undo drawn")
    assert _states(running) == ["pending", "pending"]
    restored = _message(running, review["ts"])
    assert not _elements(restored, ids.UNDO_ACTION)
    assert _elements(restored, ids.ACCEPT_ALL_ACTION)[0]["text"]["text"] == "Accept all 2"


def test_undo_revokes_the_badge_and_target_and_is_refused_after_10_minutes(
    running: RunningApp,
) -> None:
    _file_entry(running, [Skill.COMMUNICATION])
    review = _review(running)
    status, reply = running.command("S001 Communication Proficient", RODRIGUEZ, name="/target")
    assert status == 200 and "working towards" in reply["text"]
    running.click(RODRIGUEZ, review, ids.ACCEPT_ALL_ACTION)
    wait_for(lambda: running.slack.calls("chat.update"), what="accepted")
    accepted = _message(running, review["ts"])
    assert "Silver badge earned" in json.dumps(accepted["blocks"])
    with running.sessions() as session:
        assert session.scalars(select(SkillTarget.status)).all() == ["completed"]

    running.click(RODRIGUEZ, accepted, ids.UNDO_ACTION)
    wait_for(lambda: len(running.slack.calls("chat.update")) == 2, what="undone")
    with running.sessions() as session:
        assert session.scalars(select(Badge)).all() == []
        assert session.scalars(select(SkillTarget.status)).all() == ["active"]
    assert _states(running) == ["pending"]

    # Accepted again, then the clock passes the window: Undo is refused in words.
    running.click(RODRIGUEZ, _message(running, review["ts"]), ids.ACCEPT_ALL_ACTION)
    wait_for(lambda: len(running.slack.calls("chat.update")) == 3, what="accepted again")
    with running.sessions() as session, session.begin():
        session.execute(
            update(Assessment).values(reviewed_at=utcnow() - UNDO_WINDOW - timedelta(minutes=1))
        )
    running.click(RODRIGUEZ, _message(running, review["ts"]), ids.UNDO_ACTION)
    wait_for(lambda: len(running.slack.responses) == 2, what="the refusal")
    refusal = running.slack.responses[-1]  # after /target's answer
    assert "more than 10 minutes ago" in refusal["text"]
    assert _states(running) == ["accepted"]
    with running.sessions() as session:
        assert len(session.scalars(select(Badge)).all()) == 1
    assert len(running.slack.calls("chat.update")) == 3


def test_a_correction_with_only_a_quick_reason_shows_the_teachers_reading(
    running: RunningApp,
) -> None:
    _file_entry(running, [Skill.COLLABORATION, Skill.COMMUNICATION])
    review = _review(running)
    running.click(RODRIGUEZ, review, ids.ITEM_MENU_ACTION, choose="Correct")
    wait_for(lambda: running.slack.calls("views.open"), what="the Correct modal")
    view = next(iter(running.slack.views.values()))
    status, reply = running.submit(
        RODRIGUEZ,
        view,
        {
            ids.CORRECTION_LEVEL_BLOCK: {ids.CORRECTION_LEVEL_INPUT: selected("Advanced")},
            ids.CORRECTION_REASON_BLOCK: {
                ids.CORRECTION_REASON_INPUT: {
                    "type": "radio_buttons",
                    "selected_option": {"value": "shows_more"},
                }
            },
            ids.CORRECTION_JUSTIFICATION_BLOCK: {ids.CORRECTION_JUSTIFICATION_INPUT: typed("")},
        },
    )
    assert status == 200 and reply == ""
    wait_for(lambda: running.slack.calls("chat.update"), what="the correction drawn")
    with running.sessions() as session:
        correction = session.scalars(select(TeacherCorrection)).one()
    assert (correction.reason, correction.justification) == ("shows_more", None)
    line = _message(running, review["ts"])["blocks"][1]["text"]["text"]
    assert "*Advanced* (proposed Proficient)" in line and "Evidence shows more" in line
    assert "descriptor" not in line

    # Undone: the assessor's proposal is back and the correction no longer teaches it.
    running.click(RODRIGUEZ, _message(running, review["ts"]), ids.UNDO_ACTION)
    wait_for(lambda: len(running.slack.calls("chat.update")) == 2, what="undone")
    with running.sessions() as session:
        assert session.scalars(select(TeacherCorrection)).all() == []
        assert session.scalars(select(Assessment.level).order_by(Assessment.id)).all() == [
            "Proficient",
            "Proficient",
        ]


def test_the_details_modal_opens_with_the_levels_meaning(running: RunningApp) -> None:
    _file_entry(running, [Skill.COLLABORATION])
    review = _review(running)
    running.click(RODRIGUEZ, review, ids.ITEM_MENU_ACTION, choose="What Proficient means")
    (opened,) = wait_for(lambda: running.slack.calls("views.open"), what="the details")
    view = opened.params["view"]
    assert view["callback_id"] == ids.DETAILS_VIEW
    assert "What Proficient means in Collaboration" in json.dumps(view)
    assert _states(running) == ["pending"]


def test_a_quote_from_slack_links_its_file_in_the_message_and_in_review(
    running: RunningApp,
) -> None:
    hosted = running.slack.add_file(
        "F0LINKED", REFLECTION, (DOCUMENTS / REFLECTION).read_bytes(), user=RODRIGUEZ
    )
    assert running.share(RODRIGUEZ, [hosted]) == 200
    review = _review(running)
    with running.sessions() as session:
        kept = session.get_one(UploadReceipt, "F0LINKED").permalink
    assert kept == hosted["permalink"]
    heading = review["blocks"][0]["text"]["text"]
    assert f"<{hosted['permalink']}|{REFLECTION}>" in heading
    assert "Reflection journal, 29 Aug 2025" in heading

    assert running.command("", RODRIGUEZ, name="/review", answered=False)[0] == 200
    page = wait_for(
        lambda: [m for m in running.dm(RODRIGUEZ) if "least certain first" in json.dumps(m)],
        what="the review page",
    )[0]
    items = [b for b in page["blocks"][1:] if b["type"] == "section"]
    assert items and all(
        f"<{hosted['permalink']}|{REFLECTION}>" in b["text"]["text"] for b in items
    )
    with running.sessions() as session:
        entry = session.scalars(select(DataEntry)).one()
    assert (entry.source_kind, entry.source_ref) == ("slack_file", "F0LINKED")
