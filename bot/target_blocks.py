"""The target modal (pure builder)."""

from __future__ import annotations

from typing import Any

from bot import ids
from bot.blocks import context, plain, student_input
from bot.payloads import TargetMetadata
from domain.curriculum import Level, Skill
from domain.students import StudentMatch
from domain.targets import TargetSuggestion


def target_modal(
    metadata: TargetMetadata,
    students: list[StudentMatch],
    *,
    student_id: str | None = None,
    suggestions: list[TargetSuggestion] | None = None,
    skill: Skill | None = None,
    level: Level | None = None,
) -> dict[str, Any]:
    """Student, skill and (optional) target level, prefilled with what is known. Skills
    within reach come first in the skill menu, each saying its next level: choosing one is
    choosing the suggestion."""
    suggested = {s.skill: s for s in suggestions or []}
    skills = list(suggested) + [s for s in Skill if s not in suggested]
    skill_options = [
        {
            "text": plain(
                f"{s.value}: within reach, {suggested[s].target_level.value}"
                if s in suggested
                else s.value
            ),
            "value": s.value,
        }
        for s in skills
    ]
    level_options = [
        {"text": plain(lvl.value), "value": lvl.value} for lvl in Level if lvl is not Level.EMERGING
    ]
    skill_element: dict[str, Any] = {
        "type": "static_select",
        "action_id": ids.TARGET_SKILL_INPUT,
        "placeholder": plain("Choose a skill"),
        "options": skill_options,
    }
    if skill is not None:
        skill_element["initial_option"] = next(o for o in skill_options if o["value"] == skill)
    level_element: dict[str, Any] = {
        "type": "static_select",
        "action_id": ids.TARGET_LEVEL_INPUT,
        "placeholder": plain("Next level up"),
        "options": level_options,
    }
    if level is not None and level is not Level.EMERGING:
        level_element["initial_option"] = next(o for o in level_options if o["value"] == level)
    blocks: list[dict[str, Any]] = []
    if suggested and skill is None:
        blocks.append(context("Skills within reach (the next level up) are first in the menu."))
    blocks += [
        student_input(ids.TARGET_STUDENT_BLOCK, ids.TARGET_STUDENT_INPUT, students, student_id),
        {
            "type": "input",
            "block_id": ids.TARGET_SKILL_BLOCK,
            "label": plain("Skill"),
            "element": skill_element,
        },
        {
            "type": "input",
            "block_id": ids.TARGET_LEVEL_BLOCK,
            "optional": True,
            "label": plain("Target level"),
            "hint": plain("Leave empty for the next level up from the latest validated one."),
            "element": level_element,
        },
    ]
    return {
        "type": "modal",
        "callback_id": ids.TARGET_VIEW,
        "private_metadata": metadata.dump(),
        "title": plain("Set a target"),
        "submit": plain("Set target"),
        "close": plain("Cancel"),
        "blocks": blocks,
    }
