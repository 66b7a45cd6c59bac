"""Students by name through the running app: /progress, /target and /badge take a first
name, a full name or an id; two students of one name are asked about; `/progress` alone
opens a picker whose menu, for a large class, loads its options as the teacher types."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import func, select

from bot import ids
from bot.payloads import StudentChoice
from domain.access import students_of
from domain.db import unit_of_work
from domain.models import Badge, SkillTarget, Student
from domain.roster import RosterFile, import_roster
from tests.fakes.slack_requests import block_suggestion_body
from tests.slack_harness import ADMIN, RODRIGUEZ, STRANGER, RunningApp, selected, wait_for

MORE_STUDENTS = """id,name,grade,teacher_id
S005,Eva Martin,7,T001
S006,Zoë Núñez,7,T001
S007,Eva Thompson-Lee,7,T002
"""


@pytest.fixture
def named(running: RunningApp) -> RunningApp:
    with unit_of_work(running.sessions) as session:
        import_roster(session, [RosterFile("more.csv", MORE_STUDENTS)])
    return running


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _buttons(blocks: list[dict[str, Any]], action_id: str) -> list[dict[str, Any]]:
    return [
        element
        for block in blocks
        for element in block.get("elements", [])
        if element.get("action_id") == action_id
    ]


def _as_message(reply: dict[str, Any]) -> dict[str, Any]:
    return {"channel": "D0DM", "ts": "1700000000.000777", "blocks": reply["blocks"]}


def _click_for_answer(running: RunningApp, reply: dict[str, Any], nth: int) -> dict[str, Any]:
    before = len(running.slack.responses)
    status, _ = running.click(RODRIGUEZ, _as_message(reply), ids.CHOOSE_STUDENT_ACTION, nth)
    assert status == 200
    wait_for(lambda: len(running.slack.responses) > before, what="the answer to the click")
    return running.slack.responses[-1]


def _count(running: RunningApp, model: type) -> int:
    with running.sessions() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_progress_by_first_name_asks_which_when_two_share_it(named: RunningApp) -> None:
    _, reply = named.command("eva", RODRIGUEZ)
    assert reply["response_type"] == "ephemeral"
    buttons = _buttons(reply["blocks"], ids.CHOOSE_STUDENT_ACTION)
    assert [b["text"]["text"] for b in buttons] == ["Eva", "Eva Martin"]
    assert [json.loads(b["value"])["s"] for b in buttons] == ["S001", "S005"]
    # The ids are there, small, to tell two buttons apart; Mr. Thompson's Eva is not.
    assert "S001" in _dumps(reply["blocks"][-1]) and "S007" not in _dumps(reply)
    answer = _click_for_answer(named, reply, 1)
    assert answer["replace_original"] is True and answer["response_type"] == "ephemeral"
    assert "Eva Martin (S005)" in _dumps(answer["blocks"])
    assert named.slack.calls("chat.postMessage") == []


def test_progress_by_full_name_and_by_a_name_without_its_accents(named: RunningApp) -> None:
    _, reply = named.command("Eva Martin", RODRIGUEZ)
    assert "Eva Martin (S005)" in _dumps(reply["blocks"])
    assert _buttons(reply["blocks"], ids.CHOOSE_STUDENT_ACTION) == []
    _, reply = named.command("zoe nunez", RODRIGUEZ)
    assert "Zoë Núñez (S006)" in _dumps(reply["blocks"])
    _, reply = named.command("ZOË", RODRIGUEZ)
    assert "Zoë Núñez (S006)" in _dumps(reply["blocks"])


def test_another_teachers_student_by_name_looks_exactly_like_no_student(
    named: RunningApp,
) -> None:
    _, foreign = named.command("Eva Thompson-Lee", RODRIGUEZ)
    _, absent = named.command("Ada Lovelace-Byron", RODRIGUEZ)
    assert foreign["text"].replace("Eva Thompson-Lee", "?") == absent["text"].replace(
        "Ada Lovelace-Byron", "?"
    )
    assert "S007" not in _dumps(foreign)
    _, pat = named.command("Pat", RODRIGUEZ)
    assert "S003" not in _dumps(pat) and pat["text"].startswith("No student Pat")
    # An admin looks across the school: all three Evas.
    _, reply = named.command("Eva", ADMIN)
    buttons = _buttons(reply["blocks"], ids.CHOOSE_STUDENT_ACTION)
    assert [json.loads(b["value"])["s"] for b in buttons] == ["S001", "S005", "S007"]


def test_target_and_badge_by_name(named: RunningApp) -> None:
    _, reply = named.command("eva martin Communication Proficient", RODRIGUEZ, name="/target")
    assert "Eva Martin (S005) is working towards *Proficient*" in json.dumps(reply["blocks"])
    _, reply = named.command("Zoe Collaboration Developing", RODRIGUEZ, name="/badge")
    assert "Zoë Núñez (S006) earned the *Bronze badge*" in json.dumps(
        reply["blocks"], ensure_ascii=False
    )
    with named.sessions() as session:
        assert session.scalars(select(Badge.student_id)).all() == ["S006"]
    # Another teacher's students cannot be given a target, and read like nobody.
    _, reply = named.command("Pat Communication", RODRIGUEZ, name="/target")
    assert reply["text"].startswith("No student Pat in your class")
    _, reply = named.command("Eva Thompson-Lee Communication", RODRIGUEZ, name="/target")
    assert "S007" not in _dumps(reply)
    _, reply = named.command("Eva Thompson-Lee Collaboration Advanced", RODRIGUEZ, name="/badge")
    assert "S007" not in _dumps(reply)
    assert _count(named, SkillTarget) == 1 and _count(named, Badge) == 1


def test_target_for_a_shared_first_name_asks_then_sets_it_on_click(named: RunningApp) -> None:
    _, reply = named.command("Eva Self-Awareness Developing", RODRIGUEZ, name="/target")
    buttons = _buttons(reply["blocks"], ids.CHOOSE_STUDENT_ACTION)
    assert len(buttons) == 2 and _count(named, SkillTarget) == 0
    answer = _click_for_answer(named, reply, 0)
    assert "Eva (S001) is working towards *Developing* in Self-Awareness" in json.dumps(
        answer["blocks"]
    )
    with named.sessions() as session:
        assert session.scalars(select(SkillTarget.student_id)).all() == ["S001"]
    # A hand-altered button naming another teacher's student changes nothing.
    forged = StudentChoice(do="target", s="S007", skill="Communication").dump()
    before = len(named.slack.responses)
    named.click(RODRIGUEZ, _as_message(reply), ids.CHOOSE_STUDENT_ACTION, value=forged)
    wait_for(lambda: len(named.slack.responses) > before, what="refusal")
    assert "Thompson-Lee" not in _dumps(named.slack.responses[-1])
    assert _count(named, SkillTarget) == 1


def test_progress_alone_opens_a_picker_and_shows_the_student_chosen(named: RunningApp) -> None:
    status, reply = named.command("", RODRIGUEZ, answered=False)
    assert status == 200 and reply == ""
    wait_for(lambda: named.slack.calls("views.open"), what="picker")
    view = next(iter(named.slack.views.values()))
    assert view["callback_id"] == ids.PROGRESS_PICKER_VIEW
    element = view["blocks"][0]["element"]
    # A small class: every one of the teacher's students in a menu, no one else.
    assert element["type"] == "static_select"
    assert [o["value"] for o in element["options"]] == ["S001", "S005", "S002", "S006"]
    values = {ids.PICKER_STUDENT_BLOCK: {ids.STUDENT_INPUT: selected("S006")}}
    status, ack = named.submit(RODRIGUEZ, view, values)
    assert status == 200 and ack["response_action"] == "update"
    assert ack["view"]["callback_id"] == ids.PROGRESS_VIEW
    assert "Zoë Núñez (S006)" in _dumps(ack["view"]["blocks"])
    # Another teacher's student, by an altered submission: an error beside the menu.
    values = {ids.PICKER_STUDENT_BLOCK: {ids.STUDENT_INPUT: selected("S007")}}
    _, ack = named.submit(RODRIGUEZ, view, values)
    assert ack["response_action"] == "errors" and ids.PICKER_STUDENT_BLOCK in ack["errors"]
    assert "Thompson-Lee" not in _dumps(ack)


def test_a_large_class_picks_by_type_ahead_from_the_options_url(named: RunningApp) -> None:
    many = "id,name,grade,teacher_id\n" + "".join(
        f"S{n:04d},Student {n:04d},7,T001\n" for n in range(100, 230)
    )
    with unit_of_work(named.sessions) as session:
        import_roster(session, [RosterFile("many.csv", many)])
        counted = select(func.count()).where(Student.id.in_(students_of("T001")))
        assert session.execute(counted).scalar_one() > 100
    named.command("", RODRIGUEZ, answered=False)
    wait_for(lambda: named.slack.calls("views.open"), what="picker")
    view = next(iter(named.slack.views.values()))
    element = view["blocks"][0]["element"]
    assert element["type"] == "external_select" and "options" not in element

    def suggest(user: str, typed: str, block_id: str = ids.PICKER_STUDENT_BLOCK) -> Any:
        body = block_suggestion_body(user, element["action_id"], block_id, typed, view)
        status, answer = named.send(body)
        assert status == 200
        return answer

    answer = suggest(RODRIGUEZ, "mart")
    assert [o["value"] for o in answer["options"]] == ["S005"]
    assert answer["options"][0]["text"]["text"] == "Eva Martin (S005)"
    answer = suggest(RODRIGUEZ, "eva")
    assert [o["value"] for o in answer["options"]] == ["S001", "S005"]
    # At most 100 options, Slack's limit, and never another teacher's student.
    answer = suggest(RODRIGUEZ, "student")
    assert len(answer["options"]) == 100
    assert suggest(RODRIGUEZ, "pat")["options"] == []
    # The target form acts: an admin finds nobody there, but everyone in the picker.
    assert [o["value"] for o in suggest(ADMIN, "eva")["options"]] == ["S001", "S005", "S007"]
    assert suggest(ADMIN, "eva", ids.TARGET_STUDENT_BLOCK)["options"] == []
    # Someone not on the roster is told nothing.
    assert suggest(STRANGER, "eva") == ""
    values = {ids.PICKER_STUDENT_BLOCK: {ids.STUDENT_INPUT: selected("S0150")}}
    _, ack = named.submit(RODRIGUEZ, view, values)
    assert "Student 0150 (S0150)" in _dumps(ack["view"]["blocks"])
