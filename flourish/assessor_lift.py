"""`flourish eval-lift`: how much teachers' corrections teach the offline assessor.

A labelled set's documents are split in two by a stable hash of their names. For each
half in turn, the assessor's items on the other half are reviewed as their teacher would
(the teacher's label is the level: accepted when it agrees, corrected when not), and the
half is scored twice: without those reviews and with them, exactly as the worker passes a
teacher's reviews in the request. Every labelled item is scored once, always by reviews of
documents other than its own, so no label teaches its own answer.

Who the teacher is: by default each student's teacher on the set's roster, as the worker
sees it. A set labelled by one author is one reader's levels spread over several roster
classes, so `--as-one-teacher` replays all its reviews as one teacher's (the author's);
the learning itself never sees more than the reviews it is given. `--salt` draws another
split of the documents, to see whether a figure holds on more than one draw.

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


def fold_of(document: str, folds: int = FOLDS, salt: str = "") -> int:
    """The half a document falls in; another `salt` is another, equally stable draw."""
    return int(hashlib.sha256((salt + document).encode("utf-8")).hexdigest(), 16) % folds


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
class Moves:
    """What the reviews did to the levels of one set of measured pairs."""

    # Pairs whose level the reviews changed; of those, how many now agree with the
    # teacher, and how many agreed before and no longer do.
    moved: int
    to_agreement: int
    away: int

    @classmethod
    def of(cls, before: Sequence[Pair], after: Sequence[Pair]) -> Moves:
        keyed = {(p.document, p.student_id, p.skill): p for p in before}
        moved = [
            (was, now)
            for now in after
            if (was := keyed.get((now.document, now.student_id, now.skill)))
            and was.predicted is not now.predicted
        ]
        return cls(
            len(moved),
            sum(now.correct for _, now in moved),
            sum(was.correct for was, _ in moved),
        )


@dataclass(frozen=True)
class Direction:
    """One half measured with the other half's reviews."""

    measured_fold: int
    reviews: int
    before: Agreement
    after: Agreement
    moves: Moves


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
    # Of the changed pairs, how many agreed with the teacher before the reviews.
    changed_away: int = 0
    # How many teachers' reviews were replayed into each half, and the fewest and most
    # one teacher had: what there was to learn from, per teacher.
    teachers: int = 0
    fewest_reviews: int = 0
    most_reviews: int = 0
    raised: int = 0
    lowered: int = 0
    directions: tuple[Direction, ...] = ()
    label: str = ""
    # The measured pairs themselves, so several sets' reports pool into one.
    before_pairs: tuple[Pair, ...] = dataclasses.field(default=(), repr=False, compare=False)
    after_pairs: tuple[Pair, ...] = dataclasses.field(default=(), repr=False, compare=False)

    def to_text(self) -> str:
        def row(name: str, a: Agreement) -> str:
            return (
                f"  {name:<7} {a.pairs:>4} of {a.labelled:<4} {_fig(a.exact):>6} "
                f"{_fig(a.within_one):>7} {_fig(a.kappa):>6}"
            )

        where = f" on {self.label}" if self.label else ""
        lines = [
            f"Lift from teachers' corrections{where} ({self.model}; {FOLDS}-fold replay, "
            f"{self.reviews} reviews replayed, {self.corrections} of them corrections: "
            f"{self.raised} raised, {self.lowered} lowered)",
            f"  reviews per teacher and half: {self.fewest_reviews} to {self.most_reviews} "
            f"({self.teachers} teacher-halves)",
            "           pairs        exact  within1    QWK",
            row("before", self.before),
            row("after", self.after),
            f"  n = {self.after.pairs}: {self.changed} levels moved by the reviews, "
            f"{self.changed_to_agree} of them now agree with the teacher, "
            f"{self.changed_away} agreed before (moved away); exact "
            f"{_fig(self.before.exact)} -> {_fig(self.after.exact)}, QWK "
            f"{_fig(self.before.kappa)} -> {_fig(self.after.kappa)}",
        ]
        for each in self.directions:
            lines.append(
                f"  half {each.measured_fold} taught by the other ({each.reviews} reviews), "
                f"n = {each.after.pairs}: moved {each.moves.moved}, to agreement "
                f"{each.moves.to_agreement}, away {each.moves.away}; exact "
                f"{_fig(each.before.exact)} -> {_fig(each.after.exact)}, QWK "
                f"{_fig(each.before.kappa)} -> {_fig(each.after.kappa)}"
            )
        return "\n".join(lines) + "\n"


