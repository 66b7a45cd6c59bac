"""Who is who: a Slack user is a teacher when the roster maps them, or a school admin."""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from slack_bolt import BoltContext, BoltResponse
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from sqlalchemy import select

from bot.deps import BotDeps
from domain.access import Viewer
from domain.db import unit_of_work
from domain.models import Teacher

log = logging.getLogger(__name__)

NOT_A_TEACHER = (
    "Flourish is for teachers on your school's roster, and I can't find you on it. "
    "If you teach here, ask your school's Flourish admin to add your Slack account or email."
)
# An unknown user may be a teacher whose Slack id is not on the roster yet; look their
# emails up again at most this often, not on every request.
RELINK_INTERVAL_SECONDS = 600.0
# Who is who is read on every request; the roster changes by import, a few times a term.
# A change reaches a running app within this long (a removed teacher's access included).
ROSTER_CACHE_SECONDS = 60.0
ROSTER_CACHE_MAX = 10_000


class Identity:
    def __init__(self, deps: BotDeps, clock: Callable[[], float] = time.monotonic) -> None:
        self._deps = deps
        self._clock = clock
        self._lock = threading.Lock()
        self._last_link = float("-inf")
        # Slack user id -> (teacher id or None, when that answer goes stale).
        self._known: dict[str, tuple[str | None, float]] = {}

    def viewer(self, user_id: str, client: WebClient | None) -> Viewer | None:
        teacher_id = self._cached_teacher_for(user_id)
        if teacher_id is None and client is not None and self._may_relink():
            link_teachers_by_email(self._deps, client)
            teacher_id = self._cached_teacher_for(user_id, fresh=True)
        if user_id in self._deps.admins:
            return Viewer(teacher_id=teacher_id, is_admin=True)
        return Viewer(teacher_id=teacher_id) if teacher_id else None

    def _cached_teacher_for(self, user_id: str, *, fresh: bool = False) -> str | None:
        now = self._clock()
        known = self._known.get(user_id)
        if known is not None and known[1] > now and not fresh:
            return known[0]
        teacher_id = self._teacher_for(user_id)
        with self._lock:
            if len(self._known) >= ROSTER_CACHE_MAX:
                self._known.clear()
            self._known[user_id] = (teacher_id, now + ROSTER_CACHE_SECONDS)
        return teacher_id

    def _teacher_for(self, user_id: str) -> str | None:
        with self._deps.sessions() as session:
            # A teacher who left the roster is nobody here at once (within the cache's minute).
            return session.scalar(
                select(Teacher.id).where(Teacher.slack_user_id == user_id, Teacher.active)
            )

    def _may_relink(self) -> bool:
        with self._lock:
            now = time.monotonic()
            if now - self._last_link < RELINK_INTERVAL_SECONDS:
                return False
            self._last_link = now
            return True

    def middleware(self) -> Callable[..., BoltResponse | None]:
        def resolve_viewer(
            context: BoltContext, body: dict[str, Any], next: Callable[[], None]
        ) -> BoltResponse | None:
            user_id = context.user_id
            if user_id is None:
                next()
                return None
            viewer = self.viewer(user_id, context.client)
            if viewer is None:
                log.info("request from unmapped Slack user %s ignored", user_id)
                if body.get("command"):
                    reply = {"response_type": "ephemeral", "text": NOT_A_TEACHER}
                    return BoltResponse(
                        status=200,
                        body=json.dumps(reply),
                        headers={"content-type": ["application/json"]},
                    )
                return BoltResponse(status=200, body="")
            context["viewer"] = viewer
            next()
            return None

        return resolve_viewer


def link_teachers_by_email(deps: BotDeps, client: WebClient) -> int:
    """Fill in Slack user ids for roster teachers known only by email; returns how many."""
    linked = 0
    with unit_of_work(deps.sessions) as session:
        unlinked = session.scalars(
            select(Teacher).where(Teacher.slack_user_id.is_(None), Teacher.email.is_not(None))
        ).all()
        for teacher in unlinked:
            try:
                found = client.users_lookupByEmail(email=teacher.email or "")
            except SlackApiError as error:
                if error.response.get("error") != "users_not_found":
                    log.warning("users.lookupByEmail failed for %s: %s", teacher.id, error)
                continue
            teacher.slack_user_id = found["user"]["id"]
            linked += 1
    if linked:
        log.info("linked %s teacher(s) to Slack by email", linked)
    return linked
