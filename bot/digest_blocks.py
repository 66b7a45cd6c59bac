"""The weekly digest as a Slack message: a pure builder, within Slack's limits for any
class size (each list is cut short with "and N more").

Badges: one line per student, the highest badge per skill, with the day earned and, when
the evidence is older than the week, its date. Check-ins: each suggestion with its reason
and two buttons, "Checked in" and "Not needed"; the answer is remembered
(bot/listeners/checkins.py), so the suggestion is not made again."""

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
from bot.payloads import CheckInAnswerRef
from domain.digest import CheckIn, Period, StudentBadges, TeacherDigest
from domain.models import CheckInAnswerChoice

# Lines per list: a digest is read in a minute; the rest is one click away in /progress.
BADGE_LINES = 12
# Skills named on a student's badge line; the rest are counted.
BADGE_SKILLS = 3
TARGET_LINES = 8
# Each suggestion is two blocks (its reason, its answer buttons): 8 keep a digest well
# inside Slack's 50 blocks.
CHECK_IN_LINES = 8
ANSWERS = (
    (CheckInAnswerChoice.CHECKED_IN, "Checked in"),
    (CheckInAnswerChoice.NOT_NEEDED, "Not needed"),
)
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
        students = digest.badges_by_student()
        blocks.append(
            _list_section(
                f":sports_medal: *Badges earned* ({_count(len(digest.badges), 'badge')}, "
                f"{_count(len(students), 'student')})",
                [_badge_line(student, period) for student in students],
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
            mrkdwn_section(f":speech_balloon: *Worth a check-in* ({len(digest.check_ins)})")
        )
        for i, check_in in enumerate(digest.check_ins[:CHECK_IN_LINES]):
            blocks += _check_in_blocks(i, check_in, period)
        hidden = len(digest.check_ins) - CHECK_IN_LINES
        if hidden > 0:
            blocks.append(context(f"and {hidden} more: answer these and they make room."))
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


def _badge_line(student: StudentBadges, period: Period) -> str:
    best = student.highest
    named = ", ".join(f"{b.skill.value} ({b.level.value})" for b in best[:BADGE_SKILLS])
    more = f" and {len(best) - BADGE_SKILLS} more" if len(best) > BADGE_SKILLS else ""
    days = sorted({b.earned_on for b in best if b.earned_on})
    when = ""
    if days:
        when = f", earned {_day(days[0])}"
        if len(days) > 1:
            when += f"\u2013{_day(days[-1])}"
    old = sorted(b.evidence_on for b in best if b.evidence_on and b.evidence_on < period.first)
    evidence = f" for evidence from {_day(old[0])}" if old else ""
    return (
        f"{BADGE_EMOJI[best[0].tier]} {_name(student.student_name)}: {named}{more}{when}{evidence}"
    )


def _check_in_blocks(i: int, check_in: CheckIn, period: Period) -> Blocks:
    reason = f"*{_name(check_in.student_name)}*: {escape(check_in.reason)}."
    buttons = [
        {
            "type": "button",
            "text": plain(label),
            "action_id": f"{ids.CHECKIN_ANSWER_ACTION}:{choice.value}",
            "value": CheckInAnswerRef(
                s=check_in.student_id,
                kind=check_in.kind,
                basis=check_in.basis,
                week=period.week_start,
                answer=choice,
                skill=check_in.skill,
            ).dump(),
        }
        for choice, label in ANSWERS
    ]
    return [
        mrkdwn_section(reason if len(reason) <= 600 else reason[:599] + "\u2026"),
        {"type": "actions", "block_id": f"{ids.CHECKIN_BLOCK_PREFIX}{i}", "elements": buttons},
    ]


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


def _day(on: date) -> str:
    return f"{on.day} {on:%b}"


def _name(name: str) -> str:
    return escape(name[:80])


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _span(first: date, last: date) -> str:
    if first.month == last.month:
        return f"{first.day}\u2013{last.day} {last:%b %Y}"
    return f"{first.day} {first:%b} \u2013 {last.day} {last:%b %Y}"
