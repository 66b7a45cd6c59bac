"""Every rule the schema promises is enforced by the DATABASE, on SQLite and PostgreSQL.

Each rejection test builds a valid row with a helper below and breaks exactly one thing;
each family also has a positive control proving the helper's valid row IS accepted, so no
rejection test can pass because the base row was already invalid.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import delete, select, text
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from domain.curriculum import Category, EntryType, Level, Skill
from domain.ids import MAX_DIGITS, MIN_DIGITS
from domain.models import (
    Assessment,
    Badge,
    Base,
    DataEntry,
    DigestDelivery,
    Enrollment,
    School,
    SchoolClass,
    SkillTarget,
    Student,
    Teacher,
    TeacherCorrection,
)

NOW = datetime(2026, 1, 5, 15, 30, tzinfo=UTC)
DAY = date(2026, 1, 5)

# Strings a "not blank" rule must refuse: tabs and newlines are whitespace too, so
# whitespace-only text is blank. Content (the text assessed) gets every kind; other
# not-blank columns get one non-space case each, which is enough to show the rule.
WHITESPACE_ONLY = ["", " ", "   ", "\t", "\n", " \r\n\t "]
BLANKS = ["", "   ", "\t\n"]


# --- builders: a valid row of each kind, with any column overridden ------------------------


def make_teacher(**overrides: Any) -> Teacher:
    return Teacher(**({"id": "T001", "name": "Ms Rivera"} | overrides))


def make_student(**overrides: Any) -> Student:
    return Student(**({"id": "S001", "name": "Ada", "grade": 7, "school_id": "north"} | overrides))


def make_school(school_id: str = "north") -> School:
    return School(id=school_id, name=f"{school_id.title()} Middle")


def make_entry(**overrides: Any) -> DataEntry:
    values: dict[str, Any] = {
        "student_id": "S001",
        "teacher_id": "T001",
        "entry_type": EntryType.REFLECTION_JOURNAL.value,
        "entry_date": DAY,
        "content": "I got frustrated, so I took a breath and asked for help.",
        "source_kind": "file",
        "source_ref": "sha256:" + "a" * 64,
        "entry_metadata": {"header": {"title": "Week 1"}},
        "status": "pending",
        "attempts": 0,
    }
    return DataEntry(**(values | overrides))


def make_assessment(entry: DataEntry, **overrides: Any) -> Assessment:
    values: dict[str, Any] = {
        "entry_id": entry.id,
        "student_id": entry.student_id,
        "skill": Skill.SELF_MANAGEMENT.value,
        "category": Category.SEL.value,
        "level": Level.DEVELOPING.value,
        "confidence": 0.8,
        "evidence_quote": "I took a breath and asked for help",
        "justification": "Names a strategy and uses it unprompted.",
        "model": "test-model",
        "rubric_version": "1.0",
        "observed_on": entry.entry_date,
        "review_state": "pending",
        "reviewed_at": None,
    }
    return Assessment(**(values | overrides))


def make_correction(assessment: Assessment, **overrides: Any) -> TeacherCorrection:
    values: dict[str, Any] = {
        "assessment_id": assessment.id,
        "teacher_id": "T001",
        "original_level": Level.DEVELOPING.value,
        "corrected_level": Level.PROFICIENT.value,
        "justification": "She does this every week without a prompt.",
    }
    return TeacherCorrection(**(values | overrides))


def make_target(**overrides: Any) -> SkillTarget:
    values: dict[str, Any] = {
        "student_id": "S001",
        "skill": Skill.COLLABORATION.value,
        "starting_level": Level.DEVELOPING.value,
        "target_level": Level.PROFICIENT.value,
        "status": "active",
        "assigned_by": "T001",
        "completed_at": None,
    }
    return SkillTarget(**(values | overrides))


def make_badge(**overrides: Any) -> Badge:
    values: dict[str, Any] = {
        "student_id": "S001",
        "skill": Skill.COLLABORATION.value,
        "level": Level.DEVELOPING.value,
    }
    return Badge(**(values | overrides))


def make_delivery(**overrides: Any) -> DigestDelivery:
    values: dict[str, Any] = {"teacher_id": "T001", "week_start": DAY, "status": "pending"}
    return DigestDelivery(**(values | overrides))


# --- assertions ------------------------------------------------------------------------------


def assert_rejected(session: Session, *rows: Base) -> None:
    """The database refuses the rows (IntegrityError on flush); the session is rolled back."""
    session.add_all(rows)
    try:
        with pytest.raises(IntegrityError):
            session.flush()
    finally:
        session.rollback()


def assert_accepted(session: Session, *rows: Base) -> None:
    """The database stores the rows: committed without error."""
    session.add_all(rows)
    session.commit()


def count(session: Session, table: str, where: str = "") -> int:
    """Rows in `table`, by plain SQL, so no ORM state can colour the answer."""
    sql = f"SELECT count(*) FROM {table}" + (f" WHERE {where}" if where else "")
    return session.execute(text(sql)).scalar_one()


# --- fixtures --------------------------------------------------------------------------------


@pytest.fixture
def roster(session: Session) -> None:
    """Teacher T001 with students S001 and S002, committed."""
    session.add_all([make_teacher(), make_school()])
    session.flush()
    session.add_all([make_student(), make_student(id="S002", name="Ben")])
    session.commit()


@pytest.fixture
def entry(session: Session, roster: None) -> DataEntry:
    """One committed entry for S001."""
    row = make_entry()
    session.add(row)
    session.commit()
    return row


@pytest.fixture
def assessment(session: Session, entry: DataEntry) -> Assessment:
    """One committed, pending assessment on `entry`."""
    row = make_assessment(entry)
    session.add(row)
    session.commit()
    return row


# --- teachers and students -------------------------------------------------------------------


def _valid_ids(prefix: str) -> list[str]:
    """Ids at every allowed length: 000 and 999 at the shortest, then 0001, 00001, ..."""
    ids = [prefix + "0" * MIN_DIGITS, prefix + "9" * MIN_DIGITS]
    ids += [prefix + "0" * (n - 1) + "1" for n in range(MIN_DIGITS + 1, MAX_DIGITS + 1)]
    return ids


def _bad_ids(prefix: str) -> list[str]:
    """Ids that fit the column but break the format: wrong prefix, case, length or a non-digit."""
    other = "X"
    return [
        prefix + "0" * (MIN_DIGITS - 1),  # too few digits, e.g. T01
        other + "001",
        prefix + "a01",
        prefix.lower() + "001",
        prefix + "00a",
        prefix + " 01",
        prefix + "01 ",
        prefix + prefix + "001",
        prefix + "1" * (MAX_DIGITS - 1) + "a",  # a letter at the last allowed position
        "",
        "0001",
    ]


# Longer than the VARCHAR column: PostgreSQL refuses it with a DataError (value too long)
# before the CHECK runs; SQLite (which ignores VARCHAR lengths) refuses it through the CHECK.
def _overlong_ids(prefix: str) -> list[str]:
    return [prefix + "0" * (MAX_DIGITS + 1), prefix + "1" * (MAX_DIGITS + 3)]


def test_valid_teacher_and_student_ids_are_accepted(session: Session) -> None:
    """Positive control: `T`/`S` + MIN_DIGITS..MAX_DIGITS digits (T001, T999, T0001, ...):
    as handles, which the simple form's ids are too."""
    teacher_ids = _valid_ids("T")
    student_ids = _valid_ids("S")
    session.add(make_school())
    assert_accepted(session, make_teacher(), *(make_teacher(id=i) for i in teacher_ids))
    assert_accepted(session, *(make_student(id=i) for i in ["S001", *student_ids]))
    assert count(session, "teachers") == 1 + len(teacher_ids)
    assert count(session, "students") == 1 + len(student_ids)


