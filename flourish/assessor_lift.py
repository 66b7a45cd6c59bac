"""`flourish eval-lift`: how much teachers' corrections teach the offline assessor.

A labelled set's documents are split in two by a stable hash of their names. For each
half in turn, the assessor's items on the other half are reviewed as their teacher would
(the teacher's label is the level: accepted when it agrees, corrected when not), and the
half is scored twice: without those reviews and with them, exactly as the worker passes a
teacher's reviews in the request. Every labelled item is scored once, always by reviews of
documents other than its own, so no label teaches its own answer.

Also here: fitting the confidence calibration (`fit_calibration`, `--fit-calibration`),
cross-fitted the same way so its ECE is measured on documents it was not fitted on.
"""

from __future__ import annotations

import csv
import dataclasses
import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import typer

from domain.assessors.base import (
    AssessmentRequest,
    Assessor,
    AssessorOutput,
    Example,
    ValidatedLevel,
)
from domain.assessors.offline import ConfidenceCalibration, OfflineAssessor, indicator_set
from domain.curriculum import EntryType, Level
from domain.detection import RosterStudent
from domain.evaluation import (
    EvaluationReport,
    LabelledItem,
    Pair,
    evaluate,
    exact_agreement,
    expected_calibration_error,
    load_labelled_set,
    quadratic_weighted_kappa,
    within_one_agreement,
)

FOLDS = 2
# As many worked examples as the worker gives an assessor (domain.examples.MAX_EXAMPLES).
MAX_EXAMPLES = 6


class WithReviews:
    """An assessor given each student's teacher's reviews, as the worker gives them: all
    their validations, and a few worked examples chosen as `domain.examples` chooses them
    (corrections first, then the same entry type, levels taken in turn, at most
    MAX_EXAMPLES)."""

    def __init__(
        self,
        inner: Assessor,
        reviews: dict[str, list[ValidatedLevel]],
        examples: dict[str, list[Example]] | None = None,
    ) -> None:
        self._inner = inner
        self._reviews = reviews
        self._examples = examples or {}

    @property
    def model(self) -> str:
        return self._inner.model

    def assess(self, request: AssessmentRequest) -> AssessorOutput:
        reviews = self._reviews.get(request.student_id, [])
        examples = choose_examples(self._examples.get(request.student_id, []), request.entry_type)
        return self._inner.assess(
            dataclasses.replace(request, validations=reviews, examples=examples)
        )


def choose_examples(
    pool: Sequence[Example], entry_type: EntryType, limit: int = MAX_EXAMPLES
) -> list[Example]:
    """The worker's choice (`domain.examples.select_examples`) without a database:
    corrections first, then the same entry type; levels taken in turn."""
    by_level: dict[Level, list[tuple[int, int, Example]]] = {}
    for order, example in enumerate(pool):
        score = 4 * (example.corrected_from is not None) + 2 * (example.entry_type == entry_type)
        by_level.setdefault(example.level, []).append((-score, order, example))
    queues = [sorted(by_level[level], key=lambda c: c[:2]) for level in Level if level in by_level]
    chosen: list[Example] = []
    while len(chosen) < limit and any(queues):
        for queue in queues:
            if queue and len(chosen) < limit:
                chosen.append(queue.pop(0)[2])
    return chosen


def fold_of(document: str, folds: int = FOLDS) -> int:
    return int(hashlib.sha256(document.encode("utf-8")).hexdigest(), 16) % folds


def _teacher_of(
    roster: Sequence[RosterStudent], teachers: Mapping[str, str] | None
) -> dict[str, str]:
    return {student.id: (teachers or {}).get(student.id, "") for student in roster}


