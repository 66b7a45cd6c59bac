"""Events: files shared with the bot. Each share is recorded before Slack gets its 200 (an
ack is a promise); the download and filing happen after."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient

from bot.deps import BotDeps
from bot.uploads import file_received, receive_file_share


def register(app: App, deps: BotDeps) -> None:
    def file_shared(
        ack: Ack, body: dict[str, Any], context: BoltContext, client: WebClient
    ) -> None:
        event = body["event"]
        user = context.user_id or ""
        # If this write fails the listener raises before ack(): Slack gets a 500 and
        # delivers the event again, so nothing it was told 200 for is lost.
        files = receive_file_share(deps, context["viewer"], event, user)
        ack()
        if files:
            deps.after_ack.run(
                lambda: file_received(deps, client, files, event, user), body, context
            )

    app.event({"type": "message", "subtype": "file_share"})(file_shared)

    @app.event("message")
    def other_messages() -> None:
        # Typed messages, edits and deletions need nothing; answering keeps Slack from
        # retrying them.
        return None