@pytest.mark.parametrize("bad_id", _bad_ids("T"))
def test_teacher_id_format_is_enforced(session: Session, bad_id: str) -> None:
    """ck_teachers_handle_format: a handle (by default the id) is `T` + 3 to 6 digits."""
    assert_rejected(session, make_teacher(id=bad_id))


@pytest.mark.parametrize("bad_id", [*_bad_ids("S"), "T001"])
def test_student_id_format_is_enforced(session: Session, roster: None, bad_id: str) -> None:
    """ck_students_handle_format: a handle (by default the id) is `S` + 3 to 6 digits."""
    assert_rejected(session, make_student(id=bad_id))


@pytest.mark.parametrize("bad_id", _overlong_ids("T"))
def test_teacher_id_with_too_many_digits_is_rejected(session: Session, bad_id: str) -> None:
    """More than MAX_DIGITS digits is refused (CHECK on SQLite, VARCHAR length on PostgreSQL)."""
    session.add(make_teacher(id=bad_id))
    try:
        with pytest.raises((IntegrityError, DataError)):
            session.flush()
    finally:
        session.rollback()
    assert count(session, "teachers") == 0


@pytest.mark.parametrize("bad_id", _overlong_ids("S"))
def test_student_id_with_too_many_digits_is_rejected(
    session: Session, roster: None, bad_id: str
) -> None:
    """More than MAX_DIGITS digits is refused (CHECK on SQLite, VARCHAR length on PostgreSQL)."""
    session.add(make_student(id=bad_id))
    try:
        with pytest.raises((IntegrityError, DataError)):
            session.flush()
    finally:
        session.rollback()
    assert count(session, "students") == 2


