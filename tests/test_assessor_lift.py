"""`flourish eval-lift` and the confidence calibration, on a tiny labelled set the test
writes: a teacher who reads every "binder after a reminder" entry one level higher than the
offline assessor does."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from domain.assessors.offline import ConfidenceCalibration, OfflineAssessor
from domain.curriculum import EntryType, Level, Skill
from domain.detection import RosterStudent
from domain.evaluation import Pair, evaluate, expected_calibration_error, load_labelled_set
from flourish.assessor_lift import calibrated_ece, fit_calibration, fold_of, measure_lift

ROOT = Path(__file__).resolve().parent.parent
ROSTER = [RosterStudent("S001", "Eva", "S001"), RosterStudent("S002", "Lucas", "S002")]
QUOTE = "I keep my binder in order most days after my teacher reminded me to check it."


def write_set(folder: Path, documents: int = 8) -> list[str]:
    (folder / "documents").mkdir(parents=True)
    (folder / "roster").mkdir()
    (folder / "roster" / "students.csv").write_text(
        "id,name,grade,teacher_id\nS001,Eva,7,T001\nS002,Lucas,7,T001\n", encoding="utf-8"
    )
    names = []
    rows = ["document,student_id,skill,level,quote"]
    for day in range(1, documents + 1):
        student, name = ("S001", "Eva") if day % 2 else ("S002", "Lucas")
        file_name = f"{student}_reflection_2025-10-{day:02d}.md"
        (folder / "documents" / file_name).write_text(
            f"Student: {name} ({student})\nDate: 2025-10-{day:02d}\nType: Reflection journal\n"
            f"---\n{QUOTE}\n",
            encoding="utf-8",
        )
        rows.append(f'{file_name},{student},Organization,Proficient,"{QUOTE}"')
        names.append(file_name)
    (folder / "labelled_set.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return names


def test_replayed_corrections_lift_agreement_on_the_other_half(tmp_path: Path) -> None:
    names = write_set(tmp_path)
    assert {fold_of(name) for name in names} == {0, 1}
    items = load_labelled_set(tmp_path / "labelled_set.csv")
    report = measure_lift(OfflineAssessor(), items, tmp_path / "documents", ROSTER)
    # Without the teacher's reviews the assessor says Developing every time.
    assert report.before.pairs == len(names)
    assert report.before.exact == 0.0
    assert report.after.pairs == len(names)
    assert report.after.exact == 1.0
    assert report.changed == report.changed_to_agree == len(names)
    assert "before" in report.to_text() and "after" in report.to_text()


def test_the_lift_command_prints_before_and_after(tmp_path: Path) -> None:
    write_set(tmp_path)
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'unused.db'}"}
    done = subprocess.run(
        [sys.executable, "-m", "flourish.cli", "eval-lift", "--set", str(tmp_path),
         "--fit-calibration"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    before = next(line for line in lines if line.strip().startswith("before"))
    after = next(line for line in lines if line.strip().startswith("after"))
    assert "0.000" in before and "1.000" in after
    assert "[calibration]" in done.stdout and "ECE" in done.stdout


def test_fitted_calibration_rises_and_lowers_the_error_it_was_fitted_on() -> None:
    confidences = [0.30, 0.32, 0.35, 0.40, 0.42, 0.45, 0.50, 0.52, 0.55, 0.58]
    correct = [False, False, True, False, True, True, True, False, True, True]
    table = fit_calibration(confidences, correct, abstain_below=0.3)
    assert list(table.probabilities) == sorted(table.probabilities)
    assert all(0 < p < 1 for p in table.probabilities)
    calibrated = [table.probability(c) for c in confidences]
    assert expected_calibration_error(calibrated, correct) < expected_calibration_error(
        confidences, correct
    )


def test_cross_fitted_ece_scores_each_half_with_the_other_halfs_table() -> None:
    def pair(document: str, confidence: float, right: bool) -> Pair:
        level = Level.PROFICIENT
        return Pair(document, "S001", Skill.ORGANIZATION, level,
                    level if right else Level.DEVELOPING, confidence)  # fmt: skip

    names = [f"doc_{n:02d}.md" for n in range(20)]
    # Each document once right and once wrong at 0.9: half agree in either fold.
    pairs = [pair(name, 0.9, right) for name in names for right in (True, False)]
    raw, after, scored = calibrated_ece(pairs, lambda some: fit_calibration(
        [p.confidence for p in some], [p.correct for p in some], abstain_below=0.0))  # fmt: skip
    assert scored == len(pairs)
    assert round(raw, 3) == 0.4
    assert after < 0.05


def test_calibration_abstains_on_weak_items_and_the_report_keeps_ece(tmp_path: Path) -> None:
    write_set(tmp_path, documents=2)
    items = load_labelled_set(tmp_path / "labelled_set.csv")
    shipped = OfflineAssessor()
    report = evaluate(shipped, items, tmp_path / "documents", ROSTER)
    assert report.expected_calibration_error is not None
    assert any(row[0] == "Calibration error (ECE)" for row in report.headline())
    calibration = shipped._set.calibration
    assert calibration is not None
    # The stored confidence is the table's agreement rate for the item.
    assert {round(p.confidence, 2) for p in report.pairs} <= {
        round(p, 2) for p in calibration.probabilities
    }
    # A table that finds such items rarely right makes the assessor abstain on them.
    strict = ConfidenceCalibration(edges=(1.0,), probabilities=(0.2,), abstain_below=0.3)
    from dataclasses import replace

    abstaining = OfflineAssessor(replace(shipped._set, calibration=strict))
    text = f"Student: Eva (S001)\nDate: 2025-10-01\n---\n{QUOTE}\n"
    from domain.assessors.base import AssessmentRequest

    request = AssessmentRequest(1, "S001", EntryType.REFLECTION_JOURNAL, text, text)
    assert shipped.assess(request).items
    assert abstaining.assess(request).items == []
