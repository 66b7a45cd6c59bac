"""Replies to uploads and the picker for an unclear one (pure builders)."""

from __future__ import annotations

from typing import Any

from bot import ids
from bot.blocks import Blocks, context, mrkdwn_section, notice, plain, student_input
from bot.mrkdwn import escape
from bot.payloads import UploadChoice
from domain.curriculum import EntryType
from domain.ingest import IngestResult
from domain.uploads import Outcome, UploadOutcome


def filed_message(result: IngestResult) -> tuple[str, Blocks]:
    new = result.created
    file_name = escape(result.file_name)
    if not new:
        return notice(f"{file_name} was already filed; nothing new was added.")
    first = new[0]
    kind = first.entry_type.label.lower()
    who = ", ".join(f"{escape(e.student_name)} ({e.student_id})" for e in new)
    text = (
        f":inbox_tray: Filed *{file_name}* for {who}: {kind} of "
        f"{first.entry_date:%-d %b %Y}. Assessing now; I'll post what I find here."
    )
    blocks: Blocks = [mrkdwn_section(text)]
    if result.notes:
        blocks.append(context(escape(" ".join(result.notes))))
    return f"Filed {file_name} for {len(new)} student(s).", blocks


def refused_message(reason: str) -> tuple[str, Blocks]:
    return notice(f":warning: {escape(reason)} Nothing was stored.")


def needs_choice_message(
    file_id: str, file_name: str, question: str, entry_type: EntryType | None = None
) -> tuple[str, Blocks]:
    """The file waits, unfiled, until the teacher says whose it is or what kind it is."""
    blocks: Blocks = [
        mrkdwn_section(f":question: {escape(question)}"),
        {
            "type": "actions",
            "elements": [
                {
                    "type": "button",
                    "text": plain("Choose student and type"),
                    "action_id": ids.UPLOAD_FILE_ACTION,
                    "style": "primary",
                    "value": UploadChoice(file=file_id, type=entry_type).dump(),
                }
            ],
        },
    ]
    return f"{escape(file_name)}: which student, and what kind of document?", blocks


def upload_picker_modal(
    choice: UploadChoice, file_name: str, students: list[tuple[str, str]]
) -> dict[str, Any]:
    """Student from the teacher's own roster, and the kind of document."""
    type_options = [{"text": plain(kind.label), "value": kind.value} for kind in EntryType]
    type_element: dict[str, Any] = {
        "type": "static_select",
        "action_id": ids.UPLOAD_TYPE_INPUT,
        "placeholder": plain("Kind of document"),
        "options": type_options,
    }
    if choice.type is not None:
        type_element["initial_option"] = next(
            o for o in type_options if o["value"] == choice.type.value
        )
    return {
        "type": "modal",
        "callback_id": ids.UPLOAD_VIEW,
        "private_metadata": choice.dump(),
        "title": plain("File a document"),
        "submit": plain("File it"),
        "close": plain("Cancel"),
        "blocks": [
            mrkdwn_section(f"*{escape(file_name)}*"),
            student_input(ids.UPLOAD_STUDENT_BLOCK, ids.UPLOAD_STUDENT_INPUT, students),
            {
                "type": "input",
                "block_id": ids.UPLOAD_TYPE_BLOCK,
                "label": plain("Kind of document"),
                "element": type_element,
            },
        ],
    }


def outcome_message(outcome: UploadOutcome) -> tuple[str, Blocks]:
    """What the teacher is told of a share, whichever way it ended."""
    if outcome.outcome is Outcome.FILED:
        if outcome.result is None:  # told again after a crash: the entries are in /review
            return notice(f"Filed {escape(outcome.file_name)}. Assessing it; results come here.")
        return filed_message(outcome.result)
    if outcome.outcome is Outcome.NEEDS_CHOICE:
        return needs_choice_message(
            outcome.file_id, outcome.file_name, outcome.message, outcome.entry_type
        )
    if outcome.outcome is Outcome.REFUSED:
        return refused_message(outcome.message)
    if outcome.outcome is Outcome.RETRYING:
        return notice(
            f"I couldn't file {escape(outcome.file_name)} just now. I'll try again in a few "
            "minutes and tell you here how it went."
        )
    return notice(
        f"I couldn't read {escape(outcome.file_name)}, so nothing was filed. "
        "Please send it again, or paste its text in a .txt file."
    )