@pytest.mark.parametrize("blank", BLANKS)
def test_teacher_name_must_not_be_blank(session: Session, blank: str) -> None:
    """ck_teachers_name_not_blank: empty or whitespace-only names are refused."""
    assert_rejected(session, make_teacher(name=blank))


@pytest.mark.parametrize("blank", BLANKS)
def test_student_name_must_not_be_blank(session: Session, roster: None, blank: str) -> None:
    """ck_students_name_not_blank: empty or whitespace-only names are refused."""
    assert_rejected(session, make_student(id="S010", name=blank))


def test_grades_1_to_12_are_accepted(session: Session, roster: None) -> None:
    """Positive control: both ends of the grade range are stored."""
    assert_accepted(session, make_student(id="S010", grade=1), make_student(id="S011", grade=12))


@pytest.mark.parametrize("grade", [0, 13, -1, 100])
def test_grade_outside_1_to_12_is_rejected(session: Session, roster: None, grade: int) -> None:
    """ck_students_grade_range: grade BETWEEN 1 AND 12."""
    assert_rejected(session, make_student(id="S010", grade=grade))


def test_student_needs_an_existing_school(session: Session, roster: None) -> None:
    """fk_students_school_id_schools: a student's school must exist."""
    assert_rejected(session, make_student(id="S010", school_id="nowhere"))


def test_sis_keys_are_kept_as_they_are_beside_a_handle(session: Session, roster: None) -> None:
    """A OneRoster sourcedId is the key; the handle is what teachers type."""
    key = "3f2b9c1e-5d4a-4f7e-9b1c-0a2d3e4f5a6b"
    assert_accepted(
        session,
        make_student(id=key, handle="S123"),
        make_teacher(id="staff-" + key, handle="T123"),
    )


def test_a_sis_key_needs_a_handle_of_its_own(session: Session, roster: None) -> None:
    """ck_students_handle_format: a key is no handle, so one must be given."""
    assert_rejected(session, make_student(id="key-1"))


def test_a_handle_is_unique_in_its_school_only(session: Session, roster: None) -> None:
    """uq_students_school_id_handle: S001 twice in one school is refused, in two is fine."""
    session.add(make_school("south"))
    session.commit()
    assert_accepted(session, make_student(id="south-1", handle="S001", school_id="south"))
    assert_rejected(session, make_student(id="north-9", handle="S001"))


@pytest.mark.parametrize(
    "people",
    [
        {"role": "student", "teacher_id": "T001"},
        {"role": "teacher", "student_id": "S001"},
        {"role": "student", "student_id": "S001", "teacher_id": "T001"},
        {"role": "aide"},
        {"role": "principal", "teacher_id": "T001"},
    ],
)
def test_an_enrollment_names_one_person_in_a_known_role(
    session: Session, roster: None, people: dict[str, str]
) -> None:
    """ck_enrollments_one_person, ck_enrollments_role."""
    session.add(SchoolClass(id="c1", school_id="north", title="Science 7"))
    session.commit()
    assert_rejected(session, Enrollment(id="e1", class_id="c1", **people))


def test_a_student_is_enrolled_in_a_class_once(session: Session, roster: None) -> None:
    """uq_enrollments_class_id_student_id; the same student in another class is fine."""
    session.add_all(
        [
            SchoolClass(id="c1", school_id="north", title="Science 7"),
            SchoolClass(id="c2", school_id="north", title="Art 7"),
        ]
    )
    session.commit()
    assert_accepted(
        session,
        Enrollment(id="e1", class_id="c1", role="student", student_id="S001"),
        Enrollment(id="e2", class_id="c2", role="student", student_id="S001"),
    )
    assert_rejected(session, Enrollment(id="e3", class_id="c1", role="student", student_id="S001"))


