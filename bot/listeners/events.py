"""Events: files shared with the bot. Bolt acknowledges an event before its listener runs,
so the download and filing happen after Slack has its answer."""

from __future__ import annotations

from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from bot.deps import BotDeps
from bot.uploads import handle_file_share


def register(app: App, deps: BotDeps) -> None:
    @app.event({"type": "message", "subtype": "file_share"})
    def file_shared(event: dict[str, Any], context: BoltContext, client: WebClient) -> None:
        handle_file_share(deps, client, context["viewer"], event, context.user_id or "")

    @app.event("message")
    def other_messages() -> None:
        # Typed messages, edits and deletions need nothing; answering keeps Slack from
        # retrying them.
        return None
