"""The one interface every assessor implements, and what travels through it.

An assessor only proposes. `domain.validation` decides what becomes stored evidence, for
every assessor alike: known skill and level, a quote found verbatim in the student's own
words, a justification.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from domain.curriculum import EntryType, Level, Skill


@dataclass(frozen=True)
class Example:
    """A teacher-validated assessment, shown to the assessor as a worked example."""

    skill: Skill
    level: Level
    evidence_quote: str
    justification: str
    entry_type: EntryType
    # Set when the teacher corrected the assessor: what it said, and the teacher's reasons.
    corrected_from: Level | None = None
    teacher_notes: str | None = None
    # The teacher dismissed it: the quote shows nothing for this skill (a negative example;
    # `level` is what the assessor had proposed, not a level to learn).
    dismissed: bool = False


@dataclass(frozen=True)
class DocumentSpan:
    """One span of the entry's document, as the assessor is shown it and cites it."""

    # 1-based, in document order: what an assessor names as where a quote came from.
    number: int
    # A `domain.segments.Role` value: turn, prompt, rating, teacher_summary, ...
    role: str
    # White space folded to single spaces; one line.
    text: str
    # Who speaks on a turn: the student's id, "teacher", or "other 1", "other 2"... never
    # the label as written (it may be a name that is not on the roster).
    speaker: str | None = None
    # On a header line: what it gives ("date", "participants", "type"...).
    key: str | None = None
    # One of this student's own spans: the only ones a quote may come from.
    own: bool = False


@dataclass(frozen=True)
class ValidatedLevel:
    """One level a teacher has reviewed: what the assessor proposed and what the teacher
    stands behind (None when they dismissed it: the quote shows nothing for the skill).
    Plain data, so an assessor can learn from a teacher's reviews without a database."""

    skill: Skill
    proposed: Level
    teacher_level: Level | None
    # The assessor that proposed it: each assessor learns from its own mistakes only.
    model: str


@dataclass(frozen=True)
class AssessmentRequest:
    entry_id: int
    student_id: str
    entry_type: EntryType
    # The student's own words: the whole entry, or their turns in a transcript.
    own_text: str
    # The whole document, for context (the other speakers' turns); never quoted as evidence.
    context: str
    examples: list[Example] = field(default_factory=list)
    # Roster names that may appear in the text, mapped to ids (for pseudonymising).
    names: dict[str, str] = field(default_factory=dict)
    # The whole document cut into spans with roles, the student's own spans marked, in
    # the order of `own_text`'s lines. Empty for an entry filed before documents were
    # segmented: then `own_text` and `context` are all there is.
    document: tuple[DocumentSpan, ...] = ()
    # The same teacher's reviewed levels (accepted, corrected, dismissed), newest first.
    validations: list[ValidatedLevel] = field(default_factory=list)


@dataclass(frozen=True)
class CitedSpan:
    """The span an assessor said a quote came from."""

    number: int
    # Which of the student's own spans it is (a line of the entry's own text), or None
    # when it is not one of theirs.
    own_index: int | None
    # What the span is, for the reason an item citing it is dropped ("a teacher's turn").
    what: str


@dataclass(frozen=True)
class ProposedItem:
    """One skill as the assessor proposed it; strings, because the model may be wrong."""

    skill: str
    level: str
    evidence_quote: str
    justification: str
    # Probability of the chosen level from the model's token log-probabilities, if known.
    level_probability: float | None = None
    # The assessor's own certainty in 0..1, if it reports one.
    stated_confidence: float | None = None
    # Where the assessor said the quote came from; None when it named no span (the quote
    # may then stand in any one of the student's own spans).
    cited_span: CitedSpan | None = None


@dataclass(frozen=True)
class AssessorOutput:
    items: list[ProposedItem]
    model: str
    # Items the assessor itself could not read, with why (recorded on the entry).
    dropped: list[str] = field(default_factory=list)


class AssessorError(Exception):
    """The assessor could not answer this time (network, server, unreadable answer).

    `retryable` is False when trying again cannot help (a refusal, a bad request).
    """

    def __init__(self, reason: str, *, retryable: bool = True) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retryable = retryable


class Assessor(Protocol):
    @property
    def model(self) -> str:
        """The name stored with each assessment (a model name, or 'offline-<version>')."""
        ...

    def assess(self, request: AssessmentRequest) -> AssessorOutput: ...
