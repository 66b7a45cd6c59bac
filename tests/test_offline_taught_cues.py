"""A teacher's worked examples teach the offline assessor how they read a cue: corrected
twice to the same level, a cue reads that way for that teacher on new text, with other
words around it. One correction, or corrections that their acceptances outnumber, move
nothing. And `flourish eval-lift` replays examples the way the worker chooses them.

Every text here is written for these tests; none comes from mock_data.
"""

from __future__ import annotations

from domain.assessors.base import AssessmentRequest, Example
from domain.assessors.offline import OfflineAssessor
from domain.curriculum import EntryType, Level, Skill
from flourish.assessor_lift import MAX_EXAMPLES, choose_examples

REFLECTION = EntryType.REFLECTION_JOURNAL
NEW_TEXT = "I made a folder for my science labs and one for math."


def example(quote: str, level: Level, corrected_from: Level | None = None) -> Example:
    return Example(
        skill=Skill.ORGANIZATION,
        level=level,
        evidence_quote=quote,
        justification="",
        entry_type=REFLECTION,
        corrected_from=corrected_from,
    )


def organisation(examples: list[Example]) -> Level | None:
    request = AssessmentRequest(1, "S001", REFLECTION, NEW_TEXT, NEW_TEXT, examples=examples)
    items = {item.skill: item for item in OfflineAssessor().assess(request).items}
    found = items.get(Skill.ORGANIZATION.value)
    return Level(found.level) if found else None


CORRECTED = [
    example("I made a tab for every unit in my binder.", Level.ADVANCED, Level.PROFICIENT),
    example("I made a pocket for my drafts.", Level.ADVANCED, Level.PROFICIENT),
]


def test_without_examples_the_cue_reads_as_its_lexicon_level() -> None:
    assert organisation([]) is Level.PROFICIENT


def test_a_cue_corrected_twice_the_same_way_reads_as_the_teacher_reads_it() -> None:
    assert organisation(CORRECTED) is Level.ADVANCED


def test_one_correction_moves_nothing() -> None:
    assert organisation(CORRECTED[:1]) is Level.PROFICIENT


def test_acceptances_of_the_cue_that_outnumber_the_corrections_hold_it() -> None:
    accepted = [
        example("I made a folder for homework.", Level.PROFICIENT),
        example("I made a section for my notes.", Level.PROFICIENT),
        example("I made a label for each drawer.", Level.PROFICIENT),
    ]
    assert organisation(CORRECTED + accepted) is Level.PROFICIENT


def test_a_correction_of_another_cue_teaches_nothing_here() -> None:
    other = example("I keep my binder in order every day.", Level.ADVANCED, Level.PROFICIENT)
    assert organisation([other, other]) is Level.PROFICIENT


def test_replayed_examples_are_chosen_as_the_worker_chooses_them() -> None:
    accepted = [example(f"I made a folder {n}.", Level.PROFICIENT) for n in range(10)]
    chosen = choose_examples(accepted + CORRECTED, REFLECTION)
    assert len(chosen) == MAX_EXAMPLES
    # Corrections come first, whatever their place in the pool.
    assert all(c in chosen for c in CORRECTED)
