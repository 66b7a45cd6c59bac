"""The weekly digest: what each teacher hears about their students, composed for all at once.

Which week. A digest belongs to the week it is sent in, named by that week's Monday
(`week_start`, the key of its delivery row). It reports on the Monday-to-Sunday week
before: the digest sent on Monday 2025-11-10 (week_start 2025-11-10) covers Mon 2025-11-03
to Sun 2025-11-09. Days begin at midnight in the school's time zone, so a badge awarded at
23:30 on Sunday evening in the school counts for that week even though it is Monday in UTC.
A digest configured for a later weekday still reports on the last full week.

As of when. Everything is read as it stood at the end of the covered week (the next
Monday, 00:00 in the school's zone): the badges and targets completed during it, the
targets active then, what was awaiting review then, the validated levels then. So
composing a week again later (a catch-up after an outage, `flourish digest --dry-run
--week ...`) tells the same story. One exception: a cancelled target keeps no date, so a
target cancelled since has left the list.

What it says. Badges earned: a badge belongs to the week of the validation that earned it
(or of the teacher's grant), whatever the date of the evidence, which each badge carries so
old evidence validated late says so; the highest per skill, one line per student.
Targets completed, and progress on active ones (the latest validated level against the
target); assessments awaiting review; check-in suggestions (domain/checkins.py: after a
sustained change or three weeks of silence, worded from the student's strengths, and not
repeated once the teacher answered one); and the week's biggest growth: the largest rise
of a validated level over the week. A teacher with nothing
new (no badge, target reached, check-in, growth) and nothing waiting for review gets no
digest: active targets alone are not news.

How. A fixed number of set-based statements for all teachers together (`STATEMENTS`),
whatever the number of teachers or students: none runs per teacher or per student. The
first reads the teachers and which students each may act on; the others read each
student's facts once, whatever their number of teachers, and those are fanned out to the
teachers' digests in Python.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, TypeVarTuple
from zoneinfo import ZoneInfo

from sqlalchemy import Select, and_, case, func, or_, select
from sqlalchemy.orm import Session

from domain.access import access_pairs
from domain.checkins import (
    QUIET_WEEKS,
    Strength,
    change_basis,
    is_sustained_change,
    no_evidence_yet_reason,
    no_recent_evidence_reason,
    quiet_basis,
    sustained_change_reason,
)
from domain.curriculum import BadgeTier, Level, Skill
from domain.models import (
    VALIDATED_VALUES,
    Assessment,
    Badge,
    CheckInAnswer,
    CheckInKind,
    DataEntry,
    SkillTarget,
    Student,
    TargetStatus,
    Teacher,
)

__all__ = ["CheckInKind", "no_evidence_yet_reason", "no_recent_evidence_reason"]

WEEK = timedelta(days=7)
# What `compose_digests` runs, whatever the number of teachers and students.
STATEMENTS = 8


@dataclass(frozen=True)
class Period:
    """The week a digest reports on: [first, last] in the school's days, and the same
    bounds as UTC instants for timestamp columns (`start` inclusive, `end` exclusive)."""

    week_start: date
    first: date
    last: date
    start: datetime
    end: datetime

    @classmethod
    def for_digest(cls, week_start: date, tz: ZoneInfo) -> Period:
        first = week_start - WEEK

        def midnight(day: date) -> datetime:
            return datetime.combine(day, time(0), tzinfo=tz).astimezone(UTC)

        last = week_start - timedelta(days=1)
        return cls(week_start, first, last, midnight(first), midnight(week_start))


@dataclass(frozen=True)
class BadgeEarned:
    student_id: str
    student_name: str
    skill: Skill
    level: Level
    tier: BadgeTier
    # The school day it was earned (validated or granted), inside the digest's week.
    earned_on: date | None = None
    # The date of the evidence that earned it; None for a badge granted by hand.
    evidence_on: date | None = None


@dataclass(frozen=True)
class StudentBadges:
    """One student's badges of the week: the highest per skill, best first."""

    student_id: str
    student_name: str
    highest: list[BadgeEarned]
    # Every badge earned this week, the lower ones on a skill included.
    count: int


@dataclass(frozen=True)
class TargetReached:
    student_id: str
    student_name: str
    skill: Skill
    starting_level: Level
    target_level: Level


