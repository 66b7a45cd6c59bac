"""Block Kit builders: plain results in, Slack payloads out. Pure, so they are unit-tested
against slack_sdk's validators and Slack's size limits."""

from __future__ import annotations

from typing import Any

from bot import ids
from bot.mrkdwn import escape
from bot.payloads import ChartRef, StudentRef
from domain.charts import ChartScope
from domain.curriculum import BadgeTier, Category, Skill
from domain.progress import StudentProgress

Blocks = list[dict[str, Any]]
SECTION_TEXT_LIMIT = 3000
TREND_MARKS = {1: " :arrow_up_small:", 0: " :left_right_arrow:", -1: " :arrow_down_small:"}
BADGE_EMOJI = {
    BadgeTier.BRONZE: ":third_place_medal:",
    BadgeTier.SILVER: ":second_place_medal:",
    BadgeTier.GOLD: ":first_place_medal:",
}


def mrkdwn_section(text: str) -> dict[str, Any]:
    if len(text) > SECTION_TEXT_LIMIT:
        text = text[: SECTION_TEXT_LIMIT - 1] + "\u2026"
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def plain(text: str) -> dict[str, Any]:
    return {"type": "plain_text", "text": text}


def context(text: str) -> dict[str, Any]:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": text}]}


def progress_message(progress: StudentProgress, *, with_buttons: bool = True) -> tuple[str, Blocks]:
    """(fallback text, blocks) for `/progress`: 17 skills by category, badges, targets."""
    name = escape(progress.student_name)
    blocks: Blocks = [
        {
            "type": "header",
            "text": {
                "type": "plain_text",
                "text": f"{progress.student_name[:120]} ({progress.student_id})",
            },
        },
        {
            "type": "context",
            "elements": [
                {
                    "type": "mrkdwn",
                    "text": (
                        "Latest level on each skill. :white_check_mark: validated by a teacher, "
                        ":hourglass_flowing_sand: awaiting your review; arrows compare the last "
                        "two validated levels."
                    ),
                }
            ],
        },
    ]
    for category in Category:
        lines = [f"*{category.title}*"]
        for skill in (s for s in Skill if s.category is category):
            lines.append(_skill_line(progress, skill))
        blocks.append(mrkdwn_section("\n".join(lines)))
    blocks.append({"type": "divider"})
    if progress.badges:
        badges = "  ".join(
            f"{BADGE_EMOJI[b.tier]} {b.skill.value} ({b.level.value})" for b in progress.badges
        )
        blocks.append(mrkdwn_section(f"*Badges earned*\n{badges}"))
    else:
        blocks.append(
            mrkdwn_section(
                "*Badges earned*\nNone yet: the first comes with a validated Developing level."
            )
        )
    if progress.targets:
        targets = "\n".join(
            f"\u2022 {t.skill.value}: {t.starting_level.value} \u2192 {t.target_level.value}"
            for t in progress.targets
        )
        blocks.append(mrkdwn_section(f"*Working towards*\n{targets}"))
    waiting = progress.awaiting_review
    blocks.append(
        {
            "type": "context",
            "elements": [
                {
                    "type": "mrkdwn",
                    "text": (
                        f"{waiting} assessment{'s' if waiting != 1 else ''} of {name} "
                        "awaiting your review."
                        if waiting
                        else f"Nothing of {name} awaits review."
                    ),
                }
            ],
        }
    )
    if with_buttons:
        student = StudentRef(s=progress.student_id).dump()
        blocks.append(
            {
                "type": "actions",
                "elements": [
                    {
                        "type": "button",
                        "text": plain("Chart by skill"),
                        "action_id": ids.CHART_ACTION,
                        "value": ChartRef(s=progress.student_id).dump(),
                    },
                    {
                        "type": "button",
                        "text": plain("Chart by category"),
                        "action_id": ids.CHART_CATEGORY_ACTION,
                        "value": ChartRef(s=progress.student_id, by=ChartScope.CATEGORY).dump(),
                    },
                    {
                        "type": "button",
                        "text": plain("Set a target"),
                        "action_id": ids.OPEN_TARGET_ACTION,
                        "value": student,
                    },
                ],
            }
        )
    assessed = len(progress.skills)
    text = (
        f"{name} ({progress.student_id}): {assessed} of {len(Skill)} skills "
        f"assessed, {len(progress.badges)} badges, {waiting} awaiting review."
    )
    return text, blocks


def _skill_line(progress: StudentProgress, skill: Skill) -> str:
    found = progress.skills.get(skill)
    if found is None:
        return f"{skill.value}: _no evidence yet_"
    mark = ":white_check_mark:" if found.validated else ":hourglass_flowing_sand:"
    trend = TREND_MARKS.get(found.trend, "") if found.trend is not None else ""
    when = found.last_evidence.strftime("%-d %b %Y")
    return f"{mark} {skill.value}: *{found.level.value}*{trend}  _(evidence {when})_"


def notice(text: str) -> tuple[str, Blocks]:
    """A short message for the person (usage help, a refusal): text and one section.
    `text` is mrkdwn: whatever in it comes from data is escaped by the caller."""
    return text, [mrkdwn_section(text)]


# Slack's cap on a static select's options: a larger class is searched by type-ahead.
OPTIONS_LIMIT = 100


def student_option(student_id: str, name: str) -> dict[str, Any]:
    """A student in a menu: the name first, the id after it (an option text holds 75)."""
    return {"text": plain(f"{name[:60]} ({student_id})"), "value": student_id}


def student_input(
    block_id: str,
    action_id: str,
    students: list[tuple[str, str]],
    initial: str | None = None,
    *,
    searchable: bool = False,
) -> dict[str, Any]:
    """An input block choosing one student: a menu of the teacher's class, or, for a class
    larger than a menu holds (or `searchable`: an admin's whole school), a type-ahead whose
    options Slack loads from the app as the teacher types."""
    element: dict[str, Any]
    chosen = next((student_option(sid, name) for sid, name in students if sid == initial), None)
    if len(students) <= OPTIONS_LIMIT and not searchable:
        element = {
            "type": "static_select",
            "action_id": action_id,
            "placeholder": plain("One of your students"),
            "options": [student_option(sid, name) for sid, name in students],
        }
    else:
        element = {
            "type": "external_select",
            "action_id": action_id,
            "placeholder": plain("Type a name or id"),
            "min_query_length": 1,
        }
    if chosen is not None:
        element["initial_option"] = chosen
    return {"type": "input", "block_id": block_id, "label": plain("Student"), "element": element}
