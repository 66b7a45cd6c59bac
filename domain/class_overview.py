"""A teacher's class at a glance (App Home): per student, where they stand, what waits for
review and what they are working towards. A fixed number of queries for any class size."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import BindParameter, String, bindparam, cast, func, select
from sqlalchemy.orm import Session

from domain.access import Viewer, students_of, visible_students
from domain.curriculum import Level, Skill
from domain.models import SkillTarget, Student, StudentStanding, TargetStatus, Teacher
from domain.standings import LEVEL_COLUMNS, levels_of
from domain.students import StudentMatch


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


def own_students(session: Session, viewer: Viewer) -> list[StudentMatch]:
    """The students the viewer may act on, by name: what pickers offer."""
    if viewer.teacher_id is None:
        return []
    rows = session.execute(
        select(Student.id, Student.name, Student.handle)
        .where(Student.id.in_(visible_students(viewer, acting=True)))
        .order_by(Student.name, Student.id)
    )
    return [StudentMatch(sid, name, handle or "") for sid, name, handle in rows]


# Built once: constructing the statement anew cost as much as a third of App Home's time
# at district scale. The teacher's name rides along, saving a round trip and an entity.
_TEACHER: BindParameter[str] = bindparam("teacher_id")
# Each student's active targets as one string, "id:skill:level;..." (the curriculum's names
# hold neither separator): one probe of `uq_skill_targets_active` per student inside the
# same statement, where a second statement cost a round trip and 120 bound keys.
_TARGETS = (
    select(
        func.aggregate_strings(
            cast(SkillTarget.id, String) + ":" + SkillTarget.skill + ":" + SkillTarget.target_level,
            ";",
        )
    )
    .where(
        SkillTarget.student_id == Student.id,
        SkillTarget.status == TargetStatus.ACTIVE.value,
    )
    .scalar_subquery()
)
_STANDINGS = (
    select(
        Student.id,
        Student.name,
        Student.handle,
        *LEVEL_COLUMNS.values(),
        StudentStanding.pending_assessments,
        _TARGETS.label("targets"),
        select(Teacher.name).where(Teacher.id == _TEACHER).scalar_subquery().label("teacher"),
    )
    .outerjoin(StudentStanding, StudentStanding.student_id == Student.id)
    .where(Student.id.in_(students_of(_TEACHER)))
    .order_by(Student.name, Student.id)
)


def class_overview(session: Session, viewer: Viewer) -> ClassOverview:
    """The viewer's own students (an admin without a class sees an empty one)."""
    if viewer.teacher_id is None:
        return ClassOverview(teacher_name="", students=[])
    # Where each stands comes from the row the database keeps per student (migration 0015):
    # working it out from every assessment of 119-143 students was most of App Home's time
    # at district scale (BENCHMARKS.md, "District scale with enrollments").
    rows = session.execute(_STANDINGS, {"teacher_id": viewer.teacher_id}).all()
    if not rows:
        name = session.scalar(select(Teacher.name).where(Teacher.id == viewer.teacher_id))
        return ClassOverview(teacher_name=name or "", students=[])
    students = [
        StudentGlance(
            row.id,
            row.name,
            levels_of(row),
            row.pending_assessments or 0,
            _targets(row.targets),
            handle=row.handle,
        )
        for row in rows
    ]
    return ClassOverview(teacher_name=rows[0].teacher, students=students)


def _targets(packed: str | None) -> list[tuple[Skill, Level]]:
    """The active targets packed by `_TARGETS`, oldest (lowest id) first."""
    if not packed:
        return []
    targets = sorted((target.split(":") for target in packed.split(";")), key=lambda t: int(t[0]))
    return [(Skill(skill), Level(level)) for _, skill, level in targets]
