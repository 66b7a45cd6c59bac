"""A teacher's class at a glance (App Home): per student, where they stand, what waits for
review and what they are working towards. A fixed number of queries for any class size."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from domain.curriculum import Level, Skill
from domain.models import Assessment, ReviewState, SkillTarget, Student, TargetStatus, Teacher
from domain.progress import Viewer


@dataclass(frozen=True)
class StudentGlance:
    student_id: str
    name: str
    # How many skills stand at each level, by the latest evidence (validated or not).
    levels: Counter[Level] = field(default_factory=Counter)
    awaiting_review: int = 0
    targets: list[tuple[Skill, Level]] = field(default_factory=list)

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
    """(id, name) of the viewer's own students, by name: what pickers offer."""
    if viewer.teacher_id is None:
        return []
    rows = session.execute(
        select(Student.id, Student.name)
        .where(Student.teacher_id == viewer.teacher_id)
        .order_by(Student.name, Student.id)
    )
    return [(sid, name) for sid, name in rows]


def class_overview(session: Session, viewer: Viewer) -> ClassOverview:
    """The viewer's own students (an admin without a class sees an empty one)."""
    teacher = session.get(Teacher, viewer.teacher_id) if viewer.teacher_id else None
    if teacher is None:
        return ClassOverview(teacher_name="", students=[])
    students = {
        sid: StudentGlance(sid, name)
        for sid, name in session.execute(
            select(Student.id, Student.name)
            .where(Student.teacher_id == teacher.id)
            .order_by(Student.name, Student.id)
        )
    }
    mine = select(Student.id).where(Student.teacher_id == teacher.id)
    newest_first = (Assessment.observed_on.desc(), Assessment.id.desc())
    ranked = (
        select(
            Assessment.student_id,
            Assessment.level,
            func.row_number()
            .over(partition_by=(Assessment.student_id, Assessment.skill), order_by=newest_first)
            .label("rank"),
        )
        .where(
            Assessment.student_id.in_(mine),
            # A dismissed item is not evidence of its skill: it holds no level.
            Assessment.review_state != ReviewState.DISMISSED.value,
        )
        .subquery()
    )
    for sid, level, count in session.execute(
        select(ranked.c.student_id, ranked.c.level, func.count())
        .where(ranked.c.rank == 1)
        .group_by(ranked.c.student_id, ranked.c.level)
    ):
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
    targets = session.execute(
        select(SkillTarget.student_id, SkillTarget.skill, SkillTarget.target_level)
        .where(
            SkillTarget.student_id.in_(mine),
            SkillTarget.status == TargetStatus.ACTIVE.value,
        )
        .order_by(SkillTarget.id)
    )
    for sid, skill, level in targets:
        students[sid].targets.append((Skill(skill), Level(level)))
    glances = [
        StudentGlance(g.student_id, g.name, g.levels, pending.get(g.student_id, 0), g.targets)
        for g in students.values()
    ]
    return ClassOverview(teacher_name=teacher.name, students=glances)