@dataclass(frozen=True)
class TargetProgress:
    student_id: str
    student_name: str
    skill: Skill
    starting_level: Level
    target_level: Level
    # The latest validated level at the end of the week; None before any validation.
    current_level: Level | None

    @property
    def steps_to_go(self) -> int:
        current = self.current_level.rank if self.current_level else self.starting_level.rank
        return max(self.target_level.rank - current, 0)


@dataclass(frozen=True)
class CheckIn:
    student_id: str
    student_name: str
    kind: CheckInKind
    # A next step in plain words, never a label on the student.
    reason: str
    skill: Skill | None = None
    last_evidence: date | None = None
    # What the suggestion rests on: an answer to it is remembered by this (checkins.py).
    basis: str = ""


@dataclass(frozen=True)
class Highlight:
    student_id: str
    student_name: str
    skill: Skill
    from_level: Level
    to_level: Level

    @property
    def gain(self) -> int:
        return self.to_level.rank - self.from_level.rank

    @property
    def text(self) -> str:
        return (
            f"{self.student_name} grew from {self.from_level.value} to {self.to_level.value} "
            f"in {self.skill.value}"
        )


@dataclass
class TeacherDigest:
    teacher_id: str
    teacher_name: str
    slack_user_id: str | None
    period: Period
    badges: list[BadgeEarned] = field(default_factory=list)
    targets_completed: list[TargetReached] = field(default_factory=list)
    active_targets: list[TargetProgress] = field(default_factory=list)
    awaiting_review: int = 0
    check_ins: list[CheckIn] = field(default_factory=list)
    highlight: Highlight | None = None

    @property
    def week_start(self) -> date:
        return self.period.week_start

    def badges_by_student(self) -> list[StudentBadges]:
        """One entry per student, in student order: the highest badge per skill earned this
        week, gold before silver before bronze."""
        grouped: dict[str, list[BadgeEarned]] = {}
        for badge in self.badges:
            grouped.setdefault(badge.student_id, []).append(badge)
        result = []
        for student_id, badges in grouped.items():
            best: dict[Skill, BadgeEarned] = {}
            for badge in badges:
                if badge.skill not in best or badge.level.rank > best[badge.skill].level.rank:
                    best[badge.skill] = badge
            highest = sorted(best.values(), key=lambda b: (-b.level.rank, _skill_order(b.skill)))
            result.append(StudentBadges(student_id, badges[0].student_name, highest, len(badges)))
        return result

    @property
    def is_empty(self) -> bool:
        """Nothing new and nothing to do: no digest is sent."""
        return not (
            self.badges
            or self.targets_completed
            or self.awaiting_review
            or self.check_ins
            or self.highlight
        )


def week_of(day: date) -> date:
    """The Monday starting the week `day` is in."""
    return day - timedelta(days=day.weekday())


def compose_digests(
    session: Session,
    week_start: date,
    *,
    tz: str | ZoneInfo = "UTC",
    teacher_ids: Collection[str] | None = None,
) -> list[TeacherDigest]:
    """Every teacher's digest for the week sent on `week_start` (a Monday), empty ones
    included (`is_empty`), ordered by teacher id. `teacher_ids` narrows to those teachers."""
    if week_start.weekday() != 0:
        raise ValueError(f"a digest week starts on a Monday, not on {week_start:%A} {week_start}")
    zone = tz if isinstance(tz, ZoneInfo) else ZoneInfo(tz)
    period = Period.for_digest(week_start, zone)
    ids = None if teacher_ids is None else sorted(set(teacher_ids))
    roster = _read_roster(session, period, ids)
    if not roster.digests:
        return []
    _add_badges(session, period, zone, roster)
    _add_completed_targets(session, period, roster)
    _add_active_targets(session, period, roster)
    _add_awaiting_review(session, period, roster)
    _add_quiet_students(session, period, roster)
    _add_level_changes(session, period, roster)
    _drop_answered_check_ins(session, period, roster)
    for digest in roster.digests.values():
        digest.check_ins.sort(key=lambda c: (c.student_id, c.kind, _skill_order(c.skill)))
    return list(roster.digests.values())


# --- the statements -----------------------------------------------------------------------

