"""The digest message: valid Block Kit within Slack's limits, whatever the class size."""

from __future__ import annotations

import json
from datetime import date
from zoneinfo import ZoneInfo

from bot import ids
from bot.blocks import BADGE_EMOJI
from bot.digest_blocks import digest_message
from bot.payloads import CheckInAnswerRef
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
from domain.models import CheckInAnswerChoice
from tests.test_blocks import assert_plain_fallback, assert_valid_message

PERIOD = Period.for_digest(date(2025, 11, 10), ZoneInfo("UTC"))
LONG_NAME = "Maximiliana-Alexandrina <Wolfeschlegelsteinhausen> & Bergerdorff " * 3


def small() -> TeacherDigest:
    return TeacherDigest(
        teacher_id="T001",
        teacher_name="Ms. Rodriguez",
        slack_user_id="U01RODRIGUEZ",
        period=PERIOD,
        badges=[
            BadgeEarned(
                "S001",
                "Eva",
                Skill.COMMUNICATION,
                Level.PROFICIENT,
                BadgeTier.SILVER,
                earned_on=date(2025, 11, 4),
                evidence_on=date(2025, 9, 18),
            ),
            BadgeEarned(
                "S001",
                "Eva",
                Skill.COMMUNICATION,
                Level.DEVELOPING,
                BadgeTier.BRONZE,
                earned_on=date(2025, 11, 4),
                evidence_on=date(2025, 9, 18),
            ),
            BadgeEarned(
                "S002",
                "Lucas",
                Skill.ORGANIZATION,
                Level.ADVANCED,
                BadgeTier.GOLD,
                earned_on=date(2025, 11, 5),
                evidence_on=date(2025, 11, 5),
            ),
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
                basis="2025-10-12",
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
            CheckIn(sid, name, CheckInKind.NO_EVIDENCE_YET, "x" * 2000, basis="none")
            for sid, name in names
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
        "Your Flourish week, 3\u20139 Nov 2025: 3 badges, 1 target reached, "
        "1 check-in idea, 4 awaiting review."
    )
    assert_plain_fallback(text)
    # The notification text names no student.
    assert "Eva" not in text and "Lucas" not in text


def test_badges_wear_their_tier_and_growth_leads() -> None:
    _, blocks = digest_message(small())
    shown = sections(blocks)
    assert shown[0].startswith(":seedling: *Growth of the week*")
    assert "Eva grew from Developing to Advanced in Communication" in shown[0]
    # One line per student: the highest badge per skill, when earned, and how old the
    # evidence was when it was older than the week.
    badges = next(s for s in shown if "*Badges earned*" in s).splitlines()
    assert badges == [
        ":sports_medal: *Badges earned* (3 badges, 2 students)",
        f"{BADGE_EMOJI[BadgeTier.SILVER]} Eva: Communication (Proficient), earned 4 Nov "
        "for evidence from 18 Sep",
        f"{BADGE_EMOJI[BadgeTier.GOLD]} Lucas: Organization (Advanced), earned 5 Nov",
    ]
    assert "Lucas: Self-Awareness, aiming for Developing (no validated level yet)" in "\n".join(
        shown
    )
    assert (
        "*Lucas*: No new evidence since 12 Oct: a fresh observation would show where "
        "Lucas is now." in "\n".join(shown)
    )


def test_each_check_in_can_be_answered_by_a_button() -> None:
    _, blocks = digest_message(small())
    (answers,) = [b for b in blocks if b.get("block_id", "").startswith(ids.CHECKIN_BLOCK_PREFIX)]
    labels = [e["text"]["text"] for e in answers["elements"]]
    assert labels == ["Checked in", "Not needed"]
    refs = [CheckInAnswerRef.model_validate_json(e["value"]) for e in answers["elements"]]
    assert refs[0] == CheckInAnswerRef(
        s="S002",
        kind=CheckInKind.NO_RECENT_EVIDENCE,
        basis="2025-10-12",
        week=date(2025, 11, 10),
        answer=CheckInAnswerChoice.CHECKED_IN,
    )
    assert refs[1].answer is CheckInAnswerChoice.NOT_NEEDED


def test_the_review_button_opens_the_queue_only_when_something_waits() -> None:
    _, blocks = digest_message(small())
    (actions,) = [
        b
        for b in blocks
        if b["type"] == "actions" and not b.get("block_id", "").startswith(ids.CHECKIN_BLOCK_PREFIX)
    ]
    (button,) = actions["elements"]
    assert button["action_id"] == ids.OPEN_REVIEW_ACTION
    assert "4 assessments awaiting your review" in json.dumps(blocks)

    quiet = small()
    quiet.awaiting_review = 0
    text, blocks = digest_message(quiet)
    assert_valid_message(text, blocks)
    assert ids.OPEN_REVIEW_ACTION not in json.dumps(blocks)


def test_two_hundred_students_fit_with_and_n_more() -> None:
    digest = huge()
    text, blocks = digest_message(digest)
    assert_valid_message(text, blocks)
    assert_plain_fallback(text)
    assert len(blocks) <= 30
    totals = {
        "Badges earned": 200,
        "Targets reached": 400,
        "Working towards": 600,
    }
    badge_title = "*Badges earned* (1800 badges, 200 students)"
    assert any(badge_title in s for s in sections(blocks))
    for title, total in totals.items():
        marker = badge_title if title == "Badges earned" else f"*{title}* ({total})"
        (section,) = [s for s in sections(blocks) if marker in s]
        lines = section.splitlines()
        shown = len(lines) - 2  # the title and the "and N more" line
        assert 0 < shown < total
        assert lines[-1] == f"_and {total - shown} more_"
    assert "Maximiliana" in sections(blocks)[0] and len(sections(blocks)[0]) < 300
    # Eight suggestions with their buttons, the other 192 counted.
    answer_blocks = [
        b for b in blocks if b.get("block_id", "").startswith(ids.CHECKIN_BLOCK_PREFIX)
    ]
    assert len(answer_blocks) == 8
    assert "and 192 more" in json.dumps(blocks)
    for block in answer_blocks:
        for button in block["elements"]:
            assert len(button["value"]) <= 2000


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
