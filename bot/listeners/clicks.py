"""What every click on a message needs: the clicked message's place (only ever the
person's own DM with the bot), what it shows, and re-drawing it from the database."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from slack_bolt import BoltContext
from slack_sdk import WebClient
from sqlalchemy.orm import Session

from bot import ids
from bot.dm import is_dm_of
from bot.payloads import EntryMessage, PageMessage, load_message_ref
from bot.review_messages import render
from domain.errors import InvalidInput

log = logging.getLogger(__name__)

NOT_YOUR_DM = "I only update messages in our DM: /review shows what awaits you."


@dataclass(frozen=True)
class ClickedMessage:
    """Where the clicked message is, once checked to be the clicking person's own DM."""

    channel: str
    ts: str


def action_value(body: dict[str, Any]) -> str:
    """The clicked button's value, or the chosen menu option's."""
    action = (body.get("actions") or [{}])[0]
    chosen = action.get("selected_option") or {}
    return str(chosen.get("value") or action.get("value") or "")


def shows(body: dict[str, Any]) -> EntryMessage | PageMessage:
    blocks = (body.get("message") or {}).get("blocks") or [{}]
    block_id = str(blocks[0].get("block_id", ""))
    if not block_id.startswith(ids.MESSAGE_BLOCK_PREFIX):
        raise InvalidInput("That message is out of date; /review shows what awaits you.")
    return load_message_ref(block_id[len(ids.MESSAGE_BLOCK_PREFIX) :])


def clicked_message(
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


def redraw(
    session: Session,
    body: dict[str, Any],
    context: BoltContext,
    client: WebClient,
    clicked: ClickedMessage,
) -> None:
    """Re-draw the clicked message from the database, in place."""
    with session.begin():
        text, blocks = render(session, context["viewer"], shows(body))
    update_clicked(client, clicked, text, blocks)


def update_clicked(
    client: WebClient, clicked: ClickedMessage, text: str, blocks: list[dict[str, Any]]
) -> None:
    """Replace the message that was clicked, in place."""
    client.chat_update(channel=clicked.channel, ts=clicked.ts, text=text, blocks=blocks)
