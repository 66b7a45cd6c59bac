"""The review's surfaces (an entry's message, a /review page, the Correct and details
modals): scannable, honest about certainty and provenance, within Slack's limits, with a
plain-words fallback."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

from bot import ids
from bot.mrkdwn import plain_words
from bot.payloads import (
    BUTTON_VALUE_LIMIT,
    CorrectionMetadata,
    EntryMessage,
    PageMessage,
    load_message_ref,
)
from bot.review_blocks import entry_review_message
from bot.review_modals import correction_modal, details_modal
from bot.review_page_blocks import PAGE_SIZE, review_page_message
from domain.curriculum import BadgeTier, EntryType, Level, Skill, rubric
from domain.entry_review import DocumentRef, EntryReview, ReviewedItem
from domain.models import EntryStatus, ReviewState
from tests.test_blocks import assert_valid_message, assert_valid_view

# "One desktop screen" for an 8-skill entry, measured: at most 12 blocks and 1,200
# characters of visible text (a 1080p Slack window shows about 30 lines of 100).
SCREEN_BLOCKS = 12
SCREEN_CHARACTERS = 1200
BUTTON_TEXT_LIMIT = 75
PERMALINK = "https://school.slack.com/files/U01RODRIGUEZ/F0ABC/S001_reflection_2025-09-12.md"
DOCUMENT = DocumentRef(
    EntryType.REFLECTION_JOURNAL, date(2025, 9, 12), "S001_reflection_2025-09-12.md", PERMALINK
)
QUOTE = (
    "When our group could not agree on the poster, I listened to what Lucas wanted and then "
    "suggested we split the work so everyone had a part they liked, and we finished early."
)
JUSTIFICATION = (
    "Eva listens to a peer's view and proposes a fair way forward without being asked; this "
    "fits the Proficient descriptor for the skill, and she is beginning to lead the group. " * 2
)


def reviewed(
    assessment_id: int,
    skill: Skill,
    *,
    state: ReviewState = ReviewState.PENDING,
    quote: str = QUOTE,
    name: str = "Eva",
    actionable: bool = True,
    confidence: float = 0.42,
    **extra: Any,
) -> ReviewedItem:
    validated = state is not ReviewState.PENDING
    return ReviewedItem(
        assessment_id=assessment_id,
        entry_id=7,
        student_id="S001",
        student_name=name,
        skill=skill,
        level=Level.PROFICIENT,
        confidence=confidence,
        evidence_quote=quote,
        justification=JUSTIFICATION,
        observed_on=date(2025, 9, 12),
        state=state,
        reviewer_name="Ms. Rodriguez" if validated else None,
        reviewed_at=datetime(2025, 9, 13, tzinfo=UTC) if validated else None,
        proposed_level=Level.DEVELOPING if state is ReviewState.CORRECTED else None,
        badge=BadgeTier.SILVER if state in (ReviewState.ACCEPTED, ReviewState.CORRECTED) else None,
        targets_reached=(Level.PROFICIENT,) if validated else (),
        actionable=actionable,
        **extra,
    )


def entry(items: list[ReviewedItem], name: str = "Eva", **extra: Any) -> EntryReview:
    return EntryReview(
        entry_id=7,
        student_id="S001",
        student_name=name,
        entry_type=EntryType.REFLECTION_JOURNAL,
        entry_date=date(2025, 9, 12),
        file_name="S001_reflection_2025-09-12.md",
        status=EntryStatus.ASSESSED,
        items=items,
        dropped_items=0,
        **extra,
    )


def visible_text(blocks: list[dict[str, Any]]) -> str:
    """What a teacher reads: section and context text, buttons, ticked-box labels,
    without the markup characters Slack turns into styling."""
    parts: list[str] = []
    for block in blocks:
        if "text" in block:
            parts.append(block["text"]["text"])
        for element in [*block.get("elements", []), block.get("accessory") or {}]:
            if element.get("type") in ("mrkdwn", "plain_text"):
                parts.append(element["text"])
            elif element.get("type") == "button":
                parts.append(element["text"]["text"])
            elif element.get("type") == "checkboxes":
                parts += [option["text"]["text"] for option in element["options"]]
    return "\n".join(plain_words(part) for part in parts)


def elements(blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        element
        for block in blocks
        for element in [*block.get("elements", []), block.get("accessory") or {}]
        if element
    ]


def test_an_8_skill_entry_fits_one_desktop_screen_with_one_primary_action() -> None:
    items = [reviewed(i + 1, skill) for i, skill in enumerate(list(Skill)[:8])]
    text, blocks = entry_review_message(entry(items))
    assert_valid_message(text, blocks)
    assert len(blocks) <= SCREEN_BLOCKS
    assert len(visible_text(blocks)) <= SCREEN_CHARACTERS
    buttons = [e for e in elements(blocks) if e.get("type") == "button"]
    (primary,) = [b for b in buttons if b.get("style") == "primary"]
    assert primary["text"]["text"] == "Accept all 8"
    assert json.loads(primary["value"]) == {"a": list(range(1, 9))}
    # One line per skill: skill, level and a short quote; the descriptor is not repeated.
    body = json.dumps(blocks)
    assert body.count(" \\u00b7 Proficient \\u00b7 ") == 8 or body.count(" · Proficient · ") == 8
    descriptor = rubric().descriptor(Skill.SELF_AWARENESS, Level.PROFICIENT)
    assert descriptor not in body and JUSTIFICATION[:40] not in body
    # Per-skill accept: a box per skill and Accept selected.
    (boxes,) = [e for e in elements(blocks) if e.get("type") == "checkboxes"]
    assert [o["value"] for o in boxes["options"]] == [str(i) for i in range(1, 9)]
    assert any(b["action_id"] == ids.ACCEPT_SELECTED_ACTION for b in buttons)


def test_the_levels_meaning_is_one_menu_away_and_the_details_hold_the_rest() -> None:
    item = reviewed(1, Skill.COLLABORATION, document=DOCUMENT)
    _, blocks = entry_review_message(entry([item]))
    (menu,) = [e for e in elements(blocks) if e.get("type") == "overflow"]
    labels = [o["text"]["text"] for o in menu["options"]]
    assert labels == [
        "What Proficient means",
        "Correct the level\u2026",
        "Not evidence of this skill",
    ]
    view = details_modal(item)
    assert_valid_view(view)
    shown = json.dumps(view)
    assert (
        rubric().descriptor(Skill.COLLABORATION, Level.PROFICIENT)
        in json.loads(shown)["blocks"][4]["text"]["text"]
    )
    assert "S001_reflection_2025-09-12.md" in shown and PERMALINK in shown


def test_certainty_is_said_in_words_only_where_it_matters_and_never_once_reviewed() -> None:
    unsure = reviewed(1, Skill.COLLABORATION, confidence=0.2, closer_look=True)
    sure = reviewed(2, Skill.COMMUNICATION, confidence=0.9)
    accepted = reviewed(3, Skill.ORGANIZATION, state=ReviewState.ACCEPTED, confidence=0.2)
    _, blocks = entry_review_message(entry([unsure, sure, accepted]))
    body = json.dumps(blocks)
    assert "%" not in body and "sure" not in body
    lines = [b["text"]["text"] for b in blocks[1:4]]
    assert ["Worth a closer look" in line for line in lines] == [True, False, False]
    _, page = review_page_message([unsure, sure], offset=0, total_pending=2)
    assert "%" not in json.dumps(page) and "Worth a closer look" in json.dumps(page)


def test_every_item_names_its_document_and_links_the_slack_file() -> None:
    items = [reviewed(i + 1, skill, document=DOCUMENT) for i, skill in enumerate(list(Skill)[:3])]
    _, blocks = entry_review_message(entry(items, document=DOCUMENT))
    heading = blocks[0]["text"]["text"]
    assert "Reflection journal, 12 Sep 2025" in heading
    assert f"<{PERMALINK}|S001_reflection_2025-09-12.md>" in heading
    _, page = review_page_message(items, offset=0, total_pending=3)
    for block in page[1:4]:
        assert f"Reflection journal, 12 Sep 2025, <{PERMALINK}|" in block["text"]["text"]
    # A file from the command line, or a link that is not a plain address, is named unlinked.
    for permalink in (None, "https://x.example/a|<!channel>", "javascript:alert(1)"):
        document = replace(DOCUMENT, permalink=permalink)
        _, blocks = entry_review_message(entry(items, document=document))
        heading = blocks[0]["text"]["text"]
        assert "S001_reflection_2025-09-12.md" in heading and "<" not in heading


def test_a_corrected_item_shows_the_teachers_level_and_reason_not_the_assessors() -> None:
    corrected = reviewed(
        1,
        Skill.COLLABORATION,
        state=ReviewState.CORRECTED,
        teacher_reason="Evidence shows more: she led the group and drew in the quiet ones.",
    )
    dismissed = reviewed(2, Skill.CREATIVITY_INNOVATION, state=ReviewState.DISMISSED)
    _, blocks = entry_review_message(entry([corrected, dismissed]))
    line, dismissed_line = blocks[1]["text"]["text"], blocks[2]["text"]["text"]
    assert "*Proficient* (proposed Developing)" in line
    assert "Evidence shows more: she led the group" in line
    assert "fits the Proficient descriptor" not in json.dumps(blocks)
    assert "not evidence of this skill" in dismissed_line
    view = details_modal(corrected)
    assert_valid_view(view)
    assert "the teacher's level: Evidence shows more" in json.dumps(view)
    assert "fits the Proficient descriptor" not in json.dumps(view)


def test_a_recent_review_offers_undo_and_an_old_one_does_not() -> None:
    recent = reviewed(1, Skill.COLLABORATION, state=ReviewState.ACCEPTED, undoable=True)
    old = reviewed(2, Skill.COMMUNICATION, state=ReviewState.DISMISSED)
    _, blocks = entry_review_message(entry([recent, old]))
    assert blocks[1]["accessory"]["action_id"] == ids.UNDO_ACTION
    assert blocks[1]["accessory"]["text"]["text"] == "Undo"
    assert blocks[2]["accessory"]["type"] == "overflow"
    assert ids.UNDO_ACTION not in json.dumps(blocks[2])


def test_17_skills_long_quotes_and_markup_names_stay_within_slacks_limits() -> None:
    long_quote = "and then I <b>really</b> tried & kept trying " * 200  # ~9,000 characters
    long_name = "<Eva> " + "A" * 300
    states = [ReviewState.PENDING, ReviewState.ACCEPTED, ReviewState.CORRECTED]
    items = [
        reviewed(
            i + 100_000,
            skill,
            state=states[i % 3] if i < 9 else ReviewState.PENDING,
            quote=long_quote,
            name=long_name,
            teacher_reason="x" * 1000,
            document=replace(DOCUMENT, file_name="f" * 255, permalink=PERMALINK + "x" * 700),
        )
        for i, skill in enumerate(Skill)
    ]
    text, blocks = entry_review_message(entry(items, name=long_name, document=items[0].document))
    assert_valid_message(text, blocks)
    body = json.dumps(blocks)
    assert "<b>" not in body and "&lt;Eva&gt;" in body
    for element in elements(blocks):
        if element.get("type") == "button":
            assert len(element["text"]["text"]) <= BUTTON_TEXT_LIMIT
            assert len(element["value"]) <= BUTTON_VALUE_LIMIT
    groups = [e for e in elements(blocks) if e.get("type") == "checkboxes"]
    assert [len(g["options"]) for g in groups] == [10, 1]  # 11 pending: Slack's 10 a group
    shows = blocks[0]["block_id"][len(ids.MESSAGE_BLOCK_PREFIX) :]
    assert load_message_ref(shows) == EntryMessage(entry=7)
    for item in items:
        assert_valid_view(details_modal(item))

    page_items = items[:PAGE_SIZE]
    text, page = review_page_message(page_items, offset=20, total_pending=400)
    assert_valid_message(text, page)
    shows = load_message_ref(page[0]["block_id"][len(ids.MESSAGE_BLOCK_PREFIX) :])
    assert shows == PageMessage(ids=[i.assessment_id for i in page_items], offset=20)
    assert "Previous" in str(page) and "Next page" in str(page)


def test_an_admin_sees_items_without_anything_to_press_but_the_details() -> None:
    text, blocks = review_page_message(
        [reviewed(1, Skill.COLLABORATION, actionable=False)], offset=0, total_pending=1
    )
    assert_valid_message(text, blocks)
    kinds = {e["action_id"] for e in elements(blocks) if "action_id" in e}
    assert kinds == {ids.ITEM_MENU_ACTION}
    (menu,) = [e for e in elements(blocks) if e.get("type") == "overflow"]
    assert [o["text"]["text"] for o in menu["options"]] == ["What Proficient means"]


def test_the_correction_modal_asks_only_the_level_with_an_optional_quick_reason() -> None:
    item = reviewed(3, Skill.COMMUNICATION, quote="word " * 2000)
    metadata = CorrectionMetadata(
        a=3, channel="D0DM", ts="1700000000.000100", shows=PageMessage(ids=[1] * 10, offset=0)
    )
    view = correction_modal(item, metadata)
    assert_valid_view(view)
    inputs = {b["block_id"]: b for b in view["blocks"] if b["type"] == "input"}
    levels = inputs[ids.CORRECTION_LEVEL_BLOCK]["element"]["options"]
    assert [o["value"] for o in levels] == ["Emerging", "Developing", "Advanced"]
    assert not inputs[ids.CORRECTION_LEVEL_BLOCK].get("optional")
    reason = inputs[ids.CORRECTION_REASON_BLOCK]
    assert reason["optional"] and reason["element"]["type"] == "radio_buttons"
    assert [o["text"]["text"] for o in reason["element"]["options"]] == [
        "Evidence shows more",
        "Evidence shows less",
        "Other",
    ]
    assert inputs[ids.CORRECTION_JUSTIFICATION_BLOCK]["optional"]


EMOJI_CODE = re.compile(r":[a-z0-9_+-]+:")
MARKUP = re.compile(r"(?<!\w)[*_~`][^*_~`\s][^*_~`]*[*_~`](?!\w)")


def test_every_review_fallback_is_plain_words() -> None:
    items = [
        reviewed(1, Skill.COLLABORATION),
        reviewed(2, Skill.COMMUNICATION, state=ReviewState.ACCEPTED),
    ]
    failed = replace(entry([]), status=EntryStatus.FAILED)
    again = replace(entry([]), status=EntryStatus.PROCESSING)
    texts = [
        entry_review_message(entry(items))[0],
        entry_review_message(failed)[0],
        entry_review_message(again)[0],
        review_page_message(items, offset=0, total_pending=1)[0],
        review_page_message([], offset=0, total_pending=0)[0],
    ]
    for text in texts:
        assert text.strip() and not EMOJI_CODE.search(text) and not MARKUP.search(text), text


def test_plain_words_strips_emoji_markup_and_links_but_keeps_escapes() -> None:
    assert (
        plain_words(":white_check_mark: *Eva* (S001): _Worth a closer look_ <https://x.y/f|a.md>")
        == "Eva (S001): Worth a closer look a.md"
    )
    assert plain_words("&lt;!channel&gt; *_both_* snake_case_name 2*3*4") == (
        "&lt;!channel&gt; both snake_case_name 2*3*4"
    )
    assert plain_words("> quoted\n:hourglass: Assessing again") == "quoted Assessing again"
