"""How much of an entry its assessor is given: all of it, or the first part of a long one.

Why a cap: a model call's time and cost grow with its input, and a worker is held for the
whole call. A term's journal pasted into one file (hundreds of thousands of characters)
would hold a worker for minutes, cost as much as a hundred notes, and may exceed the
model's context. A level rests on a sentence or a clause of evidence; 12,000 characters
(about 3,000 tokens, five pages) is more than a long reflection or one student's turns in
a class transcript, and holds far more evidence than a level needs. The teacher is told
only the first part was assessed; the quotes are still checked against all of the
student's words.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_ASSESSED_CHARS = 12_000
# The whole document, sent beside a transcript student's own turns only for context.
MAX_CONTEXT_CHARS = 2 * MAX_ASSESSED_CHARS
# A cut goes back to the last whitespace within this many characters, so no word (and
# no roster name, which is replaced by an id before the text leaves) is cut in two.
WORD_BOUNDARY_SEARCH = 200


@dataclass(frozen=True)
class AssessedText:
    own_text: str
    context: str
    # Characters of the student's own text given to the assessor, when not all of it.
    assessed_chars: int | None


def assessed_text(own_text: str, context: str) -> AssessedText:
    """The student's words and the context as the assessor receives them."""
    if len(own_text) <= MAX_ASSESSED_CHARS and len(context) <= MAX_CONTEXT_CHARS:
        return AssessedText(own_text, context, None)
    own = first_part(own_text, MAX_ASSESSED_CHARS)
    # When the entry is all the student's own (a journal), the context is the same text:
    # the same cut, so the prompt does not carry it twice.
    same = context.strip() == own_text.strip()
    shown = own if same else first_part(context, MAX_CONTEXT_CHARS)
    return AssessedText(own, shown, len(own) if len(own) < len(own_text) else None)


def first_part(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit]
    boundary = max(cut.rfind(" "), cut.rfind("\n"))
    if boundary >= limit - WORD_BOUNDARY_SEARCH:
        cut = cut[:boundary]
    return cut.rstrip()
