"""Choosing a student: the "which one?" buttons, the progress picker, and the type-ahead
options every student menu of a large class loads."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient

from bot import ids
from bot.blocks import progress_message
from bot.deps import BotDeps
from bot.home_blocks import progress_modal
from bot.listeners.commands import Answer, finish_badge, finish_target, show_progress
from bot.payloads import StudentChoice, load
from bot.student_blocks import student_options
from bot.viewing import note_views
from domain.access import Viewer
from domain.errors import FlourishError
from domain.models import AccessSurface
from domain.progress import student_progress
from domain.students import search_students


def register(app: App, deps: BotDeps) -> None:
    app.action(ids.CHOOSE_STUDENT_ACTION)(
        deps.after_ack.listener(lambda body, context, client: choose(deps, body, context, client))
    )
    app.view(ids.PROGRESS_PICKER_VIEW)(
        lambda ack, body, context: submit_picker(deps, ack, body, context)
    )
    app.options(ids.STUDENT_INPUT)(
        lambda ack, body, context: load_student_options(deps, ack, body, context)
    )


def choose(deps: BotDeps, body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
    """Finish the command for the student clicked; the answer replaces the question."""
    action = (body.get("actions") or [{}])[0]
    choice = load(StudentChoice, str(action.get("value") or ""))
    viewer: Viewer = context["viewer"]
    # Whatever the button names is checked again by the service it reaches.
    answer: Answer | None
    if choice.do == "progress":
        answer = show_progress(deps, viewer, choice.s, context.user_id)
    elif choice.do == "target":
        answer = finish_target(
            deps, context, client, body["trigger_id"], choice.s, choice.skill, choice.level
        )
    elif choice.skill is not None and choice.level is not None:
        answer = finish_badge(deps, viewer, choice.s, choice.skill, choice.level)
    else:
        return
    if answer is not None:
        text, blocks = answer
        # Typed Optional, but Bolt builds a Respond for every request.
        assert context.respond is not None
        context.respond(response_type="ephemeral", replace_original=True, text=text, blocks=blocks)


def submit_picker(deps: BotDeps, ack: Ack, body: dict[str, Any], context: BoltContext) -> None:
    """The student chosen: their progress takes the picker's place."""
    view = body["view"]
    state = ((view.get("state") or {}).get("values") or {}).get(ids.PICKER_STUDENT_BLOCK, {})
    student_id = str(
        ((state.get(ids.STUDENT_INPUT) or {}).get("selected_option") or {}).get("value") or ""
    )
    try:
        with deps.sessions() as session:
            progress = student_progress(session, context["viewer"], student_id or "-")
    except FlourishError as error:
        ack(response_action="errors", errors={ids.PICKER_STUDENT_BLOCK: str(error)})
        return
    note_views(
        deps, context["viewer"], context.user_id, AccessSurface.PROGRESS, [progress.student_id]
    )
    _, blocks = progress_message(progress, with_buttons=False)
    title = f"{progress.student_name[:14]} ({progress.handle})"
    ack(response_action="update", view=progress_modal(title, blocks))


def load_student_options(
    deps: BotDeps, ack: Ack, body: dict[str, Any], context: BoltContext
) -> None:
    """Slack asks as the teacher types; only the students they may choose there answer.
    The progress picker looks (an admin: everyone); the target and upload forms act."""
    acting = body.get("block_id") != ids.PICKER_STUDENT_BLOCK
    with deps.sessions() as session:
        matches = search_students(
            session, context["viewer"], str(body.get("value") or ""), acting=acting
        )
    ack(options=student_options(matches))
