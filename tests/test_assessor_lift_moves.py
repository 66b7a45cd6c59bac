"""`flourish eval-lift` says which way the reviews moved levels (to the teacher's level, or
away from a level that agreed), for each half and for several sets pooled; it can replay a
set one author labelled as that one teacher's reviews, and draw another split.

The sets are written here, through the real assessor and the real learning from
validations: a reflection the offline assessor reads as Developing ("after my teacher
reminded me"), which the teacher labels Proficient on some documents.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from domain.assessors.offline import OfflineAssessor
from domain.detection import RosterStudent
from domain.evaluation import load_labelled_set
from flourish.assessor_lift import LiftReport, fold_of, measure_lift, pooled

ROOT = Path(__file__).resolve().parent.parent
QUOTE = "I keep my binder in order most days after my teacher reminded me to check it."
ROSTER = [RosterStudent("S001", "Eva", "S001"), RosterStudent("S002", "Lucas", "S002")]


def write_set(
    folder: Path, labels: dict[int, str], *, per_fold: int, teachers: tuple[str, str]
) -> list[str]:
    """`per_fold` documents in each half, half of them Eva's and half Lucas's; a document
    in half h is labelled `labels[h]`. Eva's teacher is teachers[0], Lucas's teachers[1]."""
    (folder / "documents").mkdir(parents=True)
    (folder / "roster").mkdir()
    (folder / "roster" / "students.csv").write_text(
        f"id,name,grade,teacher_id\nS001,Eva,7,{teachers[0]}\nS002,Lucas,7,{teachers[1]}\n",
        encoding="utf-8",
    )
    rows = ["document,student_id,skill,level,quote"]
    names: list[str] = []
    taken: dict[tuple[int, str], int] = {}
    day = 0
    while len(names) < 2 * per_fold:
        day += 1
        student, name = ("S001", "Eva") if day % 2 else ("S002", "Lucas")
        file_name = f"{student}_reflection_2025-{10 + day // 28:02d}-{day % 28 + 1:02d}.md"
        half = fold_of(file_name)
        if taken.get((half, student), 0) >= per_fold // 2:
            continue
        taken[(half, student)] = taken.get((half, student), 0) + 1
        (folder / "documents" / file_name).write_text(
            f"Student: {name} ({student})\nType: Reflection journal\n---\n{QUOTE}\n",
            encoding="utf-8",
        )
        rows.append(f'{file_name},{student},Organization,{labels[half]},"{QUOTE}"')
        names.append(file_name)
    (folder / "labelled_set.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return names


def lift(folder: Path, salt: str = "") -> LiftReport:
    items = load_labelled_set(folder / "labelled_set.csv")
    return measure_lift(OfflineAssessor(), items, folder / "documents", ROSTER, salt=salt)


def test_levels_moved_away_from_agreement_are_counted_apart(tmp_path: Path) -> None:
    # Half 0's teacher raises the assessor's Developing four times; on half 1 they agree
    # with it. Half 1, taught by half 0's corrections, is moved away from agreement.
    write_set(tmp_path, {0: "Proficient", 1: "Developing"}, per_fold=4, teachers=("T1", "T1"))
    report = lift(tmp_path)
    assert report.before.pairs == report.after.pairs == 8
    assert (report.changed, report.changed_to_agree, report.changed_away) == (4, 0, 4)
    assert report.before.exact == 0.5 and report.after.exact == 0.0
    assert (report.raised, report.lowered) == (4, 0)
    halves = {each.measured_fold: each for each in report.directions}
    assert halves[1].moves.away == 4 and halves[1].before.exact == 1.0
    assert halves[0].moves.moved == 0
    text = report.to_text()
    assert "n = 8: 4 levels moved by the reviews, 0 of them now agree with the teacher, " in text
    assert "4 agreed before (moved away)" in text
    assert "half 1 taught by the other" in text


def test_sets_pool_into_one_report(tmp_path: Path) -> None:
    write_set(tmp_path / "a", {0: "Proficient", 1: "Developing"}, per_fold=4, teachers=("T1",) * 2)
    write_set(tmp_path / "b", {0: "Proficient", 1: "Proficient"}, per_fold=4, teachers=("T1",) * 2)
    both = pooled([lift(tmp_path / "a"), lift(tmp_path / "b")])
    assert both.after.pairs == 16
    # Set b: every level moves to the teacher's; set a: half 1 moves away.
    assert (both.changed, both.changed_to_agree, both.changed_away) == (12, 8, 4)
    assert both.before.exact == 4 / 16 and both.after.exact == 8 / 16


def test_another_salt_is_another_split_that_still_scores_every_item_once(
    tmp_path: Path,
) -> None:
    names = write_set(
        tmp_path, {0: "Proficient", 1: "Proficient"}, per_fold=6, teachers=("T1",) * 2
    )
    assert [fold_of(n, salt="x") for n in names] != [fold_of(n) for n in names]
    report = lift(tmp_path, salt="x")
    assert report.after.pairs == len(names)
    assert sum(each.after.pairs for each in report.directions) == len(names)


def run_lift(*args: str, tmp_path: Path) -> str:
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'unused.db'}"}
    done = subprocess.run(
        [sys.executable, "-m", "flourish.cli", "eval-lift", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_a_set_one_author_labelled_can_be_replayed_as_one_teachers_reviews(
    tmp_path: Path,
) -> None:
    # Two roster teachers, one correction each in a half: too few for either to move a
    # level; as one teacher (the set's author) the two corrections of one cue move it.
    write_set(tmp_path / "s", {0: "Proficient", 1: "Proficient"}, per_fold=2, teachers=("T1", "T2"))
    write_set(tmp_path / "t", {0: "Proficient", 1: "Proficient"}, per_fold=2, teachers=("T1", "T2"))
    sets = ["--set", str(tmp_path / "s"), "--set", str(tmp_path / "t")]
    by_roster = run_lift(*sets, tmp_path=tmp_path)
    assert "n = 4: 0 levels moved" in by_roster
    assert "2 sets pooled" in by_roster and "n = 8: 0 levels moved" in by_roster
    as_one = run_lift(*sets, "--as-one-teacher", tmp_path=tmp_path)
    assert "n = 4: 4 levels moved by the reviews, 4 of them now agree" in as_one
    assert "n = 8: 8 levels moved" in as_one
