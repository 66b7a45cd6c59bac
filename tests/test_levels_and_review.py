"""Where a student stands, what waits for review, and which examples teach the assessor."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, timedelta

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from domain.access import Viewer
from domain.class_overview import class_overview
from domain.curriculum import BadgeTier, EntryType, Level, Skill
from domain.errors import NotFound
from domain.examples import MAX_EXAMPLES, MAX_TEXT_CHARS, select_examples
from domain.levels import latest_levels
from domain.models import (
    Badge,
    ReviewState,
    SkillTarget,
    TargetStatus,
    TeacherCorrection,
)
from domain.progress import Movement, student_progress
from domain.review import review_queue
from tests.factories import add_assessment as assess
from tests.factories import add_entry as entry
from tests.factories import add_student, seed_roster


@pytest.fixture
def seeded(session: Session) -> Session:
    seed_roster(session)
    return session


def test_latest_level_follows_the_newest_evidence_not_the_newest_row(seeded: Session) -> None:
    september = entry(seeded, "S001", date(2025, 9, 1))
    october = entry(seeded, "S001", date(2025, 10, 1))
    august_filed_late = entry(seeded, "S001", date(2025, 8, 1))
    assess(seeded, september, Skill.COMMUNICATION, Level.DEVELOPING, state=ReviewState.ACCEPTED)
    assess(seeded, october, Skill.COMMUNICATION, Level.PROFICIENT)
    assess(seeded, august_filed_late, Skill.COMMUNICATION, Level.EMERGING)
    assess(seeded, october, Skill.ORGANIZATION, Level.ADVANCED, state=ReviewState.CORRECTED)
    other = entry(seeded, "S002", date(2025, 11, 1))
    assess(seeded, other, Skill.COMMUNICATION, Level.ADVANCED)

    levels = latest_levels(seeded, "S001")
    assert {skill: latest.level for skill, latest in levels.items()} == {
        Skill.COMMUNICATION: Level.PROFICIENT,
        Skill.ORGANIZATION: Level.ADVANCED,
    }
    assert not levels[Skill.COMMUNICATION].validated
    validated = latest_levels(seeded, "S001", validated_only=True)
    assert validated[Skill.COMMUNICATION].level is Level.DEVELOPING
    assert validated[Skill.COMMUNICATION].observed_on == date(2025, 9, 1)
    assert latest_levels(seeded, "S003") == {}


def test_review_queue_is_the_teachers_own_pending_items_lowest_confidence_first(
    seeded: Session,
) -> None:
    eva, lucas, pat = (entry(seeded, sid, date(2025, 9, 1)) for sid in ("S001", "S002", "S003"))
    assess(seeded, eva, Skill.COMMUNICATION, Level.PROFICIENT, confidence=0.8)
    assess(seeded, lucas, Skill.ORGANIZATION, Level.DEVELOPING, confidence=0.2)
    assess(seeded, eva, Skill.COLLABORATION, Level.ADVANCED, confidence=0.5)
    assess(seeded, eva, Skill.CREATIVITY_INNOVATION, Level.ADVANCED, state=ReviewState.ACCEPTED)
    assess(seeded, pat, Skill.COMMUNICATION, Level.EMERGING, confidence=0.1)  # T002's student

    page = review_queue(seeded, "T001", limit=2)
    assert page.total == 3
    assert [(i.student_name, i.skill, i.confidence) for i in page.items] == [
        ("Lucas", Skill.ORGANIZATION, 0.2),
        ("Eva", Skill.COLLABORATION, 0.5),
    ]
    rest = review_queue(seeded, "T001", limit=2, offset=2)
    assert [i.skill for i in rest.items] == [Skill.COMMUNICATION]
    assert rest.items[0].entry_type is EntryType.REFLECTION_JOURNAL
    assert [i.student_id for i in review_queue(seeded, "T002").items] == ["S003"]


def test_every_review_page_is_that_slice_of_all_pending_items_in_confidence_order(
    seeded: Session,
) -> None:
    # The page reads only the students whose lowest pending confidence could reach it
    # (domain/review.py): whatever the ties and the page, it is the same slice as sorting
    # every pending item would give.
    rng = random.Random(7)
    for n in range(8):
        add_student(seeded, f"S1{n:02d}", f"Student {n}", "T001")
    students = ["S001", "S002", *(f"S1{n:02d}" for n in range(8))]
    pending: list[tuple[float, int]] = []
    for day, student in enumerate(students * 2):
        source = entry(seeded, student, date(2025, 9, 1) + timedelta(days=day))
        for skill in rng.sample(list(Skill), rng.randint(0, 5)):
            state = rng.choice([ReviewState.PENDING] * 3 + [ReviewState.ACCEPTED])
            confidence = rng.choice([0.05, 0.2, 0.2, 0.5, 0.5, 0.5, 0.9])
            item = assess(
                seeded, source, skill, Level.DEVELOPING, confidence=confidence, state=state
            )
            if state is ReviewState.PENDING:
                pending.append((confidence, item.id))
    assess(seeded, entry(seeded, "S003", date(2025, 9, 1)), Skill.COMMUNICATION, Level.EMERGING)
    everything = [item_id for _, item_id in sorted(pending)]
    for limit in (1, 2, 3, 7, 20, 100):
        for offset in (0, 1, 4, 9, 15, len(everything) - 1, len(everything) + 3):
            page = review_queue(seeded, "T001", limit=limit, offset=offset)
            assert page.total == len(everything)
            assert [i.assessment_id for i in page.items] == everything[offset : offset + limit]


def test_a_review_page_reads_the_access_rule_once_and_past_the_end_reads_no_item(
    seeded: Session,
) -> None:
    # A teacher of six classes has thousands of pending items: the total comes from the
    # students' standings, not from counting them (BENCHMARKS.md, district scale).
    eva = entry(seeded, "S001", date(2025, 9, 1))
    for n, skill in enumerate((Skill.COMMUNICATION, Skill.ORGANIZATION, Skill.COLLABORATION)):
        assess(seeded, eva, skill, Level.DEVELOPING, confidence=0.1 * (n + 1))
    seeded.flush()
    statements: list[str] = []

    def record(_c: object, _cur: object, sql: str, *_rest: object) -> None:
        statements.append(sql)

    engine = seeded.get_bind()
    event.listen(engine, "before_cursor_execute", record)
    try:
        page = review_queue(seeded, "T001", limit=2)
        assert (page.total, len(page.items)) == (3, 2)
        assert len(statements) == 2
        assert sum("enrollments" in sql for sql in statements) == 1
        statements.clear()
        past_the_end = review_queue(seeded, "T001", limit=2, offset=5)
        assert (past_the_end.total, past_the_end.items) == (3, [])
        assert len(statements) == 1 and "FROM assessments" not in statements[0]
        assert review_queue(seeded, "T002").total == 0
    finally:
        event.remove(engine, "before_cursor_execute", record)


def test_examples_put_corrections_first_balance_levels_and_stay_bounded(seeded: Session) -> None:
    observation = EntryType.TEACHER_OBSERVATION_NOTE
    start = date(2025, 9, 1)
    for n in range(12):
        source = entry(seeded, "S002", start + timedelta(days=n), kind=observation)
        assess(
            seeded,
            source,
            list(Skill)[n],
            Level.PROFICIENT,
            state=ReviewState.ACCEPTED,
            quote="word " * 200,
        )
    corrected_entry = entry(seeded, "S001", start, kind=EntryType.PARENT_NOTE)
    corrected = assess(
        seeded, corrected_entry, Skill.SELF_AWARENESS, Level.DEVELOPING, state=ReviewState.CORRECTED
    )
    seeded.add(
        TeacherCorrection(
            assessment_id=corrected.id,
            teacher_id="T001",
            original_level="Advanced",
            corrected_level="Developing",
            justification="Names the feeling, not yet the cause.",
            notes_for_assessor="Look for the cause before Proficient.",
        )
    )
    emerging_entry = entry(seeded, "S002", start, kind=EntryType.PARENT_NOTE)
    assess(seeded, emerging_entry, Skill.ORGANIZATION, Level.EMERGING, state=ReviewState.ACCEPTED)
    pending_entry = entry(seeded, "S001", start)
    assess(seeded, pending_entry, Skill.COMMUNICATION, Level.ADVANCED)  # not validated
    foreign = entry(seeded, "S003", start)
    # Another teacher's review: their students' validations teach their own examples.
    theirs = assess(
        seeded, foreign, Skill.COMMUNICATION, Level.ADVANCED, state=ReviewState.ACCEPTED
    )
    theirs.reviewed_by = "T002"
    seeded.flush()

    chosen = select_examples(
        seeded, teacher_id="T001", student_id="S001", entry_type=observation, seed=7
    )
    assert len(chosen) == MAX_EXAMPLES
    levels = [example.level for example in chosen]
    # Every validated level of this class is represented, not six Proficients.
    assert set(levels) == {Level.EMERGING, Level.DEVELOPING, Level.PROFICIENT}
    correction = next(e for e in chosen if e.corrected_from is not None)
    assert correction.corrected_from is Level.ADVANCED
    assert correction.teacher_notes == "Look for the cause before Proficient."
    assert correction.justification == "Names the feeling, not yet the cause."
    assert all(len(e.evidence_quote) <= MAX_TEXT_CHARS for e in chosen)
    assert Skill.COMMUNICATION not in {e.skill for e in chosen}  # pending and T002's stay out
    again = select_examples(
        seeded, teacher_id="T001", student_id="S001", entry_type=observation, seed=7
    )
    other_order = select_examples(
        seeded, teacher_id="T001", student_id="S001", entry_type=observation, seed=8
    )
    assert again == chosen
    assert sorted(map(repr, other_order)) == sorted(map(repr, chosen))
    assert (
        select_examples(
            seeded, teacher_id="T002", student_id="S003", entry_type=observation, seed=1
        )[0].skill
        is Skill.COMMUNICATION
    )


def test_progress_trend_badges_targets_and_access(seeded: Session) -> None:
    first, second, third = (entry(seeded, "S001", date(2025, 9, d)) for d in (1, 10, 20))
    assess(seeded, first, Skill.COMMUNICATION, Level.DEVELOPING, state=ReviewState.ACCEPTED)
    assess(seeded, second, Skill.COMMUNICATION, Level.PROFICIENT, state=ReviewState.CORRECTED)
    assess(seeded, third, Skill.COMMUNICATION, Level.ADVANCED)  # pending: not in the trend
    assess(seeded, third, Skill.ORGANIZATION, Level.DEVELOPING, state=ReviewState.ACCEPTED)
    seeded.add(Badge(student_id="S001", skill="Communication", level="Proficient"))
    seeded.add(
        SkillTarget(
            student_id="S001",
            skill="Organization",
            starting_level="Developing",
            target_level="Proficient",
        )
    )
    seeded.flush()

    progress = student_progress(seeded, Viewer(teacher_id="T001"), "S001")
    communication = progress.skills[Skill.COMMUNICATION]
    assert (communication.level, communication.validated, communication.movement) == (
        Level.ADVANCED,
        False,
        Movement.GREW,
    )
    assert communication.last_evidence == date(2025, 9, 20)
    assert progress.skills[Skill.ORGANIZATION].movement is Movement.FIRST
    assert progress.skills[Skill.COMMUNICATION].grew_from is Level.DEVELOPING
    assert progress.awaiting_review == 1
    assert [(b.skill, b.tier) for b in progress.badges] == [(Skill.COMMUNICATION, BadgeTier.SILVER)]
    assert [(t.skill, t.target_level) for t in progress.targets] == [
        (Skill.ORGANIZATION, Level.PROFICIENT)
    ]
    assert (
        student_progress(seeded, Viewer(teacher_id=None, is_admin=True), "S001").student_name
        == "Eva"
    )
    for viewer, student_id in [
        (Viewer(teacher_id="T002"), "S001"),
        (Viewer(teacher_id="T001"), "S999"),
    ]:
        with pytest.raises(NotFound, match="in your class"):
            student_progress(seeded, viewer, student_id)


def test_app_home_counts_each_skill_at_its_latest_non_dismissed_level(seeded: Session) -> None:
    september = entry(seeded, "S001", date(2025, 9, 1))
    october = entry(seeded, "S001", date(2025, 10, 1))
    october_again = entry(seeded, "S001", date(2025, 10, 1))  # same day, filed later
    # The newest evidence wins, not the newest row; on one day the later row wins.
    assess(seeded, october, Skill.COMMUNICATION, Level.DEVELOPING)
    assess(seeded, october_again, Skill.COMMUNICATION, Level.ADVANCED, state=ReviewState.ACCEPTED)
    assess(seeded, september, Skill.COMMUNICATION, Level.EMERGING)
    # A dismissed newest item holds no level: the one before it stands.
    assess(seeded, september, Skill.ORGANIZATION, Level.PROFICIENT, state=ReviewState.ACCEPTED)
    assess(seeded, october, Skill.ORGANIZATION, Level.EMERGING, state=ReviewState.DISMISSED)
    # Only dismissed: the skill is not assessed at all.
    assess(seeded, october, Skill.COLLABORATION, Level.ADVANCED, state=ReviewState.DISMISSED)
    assess(seeded, september, Skill.CREATIVITY_INNOVATION, Level.ADVANCED)
    assess(seeded, entry(seeded, "S003", date(2025, 9, 1)), Skill.COMMUNICATION, Level.ADVANCED)
    # Active targets only, in the order they were set.
    for skill, level, status in (
        (Skill.ORGANIZATION, Level.PROFICIENT, TargetStatus.ACTIVE),
        (Skill.COMMUNICATION, Level.ADVANCED, TargetStatus.CANCELLED),
        (Skill.COLLABORATION, Level.ADVANCED, TargetStatus.ACTIVE),
    ):
        seeded.add(
            SkillTarget(
                student_id="S002",
                skill=skill.value,
                starting_level=Level.DEVELOPING.value,
                target_level=level.value,
                status=status.value,
                assigned_by="T001",
            )
        )
        seeded.flush()

    overview = class_overview(seeded, Viewer(teacher_id="T001"))
    glances = {g.student_id: g for g in overview.students}
    assert set(glances) == {"S001", "S002"}
    assert glances["S001"].levels == Counter({Level.ADVANCED: 2, Level.PROFICIENT: 1})
    assert glances["S001"].skills_assessed == 3
    assert glances["S001"].awaiting_review == 3
    assert (glances["S002"].levels, glances["S002"].awaiting_review) == (Counter(), 0)
    assert glances["S002"].targets == [
        (Skill.ORGANIZATION, Level.PROFICIENT),
        (Skill.COLLABORATION, Level.ADVANCED),
    ]
    assert glances["S001"].targets == []
    assert class_overview(seeded, Viewer(teacher_id=None)).students == []


def test_app_home_asks_the_access_rule_once(seeded: Session) -> None:
    # Every statement that embedded the rule planned its five-table join anew, 1–3 ms each
    # at district scale (BENCHMARKS.md): the students' keys are read once and passed on.
    assess(seeded, entry(seeded, "S001", date(2025, 9, 1)), Skill.COMMUNICATION, Level.ADVANCED)
    seeded.flush()
    statements: list[str] = []

    def record(_c: object, _cur: object, sql: str, *_rest: object) -> None:
        statements.append(sql)

    engine = seeded.get_bind()
    event.listen(engine, "before_cursor_execute", record)
    try:
        overview = class_overview(seeded, Viewer(teacher_id="T001"))
    finally:
        event.remove(engine, "before_cursor_execute", record)
    assert [g.skills_assessed for g in overview.students] == [1, 0]
    assert sum("enrollments" in sql for sql in statements) == 1
