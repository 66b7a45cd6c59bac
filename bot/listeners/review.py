"""The review: accepting (all, or the ticked ones), an item's menu (what its level means,
correct, not this skill), undo, retrying a failed entry, paging /review, and the Correct
modal's submission. Module-level handlers; `register` only routes. Each click is acked at
once, its work follows (bot/after_ack.py), and whatever a payload names is re-checked by
the domain services, which own the rules."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient

from bot import ids
from bot.blocks import notice
from bot.deps import BotDeps
from bot.dm import is_dm_of
from bot.listeners.clicks import (
    ClickedMessage,
    action_value,
    clicked_message,
    redraw,
    shows,
    update_clicked,
)
from bot.payloads import (
    AssessmentIds,
    AssessmentRef,
    CorrectionMetadata,
    EntryRef,
    ItemChoice,
    PageRef,
    load,
)
from bot.review_messages import render, review_page
from bot.review_modals import correction_modal, details_modal
from bot.viewing import note_views
from domain.access import Viewer
from domain.curriculum import Level
from domain.db import unit_of_work
from domain.entry_review import reviewed_items
from domain.errors import FlourishError, InvalidField, InvalidInput, NotFound
from domain.models import AccessSurface, CorrectionReason, ReviewState
from domain.teacher_review import accept_many, correct, dismiss, retry_entry
from domain.undo import undo

log = logging.getLogger(__name__)

RETRYING = "Trying again; the result will come in a new message."
NOTHING_TICKED = "Tick the skills to accept first, then press Accept selected."
CORRECTION_BLOCKS = {
    "level": ids.CORRECTION_LEVEL_BLOCK,
    "justification": ids.CORRECTION_JUSTIFICATION_BLOCK,
    "notes": ids.CORRECTION_NOTES_BLOCK,
}

Handler = Callable[[BotDeps, dict[str, Any], BoltContext, WebClient], None]


def register(app: App, deps: BotDeps) -> None:
    def on(action_id: str | re.Pattern[str], handler: Handler) -> None:
        def work(body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
            handler(deps, body, context, client)

        work.__name__ = handler.__name__
        app.action(action_id)(deps.after_ack.listener(work))

    on(ids.ACCEPT_ALL_ACTION, accept_shown)
    on(ids.ACCEPT_SELECTED_ACTION, accept_ticked)
    on(ids.ITEM_MENU_ACTION, item_menu)
    on(ids.UNDO_ACTION, take_back)
    on(ids.RETRY_ENTRY_ACTION, retry)
    on(ids.REVIEW_PAGE_ACTION, turn_page)
    # Ticking a box changes nothing until Accept selected: the tick is only acknowledged.
    app.action(re.compile(rf"^{ids.SELECT_ITEMS_ACTION}_\d+$"))(_ticked)

    @app.view(ids.CORRECTION_VIEW)
    def correction_submitted(
        ack: Ack, body: dict[str, Any], context: BoltContext, client: WebClient
    ) -> None:
        submit_correction(deps, ack, body, context, client)


def accept_shown(
    deps: BotDeps, body: dict[str, Any], context: BoltContext, client: WebClient
) -> None:
    """The one primary action: accept every pending item the message showed."""
    chosen = load(AssessmentIds, action_value(body))
    _accept(deps, body, context, client, clicked_message(client, body, context), chosen.a)


def accept_ticked(
    deps: BotDeps, body: dict[str, Any], context: BoltContext, client: WebClient
) -> None:
    clicked = clicked_message(client, body, context)
    ticked = _ticked_ids(body)
    if not ticked:
        raise InvalidInput(NOTHING_TICKED)
    _accept(deps, body, context, client, clicked, ticked)


def item_menu(deps: BotDeps, body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
    choice = load(ItemChoice, action_value(body))
    if choice.do == "dismiss":
        clicked = clicked_message(client, body, context)
        with deps.sessions() as session:
            with session.begin():
                dismiss(session, context["viewer"], choice.a)
            redraw(session, body, context, client, clicked)
        return
    viewer: Viewer = context["viewer"]
    clicked = clicked_message(client, body, context)
    # One indexed read, then the modal: trigger_id expires 3 s after the click.
    with deps.sessions() as session:
        found = reviewed_items(session, viewer, [choice.a])
    if not found:
        raise NotFound("That assessment no longer exists.")
    item = found[0]
    if choice.do == "details":
        client.views_open(trigger_id=body["trigger_id"], view=details_modal(item))
        return
    if not item.actionable:
        raise NotFound("That assessment no longer exists.")
    if item.state is not ReviewState.PENDING:  # reviewed meanwhile: show what it is now
        with deps.sessions() as session:
            redraw(session, body, context, client, clicked)
        return
    metadata = CorrectionMetadata(
        a=item.assessment_id, channel=clicked.channel, ts=clicked.ts, shows=shows(body)
    )
    client.views_open(trigger_id=body["trigger_id"], view=correction_modal(item, metadata))


def take_back(deps: BotDeps, body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
    """Undo an accept, a correction or a dismissal (domain/undo.py says until when)."""
    ref = load(AssessmentRef, action_value(body))
    clicked = clicked_message(client, body, context)
    with deps.sessions() as session:
        with session.begin():
            undo(session, context["viewer"], ref.a)
        redraw(session, body, context, client, clicked)


def retry(deps: BotDeps, body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
    ref = load(EntryRef, action_value(body))
    clicked = clicked_message(client, body, context)
    with unit_of_work(deps.sessions) as session:
        retried = retry_entry(session, context["viewer"], ref.e)
    if not retried:  # a second click: the first already queued it
        return
    update_clicked(client, clicked, *notice(RETRYING))
    deps.wake_assessments()


def turn_page(deps: BotDeps, body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
    ref = load(PageRef, action_value(body))
    clicked = clicked_message(client, body, context)
    shown: list[str] = []
    with deps.sessions() as session:
        text, blocks = review_page(session, context["viewer"], ref.o, upload=ref.u, shown=shown)
    note_views(deps, context["viewer"], context.user_id, AccessSurface.REVIEW, shown)
    update_clicked(client, clicked, text, blocks)


def submit_correction(
    deps: BotDeps, ack: Ack, body: dict[str, Any], context: BoltContext, client: WebClient
) -> None:
    """Bad input is shown beside its field and changes nothing; otherwise the correction
    is stored, the modal closes and the message it came from is re-drawn."""
    view = body["view"]
    viewer: Viewer = context["viewer"]
    try:
        metadata = load(CorrectionMetadata, view.get("private_metadata"))
        level = Level(_chosen(view, ids.CORRECTION_LEVEL_BLOCK, ids.CORRECTION_LEVEL_INPUT))
        reason = _chosen(view, ids.CORRECTION_REASON_BLOCK, ids.CORRECTION_REASON_INPUT)
        with unit_of_work(deps.sessions) as session:
            correct(
                session,
                viewer,
                metadata.a,
                level=level,
                reason=CorrectionReason(reason) if reason else None,
                justification=_typed(
                    view, ids.CORRECTION_JUSTIFICATION_BLOCK, ids.CORRECTION_JUSTIFICATION_INPUT
                ),
                notes_for_assessor=_typed(
                    view, ids.CORRECTION_NOTES_BLOCK, ids.CORRECTION_NOTES_INPUT
                ),
            )
    except InvalidField as error:
        ack(response_action="errors", errors={CORRECTION_BLOCKS[error.field]: str(error)})
        return
    except (FlourishError, ValueError) as error:
        # Altered metadata, a foreign or vanished assessment: shown, nothing stored.
        message = str(error) if isinstance(error, FlourishError) else "Choose a level."
        ack(response_action="errors", errors={ids.CORRECTION_LEVEL_BLOCK: message})
        return
    ack()
    deps.after_ack.run(lambda: _redraw_corrected(deps, context, client, metadata), body, context)


def _redraw_corrected(
    deps: BotDeps, context: BoltContext, client: WebClient, metadata: CorrectionMetadata
) -> None:
    # Only ever the person's own DM: a channel named in the metadata is not trusted.
    if not is_dm_of(client, context.user_id or "", metadata.channel):
        log.warning("correction of %s named a channel that is not the DM", metadata.a)
        return
    with deps.sessions() as session:
        text, blocks = render(session, context["viewer"], metadata.shows)
    client.chat_update(channel=metadata.channel, ts=metadata.ts, text=text, blocks=blocks)


def _accept(
    deps: BotDeps,
    body: dict[str, Any],
    context: BoltContext,
    client: WebClient,
    clicked: ClickedMessage,
    assessment_ids: list[int],
) -> None:
    with deps.sessions() as session:
        with session.begin():
            accept_many(session, context["viewer"], assessment_ids)
        # The same session re-draws: the student and entry it read are still at hand.
        redraw(session, body, context, client, clicked)


def _ticked_ids(body: dict[str, Any]) -> list[int]:
    """The ticked boxes of the clicked message (Slack sends the whole message's state)."""
    ticked: list[int] = []
    for block in ((body.get("state") or {}).get("values") or {}).values():
        for action_id, state in (block or {}).items():
            if not str(action_id).startswith(ids.SELECT_ITEMS_ACTION):
                continue
            for option in state.get("selected_options") or []:
                value = str(option.get("value") or "")
                if not value.isdigit() or len(value) > 10:
                    raise InvalidInput("That message is out of date; /review shows it afresh.")
                ticked.append(int(value))
    return ticked


def _ticked(ack: Ack) -> None:
    ack()


def _state(view: dict[str, Any], block: str, action: str) -> dict[str, Any]:
    return ((view.get("state") or {}).get("values") or {}).get(block, {}).get(action) or {}


def _chosen(view: dict[str, Any], block: str, action: str) -> str:
    return str((_state(view, block, action).get("selected_option") or {}).get("value") or "")


def _typed(view: dict[str, Any], block: str, action: str) -> str:
    return str(_state(view, block, action).get("value") or "")
