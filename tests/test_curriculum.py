"""The curriculum's vocabulary and the rubric data file agree with CURRICULUM.md."""

from __future__ import annotations

import pytest

from domain.curriculum import (
    SKILL_CATEGORIES,
    BadgeTier,
    Category,
    EntryType,
    Level,
    Skill,
    rubric,
)


def test_seventeen_skills_in_three_categories() -> None:
    assert len(Skill) == 17
    per_category = {c: [s for s in Skill if s.category is c] for c in Category}
    assert [len(v) for v in per_category.values()] == [5, 6, 6]
    assert set(SKILL_CATEGORIES) == set(Skill)
    assert Category.TWENTY_FIRST_CENTURY.value == "21st_Century"


def test_levels_are_ordered_full_names() -> None:
    assert [level.value for level in Level] == ["Emerging", "Developing", "Proficient", "Advanced"]
    assert [level.rank for level in Level] == [1, 2, 3, 4]
    assert Level.DEVELOPING.next_up() is Level.PROFICIENT
    assert Level.ADVANCED.next_up() is None


@pytest.mark.parametrize(
    ("text", "level"),
    [("P", Level.PROFICIENT), (" advanced ", Level.ADVANCED), ("e", Level.EMERGING)],
)
def test_level_parse_accepts_names_and_initials(text: str, level: Level) -> None:
    assert Level.parse(text) is level


def test_level_parse_rejects_unknown() -> None:
    with pytest.raises(ValueError, match="unknown level"):
        Level.parse("Expert")


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("planning and prioritization", Skill.PLANNING_PRIORITIZATION),
        ("Self awareness", Skill.SELF_AWARENESS),
        ("responsible_decision_making", Skill.RESPONSIBLE_DECISION_MAKING),
    ],
)
def test_skill_parse_is_forgiving_about_spelling(text: str, skill: Skill) -> None:
    assert Skill.parse(text) is skill


def test_seven_entry_types() -> None:
    assert len(EntryType) == 7
    assert {t for t in EntryType if t.is_transcript} == {
        EntryType.GROUP_DISCUSSION_TRANSCRIPT,
        EntryType.PEER_TUTORING_TRANSCRIPT,
        EntryType.PROJECT_PRESENTATION_TRANSCRIPT,
    }


def test_badges_follow_levels() -> None:
    assert BadgeTier.for_level(Level.EMERGING) is None
    assert [BadgeTier.for_level(level) for level in list(Level)[1:]] == list(BadgeTier)


def test_rubric_describes_every_skill_at_every_level() -> None:
    loaded = rubric()
    assert loaded.version == "1.0"
    descriptors = [loaded.descriptor(skill, level) for skill in Skill for level in Level]
    assert len(descriptors) == 68
    assert all(len(text.split()) >= 10 for text in descriptors)
    assert len(set(descriptors)) == 68
