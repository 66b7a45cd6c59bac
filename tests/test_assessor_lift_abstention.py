"""`flourish eval-lift --fit-calibration` says what abstaining does to agreement, scored on
documents the table was not fitted on; the lift report says how many replayed reviews
were corrections, so "0 levels moved" can be read against what there was to learn."""

from __future__ import annotations

from pathlib import Path

from domain.assessors.offline import ConfidenceCalibration, OfflineAssessor
from domain.curriculum import Level, Skill
from domain.evaluation import Pair, load_labelled_set
from flourish.assessor_lift import (
    cross_fitted_abstention,
    fit_calibration,
    fold_of,
    measure_lift,
)
from tests.test_assessor_lift import ROSTER, write_set


def pair(document: str, confidence: float, right: bool) -> Pair:
    wrong = Level.DEVELOPING
    return Pair(
        document, "S001", Skill.ORGANIZATION, Level.PROFICIENT,
        Level.PROFICIENT if right else wrong, confidence,
    )  # fmt: skip


def fit(some: list[Pair]) -> ConfidenceCalibration:
    return fit_calibration(
        [p.confidence for p in some], [p.correct for p in some], abstain_below=0.5
    )


def test_abstaining_keeps_the_confident_pairs_of_each_fold_by_the_other_folds_table() -> None:
    names = [f"doc_{n:02d}.md" for n in range(20)]
    assert {fold_of(name) for name in names} == {0, 1}
    # Low confidence is always wrong, high always right, in every document.
    pairs = [pair(name, 0.2, False) for name in names] + [pair(name, 0.8, True) for name in names]
    result = cross_fitted_abstention(pairs, fit, 0.5)
    assert result.before.pairs == 40 and result.before.exact == 0.5
    assert result.kept.pairs == 20 and result.kept.exact == 1.0


def test_the_lift_report_counts_the_corrections_it_replayed(tmp_path: Path) -> None:
    write_set(tmp_path)
    items = load_labelled_set(tmp_path / "labelled_set.csv")
    report = measure_lift(OfflineAssessor(), items, tmp_path / "documents", ROSTER)
    # Every replayed review corrects Developing to Proficient.
    assert report.corrections == report.reviews > 0
    assert f"{report.corrections} of them corrections" in report.to_text()
