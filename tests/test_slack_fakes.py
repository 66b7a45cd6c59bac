"""The Slack fakes, proven with the real `slack_sdk.WebClient` and a real Bolt app over HTTP."""

from __future__ import annotations

import json
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import pytest
from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler
from slack_sdk.signature import SignatureVerifier

from tests.fakes.slack_requests import (
    FORM,
    JSON,
    block_actions_body,
    button_action,
    event_callback_body,
    file_share_message_event,
    post,
    sign,
    slash_command_body,
    url_verification_body,
    view_submission_body,
)
from tests.fakes.slack_server import SIGN_IN_PAGE, FakeSlack

TOKEN = "xoxb-test-token"
SECRET = "test-signing-secret"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


@pytest.fixture
def slack() -> Iterator[FakeSlack]:
    fake = FakeSlack(TOKEN, users_by_email={"ms.rivera@school.example": "U0RIVERA"}).start()
    try:
        yield fake
    finally:
        fake.stop()


@pytest.fixture
def client(slack: FakeSlack) -> WebClient:
    return WebClient(token=TOKEN, base_url=slack.api_url, timeout=5)


def download(url: str, token: str | None) -> tuple[int, str, bytes]:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    request = urllib.request.Request(url, headers=headers)
    with urllib.request.urlopen(request, timeout=5) as response:
        return response.status, response.headers["Content-Type"], response.read()


# -- Web API -------------------------------------------------------------------------------


def test_api_url_ends_with_a_slash(slack: FakeSlack) -> None:
    assert slack.api_url.startswith("http://127.0.0.1:")
    assert slack.api_url.endswith("/api/")


def test_auth_test_answers_the_bot_identity(slack: FakeSlack, client: WebClient) -> None:
    reply = client.auth_test()
    assert (reply["user_id"], reply["bot_id"], reply["team_id"]) == ("U0BOT", "B0BOT", "T0TEAM")
    [call] = slack.calls("auth.test")
    assert call.headers["authorization"] == f"Bearer {TOKEN}"


def test_a_wrong_token_is_invalid_auth(slack: FakeSlack) -> None:
    wrong = WebClient(token="xoxb-wrong", base_url=slack.api_url)
    with pytest.raises(SlackApiError) as raised:
        wrong.chat_postMessage(channel="C1", text="hi")
    assert raised.value.response["error"] == "invalid_auth"
    assert slack.calls("chat.postMessage")[0].params["text"] == "hi"
    assert slack.messages == []


def test_a_missing_token_is_invalid_auth(slack: FakeSlack) -> None:
    with pytest.raises(SlackApiError) as raised:
        WebClient(base_url=slack.api_url).auth_test()
    assert raised.value.response["error"] == "invalid_auth"


def test_unknown_methods_are_refused(client: WebClient) -> None:
    with pytest.raises(SlackApiError) as raised:
        client.api_call("reminders.add", params={"text": "x"})
    assert raised.value.response["error"] == "unknown_method"


def test_post_message_records_decoded_blocks(slack: FakeSlack, client: WebClient) -> None:
    blocks = [{"type": "section", "text": {"type": "mrkdwn", "text": "*Hello*"}}]
    first = client.chat_postMessage(channel="C0CLASS", text="Hello", blocks=blocks)
    second = client.chat_postMessage(channel="C0CLASS", text="Again")

    [call, _] = slack.calls("chat.postMessage")
    assert call.params["blocks"] == blocks
    assert call.params["channel"] == "C0CLASS"
    assert first["channel"] == "C0CLASS"
    assert first["ts"] == "1700000000.000100"
    assert float(second["ts"]) > float(first["ts"])
    assert first["message"]["blocks"] == blocks
    assert first["message"]["text"] == "Hello"
    assert first["message"]["bot_id"] == "B0BOT"
    assert [m["ts"] for m in slack.messages] == [first["ts"], second["ts"]]


def test_form_encoded_blocks_and_views_are_decoded(slack: FakeSlack, client: WebClient) -> None:
    blocks = [{"type": "divider"}]
    client.api_call(
        "chat.postMessage", params={"channel": "C1", "text": "x", "blocks": json.dumps(blocks)}
    )
    view = {"type": "modal", "callback_id": "cb", "title": {"type": "plain_text", "text": "T"}}
    reply = client.api_call("views.open", params={"trigger_id": "1.2.3", "view": json.dumps(view)})

    [call] = slack.calls("chat.postMessage")
    assert call.headers["content-type"] == "application/x-www-form-urlencoded"
    assert call.params["blocks"] == blocks
    assert slack.calls("views.open")[0].params["view"] == view
    assert reply["view"]["callback_id"] == "cb"


