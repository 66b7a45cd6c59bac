"""Slash commands. Answers are ephemeral: only the teacher who asked sees them."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, BoltContext

from bot import ids
from bot.blocks import notice, progress_message
from bot.deps import BotDeps
from domain.errors import NotFound
from domain.ids import is_student_id
from domain.progress import student_progress

PROGRESS_USAGE = "Usage: `/progress S001` shows one of your students' growth."


def register(app: App, deps: BotDeps) -> None:
    @app.command(ids.PROGRESS_COMMAND)
    def progress(ack: Ack, command: dict[str, Any], context: BoltContext) -> None:
        words = (command.get("text") or "").split()
        student_id = words[0].upper() if words else ""
        if len(words) != 1 or not is_student_id(student_id):
            text, blocks = notice(PROGRESS_USAGE)
            ack(response_type="ephemeral", text=text, blocks=blocks)
            return
        try:
            with deps.sessions() as session:
                result = student_progress(session, context["viewer"], student_id)
        except NotFound as error:
            # Same answer whether the student is absent or another teacher's.
            text, blocks = notice(f"{error} {PROGRESS_USAGE}")
            ack(response_type="ephemeral", text=text, blocks=blocks)
            return
        text, blocks = progress_message(result)
        ack(response_type="ephemeral", text=text, blocks=blocks)
