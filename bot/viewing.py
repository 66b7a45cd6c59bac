"""The one place Slack surfaces log who was shown which student's record.

Each surface calls `note_views` after it has read the record and before it shows it: a
record shown is a record logged, and a view that fails to be logged is not shown (the
error reaches the teacher like any other). One row per student shown (App Home: each
student on the page). Keys only: the viewer's roster key, or their Slack id for an admin
with no roster entry.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.deps import BotDeps
from domain.access import Viewer
from domain.access_log import record_views
from domain.db import unit_of_work
from domain.models import AccessSurface


def viewer_key(viewer: Viewer | None, user_id: str | None) -> str:
    if viewer is not None and viewer.teacher_id:
        return viewer.teacher_id
    return f"slack:{user_id or 'unknown'}"


def note_views(
    deps: BotDeps,
    viewer: Viewer | None,
    user_id: str | None,
    surface: AccessSurface,
    student_ids: Iterable[str],
) -> None:
    wanted = list(student_ids)
    if not wanted:
        return
    with unit_of_work(deps.sessions) as session:
        record_views(session, viewer_key(viewer, user_id), surface, wanted)
