"""One assessment as a review message shows it: a single scannable line (skill, level, a
short quote, and "Worth a closer look" only where the domain says so), its menu or its
Undo button, and the controls that accept several at once. Shared by the entry message
and the /review page (bot/review_blocks.py, bot/review_page_blocks.py)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from bot import ids
from bot.blocks import BADGE_EMOJI, mrkdwn_section, plain
from bot.mrkdwn import escape
from bot.payloads import AssessmentIds, AssessmentRef, ItemAction, ItemChoice
from domain.entry_review import DocumentRef, ReviewedItem
from domain.models import ReviewState

SHORT_QUOTE = 72
REASON_LIMIT = 200
CLOSER_LOOK = "Worth a closer look"
# Slack's limits: 10 options in a checkbox group, 75 characters of a button's or option's text.
CHECKBOX_OPTIONS = 10
OPTION_TEXT_LIMIT = 75


def item_section(item: ReviewedItem, *, with_student: bool = False) -> dict[str, Any]:
    """The item's line, with its menu (pending) or Undo (reviewed in the last 10 minutes)."""
    lines = [_line(item, with_student=with_student)]
    if with_student and item.document is not None:
        lines.append(f"_{document_words(item.document)}_")
    section = mrkdwn_section("\n".join(lines))
    section["accessory"] = _accessory(item)
    return section


def document_words(document: DocumentRef) -> str:
    """`Reflection journal, 29 Aug 2025, S001_reflection.md`, the file linked to Slack."""
    words = f"{document.entry_type.label}, {document.entry_date:%-d %b %Y}"
    if document.file_name:
        name = escape(document.file_name)
        words += (
            f", <{document.permalink}|{name}>" if _linkable(document.permalink) else f", {name}"
        )
    return words


def accept_controls(items: Sequence[ReviewedItem]) -> list[dict[str, Any]]:
    """One primary button for every pending item shown; with two or more, boxes to tick
    and "Accept selected". Nothing when none is the viewer's to accept."""
    pending = [item for item in items if item.state is ReviewState.PENDING and item.actionable]
    if not pending:
        return []
    label = f"Accept all {len(pending)}" if len(pending) > 1 else f"Accept {pending[0].skill.value}"
    primary = button(
        _fit(label),
        ids.ACCEPT_ALL_ACTION,
        AssessmentIds(a=[item.assessment_id for item in pending]).dump(),
        style="primary",
    )
    if len(pending) == 1:
        return [{"type": "actions", "elements": [primary]}]
    groups = [
        {
            "type": "checkboxes",
            "action_id": f"{ids.SELECT_ITEMS_ACTION}_{n}",
            "options": [
                {"text": plain(_fit(item.skill.value)), "value": str(item.assessment_id)}
                for item in pending[start : start + CHECKBOX_OPTIONS]
            ],
        }
        for n, start in enumerate(range(0, len(pending), CHECKBOX_OPTIONS))
    ]
    selected = button("Accept selected", ids.ACCEPT_SELECTED_ACTION, "selected")
    return [
        {"type": "actions", "elements": groups},
        {"type": "actions", "elements": [primary, selected]},
    ]


def button(text: str, action_id: str, value: str, *, style: str | None = None) -> dict[str, Any]:
    element: dict[str, Any] = {
        "type": "button",
        "text": plain(text),
        "action_id": action_id,
        "value": value,
    }
    if style:
        element["style"] = style
    return element


def short_quote(text: str, limit: int = SHORT_QUOTE) -> str:
    """The quote on one line, cut at a word when long: the whole one is in the details."""
    flat = " ".join(text.split())
    if len(flat) > limit:
        cut = flat[: limit - 1]
        flat = (cut.rsplit(" ", 1)[0] if " " in cut else cut) + "\u2026"
    return escape(flat)


def removed_words(item: ReviewedItem) -> str:
    days = item.purged_after_days
    return f"_evidence removed after {days} days (retention)_"


def quote_or_removed(item: ReviewedItem, show: Callable[[str], str]) -> str:
    """The item's quote as `show` renders it, or what retention left in its place."""
    if item.evidence_quote is None:
        return removed_words(item)
    return show(item.evidence_quote)


def clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def _line(item: ReviewedItem, *, with_student: bool) -> str:
    who = f"*{escape(item.student_name)}* ({item.student_handle}) \u00b7 " if with_student else ""
    skill = f"*{item.skill.value}*"
    dot = " \u00b7 "
    if item.state is ReviewState.PENDING:
        quote = quote_or_removed(item, lambda text: f"\u201c{short_quote(text)}\u201d")
        line = f"{who}{skill}{dot}{item.level.value}{dot}{quote}"
        if item.closer_look:
            line += f" \u00b7 _{CLOSER_LOOK}_"
        if not item.actionable:
            line += " \u00b7 awaiting the student's teacher"
        return line
    by = escape(item.reviewer_name or "a teacher")
    when = f" on {item.reviewed_at:%-d %b}" if item.reviewed_at else ""
    if item.state is ReviewState.DISMISSED:
        return f":heavy_minus_sign: {who}{skill}{dot}not evidence of this skill{dot}{by}{when}"
    if item.state is ReviewState.CORRECTED:
        proposed = f" (proposed {item.proposed_level.value})" if item.proposed_level else ""
        line = f":pencil2: {who}{skill}{dot}*{item.level.value}*{proposed}{dot}corrected by {by}"
    else:
        line = f":white_check_mark: {who}{skill}{dot}*{item.level.value}*{dot}accepted by {by}"
    line += when
    if item.badge is not None:
        line += f"{dot}{BADGE_EMOJI[item.badge]} {item.badge.value.title()} badge earned"
    for level in item.targets_reached:
        line += f"{dot}:dart: target {level.value} reached"
    if item.state is ReviewState.CORRECTED and item.teacher_reason:
        # The teacher's reason in place of the assessor's, on a line of its own.
        reason = clip(escape(" ".join(item.teacher_reason.split())), REASON_LIMIT)
        line += f"\n\u201c{reason}\u201d"
    return line


def _accessory(item: ReviewedItem) -> dict[str, Any]:
    if item.undoable:
        return button("Undo", ids.UNDO_ACTION, AssessmentRef(a=item.assessment_id).dump())
    options = [_option(f"What {item.level.value} means", "details", item)]
    if item.state is ReviewState.PENDING and item.actionable:
        options += [
            _option("Correct the level\u2026", "correct", item),
            _option("Not evidence of this skill", "dismiss", item),
        ]
    return {"type": "overflow", "action_id": ids.ITEM_MENU_ACTION, "options": options}


def _option(text: str, do: ItemAction, item: ReviewedItem) -> dict[str, Any]:
    return {"text": plain(text), "value": ItemChoice(do=do, a=item.assessment_id).dump()}


def _fit(text: str) -> str:
    return clip(text, OPTION_TEXT_LIMIT)


def _linkable(permalink: str | None) -> bool:
    # Kept only as a plain web address (bot/uploads.py); checked again where it is drawn.
    return bool(
        permalink
        and permalink.startswith(("https://", "http://"))
        and not any(c.isspace() or c in "<>|" for c in permalink)
    )
