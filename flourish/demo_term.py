"""The demo's term: the teachers' side of the loop, played over the demo documents' dates.

`flourish demo` files and assesses a term of documents in one go; on its own that leaves
nothing validated, so no badges, targets, charts or digests to see. This plays what the two
teachers would have done over those weeks, through the same services the Slack buttons
call: each entry reviewed a few days after its date (most levels accepted, some corrected
with a reason), and every Monday morning a target for each student working towards fewer
than two skills (the first suggestion: the weakest skill within reach). Each validation and
target carries its own date (`at`), so the digest of any week, /progress, the charts and
App Home show a history.

Deterministic: every choice comes from a generator seeded by what it is about (the student,
the document, the skill), not by the order rows come in. Played once: the whole term is one
transaction, and a database where anything has been validated or any target set already
(a second `flourish demo`, or a teacher's own work) is left as it is.
A few items are dismissed too ("not evidence of this skill"), as teachers do.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import exists, func, select, update
from sqlalchemy.orm import Session, sessionmaker

from domain.access import Viewer, access_pairs
from domain.curriculum import Level
from domain.db import unit_of_work
from domain.models import (
    Assessment,
    DataEntry,
    EntryStatus,
    ReviewState,
    SkillTarget,
    TargetStatus,
)
from domain.targets import set_target, suggest_targets
from domain.teacher_review import accept, correct, dismiss

SEED = "flourish-demo-term-2025"
# The demo's "today": the last document is dated 30 Oct; what would be reviewed after this
# waits for review, as a teacher's queue does.
TERM_END = date(2025, 10, 31)
TERM_START = date(2025, 9, 1)
# Days between a document and its review: mostly within the week, sometimes a busy one.
REVIEW_LAGS = (1, 1, 2, 3, 4, 6, 9, 14)
REVIEW_TIME = time(15, 30)
FILED_TIME = time(16, 45)
TARGETS_TIME = time(8, 0)
TARGETS_EVERY = timedelta(weeks=1)
# A student works towards at most this many skills at once.
TARGETS_PER_STUDENT = 2
# The share of proposed levels a teacher corrects.
CORRECTED_SHARE = 0.12
# Of the rest, about one in twenty-five is "not evidence of this skill".
DISMISSED_SHARE = 0.04
REASONS = (
    "Seen more consistently in class than this one piece shows.",
    "One strong moment; not yet the pattern across the week.",
    "With support from a partner here; on their own it is a step below.",
    "The parent and peer notes this month show more than this entry.",
)


@dataclass
class TermReport:
    played: bool = False
    accepted: int = 0
    corrected: int = 0
    dismissed: int = 0
    targets_set: int = 0
    left_for_review: int = 0

    def summary(self) -> str:
        if not self.played:
            return "The demo term was played already (or a teacher has validated): left as is."
        return (
            f"Played a term of teacher reviews: {self.accepted} level(s) accepted, "
            f"{self.corrected} corrected with a reason, {self.dismissed} dismissed as not "
            f"evidence of the skill, {self.targets_set} target(s) set; "
            f"{self.left_for_review} left awaiting review."
        )


@dataclass(frozen=True)
class _Review:
    at: datetime
    entry_id: int
    teacher_id: str
    key: str


def play_term(sessions: sessionmaker[Session], *, tz: str = "UTC") -> TermReport:
    """Play the term on a freshly assessed demo database; a no-op on any other."""
    zone = ZoneInfo(tz)
    report = TermReport()
    with unit_of_work(sessions) as session:
        if _touched_by_a_teacher(session):
            return report
        report.played = True
        _date_the_filing(session, zone)
        reviews = _reviews(session, zone)
        mondays = _target_mondays(zone)
        # Targets first on a Monday, then reviews in the order the teacher met them.
        events: list[tuple[datetime, int, _Review | None]] = [
            (r.at, r.entry_id, r) for r in reviews
        ]
        events += [(monday, 0, None) for monday in mondays]
        for at, _, review in sorted(events, key=lambda event: event[:2]):
            if review is None:
                report.targets_set += _set_targets(session, at)
            else:
                _review(session, review, report)
        report.left_for_review = len(
            session.scalars(
                select(Assessment.id).where(Assessment.review_state == ReviewState.PENDING.value)
            ).all()
        )
    return report


def _touched_by_a_teacher(session: Session) -> bool:
    validated = exists().where(Assessment.review_state != ReviewState.PENDING.value)
    return bool(session.scalar(select(validated | exists().where(SkillTarget.id.is_not(None)))))


def _local(day: date, at: time, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, at, tzinfo=zone).astimezone(UTC)


def _date_the_filing(session: Session, zone: ZoneInfo) -> None:
    """The demo files a term's documents at once; here each is filed and assessed on the
    afternoon of its own date, as a teacher sharing it that day would have, so a past
    week's digest counts what was waiting for review then."""
    entries = session.execute(select(DataEntry.id, DataEntry.entry_date)).all()
    for entry_id, day in entries:
        filed = _local(day, FILED_TIME, zone)
        session.execute(
            update(DataEntry)
            .where(DataEntry.id == entry_id)
            .values(created_at=filed, assessed_at=filed + timedelta(minutes=2))
        )
        session.execute(
            update(Assessment)
            .where(Assessment.entry_id == entry_id)
            .values(created_at=filed + timedelta(minutes=2))
        )


