"""Filing a shared file, as a promise kept: receipt, claim, download, filing, outcome.

An ack is a promise. A share is recorded (`receive_upload`) before Slack is told 200, so a
failed write answers non-200 and Slack delivers it again. Whoever then works on it (this
process right after the ack, a retried delivery, a second instance, or `sweep_uploads`
after a crash) first claims the receipt with a lease; only the holder of the claim settles
it, in the same transaction as the entries it files. Every receipt ends `filed`, `refused`,
`failed` or asking the teacher (`needs_choice`: whose it is, what kind, or whether to file
again a text already filed), and the teacher is told: an outcome is
marked told only once the telling has gone out, so a sweeper tells whoever was not.

Slack stays outside: the download and the file's description are passed in as functions,
and telling the teacher is the caller's (it gets an `UploadOutcome` to render).
"""

from __future__ import annotations

import logging
import traceback
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from sqlalchemy import and_, or_, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql import ColumnElement

from domain.curriculum import EntryType
from domain.dates import DateOrder
from domain.db import insert_unless_present, rowcount, unit_of_work
from domain.errors import AlreadyFiled, IngestError, NeedsEntryType, NeedsStudent
from domain.ingest import IngestResult, ingest_document
from domain.models import UploadReceipt, UploadStatus, utcnow

log = logging.getLogger(__name__)

# Attempts at one file before the teacher is told to send it again: a download or the
# database failing is worth retrying; a fourth failure in a row is not going to pass.
MAX_ATTEMPTS = 3


@dataclass(frozen=True)
class UploadPolicy:
    # How long a claim holds before another process may take the file over. Longer than a
    # download (20 s), a bounded parse and the filing transaction, together.
    lease: timedelta = timedelta(minutes=2)
    max_attempts: int = MAX_ATTEMPTS
    # How the school writes numeric dates (9/16/25 or 16/09/2025).
    date_order: DateOrder = "mdy"


@dataclass(frozen=True)
class SharedFile:
    """What Slack says of a shared file; the bytes are fetched with `Fetch`."""

    id: str
    name: str
    size: int | None = None
    mimetype: str = ""
    download_url: str | None = None
    # Where the teacher can open the file in Slack; kept on the receipt once it is filed.
    permalink: str | None = None


# The Slack side, passed in: a file's description by id (files.info), and its bytes.
Describe = Callable[[str], SharedFile]
Fetch = Callable[[SharedFile], bytes]


class Outcome(StrEnum):
    FILED = "filed"
    REFUSED = "refused"
    NEEDS_CHOICE = "needs_choice"
    # Its text is already filed for the student: file it again only if the teacher says so.
    ALREADY_FILED = "already_filed"
    FAILED = "failed"
    # Not settled: it will be tried again (told once, so the teacher is not left waiting).
    RETRYING = "retrying"


@dataclass(frozen=True)
class UploadOutcome:
    file_id: str
    slack_user_id: str
    file_name: str
    outcome: Outcome
    # Filed: what was filed. Refused or asking: the reason or question, for the teacher.
    result: IngestResult | None = None
    message: str = ""
    entry_type: EntryType | None = None
    # Whether the teacher still has to be told this outcome (a retry is told only once).
    to_tell: bool = True


@dataclass(frozen=True)
class _Claim:
    receipt: UploadReceipt
    token: str


def receive_upload(
    sessions: sessionmaker[Session],
    *,
    file_id: str,
    file_name: str,
    slack_user_id: str,
    teacher_id: str | None,
    channel_id: str,
    in_dm: bool,
    message_text: str,
    policy: UploadPolicy = UploadPolicy(),
) -> bool:
    """Record a share durably; True for the one delivery that is new. Raises if the write
    fails, so the caller answers Slack non-200 and Slack delivers it again."""
    now = utcnow()
    with unit_of_work(sessions) as session:
        return insert_unless_present(
            session,
            UploadReceipt,
            {
                "slack_file_id": file_id,
                "slack_user_id": slack_user_id,
                "teacher_id": teacher_id,
                "channel_id": channel_id,
                "in_dm": in_dm,
                "file_name": file_name[-255:],
                "message_text": message_text or None,
                "status": UploadStatus.RECEIVED.value,
                # The receiving process has it this long before a sweeper may take it.
                "lease_expires_at": now + policy.lease,
                "attempts": 0,
                "received_at": now,
                "updated_at": now,
            },
            ["slack_file_id"],
        )


