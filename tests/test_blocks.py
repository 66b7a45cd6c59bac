"""Block Kit payloads pass slack_sdk's validators and Slack's size limits."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date
from typing import Any

import pytest
from slack_sdk.models.blocks import Block
from slack_sdk.models.views import View

from bot import ids
from bot.blocks import notice, progress_message
from bot.home_blocks import home_view, progress_modal
from bot.payloads import (
    METADATA_LIMIT,
    OPTION_VALUE_LIMIT,
    TargetMetadata,
    TargetPrefill,
    UploadChoice,
    student_of_home_row,
)
from bot.student_blocks import progress_picker, student_options
from bot.target_blocks import target_modal
from bot.upload_blocks import needs_choice_message, refused_message, upload_picker_modal
from domain.class_overview import ClassOverview, StudentGlance
from domain.curriculum import BadgeTier, EntryType, Level, Skill
from domain.progress import (
    ActiveTarget,
    EarnedBadge,
    Movement,
    SkillProgress,
    StudentProgress,
)
from domain.students import StudentMatch
from domain.targets import TargetSuggestion

MESSAGE_BLOCK_LIMIT = 50
SECTION_TEXT_LIMIT = 3000


def assert_valid_message(text: str, blocks: list[dict[str, Any]]) -> None:
    assert text.strip(), "every message needs a plain-text fallback"
    assert len(blocks) <= MESSAGE_BLOCK_LIMIT
    for raw in blocks:
        block = Block.parse(raw)
        assert block is not None, raw
        block.validate_json()  # raises SlackObjectFormationError past Slack's limits
        if raw["type"] == "section":
            assert len(raw["text"]["text"]) <= SECTION_TEXT_LIMIT
    for option in _all_options(blocks):
        assert len(option["value"]) <= OPTION_VALUE_LIMIT, option


# Slack markup a screen reader would read aloud in a notification: `:emoji:`, *bold*,
# _italic_, ~strike~, `code`.
MARKUP = re.compile(r":[a-z0-9_+-]+:|[*_~`]")


def assert_plain_fallback(text: str) -> None:
    assert not MARKUP.search(text), text


def full_progress(name: str = "Eva") -> StudentProgress:
    levels = list(Level)
    movements = [Movement.GREW, Movement.STEADY, Movement.NEW_EVIDENCE, Movement.FIRST]
    return StudentProgress(
        student_id="S001",
        handle="S001",
        student_name=name,
        skills={
            skill: SkillProgress(
                skill,
                levels[i % 4],
                validated=i % 5 != 4,
                movement=movements[i % 4],
                last_evidence=date(2025, 10, 1 + i),
                grew_from=Level.EMERGING if i % 4 == 0 else None,
            )
            for i, skill in enumerate(Skill)
        },
        badges=[
            EarnedBadge(skill, level, BadgeTier.for_level(level), date(2025, 9, 18))  # type: ignore[arg-type]
            for skill in Skill
            for level in levels[1:]
        ],
        targets=[ActiveTarget(skill, Level.DEVELOPING, Level.PROFICIENT) for skill in Skill],
        awaiting_review=12,
        suggestions=[
            TargetSuggestion(skill, Level.DEVELOPING, Level.PROFICIENT) for skill in Skill
        ],
    )


def test_progress_with_every_skill_badge_and_target_fits_slack() -> None:
    text, blocks = progress_message(full_progress())
    assert_valid_message(text, blocks)
    assert_plain_fallback(text)
    body = json.dumps(blocks)
    for skill in Skill:
        assert skill.value in body
    assert "Social-emotional learning" in body and "21st-century skills" in body
    assert "12 assessments of Eva awaiting your review" in body
    assert text == "Eva (S001): 17 of 17 skills with evidence, 51 badges, 12 awaiting review."


def test_progress_says_growth_in_words_and_never_points_down() -> None:
    _, blocks = progress_message(full_progress())
    body = json.dumps(blocks)
    assert "arrow" not in body
    assert "grew from Emerging" in body and "steady" in body and "new evidence" in body
    # The level's own line for a pending level says it awaits review, not a movement.
    assert "awaiting your review" in body


def test_progress_shows_the_highest_badge_per_skill_and_counts_by_tier() -> None:
    _, blocks = progress_message(full_progress())
    (badges,) = [b for b in blocks if "*Badges*" in b.get("text", {}).get("text", "")]
    text = badges["text"]["text"]
    assert text.startswith("*Badges* (17 gold, 17 silver, 17 bronze), the highest per skill:")
    # 17 lines, one per skill, each its gold badge with the day it was earned.
    lines = text.splitlines()[1:]
    assert len(lines) == 17
    assert lines[0] == ":first_place_medal: Self-Awareness (Advanced), earned 18 Sep 2025"
    assert "Proficient)" not in text


def test_progress_for_a_new_student_is_one_line_with_the_next_step() -> None:
    empty = StudentProgress("S002", "Lucas", {}, [], [], 0, handle="S002")
    text, blocks = progress_message(empty)
    assert_valid_message(text, blocks)
    assert_plain_fallback(text)
    body = json.dumps(blocks)
    assert "no evidence yet" not in body.lower().replace("no evidence for lucas", "")
    assert "No evidence for Lucas (S002) yet. Share a note" in body
    assert "No badges yet: accepting a Developing level or higher earns the first." in body
    # No chart without a validated level, no review button with nothing to review.
    assert ids.CHART_ACTION not in body and ids.OPEN_REVIEW_ACTION not in body
    assert ids.OPEN_TARGET_ACTION in body


def test_skills_without_evidence_share_one_line() -> None:
    progress = full_progress()
    some = dict(list(progress.skills.items())[:5])
    text, blocks = progress_message(StudentProgress("S001", "Eva", some, [], [], 0, suggestions=[]))
    assert_valid_message(text, blocks)
    body = json.dumps(blocks)
    assert body.count("No evidence yet") == 1
    assert "No evidence yet in 12 skills (Working Memory, Inhibitory Control" in body


def test_actions_only_where_they_work() -> None:
    progress = full_progress()
    _, blocks = progress_message(progress)
    actions = [e for b in blocks if b["type"] == "actions" for e in b["elements"]]
    by_id = [e["action_id"] for e in actions]
    assert by_id[:4] == [f"{ids.TARGET_SUGGESTION_ACTION}:{i}" for i in range(4)]
    assert TargetPrefill.model_validate_json(actions[0]["value"]) == TargetPrefill(
        s="S001", skill=Skill.SELF_AWARENESS, level=Level.PROFICIENT
    )
    assert by_id[4:] == [ids.OPEN_REVIEW_ACTION, ids.CHART_ACTION, ids.OPEN_TARGET_ACTION]
    # Only pending levels: nothing a chart could draw.
    pending = {
        skill: SkillProgress(skill, Level.PROFICIENT, False, None, date(2025, 10, 1))
        for skill in Skill
    }
    _, blocks = progress_message(StudentProgress("S001", "Eva", pending, [], [], 17))
    assert ids.CHART_ACTION not in json.dumps(blocks)
    # An admin looking on: a chart, no target or review buttons.
    admin = full_progress()
    looking = StudentProgress(
        admin.student_id, admin.student_name, admin.skills, [], [], 3, may_act=False
    )
    _, blocks = progress_message(looking)
    body = json.dumps(blocks)
    assert ids.CHART_ACTION in body
    assert ids.OPEN_TARGET_ACTION not in body and ids.TARGET_SUGGESTION_ACTION not in body


@pytest.mark.parametrize("name", ["A" * 300, "<b>&Eve</b>"])
def test_long_or_markup_names_stay_within_limits_and_escaped(name: str) -> None:
    text, blocks = progress_message(full_progress(name))
    assert_valid_message(text, blocks)
    assert len(blocks[0]["text"]["text"]) <= 150
    if "<b>" in name:
        assert "&lt;b&gt;&amp;Eve&lt;/b&gt;" in json.dumps(blocks)
        assert "<b>" not in text


def test_the_progress_modal_keeps_the_actions_and_fits_a_view() -> None:
    _, blocks = progress_message(full_progress("<Eva> " + "A" * 300))
    view = progress_modal("Eva (S001)", blocks)
    assert_valid_view(view)
    assert ids.CHART_ACTION in json.dumps(view)


def test_notice_is_valid_and_truncates() -> None:
    assert_valid_message(*notice("x" * 5000))


VIEW_BLOCK_LIMIT = 100


def assert_valid_view(view: dict[str, Any]) -> None:
    assert len(view["blocks"]) <= VIEW_BLOCK_LIMIT
    View(**view).validate_json()  # title, metadata and block limits
    assert len(view.get("private_metadata", "")) <= METADATA_LIMIT
    for raw in view["blocks"]:
        block = Block.parse(raw)
        assert block is not None, raw
        block.validate_json()
    # slack_sdk does not validate an accessory's options; Slack refuses the whole view.
    for option in _all_options(view["blocks"]):
        assert len(option["value"]) <= OPTION_VALUE_LIMIT, option


def _all_options(node: Any) -> list[dict[str, Any]]:
    if isinstance(node, list):
        return [option for item in node for option in _all_options(item)]
    if not isinstance(node, dict):
        return []
    found = [o for o in node.get("options", []) if "value" in o]
    if "initial_option" in node:
        found.append(node["initial_option"])
    return found + [o for key, v in node.items() if key != "options" for o in _all_options(v)]


def test_app_home_for_a_large_class_stays_within_a_view() -> None:
    students = [
        StudentGlance(
            f"S{i:04d}",
            "<Student> " + "N" * 200,
            Counter({Level.PROFICIENT: 9, Level.DEVELOPING: 8}),
            awaiting_review=3,
            targets=[(skill, Level.ADVANCED) for skill in Skill],
        )
        for i in range(1, 301)
    ]
    view = home_view(ClassOverview("Ms. Rodriguez", students))
    assert_valid_view(view)
    assert "and 206 more" in json.dumps(view)


# A OneRoster sourcedId may be any text up to 128 characters; the roster import allows it.
SIS_KEY = "district-7f3e9c1a-" + "k" * 110


def test_app_home_menus_fit_for_the_longest_roster_key() -> None:
    student = StudentGlance(SIS_KEY, "Eva Ruiz", Counter({Level.PROFICIENT: 2}), handle="S001")
    view = home_view(ClassOverview("Ms. Rodriguez", [student]))
    assert_valid_view(view)  # each overflow option's value within Slack's 150
    row = next(b for b in view["blocks"] if b.get("accessory", {}).get("type") == "overflow")
    assert student_of_home_row(row["block_id"]) == SIS_KEY
    assert SIS_KEY not in json.dumps(row["text"])  # the teacher reads the handle


def test_pickers_show_the_handle_never_the_roster_key() -> None:
    students = [StudentMatch(SIS_KEY, "Eva Ruiz", "S001"), StudentMatch("S002", "Lucas Ng", "")]
    picker = upload_picker_modal(UploadChoice(file="F0123"), "notes.txt", students)
    target = target_modal(TargetMetadata(), students, student_id=SIS_KEY)
    for view in (picker, target, progress_picker(students)):
        assert_valid_view(view)
        shown = json.dumps([e.get("text") for e in _options(view)])
        assert "Eva Ruiz (S001)" in shown and SIS_KEY not in shown
        assert "Lucas Ng (S002)" in shown  # a student with no handle yet: the key is all
    assert target["blocks"][0]["element"]["initial_option"]["value"] == SIS_KEY
    (option,) = student_options(students[:1])
    assert option == {"text": {"type": "plain_text", "text": "Eva Ruiz (S001)"}, "value": SIS_KEY}


def _options(view: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        option
        for block in view["blocks"]
        for option in (block.get("element") or {}).get("options", [])
    ]


def test_upload_picker_and_target_modal_fit_for_a_large_roster() -> None:
    students = [StudentMatch(f"S{i:04d}", "Name " * 40) for i in range(1, 400)]
    picker = upload_picker_modal(
        UploadChoice(file="F0123", type=EntryType.PARENT_NOTE), "notes.txt", students
    )
    assert_valid_view(picker)
    suggestions = [TargetSuggestion(s, Level.DEVELOPING, Level.PROFICIENT) for s in Skill]
    target = target_modal(
        TargetMetadata(home=True), students, student_id="S0002", suggestions=suggestions
    )
    assert_valid_view(target)
    # Past Slack's 100 options the student is found by type-ahead, prefilled when known.
    element = target["blocks"][1]["element"]
    assert element["type"] == "external_select" and "options" not in element
    assert element["initial_option"]["value"] == "S0002"
    assert element["action_id"] == ids.STUDENT_INPUT
    few = target_modal(TargetMetadata(), students[:3], student_id="S0002")
    assert few["blocks"][0]["element"]["initial_option"]["value"] == "S0002"


def test_a_suggestion_opens_the_target_form_prefilled_and_listed_first() -> None:
    students = [StudentMatch("S0002", "Lucas")]
    suggestions = [TargetSuggestion(Skill.ORGANIZATION, Level.DEVELOPING, Level.PROFICIENT)]
    view = target_modal(
        TargetMetadata(),
        students,
        student_id="S0002",
        suggestions=suggestions,
        skill=Skill.ORGANIZATION,
        level=Level.PROFICIENT,
    )
    assert_valid_view(view)
    student, skill, level = (b["element"] for b in view["blocks"] if b["type"] == "input")
    assert student["initial_option"]["value"] == "S0002"
    assert skill["initial_option"] == {
        "text": {"type": "plain_text", "text": "Organization: within reach, Proficient"},
        "value": "Organization",
    }
    assert skill["options"][0]["value"] == "Organization"
    assert level["initial_option"]["value"] == "Proficient"


def test_upload_replies_are_valid() -> None:
    assert_valid_message(*refused_message("notes.xlsx: .xlsx files are not supported."))
    assert_valid_message(*needs_choice_message("F0123", "notes.txt", "Which student?"))
