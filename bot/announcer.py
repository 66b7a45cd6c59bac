"""Posting review messages (and failure notices) to teachers once their entries are done."""

from __future__ import annotations

import logging
from enum import Enum

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from sqlalchemy.orm import Session, sessionmaker

from bot.dm import dm_channel
from bot.review_blocks import entry_review_message
from domain.announcements import (
    Announcement,
    claim_announcements,
    record_review_message,
    release_announcement,
)
from domain.db import unit_of_work
from domain.entry_review import entry_review
from domain.progress import Viewer

log = logging.getLogger(__name__)


def announce_ready(sessions: sessionmaker[Session], client: WebClient) -> int:
    """Post every due review message; returns how many were posted."""
    posted = 0
    while True:
        with unit_of_work(sessions) as session:
            due = claim_announcements(session)
        if not due:
            return posted
        for announcement in due:
            outcome = _post(sessions, client, announcement)
            if outcome is Outcome.REFUSED:
                return posted
            posted += outcome is Outcome.POSTED


def announce_entry(sessions: sessionmaker[Session], client: WebClient, entry_id: int) -> bool:
    """Post this entry's review message now, if it is due and nobody else has taken it;
    True when it was posted. A refused post is left for `announce_ready` to try again."""
    with unit_of_work(sessions) as session:
        due = claim_announcements(session, entry_id=entry_id)
    return any(_post(sessions, client, announcement) is Outcome.POSTED for announcement in due)


class Outcome(Enum):
    POSTED = "posted"
    # Slack said no (not a lost answer): nothing was posted, and the claim is released.
    REFUSED = "refused"
    # The post may or may not have landed: it stays claimed, never posted twice.
    UNKNOWN = "unknown"


def _post(
    sessions: sessionmaker[Session], client: WebClient, announcement: Announcement
) -> Outcome:
    try:
        channel = dm_channel(client, announcement.slack_user_id)
        with sessions() as session:
            review = entry_review(session, Viewer(announcement.teacher_id), announcement.entry_id)
        text, blocks = entry_review_message(review)
        reply = client.chat_postMessage(channel=channel, text=text, blocks=blocks)
    except SlackApiError as error:
        log.warning(
            "review message for entry %s refused: %s",
            announcement.entry_id,
            error.response.get("error"),
        )
        with unit_of_work(sessions) as session:
            release_announcement(session, announcement.entry_id)
        return Outcome.REFUSED
    except Exception as error:
        # Posting again could duplicate it; /review still lists the entry's assessments.
        log.error(
            "review message for entry %s not confirmed: %s",
            announcement.entry_id,
            type(error).__name__,
        )
        return Outcome.UNKNOWN
    with unit_of_work(sessions) as session:
        record_review_message(session, announcement.entry_id, channel, reply["ts"])
    return Outcome.POSTED