def choose_for_upload(
    session: Session,
    *,
    file_id: str,
    slack_user_id: str,
    student_id: str,
    entry_type: EntryType,
    policy: UploadPolicy = UploadPolicy(),
) -> bool:
    """The picker's answer: True once, for the teacher who shared the file, while it still
    waits for a choice (a double submit files nothing twice). The answer is kept on the
    receipt, so a crash before filing is finished by the sweeper with it."""
    now = utcnow()
    taken = session.execute(
        update(UploadReceipt)
        .where(
            UploadReceipt.slack_file_id == file_id,
            UploadReceipt.slack_user_id == slack_user_id,
            UploadReceipt.status == UploadStatus.NEEDS_CHOICE.value,
        )
        .values(
            status=UploadStatus.RECEIVED.value,
            chosen_student_id=student_id,
            chosen_entry_type=entry_type.value,
            lease_expires_at=now + policy.lease,
            claimed_by=None,
            attempts=0,
            told_at=None,
            updated_at=now,
        )
    )
    return rowcount(taken) == 1


def refile_upload(
    session: Session,
    *,
    file_id: str,
    slack_user_id: str,
    policy: UploadPolicy = UploadPolicy(),
) -> bool:
    """ "File again" on a share whose text was already filed: True once, for the teacher
    who shared it, while it still asks. Kept on the receipt (`file_again`), so whoever
    files it (this process, or a sweeper after a crash) files it without asking again."""
    now = utcnow()
    taken = session.execute(
        update(UploadReceipt)
        .where(
            UploadReceipt.slack_file_id == file_id,
            UploadReceipt.slack_user_id == slack_user_id,
            UploadReceipt.status == UploadStatus.NEEDS_CHOICE.value,
            UploadReceipt.detail.startswith(_ALREADY_FILED),
        )
        .values(
            status=UploadStatus.RECEIVED.value,
            file_again=True,
            lease_expires_at=now + policy.lease,
            claimed_by=None,
            attempts=0,
            told_at=None,
            updated_at=now,
        )
    )
    return rowcount(taken) == 1


def process_upload(
    sessions: sessionmaker[Session],
    file_id: str,
    *,
    describe: Describe,
    fetch: Fetch,
    today: date,
    max_bytes: int,
    shared: SharedFile | None = None,
    policy: UploadPolicy = UploadPolicy(),
    worker: str = "",
    retaking: bool = False,
) -> UploadOutcome | None:
    """Claim, download and file one received share; the outcome for the teacher, or None
    when someone else has it. Never raises for what the file or the network did: every
    path ends settled or left for a retry, and says which."""
    claim = _claim(sessions, file_id, policy, worker=worker, lapsed_only=retaking)
    if claim is None:
        return None
    receipt = claim.receipt
    name = receipt.file_name or (shared.name if shared else "your file")
    chosen_type = EntryType(receipt.chosen_entry_type) if receipt.chosen_entry_type else None
    try:
        shared = shared if shared is not None and shared.id == file_id else describe(file_id)
        name = shared.name or name
        data = fetch(shared)
        with unit_of_work(sessions) as session:
            result = ingest_document(
                session,
                file_name=name,
                data=data,
                today=today,
                teacher_id=receipt.teacher_id,
                student_id=receipt.chosen_student_id,
                entry_type=chosen_type,
                message_text=receipt.message_text,
                slack_file_id=file_id,
                uploaded_by=receipt.slack_user_id,
                max_bytes=max_bytes,
                date_order=policy.date_order,
                ask_if_filed=not receipt.file_again,
            )
            _settle(session, claim, UploadStatus.FILED, permalink=shared.permalink)
        return _outcome(receipt, name, Outcome.FILED, result=result)
    except AlreadyFiled as filed:
        detail = f"{_ALREADY_FILED}{filed.filed_on.isoformat()}"
        return _settled(sessions, claim, name, Outcome.ALREADY_FILED, filed, policy, detail=detail)
    except (NeedsStudent, NeedsEntryType) as unsure:
        return _settled(sessions, claim, name, Outcome.NEEDS_CHOICE, unsure, policy, chosen_type)
    except IngestError as refused:
        return _settled(sessions, claim, name, Outcome.REFUSED, refused, policy)
    except _LostClaim:
        log.warning("upload %s: claim lost to another process; nothing written", file_id)
        return None
    except Exception as error:
        return _failed(sessions, claim, name, error, policy)


