"""Buttons on /progress (and App Home's progress view) other than the review's: a target
within reach opens the target form prefilled."""

from __future__ import annotations

import functools
import re
from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from bot import ids
from bot.deps import BotDeps
from bot.listeners.home import open_target_modal
from bot.payloads import TargetPrefill, load

# One action id per suggestion button (Slack wants them distinct within a block).
SUGGESTION_ACTIONS = re.compile(rf"^{re.escape(ids.TARGET_SUGGESTION_ACTION)}:\d+$")


def open_suggested_target(
    deps: BotDeps, body: dict[str, Any], context: BoltContext, client: WebClient
) -> None:
    action = (body.get("actions") or [{}])[0]
    prefill = load(TargetPrefill, action.get("value"))
    view_type = (body.get("view") or {}).get("type")
    # Prefilled, not set: the teacher confirms with one more click, and the submit
    # re-checks that the student is theirs.
    open_target_modal(
        deps,
        context,
        client,
        body["trigger_id"],
        prefill.s,
        skill=prefill.skill,
        level=prefill.level,
        from_home=view_type == "home",
        over_modal=view_type == "modal",
    )


def register(app: App, deps: BotDeps) -> None:
    work = functools.partial(open_suggested_target, deps)
    work.__name__ = open_suggested_target.__name__  # type: ignore[attr-defined]
    app.action(SUGGESTION_ACTIONS)(deps.after_ack.listener(work))