def test_plain_get_with_query_params(slack: FakeSlack) -> None:
    url = f"{slack.api_url}users.lookupByEmail?email=ms.rivera%40school.example"
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {TOKEN}"})
    with urllib.request.urlopen(request, timeout=5) as response:
        body = json.loads(response.read())
    assert body["user"]["id"] == "U0RIVERA"
    assert slack.calls("users.lookupByEmail")[0].http_method == "GET"


def test_post_ephemeral_and_update(slack: FakeSlack, client: WebClient) -> None:
    ephemeral = client.chat_postEphemeral(channel="C1", user="U1", text="only you")
    assert ephemeral["message_ts"]

    posted = client.chat_postMessage(channel="C1", text="before")
    updated = client.chat_update(channel="C1", ts=posted["ts"], text="after", blocks=[])
    assert (updated["channel"], updated["ts"], updated["text"]) == ("C1", posted["ts"], "after")
    assert slack.messages[0]["text"] == "after"


def test_views_open_update_publish(slack: FakeSlack, client: WebClient) -> None:
    modal = {
        "type": "modal",
        "callback_id": "observe",
        "private_metadata": "student=7",
        "title": {"type": "plain_text", "text": "Observe"},
        "blocks": [{"type": "divider"}],
    }
    opened = client.views_open(trigger_id="1.2.abc", view=modal)["view"]
    assert opened["id"] == "V0001"
    assert opened["callback_id"] == "observe"
    assert opened["private_metadata"] == "student=7"
    assert opened["blocks"] == modal["blocks"]

    updated = client.views_update(view_id=opened["id"], view={**modal, "callback_id": "next"})
    assert updated["view"]["id"] == "V0001"
    assert updated["view"]["callback_id"] == "next"

    home = {"type": "home", "blocks": []}
    first = client.views_publish(user_id="U1", view=home)["view"]
    again = client.views_publish(user_id="U1", view=home)["view"]
    assert first["type"] == "home"
    assert first["id"] == again["id"] != opened["id"]

    with pytest.raises(SlackApiError):
        client.views_open(trigger_id="", view=modal)


def test_conversations_open_gives_stable_dm_ids(slack: FakeSlack, client: WebClient) -> None:
    first = client.conversations_open(users="U0ALICE")["channel"]["id"]
    again = client.conversations_open(users="U0ALICE")
    other = client.conversations_open(users="U0BOB")["channel"]["id"]
    assert first == again["channel"]["id"] == slack.dm_channel_id("U0ALICE")
    assert first.startswith("D")
    assert again["already_open"] is True
    assert other != first


def test_users_lookup_by_email(slack: FakeSlack, client: WebClient) -> None:
    found = client.users_lookupByEmail(email="ms.rivera@school.example")
    assert found["user"]["id"] == "U0RIVERA"
    assert found["user"]["profile"]["email"] == "ms.rivera@school.example"
    with pytest.raises(SlackApiError) as raised:
        client.users_lookupByEmail(email="nobody@school.example")
    assert raised.value.response["error"] == "users_not_found"


def test_users_info(slack: FakeSlack, client: WebClient) -> None:
    slack.add_user("U0LEE", email="mr.lee@school.example", real_name="Sam Lee")
    assert client.users_info(user="U0LEE")["user"]["real_name"] == "Sam Lee"
    assert client.users_lookupByEmail(email="mr.lee@school.example")["user"]["id"] == "U0LEE"
    with pytest.raises(SlackApiError) as raised:
        client.users_info(user="U0GHOST")
    assert raised.value.response["error"] == "user_not_found"


def test_scripted_failures(slack: FakeSlack, client: WebClient) -> None:
    slack.fail("views.open", "expired_trigger_id")
    with pytest.raises(SlackApiError) as raised:
        client.views_open(trigger_id="1.2.3", view={"type": "modal", "blocks": []})
    assert raised.value.response["error"] == "expired_trigger_id"
    assert client.views_open(trigger_id="1.2.3", view={"type": "modal", "blocks": []})["ok"]


# -- rate limiting ---------------------------------------------------------------------------


def test_rate_limited_then_retried(slack: FakeSlack) -> None:
    client = WebClient(token=TOKEN, base_url=slack.api_url, timeout=5)
    client.retry_handlers.append(RateLimitErrorRetryHandler(max_retry_count=1))
    slack.rate_limit("chat.postMessage", times=1, retry_after=0)

    reply = client.chat_postMessage(channel="C1", text="eventually")

    assert reply["ok"]
    calls = slack.calls("chat.postMessage")
    assert [c.rate_limited for c in calls] == [True, False]
    assert calls[0].params == calls[1].params
    assert len(slack.messages) == 1