def sweep_uploads(
    sessions: sessionmaker[Session],
    *,
    describe: Describe,
    fetch: Fetch,
    tell: Callable[[UploadOutcome], None],
    today: date,
    max_bytes: int,
    policy: UploadPolicy = UploadPolicy(),
    worker: str = "",
    limit: int = 20,
) -> int:
    """Finish what a crash or an outage left: shares whose lease lapsed are taken again,
    settled outcomes nobody was told are told. Safe with two instances (conditional
    claims). Returns how many receipts were handled."""
    now = utcnow()
    with sessions() as session:
        lapsed = list(
            session.scalars(
                select(UploadReceipt.slack_file_id)
                .where(_lapsed(now))
                .order_by(UploadReceipt.received_at)
                .limit(limit)
            )
        )
        untold = list(
            session.scalars(
                select(UploadReceipt.slack_file_id)
                .where(
                    UploadReceipt.told_at.is_(None),
                    UploadReceipt.status.not_in(_WORKING),
                    UploadReceipt.updated_at < now - policy.lease,
                )
                .order_by(UploadReceipt.updated_at)
                .limit(limit)
            )
        )
    handled = 0
    for file_id in lapsed:
        outcome = process_upload(
            sessions,
            file_id,
            describe=describe,
            fetch=fetch,
            today=today,
            max_bytes=max_bytes,
            policy=policy,
            worker=worker,
            retaking=True,
        )
        if outcome is not None:
            handled += 1
            if outcome.to_tell:
                tell(outcome)
    for file_id in untold:
        outcome = _told_again(sessions, file_id)
        if outcome is not None:
            handled += 1
            tell(outcome)
    return handled


def mark_told(
    sessions: sessionmaker[Session],
    file_ids: str | list[str],
    *,
    channel_id: str | None = None,
    ts: str | None = None,
) -> None:
    """Told, by the message `ts` in `channel_id`: the files it confirmed together are one
    share, and their entries are reviewed in its thread."""
    ids = [file_ids] if isinstance(file_ids, str) else file_ids
    where = {"confirmation_channel_id": channel_id, "confirmation_ts": ts} if ts else {}
    with unit_of_work(sessions) as session:
        session.execute(
            update(UploadReceipt)
            .where(UploadReceipt.slack_file_id.in_(ids))
            .values(told_at=utcnow(), **where)
        )


_WORKING = (UploadStatus.RECEIVED.value, UploadStatus.PROCESSING.value)
# How a receipt that asks "file again?" says so in `detail`, followed by the date filed.
_ALREADY_FILED = "AlreadyFiled:"


class _LostClaim(Exception):
    """The lease ran out and another process took the file over: write nothing."""


def _lapsed(now: datetime) -> ColumnElement[bool]:
    return and_(
        UploadReceipt.status.in_(_WORKING),
        or_(UploadReceipt.lease_expires_at.is_(None), UploadReceipt.lease_expires_at < now),
    )


def _claim(
    sessions: sessionmaker[Session],
    file_id: str,
    policy: UploadPolicy,
    *,
    worker: str,
    lapsed_only: bool,
) -> _Claim | None:
    """Take the receipt for `worker`: a fresh one (this delivery received it) or one whose
    lease lapsed. One conditional UPDATE, so two processes never both hold it."""
    now = utcnow()
    token = f"{worker}:{uuid.uuid4().hex[:12]}"
    claimable = _lapsed(now)
    if not lapsed_only:
        claimable = or_(
            claimable,
            and_(
                UploadReceipt.status == UploadStatus.RECEIVED.value,
                UploadReceipt.claimed_by.is_(None),
            ),
        )
    with unit_of_work(sessions) as session:
        taken = session.execute(
            update(UploadReceipt)
            .where(UploadReceipt.slack_file_id == file_id, claimable)
            .values(
                status=UploadStatus.PROCESSING.value,
                claimed_by=token,
                lease_expires_at=now + policy.lease,
                attempts=UploadReceipt.attempts + 1,
                updated_at=now,
            )
        )
        if rowcount(taken) != 1:
            return None
        receipt = session.get(UploadReceipt, file_id, populate_existing=True)
        assert receipt is not None
        session.expunge(receipt)
    return _Claim(receipt=receipt, token=token)


def _settle(
    session: Session,
    claim: _Claim,
    status: UploadStatus,
    detail: str | None = None,
    *,
    permalink: str | None = None,
) -> None:
    kept = {"permalink": permalink[:1000]} if permalink else {}
    settled = session.execute(
        update(UploadReceipt)
        .where(
            UploadReceipt.slack_file_id == claim.receipt.slack_file_id,
            UploadReceipt.claimed_by == claim.token,
        )
        .values(
            status=status.value,
            detail=detail,
            claimed_by=None,
            lease_expires_at=None,
            told_at=None,
            updated_at=utcnow(),
            **kept,
        )
    )
    if rowcount(settled) != 1:
        raise _LostClaim


