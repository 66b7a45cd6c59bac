"""Posting review messages (and failure notices) to teachers once their entries are done:
in the thread of the upload's confirmation when there is one, a bulk upload's as one
summary (domain/announcements.py decides which), each post paced to Slack's one message a
second per conversation (bot/pacer.py)."""

from __future__ import annotations

import logging
from enum import Enum

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from sqlalchemy.orm import Session, sessionmaker

from bot.dm import dm_channel
from bot.pacer import DM_PACER, ChannelPacer
from bot.review_blocks import entry_review_message
from bot.upload_blocks import upload_summary_message
from domain.access import Viewer
from domain.access_log import record_views
from domain.announcements import (
    Announcement,
    claim_announcements,
    record_review_message,
    release_announcement,
    upload_summary,
)
from domain.db import unit_of_work
from domain.entry_review import entry_review
from domain.models import AccessSurface

log = logging.getLogger(__name__)


def announce_ready(
    sessions: sessionmaker[Session], client: WebClient, pacer: ChannelPacer = DM_PACER
) -> int:
    """Post every due review message; returns how many were posted."""
    posted = 0
    while True:
        with unit_of_work(sessions) as session:
            due = claim_announcements(session)
        if not due:
            return posted
        for announcement in due:
            outcome = _post(sessions, client, announcement, pacer)
            if outcome is Outcome.REFUSED:
                return posted
            posted += outcome is Outcome.POSTED


def announce_entry(
    sessions: sessionmaker[Session],
    client: WebClient,
    entry_id: int,
    pacer: ChannelPacer = DM_PACER,
) -> bool:
    """Post this entry's review message now, if it is due and nobody else has taken it;
    True when it was posted. A refused post is left for `announce_ready` to try again."""
    with unit_of_work(sessions) as session:
        due = claim_announcements(session, entry_id=entry_id)
    outcomes = [_post(sessions, client, announcement, pacer) for announcement in due]
    return Outcome.POSTED in outcomes


class Outcome(Enum):
    POSTED = "posted"
    # Slack said no (not a lost answer): nothing was posted, and the claim is released.
    REFUSED = "refused"
    # The post may or may not have landed: it stays claimed, never posted twice.
    UNKNOWN = "unknown"


def _post(
    sessions: sessionmaker[Session],
    client: WebClient,
    announcement: Announcement,
    pacer: ChannelPacer,
) -> Outcome:
    thread = announcement.thread
    # Whose record the message shows its teacher: logged once it is posted.
    shown: list[str] = []
    try:
        channel = thread.channel_id if thread else dm_channel(client, announcement.slack_user_id)
        with sessions() as session:
            if announcement.summarised and thread is not None:
                summary = upload_summary(session, announcement.teacher_id, thread)
                text, blocks = upload_summary_message(summary)
            else:
                viewer = Viewer(announcement.teacher_id)
                review = entry_review(session, viewer, announcement.entry_id)
                shown.append(review.student_id)
                text, blocks = entry_review_message(review)
        pacer.wait(channel)
        reply = client.chat_postMessage(
            channel=channel, text=text, blocks=blocks, thread_ts=thread.ts if thread else None
        )
    except SlackApiError as error:
        log.warning(
            "review message for entry %s refused: %s",
            announcement.entry_id,
            error.response.get("error"),
        )
        with unit_of_work(sessions) as session:
            release_announcement(session, announcement.entry_ids)
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
        record_review_message(session, announcement.entry_ids, channel, reply["ts"])
        record_views(session, announcement.teacher_id, AccessSurface.REVIEW, shown)
    return Outcome.POSTED
