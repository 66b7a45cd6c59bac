"""Events: files shared with the bot. Each share is recorded before Slack gets its 200 (an
ack is a promise); the download and filing happen after.

Shares in the bot's DM arrive as `message.im` (with the message's text, which may say
whose work it is); shares in channels as `file_shared`, which needs only `files:read`
rather than reading every message of every channel the bot is in."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient

from bot.deps import BotDeps
from bot.uploads import file_received, receive_channel_share, receive_file_share
from domain.access import Viewer
from domain.uploads import SharedFile

Receive = Callable[[BotDeps, Viewer, dict[str, Any], str], list[SharedFile]]


def register(app: App, deps: BotDeps) -> None:
    def on_share(receive: Receive, channel_key: str) -> Callable[..., None]:
        def shared(ack: Ack, body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
            event = body["event"]
            user = context.user_id or ""
            # If this write fails the listener raises before ack(): Slack gets a 500 and
            # delivers the event again, so nothing it was told 200 for is lost.
            files = receive(deps, context["viewer"], event, user)
            ack()
            deps.metrics.uploads_received(len(files))
            if files:
                channel = str(event.get(channel_key) or "")
                in_dm = event.get("channel_type") == "im" or channel.startswith("D")
                deps.after_ack.run(
                    lambda: file_received(deps, client, files, user, channel=channel, in_dm=in_dm),
                    body,
                    context,
                )

        shared.__name__ = receive.__name__
        return shared

    app.event({"type": "message", "subtype": "file_share"})(on_share(receive_file_share, "channel"))
    app.event("file_shared")(on_share(receive_channel_share, "channel_id"))

    @app.event("message")
    def other_messages() -> None:
        # Typed messages, edits and deletions need nothing; answering keeps Slack from
        # retrying them.
        return None
