"""Check-ins: when the digest suggests one, how it says so, and what the teacher answered.

The rule. A check-in follows a sustained change, never one document: a student whose two
latest validated levels of a skill both sit below the level validated before them (news
the week the second one is validated), or a student with no new evidence for three weeks
(or none at all after three weeks on the roster). One dip is a day, not a pattern.

The words. Students are 12: a reason starts from what the student has shown ("showed
Advanced Organization on 18 Sep") and ends with a next step, never a label.

The answers. Each suggestion is named by what it rests on (`basis`): for silence, the day
of the last evidence; for a sustained change, the validated level it is worded from. A
teacher's "Checked in" or "Not needed" is stored against that name, so the next digest
does not make the same suggestion again, while a new situation (new evidence that went
quiet again, another change) is suggested afresh. `report` counts suggestions and answers
per kind: how often the rule was worth following.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from domain.access import Viewer
from domain.curriculum import Level, Skill
from domain.db import insert_unless_present
from domain.errors import NotFound
from domain.models import CheckInAnswer, CheckInAnswerChoice, CheckInKind, utcnow
from domain.progress import own_student

# "No new evidence for three weeks": nothing dated in the 21 days before the digest week.
QUIET_WEEKS = 3
NO_EVIDENCE_BASIS = "none"


@dataclass(frozen=True)
class Strength:
    """A validated level the student showed: what a reason is worded from."""

    skill: Skill
    level: Level
    observed_on: date

    @property
    def text(self) -> str:
        return f"{self.level.value} {self.skill.value} on {day(self.observed_on)}"


def is_sustained_change(latest: Level, previous: Level, reference: Level) -> bool:
    """The two latest validated levels (`latest`, `previous`) both below the one validated
    before them (`reference`): a change that has lasted two pieces of evidence."""
    return latest.rank < reference.rank and previous.rank < reference.rank


def sustained_change_reason(name: str, reference: Strength, previous: Level, latest: Level) -> str:
    since = previous.value if previous is latest else f"{previous.value} and {latest.value}"
    return (
        f"{name} showed {reference.text}; the two pieces of evidence since were validated "
        f"at {since}: a check-in could find what helped then"
    )


def no_recent_evidence_reason(name: str, last: date, strength: Strength | None = None) -> str:
    shown = f". {name} showed {strength.text}" if strength is not None else ""
    return (
        f"No new evidence since {day(last)}{shown}: a fresh observation would show where "
        f"{name} is now"
    )


def no_evidence_yet_reason(name: str) -> str:
    return f"No evidence yet: a first observation would show where {name} is starting from"


def quiet_basis(last_evidence: date | None) -> str:
    return last_evidence.isoformat() if last_evidence is not None else NO_EVIDENCE_BASIS


def change_basis(reference_assessment_id: int) -> str:
    return f"a{reference_assessment_id}"


@dataclass(frozen=True)
class Answered:
    """What an answer click stored (or found already stored)."""

    student_id: str
    kind: CheckInKind
    answer: CheckInAnswerChoice
    answered_at: datetime
    # False when this suggestion already had an answer: the first one stands.
    recorded: bool


def answer_check_in(
    session: Session,
    viewer: Viewer,
    *,
    student_id: str,
    kind: CheckInKind,
    basis: str,
    week_start: date,
    answer: CheckInAnswerChoice,
    skill: Skill | None = None,
) -> Answered:
    """Remember the teacher's answer to one suggestion. Only the student's own teacher may
    answer; a second click (or Slack's retry) keeps the first answer."""
    student = own_student(session, viewer, student_id)
    now = utcnow()
    recorded = insert_unless_present(
        session,
        CheckInAnswer,
        {
            "student_id": student.id,
            "teacher_id": viewer.teacher_id,
            "kind": kind.value,
            "skill": skill.value if skill else None,
            "basis": basis,
            "week_start": week_start,
            "answer": answer.value,
            "answered_at": now,
        },
        ["student_id", "kind", "basis"],
    )
    if recorded:
        return Answered(student.id, kind, answer, now, recorded=True)
    stored = session.scalars(
        select(CheckInAnswer).where(
            CheckInAnswer.student_id == student.id,
            CheckInAnswer.kind == kind.value,
            CheckInAnswer.basis == basis,
        )
    ).first()
    if stored is None:  # removed between the two statements: nothing to show
        raise NotFound("That suggestion no longer exists.")
    return Answered(
        student.id,
        kind,
        CheckInAnswerChoice(stored.answer),
        _aware(stored.answered_at),
        recorded=False,
    )


@dataclass(frozen=True)
class KindReport:
    kind: CheckInKind
    suggested: int = 0
    checked_in: int = 0
    not_needed: int = 0

    @property
    def answered(self) -> int:
        return self.checked_in + self.not_needed

    @property
    def unanswered(self) -> int:
        return max(self.suggested - self.answered, 0)

    @property
    def useful_share(self) -> float | None:
        """Of the answered suggestions, the share a teacher acted on."""
        return self.checked_in / self.answered if self.answered else None


@dataclass(frozen=True)
class CheckInReport:
    first_week: date
    last_week: date
    kinds: list[KindReport]


def report(
    session: Session, first_week: date, last_week: date, *, tz: str = "UTC"
) -> CheckInReport:
    """Suggestions the digests of the weeks `first_week`..`last_week` (Mondays) made, and
    the answers given to suggestions made in those weeks, per kind."""
    from domain.digest import compose_digests  # the digest composes with this module's rule

    suggested: Counter[CheckInKind] = Counter()
    week = first_week
    while week <= last_week:
        for digest in compose_digests(session, week, tz=tz):
            suggested.update(c.kind for c in digest.check_ins)
        week += timedelta(days=7)
    answers: Counter[tuple[str, str]] = Counter(
        (kind, answer)
        for kind, answer in session.execute(
            select(CheckInAnswer.kind, CheckInAnswer.answer).where(
                CheckInAnswer.week_start >= first_week, CheckInAnswer.week_start <= last_week
            )
        )
    )
    kinds = [
        KindReport(
            kind,
            suggested=suggested[kind],
            checked_in=answers[(kind.value, CheckInAnswerChoice.CHECKED_IN.value)],
            not_needed=answers[(kind.value, CheckInAnswerChoice.NOT_NEEDED.value)],
        )
        for kind in CheckInKind
    ]
    return CheckInReport(first_week, last_week, kinds)


def day(on: date) -> str:
    return f"{on.day} {on:%b}"


def _aware(at: datetime) -> datetime:
    return at if at.tzinfo else at.replace(tzinfo=UTC)
