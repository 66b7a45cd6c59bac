"""The bot token goes only to Slack's hosts, over https, never across a redirect: driven
through the running app, with a second local server standing in for the attacker's."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from bot.slack_files import MAX_REDIRECTS, SlackFileRefused, fetch_slack_file, is_slack_url
from domain.models import DataEntry, UploadReceipt
from tests.fakes.foreign_host import ForeignHost
from tests.fakes.slack_server import FakeSlack
from tests.slack_harness import RODRIGUEZ, RunningApp, wait_for

DOCUMENTS = Path(__file__).resolve().parent.parent / "mock_data" / "documents"
REFLECTION = "S001_reflection_2025-08-29.md"
API = "http://127.0.0.1:8123/api/"


@pytest.fixture
def foreign() -> Iterator[ForeignHost]:
    host = ForeignHost().start()
    try:
        yield host
    finally:
        host.stop()


def _entries(running: RunningApp) -> int:
    with running.sessions() as session:
        return session.scalar(select(func.count()).select_from(DataEntry)) or 0


def _receipt_status(running: RunningApp, file_id: str) -> str | None:
    with running.sessions() as session:
        receipt = session.get(UploadReceipt, file_id)
        return receipt.status if receipt is not None else None


def _refusal(running: RunningApp) -> str:
    replies = wait_for(
        lambda: [m for m in running.dm(RODRIGUEZ) if "Nothing was stored" in m["text"]],
        what="the refusal in the DM",
    )
    return str(replies[0]["text"])


def _hosted(running: RunningApp, file_id: str) -> dict[str, Any]:
    return running.slack.add_file(
        file_id, REFLECTION, (DOCUMENTS / REFLECTION).read_bytes(), user=RODRIGUEZ
    )


def test_a_redirect_off_slack_gets_no_token_and_files_nothing(
    running: RunningApp, foreign: ForeignHost
) -> None:
    hosted = _hosted(running, "F0REDIRECT")
    running.slack.redirect_file("F0REDIRECT", f"{foreign.url}/steal/{REFLECTION}")
    assert running.share(RODRIGUEZ, [hosted]) == 200

    refusal = _refusal(running)
    assert "not Slack" in refusal and REFLECTION in refusal
    # Slack's host was asked once, with the token; the other host never saw it.
    (asked,) = running.slack.downloads
    assert asked.headers["authorization"] == f"Bearer {running.slack.bot_token}"
    assert not any(visit.had_authorization for visit in foreign.visits)
    assert foreign.visits == []  # not even fetched without the token
    assert _entries(running) == 0
    assert _receipt_status(running, "F0REDIRECT") == "refused"


def test_a_redirect_between_slack_hosts_is_followed(running: RunningApp) -> None:
    hosted = _hosted(running, "F0HOP")
    target = _hosted(running, "F0TARGET")
    running.slack.redirect_file("F0HOP", target["url_private_download"])
    assert running.share(RODRIGUEZ, [hosted]) == 200

    wait_for(lambda: any("Filed" in m["text"] for m in running.dm(RODRIGUEZ)), what="filed")
    assert [d.served for d in running.slack.downloads] == [False, True]
    assert _entries(running) == 1


@pytest.mark.parametrize(
    "url",
    [
        # Another port on the API's own host.
        "{foreign}/files-pri/T0TEAM-F0BADURL/download/{name}",
        # userinfo: the host is what follows the @.
        "http://files.slack.com@{foreign_netloc}/files-pri/T0TEAM-F0BADURL/{name}",
        "https://files.slack.com@{foreign_netloc}/files-pri/T0TEAM-F0BADURL/{name}",
        # Slack's name, but not Slack's scheme, port or domain.
        "http://files.slack.com/files-pri/T0TEAM-F0BADURL/download/{name}",
        "https://files.slack.com:8443/files-pri/T0TEAM-F0BADURL/download/{name}",
        "https://files.slack.com.evil.example/files-pri/T0TEAM-F0BADURL/download/{name}",
    ],
)
def test_a_file_url_off_slack_is_refused_before_any_request(
    running: RunningApp, foreign: ForeignHost, url: str
) -> None:
    hosted = _hosted(running, "F0BADURL")
    netloc = foreign.url.removeprefix("http://")
    bad = url.format(foreign=foreign.url, foreign_netloc=netloc, name=REFLECTION)
    assert running.share(RODRIGUEZ, [{**hosted, "url_private_download": bad}]) == 200

    assert "not Slack" in _refusal(running)
    assert foreign.visits == [] and running.slack.downloads == []
    assert _entries(running) == 0
    assert _receipt_status(running, "F0BADURL") == "refused"


@pytest.mark.parametrize(
    "url",
    [
        "https://files.slack.com/files-pri/T0-F0/download/a.md",
        "https://slack.com/files-pri/T0-F0/a.md",
        "https://FILES.Slack.com:443/files-pri/T0-F0/a.md",
        "http://127.0.0.1:8123/files-pri/T0-F0/a.md",  # the configured API host exactly
    ],
)
def test_slack_urls_are_allowed(url: str) -> None:
    assert is_slack_url(url, API)


@pytest.mark.parametrize(
    "url",
    [
        "http://files.slack.com/a.md",
        "https://files.slack.com:8443/a.md",
        "https://files.slack.com.evil.example/a.md",
        "https://evilslack.com/a.md",
        "https://files.slack.com@evil.example/a.md",
        "https://user:pass@files.slack.com/a.md",
        "https://evil.example\\.slack.com/a.md",
        "https://evil.example%2e.slack.com/a.md",
        "https://evil.example#.slack.com/a.md",
        "https://files.slack.com:notaport/a.md",
        "ftp://files.slack.com/a.md",
        "file:///etc/passwd",
        "https://127.0.0.1:8123/a.md",  # the API host, but not its scheme
        "http://127.0.0.1:8124/a.md",  # the API host, but not its port
        "http://localhost:8123/a.md",
        " https://files.slack.com/a.md",
        "",
    ],
)
def test_everything_else_is_refused(url: str) -> None:
    assert not is_slack_url(url, API)


def test_a_file_larger_than_slack_said_is_cut_off_at_the_limit(running: RunningApp) -> None:
    big = b"I plan my week.\n" * 130_000  # 2.08 MB, over the 2 MB limit
    hosted = running.slack.add_file("F0BIG", "S001_reflection.md", big, user=RODRIGUEZ)
    del hosted["size"]  # nothing to refuse it on before the download
    assert running.share(RODRIGUEZ, [hosted]) == 200
    assert "larger than the limit of 2.0 MB" in _refusal(running)
    assert _entries(running) == 0


def test_a_redirect_loop_on_slack_is_given_up() -> None:
    with FakeSlack() as slack:
        hosted = slack.add_file("F0LOOP", "a.md", b"words")
        slack.redirect_file("F0LOOP", hosted["url_private_download"])
        with pytest.raises(SlackFileRefused, match="round in circles"):
            fetch_slack_file(hosted["url_private_download"], slack.bot_token, slack.api_url, 100, 5)
        assert len(slack.downloads) == MAX_REDIRECTS + 1


def test_a_download_that_drips_ends_at_the_deadline() -> None:
    host = ForeignHost(b"x" * 200, drip_seconds=0.05).start()
    try:
        with pytest.raises(TimeoutError):
            fetch_slack_file(f"{host.url}/a.md", "xoxb-t", f"{host.url}/api/", 1000, 0.5)
    finally:
        host.stop()