def test_teachers_without_email_or_slack_id_are_accepted(session: Session) -> None:
    """Positive control: many teachers may have NULL email and NULL slack_user_id."""
    assert_accepted(
        session,
        make_teacher(id="T001", email=None, slack_user_id=None),
        make_teacher(id="T002", email=None, slack_user_id=None),
        make_teacher(id="T003", email=None, slack_user_id=None),
        make_teacher(id="T004", email="a@school.org", slack_user_id="U0001"),
        make_teacher(id="T005", email="b@school.org", slack_user_id="U0002"),
    )
    assert count(session, "teachers") == 5


@pytest.mark.parametrize("column", ["email", "slack_user_id"])
def test_teacher_email_and_slack_user_id_are_unique(session: Session, column: str) -> None:
    """uq_teachers_email / uq_teachers_slack_user_id: two teachers cannot share one."""
    assert_accepted(session, make_teacher(id="T001", **{column: "shared"}))
    assert_rejected(session, make_teacher(id="T002", **{column: "shared"}))


def test_deleting_a_teacher_takes_their_enrollments_never_a_student(
    session: Session, roster: None
) -> None:
    """fk_enrollments_teacher_id_teachers cascades; students belong to classes, not to a
    teacher (a teacher who leaves is deactivated by the roster sync, and kept)."""
    session.add(SchoolClass(id="c1", school_id="north", title="Science 7"))
    session.flush()
    session.add_all(
        [
            Enrollment(id="e1", class_id="c1", role="teacher", teacher_id="T001"),
            Enrollment(id="e2", class_id="c1", role="student", student_id="S001"),
        ]
    )
    session.commit()
    session.execute(delete(Teacher).where(Teacher.id == "T001"))
    session.commit()
    assert count(session, "enrollments") == 1
    assert count(session, "students") == 2


def test_deleting_a_teacher_without_students_is_accepted(session: Session, roster: None) -> None:
    """Positive control: RESTRICT only bites when students point at the teacher."""
    assert_accepted(session, make_teacher(id="T002", name="Mr Okafor"))
    session.execute(delete(Teacher).where(Teacher.id == "T002"))
    session.commit()
    assert count(session, "teachers") == 1


# --- data_entries ----------------------------------------------------------------------------


def test_valid_entries_of_every_type_status_and_source_are_accepted(
    session: Session, roster: None
) -> None:
    """Positive control: each of the 7 entry types, 4 statuses and 2 source kinds is stored."""
    rows = [
        make_entry(entry_type=entry_type.value, source_ref=f"type-{entry_type.value}")
        for entry_type in EntryType
    ]
    rows += [
        make_entry(status=status, source_ref=f"status-{status}")
        for status in ("pending", "processing", "assessed", "failed")
    ]
    rows += [
        make_entry(source_kind=kind, source_ref=f"kind-{kind}") for kind in ("slack_file", "file")
    ]
    rows.append(make_entry(attempts=0, dropped_items=0, source_ref="zero-counts"))
    assert_accepted(session, *rows)
    assert count(session, "data_entries") == 7 + 4 + 2 + 1


@pytest.mark.parametrize(
    "entry_type", ["essay", "Reflection_Journal", "reflection journal", "transcript", ""]
)
def test_entry_type_must_be_one_of_the_seven(
    session: Session, roster: None, entry_type: str
) -> None:
    """ck_data_entries_entry_type: only the 7 EntryType values."""
    assert_rejected(session, make_entry(entry_type=entry_type))


@pytest.mark.parametrize("blank", WHITESPACE_ONLY)
def test_entry_content_must_not_be_blank(session: Session, roster: None, blank: str) -> None:
    """ck_data_entries_content_not_blank: empty or whitespace-only content is refused."""
    assert_rejected(session, make_entry(content=blank))


@pytest.mark.parametrize("status", ["done", "PENDING", "queued", ""])
def test_entry_status_must_be_known(session: Session, roster: None, status: str) -> None:
    """ck_data_entries_status: pending / processing / assessed / failed only."""
    assert_rejected(session, make_entry(status=status))


@pytest.mark.parametrize("source_kind", ["slack", "email", "FILE", ""])
def test_entry_source_kind_must_be_known(session: Session, roster: None, source_kind: str) -> None:
    """ck_data_entries_source_kind: slack_file / file only."""
    assert_rejected(session, make_entry(source_kind=source_kind))


