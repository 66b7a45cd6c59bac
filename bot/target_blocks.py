"""The target modal (pure builder)."""

from __future__ import annotations

from typing import Any

from bot import ids
from bot.blocks import mrkdwn_section, plain, student_input
from bot.payloads import TargetMetadata
from domain.curriculum import Level, Skill
from domain.targets import TargetSuggestion


def target_modal(
    metadata: TargetMetadata,
    students: list[tuple[str, str]],
    *,
    student_id: str | None = None,
    suggestions: list[TargetSuggestion] | None = None,
) -> dict[str, Any]:
    """Student, skill and (optional) target level; suggestions are listed first."""
    suggested = suggestions or []
    first = [s.skill for s in suggested]
    skills = first + [skill for skill in Skill if skill not in first]
    skill_options = [{"text": plain(skill.value), "value": skill.value} for skill in skills]
    blocks: list[dict[str, Any]] = []
    if suggested:
        lines = "\n".join(
            f"\u2022 {s.skill.value}: {s.current_level.value} \u2192 {s.target_level.value}"
            for s in suggested[:10]
        )
        blocks.append(mrkdwn_section(f"*Within reach* (next level up):\n{lines}"))
    blocks += [
        student_input(ids.TARGET_STUDENT_BLOCK, ids.TARGET_STUDENT_INPUT, students, student_id),
        {
            "type": "input",
            "block_id": ids.TARGET_SKILL_BLOCK,
            "label": plain("Skill"),
            "element": {
                "type": "static_select",
                "action_id": ids.TARGET_SKILL_INPUT,
                "placeholder": plain("Choose a skill"),
                "options": skill_options,
            },
        },
        {
            "type": "input",
            "block_id": ids.TARGET_LEVEL_BLOCK,
            "optional": True,
            "label": plain("Target level"),
            "hint": plain("Leave empty for the next level up from the latest validated one."),
            "element": {
                "type": "static_select",
                "action_id": ids.TARGET_LEVEL_INPUT,
                "placeholder": plain("Next level up"),
                "options": [
                    {"text": plain(level.value), "value": level.value}
                    for level in Level
                    if level is not Level.EMERGING
                ],
            },
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