# Accepted or corrected: a dismissed item is no level at all.
_VALIDATED = Assessment.review_state.in_(VALIDATED_VALUES)
_NEWEST_FIRST = (Assessment.observed_on.desc(), Assessment.id.desc())
# A level's place on the scale, in SQL: Emerging 1 to Advanced 4.
_RANK = case({level.value: level.rank for level in Level}, value=Assessment.level)


_Columns = TypeVarTuple("_Columns")


def _scoped(statement: Select[*_Columns], column: Any, ids: list[str] | None) -> Select[*_Columns]:
    return statement if ids is None else statement.where(column.in_(ids))


@dataclass
class _Roster:
    """The digests being composed and whose news goes to whom.

    Each teacher's digest covers the students they may act on (domain/access.py): a
    student with six teachers is news in six digests, each teacher's own. The pairs are
    read once, with the teachers; every other statement reads each student's facts once,
    and they are fanned out to the student's teachers here. Joining the district's
    60,000 pairs into each statement instead made every per-student fact six times over
    (BENCHMARKS.md, "District scale with enrollments")."""

    digests: dict[str, TeacherDigest]
    # Student id -> the teachers (among those asked) whose digest covers them.
    teachers_of: dict[str, list[str]]
    # The students the statements read: None for all active students (a student outside
    # every teacher's classes is read and dropped here, cheaper than the pairs again);
    # otherwise the asked teachers' students, as a subquery.
    scope: Any

    def students(self, statement: Select[*_Columns]) -> Select[*_Columns]:
        """Within the students the digests cover; the statement joins `Student`."""
        if self.scope is None:
            return statement.where(Student.active)
        return statement.where(Student.id.in_(self.scope))

    def digests_of(self, student_id: str) -> list[TeacherDigest]:
        return [self.digests[t] for t in self.teachers_of.get(student_id, ())]


def _read_roster(session: Session, period: Period, ids: list[str] | None) -> _Roster:
    pairs = access_pairs(acting=True)
    if ids is not None:
        # Filtered inside, on the enrollments' index, not out of every pair in the district.
        pairs = pairs.where(pairs.selected_columns.teacher_id.in_(ids))
    access = pairs.subquery("access")
    # One statement: a teacher with no students still gets an (empty) digest.
    rows = session.execute(
        _scoped(
            select(Teacher.id, Teacher.name, Teacher.slack_user_id, access.c.student_id)
            .outerjoin(access, access.c.teacher_id == Teacher.id)
            .where(Teacher.active),
            Teacher.id,
            ids,
        ).order_by(Teacher.id, access.c.student_id)
    )
    digests: dict[str, TeacherDigest] = {}
    teachers_of: dict[str, list[str]] = {}
    for teacher_id, name, slack_user_id, student_id in rows:
        if teacher_id not in digests:
            digests[teacher_id] = TeacherDigest(teacher_id, name, slack_user_id, period)
        if student_id is not None:
            teachers_of.setdefault(student_id, []).append(teacher_id)
    scope = None if ids is None else select(access.c.student_id)
    return _Roster(digests, teachers_of, scope)


def _add_badges(session: Session, period: Period, zone: ZoneInfo, roster: _Roster) -> None:
    # A badge is news the week its level was validated: the validation's own time, not
    # whenever the badge row was written (a replayed or imported validation writes it
    # later); a badge granted by hand, the week of the grant.
    earned_at = func.coalesce(Assessment.reviewed_at, Badge.awarded_at)
    rows = session.execute(
        roster.students(
            select(
                Student.id,
                Student.name,
                Badge.skill,
                Badge.level,
                earned_at,
                Assessment.observed_on,
            )
            .select_from(Badge)
            .join(Student, Student.id == Badge.student_id)
            .outerjoin(Assessment, Assessment.id == Badge.assessment_id)
            .where(earned_at >= period.start, earned_at < period.end)
        )
    )
    for student_id, name, skill, level_name, at, evidence_on in rows:
        level = Level(level_name)
        tier = BadgeTier.for_level(level)
        digests = roster.digests_of(student_id)
        if not digests or tier is None:
            continue
        # Frozen: the same badge is shared by the student's teachers' digests.
        earned = BadgeEarned(
            student_id,
            name,
            Skill(skill),
            level,
            tier,
            earned_on=_local_day(at, zone),
            evidence_on=evidence_on,
        )
        for digest in digests:
            digest.badges.append(earned)
    for digest in roster.digests.values():
        digest.badges.sort(key=lambda b: (b.student_id, _skill_order(b.skill), b.level.rank))


