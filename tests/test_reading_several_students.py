"""Documents about several of the teacher's students (a sheet of notes, exit slips typed
up, peer feedback forms) that blind authors' sets (tuning5, tuning6, tuning8, tuning9)
showed asking or losing a student. Each test writes its own document, in the convention and
not in those sets' words, and reads it as an upload is read, with nothing said: every
student it is about gets an entry with their own part of it, and no one else's."""

from __future__ import annotations

from datetime import date

from domain.curriculum import EntryType
from domain.detection import Detection, RosterStudent
from domain.errors import NeedsStudent
from tests.reading import filed, own, read_upload

ROSTER = [
    RosterStudent("S831", "Thu Trang Nguyen", "S831"),
    RosterStudent("S832", "Ignacio Ferrer", "S832", ("Nacho",)),
    RosterStudent("S833", "Beatriz Olmos", "S833"),
    RosterStudent("S834", "Kwame Asante", "S834", ("KA",)),
    RosterStudent("S835", "Grace Whitlock", "S835", ("Gracie",)),
    RosterStudent("S836", "Dorian Pratt", "S836"),
]
TEACHER = "Petra Valdivia"
TODAY = date(2026, 5, 27)


def read(file_name: str, data: bytes | str) -> Detection:
    return read_upload(file_name, data, ROSTER, teacher=TEACHER, today=TODAY)


def test_a_bullet_per_student_opening_on_a_bold_nickname_is_a_note_on_each() -> None:
    text = (
        "## Obs - stations rotation\n\n"
        "- **Nacho** kept the timer for his station and reminded Beatriz twice to rotate "
        "without being asked.\n"
        "- **Thu Trang** explained the map key to the new student in her own words.\n"
    )
    detection = read("obs stations 3-12.md", text)
    assert filed(detection) == (
        ["S831", "S832"],
        EntryType.TEACHER_OBSERVATION_NOTE,
        date(2026, 3, 12),
    )
    parts = own(detection)
    assert "kept the timer" in parts["S832"] and "map key" not in parts["S832"]
    assert "map key" in parts["S831"] and "timer" not in parts["S831"]


def test_exit_tickets_under_a_two_word_given_name_with_an_initial_are_hers() -> None:
    text = (
        "# Exit tickets - Thursday, January 8\n\n"
        "**Prompt:** *What did you do when you got stuck today?*\n\n"
        "---\n\n"
        "**Thu Trang N.**\n"
        "I got stuck on the second step so I looked back at the example in my notebook.\n\n"
        "**Ignacio F.**\n"
        "I asked my partner and he showed me how he set it up.\n"
    )
    detection = read("exit tickets 1-8.md", text)
    assert filed(detection) == (["S831", "S832"], EntryType.REFLECTION_JOURNAL, date(2026, 1, 8))
    assert "example in my notebook" in own(detection)["S831"]
    assert "example" not in own(detection)["S832"]


def test_a_name_alone_with_a_dash_over_each_paragraph_heads_the_note_about_them() -> None:
    text = (
        "Reading conference notes - Tues Mar 3 - Ms. Valdivia\n\n"
        "Beatriz O. -\n"
        "Beatriz picked a harder book on her own and read the first chapter aloud to me.\n"
        "She stopped at every new word and tried it before asking.\n\n"
        "Dorian P. -\n"
        "Dorian summarized the chapter in three sentences and named the turning point.\n\n"
        "Skills: Self-Management, Communication\n"
    )
    detection = read("conference notes - Beatriz + Dorian.txt", text)
    assert filed(detection) == (
        ["S833", "S836"],
        EntryType.TEACHER_OBSERVATION_NOTE,
        date(2026, 3, 3),
    )
    parts = own(detection)
    assert "harder book" in parts["S833"] and "turning point" not in parts["S833"]
    assert "turning point" in parts["S836"] and "harder book" not in parts["S836"]


