"""The digest message: valid Block Kit within Slack's limits, whatever the class size."""

from __future__ import annotations

import json
from datetime import date
from zoneinfo import ZoneInfo

from bot import ids
from bot.blocks import BADGE_EMOJI
from bot.digest_blocks import digest_message
from domain.curriculum import BadgeTier, Level, Skill
from domain.digest import (
    BadgeEarned,
    CheckIn,
    CheckInKind,
    Highlight,
    Period,
    TargetProgress,
    TargetReached,
    TeacherDigest,
    no_recent_evidence_reason,
)
from tests.test_blocks import assert_valid_message

PERIOD = Period.for_digest(date(2025, 11, 10), ZoneInfo("UTC"))
LONG_NAME = "Maximiliana-Alexandrina <Wolfeschlegelsteinhausen> & Bergerdorff " * 3


def small() -> TeacherDigest:
    return TeacherDigest(
        teacher_id="T001",
        teacher_name="Ms. Rodriguez",
        slack_user_id="U01RODRIGUEZ",
        period=PERIOD,
        badges=[
            BadgeEarned("S001", "Eva", Skill.COMMUNICATION, Level.PROFICIENT, BadgeTier.SILVER)
        ],
        targets_completed=[
            TargetReached("S001", "Eva", Skill.ORGANIZATION, Level.DEVELOPING, Level.PROFICIENT)
        ],
        active_targets=[
            TargetProgress(
                "S002", "Lucas", Skill.SELF_AWARENESS, Level.EMERGING, Level.DEVELOPING, None
            )
        ],
        awaiting_review=4,
        check_ins=[
            CheckIn(
                "S002",
                "Lucas",
                CheckInKind.NO_RECENT_EVIDENCE,
                no_recent_evidence_reason("Lucas", date(2025, 10, 12)),
                last_evidence=date(2025, 10, 12),
            )
        ],
        highlight=Highlight("S001", "Eva", Skill.COMMUNICATION, Level.DEVELOPING, Level.ADVANCED),
    )


def huge(students: int = 200) -> TeacherDigest:
    skills = list(Skill)
    levels = [Level.DEVELOPING, Level.PROFICIENT, Level.ADVANCED]
    names = [(f"S{n:03d}", f"{LONG_NAME}{n}") for n in range(1, students + 1)]
    return TeacherDigest(
        teacher_id="T001",
        teacher_name="Ms. Rodriguez",
        slack_user_id="U01RODRIGUEZ",
        period=PERIOD,
        badges=[
            BadgeEarned(sid, name, skill, level, BadgeTier.for_level(level))  # type: ignore[arg-type]
            for sid, name in names
            for skill in skills[:3]
            for level in levels
        ],
        targets_completed=[
            TargetReached(sid, name, skill, Level.EMERGING, Level.DEVELOPING)
            for sid, name in names
            for skill in skills[:2]
        ],
        active_targets=[
            TargetProgress(sid, name, skill, Level.DEVELOPING, Level.ADVANCED, Level.PROFICIENT)
            for sid, name in names
            for skill in skills[2:5]
        ],
        awaiting_review=3400,
        check_ins=[
            CheckIn(sid, name, CheckInKind.NO_EVIDENCE_YET, "x" * 2000) for sid, name in names
        ],
        highlight=Highlight(
            "S001", LONG_NAME * 5, Skill.COMMUNICATION, Level.EMERGING, Level.ADVANCED
        ),
    )


def sections(blocks: list[dict]) -> list[str]:
    return [b["text"]["text"] for b in blocks if b["type"] == "section"]


def test_a_digest_is_valid_block_kit_with_a_fallback() -> None:
    text, blocks = digest_message(small())
    assert_valid_message(text, blocks)
    assert text == (
        "Your Flourish week, 3\u20139 Nov 2025: 1 badge, 1 target reached, "
        "1 check-in idea, 4 awaiting review."
    )
    # The notification text names no student.
    assert "Eva" not in text and "Lucas" not in text


def test_badges_wear_their_tier_and_growth_leads() -> None:
    _, blocks = digest_message(small())
    shown = sections(blocks)
    assert shown[0].startswith(":seedling: *Growth of the week*")
    assert "Eva grew from Developing to Advanced in Communication" in shown[0]
    assert f"{BADGE_EMOJI[BadgeTier.SILVER]} Eva: Communication (Proficient)" in "\n".join(shown)
    assert "Lucas: Self-Awareness, aiming for Developing (no validated level yet)" in "\n".join(
        shown
    )
    assert (
        "*Lucas*: No new evidence since 12 Oct: a fresh observation would show where "
        "Lucas is now." in "\n".join(shown)
    )


def test_the_review_button_opens_the_queue_only_when_something_waits() -> None:
    _, blocks = digest_message(small())
    (actions,) = [b for b in blocks if b["type"] == "actions"]
    (button,) = actions["elements"]
    assert button["action_id"] == ids.OPEN_REVIEW_ACTION
    assert "4 assessments awaiting your review" in json.dumps(blocks)

    quiet = small()
    quiet.awaiting_review = 0
    text, blocks = digest_message(quiet)
    assert_valid_message(text, blocks)
    assert not [b for b in blocks if b["type"] == "actions"]
    assert ids.OPEN_REVIEW_ACTION not in json.dumps(blocks)


def test_two_hundred_students_fit_with_and_n_more() -> None:
    digest = huge()
    text, blocks = digest_message(digest)
    assert_valid_message(text, blocks)
    assert len(blocks) < 20
    totals = {
        "Badges earned": 1800,
        "Targets reached": 400,
        "Working towards": 600,
        "Worth a check-in": 200,
    }
    for title, total in totals.items():
        (section,) = [s for s in sections(blocks) if f"*{title}* ({total})" in s]
        lines = section.splitlines()
        shown = len(lines) - 2  # the title and the "and N more" line
        assert 0 < shown < total
        assert lines[-1] == f"_and {total - shown} more_"
    assert "Maximiliana" in sections(blocks)[0] and len(sections(blocks)[0]) < 300


def test_names_are_escaped_never_markup() -> None:
    digest = small()
    digest.badges = [
        BadgeEarned(
            "S001", "<!channel> *Eva*", Skill.COMMUNICATION, Level.DEVELOPING, BadgeTier.BRONZE
        )
    ]
    _, blocks = digest_message(digest)
    rendered = json.dumps(blocks)
    assert "<!channel>" not in rendered and "&lt;!channel&gt;" in rendered