def _add_completed_targets(session: Session, period: Period, roster: _Roster) -> None:
    rows = session.execute(
        roster.students(
            select(
                Student.id,
                Student.name,
                SkillTarget.skill,
                SkillTarget.starting_level,
                SkillTarget.target_level,
            )
            .select_from(SkillTarget)
            .join(Student, Student.id == SkillTarget.student_id)
            .where(
                SkillTarget.status == TargetStatus.COMPLETED.value,
                SkillTarget.completed_at >= period.start,
                SkillTarget.completed_at < period.end,
            )
        )
    )
    for student_id, name, skill, start, goal in rows:
        reached = TargetReached(student_id, name, Skill(skill), Level(start), Level(goal))
        for digest in roster.digests_of(student_id):
            digest.targets_completed.append(reached)
    for digest in roster.digests.values():
        digest.targets_completed.sort(key=lambda t: (t.student_id, _skill_order(t.skill)))


def _add_active_targets(session: Session, period: Period, roster: _Roster) -> None:
    # The latest validated level per target, from the latest-level index, in the same
    # statement: one correlated lookup per target, not per target and teacher, nor one
    # query per student.
    latest = (
        select(Assessment.level)
        .where(
            Assessment.student_id == SkillTarget.student_id,
            Assessment.skill == SkillTarget.skill,
            _VALIDATED,
            Assessment.reviewed_at < period.end,
        )
        .order_by(*_NEWEST_FIRST)
        .limit(1)
        .correlate(SkillTarget)
        .scalar_subquery()
    )
    rows = session.execute(
        roster.students(
            select(
                Student.id,
                Student.name,
                SkillTarget.skill,
                SkillTarget.starting_level,
                SkillTarget.target_level,
                latest.label("current"),
            )
            .select_from(SkillTarget)
            .join(Student, Student.id == SkillTarget.student_id)
            .where(
                SkillTarget.created_at < period.end,
                or_(
                    SkillTarget.status == TargetStatus.ACTIVE.value,
                    # Completed after the week ended: it was still being worked on.
                    and_(
                        SkillTarget.status == TargetStatus.COMPLETED.value,
                        SkillTarget.completed_at >= period.end,
                    ),
                ),
            )
        )
    )
    # Closest to the goal first: the next badge is in sight. The key is made once per
    # target, not once per target and teacher.
    order: dict[int, tuple[int, str, int]] = {}
    for student_id, name, skill, start, goal, current in rows:
        digests = roster.digests_of(student_id)
        if not digests:
            continue
        progress = TargetProgress(
            student_id,
            name,
            Skill(skill),
            Level(start),
            Level(goal),
            Level(current) if current else None,
        )
        order[id(progress)] = (progress.steps_to_go, student_id, _skill_order(progress.skill))
        for digest in digests:
            digest.active_targets.append(progress)
    for digest in roster.digests.values():
        digest.active_targets.sort(key=lambda t: order[id(t)])


def _add_awaiting_review(session: Session, period: Period, roster: _Roster) -> None:
    # Counted per student, then summed per teacher: each student counts once in each of
    # their teachers' digests, as the distinct pairs did.
    rows = session.execute(
        roster.students(
            select(Student.id, func.count(Assessment.id))
            .select_from(Assessment)
            .join(Student, Student.id == Assessment.student_id)
            .where(
                Assessment.created_at < period.end,
                or_(Assessment.reviewed_at.is_(None), Assessment.reviewed_at >= period.end),
            )
            .group_by(Student.id)
        )
    )
    for student_id, count in rows:
        for digest in roster.digests_of(student_id):
            digest.awaiting_review += count


