"""The weekly digest as a Slack message: a pure builder, within Slack's limits for any
class size (each list is cut short with "and N more")."""

from __future__ import annotations

from datetime import date
from typing import Any

from bot import ids
from bot.blocks import (
    BADGE_EMOJI,
    SECTION_TEXT_LIMIT,
    Blocks,
    context,
    mrkdwn_section,
    plain,
)
from bot.mrkdwn import escape
from domain.digest import CheckIn, TeacherDigest

# Lines per list: a digest is read in a minute; the rest is one click away in /progress.
BADGE_LINES = 12
TARGET_LINES = 8
CHECK_IN_LINES = 10
HEADER = "Your week in Flourish"
REVIEW_BUTTON_VALUE = "digest"


def digest_message(digest: TeacherDigest) -> tuple[str, Blocks]:
    """(fallback text, blocks) for one teacher's weekly digest."""
    period = digest.period
    blocks: Blocks = [
        {"type": "header", "text": plain(HEADER)},
        context(f"{_span(period.first, period.last)}: what your students showed last week."),
    ]
    if (best := digest.highlight) is not None:
        blocks.append(
            mrkdwn_section(
                f":seedling: *Growth of the week*\n{_name(best.student_name)} grew from "
                f"{best.from_level.value} to {best.to_level.value} in {best.skill.value}. :tada:"
            )
        )
    if digest.badges:
        blocks.append(
            _list_section(
                f":sports_medal: *Badges earned* ({len(digest.badges)})",
                [
                    f"{BADGE_EMOJI[b.tier]} {_name(b.student_name)}: {b.skill.value} "
                    f"({b.level.value})"
                    for b in digest.badges
                ],
                BADGE_LINES,
            )
        )
    if digest.targets_completed:
        blocks.append(
            _list_section(
                f":dart: *Targets reached* ({len(digest.targets_completed)})",
                [
                    f"\u2022 {_name(t.student_name)}: {t.skill.value}, "
                    f"{t.starting_level.value} \u2192 {t.target_level.value} :white_check_mark:"
                    for t in digest.targets_completed
                ],
                TARGET_LINES,
            )
        )
    if digest.active_targets:
        blocks.append(
            _list_section(
                f":chart_with_upwards_trend: *Working towards* ({len(digest.active_targets)})",
                [
                    f"\u2022 {_name(t.student_name)}: {t.skill.value}, aiming for "
                    f"{t.target_level.value} "
                    + (
                        f"(now {t.current_level.value})"
                        if t.current_level
                        else "(no validated level yet)"
                    )
                    for t in digest.active_targets
                ],
                TARGET_LINES,
            )
        )
    if digest.check_ins:
        blocks.append(
            _list_section(
                f":speech_balloon: *Worth a check-in* ({len(digest.check_ins)})",
                [_check_in_line(c) for c in digest.check_ins],
                CHECK_IN_LINES,
            )
        )
    if digest.awaiting_review:
        blocks.append(
            mrkdwn_section(
                f":hourglass_flowing_sand: *{_count(digest.awaiting_review, 'assessment')} "
                f"awaiting your review.* Accepting or correcting them is what turns evidence "
                "into badges and targets reached."
            )
        )
        blocks.append(
            {
                "type": "actions",
                "elements": [
                    {
                        "type": "button",
                        "text": plain("Open review queue"),
                        "style": "primary",
                        "action_id": ids.OPEN_REVIEW_ACTION,
                        "value": REVIEW_BUTTON_VALUE,
                    }
                ],
            }
        )
    blocks.append(
        context("Weekly digest from Flourish. Levels count once you have validated them.")
    )
    return _fallback(digest), blocks


def _check_in_line(check_in: CheckIn) -> str:
    return f"\u2022 *{_name(check_in.student_name)}*: {escape(check_in.reason)}."


def _list_section(title: str, lines: list[str], limit: int) -> dict[str, Any]:
    """A titled list of at most `limit` lines that fits a section, the rest counted."""
    shown: list[str] = []
    # Room kept for the "and N more" line.
    budget = SECTION_TEXT_LIMIT - len(title) - 40
    for line in lines[:limit]:
        line = line if len(line) <= 300 else line[:299] + "\u2026"
        if sum(len(s) + 1 for s in shown) + len(line) + 1 > budget:
            break
        shown.append(line)
    hidden = len(lines) - len(shown)
    if hidden:
        shown.append(f"_and {hidden} more_")
    return mrkdwn_section("\n".join([title, *shown]))


def _fallback(digest: TeacherDigest) -> str:
    parts = [
        _count(len(digest.badges), "badge"),
        _count(len(digest.targets_completed), "target") + " reached",
        _count(len(digest.check_ins), "check-in idea"),
        f"{digest.awaiting_review} awaiting review",
    ]
    period = digest.period
    return f"Your Flourish week, {_span(period.first, period.last)}: {', '.join(parts)}."


def _name(name: str) -> str:
    return escape(name[:80])


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _span(first: date, last: date) -> str:
    if first.month == last.month:
        return f"{first.day}\u2013{last.day} {last:%b %Y}"
    return f"{first.day} {first:%b} \u2013 {last.day} {last:%b %Y}"
