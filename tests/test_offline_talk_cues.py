"""The offline assessor's 1.2 cues: what students do in talk and feedback, in plain
behaviour words (asking how a claim holds up, naming where it stops holding, dividing the
work, encouraging a peer, volunteering for a part), and a first success read as one.

Every text here is written for these tests; none comes from mock_data.
"""

from __future__ import annotations

import pytest

from domain.assessors.base import AssessmentRequest
from domain.assessors.offline import OfflineAssessor
from domain.curriculum import EntryType, Level, Skill
from domain.validation import validate_items
from tests.offline import offline_levels

REFLECTION = EntryType.REFLECTION_JOURNAL
OBSERVATION = EntryType.TEACHER_OBSERVATION_NOTE
DISCUSSION = EntryType.GROUP_DISCUSSION_TRANSCRIPT
TUTORING = EntryType.PEER_TUTORING_TRANSCRIPT
FEEDBACK = EntryType.PEER_FEEDBACK
NAMES = {"Odalys Brennan": "S001", "Kwame Iverson": "S002"}


def levels(text: str, entry_type: EntryType) -> dict[Skill, Level]:
    return offline_levels(text, entry_type, NAMES)


@pytest.mark.parametrize(
    ("text", "entry_type", "skill", "level"),
    [
        (
            "Hold on, does that always work with fractions too?",
            DISCUSSION,
            Skill.CRITICAL_THINKING,
            Level.PROFICIENT,
        ),
        (
            "Where did the population number come from?",
            DISCUSSION,
            Skill.CRITICAL_THINKING,
            Level.DEVELOPING,
        ),
        (
            "On page 31 the narrator admits she lied to her aunt.",
            DISCUSSION,
            Skill.CRITICAL_THINKING,
            Level.PROFICIENT,
        ),
        (
            "That survey doesn't prove every school wants longer lunch.",
            DISCUSSION,
            Skill.CRITICAL_THINKING,
            Level.ADVANCED,
        ),
        (
            "The shortcut only works when both numbers are even.",
            DISCUSSION,
            Skill.CRITICAL_THINKING,
            Level.ADVANCED,
        ),
        (
            "No wait, that's wrong, I added the tax twice.",
            DISCUSSION,
            Skill.CRITICAL_THINKING,
            Level.PROFICIENT,
        ),
        (
            "We should check who wrote that page before we use it.",
            DISCUSSION,
            Skill.DIGITAL_LITERACY,
            Level.PROFICIENT,
        ),
        (
            "I built the budget table in a spreadsheet for our group.",
            REFLECTION,
            Skill.DIGITAL_LITERACY,
            Level.DEVELOPING,
        ),
        ("I don't know.", DISCUSSION, Skill.COMMUNICATION, Level.EMERGING),
        (
            "Maybe move the part about the storm earlier because I lost track of when it was.",
            FEEDBACK,
            Skill.COMMUNICATION,
            Level.PROFICIENT,
        ),
        (
            "See, you got it, you just needed to carry the one.",
            TUTORING,
            Skill.RELATIONSHIP_SKILLS,
            Level.ADVANCED,
        ),
        (
            "I can help you with the labels if you want.",
            DISCUSSION,
            Skill.RELATIONSHIP_SKILLS,
            Level.PROFICIENT,
        ),
        (
            "Oh, that's a good idea, we can use the bigger jar then.",
            DISCUSSION,
            Skill.COLLABORATION,
            Level.PROFICIENT,
        ),
        (
            "Let's each take one question and then swap answers.",
            DISCUSSION,
            Skill.COLLABORATION,
            Level.PROFICIENT,
        ),
        (
            "I can do the timeline part tonight.",
            DISCUSSION,
            Skill.TASK_INITIATION,
            Level.PROFICIENT,
        ),
        (
            "I know I rush the last question on every quiz.",
            REFLECTION,
            Skill.SELF_AWARENESS,
            Level.PROFICIENT,
        ),
        (
            "Wait, what was the third step again?",
            DISCUSSION,
            Skill.WORKING_MEMORY,
            Level.DEVELOPING,
        ),
        (
            "I kind of get what she means, the rule feels unfair to the little kids.",
            DISCUSSION,
            Skill.SOCIAL_AWARENESS,
            Level.PROFICIENT,
        ),
        (
            "I changed my claim to one I could actually back up.",
            REFLECTION,
            Skill.COGNITIVE_FLEXIBILITY,
            Level.PROFICIENT,
        ),
        (
            "What if we turn the board sideways so the ramp is longer?",
            DISCUSSION,
            Skill.CREATIVITY_INNOVATION,
            Level.PROFICIENT,
        ),
        (
            "My backup is a paper chart if the tablet dies.",
            REFLECTION,
            Skill.PLANNING_PRIORITIZATION,
            Level.ADVANCED,
        ),
        (
            "Next time I will let everyone finish before I add my part.",
            REFLECTION,
            Skill.INHIBITORY_CONTROL,
            Level.PROFICIENT,
        ),
        (
            "Before we donate I want to research which charities really dig the wells.",
            REFLECTION,
            Skill.GLOBAL_AWARENESS,
            Level.ADVANCED,
        ),
        (
            "Came to lab with no goggles, no lab sheet, again.",
            OBSERVATION,
            Skill.ORGANIZATION,
            Level.EMERGING,
        ),
        (
            "She lost her handout again and borrowed mine.",
            OBSERVATION,
            Skill.ORGANIZATION,
            Level.EMERGING,
        ),
        (
            "At recess he helped the new student find the art room.",
            OBSERVATION,
            Skill.SOCIAL_AWARENESS,
            Level.PROFICIENT,
        ),
        (
            "First we boil the water, then add the salt, then time how long it takes.",
            DISCUSSION,
            Skill.WORKING_MEMORY,
            Level.PROFICIENT,
        ),
        (
            "I pointed at the clue instead of just telling him the answer.",
            TUTORING,
            Skill.RELATIONSHIP_SKILLS,
            Level.ADVANCED,
        ),
        (
            "The recycling drive doesn't help as much as people say, the bins go to a landfill.",
            DISCUSSION,
            Skill.CRITICAL_THINKING,
            Level.ADVANCED,
        ),
        (
            "My pen pal lives in Guatemala and walks to school by the river.",
            REFLECTION,
            Skill.GLOBAL_AWARENESS,
            Level.PROFICIENT,
        ),
        (
            "I wish you would label the axes, because I couldn't tell what the dots meant.",
            FEEDBACK,
            Skill.COMMUNICATION,
            Level.PROFICIENT,
        ),
        (
            "Lost track at the third station and asked me twice what to do next.",
            OBSERVATION,
            Skill.WORKING_MEMORY,
            Level.EMERGING,
        ),
        (
            "I still forget things that are only said out loud in band.",
            REFLECTION,
            Skill.WORKING_MEMORY,
            Level.DEVELOPING,
        ),
        (
            "She left it on the bus again, so the project stayed unsigned.",
            OBSERVATION,
            Skill.ORGANIZATION,
            Level.EMERGING,
        ),
        (
            "During the review game she didn't get out her notebook at all.",
            OBSERVATION,
            Skill.TASK_INITIATION,
            Level.EMERGING,
        ),
        (
            "She spent most of the period at the water fountain.",
            OBSERVATION,
            Skill.TASK_INITIATION,
            Level.EMERGING,
        ),
        (
            "He gets flustered when a question has no single right answer.",
            OBSERVATION,
            Skill.COGNITIVE_FLEXIBILITY,
            Level.EMERGING,
        ),
        (
            "She is too shy to ask for help in front of the class.",
            OBSERVATION,
            Skill.COMMUNICATION,
            Level.EMERGING,
        ),
        (
            "I kept going instead of quitting on the essay, and it kind of worked.",
            REFLECTION,
            Skill.SELF_MANAGEMENT,
            Level.DEVELOPING,
        ),
        (
            "I always rush the last page because I want to be done first.",
            REFLECTION,
            Skill.SELF_AWARENESS,
            Level.PROFICIENT,
        ),
        (
            "She already asked if she can present first on Friday.",
            OBSERVATION,
            Skill.TASK_INITIATION,
            Level.PROFICIENT,
        ),
        (
            "Give me a new one so I can try it without the hints.",
            TUTORING,
            Skill.TASK_INITIATION,
            Level.PROFICIENT,
        ),
    ],
)
def test_a_behaviour_in_talk_or_feedback_reads_at_its_level(
    text: str, entry_type: EntryType, skill: Skill, level: Level
) -> None:
    assert levels(text, entry_type).get(skill) is level