@pytest.mark.parametrize("column", ["attempts", "dropped_items"])
def test_entry_counters_must_not_be_negative(session: Session, roster: None, column: str) -> None:
    """ck_data_entries_attempts_not_negative / dropped_items_not_negative: counters >= 0."""
    assert_rejected(session, make_entry(**{column: -1}))


def test_entry_source_ref_unique_per_student(session: Session, roster: None) -> None:
    """uq_data_entries_student_id_source_ref: one document filed once per student."""
    assert_accepted(session, make_entry(student_id="S001", source_ref="F123"))
    assert_rejected(session, make_entry(student_id="S001", source_ref="F123"))


def test_entry_same_source_ref_for_another_student_is_accepted(
    session: Session, roster: None
) -> None:
    """Positive control: a group transcript is filed once for each student in it."""
    assert_accepted(
        session,
        make_entry(student_id="S001", source_ref="F123"),
        make_entry(student_id="S002", source_ref="F123"),
    )
    assert count(session, "data_entries", "source_ref = 'F123'") == 2


# --- assessments -----------------------------------------------------------------------------


def test_every_skill_with_its_own_category_is_accepted(session: Session, entry: DataEntry) -> None:
    """Positive control: all 17 skills, each with its category, on one entry."""
    rows = [make_assessment(entry, skill=s.value, category=s.category.value) for s in Skill]
    assert_accepted(session, *rows)
    assert count(session, "assessments") == 17


@pytest.mark.parametrize("level", [level.value for level in Level])
def test_every_level_is_accepted(session: Session, entry: DataEntry, level: str) -> None:
    """Positive control: each of the 4 levels is stored."""
    assert_accepted(session, make_assessment(entry, level=level))


@pytest.mark.parametrize("skill", ["Teamwork", "self-management", "Self Management", ""])
def test_assessment_skill_must_be_one_of_the_seventeen(
    session: Session, entry: DataEntry, skill: str
) -> None:
    """ck_assessments_skill: only the 17 Skill values."""
    assert_rejected(session, make_assessment(entry, skill=skill))


@pytest.mark.parametrize("level", ["Expert", "emerging", "E", "Beginning", ""])
def test_assessment_level_must_be_one_of_the_four(
    session: Session, entry: DataEntry, level: str
) -> None:
    """ck_assessments_level: only the 4 Level values."""
    assert_rejected(session, make_assessment(entry, level=level))


@pytest.mark.parametrize("category", ["Social", "sel", "21st Century", ""])
def test_assessment_category_must_be_one_of_the_three(
    session: Session, entry: DataEntry, category: str
) -> None:
    """ck_assessments_category: only SEL / EF / 21st_Century."""
    assert_rejected(session, make_assessment(entry, category=category))


@pytest.mark.parametrize(
    ("skill", "category"),
    [
        (Skill.COLLABORATION, Category.SEL),
        (Skill.SELF_MANAGEMENT, Category.EF),
        (Skill.WORKING_MEMORY, Category.TWENTY_FIRST_CENTURY),
        (Skill.CRITICAL_THINKING, Category.EF),
    ],
)
def test_assessment_skill_must_match_its_category(
    session: Session, entry: DataEntry, skill: Skill, category: Category
) -> None:
    """ck_assessments_skill_in_category: a valid skill filed under another category."""
    assert skill.category is not category
    assert_rejected(session, make_assessment(entry, skill=skill.value, category=category.value))


@pytest.mark.parametrize("confidence", [0.0, 1.0, 0.5])
def test_confidence_bounds_are_accepted(
    session: Session, entry: DataEntry, confidence: float
) -> None:
    """Positive control: 0 and 1 themselves are valid confidences."""
    assert_accepted(session, make_assessment(entry, confidence=confidence))


@pytest.mark.parametrize("confidence", [-0.01, 1.01, -1.0, 2.0, float("nan")])
def test_confidence_outside_0_to_1_is_rejected(
    session: Session, entry: DataEntry, confidence: float
) -> None:
    """ck_assessments_confidence_range: 0 <= confidence <= 1."""
    assert_rejected(session, make_assessment(entry, confidence=confidence))


