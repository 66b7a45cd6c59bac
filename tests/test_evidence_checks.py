"""Pseudonymisation, verbatim quote matching and confidence: the evidence rules' parts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest

from domain.assessors.base import ProposedItem
from domain.confidence import evidence_strength, item_confidence
from domain.examples import CandidateCache
from domain.pseudonyms import Pseudonyms
from domain.validation import find_span, find_verbatim, validate_items

NAMES = {
    "Eva": "S001",
    "Eva Martinez": "S001",
    "Lucas": "S002",
    "Ms. Rodriguez": "T001",
    "Rodriguez": "T001",
}


def test_names_are_replaced_longest_first_and_only_as_whole_words() -> None:
    hidden = Pseudonyms(NAMES).hide("Eva Martinez told Lucas that Ms. Rodriguez liked Evan's idea.")
    assert hidden.text == "S001 told S002 that T001 liked Evan's idea."


def test_a_quote_from_hidden_text_maps_back_to_the_exact_original_words() -> None:
    original = "Eva Martinez: I agree with Lucas, and Ms. Rodriguez said Eva's plan works."
    hidden = Pseudonyms(NAMES).hide(original)
    for quote, expected in [
        ("I agree with S002, and T001 said", "I agree with Lucas, and Ms. Rodriguez said"),
        ("S001's plan works.", "Eva's plan works."),
        ("S001: I agree", "Eva Martinez: I agree"),
    ]:
        span = find_span(quote, hidden.text)
        assert span is not None
        start, end = hidden.original_span(*span)
        assert original[start:end] == expected


def test_reveal_restores_names_in_the_models_own_sentences() -> None:
    assert Pseudonyms(NAMES).reveal("S002 listened to S001.") == "Lucas listened to Eva Martinez."
    assert Pseudonyms({}).reveal("S002 listened.") == "S002 listened."


@pytest.mark.parametrize(
    ("quote", "found"),
    [
        ("I\u2019ll split the research", "I'll  split\nthe research"),
        ('"I\'ll split the research"', "I'll  split\nthe research"),
        ("...split the research first...", "split\nthe research first"),
        ("i'll split the research", None),
        ("I'll split research", None),
        ("", None),
    ],
)
def test_verbatim_after_folding_space_and_quote_marks_only(quote: str, found: str | None) -> None:
    assert find_verbatim(quote, "Eva said: I'll  split\nthe research first.") == found


def test_validation_keeps_the_first_of_a_duplicated_skill() -> None:
    text = "I made a plan for the week. I kept to my plan every day."
    result = validate_items(
        [
            ProposedItem("Planning & Prioritization", "P", "I made a plan for the week.", "Plans."),
            ProposedItem("planning and prioritization", "A", "I kept to my plan every day.", "x"),
            ProposedItem("Organization", "Proficient", "plan", "One word is not evidence."),
        ],
        text,
    )
    assert [(i.skill.value, i.level.value) for i in result.items] == [
        ("Planning & Prioritization", "Proficient")
    ]
    assert result.dropped == [
        "Planning & Prioritization: proposed twice; the first was kept",
        "Organization: the quote is too short to be evidence",
    ]


def test_confidence_combines_level_certainty_and_evidence_strength() -> None:
    long_quote = "I made a plan for every day of the week."
    short_quote = "made plans"
    assert evidence_strength(short_quote) == pytest.approx(0.625)
    assert evidence_strength(long_quote) == 1.0
    sure = item_confidence(long_quote, level_probability=0.9, stated_confidence=0.2)
    unsure = item_confidence(long_quote, level_probability=0.4, stated_confidence=None)
    stated = item_confidence(short_quote, level_probability=None, stated_confidence=0.5)
    unknown = item_confidence(short_quote, level_probability=None, stated_confidence=None)
    assert (sure, unsure, stated, unknown) == (0.9, 0.4, 0.312, 0.312)
    assert 0 <= item_confidence("a b", level_probability=1.7, stated_confidence=None) <= 1


def test_candidate_cache_reuses_a_teachers_pool_until_it_expires() -> None:
    loads: list[str] = []

    def loader(teacher: str) -> Callable[[], list[Any]]:
        def load() -> list[Any]:
            loads.append(teacher)
            return [teacher]

        return load

    cache = CandidateCache(ttl=timedelta(minutes=1))
    assert cache.pool("T001", loader("T001")) == ["T001"]
    assert cache.pool("T001", loader("T001")) == ["T001"]
    assert cache.pool("T002", loader("T002")) == ["T002"]
    assert loads == ["T001", "T002"]
    expired = CandidateCache(ttl=timedelta(0))
    expired.pool("T001", loader("T001"))
    expired.pool("T001", loader("T001"))
    assert loads == ["T001", "T002", "T001", "T001"]
