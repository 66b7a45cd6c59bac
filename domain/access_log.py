"""Who viewed which student's record, when and where: one row per student shown.

Every surface that shows a student's record (/progress, the chart, App Home, a review
item, an export) calls `record_views` in the same transaction that reads the record, so a
view that was shown is a view that was logged. Only keys and the surface are written,
never anything the record says. The trail is read by admins (`flourish audit STUDENT`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from domain.models import AccessLogEntry, AccessSurface, AuditEvent, utcnow


def record_views(
    session: Session,
    viewer: str | None,
    surface: AccessSurface,
    student_ids: Iterable[str],
    *,
    at: datetime | None = None,
) -> int:
    """One access row per distinct student shown to `viewer` on `surface`; returns how many.
    A viewer with no roster key (an admin's Slack id alone) is logged by that id."""
    wanted = sorted(set(student_ids))
    if not wanted:
        return 0
    when = at or utcnow()
    session.execute(
        insert(AccessLogEntry),
        [
            {
                "student_id": student_id,
                "viewer": viewer or "unknown",
                "surface": surface.value,
                "viewed_at": when,
            }
            for student_id in wanted
        ],
    )
    return len(wanted)


def record_view(
    session: Session, viewer: str | None, surface: AccessSurface, student_id: str
) -> None:
    record_views(session, viewer, surface, [student_id])


@dataclass(frozen=True)
class AccessRow:
    viewer: str
    surface: str
    viewed_at: datetime


@dataclass(frozen=True)
class AuditRow:
    action: str
    actor: str
    at: datetime
    detail: dict[str, Any]


def access_trail(session: Session, student_id: str) -> list[AccessRow]:
    rows = session.execute(
        select(AccessLogEntry.viewer, AccessLogEntry.surface, AccessLogEntry.viewed_at)
        .where(AccessLogEntry.student_id == student_id)
        .order_by(AccessLogEntry.viewed_at, AccessLogEntry.id)
    )
    return [AccessRow(viewer, surface, at) for viewer, surface, at in rows]


def audit_trail(session: Session, student_id: str) -> list[AuditRow]:
    rows = session.execute(
        select(AuditEvent.action, AuditEvent.actor, AuditEvent.at, AuditEvent.detail)
        .where(AuditEvent.student_id == student_id)
        .order_by(AuditEvent.at, AuditEvent.id)
    )
    return [AuditRow(action, actor, at, dict(detail or {})) for action, actor, at, detail in rows]