def test_rate_limited_without_a_retry_handler(slack: FakeSlack, client: WebClient) -> None:
    slack.rate_limit("users.info", times=2, retry_after=7)
    for _ in range(2):
        with pytest.raises(SlackApiError) as raised:
            client.users_info(user="U0RIVERA")
        assert raised.value.response.status_code == 429
        assert raised.value.response.headers["Retry-After"] == "7"
        assert raised.value.response["error"] == "ratelimited"
    assert client.users_info(user="U0RIVERA")["ok"]


# -- files ---------------------------------------------------------------------------------


def test_files_info_and_download_need_the_token(slack: FakeSlack, client: WebClient) -> None:
    shared = slack.add_file("F0ESSAY", "my essay.docx", b"PK\x03\x04docx", user="U0STUDENT")
    info = client.files_info(file="F0ESSAY")["file"]
    assert info == shared == slack.file_object("F0ESSAY")
    assert info["size"] == len(b"PK\x03\x04docx")
    assert info["filetype"] == "docx"
    assert info["mimetype"].endswith("wordprocessingml.document")
    assert "/files-pri/T0TEAM-F0ESSAY/download/my%20essay.docx" in info["url_private_download"]

    status, content_type, body = download(info["url_private_download"], TOKEN)
    assert (status, body) == (200, b"PK\x03\x04docx")
    assert content_type == info["mimetype"]
    assert download(info["url_private"], TOKEN)[2] == b"PK\x03\x04docx"

    for token in (None, "xoxb-wrong"):
        status, content_type, body = download(info["url_private_download"], token)
        assert status == 200
        assert content_type.startswith("text/html")
        assert body == SIGN_IN_PAGE
    assert [d.served for d in slack.downloads] == [True, True, False, False]

    with pytest.raises(SlackApiError) as raised:
        client.files_info(file="F0NOPE")
    assert raised.value.response["error"] == "file_not_found"


def test_files_upload_v2_runs_the_external_upload(slack: FakeSlack, client: WebClient) -> None:
    reply = client.files_upload_v2(
        channel="D0RIVERA", content=PNG, filename="chart.png", initial_comment="Progress"
    )

    methods = [c.method for c in slack.calls()]
    assert methods == ["files.getUploadURLExternal", "files.completeUploadExternal"]
    get_url = slack.calls("files.getUploadURLExternal")[0]
    assert get_url.params["filename"] == "chart.png"
    assert int(get_url.params["length"]) == len(PNG)

    [upload] = slack.completed_uploads()
    assert upload.content == PNG
    assert upload.channel_id == "D0RIVERA"
    assert upload.initial_comment == "Progress"
    assert reply["file"]["id"] == upload.file_id
    assert reply["file"]["name"] == "chart.png"
    assert reply["file"]["mimetype"] == "image/png"
    assert reply["file"]["ims"] == ["D0RIVERA"]

    assert download(reply["file"]["url_private_download"], TOKEN)[2] == PNG


def test_completing_an_upload_that_never_arrived_fails(client: WebClient) -> None:
    started = client.files_getUploadURLExternal(filename="a.png", length=3)
    with pytest.raises(SlackApiError) as raised:
        client.files_completeUploadExternal(files=[{"id": started["file_id"], "title": "a"}])
    assert raised.value.response["error"] == "file_not_found"


# -- signing ---------------------------------------------------------------------------------


def test_signed_requests_are_accepted_by_the_sdk_verifier() -> None:
    body = slash_command_body("/flourish", "help", "U0RIVERA")
    headers = sign(body, SECRET)
    assert headers["Content-Type"] == FORM
    assert headers["X-Slack-Signature"].startswith("v0=")
    assert SignatureVerifier(SECRET).is_valid_request(body, headers)
    assert SignatureVerifier(SECRET).is_valid_request(body.encode(), headers)
    expected = SignatureVerifier(SECRET).generate_signature(
        timestamp=headers["X-Slack-Request-Timestamp"], body=body
    )
    assert headers["X-Slack-Signature"] == expected


def test_signatures_fail_with_a_wrong_secret_an_old_timestamp_or_another_body() -> None:
    body = event_callback_body({"type": "app_home_opened", "user": "U1"})
    assert sign(body, SECRET)["Content-Type"] == JSON
    verifier = SignatureVerifier(SECRET)
    assert not verifier.is_valid_request(body, sign(body, "another-secret"))
    assert not verifier.is_valid_request(body, sign(body, SECRET, int(time.time()) - 6 * 60))
    assert not verifier.is_valid_request(body + " ", sign(body, SECRET))


