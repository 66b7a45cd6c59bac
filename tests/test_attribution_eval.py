"""The attribution evaluation files each document as an upload would, and counts right,
asked and wrong-student filings against the set's truth."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from flourish.attribution import evaluate_attribution

TEACHERS = "id,name,email,slack_user_id\nT001,Ms. Rodriguez,r@school.example,\n"
STUDENTS = "id,name,grade,teacher_id\nS001,Eva,7,T001\nS002,Lucas,7,T001\n"


def _set(root: Path, documents: dict[str, str], truth: list[str], labelled: list[str]) -> Path:
    (root / "roster").mkdir(parents=True)
    (root / "roster" / "teachers.csv").write_text(TEACHERS)
    (root / "roster" / "students.csv").write_text(STUDENTS)
    (root / "documents").mkdir()
    for name, text in documents.items():
        (root / "documents" / name).write_text(text)
    (root / "truth.csv").write_text(
        "document,student_id,entry_type,entry_date,notes\n" + "\n".join(truth) + "\n"
    )
    (root / "labelled_set.csv").write_text(
        "document,student_id,skill,level,quote\n" + "\n".join(labelled) + "\n"
    )
    return root


def test_right_asked_and_wrong_filings_are_counted(tmp_path: Path) -> None:
    folder = _set(
        tmp_path,
        {
            "S001_reflection_2025-09-12.md": "I planned my week before I started.\n",
            # Says nothing of whose it is: the picker asks.
            "notes.txt": "Worked quietly on the poster.\n",
            # Filed for Eva by its name, though the truth says it is Lucas's: a wrong filing.
            "S001_observation_2025-09-15.txt": "Lucas helped a classmate find the page.\n",
        },
        [
            "S001_reflection_2025-09-12.md,S001,reflection_journal,2025-09-12,",
            "notes.txt,S002,teacher_observation_note,2025-09-13,",
            "S001_observation_2025-09-15.txt,S002,teacher_observation_note,2025-09-15,",
        ],
        [
            "S001_reflection_2025-09-12.md,S001,Planning & Prioritization,Proficient,"
            "I planned my week",
            "S001_reflection_2025-09-12.md,S001,Organization,Developing,not in the text",
        ],
    )
    report = evaluate_attribution(folder, today=date(2025, 12, 31))
    assert report.filed_right == 1
    assert report.asked == 1
    assert report.wrong_students == [("S001_observation_2025-09-15.txt", "S001")]
    assert report.quotes_in_own_text == (1, 2)
    text = report.to_text()
    assert "1/3" in text and "wrong student: S001_observation_2025-09-15.txt -> S001" in text
    assert "quote outside the span" not in text
    # Asked for, the miss is listed by document, student and the quote's first words.
    assert report.quotes_outside_own_text == [
        ("S001_reflection_2025-09-12.md", "S001", "not in the text")
    ]
    listed = report.to_text(quote_misses=True)
    assert "quote outside the span: S001_reflection_2025-09-12.md S001: not in the text" in listed


def test_the_assessor_is_scored_with_the_kind_the_truth_gives(tmp_path: Path) -> None:
    """A document whose kind cannot be detected still has its assessor scored when the
    set's truth says what it is: agreement measures the assessor, not the detection."""
    from domain.assessors.offline import OfflineAssessor
    from domain.curriculum import EntryType, Level, Skill
    from domain.detection import RosterStudent
    from domain.evaluation import LabelledItem, evaluate

    (tmp_path / "scan.txt").write_text(
        "Eva: I made a checklist and started my essay right away without being reminded.\n"
    )
    roster = [RosterStudent("S001", "Eva", "S001")]
    items = [
        LabelledItem(
            "scan.txt", "S001", Skill.TASK_INITIATION, Level.PROFICIENT, "started my essay"
        )
    ]
    without = evaluate(OfflineAssessor(), items, tmp_path, roster)
    given = evaluate(
        OfflineAssessor(),
        items,
        tmp_path,
        roster,
        {"scan.txt": EntryType.REFLECTION_JOURNAL},
    )
    assert [f.stage for f in without.failures] == ["document"]
    assert given.failures == []


def test_a_set_is_filed_after_its_last_entry_and_an_ask_row_is_for_nobody(tmp_path: Path) -> None:
    folder = _set(
        tmp_path,
        {
            # No year: a set from the spring term is read in that spring, not the year before.
            "journal.md": "Reflection journal - Eva - Mar 10\n\nI planned my week first.\n",
            "note.txt": "Observation\n\nWorked quietly on the poster.\n",
        },
        [
            "journal.md,S001,reflection_journal,2026-03-10,",
            "note.txt,ASK,teacher_observation_note,2026-03-12,no name in it",
        ],
        [],
    )
    report = evaluate_attribution(folder)
    assert report.filed_right == 1
    assert len(report.rows) == 1  # the ASK row is no student's
    assert report.asked == 1 and report.wrong_students == []


def test_a_day_first_school_is_scored_in_its_own_date_order(tmp_path: Path) -> None:
    folder = _set(
        tmp_path,
        {"S001_reflection.md": "Reflection, 03/04/2026\n\nI planned my week before I started.\n"},
        ["S001_reflection.md,S001,reflection_journal,2026-04-03,"],
        [],
    )
    assert evaluate_attribution(folder, today=date(2026, 6, 1)).filed_right == 0
    day_first = evaluate_attribution(folder, today=date(2026, 6, 1), date_order="dmy")
    assert day_first.filed_right == 1
