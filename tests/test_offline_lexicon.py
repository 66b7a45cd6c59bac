"""The offline assessor's 1.1 lexicon and readings: plain behaviour words for each skill
(what a student or teacher writes, not rubric vocabulary), negation of a first success,
and questions that only mention "everybody".

Every text here is written for these tests; none comes from mock_data.
"""

from __future__ import annotations

import pytest

from domain.curriculum import EntryType, Level, Skill
from tests.offline import offline_levels

REFLECTION = EntryType.REFLECTION_JOURNAL
OBSERVATION = EntryType.TEACHER_OBSERVATION_NOTE
DISCUSSION = EntryType.GROUP_DISCUSSION_TRANSCRIPT
TUTORING = EntryType.PEER_TUTORING_TRANSCRIPT
NAMES = {"Eva": "S001", "Lucas": "S002"}


def levels(text: str, entry_type: EntryType = REFLECTION) -> dict[Skill, Level]:
    return offline_levels(text, entry_type, NAMES)


@pytest.mark.parametrize(
    ("text", "entry_type", "skill", "level"),
    [
        # Knowing the conditions one works best in is self-knowledge.
        (
            "I concentrate better with headphones on.",
            REFLECTION,
            Skill.SELF_AWARENESS,
            Level.PROFICIENT,
        ),
        (
            "I can't remember which page she told us to do.",
            REFLECTION,
            Skill.WORKING_MEMORY,
            Level.EMERGING,
        ),
        (
            "He interrupted the read-aloud three times with jokes.",
            OBSERVATION,
            Skill.INHIBITORY_CONTROL,
            Level.EMERGING,
        ),
        (
            "I left my tablet in my locker before the test so I wouldn't look at it.",
            REFLECTION,
            Skill.INHIBITORY_CONTROL,
            Level.ADVANCED,
        ),
        (
            "I don't really know where my math worksheet went.",
            REFLECTION,
            Skill.ORGANIZATION,
            Level.EMERGING,
        ),
        (
            "I made a folder for each subject so nothing gets mixed.",
            REFLECTION,
            Skill.ORGANIZATION,
            Level.PROFICIENT,
        ),
        (
            "I wrote down what I'll do if the glue takes longer to dry.",
            REFLECTION,
            Skill.PLANNING_PRIORITIZATION,
            Level.ADVANCED,
        ),
        (
            "She put a due date for each part of the report on her calendar.",
            OBSERVATION,
            Skill.PLANNING_PRIORITIZATION,
            Level.PROFICIENT,
        ),
        # Asking where a claim comes from is the rubric's Developing ("asks where
        # information came from"); checking it is Proficient.
        (
            "How do you know the bridge can hold that much?",
            DISCUSSION,
            Skill.CRITICAL_THINKING,
            Level.DEVELOPING,
        ),
        (
            "She passed when it was her turn to read.",
            OBSERVATION,
            Skill.COMMUNICATION,
            Level.EMERGING,
        ),
        (
            "What if we combine your drawing idea with my map?",
            DISCUSSION,
            Skill.COLLABORATION,
            Level.PROFICIENT,
        ),
        (
            "She suggested a compromise so both teams kept their slogans.",
            OBSERVATION,
            Skill.COLLABORATION,
            Level.ADVANCED,
        ),
        (
            "We changed the design after the first ramp tipped over.",
            REFLECTION,
            Skill.CREATIVITY_INNOVATION,
            Level.PROFICIENT,
        ),
        (
            "Want me to show you how I line up the numbers?",
            TUTORING,
            Skill.RELATIONSHIP_SKILLS,
            Level.ADVANCED,
        ),
        (
            "We have to think about the future, not just this week.",
            DISCUSSION,
            Skill.RESPONSIBLE_DECISION_MAKING,
            Level.ADVANCED,
        ),
        (
            "The dust from the storm over there blew all the way here.",
            DISCUSSION,
            Skill.GLOBAL_AWARENESS,
            Level.PROFICIENT,
        ),
        (
            "She asked if she could start a recycling club at lunch.",
            OBSERVATION,
            Skill.TASK_INITIATION,
            Level.ADVANCED,
        ),
        (
            "He opened his notebook only after my third reminder.",
            OBSERVATION,
            Skill.TASK_INITIATION,
            Level.DEVELOPING,
        ),
    ],
)
def test_plain_behaviour_words_place_a_level(
    text: str, entry_type: EntryType, skill: Skill, level: Level
) -> None:
    assert levels(text, entry_type).get(skill) is level


