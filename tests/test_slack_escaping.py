"""Names, file names and document words never reach Slack as control sequences: a student
called `<!channel> Eva & <@U123>`, a file called `<!here>.md` and a document holding
`<https://evil.example|click>` are driven through every surface of the running app, and
every text Slack would parse (a message's notification `text`, every mrkdwn object, a
file's comment, the replies at response_urls) is checked.

plain_text objects (headers, buttons, menu options, modal titles) are not checked: Slack
parses no mentions or links in them, so they show a name as it is.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

from slack_sdk import WebClient
from sqlalchemy import select

from bot import ids
from bot.digest_sender import SlackDigestSender
from bot.mrkdwn import escape
from bot.upload_blocks import filed_message
from domain.digest import compose_digests, week_of
from domain.ingest import IngestResult
from domain.models import Assessment, Student
from tests.fakes.slack_requests import event_callback_body
from tests.slack_harness import RODRIGUEZ, RunningApp, wait_for

NAME = "<!channel> Eva & <@U123>"
FILE_NAME = "<!here>.md"
LINK = "<https://evil.example|click>"
# What the data reads like once escaped: proof that each surface really showed it.
SHOWN_NAME = "&lt;!channel&gt; Eva &amp; &lt;@U123&gt;"
SHOWN_FILE = "&lt;!here&gt;.md"
# In a checked text, any `<` opens a control sequence, and the data's own ampersands must
# arrive as entities. The app writes one of its own: a link to a shared file at Slack's
# permalink (here the wire fake's; a plain address, its label escaped). (The app's own
# "Planning & Prioritization" is left alone: a lone `&` followed by a space is shown as is.)
FILE_LINK = r"<http://127\.0\.0\.1:\d+/files/[^\s<>|]+\|[^<>]*>"
RAW_CONTROL = re.compile(rf"<(?!{FILE_LINK[1:]})|Eva & |sweaty & ")

DOCUMENT = f"""\
Prompt: Think about a moment this week when you felt something strongly.

Yesterday we had a group discussion about planners and I felt really nervous {LINK}. My \
hands got sweaty & I kept rehearsing my sentence in my head instead of listening to \
everyone else <!channel>. When Ms. Rodriguez asked me what I thought, I said "um" like \
four times <@U123>. I think I was nervous because Lucas talks fast and sounds really sure, \
and I was scared my idea would sound dumb next to his {LINK}.

But then I said the thing about privacy and Ms. Rodriguez said it was an important point \
<!here>. I felt proud but also kind of embarrassed, both at the same time {LINK}.

Something I want to work on is my planner {LINK}. I forget to write things down, and then \
on Sunday night I remember the vocab quiz and panic <!channel>. I know I should check it \
after each class but I usually don't, because I'm already talking to my friends {LINK}.