def _add_quiet_students(session: Session, period: Period, roster: _Roster) -> None:
    quiet_since = period.week_start - QUIET_WEEKS * WEEK
    # A student new to the roster has three weeks before the missing evidence is news.
    on_roster_since = period.end - QUIET_WEEKS * WEEK
    last = func.max(DataEntry.entry_date)
    quiet = (
        roster.students(
            select(Student.id, Student.name, last.label("last"))
            .select_from(Student)
            .outerjoin(
                DataEntry,
                and_(
                    DataEntry.student_id == Student.id,
                    DataEntry.entry_date < period.week_start,
                    DataEntry.created_at < period.end,
                ),
            )
            .group_by(Student.id, Student.name, Student.created_at)
            .having(
                or_(
                    last < quiet_since,
                    and_(last.is_(None), Student.created_at < on_roster_since),
                )
            )
        )
    ).subquery()
    # What each quiet student has shown: their highest validated level, the latest
    # evidence of it first; the reason is worded from it. In the same statement.
    strongest = (
        select(
            Assessment.student_id,
            Assessment.skill,
            Assessment.level,
            Assessment.observed_on,
            func.row_number()
            .over(
                partition_by=Assessment.student_id,
                order_by=(_RANK.desc(), *_NEWEST_FIRST),
            )
            .label("place"),
        )
        .join(quiet, quiet.c.id == Assessment.student_id)
        .where(_VALIDATED, Assessment.reviewed_at < period.end)
    ).subquery()
    rows = session.execute(
        select(
            quiet.c.id,
            quiet.c.name,
            quiet.c.last,
            strongest.c.skill,
            strongest.c.level,
            strongest.c.observed_on,
        ).outerjoin(strongest, and_(strongest.c.student_id == quiet.c.id, strongest.c.place == 1))
    )
    for student_id, name, last_date, skill, level, observed_on in rows:
        digests = roster.digests_of(student_id)
        if not digests:
            continue
        if last_date is None:
            check_in = CheckIn(
                student_id,
                name,
                CheckInKind.NO_EVIDENCE_YET,
                no_evidence_yet_reason(name),
                basis=quiet_basis(None),
            )
        else:
            strength = Strength(Skill(skill), Level(level), observed_on) if skill else None
            check_in = CheckIn(
                student_id,
                name,
                CheckInKind.NO_RECENT_EVIDENCE,
                no_recent_evidence_reason(name, last_date, strength),
                last_evidence=last_date,
                basis=quiet_basis(last_date),
            )
        for digest in digests:
            digest.check_ins.append(check_in)


@dataclass
class _Pair:
    """One (student, skill) validated this week: its three latest validated levels at the
    end of the week, and the latest before it began."""

    student_id: str
    name: str
    skill: Skill
    latest: Level | None = None
    latest_this_week: bool = False
    previous: Level | None = None
    # The level validated before the two latest, with its evidence date and id: what a
    # sustained change is measured against, and worded from.
    reference: Level | None = None
    reference_on: date | None = None
    reference_id: int | None = None
    before_week: Level | None = None