def test_a_denied_call_out_is_the_skill_in_hand() -> None:
    assert levels("I never blurt out answers in class anymore, I wait for my turn.").get(
        Skill.INHIBITORY_CONTROL
    ) in (Level.PROFICIENT, Level.DEVELOPING)
    assert levels("I never blurt out answers during science.")[Skill.INHIBITORY_CONTROL] is (
        Level.PROFICIENT
    )


def test_a_difficulty_denied_this_once_is_a_first_success() -> None:
    # One time without it is on the way (Developing), not yet the habit (Proficient).
    found = levels("I didn't shout out the answer this time, I wrote it on my whiteboard.")
    assert found[Skill.INHIBITORY_CONTROL] is Level.DEVELOPING


def test_a_question_that_mentions_everybody_is_not_audience_engagement() -> None:
    # Wondering about fairness to everybody is not holding an audience.
    assert Skill.COMMUNICATION not in levels(
        "If it's not fair to everybody? I think so.", DISCUSSION
    )
    # Asking the audience is.
    asked = levels(
        "Has anybody here ever been to a food bank?", EntryType.PROJECT_PRESENTATION_TRANSCRIPT
    )
    assert asked[Skill.COMMUNICATION] is Level.ADVANCED


def test_a_denied_loss_is_organisation_in_hand_and_once_is_a_first_success() -> None:
    assert levels("I did not lose a single worksheet this month.")[Skill.ORGANIZATION] is (
        Level.PROFICIENT
    )
    assert levels("I didn't forget my calculator this time.")[Skill.ORGANIZATION] is (
        Level.DEVELOPING
    )


def test_growth_from_losing_things_to_checking_the_bag_is_not_emerging() -> None:
    found = levels("I used to lose my pencils every week, but now I check my backpack daily.")
    assert found[Skill.ORGANIZATION] in (Level.DEVELOPING, Level.PROFICIENT)


@pytest.mark.parametrize(
    "text",
    [
        # An Emerging cue some of the time is mixed success.
        "She sometimes forgets her planner at home.",
        # A Proficient cue, some of the time.
        "She keeps her binder in order three of five days.",
        # Independence, some of the time.
        "He starts his work on his own about half the time.",
    ],
)
def test_some_of_the_time_is_developing(text: str) -> None:
    assert set(levels(text, OBSERVATION).values()) == {Level.DEVELOPING}


@pytest.mark.parametrize(
    "text",
    [
        "After I reminded him, he kept his binder in order.",
        "After I pointed at the checklist, she started the warm-up independently.",
    ],
)
def test_the_skill_shown_once_an_adult_prompted_it_is_developing(text: str) -> None:
    # Developing is "uses the skill when prompted": the prompt outweighs the cue's level.
    assert set(levels(text, OBSERVATION).values()) == {Level.DEVELOPING}


@pytest.mark.parametrize(
    "heading",
    [
        "PEER REVIEW - online safety unit - Tue Mar 3",
        "Group work check-in, Thursday, October 9, digital citizenship",
    ],
)
def test_a_title_line_is_not_evidence(heading: str) -> None:
    # Its topic words name the lesson; the student's own sentence below still counts.
    text = f"{heading}\nI checked two other sites before I believed the article."
    found = levels(text)
    assert Skill.DIGITAL_LITERACY not in found
    assert found[Skill.CRITICAL_THINKING] is Level.PROFICIENT


def test_a_difficulty_set_in_a_past_season_is_not_emerging_now() -> None:
    # The note is about now; "last spring" is the past the student has left.
    found = levels("Last spring she lost her calculator and two worksheets.", OBSERVATION)
    assert found.get(Skill.ORGANIZATION) is not Level.EMERGING
    assert (
        levels("She lost her calculator and two worksheets.", OBSERVATION)[Skill.ORGANIZATION]
        is Level.EMERGING
    )


@pytest.mark.parametrize(
    "text",
    [
        "She looked at the visual schedule on her desk and started the reading log on her own.",
        "He asked for the break pass and came back calm after five minutes.",
    ],
)
def test_the_skill_with_a_provided_scaffold_in_hand_is_developing(text: str) -> None:
    assert set(levels(text, OBSERVATION).values()) == {Level.DEVELOPING}


