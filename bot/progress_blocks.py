"""`/progress` as a message (and the same blocks in App Home's progress modal): a pure
builder, within Slack's limits for any student.

The shape: the skills with evidence by category, one line each (level, in growth words,
the evidence's date); every skill without evidence on one line with the next step; the
highest badge per skill with the day it was earned and a count per tier; targets; and
only the actions that work for this student (no chart before a validated level; each
target within reach is a button that opens the target form prefilled).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from bot import ids
from bot.blocks import BADGE_EMOJI, Blocks, context, mrkdwn_section, plain
from bot.mrkdwn import escape
from bot.payloads import ChartRef, StudentRef, TargetPrefill
from domain.curriculum import BadgeTier, Category, Skill
from domain.progress import BadgeSummary, Movement, SkillProgress, StudentProgress

# Buttons for targets within reach: the closest few; the target form lists them all first.
SUGGESTION_BUTTONS = 4
BUTTON_TEXT_LIMIT = 75
DOT = " \u00b7 "
TIER_NAMES = {BadgeTier.GOLD: "gold", BadgeTier.SILVER: "silver", BadgeTier.BRONZE: "bronze"}


def progress_message(progress: StudentProgress, *, with_buttons: bool = True) -> tuple[str, Blocks]:
    """(fallback text, blocks) for `/progress`; `with_buttons` False leaves out actions."""
    name = escape(progress.student_name)
    blocks: Blocks = [
        {"type": "header", "text": plain(progress.student_name[:150])},
    ]
    if not progress.skills:
        blocks.append(
            mrkdwn_section(
                f"No evidence for {name} ({progress.handle}) yet. Share a note, reflection "
                "or transcript with me in our DM and their growth starts here."
            )
        )
    else:
        blocks.append(
            context(
                f"{progress.handle} \u00b7 latest level on each skill: :white_check_mark: "
                "validated by you, :hourglass_flowing_sand: awaiting your review"
            )
        )
        for category in Category:
            lines = [
                _skill_line(found)
                for skill in Skill
                if skill.category is category and (found := progress.skills.get(skill))
            ]
            if lines:
                blocks.append(mrkdwn_section("\n".join([f"*{category.heading}*", *lines])))
        missing = [skill.value for skill in Skill if skill not in progress.skills]
        if missing:
            blocks.append(
                context(
                    f"No evidence yet in {_count(len(missing), 'skill')} ({', '.join(missing)}): "
                    "a note that shows them starts their line."
                )
            )
    blocks.append({"type": "divider"})
    blocks.append(_badges_section(progress.badge_summary))
    if progress.targets:
        targets = "\n".join(
            f"\u2022 {t.skill.value}: {t.starting_level.value} \u2192 {t.target_level.value}"
            for t in progress.targets
        )
        blocks.append(mrkdwn_section(f":dart: *Working towards*\n{targets}"))
    waiting = progress.awaiting_review
    if waiting:
        blocks.append(
            context(
                f":hourglass_flowing_sand: {_count(waiting, 'assessment')} of {name} awaiting "
                "your review."
            )
        )
    if with_buttons:
        blocks += _actions(progress)
    text = (
        f"{name} ({progress.handle}): {len(progress.skills)} of {len(Skill)} skills with "
        f"evidence, {_count(progress.badge_summary.total, 'badge')}, {waiting} awaiting review."
    )
    return text, blocks


def _skill_line(found: SkillProgress) -> str:
    mark = ":white_check_mark:" if found.validated else ":hourglass_flowing_sand:"
    when = f"evidence {_day(found.last_evidence)}"
    words = [when]
    if not found.validated:
        words.insert(0, "awaiting your review")
    elif found.movement is Movement.GREW and found.grew_from is not None:
        words.insert(0, f"grew from {found.grew_from.value}")
    elif found.movement is not None and found.movement is not Movement.FIRST:
        words.insert(0, found.movement.value)
    return f"{mark} {found.skill.value}: *{found.level.value}*{DOT}{DOT.join(words)}"


def _badges_section(summary: BadgeSummary) -> dict[str, Any]:
    if not summary.highest:
        return context("No badges yet: accepting a Developing level or higher earns the first.")
    counts = ", ".join(f"{n} {TIER_NAMES[tier]}" for tier, n in summary.by_tier.items())
    best = "\n".join(
        f"{BADGE_EMOJI[b.tier]} {b.skill.value} ({b.level.value})"
        + (f", earned {_day(b.earned_on)}" if b.earned_on else "")
        for b in summary.highest
    )
    return mrkdwn_section(f"*Badges* ({counts}), the highest per skill:\n{best}")


def _actions(progress: StudentProgress) -> Blocks:
    blocks: Blocks = []
    if progress.may_act and progress.suggestions:
        buttons = [
            {
                "type": "button",
                "text": plain(f"{s.skill.value} \u2192 {s.target_level.value}"[:BUTTON_TEXT_LIMIT]),
                "action_id": f"{ids.TARGET_SUGGESTION_ACTION}:{i}",
                "value": TargetPrefill(
                    s=progress.student_id, skill=s.skill, level=s.target_level
                ).dump(),
            }
            for i, s in enumerate(progress.suggestions[:SUGGESTION_BUTTONS])
        ]
        blocks.append(context("*Within reach*, one click sets it as a target:"))
        blocks.append({"type": "actions", "elements": buttons})
    elements: list[dict[str, Any]] = []
    if progress.awaiting_review and progress.may_act:
        elements.append(
            {
                "type": "button",
                "text": plain("Review now"),
                "style": "primary",
                "action_id": ids.OPEN_REVIEW_ACTION,
                "value": "progress",
            }
        )
    if progress.has_validated_levels:
        elements.append(
            {
                "type": "button",
                "text": plain("Growth chart"),
                "action_id": ids.CHART_ACTION,
                "value": ChartRef(s=progress.student_id).dump(),
            }
        )
    if progress.may_act:
        elements.append(
            {
                "type": "button",
                "text": plain("Set a target"),
                "action_id": ids.OPEN_TARGET_ACTION,
                "value": StudentRef(s=progress.student_id).dump(),
            }
        )
    if elements:
        blocks.append({"type": "actions", "elements": elements})
    return blocks


def _day(on: date) -> str:
    return f"{on.day} {on:%b %Y}"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"