def _add_level_changes(session: Session, period: Period, roster: _Roster) -> None:
    """Sustained changes (check-ins) and the biggest rise (highlight), from the (student,
    skill) pairs that had a validation this week: their three latest validated levels at
    the end of the week, and the latest before it began."""
    touched = (
        roster.students(
            select(Assessment.student_id, Assessment.skill)
            .select_from(Assessment)
            .join(Student, Student.id == Assessment.student_id)
            .where(
                _VALIDATED,
                Assessment.reviewed_at >= period.start,
                Assessment.reviewed_at < period.end,
            )
            .distinct()
        )
    ).subquery()
    before_week = case((Assessment.reviewed_at < period.start, 1), else_=0)
    ranked = (
        select(
            Assessment.id,
            Assessment.student_id,
            Assessment.skill,
            Assessment.level,
            Assessment.observed_on,
            before_week.label("before_week"),
            func.row_number()
            .over(partition_by=(Assessment.student_id, Assessment.skill), order_by=_NEWEST_FIRST)
            .label("rank_at_end"),
            func.row_number()
            .over(
                partition_by=(Assessment.student_id, Assessment.skill, before_week),
                order_by=_NEWEST_FIRST,
            )
            .label("rank_in_part"),
        )
        .join(
            touched,
            and_(
                touched.c.student_id == Assessment.student_id, touched.c.skill == Assessment.skill
            ),
        )
        .where(_VALIDATED, Assessment.reviewed_at < period.end)
    ).subquery()
    rows = session.execute(
        select(
            ranked.c.student_id,
            Student.name,
            ranked.c.skill,
            ranked.c.level,
            ranked.c.before_week,
            ranked.c.rank_at_end,
            ranked.c.rank_in_part,
            ranked.c.observed_on,
            ranked.c.id,
        )
        .select_from(ranked)
        .join(Student, Student.id == ranked.c.student_id)
        .where(
            or_(
                ranked.c.rank_at_end <= 3,
                and_(ranked.c.before_week == 1, ranked.c.rank_in_part == 1),
            ),
        )
    )
    pairs: dict[tuple[str, str], _Pair] = {}
    for (
        student_id,
        name,
        skill,
        level_name,
        before,
        rank_at_end,
        rank_in_part,
        observed_on,
        assessment_id,
    ) in rows:
        pair = pairs.setdefault((student_id, skill), _Pair(student_id, name, Skill(skill)))
        level = Level(level_name)
        if rank_at_end == 1:
            pair.latest, pair.latest_this_week = level, not before
        elif rank_at_end == 2:
            pair.previous = level
        elif rank_at_end == 3:
            pair.reference, pair.reference_on, pair.reference_id = (
                level,
                observed_on,
                assessment_id,
            )
        if before and rank_in_part == 1:
            pair.before_week = level
    best: dict[str, tuple[tuple[int, int], Highlight]] = {}
    # In student and curriculum order, so each teacher's own students come in that order.
    for pair in sorted(pairs.values(), key=lambda p: (p.student_id, _skill_order(p.skill))):
        digests = roster.digests_of(pair.student_id)
        if not digests or pair.latest is None:
            continue
        if (
            pair.latest_this_week
            and pair.previous is not None
            and pair.reference is not None
            and pair.reference_on is not None
            and pair.reference_id is not None
            and is_sustained_change(pair.latest, pair.previous, pair.reference)
        ):
            strength = Strength(pair.skill, pair.reference, pair.reference_on)
            check_in = CheckIn(
                pair.student_id,
                pair.name,
                CheckInKind.SUSTAINED_CHANGE,
                sustained_change_reason(pair.name, strength, pair.previous, pair.latest),
                skill=pair.skill,
                basis=change_basis(pair.reference_id),
            )
            for digest in digests:
                digest.check_ins.append(check_in)
        if pair.before_week is not None and pair.latest.rank > pair.before_week.rank:
            candidate = Highlight(
                pair.student_id, pair.name, pair.skill, pair.before_week, pair.latest
            )
            # Largest rise, then the higher level reached; ties keep the first by student
            # id and curriculum order, so the same data always gives the same highlight.
            key = (candidate.gain, candidate.to_level.rank)
            for digest in digests:
                current = best.get(digest.teacher_id)
                if current is None or key > current[0]:
                    best[digest.teacher_id] = (key, candidate)
    for teacher_id, (_, highlight) in best.items():
        roster.digests[teacher_id].highlight = highlight


def _drop_answered_check_ins(session: Session, period: Period, roster: _Roster) -> None:
    """A suggestion already answered for the student is not made again. Answers given
    after the week ended do not count, so composing a past week again tells the same
    story."""
    rows = session.execute(
        roster.students(
            select(CheckInAnswer.student_id, CheckInAnswer.kind, CheckInAnswer.basis)
            .select_from(CheckInAnswer)
            .join(Student, Student.id == CheckInAnswer.student_id)
            .where(CheckInAnswer.answered_at < period.end)
        )
    )
    answered: dict[str, set[tuple[str, str, str]]] = {}
    for student_id, kind, basis in rows:
        for teacher_id in roster.teachers_of.get(student_id, ()):
            answered.setdefault(teacher_id, set()).add((student_id, kind, basis))
    for teacher_id, keys in answered.items():
        digest = roster.digests[teacher_id]
        digest.check_ins = [
            c for c in digest.check_ins if (c.student_id, c.kind.value, c.basis) not in keys
        ]


# Curriculum order, looked up once per sort key: the digests sort every teacher's lists.
_SKILL_ORDER: dict[Skill | None, int] = {None: -1} | {skill: n for n, skill in enumerate(Skill)}


def _skill_order(skill: Skill | None) -> int:
    return _SKILL_ORDER[skill]


def _local_day(at: datetime | None, zone: ZoneInfo) -> date | None:
    if at is None:
        return None
    return (at if at.tzinfo else at.replace(tzinfo=UTC)).astimezone(zone).date()


def non_empty(digests: Iterable[TeacherDigest]) -> list[TeacherDigest]:
    return [digest for digest in digests if not digest.is_empty]
