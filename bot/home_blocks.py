"""App Home and the views opened from it (pure builders)."""

from __future__ import annotations

from typing import Any

from bot import ids
from bot.blocks import Blocks, context, mrkdwn_section, plain
from bot.mrkdwn import escape
from bot.payloads import HomeChoice, StudentRef, home_row_block_id
from domain.class_overview import ClassOverview, StudentGlance
from domain.curriculum import Level

VIEW_BLOCK_LIMIT = 100
# Header, intro, actions, divider, and a closing note leave room for this many students.
HOME_STUDENTS = VIEW_BLOCK_LIMIT - 6
LEVEL_MARKS = {
    Level.ADVANCED: "A",
    Level.PROFICIENT: "P",
    Level.DEVELOPING: "D",
    Level.EMERGING: "E",
}
MENU = (("progress", "Progress"), ("chart", "Growth chart"), ("target", "Set a target"))


def home_view(overview: ClassOverview) -> dict[str, Any]:
    waiting = overview.awaiting_review
    blocks: Blocks = [
        {"type": "header", "text": plain("Your class at a glance")},
        mrkdwn_section(
            f"*{waiting}* assessment(s) awaiting your review."
            if waiting
            else "Nothing awaits your review. Share a note or transcript with me to add evidence."
        ),
    ]
    buttons: list[dict[str, Any]] = []
    if waiting:
        buttons.append(
            {
                "type": "button",
                "text": plain("Review now"),
                "style": "primary",
                "action_id": ids.OPEN_REVIEW_ACTION,
                "value": "home",
            }
        )
    buttons.append(
        {
            "type": "button",
            "text": plain("Set a target"),
            "action_id": ids.OPEN_TARGET_ACTION,
            "value": StudentRef().dump(),
        }
    )
    blocks += [{"type": "actions", "elements": buttons}, {"type": "divider"}]
    if not overview.students:
        blocks.append(mrkdwn_section("No students on your roster yet: ask your Flourish admin."))
    for student in overview.students[:HOME_STUDENTS]:
        blocks.append(_student_row(student))
    hidden = len(overview.students) - HOME_STUDENTS
    if hidden > 0:
        blocks.append(context(f"and {hidden} more: `/progress S###` shows any of them."))
    return {"type": "home", "blocks": blocks}


def _student_row(student: StudentGlance) -> dict[str, Any]:
    if student.skills_assessed:
        spread = " \u00b7 ".join(
            f"{student.levels[level]} {level.value}"
            for level in reversed(Level)
            if student.levels[level]
        )
        standing = f"{student.skills_assessed} skills: {spread}"
    else:
        standing = "_no evidence yet_"
    lines = [f"*{escape(student.name)}* ({student.handle})  {standing}"]
    if student.awaiting_review:
        lines.append(f":hourglass_flowing_sand: {student.awaiting_review} awaiting review")
    if student.targets:
        goals = ", ".join(f"{skill.value} \u2192 {level.value}" for skill, level in student.targets)
        lines.append(f":dart: {goals}")
    row = mrkdwn_section("\n".join(lines))
    row["block_id"] = home_row_block_id(student.student_id)
    row["accessory"] = {
        "type": "overflow",
        "action_id": ids.HOME_STUDENT_MENU,
        "options": [
            {"text": plain(label), "value": HomeChoice(do=do).dump()} for do, label in MENU
        ],
    }
    return row


def progress_modal(title_text: str, blocks: Blocks) -> dict[str, Any]:
    """/progress's blocks in a modal, for a click from App Home."""
    return {
        "type": "modal",
        "callback_id": ids.PROGRESS_VIEW,
        "title": plain(title_text[:24]),
        "close": plain("Close"),
        "blocks": blocks[:VIEW_BLOCK_LIMIT],
    }
