"""Scoring an assessor against a labelled set: the metrics by hand, the loader, the run."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from domain.assessors.base import AssessmentRequest, AssessorError, AssessorOutput, ProposedItem
from domain.curriculum import Category, Level, Skill
from domain.detection import RosterStudent
from domain.errors import InvalidInput
from domain.evaluation import (
    LabelledItem,
    confusion_matrix,
    evaluate,
    exact_agreement,
    expected_calibration_error,
    load_labelled_set,
    per_level_recall,
    quadratic_weighted_kappa,
    within_one_agreement,
)
from domain.validation import find_verbatim

MOCK = Path(__file__).resolve().parent.parent / "mock_data"
DOCUMENTS = MOCK / "documents"
LABELLED = MOCK / "eval" / "labelled_set.csv"
HEADER = "document,student_id,skill,level,quote\n"


@pytest.fixture(scope="module")
def labelled() -> list[LabelledItem]:
    return load_labelled_set(LABELLED)


@pytest.fixture(scope="module")
def roster() -> list[RosterStudent]:
    with (MOCK / "roster" / "students.csv").open(newline="") as handle:
        return [RosterStudent(row["id"], row["name"], row["id"]) for row in csv.DictReader(handle)]


# --- Metrics ---------------------------------------------------------------------------


def test_agreement_counts_exact_and_neighbouring_levels() -> None:
    labelled = [1, 2, 3, 4]
    predicted = [1, 3, 1, 4]
    assert exact_agreement(labelled, predicted) == 0.5
    assert within_one_agreement(labelled, predicted) == 0.75
    # Levels and ranks are interchangeable.
    assert exact_agreement([Level.EMERGING, Level.ADVANCED], [1, Level.PROFICIENT]) == 0.5


def test_kappa_is_one_for_perfect_agreement() -> None:
    assert quadratic_weighted_kappa([1, 2, 3, 4, 2], [1, 2, 3, 4, 2]) == 1.0


def test_kappa_on_a_hand_computed_example() -> None:
    # labelled [1,2,3,4], predicted [1,2,4,4]; weights w = (i-j)^2 / 9.
    # Observed weighted disagreement: one pair (3,4), w = 1/9, over 4 pairs -> 1/36.
    # Marginals: labelled 1/4 each; predicted 1: 1/4, 2: 1/4, 3: 0, 4: 1/2.
    # Expected = 1/4 x sum over labelled i of sum_j p_j (i-j)^2 / 9
    #          = 1/4 x (4.75 + 2.25 + 1.75 + 3.25) / 9 = 1/4 x 12/9 = 1/3.
    # kappa = 1 - (1/36) / (1/3) = 1 - 1/12 = 11/12.
    assert quadratic_weighted_kappa([1, 2, 3, 4], [1, 2, 4, 4]) == pytest.approx(11 / 12)


def test_kappa_is_negative_for_systematic_disagreement() -> None:
    # Reversed levels: observed (1 + 1/9 + 1/9 + 1) / 4 = 5/9; expected with uniform
    # marginals = sum (i-j)^2 / (16 x 9) = 40/144 = 5/18; kappa = 1 - 2 = -1.
    assert quadratic_weighted_kappa([1, 2, 3, 4], [4, 3, 2, 1]) == pytest.approx(-1.0)
    assert quadratic_weighted_kappa([1, 1, 4, 4], [4, 3, 1, 2]) < 0


def test_kappa_when_chance_disagreement_is_zero() -> None:
    assert quadratic_weighted_kappa([3, 3, 3], [3, 3, 3]) == 1.0


def test_confusion_matrix_and_recall_per_level() -> None:
    labelled = [1, 1, 2, 3, 3, 3]
    predicted = [1, 2, 2, 3, 4, 3]
    assert confusion_matrix(labelled, predicted) == [
        [1, 1, 0, 0],
        [0, 1, 0, 0],
        [0, 0, 2, 1],
        [0, 0, 0, 0],
    ]
    recall = per_level_recall(labelled, predicted)
    assert recall[Level.EMERGING] == 0.5
    assert recall[Level.DEVELOPING] == 1.0
    assert recall[Level.PROFICIENT] == pytest.approx(2 / 3)
    assert recall[Level.ADVANCED] is None


def test_metrics_refuse_empty_or_mismatched_or_out_of_range_input() -> None:
    with pytest.raises(ValueError):
        exact_agreement([], [])
    with pytest.raises(ValueError):
        quadratic_weighted_kappa([1, 2], [1])
    with pytest.raises(ValueError):
        confusion_matrix([0], [5])
    with pytest.raises(ValueError):
        expected_calibration_error([1.2], [True])


def test_ece_of_a_perfectly_calibrated_set_is_zero() -> None:
    # Bin 0.7-0.8: four items at 0.75, three right. Bin 0.5-0.6: two at 0.5, one right.
    confidences = [0.75, 0.75, 0.75, 0.75, 0.5, 0.5]
    correct = [True, True, True, False, True, False]
    assert expected_calibration_error(confidences, correct) == pytest.approx(0.0)


def test_ece_of_a_miscalibrated_set() -> None:
    # Bin 0.9: accuracy 1/2 vs confidence 0.9 -> 0.4, half the items -> 0.2.
    # Bin 0.2: accuracy 0 vs confidence 0.2 -> 0.2, half the items -> 0.1. ECE = 0.3.
    confidences = [0.9, 0.9, 0.2, 0.2]
    correct = [True, False, False, False]
    assert expected_calibration_error(confidences, correct) == pytest.approx(0.3)
    # Always sure, right half the time.
    assert expected_calibration_error([1.0] * 4, [True, False] * 2) == pytest.approx(0.5)
    # One bin: only the overall gap counts.
    assert expected_calibration_error([0.9, 0.1], [True, True], bins=1) == pytest.approx(0.5)


# --- The labelled set ------------------------------------------------------------------


def test_the_mock_labelled_set_loads(labelled: list[LabelledItem]) -> None:
    assert len(labelled) == 127
    counts = {level: sum(item.level is level for item in labelled) for level in Level}
    assert counts == {
        Level.EMERGING: 18,
        Level.DEVELOPING: 32,
        Level.PROFICIENT: 51,
        Level.ADVANCED: 26,
    }
    assert {item.skill for item in labelled} == set(Skill)
    assert labelled[0].line == 2


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "set.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_any_csv_with_the_header_loads(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "quote,level,skill,student_id,document\n"
        '"I made a plan, then I kept it",p,planning and prioritization,S0042,x.md\n',
    )
    [item] = load_labelled_set(path)
    assert item.skill is Skill.PLANNING_PRIORITIZATION
    assert item.level is Level.PROFICIENT
    assert (item.student_id, item.document) == ("S0042", "x.md")


def test_bad_rows_are_all_reported_with_their_line(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        HEADER
        + "a.md,S001,Communication,Proficient,I said it clearly to everyone\n"
        + "a.md,S001,Juggling,Proficient,a quote\n"
        + 'a.md,S001,Communication,"Very\ngood",a quote\n'
        + "a.md,X1,Collaboration,Advanced,a quote\n"
        + "a.md,S001,Organization,Developing,  \n"
        + "a.md,S001,Communication,Advanced,again the same skill\n"
        + "a.md,S001,Organization\n",
    )
    with pytest.raises(InvalidInput) as raised:
        load_labelled_set(path)
    message = str(raised.value)
    assert "line 3: unknown skill 'Juggling'" in message
    assert "line 4: unknown level" in message
    assert "line 6: student id 'X1'" in message
    assert "line 7: no quote" in message
    assert "line 8:" in message and "already labelled on line 2" in message
    assert "line 9: 3 fields" in message
    assert "line 2:" not in message.replace("on line 2", "")


def test_a_wrong_header_or_no_rows_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="line 1: the header"):
        load_labelled_set(_write(tmp_path, "document,student,skill,level,quote\n"))
    with pytest.raises(InvalidInput, match="no labelled rows"):
        load_labelled_set(_write(tmp_path, HEADER))
    with pytest.raises(InvalidInput, match="no such file"):
        load_labelled_set(tmp_path / "missing.csv")


# --- Running an assessor ---------------------------------------------------------------


class OracleAssessor:
    """Answers with the labelled level and quote, for SEL skills only."""

    def __init__(self, labelled: list[LabelledItem]) -> None:
        self.labelled = labelled
        self.requests: list[AssessmentRequest] = []

    @property
    def model(self) -> str:
        return "oracle-test"

    def assess(self, request: AssessmentRequest) -> AssessorOutput:
        self.requests.append(request)
        items = [
            ProposedItem(
                skill=item.skill.value,
                level=item.level.value,
                evidence_quote=item.quote,
                justification="As labelled.",
                stated_confidence=0.9,
            )
            for item in self.labelled
            if item.student_id == request.student_id
            and item.skill.category is Category.SEL
            and find_verbatim(item.quote, request.own_text) is not None
        ]
        return AssessorOutput(items=items, model=self.model)


class InventingAssessor:
    """Names every skill with a level, and quotes words nobody wrote."""

    model = "inventor-test"

    def assess(self, request: AssessmentRequest) -> AssessorOutput:
        items = [
            ProposedItem(
                skill=skill.value,
                level="Proficient",
                evidence_quote="These words were never written by anyone at all",
                justification="Made up.",
            )
            for skill in Skill
        ]
        return AssessorOutput(items=items, model=self.model)


class FailingAssessor:
    model = "down-test"

    def __init__(self, every: int = 1) -> None:
        self.every = every

    def assess(self, request: AssessmentRequest) -> AssessorOutput:
        if request.entry_id % self.every == 0:
            raise AssessorError("the server did not answer")
        return AssessorOutput(items=[], model=self.model)


def test_an_assessor_that_agrees_scores_full_agreement_on_what_it_covers(
    labelled: list[LabelledItem], roster: list[RosterStudent]
) -> None:
    assessor = OracleAssessor(labelled)
    report = evaluate(assessor, labelled, DOCUMENTS, roster)

    sel = [item for item in labelled if item.skill.category is Category.SEL]
    assert report.model == "oracle-test"
    assert report.groups == len({(item.document, item.student_id) for item in labelled})
    assert report.failures == []
    assert report.covered == len(sel)
    assert report.not_covered == len(labelled) - len(sel)
    assert report.coverage is not None and 0 < report.coverage < 1
    assert report.exact_agreement == 1.0
    assert report.within_one_agreement == 1.0
    assert report.quadratic_weighted_kappa == 1.0
    assert report.quotes_verified == 1.0
    assert report.dropped_items == 0
    assert report.expected_calibration_error is not None
    matrix = report.confusion_matrix
    assert sum(map(sum, matrix)) == len(sel)
    assert all(matrix[i][j] == 0 for i in range(4) for j in range(4) if i != j)

    # Each request is what filing would give: the student's own words, the whole document.
    assert [request.entry_id for request in assessor.requests] == list(range(1, report.groups + 1))
    transcript = next(r for r in assessor.requests if r.entry_type.is_transcript)
    assert transcript.own_text != transcript.context
    assert assessor.requests[0].names == {
        "Eva": "S001",
        "Lucas": "S002",
        "Pat": "S003",
        "Mia": "S004",
    }

    text = report.to_text()
    assert "Exact agreement" in text and "1.000" in text
    assert f"{len(sel)} of {len(labelled)} labelled items" in text
    assert "Advanced" in text and "Recall per labelled level" in text
    markdown = report.to_markdown()
    assert markdown.startswith("### oracle-test")
    assert "| Exact agreement | 1.000 |" in markdown


def test_invented_quotes_are_never_covered(
    labelled: list[LabelledItem], roster: list[RosterStudent]
) -> None:
    report = evaluate(InventingAssessor(), labelled, DOCUMENTS, roster)
    assert report.proposed_items == report.groups * len(Skill)
    assert report.valid_items == 0
    assert report.quotes_verified == 0.0
    assert report.coverage == 0.0
    assert report.pairs == []
    assert report.exact_agreement is None and report.quadratic_weighted_kappa is None
    assert report.dropped_reasons == {
        "the quote is not in the student's own words": report.proposed_items
    }
    assert "n/a" in report.to_text()
    assert "n/a" in report.to_markdown()


def test_assessor_errors_fail_their_group_only(
    labelled: list[LabelledItem], roster: list[RosterStudent]
) -> None:
    report = evaluate(FailingAssessor(), labelled, DOCUMENTS, roster)
    assert len(report.failures) == report.groups
    assert {failure.stage for failure in report.failures} == {"assessor"}
    assert report.failures[0].reason == "the server did not answer"
    assert sum(failure.labelled_items for failure in report.failures) == len(labelled)
    assert report.coverage == 0.0 and report.quotes_verified is None
    assert "the server did not answer" in report.to_text()

    half = evaluate(FailingAssessor(every=2), labelled, DOCUMENTS, roster)
    assert len(half.failures) == half.groups // 2
    assert half.not_covered == len(labelled)


def test_a_missing_or_unattributable_document_fails_its_group(
    tmp_path: Path, roster: list[RosterStudent]
) -> None:
    (tmp_path / "S001_reflection_2025-09-01.md").write_text(
        "Student: Eva (S001)\nType: Reflection journal\n---\nI planned my week and kept it.\n"
    )
    items = [
        LabelledItem("gone.md", "S001", Skill.ORGANIZATION, Level.PROFICIENT, "a quote here"),
        LabelledItem(
            "S001_reflection_2025-09-01.md",
            "S009",
            Skill.ORGANIZATION,
            Level.PROFICIENT,
            "I planned my week",
        ),
        LabelledItem(
            "S001_reflection_2025-09-01.md",
            "S001",
            Skill.SELF_MANAGEMENT,
            Level.DEVELOPING,
            "I planned my week",
        ),
    ]
    report = evaluate(OracleAssessor(items), items, tmp_path, roster)
    assert [(f.document, f.student_id, f.stage) for f in report.failures] == [
        ("gone.md", "S001", "document"),
        ("S001_reflection_2025-09-01.md", "S009", "document"),
    ]
    assert "S009" in report.failures[1].reason
    assert report.covered == 1 and report.not_covered == 2
    assert report.pairs[0].predicted is Level.DEVELOPING


def test_a_document_is_read_against_the_students_classmates_not_the_whole_set(
    tmp_path: Path,
) -> None:
    # Two classes each have a Malik: filing reads a transcript against the uploading
    # teacher's students, so one Malik is unambiguous there; against the whole set neither is.
    (tmp_path / "seminar.txt").write_text(
        "Seminar notes, Mr. Ortiz\n\n"
        "Malik: I changed my claim after Rosa showed me the second source.\n"
        "Rosa: I kept mine but I added a counterargument.\n"
    )
    mine = [
        RosterStudent("S101", "Malik Johnson", "S101"),
        RosterStudent("S102", "Rosa Diaz", "S102"),
    ]
    other = [RosterStudent("S201", "Malik Ahmed", "S201")]
    items = [
        LabelledItem(
            "seminar.txt",
            "S101",
            Skill.SELF_AWARENESS,
            Level.PROFICIENT,
            "I changed my claim after Rosa showed me the second source.",
        )
    ]
    whole_set = evaluate(OracleAssessor(items), items, tmp_path, mine + other)
    by_class = evaluate(
        OracleAssessor(items),
        items,
        tmp_path,
        mine + other,
        classes={"S101": mine, "S102": mine, "S201": other},
    )
    assert [f.student_id for f in whole_set.failures] == ["S101"]
    assert by_class.failures == [] and by_class.covered == 1


def test_a_document_is_read_with_its_teachers_name_as_filing_reads_it(tmp_path: Path) -> None:
    # "Ms. Ortiz's comment:" is the teacher's line only to a reader who knows the teacher is
    # Ms. Ortiz; filing knows it, so the eval must too, or the student is scored on it.
    (tmp_path / "journal.md").write_text(
        "## Spring reflection\n\n"
        "**Name:** Malik Johnson\n**Date:** Tue 4/21\n\n"
        "**What is still hard?**\n\n"
        "I still talk over people when I get excited.\n\n"
        "**Ms. Ortiz's comment:** Keep working on letting others finish first.\n"
    )
    roster = [RosterStudent("S101", "Malik Johnson", "S101")]
    items = [
        LabelledItem(
            "journal.md",
            "S101",
            Skill.SELF_AWARENESS,
            Level.DEVELOPING,
            "I still talk over people when I get excited.",
        )
    ]
    unnamed, named = OracleAssessor(items), OracleAssessor(items)
    evaluate(unnamed, items, tmp_path, roster)
    evaluate(named, items, tmp_path, roster, teacher_names={"S101": ["Elena Ortiz"]})
    assert "letting others finish" in unnamed.requests[0].own_text
    assert "letting others finish" not in named.requests[0].own_text
    assert "I still talk over people" in named.requests[0].own_text


def test_a_sets_teacher_names_come_from_the_teachers_file_beside_its_students(
    tmp_path: Path,
) -> None:
    from flourish.cli import _teacher_names

    students = tmp_path / "students.csv"
    students.write_text("id,name,grade,teacher_id\nS101,Malik Johnson,7,T1\nS102,Rosa Diaz,7,T9\n")
    assert _teacher_names(students) == {}
    (tmp_path / "teachers.csv").write_text("id,name,email,slack_user_id\nT1,Elena Ortiz,e@x,U1\n")
    # A student whose teacher is not in the file is read as before: with no teacher's name.
    assert _teacher_names(students) == {"S101": ["Elena Ortiz"]}
