"""The offline assessor on one text, as the tests of its reading and lexicon ask it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from domain.assessors.base import AssessmentRequest
from domain.assessors.offline import OfflineAssessor, parse_indicator_set
from domain.curriculum import EntryType, Level, Skill
from domain.validation import validate_items


def offline_levels(
    text: str, entry_type: EntryType, names: Mapping[str, str]
) -> dict[Skill, Level]:
    """The level proposed per skill for student S001's `text`; every quote must verify."""
    request = AssessmentRequest(
        entry_id=1,
        student_id="S001",
        entry_type=entry_type,
        own_text=text,
        context=text,
        names=dict(names),
    )
    result = validate_items(OfflineAssessor().assess(request).items, text)
    assert result.dropped == []
    return {item.skill: item.level for item in result.items}


def tiny_indicator_raw(
    indicators: Sequence[tuple[str, str, float, str]],
    min_score: float = 1.0,
    every_skill: bool = True,
) -> dict[str, Any]:
    """An indicators.toml of a few (skill, level, weight, pattern) cues and nothing else.

    `every_skill` adds a cue that never matches for each skill, because the parser asks that
    the file cover them all; leave it off to test what the parser rejects."""
    filler: list[dict[str, Any]] = [
        {"skill": skill.value, "level": "Emerging", "cue": "x", "weight": 1.0,
         "patterns": [r"\bnever matches anything here\b"]}
        for skill in Skill
    ] if every_skill else []  # fmt: skip
    return {
        "version": "test",
        "min_score": min_score,
        "max_quote_words": 40,
        "placeholders": {},
        "guards": {"patterns": []},
        "past_contrast": {"patterns": []},
        "line_skips": [],
        "modifiers": [],
        "topics": [],
        "indicators": filler
        + [
            {"skill": skill, "level": level, "cue": f"{level} cue", "weight": weight,
             "patterns": [pattern]}
            for skill, level, weight, pattern in indicators
        ],
    }  # fmt: skip


def tiny_assessor(
    indicators: Sequence[tuple[str, str, float, str]], min_score: float = 1.0
) -> OfflineAssessor:
    """The offline assessor reading with only the cues given (see `tiny_indicator_raw`)."""
    return OfflineAssessor(parse_indicator_set(tiny_indicator_raw(indicators, min_score)))
