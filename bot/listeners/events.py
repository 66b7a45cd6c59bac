"""Events: files shared with the bot. The event is acknowledged first; the download and
filing happen after Slack has its answer."""

from __future__ import annotations

from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from bot.deps import BotDeps
from bot.uploads import handle_file_share


def register(app: App, deps: BotDeps) -> None:
    def file_shared(body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
        event = body["event"]
        handle_file_share(deps, client, context["viewer"], event, context.user_id or "")

    app.event({"type": "message", "subtype": "file_share"})(deps.after_ack.listener(file_shared))

    @app.event("message")
    def other_messages() -> None:
        # Typed messages, edits and deletions need nothing; answering keeps Slack from
        # retrying them.
        return None
