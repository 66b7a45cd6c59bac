"""Students named rather than numbered (pure builders): "which one?" when a name means
several, the progress picker, and the options a type-ahead loads."""

from __future__ import annotations

from typing import Any, Literal

from bot import ids
from bot.blocks import Blocks, context, mrkdwn_section, notice, plain, student_input, student_option
from bot.mrkdwn import escape
from bot.payloads import StudentChoice
from domain.curriculum import Level, Skill
from domain.students import StudentMatch

# Buttons offered for one name; more than this and a fuller name or the id is quicker.
CHOICE_BUTTONS = 10
BUTTON_TEXT_LIMIT = 75
ASK_DOING = {
    "progress": "whose progress to show",
    "target": "whose target to set",
    "badge": "who earned the badge",
}


def no_student(typed: str, usage: str) -> tuple[str, Blocks]:
    """The same words for a name nobody has and a name in another teacher's class."""
    return notice(f"No student {escape(typed.strip()[:60])} in your class. {usage}")


def which_student(
    typed: str,
    matches: list[StudentMatch],
    do: Literal["progress", "target", "badge"],
    *,
    skill: Skill | None = None,
    level: Level | None = None,
) -> tuple[str, Blocks]:
    """One button per student the name may mean; the click finishes the command."""
    shown = matches[:CHOICE_BUTTONS]
    question = (
        f"{len(matches)} of your students are called {escape(typed.strip()[:60])}: "
        f"choose {ASK_DOING[do]}."
    )
    buttons = [
        {
            "type": "button",
            "action_id": ids.CHOOSE_STUDENT_ACTION,
            "text": plain(match.name[:BUTTON_TEXT_LIMIT]),
            "value": StudentChoice(do=do, s=match.student_id, skill=skill, level=level).dump(),
        }
        for match in shown
    ]
    # Two students may share a whole name: the ids, small, tell their buttons apart.
    labels = " \u00b7 ".join(f"{escape(m.name[:60])} {m.handle}" for m in shown)
    blocks: Blocks = [
        mrkdwn_section(question),
        {"type": "actions", "elements": buttons},
        context(labels),
    ]
    hidden = len(matches) - len(shown)
    if hidden > 0:
        blocks.append(context(f"and {hidden} more: type the full name or the id."))
    text = f"{len(matches)} students are called {escape(typed.strip()[:60])}: choose one."
    return text, blocks


def progress_picker(students: list[StudentMatch], *, searchable: bool = False) -> dict[str, Any]:
    """`/progress` alone: choose a student, then their progress replaces the form."""
    return {
        "type": "modal",
        "callback_id": ids.PROGRESS_PICKER_VIEW,
        "title": plain("Student progress"),
        "submit": plain("Show progress"),
        "close": plain("Cancel"),
        "blocks": [
            student_input(
                ids.PICKER_STUDENT_BLOCK, ids.STUDENT_INPUT, students, searchable=searchable
            )
        ],
    }


def student_options(matches: list[StudentMatch]) -> list[dict[str, Any]]:
    """What a type-ahead shows: at most 100 options, Slack's limit."""
    return [student_option(m) for m in matches[:100]]
