"""A share's replies and a bulk upload's summary stay within Slack's limits, with plain
fallback text, however many files a share holds."""

from __future__ import annotations

from datetime import date

from bot import ids
from bot.upload_blocks import (
    FILES_PER_MESSAGE,
    already_filed_message,
    share_messages,
    upload_summary_message,
)
from domain.announcements import Thread, UploadSummary
from domain.curriculum import EntryType
from domain.ingest import FiledEntry, IngestResult
from domain.uploads import Outcome, UploadOutcome
from tests.test_blocks import assert_plain_fallback, assert_valid_message

LONG_NAME = "<!channel> " + "Ada Lovelace-Byron " * 5


def _filed(n: int) -> UploadOutcome:
    entry = FiledEntry(
        n, f"S{n:03d}", LONG_NAME, EntryType.TEACHER_OBSERVATION_NOTE, date(2025, 9, 1), True
    )
    result = IngestResult(f"note-{n}.md", [entry], {})
    return UploadOutcome(f"F0{n}", "U01", f"note-{n}.md", Outcome.FILED, result=result)


def _asking(n: int, outcome: Outcome) -> UploadOutcome:
    message = f"{LONG_NAME}{n}.md was already filed on 28 Aug: file it again?"
    return UploadOutcome(f"F0A{n}", "U01", f"{n}.md", outcome, message=message)


def test_a_big_share_is_one_reply_per_forty_files_that_need_a_word() -> None:
    outcomes = [_filed(n) for n in range(30)]
    outcomes += [_asking(n, Outcome.ALREADY_FILED) for n in range(FILES_PER_MESSAGE)]
    outcomes += [_asking(n, Outcome.NEEDS_CHOICE) for n in range(5)]
    outcomes.append(UploadOutcome("F0R", "U01", "late.md", Outcome.RETRYING))
    replies = share_messages(outcomes)
    assert len(replies) == 2
    assert sorted(o.file_id for _, _, told in replies for o in told) == sorted(
        o.file_id for o in outcomes
    )
    first_text, _, _ = replies[0]
    assert "30 documents" in first_text and "&lt;!channel&gt;" in first_text
    for text, blocks, _ in replies:
        assert_valid_message(text, blocks)
        assert_plain_fallback(text)
    refile = [
        b["accessory"]
        for _, blocks, _ in replies
        for b in blocks
        if b.get("accessory", {}).get("action_id") == ids.UPLOAD_REFILE_ACTION
    ]
    assert len(refile) == FILES_PER_MESSAGE


def test_already_filed_and_the_summary_are_valid() -> None:
    text, blocks = already_filed_message(
        "F0123", "eva.md was already filed on 28 Aug: file it again?"
    )
    assert_valid_message(text, blocks)
    assert_plain_fallback(text)
    assert blocks[0]["accessory"]["action_id"] == ids.UPLOAD_REFILE_ACTION
    summary = UploadSummary(Thread("D01", "1700000000.000100"), 20, 22, 2, 21, 1, 47)
    text, blocks = upload_summary_message(summary)
    assert_valid_message(text, blocks)
    assert_plain_fallback(text)
    assert "47 assessment(s) await your review" in text
    assert [
        e.get("action_id") for b in blocks if b["type"] == "actions" for e in b["elements"]
    ] == [ids.REVIEW_UPLOAD_ACTION]
    # Nothing to review: no Review button that would show an empty page.
    _, blocks = upload_summary_message(UploadSummary(summary.thread, 4, 4, 1, 4, 0, 0))
    assert not any(b["type"] == "actions" for b in blocks)
