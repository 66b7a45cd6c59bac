"""Block Kit payloads pass slack_sdk's validators and Slack's size limits."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from typing import Any

import pytest
from slack_sdk.models.blocks import Block
from slack_sdk.models.views import View

from bot.blocks import notice, progress_message
from bot.home_blocks import home_view
from bot.payloads import (
    METADATA_LIMIT,
    TargetMetadata,
    UploadChoice,
)
from bot.target_blocks import target_modal
from bot.upload_blocks import needs_choice_message, refused_message, upload_picker_modal
from domain.class_overview import ClassOverview, StudentGlance
from domain.curriculum import BadgeTier, EntryType, Level, Skill
from domain.progress import ActiveTarget, EarnedBadge, SkillProgress, StudentProgress
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


def full_progress(name: str = "Eva") -> StudentProgress:
    levels = list(Level)
    return StudentProgress(
        student_id="S001",
        student_name=name,
        skills={
            skill: SkillProgress(
                skill,
                levels[i % 4],
                validated=i % 2 == 0,
                trend=(i % 3) - 1,
                last_evidence=date(2025, 10, 1 + i),
            )
            for i, skill in enumerate(Skill)
        },
        badges=[
            EarnedBadge(skill, level, BadgeTier.for_level(level))  # type: ignore[arg-type]
            for skill in Skill
            for level in levels[1:]
        ],
        targets=[ActiveTarget(skill, Level.DEVELOPING, Level.PROFICIENT) for skill in Skill],
        awaiting_review=12,
    )


def test_progress_with_every_skill_badge_and_target_fits_slack() -> None:
    text, blocks = progress_message(full_progress())
    assert_valid_message(text, blocks)
    body = str(blocks)
    for skill in Skill:
        assert skill.value in body
    assert "Social-emotional learning" in body and "21st-century skills" in body
    assert ":arrow_up_small:" in body and ":hourglass_flowing_sand:" in body
    assert "12 assessments of Eva awaiting your review" in body
    assert text == "Eva (S001): 17 of 17 skills assessed, 51 badges, 12 awaiting review."


def test_progress_for_a_new_student_says_what_comes_next() -> None:
    empty = StudentProgress("S002", "Lucas", {}, [], [], 0)
    text, blocks = progress_message(empty)
    assert_valid_message(text, blocks)
    assert str(blocks).count("_no evidence yet_") == 17
    assert "None yet" in str(blocks)


@pytest.mark.parametrize("name", ["A" * 300, "<b>&Eve</b>"])
def test_long_or_markup_names_stay_within_limits_and_escaped(name: str) -> None:
    text, blocks = progress_message(full_progress(name))
    assert_valid_message(text, blocks)
    assert len(blocks[0]["text"]["text"]) <= 150
    if "<b>" in name:
        assert "&lt;b&gt;&amp;Eve&lt;/b&gt;" in blocks[-2]["elements"][0]["text"]


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


def test_upload_picker_and_target_modal_fit_for_a_large_roster() -> None:
    students = [(f"S{i:04d}", "Name " * 40) for i in range(1, 400)]
    picker = upload_picker_modal(
        UploadChoice(file="F0123", type=EntryType.PARENT_NOTE), "notes.txt", students
    )
    assert_valid_view(picker)
    suggestions = [TargetSuggestion(s, Level.DEVELOPING, Level.PROFICIENT) for s in Skill]
    target = target_modal(
        TargetMetadata(home=True), students, student_id="S0002", suggestions=suggestions
    )
    assert_valid_view(target)
    # Past Slack's 100 options the student is typed, prefilled when known.
    assert target["blocks"][1]["element"]["initial_value"] == "S0002"
    few = target_modal(TargetMetadata(), students[:3], student_id="S0002")
    assert few["blocks"][0]["element"]["initial_option"]["value"] == "S0002"


def test_upload_replies_are_valid() -> None:
    assert_valid_message(*refused_message("notes.xlsx: .xlsx files are not supported."))
    assert_valid_message(*needs_choice_message("F0123", "notes.txt", "Which student?"))
