"""The digest's check-in answers: "Checked in" or "Not needed", remembered (domain/
checkins.py) and shown in place of the buttons."""

from __future__ import annotations

import functools
import logging
import re
from datetime import date
from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from bot import ids
from bot.blocks import Blocks, context
from bot.deps import BotDeps
from bot.dm import is_dm_of
from bot.payloads import CheckInAnswerRef, load
from domain.checkins import Answered, answer_check_in
from domain.db import unit_of_work
from domain.errors import InvalidInput
from domain.models import CheckInAnswerChoice

log = logging.getLogger(__name__)

ANSWER_ACTIONS = re.compile(rf"^{re.escape(ids.CHECKIN_ANSWER_ACTION)}:[a-z_]+$")
NOT_YOUR_DM = "I only update messages in our DM."
SAID = {
    CheckInAnswerChoice.CHECKED_IN: "Checked in",
    CheckInAnswerChoice.NOT_NEEDED: "Not needed",
}


def answer(deps: BotDeps, body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
    action = (body.get("actions") or [{}])[0]
    ref = load(CheckInAnswerRef, action.get("value"))
    container = body.get("container") or {}
    channel = str(container.get("channel_id") or "")
    ts = str(container.get("message_ts") or "")
    # Checked before anything is stored: an answer comes from the teacher's own digest.
    if not channel or not ts or not is_dm_of(client, context.user_id or "", channel):
        log.warning("check-in answer by %s named a message outside their DM", context.user_id)
        raise InvalidInput(NOT_YOUR_DM)
    with unit_of_work(deps.sessions) as session:
        answered = answer_check_in(
            session,
            context["viewer"],
            student_id=ref.s,
            kind=ref.kind,
            basis=ref.basis,
            week_start=ref.week,
            answer=ref.answer,
            skill=ref.skill,
        )
    message = body.get("message") or {}
    blocks = answered_blocks(message.get("blocks") or [], str(action.get("block_id")), answered)
    client.chat_update(channel=channel, ts=ts, text=message.get("text") or "", blocks=blocks)


def answered_blocks(blocks: Blocks, block_id: str, answered: Answered) -> Blocks:
    """The digest as it was, the answered suggestion's buttons replaced by its answer."""
    if not block_id.startswith(ids.CHECKIN_BLOCK_PREFIX):
        raise InvalidInput("That button is out of date.")
    note = context(
        f":ballot_box_with_check: {SAID[answered.answer]} ({_day(answered.answered_at.date())}): "
        "remembered, so it is not suggested again."
    )
    note["block_id"] = block_id
    return [note if block.get("block_id") == block_id else block for block in blocks]


def _day(on: date) -> str:
    return f"{on.day} {on:%b}"


def register(app: App, deps: BotDeps) -> None:
    work = functools.partial(answer, deps)
    work.__name__ = answer.__name__  # type: ignore[attr-defined]
    app.action(ANSWER_ACTIONS)(deps.after_ack.listener(work))