@pytest.mark.parametrize("column", ["evidence_quote", "justification"])
@pytest.mark.parametrize("blank", BLANKS)
def test_assessment_quote_and_justification_must_not_be_blank(
    session: Session, entry: DataEntry, column: str, blank: str
) -> None:
    """ck_assessments_evidence_quote_not_blank / justification_not_blank."""
    assert_rejected(session, make_assessment(entry, **{column: blank}))


@pytest.mark.parametrize("review_state", ["approved", "PENDING", "rejected", ""])
def test_review_state_must_be_known(session: Session, entry: DataEntry, review_state: str) -> None:
    """ck_assessments_review: pending / accepted / corrected only."""
    assert_rejected(session, make_assessment(entry, review_state=review_state, reviewed_at=NOW))


@pytest.mark.parametrize(
    ("review_state", "reviewed_at"),
    [("pending", None), ("accepted", NOW), ("corrected", NOW)],
)
def test_reviewed_at_consistent_with_review_state_is_accepted(
    session: Session, entry: DataEntry, review_state: str, reviewed_at: datetime | None
) -> None:
    """Positive control: reviewed_at NULL while pending, set once reviewed."""
    row = make_assessment(
        entry, review_state=review_state, reviewed_at=reviewed_at, reviewed_by="T001"
    )
    assert_accepted(session, row)


@pytest.mark.parametrize(
    ("review_state", "reviewed_at"),
    [("pending", NOW), ("accepted", None), ("corrected", None)],
)
def test_reviewed_at_set_iff_reviewed(
    session: Session, entry: DataEntry, review_state: str, reviewed_at: datetime | None
) -> None:
    """ck_assessments_reviewed_at_set: reviewed_at IS NULL exactly when review_state is pending."""
    row = make_assessment(entry, review_state=review_state, reviewed_at=reviewed_at)
    assert_rejected(session, row)


def test_one_assessment_per_entry_and_skill(session: Session, assessment: Assessment) -> None:
    """uq_assessments_entry_id_skill: a second level for the same skill on the same entry."""
    entry = session.get(DataEntry, assessment.entry_id)
    assert entry is not None
    assert_rejected(session, make_assessment(entry, skill=assessment.skill, level="Advanced"))


def test_another_skill_on_the_same_entry_is_accepted(
    session: Session, assessment: Assessment
) -> None:
    """Positive control: the unique key is (entry_id, skill), not entry_id alone."""
    entry = session.get(DataEntry, assessment.entry_id)
    assert entry is not None
    assert_accepted(
        session, make_assessment(entry, skill=Skill.SELF_AWARENESS.value, category="SEL")
    )
    assert count(session, "assessments") == 2


def test_assessment_student_must_be_its_entrys_student(session: Session, entry: DataEntry) -> None:
    """fk_assessments_entry_id_student_id_data_entries: (entry_id, student_id) must match."""
    assert entry.student_id == "S001"
    assert_rejected(session, make_assessment(entry, student_id="S002"))


def test_assessment_needs_an_existing_entry(session: Session, entry: DataEntry) -> None:
    """The composite foreign key also refuses an entry id that does not exist."""
    assert_rejected(session, make_assessment(entry, entry_id=entry.id + 1000))


# --- teacher_corrections ---------------------------------------------------------------------


def test_valid_correction_is_accepted(session: Session, assessment: Assessment) -> None:
    """Positive control: one correction with valid levels is stored."""
    assert_accepted(session, make_correction(assessment))
    assert count(session, "teacher_corrections") == 1


def test_one_correction_per_assessment(session: Session, assessment: Assessment) -> None:
    """uq_teacher_corrections_assessment_id: a second correction of the same assessment."""
    assert_accepted(session, make_correction(assessment))
    assert_rejected(session, make_correction(assessment, corrected_level="Advanced"))


@pytest.mark.parametrize("column", ["original_level", "corrected_level"])
@pytest.mark.parametrize("level", ["Expert", "proficient", "P", ""])
def test_correction_levels_must_be_valid(
    session: Session, assessment: Assessment, column: str, level: str
) -> None:
    """ck_teacher_corrections_original_level / corrected_level: only the 4 Level values."""
    assert_rejected(session, make_correction(assessment, **{column: level}))


@pytest.mark.parametrize("blank", BLANKS)
def test_correction_justification_must_not_be_blank(
    session: Session, assessment: Assessment, blank: str
) -> None:
    """ck_teacher_corrections_justification_not_blank."""
    assert_rejected(session, make_correction(assessment, justification=blank))


