"""The offline assessor on text written the way other people write: a cue counts only when
the sentence says it of the student, now (domain/assessors/reading.py).

Every text here is written for these tests; none comes from mock_data.
"""

from __future__ import annotations

import pytest

from domain.assessors.reading import Voice, read_sentence
from domain.curriculum import EntryType, Level, Skill
from tests.offline import offline_levels

REFLECTION = EntryType.REFLECTION_JOURNAL
OBSERVATION = EntryType.TEACHER_OBSERVATION_NOTE
PARENT = EntryType.PARENT_NOTE
DISCUSSION = EntryType.GROUP_DISCUSSION_TRANSCRIPT
# The student is Eva (S001); Lucas is a rostered classmate. Jordan is not on the roster.
NAMES = {"Eva": "S001", "Eva Moreno": "S001", "Lucas": "S002", "Lucas Chen": "S002"}


def levels(text: str, entry_type: EntryType = REFLECTION) -> dict[Skill, Level]:
    return offline_levels(text, entry_type, NAMES)


@pytest.mark.parametrize(
    ("entry_type", "text", "skill"),
    [
        (OBSERVATION, "Eva was not once distracted during the whole reading block.",
         Skill.INHIBITORY_CONTROL),
        (REFLECTION, "I didn't even give up when the last problem took me twenty minutes.",
         Skill.SELF_MANAGEMENT),
        (PARENT, "She no longer needs constant reminders to pack her bag.", Skill.ORGANIZATION),
        # A fronted negation denies its whole inverted clause, however far the verb is.
        (OBSERVATION, "Not once during the last three weeks has Eva needed a reminder to "
         "start her warm-up.", Skill.TASK_INITIATION),
        (PARENT, "Never once this term did she need help to start her homework.",
         Skill.TASK_INITIATION),
    ],
)  # fmt: skip
def test_a_denied_difficulty_reads_as_the_skill_in_hand(
    entry_type: EntryType, text: str, skill: Skill
) -> None:
    assert levels(text, entry_type).get(skill) is Level.PROFICIENT


def test_a_denied_strength_is_not_evidence_of_it() -> None:
    found = levels("She did not stay focused during the reading block.", OBSERVATION)
    assert found.get(Skill.INHIBITORY_CONTROL) not in (Level.PROFICIENT, Level.ADVANCED)


def test_negation_does_not_reach_into_the_next_clause() -> None:
    text = "When her first method didn't work she tried another approach right away."
    assert levels(text, OBSERVATION).get(Skill.COGNITIVE_FLEXIBILITY) is Level.PROFICIENT
    # "can't stop fidgeting" affirms the fidgeting.
    fidgeting = levels("I can't stop fidgeting and tapping my pencil in math.")
    assert fidgeting.get(Skill.INHIBITORY_CONTROL) is not Level.PROFICIENT


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("I need fewer reminders now to start my homework.", Skill.TASK_INITIATION),
        ("I still lose my folder sometimes, but I lose it less than before.",
         Skill.ORGANIZATION),
        ("I started using a planner and it's better, but I still lose papers.",
         Skill.ORGANIZATION),
        # Compared with a season gone by, in a teacher's words.
        ("Eva still blurts out answers in class, but less than in the fall.",
         Skill.INHIBITORY_CONTROL),
    ],
)  # fmt: skip
def test_a_statement_of_improvement_reads_as_growth(text: str, skill: Skill) -> None:
    assert levels(text).get(skill) is Level.DEVELOPING


def test_what_the_student_used_to_do_is_not_their_level_now() -> None:
    text = "I used to leave my projects until the night before, but now I start them right away."
    found = levels(text)
    assert found.get(Skill.PLANNING_PRIORITIZATION) is not Level.EMERGING
    assert found.get(Skill.TASK_INITIATION) is Level.PROFICIENT


@pytest.mark.parametrize(
    "text",
    [
        "My mom says I'm disorganized and lose my homework all the time.",
        "My dad thinks I give up too easily.",
        "Jordan said I was bossy.",
    ],
)
def test_someone_elses_claim_about_the_student_is_not_evidence(text: str) -> None:
    assert levels(text) == {}


def test_the_student_reporting_their_own_words_still_counts() -> None:
    text = "Eva said she made a plan with times for each step of the project."
    assert levels(text, OBSERVATION).get(Skill.PLANNING_PRIORITIZATION) is Level.PROFICIENT


