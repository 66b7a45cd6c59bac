"""The teacher's DM with the bot: where student data may be posted."""

from __future__ import annotations

import threading

from slack_sdk import WebClient

_lock = threading.Lock()
_channels: dict[tuple[str, str], str] = {}


def dm_channel(client: WebClient, slack_user_id: str) -> str:
    """The DM's channel id (conversations.open is idempotent; its answer is cached)."""
    key = (client.base_url, slack_user_id)
    with _lock:
        known = _channels.get(key)
    if known is not None:
        return known
    opened = client.conversations_open(users=slack_user_id)
    channel: str = opened["channel"]["id"]
    with _lock:
        _channels[key] = channel
    return channel


def is_dm_of(client: WebClient, slack_user_id: str, channel_id: str) -> bool:
    """Whether `channel_id` is this person's DM with the bot: a message that a payload
    names is only ever updated there, never in a channel others read."""
    return dm_channel(client, slack_user_id) == channel_id