# --- skill_targets ---------------------------------------------------------------------------


def test_valid_target_is_accepted(session: Session, roster: None) -> None:
    """Positive control: one active target, Developing -> Proficient."""
    assert_accepted(session, make_target())
    assert count(session, "skill_targets") == 1


def test_second_active_target_for_same_student_and_skill_is_rejected(
    session: Session, roster: None
) -> None:
    """uq_skill_targets_active: one ACTIVE target per (student, skill)."""
    assert_accepted(session, make_target())
    assert_rejected(session, make_target(target_level="Advanced"))


def test_active_targets_on_other_skills_or_students_are_accepted(
    session: Session, roster: None
) -> None:
    """Positive control: the active-target key is (student_id, skill)."""
    assert_accepted(
        session,
        make_target(student_id="S001", skill=Skill.COLLABORATION.value),
        make_target(student_id="S001", skill=Skill.COMMUNICATION.value),
        make_target(student_id="S002", skill=Skill.COLLABORATION.value),
    )


def test_new_active_target_after_completing_the_old_one_is_accepted(
    session: Session, roster: None
) -> None:
    """The partial unique index covers only status='active': completed targets are history."""
    first = make_target()
    assert_accepted(session, first)
    first.status = "completed"
    first.completed_at = NOW
    session.commit()
    assert_accepted(session, make_target(starting_level="Proficient", target_level="Advanced"))
    assert count(session, "skill_targets", "status = 'active'") == 1


def test_two_completed_targets_on_same_skill_are_accepted(session: Session, roster: None) -> None:
    """History: any number of completed (or cancelled) targets per (student, skill)."""
    assert_accepted(
        session,
        make_target(status="completed", completed_at=NOW - timedelta(days=30)),
        make_target(
            status="completed",
            completed_at=NOW,
            starting_level="Proficient",
            target_level="Advanced",
        ),
        make_target(status="cancelled"),
        make_target(status="cancelled"),
        make_target(status="active"),
    )
    assert count(session, "skill_targets") == 5


@pytest.mark.parametrize(
    ("starting_level", "target_level"),
    [
        ("Developing", "Developing"),
        ("Proficient", "Developing"),
        ("Advanced", "Advanced"),
        ("Advanced", "Emerging"),
    ],
)
def test_target_level_must_be_above_starting_level(
    session: Session, roster: None, starting_level: str, target_level: str
) -> None:
    """ck_skill_targets_target_above_start: rank(target_level) > rank(starting_level)."""
    row = make_target(starting_level=starting_level, target_level=target_level)
    assert_rejected(session, row)


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("starting_level", "Novice"),
        ("target_level", "Expert"),
        ("skill", "Teamwork"),
        ("status", "paused"),
    ],
)
def test_target_values_must_be_known(
    session: Session, roster: None, column: str, value: str
) -> None:
    """ck_skill_targets_starting_level / target_level / skill / status."""
    assert_rejected(session, make_target(**{column: value}))


@pytest.mark.parametrize(
    ("status", "completed_at"),
    [("completed", None), ("active", NOW), ("cancelled", NOW)],
)
def test_completed_at_set_iff_completed(
    session: Session, roster: None, status: str, completed_at: datetime | None
) -> None:
    """ck_skill_targets_completed_at_set: completed_at IS NOT NULL exactly when completed."""
    assert_rejected(session, make_target(status=status, completed_at=completed_at))


# --- badges ----------------------------------------------------------------------------------


def test_badges_for_each_level_above_emerging_are_accepted(session: Session, roster: None) -> None:
    """Positive control: Developing, Proficient and Advanced on one skill are stored."""
    rows = [make_badge(level=level) for level in ("Developing", "Proficient", "Advanced")]
    assert_accepted(session, *rows)
    assert count(session, "badges") == 3


def test_one_badge_per_student_skill_and_level(session: Session, roster: None) -> None:
    """uq_badges_student_id_skill_level: the same badge twice is refused."""
    assert_accepted(session, make_badge())
    assert_rejected(session, make_badge())


def test_same_badge_for_another_student_is_accepted(session: Session, roster: None) -> None:
    """Positive control: the badge key includes the student."""
    assert_accepted(session, make_badge(student_id="S001"), make_badge(student_id="S002"))


