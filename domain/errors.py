"""Errors whose message is written for the teacher or admin who caused them."""

from __future__ import annotations

from datetime import date


class FlourishError(Exception):
    """A known failure; `str(error)` is safe and useful to show to the person."""


class NotFound(FlourishError):
    pass


class InvalidInput(FlourishError):
    pass


class RosterError(InvalidInput):
    pass


class IngestError(InvalidInput):
    pass


class NeedsStudent(IngestError):
    """The document's student could not be decided; the caller may ask the person."""

    def __init__(self, message: str, candidates: list[str] | None = None) -> None:
        super().__init__(message)
        self.candidates = candidates or []


class NeedsEntryType(IngestError):
    """The kind of document could not be decided; the caller may ask the person."""


class AlreadyFiled(IngestError):
    """The document's text is already filed for its student (shared again under a new
    file id); the caller may ask the person whether to file it again."""

    def __init__(self, message: str, filed_on: date) -> None:
        super().__init__(message)
        self.filed_on = filed_on


class InvalidField(InvalidInput):
    """Bad input in one named field of a form, so the form can show the message beside it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
