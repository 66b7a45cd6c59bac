"""Ways a teacher's validations could move the offline assessor's levels, each replayed as
`flourish eval-lift` replays the shipped one, so a learner can be judged before it ships.

    PYTHONPATH=$PWD .venv/bin/python -m bench.lift_candidates --set mock_data/tuning5 ...
        [--salt b] [--as-one-teacher]

Each set is assessed once without reviews; for each half, the other half's items are that
teacher's validations (the label is the level they stand behind), and a candidate maps
each measured item's proposed level to a new one from its teacher's validations only.
Only levels are remapped (the worked examples' taught cues are not replayed), which is
what every candidate here changes; for the shipped learner and the level remap the
figures were checked equal to `flourish eval-lift`'s. Prints aggregates only: pooled over
the sets given, and per set.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

from domain.assessors.base import ValidatedLevel
from domain.assessors.offline import OfflineAssessor
from domain.assessors.teacher_calibration import TeacherCalibration
from domain.curriculum import Level, Skill
from domain.evaluation import Pair, evaluate, exact_agreement, quadratic_weighted_kappa
from flourish.assessor_lift import AUTHOR, FOLDS, LabelledSet, fold_of

LEVELS = list(Level)
# A teacher's validations, as (skill, proposed, teacher's level).
Reviews = Sequence[tuple[Skill, Level, Level]]
Learner = Callable[[Reviews], Callable[[Skill, Level], Level]]
PRIOR = 2.0  # reviews' worth of prior, as teacher_calibration.PRIOR_WEIGHT
AT_LEAST = 3  # corrections that way before anything moves, as MIN_CORRECTIONS


def _step(level: Level, up: bool) -> Level:
    return LEVELS[min(len(LEVELS), max(1, level.rank + (1 if up else -1))) - 1]


def shipped(reviews: Reviews) -> Callable[[Skill, Level], Level]:
    validations = [ValidatedLevel(s, p, t, "offline-") for s, p, t in reviews]
    return TeacherCalibration.learn(validations, model_prefix="offline-").level


def offset(scope: str) -> Learner:
    """A shrunk mean difference (teacher's rank - proposed rank): teacher-wide, shrunk to
    0; or per skill or per proposed level, shrunk to the teacher-wide one. A level moves
    by one when it reaches half a level and the teacher's corrections that way outnumber
    the other way's by AT_LEAST."""

    def learn(reviews: Reviews) -> Callable[[Skill, Level], Level]:
        differences = [(s, p, t.rank - p.rank) for s, p, t in reviews]
        net = sum(d > 0 for *_, d in differences) - sum(d < 0 for *_, d in differences)
        wide = sum(d for *_, d in differences) / (len(differences) + PRIOR)

        def level(skill: Skill, proposed: Level) -> Level:
            if scope == "teacher":
                value = wide
            else:
                here = [d for s, p, d in differences if (s if scope == "skill" else p) is (
                    skill if scope == "skill" else proposed)]  # fmt: skip
                value = (sum(here) + PRIOR * wide) / (len(here) + PRIOR)
            if abs(value) < 0.5 or (net if value > 0 else -net) < AT_LEAST:
                return proposed
            return _step(proposed, value > 0)

        return level

    return learn


def remap(reviews: Reviews) -> Callable[[Skill, Level], Level]:
    """Confusion remap per proposed level, across skills: L reads as L+1 (or L-1) when the
    teacher moved it that way AT_LEAST times and more often than they kept it, the kept
    side starting PRIOR reviews ahead."""
    tallies: dict[Level, Counter[int]] = defaultdict(Counter)
    for _, proposed, teacher in reviews:
        tallies[proposed][max(-1, min(1, teacher.rank - proposed.rank))] += 1

    def level(_: Skill, proposed: Level) -> Level:
        tally = tallies[proposed]
        way = 1 if tally[1] >= tally[-1] else -1
        if tally[way] >= AT_LEAST and tally[way] > tally[0] + PRIOR:
            return _step(proposed, way > 0)
        return proposed

    return level


CANDIDATES: dict[str, Learner] = {
    "shipped (skill, level) shift": shipped,
    "teacher-wide offset": offset("teacher"),
    "teacher x skill offset": offset("skill"),
    "teacher x level offset": offset("level"),
    "confusion remap per level": remap,
}


def replay(
    pairs: list[Pair], teacher_of: dict[str, str], learner: Learner, salt: str
) -> list[tuple[Pair, Level]]:
    out: list[tuple[Pair, Level]] = []
    for fold in range(FOLDS):
        by_teacher: dict[str, list[tuple[Skill, Level, Level]]] = defaultdict(list)
        for p in pairs:
            if fold_of(p.document, salt=salt) != fold:
                by_teacher[teacher_of.get(p.student_id, "")].append(
                    (p.skill, p.predicted, p.labelled)
                )
        learnt = {teacher: learner(reviews) for teacher, reviews in by_teacher.items()}
        for p in pairs:
            if fold_of(p.document, salt=salt) == fold:
                teacher = teacher_of.get(p.student_id, "")
                out.append(
                    (p, learnt[teacher](p.skill, p.predicted) if teacher in learnt else p.predicted)
                )
    return out


def summary(moved: list[tuple[Pair, Level]]) -> str:
    if not moved:
        return "n = 0"
    truth = [p.labelled for p, _ in moved]
    before = [p.predicted for p, _ in moved]
    after = [level for _, level in moved]
    changed = [(p, level) for p, level in moved if level is not p.predicted]
    return (
        f"n = {len(moved)}: moved {len(changed)}, to agreement "
        f"{sum(level is p.labelled for p, level in changed)}, away "
        f"{sum(p.correct for p, _ in changed)}; exact {exact_agreement(truth, before):.3f} -> "
        f"{exact_agreement(truth, after):.3f}, QWK {quadratic_weighted_kappa(truth, before):.3f}"
        f" -> {quadratic_weighted_kappa(truth, after):.3f}"
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Replay candidate learners from validations.")
    parser.add_argument("--set", dest="sets", action="append", type=Path, required=True)
    parser.add_argument("--salt", default="")
    parser.add_argument("--as-one-teacher", action="store_true")
    args = parser.parse_args(argv)
    assessed: list[tuple[str, list[Pair], dict[str, str]]] = []
    for folder in args.sets:
        loaded = LabelledSet.load(folder)
        pairs = evaluate(
            OfflineAssessor(), loaded.items, loaded.documents, loaded.roster,
            loaded.entry_types, loaded.classes, loaded.teacher_names,
        ).pairs  # fmt: skip
        teachers = (
            dict.fromkeys(loaded.teachers, AUTHOR) if args.as_one_teacher else loaded.teachers
        )
        assessed.append((folder.resolve().name, pairs, teachers))
    for name, learner in CANDIDATES.items():
        per_set = [
            (label, replay(pairs, teachers, learner, args.salt))
            for label, pairs, teachers in assessed
        ]
        print(f"{name}: pooled {summary([m for _, moved in per_set for m in moved])}")
        for label, moved in per_set:
            print(f"    {label}: {summary(moved)}")


if __name__ == "__main__":
    main()