def _reviews(session: Session, zone: ZoneInfo) -> list[_Review]:
    rows = session.execute(
        select(
            DataEntry.id,
            DataEntry.entry_date,
            DataEntry.entry_type,
            DataEntry.source_ref,
            DataEntry.student_id,
            DataEntry.teacher_id,
        )
        .where(DataEntry.status == EntryStatus.ASSESSED.value)
        .order_by(DataEntry.entry_date, DataEntry.id)
    ).all()
    reviews = []
    for entry_id, day, entry_type, source_ref, student_id, teacher_id in rows:
        key = f"{SEED}:{student_id}:{day}:{entry_type}:{source_ref}"
        lag = random.Random(key).choice(REVIEW_LAGS)
        reviewed_on = day + timedelta(days=lag)
        if reviewed_on > TERM_END or teacher_id is None:
            continue
        at = _local(reviewed_on, REVIEW_TIME, zone)
        reviews.append(_Review(at, entry_id, teacher_id, key))
    return reviews


def _review(session: Session, review: _Review, report: TermReport) -> None:
    viewer = Viewer(review.teacher_id)
    pending = session.execute(
        select(Assessment.id, Assessment.skill, Assessment.level)
        .where(
            Assessment.entry_id == review.entry_id,
            Assessment.review_state == ReviewState.PENDING.value,
        )
        .order_by(Assessment.id)
    ).all()
    for assessment_id, skill, level_name in pending:
        choice = random.Random(f"{review.key}:{skill}")
        draw = choice.random()
        if draw >= CORRECTED_SHARE:
            # A second draw, so adding dismissals left the term's corrections as they were.
            if random.Random(f"{review.key}:{skill}:dismiss").random() < DISMISSED_SHARE:
                dismiss(session, viewer, assessment_id, at=review.at)
                report.dismissed += 1
            else:
                accept(session, viewer, assessment_id, at=review.at)
                report.accepted += 1
            continue
        correct(
            session,
            viewer,
            assessment_id,
            level=_another_level(Level(level_name), choice),
            justification=choice.choice(REASONS),
            at=review.at,
        )
        report.corrected += 1


def _another_level(level: Level, choice: random.Random) -> Level:
    up, down = level.next_up(), _next_down(level)
    if up is None or down is None:
        return up or down or level
    return up if choice.random() < 0.5 else down


def _next_down(level: Level) -> Level | None:
    return Level.from_rank(level.rank - 1) if level.rank > 1 else None


def _target_mondays(zone: ZoneInfo) -> list[datetime]:
    first = TERM_START + timedelta(days=(7 - TERM_START.weekday()) % 7)
    mondays = []
    day = first
    while day <= TERM_END:
        mondays.append(_local(day, TARGETS_TIME, zone))
        day += TARGETS_EVERY
    return mondays


def _set_targets(session: Session, at: datetime) -> int:
    """Each student working towards fewer than TARGETS_PER_STUDENT skills gets the first
    suggestion (suggestions leave out skills with a target already), if any."""
    set_now = 0
    pairs = access_pairs(acting=True).subquery()
    students = session.execute(
        select(pairs.c.student_id, pairs.c.teacher_id).order_by(pairs.c.student_id)
    ).all()
    for student_id, teacher_id in students:
        viewer = Viewer(teacher_id)
        active = session.scalar(
            select(func.count()).where(
                SkillTarget.student_id == student_id,
                SkillTarget.status == TargetStatus.ACTIVE.value,
            )
        )
        if (active or 0) >= TARGETS_PER_STUDENT:
            continue
        suggestions = suggest_targets(session, viewer, student_id)
        if suggestions:
            first = suggestions[0]
            set_target(session, viewer, student_id, first.skill, first.target_level, at=at)
            set_now += 1
    return set_now
