"""The offline assessor's stored confidence is the chance a teacher agrees, read off the
calibration table in indicators.toml for the item's raw confidence (stated x evidence
strength). The table is fitted on the pairs of the authors no lexicon cue was drawn from
(`bench/loao.py --fit`, see indicators.toml); `bench/LOAO_LOG.md` has how it scores on an
author the fit did not see.

Every text here is written for these tests; none comes from mock_data.
"""

from __future__ import annotations

import dataclasses

from domain.assessors.base import AssessmentRequest
from domain.assessors.offline import OfflineAssessor, calibrated_stated, indicator_set
from domain.confidence import item_confidence, worth_a_closer_look
from domain.curriculum import EntryType

TEXTS = [
    "I keep my binder in order every day and I can always find my homework.",
    "When the group argued about the poster I listened to both sides and we found a compromise.",
    "I made a plan with dates for each part of the project and I started it the first night.",
    "I was too shy to ask.",
    "I lost my binder again.",
]


def stored(quote: str, stated: float | None) -> float:
    return item_confidence(quote, level_probability=None, stated_confidence=stated)


def items(assessor: OfflineAssessor, text: str) -> dict[str, tuple[str, float | None]]:
    request = AssessmentRequest(1, "S001", EntryType.REFLECTION_JOURNAL, text, text)
    output = assessor.assess(request)
    return {item.skill: (item.evidence_quote, item.stated_confidence) for item in output.items}


def test_each_item_stores_the_tables_chance_for_its_raw_confidence() -> None:
    calibration = indicator_set().calibration
    assert calibration is not None
    bare = OfflineAssessor(dataclasses.replace(indicator_set(), calibration=None))
    seen = 0
    for text in TEXTS:
        raw = items(bare, text)
        calibrated = items(OfflineAssessor(), text)
        assert calibrated.keys() == raw.keys(), "calibration moves confidence, not proposals"
        for skill, (quote, stated) in raw.items():
            assert calibrated[skill][0] == quote
            chance = calibration.probability(stored(quote, stated))
            # A short quote cannot carry more than its evidence strength (stated <= 1).
            carried = min(chance, stored(quote, 1.0))
            assert abs(stored(quote, calibrated[skill][1]) - carried) <= 0.006
            seen += 1
    assert seen >= len(TEXTS), "the texts should give proposals"


def test_the_weakest_evidence_never_stores_more_than_clear_evidence() -> None:
    # The least the assessor states (no margin over a rival level) on a three-word quote.
    # Since offline-1.4 a zero margin is mostly a tie, which is abstained, not proposed, so
    # the table refitted on 1.4's pairs has no low block left for it: no offline item is
    # flagged for a closer look by the table (the guesses are no longer made). What must
    # hold is the order: weak evidence never stores more than clear evidence, and clear
    # evidence in a full sentence is not flagged.
    calibration = indicator_set().calibration
    assert calibration is not None
    quote = "I forgot it."
    calibrated = calibrated_stated(calibration, 0.30, quote)
    assert calibrated is not None
    full = "I keep my binder in order every day and I can always find my homework."
    clear = calibrated_stated(calibration, 0.50, full)
    assert clear is not None and not worth_a_closer_look(stored(full, clear))
    assert stored(quote, calibrated) <= stored(full, clear)


def test_the_shipped_table_rises_and_abstains_on_nothing() -> None:
    calibration = indicator_set().calibration
    assert calibration is not None
    assert list(calibration.probabilities) == sorted(calibration.probabilities)
    assert calibration.abstain_below == 0.0
