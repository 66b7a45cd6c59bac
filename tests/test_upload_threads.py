"""Uploads without floods, through the running app: a share is confirmed in one message,
its reviews go in that message's thread, a bulk share gets one summary with a Review
button, a document shared again is recognised by its words, and posts to one DM keep to
Slack's one message a second (on the harness's virtual clock)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import select

from bot import ids
from domain.announcements import BULK_ENTRIES
from domain.models import Assessment, DataEntry, EntryStatus, SkillTarget, UploadReceipt
from tests.slack_harness import RODRIGUEZ, RunningApp, a_second_apart, selected, wait_for

DOCUMENTS = Path(__file__).resolve().parent.parent / "mock_data" / "documents"
REFLECTION = "S001_reflection_2025-08-29.md"


def _buttons(message: dict[str, Any], action_id: str) -> list[dict[str, Any]]:
    return [
        e
        for b in message.get("blocks", [])
        for e in [*b.get("elements", []), b.get("accessory") or {}]
        if e.get("action_id") == action_id
    ]


def _message(running: RunningApp, ts: str) -> dict[str, Any]:
    return next(m for m in running.slack.messages if m["ts"] == ts)


def _twenty_documents() -> list[tuple[str, bytes]]:
    """Twenty different documents about Ms. Rodriguez's two students: the demo's own,
    and a few of them written up again on another day (other words, other dates)."""
    own = sorted(p for p in DOCUMENTS.glob("S00[12]_*"))
    documents = [(p.name, p.read_bytes()) for p in own]
    for n, path in enumerate(own[: 20 - len(documents)]):
        student, kind, _ = path.stem.split("_")
        again = path.read_bytes() + f"\n\nWritten up again on day {n + 1}.\n".encode()
        documents.append((f"{student}_{kind}_2025-11-{n + 1:02d}{path.suffix}", again))
    assert len(documents) == 20
    return documents


def test_a_twenty_file_upload_is_three_messages_and_every_entry_is_one_click_away(
    running: RunningApp,
) -> None:
    files = [
        running.slack.add_file(f"F0BULK{n:02d}", name, data, user=RODRIGUEZ)
        for n, (name, data) in enumerate(_twenty_documents())
    ]
    assert running.share(RODRIGUEZ, files) == 200

    summary = wait_for(
        lambda: next(
            (m for m in running.dm(RODRIGUEZ) if _buttons(m, ids.REVIEW_UPLOAD_ACTION)), None
        ),
        timeout=60,
        what="the upload's summary",
    )
    with running.sessions() as session:
        entries = session.scalars(select(DataEntry)).all()
        receipts = session.scalars(select(UploadReceipt)).all()
        pending = set(
            session.scalars(select(Assessment.id).where(Assessment.review_state == "pending"))
        )
    assert len(entries) == 20 > BULK_ENTRIES
    assert all(e.status == EntryStatus.ASSESSED.value for e in entries)
    # One confirmation for the whole share; every receipt names it.
    confirmation = running.dm(RODRIGUEZ)[0]
    assert "20 documents" in confirmation["text"] and "thread_ts" not in confirmation
    assert {(r.confirmation_channel_id, r.confirmation_ts) for r in receipts} == {
        (confirmation["channel"], confirmation["ts"])
    }
    # The summary, in the confirmation's thread, instead of twenty review messages.
    assert summary["thread_ts"] == confirmation["ts"]
    assert f"{len(pending)} assessment(s) await your review" in summary["text"]
    assert [m["ts"] for m in running.dm(RODRIGUEZ)] == [confirmation["ts"], summary["ts"]]

    # Review: the upload's own queue, in the thread; every pending item is reached by
    # turning its pages.
    assert running.click(RODRIGUEZ, summary, ids.REVIEW_UPLOAD_ACTION)[0] == 200
    page = wait_for(
        lambda: next((m for m in running.dm(RODRIGUEZ)[2:]), None), what="the review page"
    )
    assert page["thread_ts"] == confirmation["ts"] and "this upload" in json.dumps(page)
    reached: set[int] = set()
    while True:
        shown = _message(running, page["ts"])
        reached |= set(json.loads(_buttons(shown, ids.ACCEPT_ALL_ACTION)[0]["value"])["a"])
        turns = _buttons(shown, ids.REVIEW_PAGE_ACTION)
        forward = [n for n, b in enumerate(turns) if b["text"]["text"] == "Next page"]
        if not forward:
            break
        updates = len(running.slack.calls("chat.update"))
        running.click(RODRIGUEZ, shown, ids.REVIEW_PAGE_ACTION, nth=forward[0])

        def paged(n: int = updates) -> bool:
            return len(running.slack.calls("chat.update")) > n

        wait_for(paged, what="next page")
    assert reached == pending
    with running.sessions() as session:
        with_items = set(session.scalars(select(Assessment.entry_id).distinct()))
    assert len(with_items) >= 15  # the offline assessor finds evidence in nearly all

    # Three messages in all: the confirmation, the summary and the review page.
    posted = running.slack.calls("chat.postMessage")
    assert len(posted) == 3
    # Each post to the DM was paced: a second apart on the pacer's (virtual) clock.
    times = running.pacer.times(confirmation["channel"])
    assert len(times) == len(posted)
    assert a_second_apart(times)


def _share(running: RunningApp, file_id: str, name: str = REFLECTION) -> None:
    hosted = running.slack.add_file(file_id, name, (DOCUMENTS / REFLECTION).read_bytes())
    assert running.share(RODRIGUEZ, [hosted]) == 200


def _receipt(running: RunningApp, file_id: str) -> UploadReceipt:
    with running.sessions() as session:
        receipt = session.get(UploadReceipt, file_id)
        assert receipt is not None
        return receipt


def test_a_review_goes_in_the_thread_of_its_upload_confirmation(running: RunningApp) -> None:
    _share(running, "F0ONE")
    review = wait_for(
        lambda: next((m for m in running.dm(RODRIGUEZ) if m.get("thread_ts")), None),
        what="the review",
    )
    confirmation = running.dm(RODRIGUEZ)[0]
    assert confirmation["text"].startswith("Filed") and "thread_ts" not in confirmation
    assert review["thread_ts"] == confirmation["ts"] == _receipt(running, "F0ONE").confirmation_ts
    assert _buttons(review, ids.ACCEPT_ALL_ACTION)  # a small upload: the review itself
    assert len(running.dm(RODRIGUEZ)) == 2


def test_the_same_document_shared_again_is_recognised_and_filed_only_if_asked(
    running: RunningApp,
) -> None:
    _share(running, "F0FIRST")
    wait_for(lambda: any(m.get("thread_ts") for m in running.dm(RODRIGUEZ)), what="review")
    with running.sessions() as session:
        first = session.scalars(select(DataEntry)).one()

    # The same words under a new Slack file id (and another name): not filed, asked.
    _share(running, "F0AGAIN", "eva-reflection-copy.md")
    asked = wait_for(
        lambda: next(
            (m for m in running.dm(RODRIGUEZ) if _buttons(m, ids.UPLOAD_REFILE_ACTION)), None
        ),
        what="file again?",
    )
    assert f"already filed on {first.created_at:%-d %b}: file it again?" in asked["text"]
    with running.sessions() as session:
        assert session.scalars(select(DataEntry.id)).all() == [first.id]

    # Marked told once the question is out: wait for that, not just for the message.
    def told() -> UploadReceipt | None:
        found = _receipt(running, "F0AGAIN")
        return found if found.told_at is not None else None

    receipt = wait_for(told, what="the question recorded as told")
    assert (receipt.status, receipt.file_again) == ("needs_choice", False)

    # "File it again": filed, the choice kept on the receipt, reviewed in the new thread.
    before = len(running.dm(RODRIGUEZ))
    assert running.click(RODRIGUEZ, asked, ids.UPLOAD_REFILE_ACTION)[0] == 200
    filed = wait_for(
        lambda: next((m for m in running.dm(RODRIGUEZ)[before:] if "Filed" in m["text"]), None),
        what="filed again",
    )
    review = wait_for(
        lambda: next((m for m in running.dm(RODRIGUEZ) if m.get("thread_ts") == filed["ts"]), None),
        what="the second review",
    )
    assert _buttons(review, ids.ACCEPT_ALL_ACTION)
    receipt = _receipt(running, "F0AGAIN")
    assert (receipt.status, receipt.file_again) == ("filed", True)
    with running.sessions() as session:
        sources = session.scalars(select(DataEntry.source_ref).order_by(DataEntry.id)).all()
    assert sources == ["F0FIRST", "F0AGAIN"]
    # A second click (a double click) files nothing more.
    running.click(RODRIGUEZ, asked, ids.UPLOAD_REFILE_ACTION)
    wait_for(lambda: running.slack.responses, what="the refusal")
    with running.sessions() as session:
        assert len(session.scalars(select(DataEntry.id)).all()) == 2


def test_target_with_a_student_and_a_skill_opens_the_form_with_both_chosen(
    running: RunningApp,
) -> None:
    status, _ = running.command("Eva Communication", RODRIGUEZ, name="/target", answered=False)
    assert status == 200
    wait_for(lambda: running.slack.calls("views.open"), what="the target form")
    view = next(iter(running.slack.views.values()))
    chosen = {
        block["block_id"]: block["element"].get("initial_option", {}).get("value")
        for block in view["blocks"]
        if block["type"] == "input"
    }
    assert chosen == {
        ids.TARGET_STUDENT_BLOCK: "S001",
        ids.TARGET_SKILL_BLOCK: "Communication",
        ids.TARGET_LEVEL_BLOCK: None,
    }
    values = {
        ids.TARGET_STUDENT_BLOCK: {ids.TARGET_STUDENT_INPUT: selected("S001")},
        ids.TARGET_SKILL_BLOCK: {ids.TARGET_SKILL_INPUT: selected("Communication")},
        ids.TARGET_LEVEL_BLOCK: {ids.TARGET_LEVEL_INPUT: {"type": "static_select"}},
    }
    _, reply = running.submit(RODRIGUEZ, view, values)
    assert reply == ""
    wait_for(lambda: [m for m in running.dm(RODRIGUEZ) if "working towards" in m["text"]])
    with running.sessions() as session:
        target = session.scalars(select(SkillTarget)).one()
    assert (target.student_id, target.skill) == ("S001", "Communication")
