"""The offline assessor on one text, as the tests of its reading and lexicon ask it."""

from __future__ import annotations

from collections.abc import Mapping

from domain.assessors.base import AssessmentRequest
from domain.assessors.offline import OfflineAssessor
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
