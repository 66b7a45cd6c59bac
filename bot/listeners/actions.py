"""Buttons and menus. Each acks at once and works after; anything a payload names is
re-checked on the server."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient
from sqlalchemy.orm import Session

from bot import ids
from bot.after_ack import Work
from bot.blocks import notice, progress_message
from bot.deps import BotDeps
from bot.dm import dm_channel, is_dm_of
from bot.growth_charts import send_growth_chart
from bot.home_blocks import progress_modal
from bot.listeners.home import open_target_modal
from bot.payloads import (
    AssessmentRef,
    ChartRef,
    CorrectionMetadata,
    EntryRef,
    HomeChoice,
    PageRef,
    StudentRef,
    UploadChoice,
    load,
    load_message_ref,
)
from bot.review_blocks import correction_modal
from bot.review_messages import render, review_page
from bot.upload_blocks import upload_picker_modal
from domain.class_overview import own_students
from domain.db import unit_of_work
from domain.entry_review import reviewed_items
from domain.errors import InvalidInput, NotFound
from domain.models import ReviewState, UploadReceipt, UploadStatus
from domain.progress import Viewer, student_progress
from domain.teacher_review import accept, accept_all, retry_entry

log = logging.getLogger(__name__)

NOT_YOUR_DM = "I only update messages in our DM: /review shows what awaits you."
RETRYING = ":hourglass_flowing_sand: Trying again; the result will come in a new message."


def register(app: App, deps: BotDeps) -> None:
    # Every button answers Slack at once; what it does follows the ack (bot/after_ack.py).
    def on(action_id: str, work: Work) -> None:
        app.action(action_id)(deps.after_ack.listener(work))

    def accept_one(body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
        ref = load(AssessmentRef, _value(body))
        clicked = _clicked_message(client, body, context)
        with deps.sessions() as session:
            with session.begin():
                accept(session, context["viewer"], ref.a)
            # The same session re-draws: the student and entry it read are still at hand.
            _redraw(session, body, context, client, clicked)

    def accept_entry(body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
        ref = load(EntryRef, _value(body))
        clicked = _clicked_message(client, body, context)
        with deps.sessions() as session:
            with session.begin():
                accept_all(session, context["viewer"], ref.e)
            _redraw(session, body, context, client, clicked)

    def retry(body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
        ref = load(EntryRef, _value(body))
        clicked = _clicked_message(client, body, context)
        with unit_of_work(deps.sessions) as session:
            retried = retry_entry(session, context["viewer"], ref.e)
        if not retried:  # a second click: the first already queued it
            return
        _update_clicked(client, clicked, *notice(RETRYING))
        deps.wake_assessments()

    def open_correction(body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
        ref = load(AssessmentRef, _value(body))
        viewer: Viewer = context["viewer"]
        clicked = _clicked_message(client, body, context)
        # One indexed read, then the modal: trigger_id expires 3 s after the click.
        with deps.sessions() as session:
            found = reviewed_items(session, viewer, [ref.a])
        if not found or not found[0].actionable:
            raise NotFound("That assessment no longer exists.")
        item = found[0]
        if item.state is not ReviewState.PENDING:
            with deps.sessions() as session:
                _redraw(session, body, context, client, clicked)
            return
        metadata = CorrectionMetadata(
            a=item.assessment_id, channel=clicked.channel, ts=clicked.ts, shows=_shows(body)
        )
        client.views_open(trigger_id=body["trigger_id"], view=correction_modal(item, metadata))

    def turn_page(body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
        ref = load(PageRef, _value(body))
        clicked = _clicked_message(client, body, context)
        with deps.sessions() as session:
            text, blocks = review_page(session, context["viewer"], ref.o)
        _update_clicked(client, clicked, text, blocks)

    def open_review(body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
        post_review_page(deps, context, client)

    def choose_upload(body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
        choice = load(UploadChoice, _value(body))
        viewer: Viewer = context["viewer"]
        with deps.sessions() as session:
            receipt = session.get(UploadReceipt, choice.file)
            if (
                receipt is None
                or receipt.slack_user_id != context.user_id
                or receipt.status != UploadStatus.NEEDS_CHOICE.value
            ):
                raise InvalidInput("That file has been filed already, or is not yours to file.")
            students = own_students(session, viewer)
        info = client.files_info(file=choice.file)
        view = upload_picker_modal(choice, info["file"].get("name", "file"), students)
        client.views_open(trigger_id=body["trigger_id"], view=view)

    def target_button(body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
        ref = load(StudentRef, _value(body))
        view_type = (body.get("view") or {}).get("type")
        open_target_modal(
            deps,
            context,
            client,
            body["trigger_id"],
            ref.s,
            from_home=view_type == "home",
            over_modal=view_type == "modal",
        )

    def chart_button(body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
        ref = load(ChartRef, _value(body))
        send_growth_chart(deps, context, client, ref.s, ref.by)

    def home_menu(body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
        action = body["actions"][0]
        choice = load(HomeChoice, (action.get("selected_option") or {}).get("value"))
        if choice.do == "chart":
            send_growth_chart(deps, context, client, choice.s)
        elif choice.do == "target":
            open_target_modal(deps, context, client, body["trigger_id"], choice.s, from_home=True)
        else:
            with deps.sessions() as session:
                progress = student_progress(session, context["viewer"], choice.s)
            # The same actions as /progress: a chart, a target, the review queue.
            _, blocks = progress_message(progress)
            title = f"{progress.student_name[:14]} ({progress.student_id})"
            client.views_open(trigger_id=body["trigger_id"], view=progress_modal(title, blocks))

    on(ids.ACCEPT_ACTION, accept_one)
    on(ids.ACCEPT_ALL_ACTION, accept_entry)
    on(ids.RETRY_ENTRY_ACTION, retry)
    on(ids.CORRECT_ACTION, open_correction)
    on(ids.REVIEW_PAGE_ACTION, turn_page)
    on(ids.OPEN_REVIEW_ACTION, open_review)
    on(ids.UPLOAD_FILE_ACTION, choose_upload)
    on(ids.OPEN_TARGET_ACTION, target_button)
    on(ids.CHART_ACTION, chart_button)
    on(ids.CHART_CATEGORY_ACTION, chart_button)
    on(ids.HOME_STUDENT_MENU, home_menu)


def post_review_page(deps: BotDeps, context: BoltContext, client: WebClient) -> None:
    """The first page of the viewer's review queue, posted in their DM."""
    with deps.sessions() as session:
        text, blocks = review_page(session, context["viewer"], 0)
    channel = dm_channel(client, context.user_id or "")
    client.chat_postMessage(channel=channel, text=text, blocks=blocks)