def test_a_checklist_the_student_made_is_not_a_scaffold() -> None:
    found = levels("I made my own checklist and I started my homework right away.")
    assert found[Skill.TASK_INITIATION] is Level.PROFICIENT


def test_having_started_a_group_of_their_own_is_advanced_task_initiation() -> None:
    text = "Independently, he has set up a homework hub for the class."
    assert levels(text, OBSERVATION)[Skill.TASK_INITIATION] is Level.ADVANCED
    assert levels("He started his work right away.", OBSERVATION)[Skill.TASK_INITIATION] is (
        Level.PROFICIENT
    )


def test_a_habit_the_student_teaches_someone_else_is_advanced() -> None:
    # The rubric's Advanced: the skill modelled for others, though the skill's own
    # Advanced words are absent and its Proficient habit is said twice around it.
    text = (
        "I keep my binder neat now. I taught my cousin to put tabs in his folder too. "
        "My binder has a tab for every class."
    )
    assert levels(text)[Skill.ORGANIZATION] is Level.ADVANCED


def test_helping_beside_the_skill_is_not_by_itself_advanced_social_awareness() -> None:
    # Helping is the skill itself here, not the skill modelled for others: the Proficient
    # reading stands, as it would not for Organization.
    text = (
        "She noticed the new girl looked upset and asked her how she was feeling. "
        "Later she helped two classmates make room for her at their table."
    )
    assert levels(text, OBSERVATION)[Skill.SOCIAL_AWARENESS] is Level.PROFICIENT


@pytest.mark.parametrize(
    ("text", "entry_type"),
    [
        (
            "Farmers in Peru grow potatoes on terraces, so we want to test terraces on the "
            "slope behind the gym.",
            REFLECTION,
        ),
        ("The water filter they use in India could work here at the creek.", DISCUSSION),
        (
            "After reading about the drought, he made a flyer for the bake sale to raise "
            "money for wells.",
            OBSERVATION,
        ),
    ],
)
def test_a_solution_found_elsewhere_brought_home_is_advanced_global_awareness(
    text: str, entry_type: EntryType
) -> None:
    assert levels(text, entry_type)[Skill.GLOBAL_AWARENESS] is Level.ADVANCED


def test_a_far_place_reaching_home_is_proficient_global_awareness() -> None:
    text = "Storms in other countries matter to us because the fruit at our store costs more."
    assert levels(text).get(Skill.GLOBAL_AWARENESS) is Level.PROFICIENT


def test_something_new_begun_for_others_is_advanced_task_initiation() -> None:
    text = "Nobody asked her, but she set up a lost-and-found bin for the locker room."
    assert levels(text, OBSERVATION)[Skill.TASK_INITIATION] is Level.ADVANCED


def test_the_past_told_after_the_present_is_not_emerging_now() -> None:
    text = "I get going on my essays fast now. In October I would not even start until Sunday."
    assert levels(text).get(Skill.TASK_INITIATION) is not Level.EMERGING


@pytest.mark.parametrize(
    "text",
    [
        "One of the reports was paid for by the sugar industry, so I trusted it less.",
        "Every letter in the packet came from the mill owners, so the packet is one-sided.",
    ],
)
def test_questioning_who_stands_behind_a_source_is_advanced_critical_thinking(text: str) -> None:
    assert levels(text)[Skill.CRITICAL_THINKING] is Level.ADVANCED


def test_a_difficulty_that_shows_only_occasionally_is_developing() -> None:
    text = "He occasionally calls out answers before his turn."
    assert levels(text, OBSERVATION)[Skill.INHIBITORY_CONTROL] is Level.DEVELOPING


def test_a_lesson_drawn_from_a_missed_deadline_is_not_emerging() -> None:
    text = "I missed the deadline because I waited too long, so this week I planned each night."
    assert levels(text).get(Skill.PLANNING_PRIORITIZATION) is not Level.EMERGING


def test_reminders_the_student_set_are_not_an_adults_prompt() -> None:
    text = "I put every quiz date into my phone calendar with reminders."
    assert levels(text).get(Skill.PLANNING_PRIORITIZATION) is not Level.DEVELOPING


