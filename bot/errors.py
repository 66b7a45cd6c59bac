"""The global error handler: a brief answer to the person, ids (never student text) in logs."""

from __future__ import annotations

import logging
import traceback
from typing import Any

from slack_bolt import BoltResponse
from slack_bolt.context.respond import Respond

from bot.mrkdwn import escape
from domain.errors import FlourishError

log = logging.getLogger(__name__)

SOMETHING_WENT_WRONG = (
    "Sorry, something went wrong on my side and nothing was changed. Please try again."
)


def handle_error(
    error: Exception, body: dict[str, Any], respond: Respond | None
) -> BoltResponse | None:
    user = (body.get("user") or {}).get("id") or body.get("user_id")
    kind = body.get("type") or ("command" if body.get("command") else "event")
    if isinstance(error, FlourishError):
        # A refusal may quote what the person sent (a skill name, a file name).
        message = escape(str(error))
        log.info("refused %s from %s: %s", kind, user, type(error).__name__)
    else:
        message = SOMETHING_WENT_WRONG
        # Frames, not the message: an exception's message may quote student text.
        log.error(
            "failed %s from %s: %s\n%s",
            kind,
            user,
            type(error).__name__,
            "".join(traceback.format_tb(error.__traceback__)),
        )
    if respond is not None and body.get("response_url"):
        try:
            respond(text=message, response_type="ephemeral", replace_original=False)
        except Exception:  # the person may not be reachable; the log line stands
            log.warning("could not tell %s about the error", user)
    return None
