"""Replies to uploads (one message a share, however many files it holds), the picker for
an unclear one, "file again?" for a document already filed, and a bulk upload's summary
in the confirmation's thread (pure builders)."""

from __future__ import annotations

from typing import Any

from bot import ids
from bot.blocks import Blocks, context, mrkdwn_section, notice, plain, student_input
from bot.mrkdwn import escape, plain_words
from bot.payloads import ShareRef, UploadChoice
from domain.announcements import UploadSummary
from domain.curriculum import EntryType
from domain.ingest import IngestResult
from domain.students import StudentMatch
from domain.uploads import Outcome, UploadOutcome

# A share's reply holds one line per file that needs a word from the teacher; past this
# many, the rest follow in another message (Slack's cap is 50 blocks a message).
FILES_PER_MESSAGE = 40
# Students named in a share's confirmation before "and N more".
NAMED_STUDENTS = 8


def filed_message(result: IngestResult) -> tuple[str, Blocks]:
    new = result.created
    file_name = escape(result.file_name)
    if not new:
        return notice(f"{file_name} was already filed; nothing new was added.")
    first = new[0]
    kind = first.entry_type.label.lower()
    who = ", ".join(f"{escape(e.student_name)} ({e.student_handle})" for e in new)
    text = (
        f":inbox_tray: Filed *{file_name}* for {who}: {kind} of "
        f"{first.entry_date:%-d %b %Y}. Assessing now; I'll post what I find here."
    )
    blocks: Blocks = [mrkdwn_section(text)]
    if result.notes:
        blocks.append(context(escape(" ".join(result.notes))))
    return f"Filed {file_name} for {len(new)} student(s).", blocks


def already_filed_message(file_id: str, message: str) -> tuple[str, Blocks]:
    """Nothing filed: the same text is filed for the student already. One button files it
    anyway (the teacher's explicit choice, kept on the receipt)."""
    return plain_words(message), [_file_again_line(file_id, message)]


def _file_again_line(file_id: str, message: str) -> dict[str, Any]:
    return {
        **mrkdwn_section(f":repeat: {escape(message)}"),
        "accessory": {
            "type": "button",
            "text": plain("File it again"),
            "action_id": ids.UPLOAD_REFILE_ACTION,
            "value": UploadChoice(file=file_id).dump(),
        },
    }


def _choice_line(outcome: UploadOutcome) -> dict[str, Any]:
    return {
        **mrkdwn_section(f":question: {escape(outcome.message)}"),
        "accessory": {
            "type": "button",
            "text": plain("Choose student and type"),
            "action_id": ids.UPLOAD_FILE_ACTION,
            "style": "primary",
            "value": UploadChoice(file=outcome.file_id, type=outcome.entry_type).dump(),
        },
    }


def share_messages(
    outcomes: list[UploadOutcome],
) -> list[tuple[str, Blocks, list[UploadOutcome]]]:
    """One reply for a share of several files (one file: its own outcome's message): what
    was filed in one line, then a line for each file that was not, with its button. Each
    reply says which outcomes it told."""
    if len(outcomes) == 1:
        return [(*outcome_message(outcomes[0]), outcomes)]
    filed = [o for o in outcomes if o.outcome is Outcome.FILED]
    retrying = [o for o in outcomes if o.outcome is Outcome.RETRYING]
    others = [o for o in outcomes if o.outcome not in (Outcome.FILED, Outcome.RETRYING)]
    head: Blocks = []
    words: list[str] = []
    if filed:
        line = _filed_line(filed)
        head.append(mrkdwn_section(line))
        words.append(line)
    if retrying:
        names = ", ".join(escape(o.file_name) for o in retrying)
        line = f"I couldn't file {names} just now; I'll try again and tell you here."
        head.append(context(line))
        words.append(line)
    chunks = [others[i : i + FILES_PER_MESSAGE] for i in range(0, len(others), FILES_PER_MESSAGE)]
    replies = []
    for index, chunk in enumerate(chunks or [[]]):
        blocks = (head if index == 0 else []) + [_outcome_line(o) for o in chunk]
        told = (filed + retrying if index == 0 else []) + chunk
        text = " ".join(words if index == 0 else [])
        if chunk:
            text += f" {len(chunk)} file(s) need a word from you."
        replies.append((plain_words(text), blocks, told))
    return replies


def _filed_line(filed: list[UploadOutcome]) -> str:
    entries = [e for o in filed if o.result is not None for e in o.result.created]
    students = {e.student_id: e.student_name for e in entries}
    named = [f"{escape(name)} ({sid})" for sid, name in list(students.items())[:NAMED_STUDENTS]]
    if len(students) > NAMED_STUDENTS:
        named.append(f"{len(students) - NAMED_STUDENTS} more")
    documents = f"*{len(filed)} document{'' if len(filed) == 1 else 's'}*"
    if not entries:
        return f":inbox_tray: Filed {documents}. Assessing them; results come in this thread."
    who = ", ".join(named)
    return (
        f":inbox_tray: Filed {documents} ({len(entries)} "
        f"entr{'y' if len(entries) == 1 else 'ies'}) for {who}. "
        "Assessing now; I'll post what I find in this thread."
    )


def _outcome_line(outcome: UploadOutcome) -> dict[str, Any]:
    if outcome.outcome is Outcome.NEEDS_CHOICE:
        return _choice_line(outcome)
    if outcome.outcome is Outcome.ALREADY_FILED:
        return _file_again_line(outcome.file_id, outcome.message)
    _, blocks = outcome_message(outcome)
    return blocks[0]


def upload_summary_message(summary: UploadSummary) -> tuple[str, Blocks]:
    """A bulk upload's one message, in the thread of its confirmation: what was assessed,
    and one button to the reviews of this upload (the review queue, limited to it)."""
    found = (
        f"{summary.awaiting} assessment(s) await your review."
        if summary.awaiting
        else "I found no evidence clear enough to propose a level: nothing waits for you."
    )
    text = (
        f":white_check_mark: *Assessed {summary.assessed} of {summary.entries} entries* from "
        f"{summary.documents} document(s), for {summary.students} student(s). {found}"
    )
    blocks: Blocks = [mrkdwn_section(text)]
    if summary.failed:
        blocks.append(
            context(
                f"{summary.failed} could not be assessed: each has its own message in this "
                "thread, with Try again."
            )
        )
    if summary.awaiting:
        review = {
            "type": "button",
            "text": plain("Review"),
            "action_id": ids.REVIEW_UPLOAD_ACTION,
            "style": "primary",
            "value": ShareRef(t=summary.thread.ts).dump(),
        }
        blocks.append({"type": "actions", "elements": [review]})
    return plain_words(text), blocks


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
    choice: UploadChoice, file_name: str, students: list[StudentMatch]
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
    if outcome.outcome is Outcome.ALREADY_FILED:
        return already_filed_message(outcome.file_id, outcome.message)
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