def test_a_system_passed_on_to_younger_cousins_is_advanced() -> None:
    text = (
        "He keeps his binder tidy. "
        "At home he helped his cousins set up binders with a tab for each class, like his."
    )
    assert levels(text, OBSERVATION)[Skill.ORGANIZATION] is Level.ADVANCED


@pytest.mark.parametrize(
    "text",
    [
        "We compared two articles about the dam before we wrote our claim.",
        "I checked the number against another report before I put it on the slide.",
    ],
)
def test_sources_set_side_by_side_are_advanced_critical_thinking(text: str) -> None:
    assert levels(text)[Skill.CRITICAL_THINKING] is Level.ADVANCED


def test_checking_two_sites_each_on_its_own_stays_the_proficient_habit() -> None:
    text = "I checked two websites to see who made them before I used the facts."
    assert levels(text).get(Skill.CRITICAL_THINKING) is not Level.ADVANCED


def test_an_experiment_begun_unasked_is_advanced_task_initiation() -> None:
    text = "Over the break I started a rain gauge experiment on my own in the backyard."
    assert levels(text)[Skill.TASK_INITIATION] is Level.ADVANCED


def test_a_trick_taught_to_someone_else_is_the_skill_modelled_for_them() -> None:
    # "teach it to": what is taught comes before whom, which "taught my cousin to" does not
    # cover.
    text = (
        "I made up a rhyme to remember the steps and changed it so it fits fractions. "
        "Now I teach it to my younger sister when she gets stuck."
    )
    assert levels(text)[Skill.CREATIVITY_INNOVATION] is Level.ADVANCED


def test_a_word_bank_the_teacher_left_out_picked_up_is_a_scaffold_in_use() -> None:
    text = (
        "She stalled on the second paragraph, then picked up the word bank card on her "
        "desk and kept writing."
    )
    found = levels(text, OBSERVATION)
    assert found
    assert set(found.values()) == {Level.DEVELOPING}


def test_not_giving_up_once_stuck_is_a_success_won_against_the_difficulty() -> None:
    # The difficulty is met in the same sentence: on the way, not yet the habit in hand.
    text = "I got stuck on the third problem but I didn't give up, I looked back at my notes."
    assert levels(text)[Skill.SELF_MANAGEMENT] is Level.DEVELOPING


def test_not_giving_up_with_no_difficulty_met_stays_the_habit_in_hand() -> None:
    text = "When the fire drill cut us off I didn't give up, I picked up where I left off."
    assert levels(text)[Skill.SELF_MANAGEMENT] is Level.PROFICIENT


def test_a_plan_for_getting_stuck_is_not_a_struggle() -> None:
    text = "If I get stuck I try another way before I ask for help."
    assert Level.DEVELOPING not in levels(text).values()


def test_a_difficulty_denied_while_stuck_is_a_success_won_against_it() -> None:
    assert (
        levels("I was stuck on step two but I never threw my pencil.")[Skill.SELF_MANAGEMENT]
        is Level.DEVELOPING
    )
    assert levels("I never threw my pencil in math this week.")[Skill.SELF_MANAGEMENT] is (
        Level.PROFICIENT
    )


def test_asking_those_who_decide_to_change_what_they_buy_is_advocacy() -> None:
    text = "We should ask the cafeteria to switch to fair trade bananas after our unit on farms."
    assert levels(text)[Skill.GLOBAL_AWARENESS] is Level.ADVANCED


def test_a_far_off_issue_followed_up_at_home_is_the_research_the_rubric_names() -> None:
    text = (
        "I read that most cocoa comes from Ghana, so now I want to find out which brands pay "
        "the farmers fairly."
    )
    assert levels(text)[Skill.GLOBAL_AWARENESS] is Level.ADVANCED


@pytest.mark.parametrize(
    "text",
    [
        "I was proud of my speech but worried that nobody understood the second part.",
        "I noticed I was being pushy when my partner tried to talk, so I stopped.",
    ],
)
def test_mixed_feelings_or_ones_own_behaviour_noticed_is_proficient(
    text: str,
) -> None:
    # The rubric's Proficient: mixed feelings named, or linked to what one did; one
    # feeling and its cause ("worried because I didn't study") stays Developing.
    assert levels(text)[Skill.SELF_AWARENESS] is Level.PROFICIENT


def test_naming_what_one_is_good_at_stays_developing() -> None:
    assert levels("I'm pretty good at drawing maps.")[Skill.SELF_AWARENESS] is Level.DEVELOPING