def replayed_reviews(
    report: EvaluationReport,
    roster: Sequence[RosterStudent],
    teachers: Mapping[str, str] | None = None,
) -> dict[str, list[ValidatedLevel]]:
    """Each student's teacher's reviews of `report`'s items, keyed by every student of
    that teacher (the worker passes a teacher's own reviews). `teachers` maps a student to
    their teacher (the set's students.csv); without it, one teacher has them all."""
    teacher_of = _teacher_of(roster, teachers)
    by_teacher: dict[str, list[ValidatedLevel]] = {}
    for pair in report.pairs:
        teacher = teacher_of.get(pair.student_id)
        if teacher is None:
            continue
        by_teacher.setdefault(teacher, []).append(
            ValidatedLevel(
                skill=pair.skill,
                proposed=pair.predicted,
                teacher_level=pair.labelled,
                model=report.model,
            )
        )
    return {student.id: by_teacher.get(teacher_of[student.id], []) for student in roster}


def replayed_examples(
    report: EvaluationReport,
    roster: Sequence[RosterStudent],
    teachers: Mapping[str, str] | None = None,
) -> dict[str, list[Example]]:
    """Each reviewed item as the worked example the teacher's review makes of it: the
    assessor's quote at the teacher's level (corrected from the assessor's when they
    differ), pooled per teacher and keyed by every student of that teacher."""
    teacher_of = _teacher_of(roster, teachers)
    by_teacher: dict[str, list[Example]] = {}
    for pair in report.pairs:
        teacher = teacher_of.get(pair.student_id)
        if teacher is None or not pair.quote or pair.entry_type is None:
            continue
        by_teacher.setdefault(teacher, []).append(
            Example(
                skill=pair.skill,
                level=pair.labelled,
                evidence_quote=pair.quote,
                justification="",
                entry_type=pair.entry_type,
                corrected_from=None if pair.correct else pair.predicted,
            )
        )
    return {student.id: by_teacher.get(teacher_of[student.id], []) for student in roster}


@dataclass(frozen=True)
class Agreement:
    pairs: int
    labelled: int
    exact: float | None
    within_one: float | None
    kappa: float | None

    @classmethod
    def of(cls, pairs: list[Pair], labelled: int) -> Agreement:
        if not pairs:
            return cls(0, labelled, None, None, None)
        truth = [p.labelled for p in pairs]
        predicted = [p.predicted for p in pairs]
        return cls(
            len(pairs),
            labelled,
            exact_agreement(truth, predicted),
            within_one_agreement(truth, predicted),
            quadratic_weighted_kappa(truth, predicted),
        )


@dataclass(frozen=True)
class LiftReport:
    model: str
    reviews: int
    before: Agreement
    after: Agreement
    # Pairs whose level the reviews changed, and how many of those now agree.
    changed: int
    changed_to_agree: int
    # Replayed reviews where the teacher's level differed from the assessor's.
    corrections: int = 0

    def to_text(self) -> str:
        def row(name: str, a: Agreement) -> str:
            return (
                f"  {name:<7} {a.pairs:>4} of {a.labelled:<4} {_fig(a.exact):>6} "
                f"{_fig(a.within_one):>7} {_fig(a.kappa):>6}"
            )

        return (
            "\n".join(
                [
                    f"Lift from teachers' corrections ({self.model}; {FOLDS}-fold replay, "
                    f"{self.reviews} reviews replayed, {self.corrections} of them corrections)",
                    "           pairs        exact  within1    QWK",
                    row("before", self.before),
                    row("after", self.after),
                    f"  {self.changed} levels moved by the reviews, {self.changed_to_agree} of "
                    "them now agree with the teacher",
                ]
            )
            + "\n"
        )


