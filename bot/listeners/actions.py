"""Buttons and menus outside the review (bot/listeners/review.py): uploads, targets,
charts, App Home. Each acks at once and works after; anything a payload names is
re-checked on the server."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from bot import ids
from bot.after_ack import Work
from bot.blocks import progress_message
from bot.deps import BotDeps
from bot.dm import dm_channel
from bot.growth_charts import send_growth_chart
from bot.home_blocks import progress_modal
from bot.listeners.home import open_target_modal
from bot.payloads import (
    ChartRef,
    HomeChoice,
    ShareRef,
    StudentRef,
    UploadChoice,
    load,
    student_of_home_row,
)
from bot.review_messages import review_page
from bot.upload_blocks import upload_picker_modal
from bot.uploads import file_one
from bot.viewing import note_views
from domain.access import Viewer
from domain.class_overview import own_students
from domain.db import unit_of_work
from domain.errors import InvalidInput
from domain.models import AccessSurface, UploadReceipt, UploadStatus
from domain.progress import student_progress
from domain.uploads import refile_upload

log = logging.getLogger(__name__)


def register(app: App, deps: BotDeps) -> None:
    # Every button answers Slack at once; what it does follows the ack (bot/after_ack.py).
    def on(action_id: str, work: Work) -> None:
        app.action(action_id)(deps.after_ack.listener(work))

    def open_review(body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
        post_review_page(deps, context, client)

    def review_upload(body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
        """A bulk upload's Review button: that upload's review queue, in its thread."""
        ref = load(ShareRef, _value(body))
        post_review_page(deps, context, client, upload=ref.t)

    def refile(body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
        """File it again, although its text is filed already: the teacher's explicit choice,
        kept on the receipt; the outcome is told in a new message, reviews in its thread."""
        choice = load(UploadChoice, _value(body))
        with unit_of_work(deps.sessions) as session:
            chosen = refile_upload(
                session,
                file_id=choice.file,
                slack_user_id=context.user_id or "",
                policy=deps.upload_policy,
            )
        if not chosen:
            raise InvalidInput("That file has been filed already, or is not yours to file.")
        file_one(deps, client, choice.file)

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
        student_id = student_of_home_row(action.get("block_id"))
        if choice.do == "chart":
            send_growth_chart(deps, context, client, student_id)
        elif choice.do == "target":
            open_target_modal(deps, context, client, body["trigger_id"], student_id, from_home=True)
        else:
            with deps.sessions() as session:
                progress = student_progress(session, context["viewer"], student_id)
            note_views(
                deps,
                context["viewer"],
                context.user_id,
                AccessSurface.PROGRESS,
                [progress.student_id],
            )
            # The same actions as /progress: a chart, a target, the review queue.
            _, blocks = progress_message(progress)
            title = f"{progress.student_name[:14]} ({progress.handle})"
            client.views_open(trigger_id=body["trigger_id"], view=progress_modal(title, blocks))

    on(ids.OPEN_REVIEW_ACTION, open_review)
    on(ids.UPLOAD_FILE_ACTION, choose_upload)
    on(ids.UPLOAD_REFILE_ACTION, refile)
    on(ids.REVIEW_UPLOAD_ACTION, review_upload)
    on(ids.OPEN_TARGET_ACTION, target_button)
    on(ids.CHART_ACTION, chart_button)
    on(ids.CHART_CATEGORY_ACTION, chart_button)
    on(ids.HOME_STUDENT_MENU, home_menu)


def post_review_page(
    deps: BotDeps, context: BoltContext, client: WebClient, *, upload: str | None = None
) -> None:
    """The first page of the viewer's review queue, posted in their DM; with `upload`, of
    that upload's assessments, in the thread of its confirmation."""
    shown: list[str] = []
    with deps.sessions() as session:
        text, blocks = review_page(session, context["viewer"], 0, upload=upload, shown=shown)
    note_views(deps, context["viewer"], context.user_id, AccessSurface.REVIEW, shown)
    channel = dm_channel(client, context.user_id or "")
    deps.pacer.wait(channel)
    client.chat_postMessage(channel=channel, text=text, blocks=blocks, thread_ts=upload)


def _value(body: dict[str, Any]) -> str:
    return str((body.get("actions") or [{}])[0].get("value") or "")
