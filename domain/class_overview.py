"""A teacher's class at a glance (App Home): per student, where they stand, what waits for
review and what they are working towards. A fixed number of queries for any class size."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import Select, func, select, true
from sqlalchemy.dialects.postgresql import distinct_on
from sqlalchemy.orm import Session

from domain.access import Viewer, students_of, visible_students
from domain.curriculum import Level, Skill
from domain.models import Assessment, ReviewState, SkillTarget, Student, TargetStatus, Teacher


@dataclass(frozen=True)
class StudentGlance:
    student_id: str
    name: str
    # How many skills stand at each level, by the latest evidence (validated or not).
    levels: Counter[Level] = field(default_factory=Counter)
    awaiting_review: int = 0
    targets: list[tuple[Skill, Level]] = field(default_factory=list)
    handle: str = ""

    @property
    def skills_assessed(self) -> int:
        return sum(self.levels.values())


@dataclass(frozen=True)
class ClassOverview:
    teacher_name: str
    students: list[StudentGlance]

    @property
    def awaiting_review(self) -> int:
        return sum(student.awaiting_review for student in self.students)


def own_students(session: Session, viewer: Viewer) -> list[tuple[str, str]]:
    """(key, name) of the students the viewer may act on, by name: what pickers offer."""
    if viewer.teacher_id is None:
        return []
    rows = session.execute(
        select(Student.id, Student.name)
        .where(Student.id.in_(visible_students(viewer, acting=True)))
        .order_by(Student.name, Student.id)
    )
    return [(sid, name) for sid, name in rows]


def class_overview(session: Session, viewer: Viewer) -> ClassOverview:
    """The viewer's own students (an admin without a class sees an empty one)."""
    teacher = session.get(Teacher, viewer.teacher_id) if viewer.teacher_id else None
    if teacher is None:
        return ClassOverview(teacher_name="", students=[])
    students = {
        sid: StudentGlance(sid, name, handle=handle)
        for sid, name, handle in session.execute(
            select(Student.id, Student.name, Student.handle)
            .where(Student.id.in_(students_of(teacher.id)))
            .order_by(Student.name, Student.id)
        )
    }
    if not students:
        return ClassOverview(teacher_name=teacher.name, students=[])
    # The keys just read, not the access rule again: each statement that embedded it planned
    # its five-table join anew (1–3 ms each at district scale), and every statement now
    # describes the very students listed.
    mine = list(students)
    for sid, level, count in session.execute(_latest_levels(session, mine)):
        students[sid].levels[Level(level)] = count
    pending = dict(
        session.execute(
            select(Assessment.student_id, func.count())
            .where(
                Assessment.student_id.in_(mine),
                Assessment.review_state == ReviewState.PENDING.value,
            )
            .group_by(Assessment.student_id)
        ).all()
    )
    for sid, skill, level in session.execute(_active_targets(session, mine)):
        students[sid].targets.append((Skill(skill), Level(level)))
    glances = [
        StudentGlance(
            g.student_id, g.name, g.levels, pending.get(g.student_id, 0), g.targets, g.handle
        )
        for g in students.values()
    ]
    return ClassOverview(teacher_name=teacher.name, students=glances)


def _active_targets(session: Session, students: list[str]) -> Select[str, str, str]:
    """(student, skill, target level) of the students' active targets, oldest first.

    On PostgreSQL one probe of `uq_skill_targets_active` per student: given the keys as a
    list, the planner scans every target of the district instead (17,000 active at district
    scale, 4–11 ms p50 under load against 2.5–4 ms probing). OFFSET 0 keeps the per-student
    subquery from being flattened back into that join.
    """
    active = SkillTarget.status == TargetStatus.ACTIVE.value
    if session.get_bind().dialect.name == "postgresql":
        target = (
            select(SkillTarget.id, SkillTarget.skill, SkillTarget.target_level)
            .where(SkillTarget.student_id == Student.id, active)
            .offset(0)
            .lateral("target")
        )
        return (
            select(Student.id, target.c.skill, target.c.target_level)
            .select_from(Student)
            .join(target, true())
            .where(Student.id.in_(students))
            .order_by(target.c.id)
        )
    return (
        select(SkillTarget.student_id, SkillTarget.skill, SkillTarget.target_level)
        .where(SkillTarget.student_id.in_(students), active)
        .order_by(SkillTarget.id)
    )


def _latest_levels(session: Session, students: list[str]) -> Select[str, str, int]:
    """(student, level, how many skills) by each skill's latest non-dismissed assessment:
    the newest evidence, and on one day the newest row.

    On PostgreSQL, per student a DISTINCT ON over a backward scan of `ix_assessments_latest`,
    which carries the level and review state (migration 0014): each student's rows come from
    the index alone, already in order, with no sort. Ranking every assessment of the class
    with a window function read ~12,000 rows from the heap and sorted them at district scale,
    ~110 ms of App Home's ~120 (BENCHMARKS.md, "District scale with enrollments"). SQLite
    has neither LATERAL nor DISTINCT ON and keeps the window function; both give the same
    rows (tests/test_levels_and_review.py runs on both).
    """
    visible = Assessment.review_state != ReviewState.DISMISSED.value
    if session.get_bind().dialect.name == "postgresql":
        latest = (
            select(Assessment.level)
            .where(Assessment.student_id == Student.id, visible)
            .ext(distinct_on(Assessment.skill))
            # Descending on every column: the index read backwards, newest first per skill.
            .order_by(Assessment.skill.desc(), Assessment.observed_on.desc(), Assessment.id.desc())
            .lateral("latest")
        )
        return (
            select(Student.id, latest.c.level, func.count())
            .select_from(Student)
            .join(latest, true())
            .where(Student.id.in_(students))
            .group_by(Student.id, latest.c.level)
        )
    ranked = (
        select(
            Assessment.student_id,
            Assessment.level,
            func.row_number()
            .over(
                partition_by=(Assessment.student_id, Assessment.skill),
                order_by=(Assessment.observed_on.desc(), Assessment.id.desc()),
            )
            .label("rank"),
        )
        .where(Assessment.student_id.in_(students), visible)
        .subquery()
    )
    return (
        select(ranked.c.student_id, ranked.c.level, func.count())
        .where(ranked.c.rank == 1)
        .group_by(ranked.c.student_id, ranked.c.level)
    )
