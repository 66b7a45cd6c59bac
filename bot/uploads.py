"""A file shared with the bot becomes evidence: receipt, download, filing, and the replies.

Runs after Bolt has acknowledged the event. Every outcome is told to the teacher in their
DM (student data never goes to a channel); a share in a channel gets only an ephemeral
pointer there.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from slack_sdk import WebClient

from bot.deps import BotDeps
from bot.dm import dm_channel
from bot.slack_files import SlackFileRefused, fetch_slack_file
from bot.upload_blocks import filed_message, needs_choice_message, refused_message
from domain.curriculum import EntryType
from domain.db import unit_of_work
from domain.documents import check_size, check_supported, web_page
from domain.errors import IngestError, NeedsEntryType, NeedsStudent
from domain.ingest import IngestResult, ingest_document
from domain.models import UploadStatus
from domain.progress import Viewer
from domain.uploads import claim_upload, settle_upload

log = logging.getLogger(__name__)

DOWNLOAD_TIMEOUT_SECONDS = 20.0


@dataclass(frozen=True)
class SharedFile:
    id: str
    name: str
    size: int | None
    mimetype: str
    download_url: str | None

    @classmethod
    def from_slack(cls, file: dict[str, Any]) -> SharedFile:
        return cls(
            id=str(file.get("id", "")),
            name=str(file.get("name") or file.get("title") or "file"),
            size=file.get("size"),
            mimetype=str(file.get("mimetype") or ""),
            download_url=file.get("url_private_download") or file.get("url_private"),
        )


def handle_file_share(
    deps: BotDeps,
    client: WebClient,
    viewer: Viewer,
    event: dict[str, Any],
    slack_user_id: str,
) -> None:
    channel = str(event.get("channel", ""))
    in_dm = event.get("channel_type") == "im"
    for raw in event.get("files") or []:
        shared = SharedFile.from_slack(raw)
        if not shared.id:
            continue
        with unit_of_work(deps.sessions) as session:
            first = claim_upload(
                session, file_id=shared.id, slack_user_id=slack_user_id, channel_id=channel
            )
        if not first:
            log.info("file %s already received; this delivery is a repeat", shared.id)
            continue
        if not in_dm:
            client.chat_postEphemeral(
                channel=channel,
                user=slack_user_id,
                text="Got it. Student work stays private: I'll reply in our DM.",
            )
        file_one(deps, client, viewer, shared, slack_user_id, message_text=event.get("text") or "")


def file_one(
    deps: BotDeps,
    client: WebClient,
    viewer: Viewer,
    shared: SharedFile,
    slack_user_id: str,
    *,
    message_text: str = "",
    student_id: str | None = None,
    entry_type: EntryType | None = None,
) -> IngestResult | None:
    """Download and file one shared file, telling the teacher the outcome in their DM."""
    dm = dm_channel(client, slack_user_id)
    try:
        data = download(deps, client, shared)
        with unit_of_work(deps.sessions) as session:
            result = ingest_document(
                session,
                file_name=shared.name,
                data=data,
                today=deps.today(),
                teacher_id=viewer.teacher_id,
                student_id=student_id,
                entry_type=entry_type,
                message_text=message_text or None,
                slack_file_id=shared.id,
                uploaded_by=slack_user_id,
                max_bytes=deps.max_upload_bytes,
            )
            settle_upload(session, shared.id, UploadStatus.FILED)
    except (NeedsStudent, NeedsEntryType) as unsure:
        with unit_of_work(deps.sessions) as session:
            settle_upload(session, shared.id, UploadStatus.NEEDS_CHOICE, type(unsure).__name__)
        text, blocks = needs_choice_message(shared.id, shared.name, str(unsure), entry_type)
        client.chat_postMessage(channel=dm, text=text, blocks=blocks)
        return None
    except IngestError as refused:
        with unit_of_work(deps.sessions) as session:
            settle_upload(session, shared.id, UploadStatus.REFUSED, type(refused).__name__)
        log.info("file %s refused: %s", shared.id, type(refused).__name__)
        text, blocks = refused_message(str(refused))
        client.chat_postMessage(channel=dm, text=text, blocks=blocks)
        return None
    log.info("file %s filed as entries %s", shared.id, [e.entry_id for e in result.entries])
    text, blocks = filed_message(result)
    client.chat_postMessage(channel=dm, text=text, blocks=blocks)
    if result.created:
        deps.wake_assessments()
    return result


def download(deps: BotDeps, client: WebClient, shared: SharedFile) -> bytes:
    """The file's bytes with the bot token, refusing what cannot be a document before
    fetching it. Whatever comes back is checked again when it is read (HTML, empty)."""
    extension = check_supported(shared.name)
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