def test_payload_shapes() -> None:
    command = {k: v[0] for k, v in parse_qs(slash_command_body("/flourish", "a b", "U1")).items()}
    assert command["command"] == "/flourish"
    assert command["text"] == "a b"
    assert command["channel_id"] == "D0DM"
    assert command["team_id"] == "T0TEAM"
    assert command["trigger_id"] and command["response_url"].startswith("https://hooks.slack.com/")

    actions = [button_action("approve", "42")]
    payload = json.loads(parse_qs(block_actions_body("U1", actions))["payload"][0])
    assert payload["type"] == "block_actions"
    assert payload["actions"] == actions
    assert payload["container"]["message_ts"] == payload["message"]["ts"]
    assert payload["channel"]["id"] == "D0DM"

    view = {"callback_id": "cb", "state": {"values": {"b": {"a": {"type": "x", "value": "v"}}}}}
    submitted = json.loads(parse_qs(view_submission_body("U1", view))["payload"][0])
    assert submitted["type"] == "view_submission"
    assert submitted["view"]["callback_id"] == "cb"
    assert submitted["view"]["state"] == view["state"]

    files = [{"id": "F1", "name": "a.docx"}]
    event = file_share_message_event("U1", "D0DM", files, text="my essay")
    wrapped = json.loads(event_callback_body(event, "Ev1"))
    assert wrapped["type"] == "event_callback"
    assert wrapped["event_id"] == "Ev1"
    assert wrapped["event"]["subtype"] == "file_share"
    assert wrapped["event"]["files"] == files
    assert json.loads(url_verification_body("c"))["challenge"] == "c"


# -- a real Bolt app over HTTP ---------------------------------------------------------------


class _Quiet(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def bolt_url(slack: FakeSlack) -> Iterator[str]:
    app = App(
        client=WebClient(token=TOKEN, base_url=slack.api_url, timeout=5),
        signing_secret=SECRET,
        process_before_response=True,
    )

    @app.command("/flourish")
    def command(ack: Any, body: dict[str, Any], client: WebClient) -> None:
        ack(f"got {body['text']}")
        client.views_open(trigger_id=body["trigger_id"], view={"type": "modal", "blocks": []})

    @app.action("approve")
    def approve(ack: Any, body: dict[str, Any], client: WebClient) -> None:
        ack()
        client.chat_update(channel=body["channel"]["id"], ts=body["message"]["ts"], text="done")

    @app.event("message")
    def message(event: dict[str, Any], client: WebClient) -> None:
        if event.get("subtype") == "file_share":
            client.chat_postMessage(channel=event["channel"], text=event["files"][0]["name"])

    server: WSGIServer = make_server("127.0.0.1", 0, SlackRequestHandler(app), handler_class=_Quiet)
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
    )
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/slack/events"
    finally:
        server.shutdown()
        server.server_close()


def test_bolt_accepts_the_signed_requests(slack: FakeSlack, bolt_url: str) -> None:
    status, _, text = post(bolt_url, url_verification_body("abc"), SECRET)
    assert (status, json.loads(text)) == (200, {"challenge": "abc"})

    status, _, text = post(bolt_url, slash_command_body("/flourish", "help", "U1"), SECRET)
    assert (status, text) == (200, "got help")
    assert len(slack.calls("views.open")) == 1

    body = block_actions_body("U1", [button_action("approve")], channel_id="D0DM")
    assert post(bolt_url, body, SECRET)[0] == 200
    assert slack.calls("chat.update")[0].params["text"] == "done"

    shared = slack.add_file("F0E", "essay.pdf", b"%PDF-1.4", user="U1")
    event = event_callback_body(file_share_message_event("U1", "D0DM", [shared]), "Ev9")
    assert post(bolt_url, event, SECRET, retry_num=1, retry_reason="http_timeout")[0] == 200
    assert slack.calls("chat.postMessage")[0].params["text"] == "essay.pdf"


def test_bolt_refuses_bad_signatures(bolt_url: str) -> None:
    body = slash_command_body("/flourish", "help", "U1")
    assert post(bolt_url, body, "wrong-secret")[0] == 401
    assert post(bolt_url, body, SECRET, timestamp=int(time.time()) - 6 * 60)[0] == 401


def test_post_reports_http_errors_instead_of_raising(slack: FakeSlack) -> None:
    status, headers, _ = post(f"{slack.root_url}/nowhere", "{}", SECRET)
    assert status == 404
    assert "content-type" in headers


def test_upload_url_for_an_unknown_file_is_404(slack: FakeSlack) -> None:
    request = urllib.request.Request(f"{slack.root_url}/upload/v1/F0NOPE", data=b"x")
    with pytest.raises(urllib.error.HTTPError) as raised:
        urllib.request.urlopen(request, timeout=5)
    assert raised.value.code == 404
