"""What travels in button values, block ids and `private_metadata`, as small pydantic models.

Every model is serialised compactly on the way out and validated on the way back in. What
comes back is still only a claim: each listener re-checks against the database that the
person may see and act on what it names.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from domain.charts import ChartScope
from domain.curriculum import EntryType, Level, Skill
from domain.errors import InvalidInput
from domain.models import KEY_LENGTH, CheckInAnswerChoice, CheckInKind

# Slack's limits: 2,000 characters a button value, 3,000 of private_metadata, 255 a block
# id and 150 an overflow option's value.
BUTTON_VALUE_LIMIT = 2000
METADATA_LIMIT = 3000
BLOCK_ID_LIMIT = 255
OPTION_VALUE_LIMIT = 150

STALE = "That button or form is out of date. Please open it again from a fresh message."

RecordId = Annotated[int, Field(gt=0, lt=2**31)]
SlackId = Annotated[str, Field(pattern=r"^[A-Z0-9]{1,32}$")]
SlackTs = Annotated[str, Field(pattern=r"^\d{1,12}\.\d{1,8}$")]
# The student's roster key (a OneRoster sourcedId is any text up to 128 characters, not
# only the simple form's S001), as it is stored; the listener still checks access to it.
StudentId = Annotated[str, Field(min_length=1, max_length=KEY_LENGTH, pattern=r"^\S(?:.*\S)?$")]


class Payload(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    def dump(self) -> str:
        return self.model_dump_json(exclude_none=True)


class AssessmentRef(Payload):
    """Undo, and the Correct modal's subject."""

    a: RecordId


class AssessmentIds(Payload):
    """Accept all: the pending items the message showed (an entry holds at most 17)."""

    a: Annotated[list[RecordId], Field(min_length=1, max_length=20)]


ItemAction = Literal["details", "correct", "dismiss"]


class ItemChoice(Payload):
    """An item's menu option: what to do with which assessment (at most 150 characters)."""

    do: ItemAction
    a: RecordId


class EntryRef(Payload):
    """Accept all."""

    e: RecordId


class PageRef(Payload):
    """Previous / next page of the review queue (`u`: of one upload's, named by the ts of
    the message that confirmed it)."""

    o: Annotated[int, Field(ge=0, lt=1_000_000)]
    u: SlackTs | None = None


class ShareRef(Payload):
    """A bulk upload's Review button: the upload, by its confirmation message's ts."""

    t: SlackTs


class StudentRef(Payload):
    """Progress, chart and target buttons; the student is optional on the target button."""

    s: StudentId | None = None


class StudentChoice(Payload):
    """One button of "which student?": the command to finish for the student chosen
    (`progress`; `target` with a skill and maybe a level, or the form without; `badge`)."""

    do: Literal["progress", "target", "badge"]
    s: StudentId
    skill: Skill | None = None
    level: Level | None = None


class ChartRef(Payload):
    """A growth chart button: whose, and by skill or by category."""

    s: StudentId
    by: ChartScope = ChartScope.SKILL


class TargetPrefill(Payload):
    """A suggested target's button: the target form opens with these already chosen."""

    s: StudentId
    skill: Skill
    level: Level | None = None


class CheckInAnswerRef(Payload):
    """A digest's check-in answer button: which suggestion (student, kind and what it rests
    on), the digest week it came in, and the answer."""

    s: StudentId
    kind: CheckInKind
    basis: Annotated[str, Field(min_length=1, max_length=40, pattern=r"^[A-Za-z0-9:-]+$")]
    week: date
    answer: CheckInAnswerChoice
    skill: Skill | None = None


class HomeChoice(Payload):
    """An App Home overflow option: what to do. The student is the row's block id
    (`home_row_block_id`): a 128-character roster key would not fit an option's 150."""

    do: Literal["progress", "chart", "target"]


HOME_ROW_PREFIX = "home-student:"
_student_id: TypeAdapter[str] = TypeAdapter(StudentId)


def home_row_block_id(student_id: str) -> str:
    return HOME_ROW_PREFIX + student_id


def student_of_home_row(block_id: str | None) -> str:
    """The student an App Home row names; an altered block id is refused like any payload."""
    if not block_id or not block_id.startswith(HOME_ROW_PREFIX):
        raise InvalidInput(STALE)
    try:
        return _student_id.validate_python(block_id.removeprefix(HOME_ROW_PREFIX))
    except ValidationError:
        raise InvalidInput(STALE) from None


class EntryMessage(Payload):
    """A review message for one entry's assessments."""

    kind: Literal["entry"] = "entry"
    entry: RecordId


class PageMessage(Payload):
    """A page of the review queue: the assessments it shows, and where the page starts."""

    kind: Literal["page"] = "page"
    ids: Annotated[list[RecordId], Field(max_length=10)]
    offset: Annotated[int, Field(ge=0)]
    # Limited to one upload's entries (its confirmation's ts); None: the whole queue.
    u: SlackTs | None = None


MessageRef = Annotated[EntryMessage | PageMessage, Field(discriminator="kind")]
_message_ref: TypeAdapter[EntryMessage | PageMessage] = TypeAdapter(MessageRef)


class CorrectionMetadata(Payload):
    """The Correct modal: which assessment, and the message to update after the submit."""

    a: RecordId
    channel: SlackId
    ts: SlackTs
    shows: MessageRef


class UploadChoice(Payload):
    """An upload waiting for the teacher to say whose it is or what kind of document."""

    file: SlackId
    type: EntryType | None = None


class TargetMetadata(Payload):
    """The target modal; `home` when it was opened from App Home, to refresh it after."""

    home: bool = False


P = TypeVar("P", bound=BaseModel)


def load(model: type[P], raw: str | None) -> P:
    """Parse what came back from Slack; anything malformed or altered is refused alike."""
    try:
        return model.model_validate_json(raw or "")
    except ValidationError:
        raise InvalidInput(STALE) from None


def load_message_ref(raw: str | None) -> EntryMessage | PageMessage:
    try:
        return _message_ref.validate_json(raw or "")
    except ValidationError:
        raise InvalidInput(STALE) from None


def message_block_id(shows: EntryMessage | PageMessage, prefix: str) -> str:
    block_id = prefix + shows.dump()
    if len(block_id) > BLOCK_ID_LIMIT:  # a page holds at most 10 ids, well inside
        raise ValueError("message reference too long for a block id")
    return block_id