def _settled(
    sessions: sessionmaker[Session],
    claim: _Claim,
    name: str,
    outcome: Outcome,
    error: IngestError,
    policy: UploadPolicy,
    entry_type: EntryType | None = None,
    *,
    detail: str | None = None,
) -> UploadOutcome | None:
    asking = outcome in (Outcome.NEEDS_CHOICE, Outcome.ALREADY_FILED)
    status = UploadStatus.NEEDS_CHOICE if asking else UploadStatus.REFUSED
    try:
        with unit_of_work(sessions) as session:
            # Why, by kind only: the message itself may quote a name from the document.
            _settle(session, claim, status, detail or type(error).__name__)
    except _LostClaim:
        return None
    except Exception as failure:
        return _failed(sessions, claim, name, failure, policy)
    log.info("upload %s %s: %s", claim.receipt.slack_file_id, status.value, type(error).__name__)
    return _outcome(claim.receipt, name, outcome, message=str(error), entry_type=entry_type)


def _failed(
    sessions: sessionmaker[Session],
    claim: _Claim,
    name: str,
    error: Exception,
    policy: UploadPolicy,
) -> UploadOutcome | None:
    """Something we did not expect: retried while it may pass (the network, the database),
    else settled `failed` with the teacher told to send the file again."""
    file_id = claim.receipt.slack_file_id
    # Frames and the type, never the message: it may quote the document.
    log.error(
        "upload %s attempt %s: %s\n%s",
        file_id,
        claim.receipt.attempts,
        type(error).__name__,
        "".join(traceback.format_tb(error.__traceback__)),
    )
    final = claim.receipt.attempts >= policy.max_attempts or not _may_pass(error)
    if final:
        try:
            with unit_of_work(sessions) as session:
                _settle(session, claim, UploadStatus.FAILED, f"internal: {type(error).__name__}")
        except _LostClaim:
            return None
        except Exception as again:
            # The database is away: the lease lapses and the sweeper settles it later.
            log.error("upload %s: could not record the failure (%s)", file_id, type(again).__name__)
            return _outcome(
                claim.receipt, name, Outcome.RETRYING, to_tell=claim.receipt.attempts == 1
            )
        return _outcome(claim.receipt, name, Outcome.FAILED)
    # Left claimed: its lease lapses and the sweeper takes it again then.
    return _outcome(claim.receipt, name, Outcome.RETRYING, to_tell=claim.receipt.attempts == 1)


def _may_pass(error: Exception) -> bool:
    """A database or network failure may pass; a bug of ours or a file we cannot read
    will fail the same way next time."""
    return isinstance(error, DBAPIError | OSError | TimeoutError) or getattr(
        error, "retryable", False
    )


def _told_again(sessions: sessionmaker[Session], file_id: str) -> UploadOutcome | None:
    """A settled outcome whose telling never went out (the process died between the two)."""
    with sessions() as session:
        receipt = session.get(UploadReceipt, file_id)
        if receipt is None or receipt.told_at is not None:
            return None
        status = UploadStatus(receipt.status)
    name = receipt.file_name or "your file"
    if status is UploadStatus.FILED:
        return _outcome(receipt, name, Outcome.FILED, message="")
    if status is UploadStatus.NEEDS_CHOICE and (receipt.detail or "").startswith(_ALREADY_FILED):
        return _outcome(receipt, name, Outcome.ALREADY_FILED, message=_already_filed(receipt))
    if status is UploadStatus.NEEDS_CHOICE:
        chosen = EntryType(receipt.chosen_entry_type) if receipt.chosen_entry_type else None
        return _outcome(
            receipt, name, Outcome.NEEDS_CHOICE, message=_question(receipt), entry_type=chosen
        )
    if status is UploadStatus.REFUSED:
        return _outcome(receipt, name, Outcome.REFUSED, message=f"{name} was not filed.")
    return _outcome(receipt, name, Outcome.FAILED)


def _already_filed(receipt: UploadReceipt) -> str:
    try:
        filed_on = date.fromisoformat((receipt.detail or "")[len(_ALREADY_FILED) :])
    except ValueError:
        return f"{receipt.file_name} was already filed: file it again?"
    return f"{receipt.file_name} was already filed on {filed_on:%-d %b}: file it again?"


def _question(receipt: UploadReceipt) -> str:
    if receipt.detail == NeedsEntryType.__name__:
        return f"What kind of document is {receipt.file_name}?"
    return f"Which student is {receipt.file_name} about?"


def _outcome(
    receipt: UploadReceipt,
    name: str,
    outcome: Outcome,
    *,
    result: IngestResult | None = None,
    message: str = "",
    entry_type: EntryType | None = None,
    to_tell: bool = True,
) -> UploadOutcome:
    return UploadOutcome(
        file_id=receipt.slack_file_id,
        slack_user_id=receipt.slack_user_id,
        file_name=name,
        outcome=outcome,
        result=result,
        message=message,
        entry_type=entry_type,
        to_tell=to_tell,
    )