My goals for next week:
1. Say one thing in every discussion without being called on {LINK}.
2. Write the homework down before I leave the room, even if the bell already rang <!here>.
""".encode()


def test_escape_turns_slacks_control_characters_into_entities() -> None:
    assert escape(NAME) == SHOWN_NAME
    assert escape(LINK) == "&lt;https://evil.example|click&gt;"
    assert escape("Tom & Jerry's *plan* > _yours_") == "Tom &amp; Jerry's *plan* &gt; _yours_"
    # Already-escaped text is shown as typed, not decoded into a control sequence.
    assert escape("&lt;!channel&gt;") == "&amp;lt;!channel&amp;gt;"
    assert escape("") == "" and escape("Eva (S001)") == "Eva (S001)"
    assert RAW_CONTROL.search(escape(NAME + DOCUMENT.decode())) is None


def test_a_file_filed_before_is_named_escaped() -> None:
    text, blocks = filed_message(IngestResult(file_name=FILE_NAME, entries=[], sources={}))
    assert text.startswith(SHOWN_FILE) and blocks[0]["text"]["text"].startswith(SHOWN_FILE)


def _parsed_texts(value: Any, where: str) -> Iterator[tuple[str, str]]:
    """(where, text) for every text in `value` that Slack parses as mrkdwn."""
    if isinstance(value, dict):
        if value.get("type") == "plain_text":
            return
        for key, item in value.items():
            if key in ("text", "initial_comment") and isinstance(item, str):
                yield f"{where}.{key}", item
            else:
                yield from _parsed_texts(item, f"{where}.{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _parsed_texts(item, f"{where}[{i}]")


def _everything_sent(running: RunningApp) -> list[tuple[str, str]]:
    texts: list[tuple[str, str]] = []
    for n, call in enumerate(running.slack.calls()):
        texts += _parsed_texts(call.params, f"{call.method}#{n}")
    for url, replies in running.slack.responses_by_url.items():
        for n, reply in enumerate(replies):
            texts += _parsed_texts(reply, f"response {url.rsplit('/', 2)[-2]}#{n}")
    return texts


def _dm_texts(running: RunningApp) -> list[str]:
    return [m["text"] for m in running.dm(RODRIGUEZ)]


def _share(running: RunningApp, file_id: str, name: str, content: bytes, text: str = "") -> None:
    hosted = running.slack.add_file(file_id, name, content, user=RODRIGUEZ)
    assert running.share(RODRIGUEZ, [hosted], text=text) == 200


def test_no_control_sequence_from_data_reaches_slack(running: RunningApp) -> None:
    with running.sessions() as session, session.begin():
        session.get(Student, "S001").name = NAME  # type: ignore[union-attr]

    # An upload, and the review message its assessment brings.
    _share(running, "F0HOSTILE", FILE_NAME, DOCUMENT, text="S001 reflection")
    filed = wait_for(lambda: [t for t in _dm_texts(running) if t.startswith("Filed")])
    assert SHOWN_FILE in filed[0]
    review = wait_for(
        lambda: [m for m in running.dm(RODRIGUEZ) if ids.ACCEPT_ALL_ACTION in json.dumps(m)],
        what="review message",
    )[0]
    assert review["text"].startswith(SHOWN_NAME)
    # Correct opens a modal holding the whole quote; Accept all re-draws the message in place.
    running.click(RODRIGUEZ, review, ids.ITEM_MENU_ACTION, choose="Correct")
    (opened,) = wait_for(lambda: running.slack.calls("views.open"), what="correction modal")
    modal = json.dumps(opened.params["view"])
    assert "&lt;https://evil.example|click&gt;" in modal  # the quote holds the link, escaped
    running.click(RODRIGUEZ, review, ids.ACCEPT_ALL_ACTION)
    (update,) = wait_for(lambda: running.slack.calls("chat.update"), what="re-draw")
    assert update.params["text"].startswith(SHOWN_NAME)
    with running.sessions() as session:
        assert set(session.scalars(select(Assessment.review_state))) == {"accepted"}

    # A file of unknown kind, and one that needs a choice.
    _share(running, "F0XLSX", "<!here> & <@U123>.xlsx", b"PK\x03\x04 cells")
    refused = wait_for(lambda: [t for t in _dm_texts(running) if "Nothing was stored" in t])
    assert "&lt;!here&gt; &amp; &lt;@U123&gt;.xlsx" in refused[0]
    _share(running, "F0UNSURE", "<!here> scan.txt", b"She planned each step <!channel>.\n")
    unsure = wait_for(lambda: [t for t in _dm_texts(running) if "which student" in t])
    assert unsure[0].startswith("&lt;!here&gt; scan.txt")

    # Commands: progress, a target, and refusals that quote what was typed.
    _, progress = running.command("S001", RODRIGUEZ)
    assert progress["text"].startswith(SHOWN_NAME)
    _, target = running.command("S001 Communication Proficient", RODRIGUEZ, name="/target")
    assert SHOWN_NAME in target["text"]
    _, unknown = running.command("S001 <!channel> & <@U123>", RODRIGUEZ, name="/target")
    assert "&lt;!channel&gt; &amp; &lt;@U123&gt;" in unknown["text"]
    _, badge = running.command("S001 <!here> Proficient", RODRIGUEZ, name="/badge")
    assert "&lt;!here&gt;" in badge["text"]

    # The growth chart's comment, from /progress's button.
    message = {"channel": "D0DM", "ts": "1700000000.999999", "blocks": progress["blocks"]}
    running.click(RODRIGUEZ, message, ids.CHART_ACTION)
    (chart,) = wait_for(running.slack.completed_uploads, what="chart")
    assert SHOWN_NAME in (chart.initial_comment or "")

    # App Home, and the weekly digest as the scheduler posts it.
    home = {"type": "app_home_opened", "user": RODRIGUEZ, "channel": "D0DM", "tab": "home"}
    assert running.send(event_callback_body({**home, "event_ts": "1.2"}))[0] == 200
    wait_for(lambda: running.slack.calls("views.publish"), what="home")
    next_week = week_of(datetime.now(UTC).date()) + timedelta(days=7)
    with running.sessions() as session:
        digest = next(d for d in compose_digests(session, next_week) if d.teacher_id == "T001")
    assert digest.badges and digest.active_targets
    client = WebClient(token=running.slack.bot_token, base_url=running.slack.api_url)
    SlackDigestSender(client).send(digest)
    posted = running.slack.calls("chat.postMessage")[-1].params
    assert SHOWN_NAME in json.dumps(posted["blocks"])

    sent = _everything_sent(running)
    assert len(sent) > 30
    linked = [text for _, text in sent if re.search(FILE_LINK, text)]
    assert linked and all(f"|{SHOWN_FILE}>" in text for text in linked)
    raw = [(where, text) for where, text in sent if RAW_CONTROL.search(text)]
    assert raw == []