@pytest.mark.parametrize(
    "text", ["Should I just give up on this essay?", "Can I just copy the idea from the example?"]
)
def test_a_question_is_not_a_claim(text: str) -> None:
    assert levels(text, DISCUSSION) == {}


def test_a_cue_that_is_itself_a_question_still_counts() -> None:
    assert (
        levels("Is that fair to everyone in the group?", DISCUSSION).get(Skill.RELATIONSHIP_SKILLS)
        is Level.PROFICIENT
    )


@pytest.mark.parametrize(
    ("entry_type", "text", "skill"),
    [
        (DISCUSSION, "Jordan was off task and kept calling out during the game.",
         Skill.INHIBITORY_CONTROL),
        (DISCUSSION, "He kept interrupting everyone and took over the poster.",
         Skill.COLLABORATION),
        (DISCUSSION, "Lucas gave up on the model and walked away.", Skill.SELF_MANAGEMENT),
        (OBSERVATION, "Lucas gave up on the model and walked away.", Skill.SELF_MANAGEMENT),
    ],
)  # fmt: skip
def test_another_students_doings_are_not_the_students(
    entry_type: EntryType, text: str, skill: Skill
) -> None:
    assert skill not in levels(text, entry_type)


def test_the_student_beside_a_classmate_is_still_read() -> None:
    text = "Jordan was off task, but Eva stayed focused and finished her chart."
    assert levels(text, OBSERVATION) == {Skill.INHIBITORY_CONTROL: Level.PROFICIENT}
    helping = "Lucas gave up on the model, so I showed him how to do the next step."
    assert Skill.SELF_MANAGEMENT not in levels(helping, DISCUSSION)


def test_blanking_keeps_every_offset() -> None:
    text = "My mom says I'm disorganized, but I packed my bag on my own."
    reading = read_sentence(text, Voice.STUDENT, frozenset({"Eva"}), frozenset({"Lucas"}))
    assert len(reading.text) == len(text)
    assert "disorganized" not in reading.text
    assert reading.text.index("I packed my bag") == text.index("I packed my bag")


@pytest.mark.parametrize(
    "text",
    [
        "Eva shouted out an answer twice, but the third time she caught herself and put her "
        "hand up.",
        "I blurted during the quiz review, then I stopped myself and waited.",
    ],
)
def test_catching_oneself_after_a_slip_is_control_on_the_way(text: str) -> None:
    """The impulse came and the student stopped it, a beat late: Developing, not the
    Emerging of the call-out alone."""
    assert levels(text, OBSERVATION).get(Skill.INHIBITORY_CONTROL) is Level.DEVELOPING


@pytest.mark.parametrize(
    "text",
    [
        "I made a backup schedule for the week our field trip moved.",
        "I planned one subject a night and kept Friday as a catch-up night.",
    ],
)
def test_a_plan_with_room_for_what_goes_wrong_is_advanced_planning(text: str) -> None:
    assert levels(text).get(Skill.PLANNING_PRIORITIZATION) is Level.ADVANCED


def test_walking_away_and_coming_back_is_a_break_not_giving_up() -> None:
    text = "I shut my laptop and walked away for a few minutes, then came back and fixed it."
    assert levels(text).get(Skill.SELF_MANAGEMENT) is not Level.EMERGING
    assert levels("I walked away from the puzzle.").get(Skill.SELF_MANAGEMENT) is Level.EMERGING


def test_a_backup_kept_ready_is_planning_for_what_goes_wrong() -> None:
    text = "Eva planned the review game and had a backup quiz ready when the wifi dropped."
    assert levels(text, OBSERVATION).get(Skill.PLANNING_PRIORITIZATION) is Level.ADVANCED


def test_a_first_success_written_without_the_article_is_still_a_first() -> None:
    """ "First time all year she ...", "... before the bell - first time": the skill shows,
    not yet as a habit."""
    text = "Eva started her warm-up before the bell without a reminder, first time all year."
    assert levels(text, OBSERVATION).get(Skill.TASK_INITIATION) is Level.DEVELOPING


def test_having_two_classmates_each_tell_their_side_is_mediating_a_conflict() -> None:
    text = (
        "When Lucas and Jordan argued over the map, Eva got them to each say what happened "
        "and then asked what they needed to finish it."
    )
    assert levels(text, OBSERVATION).get(Skill.RELATIONSHIP_SKILLS) is Level.ADVANCED
