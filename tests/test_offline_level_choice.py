"""How the offline assessor chooses one level from the evidence for several (levels13).

Both rules come from the rubric, not from any set's wording: the levels are cumulative
(Advanced is the Proficient habit used flexibly, for others, in new settings), and evidence
for two levels in equal measure is a guess, which the assessor leaves to the teacher."""

from __future__ import annotations

from domain.assessors.base import AssessmentRequest
from domain.assessors.offline import OfflineAssessor
from domain.curriculum import EntryType
from tests.offline import tiny_assessor

OBSERVATION = EntryType.TEACHER_OBSERVATION_NOTE


def _assessor(organization: list[tuple[str, float, str]]) -> OfflineAssessor:
    return tiny_assessor(
        [("Organization", level, weight, pattern) for level, weight, pattern in organization],
        min_score=2.0,
    )


def _levels(assessor: OfflineAssessor, text: str) -> list[tuple[str, str]]:
    output = assessor.assess(AssessmentRequest(1, "S900", OBSERVATION, text, text))
    return [(item.skill, item.level) for item in output.items]


def test_advanced_evidence_is_not_outvoted_by_the_proficient_habit_it_includes() -> None:
    assessor = _assessor(
        [
            ("Proficient", 2.5, r"\bkeeps (?:her|his) binder\b"),
            ("Proficient", 1.5, r"\bevery day\b"),
            ("Advanced", 2.0, r"\bshowed (?:a classmate|two classmates) how\b"),
        ]
    )
    text = (
        "She keeps her binder in order every day. "
        "This week she showed two classmates how to set up their own tabs."
    )
    assert _levels(assessor, text) == [("Organization", "Advanced")]


def test_advanced_below_the_minimum_does_not_lift_proficient() -> None:
    assessor = _assessor(
        [
            ("Proficient", 2.5, r"\bkeeps (?:her|his) binder\b"),
            ("Advanced", 1.0, r"\bshowed (?:a classmate|two classmates) how\b"),
        ]
    )
    text = "She keeps her binder in order and once showed a classmate how she does it."
    assert _levels(assessor, text) == [("Organization", "Proficient")]


def test_evidence_for_two_levels_in_equal_measure_is_left_to_the_teacher() -> None:
    assessor = _assessor(
        [
            ("Developing", 2.0, r"\bafter a reminder\b"),
            ("Proficient", 2.0, r"\bby himself\b"),
        ]
    )
    text = "After a reminder he packed his folder. On Friday he packed it by himself."
    assert _levels(assessor, text) == []


def test_proficient_tied_with_advanced_is_advanced_not_a_guess() -> None:
    assessor = _assessor(
        [
            ("Proficient", 2.0, r"\bby himself\b"),
            ("Advanced", 2.0, r"\bhelped (?:a|his) classmate\b"),
        ]
    )
    text = "He packs his folder by himself. Then he helped a classmate sort hers."
    assert _levels(assessor, text) == [("Organization", "Advanced")]
