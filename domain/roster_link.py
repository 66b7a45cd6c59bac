"""Linking a member of staff to their Slack account by hand, for a roster without emails.

Email stays the usual link (bot/identity.py looks emails up); this is for the rest. Who
the Slack user is, is found by the caller (flourish/roster_cli.py asks Slack): domain code
never talks to Slack.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from domain.errors import RosterError
from domain.models import Teacher

LINK_COLUMNS = ("teacher_id", "slack_email")


@dataclass(frozen=True)
class LinkRow:
    line: int
    teacher: str
    slack_email: str


def find_staff(session: Session, who: str) -> Teacher:
    """The member of staff a handle (T001) or a roster key names."""
    wanted = who.strip()
    teacher = session.scalar(
        select(Teacher)
        .where(or_(Teacher.handle == wanted.upper(), Teacher.id == wanted))
        # A key that happens to look like another's handle: the key wins.
        .order_by((Teacher.id == wanted).desc())
        .limit(1)
    )
    if teacher is None:
        raise RosterError(f"No member of staff {wanted} on the roster.")
    return teacher


def link_staff(session: Session, who: str, slack_user_id: str, slack_label: str = "") -> Teacher:
    """Give `who` this Slack account; refused when another member of staff holds it."""
    teacher = find_staff(session, who)
    label = slack_label or slack_user_id
    holder = session.scalar(
        select(Teacher).where(Teacher.slack_user_id == slack_user_id, Teacher.id != teacher.id)
    )
    if holder is not None:
        raise RosterError(f"Slack user {label} is already linked to {holder.handle}.")
    teacher.slack_user_id = slack_user_id
    session.flush()
    return teacher


def parse_link_csv(text: str, name: str) -> list[LinkRow]:
    """Rows of `teacher_id,slack_email`; every problem is one line, and any refuses all."""
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")))
    header = [column.strip().lower() for column in next(reader, [])]
    if tuple(header) != LINK_COLUMNS:
        raise RosterError(
            f"{name} line 1: the header must be '{','.join(LINK_COLUMNS)}'; "
            f"found '{','.join(header)}'."
        )
    rows: list[LinkRow] = []
    problems: list[str] = []
    for line, values in enumerate(reader, start=2):
        if not any(value.strip() for value in values):
            continue
        if len(values) != 2 or not all(value.strip() for value in values):
            problems.append(f"{name} line {line}: expected a teacher id and a Slack email")
            continue
        rows.append(LinkRow(line, values[0].strip(), values[1].strip().lower()))
    if problems:
        raise RosterError("Nothing was linked:\n" + "\n".join(f"- {p}" for p in problems))
    return rows
