"""Block Kit builders: plain results in, Slack payloads out. Pure, so they are unit-tested
against slack_sdk's validators and Slack's size limits."""

from __future__ import annotations

from typing import Any

from bot.mrkdwn import plain_words
from domain.curriculum import BadgeTier
from domain.students import StudentMatch

Blocks = list[dict[str, Any]]
SECTION_TEXT_LIMIT = 3000
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


def notice(text: str) -> tuple[str, Blocks]:
    """A short message for the person (usage help, a refusal): plain words for the
    notification, the mrkdwn in one section. `text` is mrkdwn: whatever in it comes from
    data is escaped by the caller."""
    return plain_words(text), [mrkdwn_section(text)]


# Slack's cap on a static select's options: a larger class is searched by type-ahead.
OPTIONS_LIMIT = 100


def student_option(student: StudentMatch) -> dict[str, Any]:
    """A student in a menu: the name, then the handle the teacher knows (an option text
    holds 75); the value is the roster's key, which a handle need not be."""
    shown = student.handle or student.student_id
    return {"text": plain(f"{student.name[:60]} ({shown[:12]})"), "value": student.student_id}


def student_input(
    block_id: str,
    action_id: str,
    students: list[StudentMatch],
    initial: str | None = None,
    *,
    searchable: bool = False,
) -> dict[str, Any]:
    """An input block choosing one student: a menu of the teacher's class, or, for a class
    larger than a menu holds (or `searchable`: an admin's whole school), a type-ahead whose
    options Slack loads from the app as the teacher types."""
    element: dict[str, Any]
    chosen = next((student_option(s) for s in students if s.student_id == initial), None)
    if len(students) <= OPTIONS_LIMIT and not searchable:
        element = {
            "type": "static_select",
            "action_id": action_id,
            "placeholder": plain("One of your students"),
            "options": [student_option(s) for s in students],
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


# /progress has its own module; imported here for the callers that know it by this name.
from bot.progress_blocks import progress_message  # noqa: E402

__all__ = ["progress_message"]
