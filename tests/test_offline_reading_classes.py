"""Three ways the reading lost the student's own words, each a class seen on a blind
author's documents: a report that ran on into the speaker's own conclusion, a number word
read as a classmate's name, and a note calling the student by a nickname.

Every text here is written for these tests; none comes from mock_data.
"""

from __future__ import annotations

from domain.assessors.reading import Voice, read_sentence

OWN = frozenset({"Theodora", "Quinn"})
OTHERS = frozenset({"Marcus", "Lee"})


def kept(text: str, voice: Voice = Voice.STUDENT) -> str:
    return " ".join(read_sentence(text, voice, OWN, OTHERS).text.split())


def test_a_report_ends_where_the_speaker_draws_their_own_conclusion() -> None:
    text = "My dad says I cook well, so maybe I'm better with my hands than on paper."
    assert kept(text).endswith("so maybe I'm better with my hands than on paper.")
    # The report itself stays blanked.
    assert "cook" not in kept(text)


def test_a_classmates_idea_ends_where_the_student_proposes_something() -> None:
    text = "Marcus said to use tape, and Lee wants glue, so what if we try both"
    assert kept(text) == "so what if we try both"


def test_a_number_word_opening_a_sentence_is_not_a_classmate() -> None:
    text = "Four cups, two bowls each, and I wrote the order on the board first."
    assert kept(text) == " ".join(text.split())


def test_a_nickname_of_the_student_in_a_note_about_them_is_the_student() -> None:
    text = "Theo keeps saying it is fine, and then at night she remembers the essay is due."
    assert "remembers" in kept(text, Voice.ABOUT)
    # A name that is another student's stays someone else's.
    assert "remembers" not in kept(
        "Marcus keeps saying it is fine, and then at night he remembers the essay.", Voice.ABOUT
    )
