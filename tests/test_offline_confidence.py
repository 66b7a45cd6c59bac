"""The offline assessor's stored confidence is the chance a teacher agrees, as measured on
text the lexicon was not tuned on (offline-1.1 on three blind authors' sets: 41% in the
block most proposals fall in, 56% in the next). It must not claim the ~70-77% it reaches
on the sets its lexicon was written from.

Every text here is written for these tests; none comes from mock_data.
"""

from __future__ import annotations

from domain.assessors.base import AssessmentRequest
from domain.assessors.offline import OfflineAssessor, indicator_set
from domain.confidence import item_confidence
from domain.curriculum import EntryType

TEXTS = [
    "I keep my binder in order every day and I can always find my homework.",
    "When the group argued about the poster I listened to both sides and we found a compromise.",
    "I made a plan with dates for each part of the project and I started it the first night.",
]


def test_no_offline_item_claims_its_in_sample_agreement() -> None:
    stored = []
    for text in TEXTS:
        request = AssessmentRequest(1, "S001", EntryType.REFLECTION_JOURNAL, text, text)
        for item in OfflineAssessor().assess(request).items:
            stored.append(
                item_confidence(
                    item.evidence_quote,
                    level_probability=None,
                    stated_confidence=item.stated_confidence,
                )
            )
    assert stored, "the texts should give proposals"
    assert max(stored) <= 0.6


def test_the_shipped_table_abstains_on_nothing_it_cannot_tell_apart() -> None:
    calibration = indicator_set().calibration
    assert calibration is not None
    assert list(calibration.probabilities) == sorted(calibration.probabilities)
    assert calibration.abstain_below == 0.0