@pytest.mark.parametrize("level", ["Emerging", "Expert", "advanced", ""])
def test_badge_level_must_be_above_emerging(session: Session, roster: None, level: str) -> None:
    """ck_badges_level: Emerging earns no badge; unknown levels are refused too."""
    assert_rejected(session, make_badge(level=level))


@pytest.mark.parametrize("skill", ["Teamwork", "collaboration", ""])
def test_badge_skill_must_be_valid(session: Session, roster: None, skill: str) -> None:
    """ck_badges_skill: only the 17 Skill values."""
    assert_rejected(session, make_badge(skill=skill))


# --- digest_deliveries -----------------------------------------------------------------------


def test_deliveries_for_other_weeks_or_teachers_are_accepted(
    session: Session, roster: None
) -> None:
    """Positive control: the lock is per (teacher, week)."""
    assert_accepted(session, make_teacher(id="T002", name="Mr Okafor"))
    assert_accepted(
        session,
        make_delivery(teacher_id="T001", week_start=DAY),
        make_delivery(teacher_id="T001", week_start=DAY + timedelta(days=7)),
        make_delivery(teacher_id="T002", week_start=DAY),
    )
    assert count(session, "digest_deliveries") == 3


def test_one_digest_delivery_per_teacher_and_week(session: Session, roster: None) -> None:
    """uq_digest_deliveries_teacher_id_week_start: the row is the lock; a second is refused."""
    assert_accepted(session, make_delivery())
    assert_rejected(session, make_delivery(status="sent"))


@pytest.mark.parametrize(("column", "value"), [("status", "done"), ("attempts", -1)])
def test_digest_delivery_values_must_be_valid(
    session: Session, roster: None, column: str, value: object
) -> None:
    """ck_digest_deliveries_status / attempts_not_negative."""
    assert_rejected(session, make_delivery(**{column: value}))


# --- deleting a student ----------------------------------------------------------------------

CASCADED_TABLES = [
    "data_entries",
    "assessments",
    "teacher_corrections",
    "skill_targets",
    "badges",
]


def _add_student_history(session: Session, student_id: str) -> None:
    """Two entries, two assessments, one correction, two targets and a badge for a student."""
    entries = [make_entry(student_id=student_id, source_ref=f"{student_id}-{n}") for n in range(2)]
    session.add_all(entries)
    session.flush()
    assessments = [
        make_assessment(
            entries[0],
            review_state="corrected",
            reviewed_at=NOW,
            reviewed_by="T001",
            level="Proficient",
        ),
        make_assessment(entries[1]),
    ]
    session.add_all(assessments)
    session.flush()
    session.add_all(
        [
            make_correction(assessments[0]),
            make_target(
                student_id=student_id,
                status="completed",
                completed_at=NOW,
                completed_by_assessment_id=assessments[0].id,
            ),
            make_target(
                student_id=student_id, starting_level="Proficient", target_level="Advanced"
            ),
            make_badge(student_id=student_id, assessment_id=assessments[0].id),
        ]
    )
    session.commit()


def _counts(session: Session) -> dict[str, int]:
    return {table: count(session, table) for table in CASCADED_TABLES}


def test_deleting_a_student_cascades_to_their_rows(session: Session, roster: None) -> None:
    """ON DELETE CASCADE: a student's entries, assessments, corrections (via assessments),
    targets and badges go with them; another student's rows stay.

    The student is removed with one Core DELETE statement, so the database's cascades, not
    the ORM's, do the work.
    """
    _add_student_history(session, "S001")
    _add_student_history(session, "S002")
    before = _counts(session)
    assert before == {
        "data_entries": 4,
        "assessments": 4,
        "teacher_corrections": 2,
        "skill_targets": 4,
        "badges": 2,
    }

    session.execute(delete(Student).where(Student.id == "S001"))
    session.commit()
    session.expunge_all()

    assert _counts(session) == {table: n // 2 for table, n in before.items()}
    assert count(session, "students") == 1
    for table in ("data_entries", "assessments", "skill_targets", "badges"):
        assert count(session, table, "student_id = 'S001'") == 0
        assert count(session, table, "student_id = 'S002'") > 0
    orphans = (
        "SELECT count(*) FROM teacher_corrections c "
        "LEFT JOIN assessments a ON a.id = c.assessment_id WHERE a.id IS NULL"
    )
    assert session.execute(text(orphans)).scalar_one() == 0
    assert session.scalars(select(Teacher.id)).all() == ["T001"]
