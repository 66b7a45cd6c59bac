"""Validation: accept and correct, the badges and targets that follow, and who may act."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from domain.access import Viewer
from domain.badges import grant_badge
from domain.curriculum import BadgeTier, Level, Skill
from domain.db import unit_of_work
from domain.entry_review import entry_review, reviewed_items
from domain.errors import InvalidField, NotFound
from domain.models import Assessment, Badge, ReviewState, SkillTarget, TeacherCorrection
from domain.targets import set_target, suggest_targets
from domain.teacher_review import accept, accept_all, correct
from tests.factories import add_assessment, add_entry, seed_roster

RODRIGUEZ = Viewer("T001")
THOMPSON = Viewer("T002")
ADMIN = Viewer(None, is_admin=True)
SEPT = date(2025, 9, 12)


@pytest.fixture
def seeded(session: Session) -> Session:
    seed_roster(session)
    return session


def _count(session: Session, model: type) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def test_accepting_proficient_awards_silver_once_and_completes_the_target(seeded: Session) -> None:
    entry = add_entry(seeded, "S001", SEPT)
    proposed = add_assessment(seeded, entry, Skill.COMMUNICATION, Level.PROFICIENT)
    set_target(seeded, RODRIGUEZ, "S001", Skill.COMMUNICATION, Level.PROFICIENT)

    first = accept(seeded, RODRIGUEZ, proposed.id)
    again = accept(seeded, RODRIGUEZ, proposed.id)

    assert first.changed and not again.changed
    assert first.badge is not None and first.badge.tier is BadgeTier.SILVER
    assert again.badge is None
    assert [t.target_level for t in first.targets_completed] == [Level.PROFICIENT]
    assert _count(seeded, Badge) == 1
    target = seeded.scalars(select(SkillTarget)).one()
    assert (target.status, target.completed_by_assessment_id) == ("completed", proposed.id)
    # The review message is re-drawn from these rows and shows both.
    (item,) = entry_review(seeded, RODRIGUEZ, entry.id).items
    assert item.state is ReviewState.ACCEPTED and item.reviewer_name == "Ms. Rodriguez"
    assert item.badge is BadgeTier.SILVER and item.targets_reached == (Level.PROFICIENT,)


def test_emerging_earns_no_badge_and_a_second_proficient_earns_no_second_silver(
    seeded: Session,
) -> None:
    emerging = add_assessment(
        seeded, add_entry(seeded, "S001", SEPT), Skill.ORGANIZATION, Level.EMERGING
    )
    assert accept(seeded, RODRIGUEZ, emerging.id).badge is None
    for day in (1, 2):
        later = add_entry(seeded, "S001", date(2025, 10, day))
        add_assessment(seeded, later, Skill.ORGANIZATION, Level.PROFICIENT)
        accept_all(seeded, RODRIGUEZ, later.id)
    assert seeded.scalars(select(Badge.level)).all() == ["Proficient"]


def test_a_correction_stores_the_teachers_level_and_reason(seeded: Session) -> None:
    entry = add_entry(seeded, "S001", SEPT)
    proposed = add_assessment(seeded, entry, Skill.COLLABORATION, Level.DEVELOPING)
    result = correct(
        seeded,
        RODRIGUEZ,
        proposed.id,
        level=Level.ADVANCED,
        justification="  She led the group and drew in the quiet ones. ",
        notes_for_assessor="Leading a group counts as Advanced here.",
    )
    assert result.changed and result.level is Level.ADVANCED
    assert result.badge is not None and result.badge.tier is BadgeTier.GOLD
    row = seeded.scalars(select(TeacherCorrection)).one()
    assert (row.original_level, row.corrected_level) == ("Developing", "Advanced")
    assert row.justification == "She led the group and drew in the quiet ones."
    assert seeded.get_one(Assessment, proposed.id).review_state == "corrected"
    (item,) = reviewed_items(seeded, RODRIGUEZ, [proposed.id])
    assert (item.level, item.proposed_level) == (Level.ADVANCED, Level.DEVELOPING)
    # The same submission again (a replay) stores nothing more.
    again = correct(seeded, RODRIGUEZ, proposed.id, level=Level.PROFICIENT, justification="x")
    assert not again.changed and again.level is Level.ADVANCED
    assert _count(seeded, TeacherCorrection) == 1


@pytest.mark.parametrize(
    ("level", "justification", "notes", "field"),
    [
        (Level.DEVELOPING, "Same level", None, "level"),
        (Level.PROFICIENT, "x" * 1001, None, "justification"),
        (Level.PROFICIENT, "Fine", "n" * 1001, "notes"),
    ],
)
def test_bad_corrections_name_their_field_and_change_nothing(
    seeded: Session, level: Level, justification: str, notes: str | None, field: str
) -> None:
    proposed = add_assessment(
        seeded, add_entry(seeded, "S001", SEPT), Skill.COLLABORATION, Level.DEVELOPING
    )
    with pytest.raises(InvalidField) as raised:
        correct(
            seeded,
            RODRIGUEZ,
            proposed.id,
            level=level,
            justification=justification,
            notes_for_assessor=notes,
        )
    assert raised.value.field == field
    assert seeded.get_one(Assessment, proposed.id).review_state == "pending"
    assert _count(seeded, TeacherCorrection) == 0


def test_nobody_but_the_students_teacher_validates(seeded: Session) -> None:
    proposed = add_assessment(
        seeded, add_entry(seeded, "S003", SEPT), Skill.COLLABORATION, Level.DEVELOPING
    )
    for viewer in (RODRIGUEZ, ADMIN):
        with pytest.raises(NotFound, match="no longer exists"):
            accept(seeded, viewer, proposed.id)
        with pytest.raises(NotFound):
            correct(seeded, viewer, proposed.id, level=Level.ADVANCED, justification="x")
    with pytest.raises(NotFound):
        accept_all(seeded, RODRIGUEZ, proposed.entry_id)
    assert seeded.get_one(Assessment, proposed.id).review_state == "pending"
    # Another teacher's ids simply drop out of what a message shows; an admin may look.
    assert reviewed_items(seeded, RODRIGUEZ, [proposed.id]) == []
    (seen,) = reviewed_items(seeded, ADMIN, [proposed.id])
    assert not seen.actionable
    assert accept(seeded, THOMPSON, proposed.id).changed


def test_targets_start_at_the_validated_level_and_keep_history(seeded: Session) -> None:
    entry = add_entry(seeded, "S001", SEPT)
    add_assessment(seeded, entry, Skill.COMMUNICATION, Level.DEVELOPING, state=ReviewState.ACCEPTED)
    add_assessment(seeded, entry, Skill.ORGANIZATION, Level.PROFICIENT, state=ReviewState.ACCEPTED)
    add_assessment(seeded, entry, Skill.COLLABORATION, Level.ADVANCED, state=ReviewState.ACCEPTED)
    add_assessment(seeded, entry, Skill.CREATIVITY_INNOVATION, Level.PROFICIENT)  # not validated

    suggested = suggest_targets(seeded, RODRIGUEZ, "S001")
    assert [(s.skill, s.target_level) for s in suggested] == [
        (Skill.COMMUNICATION, Level.PROFICIENT),
        (Skill.ORGANIZATION, Level.ADVANCED),
    ]
    first = set_target(seeded, RODRIGUEZ, "S001", Skill.COMMUNICATION)
    assert first.created and first.target.starting_level is Level.DEVELOPING
    assert not set_target(seeded, RODRIGUEZ, "S001", Skill.COMMUNICATION).created
    higher = set_target(seeded, RODRIGUEZ, "S001", Skill.COMMUNICATION, Level.ADVANCED)
    assert higher.created and higher.replaced == first.target
    statuses = seeded.scalars(select(SkillTarget.status).order_by(SkillTarget.id)).all()
    assert statuses == ["cancelled", "active"]
    assert [s.skill for s in suggest_targets(seeded, RODRIGUEZ, "S001")] == [Skill.ORGANIZATION]
    # No validated level yet: the target starts from Emerging.
    fresh = set_target(seeded, RODRIGUEZ, "S001", Skill.CREATIVITY_INNOVATION)
    assert (fresh.target.starting_level, fresh.target.target_level) == (
        Level.EMERGING,
        Level.DEVELOPING,
    )
    with pytest.raises(InvalidField, match="top level"):
        set_target(seeded, RODRIGUEZ, "S001", Skill.COLLABORATION)
    with pytest.raises(InvalidField, match="above"):
        set_target(seeded, RODRIGUEZ, "S001", Skill.ORGANIZATION, Level.DEVELOPING)
    with pytest.raises(NotFound):
        set_target(seeded, THOMPSON, "S001", Skill.ORGANIZATION)


def test_a_completed_target_may_be_followed_by_a_new_one(seeded: Session) -> None:
    set_target(seeded, RODRIGUEZ, "S001", Skill.COMMUNICATION)  # Emerging -> Developing
    reached = add_assessment(
        seeded, add_entry(seeded, "S001", SEPT), Skill.COMMUNICATION, Level.PROFICIENT
    )
    assert accept(seeded, RODRIGUEZ, reached.id).targets_completed
    follow = set_target(seeded, RODRIGUEZ, "S001", Skill.COMMUNICATION)
    assert follow.target.starting_level is Level.PROFICIENT and follow.replaced is None
    statuses = seeded.scalars(select(SkillTarget.status).order_by(SkillTarget.id)).all()
    assert statuses == ["completed", "active"]


def test_a_teacher_grants_a_badge_by_hand_once(seeded: Session) -> None:
    granted = grant_badge(seeded, RODRIGUEZ, "S002", Skill.SELF_AWARENESS, Level.DEVELOPING)
    assert granted is not None and granted.tier is BadgeTier.BRONZE
    assert grant_badge(seeded, RODRIGUEZ, "S002", Skill.SELF_AWARENESS, Level.DEVELOPING) is None
    assert seeded.scalars(select(Badge.granted_by)).all() == ["T001"]
    with pytest.raises(InvalidField):
        grant_badge(seeded, RODRIGUEZ, "S002", Skill.SELF_AWARENESS, Level.EMERGING)
    with pytest.raises(NotFound):
        grant_badge(seeded, THOMPSON, "S002", Skill.SELF_AWARENESS, Level.ADVANCED)


def test_racing_clicks_validate_once(sessions: sessionmaker[Session]) -> None:
    with unit_of_work(sessions) as session:
        seed_roster(session)
        proposed = add_assessment(
            session, add_entry(session, "S001", SEPT), Skill.COMMUNICATION, Level.PROFICIENT
        )
    barrier = threading.Barrier(4)
    results: list[bool] = []

    def click() -> None:
        barrier.wait()
        with unit_of_work(sessions) as session:
            results.append(accept(session, RODRIGUEZ, proposed.id).changed)

    threads = [threading.Thread(target=click) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == [False, False, False, True]
    with sessions() as session:
        assert _count(session, Badge) == 1