def test_a_first_success_is_developing_not_yet_a_habit() -> None:
    found = levels(
        "She waited for her partner to finish twice today, a change from last month.",
        OBSERVATION,
    )
    assert found.get(Skill.INHIBITORY_CONTROL) is Level.DEVELOPING
    assert levels("I checked my answer against a second source this time.", REFLECTION).get(
        Skill.CRITICAL_THINKING
    ) in (Level.DEVELOPING, None)


def test_calling_out_before_anyone_else_could_is_not_starting_promptly() -> None:
    found = levels(
        "He called out the answer four times before anyone else could raise a hand.", OBSERVATION
    )
    assert found.get(Skill.TASK_INITIATION) is None
    assert found.get(Skill.INHIBITORY_CONTROL) is Level.EMERGING


def test_a_tutors_how_did_you_figure_it_out_is_praise_not_doubt() -> None:
    found = levels("Nice, how did you figure out that word?", TUTORING)
    assert found.get(Skill.CRITICAL_THINKING) is None


FORM = (
    "Your name | Odalys B.\n"
    "Partner's name | Kwame\n"
    "What did your partner do well? | He keeps his binder organized with a tab for every class.\n"
    "What could you do better? | I can help you with the labels next time if you want.\n"
)


def _form_levels(student_id: str) -> dict[Skill, Level]:
    request = AssessmentRequest(
        entry_id=1,
        student_id=student_id,
        entry_type=FEEDBACK,
        own_text=FORM,
        context=FORM,
        names=NAMES,
    )
    result = validate_items(OfflineAssessor().assess(request).items, FORM)
    return {item.skill: item.level for item in result.items}


def test_feedback_a_student_wrote_is_not_evidence_of_what_they_praise_in_a_classmate() -> None:
    # Odalys wrote it: the binder is Kwame's; her offer of help is hers.
    writer = _form_levels("S001")
    assert Skill.ORGANIZATION not in writer
    assert writer.get(Skill.RELATIONSHIP_SKILLS) is Level.PROFICIENT
    # Kwame is who the form is about: the binder is his.
    assert _form_levels("S002").get(Skill.ORGANIZATION) is Level.PROFICIENT


def test_plain_words_that_only_look_like_a_cue_are_not_one() -> None:
    # "I did that" is not encouraging a tutee; letting a video finish is not holding back.
    found = levels("I did that page yesterday and then we let the video finish.", REFLECTION)
    assert Skill.RELATIONSHIP_SKILLS not in found
    assert Skill.INHIBITORY_CONTROL not in found