def test_exit_slips_typed_up_under_each_students_name_are_each_theirs() -> None:
    # A PDF's text layer: no blank line between one slip and the next.
    text = (
        "Exit Slips -- Fri. Jan 16\n"
        "Copied from the slips\n"
        "Kwame A.\n"
        "Today I finished the lab write-up because I started it right away.\n"
        "Dorian P.\n"
        "I waited too long to ask for help and did not finish.\n"
    )
    detection = read("Exit slips 1-16.txt", text)
    assert filed(detection) == (["S834", "S836"], EntryType.REFLECTION_JOURNAL, date(2026, 1, 16))
    parts = own(detection)
    assert "started it right away" in parts["S834"] and "waited" not in parts["S834"]
    assert "waited too long" in parts["S836"] and "lab write-up" not in parts["S836"]


def test_a_sentence_opening_on_another_student_in_a_sheet_of_notes_is_about_them() -> None:
    text = (
        "### 2/9 - science fair practice, quick obs\n\n"
        "Beatriz timed every run of her trial and wrote the results in the table herself.\n\n"
        "Dorian redid his poster title twice until it matched his question.\n\n"
        "Kwame rehearsed his talk with Nacho by the window. Nacho asked him two questions "
        "a judge might ask and waited for his answers.\n"
    )
    detection = read("obs 2_9.md", text)
    assert filed(detection) == (
        ["S832", "S833", "S834", "S836"],
        EntryType.TEACHER_OBSERVATION_NOTE,
        date(2026, 2, 9),
    )
    parts = own(detection)
    assert parts["S834"] == "Kwame rehearsed his talk with Nacho by the window."
    assert parts["S832"].startswith("Nacho asked him two questions")


def test_a_reviewed_project_named_with_its_title_after_a_dash_is_the_receivers() -> None:
    # A PDF's text layer keeps two fields on one line, apart by a run of spaces.
    text = (
        "Eastfield Middle - Science Fair 2026\n"
        "Science Fair Peer Review\n"
        "Reviewer: Kwame Asante (KA)     Project: Dorian P. - Bridges That Bend\n"
        "Mar 4\n"
        "What is the strongest part of the project?\n"
        "Your test data is clear and you tested every bridge three times.\n"
        "One suggestion:\n"
        "Put the graph next to the photos so people can compare.\n"
    )
    detection = read("Peer review KA for Dorian.txt", text)
    assert filed(detection) == (["S834", "S836"], EntryType.PEER_FEEDBACK, date(2026, 3, 4))


def test_feedback_for_a_classmates_work_by_its_possessive_is_about_that_classmate() -> None:
    text = (
        "Peer review - Thursday April 2nd\n"
        "By: Gracie (Grace W.)\n"
        "For: Beatriz O.'s volcano model\n\n"
        "Glow: Your labels are big and easy to read from far away.\n"
        "Grow: Maybe show what happens to the lava when it cools.\n"
    )
    detection = read("peer review Gracie - Beatriz.txt", text)
    assert filed(detection) == (["S833", "S835"], EntryType.PEER_FEEDBACK, date(2026, 4, 2))


def test_a_form_asking_whose_essay_the_reviewer_read_names_the_receiver() -> None:
    text = (
        "Peer Feedback Form (Google Forms export)\n"
        "Submitted: 2/20/2026 1:05:12 PM\n"
        "Your name: Dorian Pratt\n"
        "Whose essay did you read: Thu Trang N.\n"
        "1. What is the claim?\n"
        "that school should start later. she has three reasons\n"
        "2. One suggestion?\n"
        "the second reason needs a source\n"
    )
    detection = read("Peer feedback - Dorian on Thu Trang essay.txt", text)
    assert filed(detection) == (["S831", "S836"], EntryType.PEER_FEEDBACK, date(2026, 2, 20))


