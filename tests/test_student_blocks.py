"""The student-choosing builders stay within Slack's limits for long names and big schools."""

from __future__ import annotations

import json

from bot import ids
from bot.payloads import BUTTON_VALUE_LIMIT, StudentChoice
from bot.student_blocks import (
    CHOICE_BUTTONS,
    no_student,
    progress_picker,
    student_options,
    which_student,
)
from domain.curriculum import Level, Skill
from domain.students import StudentMatch
from tests.test_blocks import assert_valid_message, assert_valid_view

LONG = "Évangéline " * 20  # 220 characters: past a button's 75 and an option's 75


def test_which_student_asks_with_a_button_each_and_the_ids_in_small_text() -> None:
    matches = [StudentMatch(f"S{n:06d}", LONG + "*bold* <!here>") for n in range(1, 31)]
    text, blocks = which_student(
        "Évangéline", matches, "badge", skill=Skill.COMMUNICATION, level=Level.ADVANCED
    )
    assert_valid_message(text, blocks)
    buttons = blocks[1]["elements"]
    assert len(buttons) == CHOICE_BUTTONS
    for button in buttons:
        assert len(button["value"]) <= BUTTON_VALUE_LIMIT
        choice = StudentChoice.model_validate_json(button["value"])
        assert choice.skill is Skill.COMMUNICATION and choice.level is Level.ADVANCED
    assert "and 20 more" in json.dumps(blocks)
    # Names reach mrkdwn escaped; the fallback text carries no markup.
    assert "<!here>" not in json.dumps(blocks) and "*" not in text
    text, _ = which_student("<!here> Eva", matches[:2], "progress")
    assert "<!here>" not in text


def test_the_picker_and_options_for_a_school() -> None:
    students = [StudentMatch(f"S{n:06d}", LONG) for n in range(1, 201)]
    assert_valid_view(progress_picker(students[:100]))
    big = progress_picker(students)
    assert_valid_view(big)
    assert big["blocks"][0]["element"]["type"] == "external_select"
    assert big["blocks"][0]["element"]["action_id"] == ids.STUDENT_INPUT
    assert progress_picker([], searchable=True)["blocks"][0]["element"]["type"] == (
        "external_select"
    )
    options = student_options(students)
    assert len(options) == 100 and all(len(o["text"]["text"]) <= 75 for o in options)
    assert_valid_message(*no_student("*Nobody* <!channel>", "Usage."))
    assert "<!channel>" not in json.dumps(no_student("<!channel>", "Usage.")[1])
