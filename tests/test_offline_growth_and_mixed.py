"""Readings of growth, denial and mixed evidence, each a class of sentence seen on blind
authors' documents: a denial that runs on through "or", a writer who calls a change
progress, a past stretch set against a later "Now", and a difficulty alongside the skill
in hand.

Every text here is written for these tests; none comes from mock_data.
"""

from __future__ import annotations

from domain.assessors.reading import Voice, read_sentence
from domain.curriculum import EntryType, Level, Skill
from tests.offline import offline_levels

NAMES = {"Rosalind Achebe": "S001", "Tomasz Lind": "S002"}


def levels(text: str, entry_type: EntryType) -> dict[Skill, Level]:
    return offline_levels(text, entry_type, NAMES)


def test_a_denial_runs_on_through_or_to_the_next_verb() -> None:
    text = "She did not sulk or slam the lid when the timer went off."
    reading = read_sentence(text, Voice.ABOUT, frozenset({"Rosalind"}), frozenset())
    assert reading.negated(text.index("slam"))
    # A clause with its own subject after "or" is not denied.
    other = "I did not finish or she slammed the lid."
    reading = read_sentence(other, Voice.STUDENT, frozenset({"Rosalind"}), frozenset())
    assert not reading.negated(other.index("slammed"))


def test_a_denied_outburst_is_not_read_as_one() -> None:
    found = levels(
        "Rosalind did not sulk or yell when the quiz timer ran out.",
        EntryType.TEACHER_OBSERVATION_NOTE,
    )
    assert found.get(Skill.SELF_MANAGEMENT) is not Level.EMERGING


def test_a_change_the_writer_calls_new_or_progress_is_not_emerging() -> None:
    for text in (
        "He slammed the cupboard door, but he came back and apologized, which is new for him.",
        "She still calls out answers in the warm-up, but it's less.",
        "He threw his pencil once on Tuesday, which is real progress from October.",
    ):
        found = levels(text, EntryType.PARENT_NOTE)
        assert Level.EMERGING not in found.values(), text


def test_a_past_stretch_before_a_now_sentence_is_not_the_student_now() -> None:
    text = (
        "In October I mumbled every answer. I looked at the floor the whole time. "
        "Now I share in our morning circle."
    )
    assert levels(text, EntryType.REFLECTION_JOURNAL).get(Skill.COMMUNICATION) is not (
        Level.EMERGING
    )
    # Without a "Now" sentence the same past stands as written.
    assert (
        levels(
            "I mumbled every answer. I looked at the floor the whole time.",
            EntryType.REFLECTION_JOURNAL,
        ).get(Skill.COMMUNICATION)
        is Level.EMERGING
    )


def test_a_difficulty_beside_the_skill_in_hand_is_developing() -> None:
    text = (
        "I keep losing my worksheets and permission slips in my backpack. "
        "For science I made a folder with a pocket for each unit."
    )
    found = levels(text, EntryType.REFLECTION_JOURNAL)
    assert found[Skill.ORGANIZATION] is Level.DEVELOPING


def test_a_difficulty_the_student_is_working_on_is_developing() -> None:
    text = "I think I need to stop talking over my partner, because I interrupted her twice."
    found = levels(text, EntryType.REFLECTION_JOURNAL)
    assert found.get(Skill.RELATIONSHIP_SKILLS) is Level.DEVELOPING
    # A proposal to the group is not the student's own work in progress.
    proposal = "We should each pick one page that proves our answer, then compare."
    assert (
        levels(proposal, EntryType.GROUP_DISCUSSION_TRANSCRIPT).get(Skill.COLLABORATION)
        is Level.PROFICIENT
    )


def test_asking_how_a_claim_is_known_is_beginning_to_question_it() -> None:
    found = levels(
        "How do you know the poll asked enough people?", EntryType.GROUP_DISCUSSION_TRANSCRIPT
    )
    assert found.get(Skill.CRITICAL_THINKING) is Level.DEVELOPING
    # Checking where it came from is Proficient.
    found = levels(
        "How do you know? Is that from the museum site or from a video?",
        EntryType.GROUP_DISCUSSION_TRANSCRIPT,
    )
    assert found.get(Skill.CRITICAL_THINKING) is Level.PROFICIENT


def test_modelling_for_others_said_in_the_next_sentence_is_advanced() -> None:
    text = (
        "Rosalind keeps a binder with a tab for every subject. "
        "By Friday she had helped two classmates set one up."
    )
    found = levels(text, EntryType.TEACHER_OBSERVATION_NOTE)
    assert found.get(Skill.ORGANIZATION) is Level.ADVANCED


def test_others_copying_the_students_idea_is_not_the_student_copying() -> None:
    text = "Rosalind showed her comic layout and the whole class copied the idea."
    found = levels(text, EntryType.TEACHER_OBSERVATION_NOTE)
    assert found.get(Skill.CREATIVITY_INNOVATION) is not Level.EMERGING


def test_a_sentence_before_now_is_the_past_only_when_it_says_so() -> None:
    # Said to be before: the difficulty is the past the student has left.
    left = "Before, I threw my pencil when I got stuck. Now I take a breath and try again."
    assert levels(left, EntryType.REFLECTION_JOURNAL).get(Skill.SELF_MANAGEMENT) is not (
        Level.EMERGING
    )
    # Not said to be before: a sequence, both sentences stand.
    kept = "I threw my pencil when I got stuck. Now we are on the next page."
    assert levels(kept, EntryType.REFLECTION_JOURNAL).get(Skill.SELF_MANAGEMENT) is (Level.EMERGING)


def test_a_table_cell_mark_does_not_hide_whose_clause_it_is() -> None:
    own = frozenset({"Rosalind"})
    text = "| Tomasz is really organized, his binder has a tab for everything."
    assert "organized" not in read_sentence(text, Voice.STUDENT, own, frozenset({"Tomasz"})).text
    # A bullet before a verb is not a classmate's name: "- Forgot his goggles" stays.
    kept = read_sentence("- Forgot his goggles at the sink.", Voice.ABOUT, own, frozenset())
    assert "goggles" in kept.text
