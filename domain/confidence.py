"""How sure we are of a proposed level, as a number in 0..1 that means something.

confidence = certainty x evidence strength, where
- certainty is the probability the model gave the chosen level, read from the token
  log-probabilities when the server returns them; otherwise the assessor's own stated
  certainty; otherwise 0.5 (a coin toss between neighbouring levels);
- evidence strength grows with the verified quote's length: a 2-word quote is thin
  (0.6), 8 words or more is full evidence (1.0).
The review queue shows the lowest first, so thin evidence and hesitant levels get a
teacher's eyes before confident, well-quoted ones. `flourish eval` reports how well this
is calibrated (expected calibration error) against teacher labels.
"""

from __future__ import annotations

UNKNOWN_CERTAINTY = 0.5
FULL_EVIDENCE_WORDS = 8
# Below this a proposal is flagged to the teacher in words ("Worth a closer look") rather
# than as a percentage: a number on every item reads as false precision. The offline
# assessor's modest certainty puts its thinly quoted items here; a well-quoted, confident
# model answer stays unflagged.
CLOSER_LOOK_BELOW = 0.35


def evidence_strength(quote: str) -> float:
    words = len(quote.split())
    return min(1.0, 0.5 + 0.5 * words / FULL_EVIDENCE_WORDS)


def item_confidence(
    quote: str, *, level_probability: float | None, stated_confidence: float | None
) -> float:
    if level_probability is not None:
        certainty = level_probability
    elif stated_confidence is not None:
        certainty = stated_confidence
    else:
        certainty = UNKNOWN_CERTAINTY
    certainty = min(1.0, max(0.0, certainty))
    return round(certainty * evidence_strength(quote), 3)


def worth_a_closer_look(confidence: float) -> bool:
    """Whether a pending proposal deserves the teacher's closer reading."""
    return confidence < CLOSER_LOOK_BELOW
