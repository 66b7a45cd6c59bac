"""The entry's document as an assessor is shown it: numbered spans with roles.

Built from what filing stored (the spans and the student's own spans, as offsets into the
entry's text; `domain/ingest.py`). A speaker is given as an id or a kind, never as the
label written in the document, which may be a name that is not on the roster. The own
spans come in the order of the entry's own text, one a line, so a span an assessor cites
is a line the validator can check the quote against.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from domain.assessors.base import DocumentSpan
from domain.segments import METADATA_KEYS, OTHER, STUDENT, TEACHER, Role, own_lines

# What a span that is not the student's own is, in the words of a dropped item's reason.
_WHAT = {
    Role.METADATA.value: "the document's header",
    Role.TITLE.value: "the document's title",
    Role.HEADING.value: "a heading",
    Role.PROMPT.value: "a prompt or question, not an answer",
    Role.RATING.value: "a rating line, the teacher's judgement",
    Role.TEACHER_SUMMARY.value: "the teacher's notes",
    Role.TEACHER_NARRATIVE.value: "the teacher's narrative",
    Role.LETTER.value: "a greeting or sign-off",
}
# Canonical header keys: ours, so safe to show as an attribute.
_KEYS = frozenset(METADATA_KEYS.values())


def document_spans(
    text: str,
    spans: Sequence[Mapping[str, Any]],
    own: Iterable[Sequence[int]],
    own_text: str,
) -> tuple[DocumentSpan, ...]:
    """The document's spans for the assessor; empty when the stored spans do not give the
    entry's own text line for line (then the assessor reads the own text alone)."""
    own_offsets = {(int(pair[0]), int(pair[1])) for pair in own}
    others: dict[str, str] = {}
    shown: list[DocumentSpan] = []
    for span in spans:
        start, end = int(span["start"]), int(span["end"])
        words = " ".join(text[start:end].split())
        if not words:
            continue
        shown.append(
            DocumentSpan(
                number=len(shown) + 1,
                role=str(span["role"]),
                text=words,
                speaker=_speaker(span, others),
                key=str(span["key"]) if span.get("key") in _KEYS else None,
                own=(start, end) in own_offsets,
            )
        )
    lines = [" ".join(own_text[start:end].split()) for start, end in own_lines(own_text)]
    if not lines or [span.text for span in shown if span.own] != lines:
        return ()
    return tuple(shown)


def stored_document(
    content: str, metadata: Mapping[str, Any] | None, own_text: str
) -> tuple[DocumentSpan, ...]:
    """The spans of an entry as filing stored them; empty for one filed before documents
    were segmented."""
    metadata = metadata or {}
    spans = metadata.get("spans")
    if not isinstance(spans, list) or not spans:
        return ()
    return document_spans(content, spans, metadata.get("own_spans") or [], own_text)


def _speaker(span: Mapping[str, Any], others: dict[str, str]) -> str | None:
    kind = span.get("speaker_kind")
    if kind == STUDENT and span.get("student_id"):
        return str(span["student_id"])
    if kind == TEACHER:
        return TEACHER
    if kind == OTHER or (kind is None and span.get("speaker")):
        label = str(span.get("speaker") or "").casefold()
        return others.setdefault(label, f"{OTHER} {len(others) + 1}")
    return None


def own_index(document: Sequence[DocumentSpan], span: DocumentSpan) -> int | None:
    """Which of the student's own spans (a line of the own text) `span` is."""
    if not span.own:
        return None
    return [s.number for s in document if s.own].index(span.number)


def describe(span: DocumentSpan | None) -> str:
    """What a span is, for the reason an item citing it is dropped."""
    if span is None:
        return "a span the document does not have"
    if span.own:
        return "one of the student's own spans"
    if span.role == Role.TURN.value:
        if span.speaker == TEACHER:
            return "the teacher's turn"
        if span.speaker and not span.speaker.startswith(OTHER):
            return f"another student's turn ({span.speaker})"
        return "another speaker's turn"
    return _WHAT.get(span.role, "words that are not this student's")
