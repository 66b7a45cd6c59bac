"""A click re-draws its message only in the clicking teacher's own DM: a payload that names
another teacher's DM or a channel (with a real message's ts) has nothing updated there."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from bot import ids
from bot.payloads import PageRef
from domain.models import Assessment
from tests.slack_harness import RODRIGUEZ, THOMPSON, RunningApp, wait_for

DOCUMENTS = Path(__file__).resolve().parent.parent / "mock_data" / "documents"


def _review(running: RunningApp, user: str, name: str, file_id: str) -> dict[str, Any]:
    hosted = running.slack.add_file(file_id, name, (DOCUMENTS / name).read_bytes(), user=user)
    assert running.share(user, [hosted]) == 200

    def posted() -> list[dict[str, Any]]:
        return [m for m in running.dm(user) if ids.ACCEPT_ALL_ACTION in json.dumps(m.get("blocks"))]

    return wait_for(posted, what=f"{user}'s review message")[0]


def _page_button(message: dict[str, Any]) -> dict[str, Any]:
    """The message with a Next page button added, as a hand-made payload would carry."""
    button = {
        "type": "button",
        "text": {"type": "plain_text", "text": "Next page"},
        "action_id": ids.REVIEW_PAGE_ACTION,
        "value": PageRef(o=0).dump(),
    }
    return {**message, "blocks": [*message["blocks"], {"type": "actions", "elements": [button]}]}


@pytest.mark.parametrize("where", ["another teacher's DM", "a public channel"])
@pytest.mark.parametrize(
    ("action", "choose"),
    [
        (ids.ACCEPT_ALL_ACTION, None),
        (ids.ACCEPT_SELECTED_ACTION, None),
        (ids.ITEM_MENU_ACTION, "Correct"),
        (ids.ITEM_MENU_ACTION, "Not evidence"),
        (ids.REVIEW_PAGE_ACTION, None),
    ],
)
def test_a_click_naming_a_message_outside_the_dm_updates_nothing(
    running: RunningApp, where: str, action: str, choose: str | None
) -> None:
    pat = _review(running, THOMPSON, "S003_reflection_2025-08-27.md", "F0PAT")
    eva = _review(running, RODRIGUEZ, "S001_presentation_2025-10-20.md", "F0EVA")
    pat_before = copy.deepcopy(pat)

    # Rodriguez's own buttons, on a payload that says the message is Pat's (or a channel's).
    forged = _page_button(eva) if action == ids.REVIEW_PAGE_ACTION else copy.deepcopy(eva)
    forged["channel"] = pat["channel"] if where == "another teacher's DM" else "C0CLASS"
    forged["ts"] = pat["ts"]
    # Every box ticked, as Slack would send them with Accept selected.
    ticked = {
        "values": {
            block.get("block_id", "b"): {
                e["action_id"]: {"type": "checkboxes", "selected_options": e["options"]}
                for e in block["elements"]
                if e.get("type") == "checkboxes"
            }
            for block in forged["blocks"]
            if block["type"] == "actions"
        }
    }
    status, _ = running.click(RODRIGUEZ, forged, action, choose=choose, state=ticked)
    assert status == 200

    (refusal,) = wait_for(lambda: running.slack.responses, what="the refusal")
    assert refusal["response_type"] == "ephemeral" and "our DM" in refusal["text"]
    assert running.slack.calls("chat.update") == []
    assert running.slack.calls("views.open") == []
    assert running.dm(THOMPSON)[-1] == pat_before
    with running.sessions() as session:  # refused before anything was validated
        assert set(session.scalars(select(Assessment.review_state))) == {"pending"}


def test_the_same_click_in_the_dm_updates_the_message(running: RunningApp) -> None:
    eva = _review(running, RODRIGUEZ, "S001_presentation_2025-10-20.md", "F0EVA")
    running.click(RODRIGUEZ, eva, ids.ACCEPT_ALL_ACTION)
    (update,) = wait_for(lambda: running.slack.calls("chat.update"), what="the update")
    assert (update.params["channel"], update.params["ts"]) == (eva["channel"], eva["ts"])
    assert running.slack.responses == []
