"""The Slack side of filing a shared file: recording it before the ack, the download
and files.info handed to the domain's use case (domain/uploads.py), and telling the
teacher the outcome in their DM (student data never goes to a channel; a share in a
channel gets only an ephemeral pointer there). A share of several files is told in one
message; its ts is kept on the share's receipts, and the reviews go in its thread."""

from __future__ import annotations

import logging
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import PurePath
from typing import Any

from slack_sdk import WebClient

from bot.announcer import announce_entry
from bot.deps import BotDeps
from bot.dm import dm_channel
from bot.slack_files import SlackFileRefused, fetch_slack_file
from bot.upload_blocks import share_messages
from domain.access import Viewer
from domain.documents import SUPPORTED_EXTENSIONS, check_size, check_supported, web_page
from domain.errors import IngestError
from domain.uploads import (
    Outcome,
    SharedFile,
    UploadOutcome,
    mark_told,
    process_upload,
    receive_upload,
    sweep_uploads,
)
from domain.worker import worker_name

log = logging.getLogger(__name__)

DOWNLOAD_TIMEOUT_SECONDS = 20.0


def shared_file(file: dict[str, Any]) -> SharedFile:
    """A file object of Slack's (an event's `files`, files.info's `file`)."""
    return SharedFile(
        id=str(file.get("id", "")),
        name=_with_extension(
            str(file.get("name") or file.get("title") or "file"),
            str(file.get("filetype") or ""),
            str(file.get("mimetype") or ""),
        ),
        size=file.get("size") if isinstance(file.get("size"), int) else None,
        mimetype=str(file.get("mimetype") or ""),
        download_url=file.get("url_private_download") or file.get("url_private"),
        permalink=_permalink(file.get("permalink")),
    )


# What Slack calls a file whose name does not say what it is: an email brought into Slack
# (filetype "email", often named by its subject), a caption file.
_EXTENSION_OF_TYPE = {
    "email": ".eml",
    "eml": ".eml",
    "message/rfc822": ".eml",
    "vtt": ".vtt",
    "text/vtt": ".vtt",
    "srt": ".srt",
    "application/x-subrip": ".srt",
    "csv": ".csv",
    "text/csv": ".csv",
}


def _with_extension(name: str, filetype: str, mimetype: str) -> str:
    """The file's name, with the extension its Slack type gives it when the name has none
    Flourish reads ("Re: Lucas's week" of filetype email is read as an .eml)."""
    if PurePath(name).suffix.lower() in SUPPORTED_EXTENSIONS:
        return name
    extension = _EXTENSION_OF_TYPE.get(filetype.lower()) or _EXTENSION_OF_TYPE.get(
        mimetype.split(";")[0].strip().lower()
    )
    return name + extension if extension else name


def _slack_email(deps: BotDeps, client: WebClient, shared: SharedFile) -> bytes:
    info = client.files_info(file=shared.id)["file"]
    if info.get("filetype") != "email" and info.get("mode") != "email":
        raise web_page(shared.name)
    data = slack_email_message(info)
    check_size(shared.name, len(data), deps.max_upload_bytes)
    return data


def slack_email_message(info: dict[str, Any]) -> bytes:
    """An email file's object from Slack (from, to, cc, subject, headers.date, plain_text)
    as the RFC 5322 message it was, for the .eml reader."""
    message = EmailMessage()

    def addresses(key: str) -> str:
        people = info.get(key)
        if not isinstance(people, list):
            return ""
        return ", ".join(
            str(person.get("original") or person.get("address") or "")
            for person in people
            if isinstance(person, dict)
        )

    raw_headers = info.get("headers")
    headers: dict[str, Any] = raw_headers if isinstance(raw_headers, dict) else {}
    for name, value in (
        ("From", addresses("from")),
        ("To", addresses("to")),
        ("Cc", addresses("cc")),
        ("Date", str(headers.get("date") or "")),
        ("Subject", str(info.get("subject") or "")),
    ):
        if value.strip():
            try:
                message[name] = value
            except (ValueError, TypeError):
                # A header Slack passed on that the email package will not take as it is.
                message[name] = " ".join(value.split())
    message.set_content(str(info.get("plain_text") or ""))
    return message.as_bytes(policy=SMTP)