def measure_lift(
    assessor: Assessor,
    labelled: list[LabelledItem],
    documents_dir: Path,
    roster: list[RosterStudent],
    entry_types: dict[str, EntryType] | None = None,
    teachers: Mapping[str, str] | None = None,
    classes: Mapping[str, list[RosterStudent]] | None = None,
) -> LiftReport:
    before: list[Pair] = []
    after: list[Pair] = []
    reviews = corrections = 0
    for fold in range(FOLDS):
        taught = [item for item in labelled if fold_of(item.document) != fold]
        measured = [item for item in labelled if fold_of(item.document) == fold]
        if not taught or not measured:
            continue
        replayed = evaluate(assessor, taught, documents_dir, roster, entry_types, classes)
        reviewed = replayed_reviews(replayed, roster, teachers)
        examples = replayed_examples(replayed, roster, teachers)
        reviews += len(replayed.pairs)
        corrections += sum(not p.correct for p in replayed.pairs)
        plain = evaluate(assessor, measured, documents_dir, roster, entry_types, classes)
        with_reviews = evaluate(
            WithReviews(assessor, reviewed, examples),
            measured,
            documents_dir,
            roster,
            entry_types,
            classes,
        )
        before += plain.pairs
        after += with_reviews.pairs
    keyed = {(p.document, p.student_id, p.skill): p for p in before}
    changed = [
        p
        for p in after
        if (k := keyed.get((p.document, p.student_id, p.skill))) and k.predicted is not p.predicted
    ]
    return LiftReport(
        model=assessor.model,
        reviews=reviews,
        before=Agreement.of(before, len(labelled)),
        after=Agreement.of(after, len(labelled)),
        changed=len(changed),
        changed_to_agree=sum(p.correct for p in changed),
        corrections=corrections,
    )


# --- Confidence calibration --------------------------------------------------------------


def fit_calibration(
    confidences: Sequence[float], correct: Sequence[bool], *, abstain_below: float
) -> ConfidenceCalibration:
    """Isotonic (pool-adjacent-violators) fit of agreement on raw confidence: a rising step
    function, one step per pooled block, each block's agreement shrunk a little towards
    the overall rate so a block of two items does not claim 0 or 1."""
    if len(confidences) != len(correct) or not confidences:
        raise ValueError("need as many outcomes as confidences, at least one")
    points = sorted(zip(confidences, correct, strict=True))
    overall = sum(c for _, c in points) / len(points)
    blocks: list[list[float]] = []  # [sum correct, count, highest confidence]
    for confidence, outcome in points:
        if blocks and blocks[-1][2] == confidence:
            # Equal confidences are one point of the step function, never two.
            blocks[-1][0] += float(outcome)
            blocks[-1][1] += 1.0
        else:
            blocks.append([float(outcome), 1.0, confidence])
        while len(blocks) > 1 and blocks[-2][0] / blocks[-2][1] >= blocks[-1][0] / blocks[-1][1]:
            last = blocks.pop()
            blocks[-1] = [blocks[-1][0] + last[0], blocks[-1][1] + last[1], last[2]]
    edges = tuple(round(block[2], 3) for block in blocks)
    probabilities = tuple(round((block[0] + overall) / (block[1] + 1.0), 3) for block in blocks)
    return ConfidenceCalibration(edges, probabilities, abstain_below)


def calibrated_ece(
    pairs: list[Pair], fit: Callable[[list[Pair]], ConfidenceCalibration]
) -> tuple[float, float, int]:
    """ECE before and after calibration, each fold's pairs calibrated by a fit on the other
    fold's (never on themselves); and how many pairs that is."""
    raw = expected_calibration_error([p.confidence for p in pairs], [p.correct for p in pairs])
    calibrated: list[tuple[float, bool]] = []
    for fold in range(FOLDS):
        fitted_on = [p for p in pairs if fold_of(p.document) != fold]
        scored = [p for p in pairs if fold_of(p.document) == fold]
        if not fitted_on or not scored:
            continue
        table = fit(fitted_on)
        calibrated += [(table.probability(p.confidence), p.correct) for p in scored]
    after = expected_calibration_error([c for c, _ in calibrated], [ok for _, ok in calibrated])
    return raw, after, len(calibrated)


