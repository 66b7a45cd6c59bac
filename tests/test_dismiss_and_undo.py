"""Dismiss ("not this skill") and undo, as domain rules: what each stores, what follows from
it (badges, targets, the assessor's examples), and the ten-minute window."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from domain.access import Viewer
from domain.assessors.prompt import user_message
from domain.curriculum import EntryType, Level, Skill
from domain.entry_review import reviewed_items
from domain.errors import InvalidInput
from domain.examples import select_examples
from domain.levels import latest_levels
from domain.models import (
    Assessment,
    Badge,
    CorrectionReason,
    ReviewState,
    SkillTarget,
    TeacherCorrection,
    utcnow,
)
from domain.progress import student_progress
from domain.targets import set_target
from domain.teacher_review import accept, accept_selected, correct, dismiss
from domain.undo import TOO_LATE, UNDO_WINDOW, undo
from tests.factories import add_assessment, add_entry, seed_roster

RODRIGUEZ = Viewer("T001")
THOMPSON = Viewer("T002")
SEPT = date(2025, 9, 12)


@pytest.fixture
def seeded(session: Session) -> Session:
    seed_roster(session)
    return session


def _count(session: Session, model: type) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def _examples(session: Session) -> list:
    return select_examples(
        session,
        teacher_id="T001",
        student_id="S002",
        entry_type=EntryType.REFLECTION_JOURNAL,
        seed=1,
    )


def test_a_dismissed_item_holds_no_level_and_teaches_the_assessor_a_negative(
    seeded: Session,
) -> None:
    entry = add_entry(seeded, "S001", SEPT)
    item = add_assessment(
        seeded, entry, Skill.COLLABORATION, Level.ADVANCED, quote="I like the colour blue."
    )
    result = dismiss(seeded, RODRIGUEZ, item.id)
    again = dismiss(seeded, RODRIGUEZ, item.id)

    assert result.changed and result.state is ReviewState.DISMISSED and result.badge is None
    assert not again.changed
    assert _count(seeded, Badge) == 0
    assert Skill.COLLABORATION not in latest_levels(seeded, "S001")
    assert Skill.COLLABORATION not in student_progress(seeded, RODRIGUEZ, "S001").skills
    (example,) = _examples(seeded)
    assert example.dismissed and example.skill is Skill.COLLABORATION
    rendered = user_message(
        entry_type=EntryType.REFLECTION_JOURNAL, own_text="x", context="x", examples=[example]
    )
    assert '"shows_nothing_for_skill": true' in rendered and "I like the colour blue." in rendered
    assert '"level"' not in rendered  # the proposed level is not a level to learn


def test_undoing_an_accept_revokes_its_badge_and_reopens_its_target(seeded: Session) -> None:
    entry = add_entry(seeded, "S001", SEPT)
    item = add_assessment(seeded, entry, Skill.COMMUNICATION, Level.PROFICIENT)
    set_target(seeded, RODRIGUEZ, "S001", Skill.COMMUNICATION, Level.PROFICIENT)
    accepted = accept(seeded, RODRIGUEZ, item.id)
    assert accepted.badge is not None and accepted.targets_completed
    (shown,) = reviewed_items(seeded, RODRIGUEZ, [item.id])
    assert shown.undoable

    undone = undo(seeded, RODRIGUEZ, item.id)

    assert undone.undone is ReviewState.ACCEPTED
    assert (undone.badges_revoked, undone.targets_reopened) == (1, 1)
    row = seeded.get_one(Assessment, item.id)
    assert (row.review_state, row.reviewed_by, row.reviewed_at) == ("pending", None, None)
    assert _count(seeded, Badge) == 0
    target = seeded.scalars(select(SkillTarget)).one()
    assert (target.status, target.completed_at, target.completed_by_assessment_id) == (
        "active",
        None,
        None,
    )
    # A second click on Undo changes nothing; the item can be reviewed again.
    assert not undo(seeded, RODRIGUEZ, item.id).changed
    assert accept(seeded, RODRIGUEZ, item.id).badge is not None


def test_undoing_a_correction_restores_the_proposal_and_withdraws_the_example(
    seeded: Session,
) -> None:
    item = add_assessment(
        seeded, add_entry(seeded, "S001", SEPT), Skill.PLANNING_PRIORITIZATION, Level.DEVELOPING
    )
    correct(seeded, RODRIGUEZ, item.id, level=Level.ADVANCED, reason=CorrectionReason.SHOWS_MORE)
    (example,) = _examples(seeded)
    assert example.corrected_from is Level.DEVELOPING
    assert example.justification.startswith("Evidence shows more")
    assert seeded.scalars(select(Badge.level)).all() == ["Advanced"]

    undo(seeded, RODRIGUEZ, item.id)

    row = seeded.get_one(Assessment, item.id)
    assert (row.review_state, row.level) == ("pending", "Developing")
    assert _count(seeded, TeacherCorrection) == 0 and _count(seeded, Badge) == 0
    assert _examples(seeded) == []


def test_a_badge_another_validation_also_earns_stays_with_that_one(seeded: Session) -> None:
    first = add_assessment(
        seeded, add_entry(seeded, "S001", SEPT), Skill.ORGANIZATION, Level.PROFICIENT
    )
    second = add_assessment(
        seeded, add_entry(seeded, "S001", date(2025, 9, 20)), Skill.ORGANIZATION, Level.PROFICIENT
    )
    accept(seeded, RODRIGUEZ, first.id)
    accept(seeded, RODRIGUEZ, second.id)
    assert undo(seeded, RODRIGUEZ, first.id).badges_revoked == 0
    badge = seeded.scalars(select(Badge)).one()
    assert badge.assessment_id == second.id


def test_undo_is_refused_after_ten_minutes_and_by_anyone_else(seeded: Session) -> None:
    item = add_assessment(
        seeded, add_entry(seeded, "S001", SEPT), Skill.CREATIVITY_INNOVATION, Level.DEVELOPING
    )
    dismiss(seeded, RODRIGUEZ, item.id)
    reviewed_at = seeded.get_one(Assessment, item.id).reviewed_at
    assert reviewed_at is not None
    with pytest.raises(InvalidInput) as refused:
        undo(seeded, RODRIGUEZ, item.id, now=reviewed_at + UNDO_WINDOW + timedelta(seconds=1))
    assert str(refused.value) == TOO_LATE and "10 minutes" in TOO_LATE
    with pytest.raises(Exception, match="no longer exists"):
        undo(seeded, THOMPSON, item.id)
    assert seeded.get_one(Assessment, item.id).review_state == "dismissed"
    # Shown without an Undo once the window has passed.
    seeded.get_one(Assessment, item.id).reviewed_at = utcnow() - UNDO_WINDOW - timedelta(minutes=1)
    seeded.flush()
    (shown,) = reviewed_items(seeded, RODRIGUEZ, [item.id])
    assert not shown.undoable
    with pytest.raises(InvalidInput):
        undo(seeded, RODRIGUEZ, item.id)


def test_a_correction_needs_no_reason_and_shows_the_teachers_words(seeded: Session) -> None:
    bare = add_assessment(
        seeded, add_entry(seeded, "S001", SEPT), Skill.COLLABORATION, Level.PROFICIENT
    )
    worded = add_assessment(
        seeded, add_entry(seeded, "S001", date(2025, 9, 13)), Skill.COLLABORATION, Level.PROFICIENT
    )
    assert correct(seeded, RODRIGUEZ, bare.id, level=Level.ADVANCED).changed
    correct(
        seeded,
        RODRIGUEZ,
        worded.id,
        level=Level.DEVELOPING,
        reason=CorrectionReason.SHOWS_LESS,
        justification="She only followed the plan.",
    )
    first, second = reviewed_items(seeded, RODRIGUEZ, [bare.id, worded.id])
    assert first.teacher_reason is None and first.level is Level.ADVANCED
    assert second.teacher_reason == "Evidence shows less: She only followed the plan."


def test_accept_selected_accepts_only_the_chosen_items_of_that_entry(seeded: Session) -> None:
    entry = add_entry(seeded, "S001", SEPT)
    other = add_entry(seeded, "S001", date(2025, 9, 14))
    a = add_assessment(seeded, entry, Skill.COLLABORATION, Level.PROFICIENT)
    b = add_assessment(seeded, entry, Skill.COMMUNICATION, Level.PROFICIENT)
    c = add_assessment(seeded, other, Skill.ORGANIZATION, Level.PROFICIENT)
    done = accept_selected(seeded, RODRIGUEZ, entry.id, [a.id, c.id])
    assert [v.assessment_id for v in done] == [a.id]
    states = {i: seeded.get_one(Assessment, i).review_state for i in (a.id, b.id, c.id)}
    assert states == {a.id: "accepted", b.id: "pending", c.id: "pending"}


def test_only_unsure_pending_items_are_flagged_for_a_closer_look(seeded: Session) -> None:
    entry = add_entry(seeded, "S001", SEPT)
    unsure = add_assessment(seeded, entry, Skill.COLLABORATION, Level.PROFICIENT, confidence=0.2)
    sure = add_assessment(seeded, entry, Skill.COMMUNICATION, Level.PROFICIENT, confidence=0.8)
    reviewed = add_assessment(seeded, entry, Skill.ORGANIZATION, Level.PROFICIENT, confidence=0.2)
    accept(seeded, RODRIGUEZ, reviewed.id)
    flags = [
        i.closer_look for i in reviewed_items(seeded, RODRIGUEZ, [unsure.id, sure.id, reviewed.id])
    ]
    assert flags == [True, False, False]