def _permalink(raw: object) -> str | None:
    """Slack's link to the file, kept only if it is a plain web address a message may show."""
    if not isinstance(raw, str) or len(raw) > 1000 or not raw.startswith(("https://", "http://")):
        return None
    return None if any(c.isspace() or c in "<>|" for c in raw) else raw


def receive_file_share(
    deps: BotDeps, viewer: Viewer, event: dict[str, Any], slack_user_id: str
) -> list[SharedFile]:
    """Before the ack: record each file of a `file_share` message (the bot's DM, where the
    message text may say whose work it is); the ones this delivery is first to bring."""
    files = [shared_file(raw) for raw in event.get("files") or [] if isinstance(raw, dict)]
    return receive_shares(
        deps,
        viewer,
        files,
        slack_user_id,
        channel=str(event.get("channel", "")),
        in_dm=event.get("channel_type") == "im",
        message_text=str(event.get("text") or ""),
    )


def receive_channel_share(
    deps: BotDeps, viewer: Viewer, event: dict[str, Any], slack_user_id: str
) -> list[SharedFile]:
    """Before the ack: record a `file_shared` event's file, a share in a channel the bot is
    in. It carries only ids; the file's name and URL come from files.info after the ack.
    A DM share is left to its `message.im` event, which also brings the message's text."""
    channel = str(event.get("channel_id") or "")
    file_id = str(event.get("file_id") or (event.get("file") or {}).get("id") or "")
    if channel.startswith("D"):
        return []
    return receive_shares(
        deps,
        viewer,
        [SharedFile(id=file_id, name="")],
        slack_user_id,
        channel=channel,
        in_dm=False,
        message_text="",
    )


def receive_shares(
    deps: BotDeps,
    viewer: Viewer,
    files: list[SharedFile],
    slack_user_id: str,
    *,
    channel: str,
    in_dm: bool,
    message_text: str,
) -> list[SharedFile]:
    """Record each share durably. Raises when the database cannot record them, so Slack
    is answered non-200 and delivers the event again."""
    new: list[SharedFile] = []
    for shared in files:
        if not shared.id:
            continue
        if receive_upload(
            deps.sessions,
            file_id=shared.id,
            file_name=shared.name,
            slack_user_id=slack_user_id,
            teacher_id=viewer.teacher_id,
            channel_id=channel,
            in_dm=in_dm,
            message_text=message_text,
            policy=deps.upload_policy,
        ):
            new.append(shared)
        else:
            log.info("file %s already received; this delivery is a repeat", shared.id)
    return new


def file_received(
    deps: BotDeps,
    client: WebClient,
    files: list[SharedFile],
    slack_user_id: str,
    *,
    channel: str,
    in_dm: bool,
) -> None:
    """After the ack: file each newly received file of the share, then tell the teacher
    in their DM, in one message for the whole share."""
    if files and not in_dm:
        client.chat_postEphemeral(
            channel=channel,
            user=slack_user_id,
            text="Got it. Student work stays private: I'll reply in our DM.",
        )
    outcomes = []
    for shared in files:
        # A share known only by id (file_shared) is described by files.info.
        outcome = _file(deps, client, shared.id, shared=shared if shared.name else None)
        if outcome is None:
            continue
        if _new_entries(outcome):
            # Assessing starts while the rest are read; reviews wait for the confirmation.
            deps.wake_assessments()
        if outcome.to_tell:
            outcomes.append(outcome)
    if outcomes:
        tell_share(deps, client, outcomes)


def file_one(
    deps: BotDeps, client: WebClient, file_id: str, *, shared: SharedFile | None = None
) -> UploadOutcome | None:
    """Claim, download and file one received share, then tell the teacher the outcome."""
    outcome = _file(deps, client, file_id, shared=shared)
    if outcome is not None and outcome.to_tell:
        tell(deps, client, outcome)
    return outcome


