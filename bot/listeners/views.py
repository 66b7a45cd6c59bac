"""Modal submissions (the Correct modal's is with the review, bot/listeners/review.py).
Bad input gets an inline error beside its field and changes nothing;
otherwise what was submitted is stored, the modal closes and the messages follow."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient

from bot import ids
from bot.blocks import notice
from bot.deps import BotDeps
from bot.dm import dm_channel
from bot.listeners.home import publish_home
from bot.mrkdwn import escape
from bot.payloads import TargetMetadata, UploadChoice, load
from bot.uploads import file_one
from domain.access import Viewer
from domain.curriculum import EntryType, Level, Skill
from domain.db import unit_of_work
from domain.errors import FlourishError, InvalidField, InvalidInput
from domain.progress import own_student
from domain.targets import TargetChange, set_target
from domain.uploads import choose_for_upload

log = logging.getLogger(__name__)

TARGET_BLOCKS = {
    "student": ids.TARGET_STUDENT_BLOCK,
    "skill": ids.TARGET_SKILL_BLOCK,
    "level": ids.TARGET_LEVEL_BLOCK,
}


def register(app: App, deps: BotDeps) -> None:
    @app.view(ids.UPLOAD_VIEW)
    def submit_upload(
        ack: Ack, body: dict[str, Any], context: BoltContext, client: WebClient
    ) -> None:
        view = body["view"]
        viewer: Viewer = context["viewer"]
        try:
            choice = load(UploadChoice, view.get("private_metadata"))
            student_id = _selected(view, ids.UPLOAD_STUDENT_BLOCK, ids.UPLOAD_STUDENT_INPUT)
            entry_type = EntryType(_selected(view, ids.UPLOAD_TYPE_BLOCK, ids.UPLOAD_TYPE_INPUT))
            with unit_of_work(deps.sessions) as session:
                own_student(session, viewer, student_id)
                if not choose_for_upload(
                    session,
                    file_id=choice.file,
                    slack_user_id=context.user_id or "",
                    student_id=student_id,
                    entry_type=entry_type,
                    policy=deps.upload_policy,
                ):
                    raise InvalidInput("That file has been filed already, or is not yours.")
        except (FlourishError, ValueError) as error:
            message = str(error) if isinstance(error, FlourishError) else "Choose both."
            ack(response_action="errors", errors={ids.UPLOAD_STUDENT_BLOCK: message})
            return
        ack()
        # The choice is on the receipt: filing it now, or the sweeper after a crash,
        # files it as chosen.
        deps.after_ack.run(lambda: file_one(deps, client, choice.file), body, context)

    @app.view(ids.TARGET_VIEW)
    def submit_target(
        ack: Ack, body: dict[str, Any], context: BoltContext, client: WebClient
    ) -> None:
        view = body["view"]
        viewer: Viewer = context["viewer"]
        try:
            metadata = load(TargetMetadata, view.get("private_metadata"))
            student_id = _selected(view, ids.TARGET_STUDENT_BLOCK, ids.TARGET_STUDENT_INPUT)
            skill = Skill(_selected(view, ids.TARGET_SKILL_BLOCK, ids.TARGET_SKILL_INPUT))
            level_name = _selected(view, ids.TARGET_LEVEL_BLOCK, ids.TARGET_LEVEL_INPUT)
            with unit_of_work(deps.sessions) as session:
                change = set_target(
                    session, viewer, student_id, skill, Level(level_name) if level_name else None
                )
                student = own_student(session, viewer, student_id)
                student_name, handle = student.name, student.handle
        except InvalidField as error:
            ack(response_action="errors", errors={TARGET_BLOCKS[error.field]: str(error)})
            return
        except (FlourishError, ValueError) as error:
            message = str(error) if isinstance(error, FlourishError) else "Choose a skill."
            ack(response_action="errors", errors={ids.TARGET_STUDENT_BLOCK: message})
            return
        ack()
        confirmation = target_confirmation(student_name, handle, change)
        deps.after_ack.run(
            lambda: confirm_target(context, client, confirmation, metadata.home), body, context
        )

    def confirm_target(
        context: BoltContext, client: WebClient, confirmation: str, from_home: bool
    ) -> None:
        text, blocks = notice(confirmation)
        client.chat_postMessage(
            channel=dm_channel(client, context.user_id or ""), text=text, blocks=blocks
        )
        if from_home:
            publish_home(deps, context, client)


def target_confirmation(student_name: str, handle: str, change: TargetChange) -> str:
    target = change.target
    line = (
        f":dart: {escape(student_name)} ({handle}) is working towards "
        f"*{target.target_level.value}* in {target.skill.value} "
        f"(from {target.starting_level.value})."
    )
    if change.replaced is not None:
        line += f" It replaces the target of {change.replaced.target_level.value}, kept as history."
    elif not change.created:
        line += " That target was already set."
    return line


def _state(view: dict[str, Any], block: str, action: str) -> dict[str, Any]:
    return ((view.get("state") or {}).get("values") or {}).get(block, {}).get(action) or {}


def _selected(view: dict[str, Any], block: str, action: str) -> str:
    """A menu's choice, or what was typed where a class is too large for a menu."""
    state = _state(view, block, action)
    if "selected_option" in state:
        return str((state.get("selected_option") or {}).get("value") or "")
    return str(state.get("value") or "").strip().upper()