@dataclass(frozen=True)
class Abstention:
    """What abstaining below a threshold does, cross-fitted: each fold's pairs are kept or
    dropped by the table fitted on the other fold's, then scored against their labels."""

    threshold: float
    before: Agreement
    kept: Agreement


def cross_fitted_abstention(
    pairs: list[Pair], fit: Callable[[list[Pair]], ConfidenceCalibration], threshold: float
) -> Abstention:
    kept: list[Pair] = []
    scored: list[Pair] = []
    for fold in range(FOLDS):
        fitted_on = [p for p in pairs if fold_of(p.document) != fold]
        measured = [p for p in pairs if fold_of(p.document) == fold]
        if not fitted_on or not measured:
            continue
        table = fit(fitted_on)
        scored += measured
        kept += [p for p in measured if table.probability(p.confidence) >= threshold]
    return Abstention(threshold, Agreement.of(scored, len(scored)), Agreement.of(kept, len(scored)))


def _fig(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _teachers_of(students_csv: Path) -> dict[str, str]:
    with students_csv.open(encoding="utf-8-sig", newline="") as handle:
        return {row["id"]: row["teacher_id"] for row in csv.DictReader(handle)}


def lift_command(
    evaluation_set: Annotated[
        Path,
        typer.Option(
            "--set",
            exists=True,
            file_okay=False,
            help="An evaluation set folder (roster/, documents/, labelled_set.csv).",
        ),
    ],
    fit_calibration_table: Annotated[
        bool,
        typer.Option(
            "--fit-calibration",
            help="Also fit the confidence calibration on the set (uncalibrated assessor) and "
            "print it as TOML with its cross-fitted ECE.",
        ),
    ] = False,
) -> None:
    """Agreement before and after replaying teachers' corrections (offline assessor)."""
    from flourish.cli import _roster_students

    labelled_path = evaluation_set / "labelled_set.csv"
    if not labelled_path.exists():
        labelled_path = evaluation_set / "eval" / "labelled_set.csv"
    items = load_labelled_set(labelled_path)
    roster, classes = _roster_students(evaluation_set / "roster" / "students.csv")
    documents = evaluation_set / "documents"
    entry_types = None
    truth = evaluation_set / "truth.csv"
    if truth.exists():
        from flourish.attribution import load_truth

        entry_types = {t.document: t.entry_type for t in load_truth(truth) if t.entry_type}
    assessor = OfflineAssessor()
    teachers = _teachers_of(evaluation_set / "roster" / "students.csv")
    print(
        measure_lift(assessor, items, documents, roster, entry_types, teachers, classes).to_text()
    )
    if fit_calibration_table:
        bare = OfflineAssessor(dataclasses.replace(indicator_set(), calibration=None))
        pairs = evaluate(bare, items, documents, roster, entry_types, classes).pairs
        abstain = indicator_set().calibration
        threshold = abstain.abstain_below if abstain else 0.0

        def fit(some: list[Pair]) -> ConfidenceCalibration:
            return fit_calibration(
                [p.confidence for p in some], [p.correct for p in some], abstain_below=threshold
            )

        raw, after, n = calibrated_ece(pairs, fit)
        table = fit(pairs)
        print(
            f"ECE over {len(pairs)} pairs: uncalibrated {raw:.3f}; calibrated, cross-fitted "
            f"({FOLDS} folds, {n} pairs) {after:.3f}"
        )
        abstained = cross_fitted_abstention(pairs, fit, threshold)
        print(
            f"Abstaining below {threshold}, cross-fitted: keeps {abstained.kept.pairs} of "
            f"{abstained.before.pairs} pairs; exact {_fig(abstained.before.exact)} -> "
            f"{_fig(abstained.kept.exact)}, QWK {_fig(abstained.before.kappa)} -> "
            f"{_fig(abstained.kept.kappa)}"
        )
        print("[calibration]")
        print(f"edges = {list(table.edges)}")
        print(f"probabilities = {list(table.probabilities)}")
        print(f"abstain_below = {threshold}")