def _value(body: dict[str, Any]) -> str:
    return str((body.get("actions") or [{}])[0].get("value") or "")


def _shows(body: dict[str, Any]) -> Any:
    blocks = (body.get("message") or {}).get("blocks") or [{}]
    block_id = str(blocks[0].get("block_id", ""))
    if not block_id.startswith(ids.MESSAGE_BLOCK_PREFIX):
        raise InvalidInput("That message is out of date; /review shows what awaits you.")
    return load_message_ref(block_id[len(ids.MESSAGE_BLOCK_PREFIX) :])


@dataclass(frozen=True)
class ClickedMessage:
    """Where the clicked message is, once checked to be the clicking person's own DM."""

    channel: str
    ts: str


def _clicked_message(
    client: WebClient, body: dict[str, Any], context: BoltContext
) -> ClickedMessage:
    """The clicked message's place, refused unless it is in the person's DM with the bot:
    a payload naming another teacher's DM or a channel must not have it re-drawn there."""
    container = body.get("container") or {}
    channel = str(container.get("channel_id") or "")
    ts = str(container.get("message_ts") or "")
    if not channel or not ts or not is_dm_of(client, context.user_id or "", channel):
        log.warning("click by %s named a message outside their DM", context.user_id)
        raise InvalidInput(NOT_YOUR_DM)
    return ClickedMessage(channel, ts)


def _redraw(
    session: Session,
    body: dict[str, Any],
    context: BoltContext,
    client: WebClient,
    clicked: ClickedMessage,
) -> None:
    """Re-draw the clicked message from the database, in place."""
    shows = _shows(body)
    with session.begin():
        text, blocks = render(session, context["viewer"], shows)
    _update_clicked(client, clicked, text, blocks)


def _update_clicked(
    client: WebClient, clicked: ClickedMessage, text: str, blocks: list[dict[str, Any]]
) -> None:
    """Replace the message that was clicked, in place."""
    client.chat_update(channel=clicked.channel, ts=clicked.ts, text=text, blocks=blocks)
