"""Block Kit payloads pass slack_sdk's validators and Slack's size limits."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from slack_sdk.models.blocks import Block

from bot.blocks import notice, progress_message
from domain.curriculum import BadgeTier, Level, Skill
from domain.progress import ActiveTarget, EarnedBadge, SkillProgress, StudentProgress

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