def test_a_sheet_of_two_feedback_forms_gives_each_student_their_own_form() -> None:
    text = (
        "Peer Feedback - Bridge Build\n"
        "Mon. Mar 9\n\n"
        "Feedback from: Kwame Asante\n"
        "Feedback for: Dorian's team (Dorian, Beatriz O)\n\n"
        "1. What is one strength?\n"
        "Your triangles made the middle really strong, it held the most weight.\n\n"
        "--------------------\n"
        "Feedback from: Dorian Pratt\n"
        "Feedback for: Nacho's team\n\n"
        "1. strength - the tape was neat\n"
    )
    detection = read("Peer feedback bridge build.txt", text)
    assert filed(detection) == (
        ["S832", "S833", "S834", "S836"],
        EntryType.PEER_FEEDBACK,
        date(2026, 3, 9),
    )
    parts = own(detection)
    # Dorian's team is reviewed on the first form and he writes the second: both are his.
    assert "triangles" in parts["S836"] and "tape was neat" in parts["S836"]
    assert "triangles" in parts["S834"] and "tape" not in parts["S834"]
    assert "tape was neat" in parts["S832"] and "triangles" not in parts["S832"]
    assert "tape" not in parts["S833"]


def test_a_tutor_labelled_by_two_initials_of_a_three_word_name_is_a_speaker() -> None:
    text = (
        "Peer tutoring - fractions review\n"
        "Jan. 21st, 3rd period (typed from my notes)\n"
        "TN: So a fraction is a part of a whole. The bottom says how many parts.\n"
        "DP: I get that but why is one third smaller than one half?\n"
        "TN: Picture a pizza cut in three and one cut in two. Which slice is bigger?\n"
        "DP: The one cut in two. Oh, so more pieces means smaller pieces.\n"
    )
    detection = read("Thu Trang helping Dorian - fractions.txt", text)
    assert filed(detection) == (
        ["S831", "S836"],
        EntryType.PEER_TUTORING_TRANSCRIPT,
        date(2026, 1, 21),
    )
    assert "Picture a pizza" in own(detection)["S831"]
    assert "Picture a pizza" not in own(detection)["S836"]


def test_a_note_telling_of_one_student_that_names_a_classmate_once_is_about_them() -> None:
    text = (
        "### Lab day -- 4/7 (Tues)\n\n"
        "Dorian poured the acid before his gloves were on, right after the safety talk. "
        'When I asked him about it, he said he "forgot for a second." Nacho handed him '
        "the gloves.\n\n"
        "He did redo the whole set-up afterwards and checked each step with me.\n\n"
        "Responsible decisions: E\n"
    )
    detection = read("lab day 4-7.md", text)
    assert filed(detection) == (["S836"], EntryType.TEACHER_OBSERVATION_NOTE, date(2026, 4, 7))


def test_a_note_opening_on_a_first_name_that_is_also_a_word_is_about_her() -> None:
    text = (
        "Dictated 5/4 on the way to lunch duty.\n\n"
        "Poetry share today. Grace volunteered to read first, which she never did in the "
        "fall, and looked up at the class at the end. When Dorian lost his place she "
        "pointed to his line without a word. Nobody asked her to.\n"
        "Nacho clapped the loudest.\n"
    )
    detection = read("voice memo 5-4.txt", text)
    assert filed(detection) == (["S835"], EntryType.TEACHER_OBSERVATION_NOTE, date(2026, 5, 4))


def test_a_note_opening_on_two_students_then_he_is_not_guessed_for_either() -> None:
    text = (
        "Lab day -- 4/8\n\n"
        "Dorian helped Kwame set up the circuit. He was stuck on the switch for a while. "
        "He got it working by the end.\n"
    )
    try:
        detection = read("lab day 4-8.txt", text)
    except NeedsStudent:
        return
    # Filed for both is fine; for one of them alone is a guess.
    assert sorted(part.student_id for part in detection.parts) == ["S834", "S836"]