def _file(
    deps: BotDeps, client: WebClient, file_id: str, *, shared: SharedFile | None = None
) -> UploadOutcome | None:
    return process_upload(
        deps.sessions,
        file_id,
        describe=lambda file_id: describe(client, file_id),
        fetch=lambda shared: download(deps, client, shared),
        today=deps.today(),
        max_bytes=deps.max_upload_bytes,
        shared=shared,
        policy=deps.upload_policy,
        worker=worker_name(),
    )


def sweep(deps: BotDeps, client: WebClient) -> int:
    """Finish shares a crash or an outage left, and tell whoever was not told."""
    return sweep_uploads(
        deps.sessions,
        describe=lambda file_id: describe(client, file_id),
        fetch=lambda shared: download(deps, client, shared),
        tell=lambda outcome: tell(deps, client, outcome),
        today=deps.today(),
        max_bytes=deps.max_upload_bytes,
        policy=deps.upload_policy,
        worker=worker_name(),
    )


def tell(deps: BotDeps, client: WebClient, outcome: UploadOutcome) -> None:
    tell_share(deps, client, [outcome])


def tell_share(deps: BotDeps, client: WebClient, outcomes: list[UploadOutcome]) -> None:
    """A share's outcomes in the teacher's DM, one message for all its files; each marked
    told, with that message as its confirmation, once it is out (a retry is not an
    outcome: the final one is told when it comes)."""
    dm = dm_channel(client, outcomes[0].slack_user_id)
    for text, blocks, told in share_messages(outcomes):
        deps.pacer.wait(dm)
        reply = client.chat_postMessage(channel=dm, text=text, blocks=blocks)
        for outcome in told:
            deps.metrics.upload_told(outcome.outcome.value)
        settled = [o.file_id for o in told if o.outcome is not Outcome.RETRYING]
        if settled:
            mark_told(deps.sessions, settled, channel_id=dm, ts=str(reply["ts"]))
        for outcome in told:
            if outcome.outcome is Outcome.FILED:
                log.info("file %s filed", outcome.file_id)
    # Told: the reviews of what was filed may follow now, in the confirmation's thread.
    # Entries assessed while their files were still being read are posted here at once
    # (their workers found the share not yet told); the rest by their workers when done.
    for outcome in outcomes:
        if outcome.outcome is Outcome.FILED and outcome.result is not None:
            for entry in outcome.result.created:
                announce_entry(deps.sessions, client, entry.entry_id, deps.pacer)
    if any(_new_entries(outcome) for outcome in outcomes):
        deps.wake_assessments()


def _new_entries(outcome: UploadOutcome) -> bool:
    return outcome.outcome is Outcome.FILED and (
        outcome.result is None or bool(outcome.result.created)
    )


def describe(client: WebClient, file_id: str) -> SharedFile:
    info = client.files_info(file=file_id)
    return shared_file(info["file"])


def download(deps: BotDeps, client: WebClient, shared: SharedFile) -> bytes:
    """The file's bytes with the bot token, refusing what cannot be a document before
    fetching it. Whatever comes back is checked again when it is read (HTML, empty)."""
    extension = check_supported(shared.name)
    if extension == ".eml" and shared.mimetype.startswith("text/html"):
        # An email brought into Slack: its download is Slack's HTML rendering of it, but
        # files.info has the message's headers and plain text.
        return _slack_email(deps, client, shared)
    if shared.mimetype.startswith("text/html"):
        raise web_page(shared.name)
    if shared.size is not None:
        check_size(shared.name, shared.size, deps.max_upload_bytes)
    url = shared.download_url
    if url is None:
        info = client.files_info(file=shared.id)
        url = info["file"].get("url_private_download")
    if not url:
        raise IngestError(f"{shared.name}: Slack did not give me a way to download it.")
    try:
        data, content_type = fetch_slack_file(
            url,
            client.token or "",
            client.base_url,
            max_bytes=deps.max_upload_bytes,
            timeout=DOWNLOAD_TIMEOUT_SECONDS,
        )
    except SlackFileRefused as refused:
        raise IngestError(f"{shared.name}: {refused}") from refused
    if content_type.startswith("text/html") and extension not in (".txt", ".md"):
        # Slack's sign-in page, served when the token is refused.
        raise web_page(shared.name)
    return data