def pooled(reports: Sequence[LiftReport], label: str = "pooled") -> LiftReport:
    """Several sets' reports as one: agreement over all their measured pairs together."""
    before = [p for r in reports for p in r.before_pairs]
    after = [p for r in reports for p in r.after_pairs]
    # Moves are counted set by set: two sets may name their documents alike.
    halves = [r for r in reports if r.teachers]
    return LiftReport(
        model=",".join(sorted({r.model for r in reports})),
        reviews=sum(r.reviews for r in reports),
        before=Agreement.of(before, sum(r.before.labelled for r in reports)),
        after=Agreement.of(after, sum(r.after.labelled for r in reports)),
        changed=sum(r.changed for r in reports),
        changed_to_agree=sum(r.changed_to_agree for r in reports),
        corrections=sum(r.corrections for r in reports),
        changed_away=sum(r.changed_away for r in reports),
        teachers=sum(r.teachers for r in reports),
        fewest_reviews=min((r.fewest_reviews for r in halves), default=0),
        most_reviews=max((r.most_reviews for r in halves), default=0),
        raised=sum(r.raised for r in reports),
        lowered=sum(r.lowered for r in reports),
        label=label,
        before_pairs=tuple(before),
        after_pairs=tuple(after),
    )


def measure_lift(
    assessor: Assessor,
    labelled: list[LabelledItem],
    documents_dir: Path,
    roster: list[RosterStudent],
    entry_types: dict[str, EntryType] | None = None,
    teachers: Mapping[str, str] | None = None,
    classes: Mapping[str, list[RosterStudent]] | None = None,
    *,
    salt: str = "",
    label: str = "",
    teacher_names: Mapping[str, Sequence[str]] | None = None,
) -> LiftReport:
    before: list[Pair] = []
    after: list[Pair] = []
    directions: list[Direction] = []
    per_teacher: list[int] = []
    reviews = corrections = raised = lowered = 0
    teacher_of = _teacher_of(roster, teachers)
    for fold in range(FOLDS):
        taught = [item for item in labelled if fold_of(item.document, salt=salt) != fold]
        measured = [item for item in labelled if fold_of(item.document, salt=salt) == fold]
        if not taught or not measured:
            continue
        replayed = evaluate(
            assessor, taught, documents_dir, roster, entry_types, classes, teacher_names
        )
        reviewed = replayed_reviews(replayed, roster, teachers)
        examples = replayed_examples(replayed, roster, teachers)
        reviews += len(replayed.pairs)
        corrections += sum(not p.correct for p in replayed.pairs)
        raised += sum(p.labelled.rank > p.predicted.rank for p in replayed.pairs)
        lowered += sum(p.labelled.rank < p.predicted.rank for p in replayed.pairs)
        counts: dict[str, int] = {}
        for p in replayed.pairs:
            if p.student_id in teacher_of:
                counts[teacher_of[p.student_id]] = counts.get(teacher_of[p.student_id], 0) + 1
        per_teacher += counts.values()
        plain = evaluate(
            assessor, measured, documents_dir, roster, entry_types, classes, teacher_names
        )
        with_reviews = evaluate(
            WithReviews(assessor, reviewed, examples),
            measured,
            documents_dir,
            roster,
            entry_types,
            classes,
            teacher_names,
        )
        directions.append(
            Direction(
                measured_fold=fold,
                reviews=len(replayed.pairs),
                before=Agreement.of(plain.pairs, len(measured)),
                after=Agreement.of(with_reviews.pairs, len(measured)),
                moves=Moves.of(plain.pairs, with_reviews.pairs),
            )
        )
        before += plain.pairs
        after += with_reviews.pairs
    moves = Moves.of(before, after)
    return LiftReport(
        model=assessor.model,
        reviews=reviews,
        before=Agreement.of(before, len(labelled)),
        after=Agreement.of(after, len(labelled)),
        changed=moves.moved,
        changed_to_agree=moves.to_agreement,
        corrections=corrections,
        changed_away=moves.away,
        teachers=len(per_teacher),
        fewest_reviews=min(per_teacher, default=0),
        most_reviews=max(per_teacher, default=0),
        raised=raised,
        lowered=lowered,
        directions=tuple(directions),
        label=label,
        before_pairs=tuple(before),
        after_pairs=tuple(after),
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


@dataclass(frozen=True)
class LabelledSet:
    """What `flourish eval-lift` reads from a set's folder."""

    items: list[LabelledItem]
    documents: Path
    roster: list[RosterStudent]
    classes: dict[str, list[RosterStudent]]
    entry_types: dict[str, EntryType] | None
    teachers: dict[str, str]
    # Each student's teacher's name, as filing reads their documents with it.
    teacher_names: dict[str, list[str]]

    @classmethod
    def load(cls, folder: Path) -> LabelledSet:
        from flourish.cli import _roster_students, _teacher_names

        labelled_path = folder / "labelled_set.csv"
        if not labelled_path.exists():
            labelled_path = folder / "eval" / "labelled_set.csv"
        roster, classes = _roster_students(folder / "roster" / "students.csv")
        entry_types = None
        truth = folder / "truth.csv"
        if truth.exists():
            from flourish.attribution import load_truth

            entry_types = {t.document: t.entry_type for t in load_truth(truth) if t.entry_type}
        return cls(
            load_labelled_set(labelled_path),
            folder / "documents",
            roster,
            classes,
            entry_types,
            _teachers_of(folder / "roster" / "students.csv"),
            _teacher_names(folder / "roster" / "students.csv"),
        )


# The one teacher every student of a set has under --as-one-teacher.
AUTHOR = "author"


def lift_command(
    evaluation_sets: Annotated[
        list[Path],
        typer.Option(
            "--set",
            exists=True,
            file_okay=False,
            help="An evaluation set folder (roster/, documents/, labelled_set.csv). Give "
            "several to see each and all of them pooled.",
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
    salt: Annotated[
        str,
        typer.Option("--salt", help="Draw another split of the documents into halves."),
    ] = "",
    as_one_teacher: Annotated[
        bool,
        typer.Option(
            "--as-one-teacher",
            help="Replay every review of a set as one teacher's (a set one author labelled), "
            "not split by the roster's classes.",
        ),
    ] = False,
) -> None:
    """Agreement before and after replaying teachers' corrections (offline assessor)."""
    assessor = OfflineAssessor()
    reports = []
    for evaluation_set in evaluation_sets:
        loaded = LabelledSet.load(evaluation_set)
        teachers = dict.fromkeys(loaded.teachers, AUTHOR) if as_one_teacher else loaded.teachers
        report = measure_lift(
            assessor,
            loaded.items,
            loaded.documents,
            loaded.roster,
            loaded.entry_types,
            teachers,
            loaded.classes,
            salt=salt,
            label=evaluation_set.name if len(evaluation_sets) > 1 else "",
            teacher_names=loaded.teacher_names,
        )
        reports.append(report)
        print(report.to_text())
        if fit_calibration_table:
            _print_calibration(loaded)
    if len(reports) > 1:
        print(pooled(reports, f"{len(reports)} sets pooled").to_text())


def _print_calibration(loaded: LabelledSet) -> None:
    bare = OfflineAssessor(dataclasses.replace(indicator_set(), calibration=None))
    pairs = evaluate(
        bare,
        loaded.items,
        loaded.documents,
        loaded.roster,
        loaded.entry_types,
        loaded.classes,
        loaded.teacher_names,
    ).pairs
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
