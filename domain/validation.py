"""What an assessor proposed, checked before any of it becomes stored evidence.

Every item must name a known skill and level, quote the student's own words verbatim
(after folding white space and typographic quote marks), and justify the level. What fails
is dropped with its reason; the entry records how many and why.

"The student's own words" is checked by span, not against the whole document: the own text
an entry stores holds one of the student's own spans a line (their turns, their writing, or
the narrative about them; `domain/segments.py`), and a quote must stand inside one of them.
A quote from the teacher's notes, a question or a header is in no such span; neither is one
that runs from the end of one turn into the next. An assessor that names the span its quote
came from is held to it: an item citing a span that is not the student's own (a teacher's
turn, a prompt, a rating line), or whose quote is not in the span it cites, is dropped. A
teacher's rating line ("Communication: Developing") is their judgement, never evidence,
wherever it stands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from domain.assessors.base import CitedSpan, ProposedItem
from domain.confidence import item_confidence
from domain.curriculum import Level, Skill
from domain.segments import RATING_PAIR, own_lines

MIN_QUOTE_WORDS = 2
QUOTE_MARKS = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00a0": " ",
    }
)


@dataclass(frozen=True)
class ValidItem:
    skill: Skill
    level: Level
    # The quote exactly as it stands in the student's text (original spacing and marks).
    evidence_quote: str
    justification: str
    confidence: float


@dataclass(frozen=True)
class ValidationResult:
    items: list[ValidItem]
    dropped: list[str] = field(default_factory=list)


def validate_items(items: list[ProposedItem], own_text: str) -> ValidationResult:
    kept: dict[Skill, ValidItem] = {}
    dropped: list[str] = []
    for item in items:
        try:
            valid = _validate(item, own_text)
        except ValueError as reason:
            dropped.append(str(reason))
            continue
        if valid.skill in kept:
            dropped.append(f"{valid.skill}: proposed twice; the first was kept")
            continue
        kept[valid.skill] = valid
    return ValidationResult(items=list(kept.values()), dropped=dropped)


def _validate(item: ProposedItem, own_text: str) -> ValidItem:
    try:
        skill = Skill.parse(item.skill)
    except ValueError:
        raise ValueError(f"unknown skill {item.skill[:60]!r}") from None
    try:
        level = Level.parse(item.level)
    except ValueError:
        raise ValueError(f"{skill}: unknown level {item.level[:30]!r}") from None
    if not item.justification or not item.justification.strip():
        raise ValueError(f"{skill}: no justification")
    if item.cited_span is not None:
        quote = _in_cited_span(skill, item.evidence_quote, item.cited_span, own_text)
    else:
        quote = find_in_own_span(item.evidence_quote, own_text)
    if quote is None:
        if find_span(item.evidence_quote, own_text) is not None:
            raise ValueError(f"{skill}: the quote runs across two of the student's own spans")
        raise ValueError(f"{skill}: the quote is not in the student's own words")
    if _is_rating(quote):
        raise ValueError(f"{skill}: the quote is a rating line, the teacher's judgement")
    if len(quote.split()) < MIN_QUOTE_WORDS:
        raise ValueError(f"{skill}: the quote is too short to be evidence")
    return ValidItem(
        skill=skill,
        level=level,
        evidence_quote=quote,
        justification=item.justification.strip(),
        confidence=item_confidence(
            quote,
            level_probability=item.level_probability,
            stated_confidence=item.stated_confidence,
        ),
    )


def _in_cited_span(skill: Skill, quote: str, cited: CitedSpan, own_text: str) -> str | None:
    """The quote's words inside the span the assessor cited, which must be the student's."""
    lines = own_lines(own_text)
    if cited.own_index is None or not 0 <= cited.own_index < len(lines):
        raise ValueError(
            f"{skill}: the quote is cited from span {cited.number}, {cited.what}, "
            "not the student's own words"
        )
    start, end = lines[cited.own_index]
    found = find_verbatim(quote, own_text[start:end])
    if found is None and find_in_own_span(quote, own_text) is not None:
        raise ValueError(f"{skill}: the quote is not in span {cited.number}, the span it cites")
    return found


def find_in_own_span(quote: str, own_text: str) -> str | None:
    """The words `quote` reproduces inside one of the student's own spans, or None."""
    for start, end in own_lines(own_text):
        found = find_verbatim(quote, own_text[start:end])
        if found is not None:
            return found
    return None


def _is_rating(quote: str) -> bool:
    """Mostly "Skill: Level" pairs: a rating line, not something the student said."""
    pairs = RATING_PAIR.findall(quote)
    if not pairs:
        return False
    rest = RATING_PAIR.sub(" ", quote)
    return len(re.findall(r"[A-Za-z]+", rest)) <= 2 * len(pairs) + 2


def find_verbatim(quote: str, text: str) -> str | None:
    """The part of `text` that `quote` reproduces, or None if it is not there."""
    span = find_span(quote, text)
    return text[span[0] : span[1]] if span else None


def find_span(quote: str, text: str) -> tuple[int, int] | None:
    """Where in `text` the quote stands, as (start, end) indices, or None.

    White space runs and typographic quote marks are folded on both sides; the model's own
    surrounding quote marks and a leading or trailing ellipsis are ignored. Case must match.
    """
    wanted, _ = _fold(_strip_wrapping(quote))
    if not wanted:
        return None
    folded, origin = _fold(text)
    start = folded.find(wanted)
    if start < 0:
        return None
    return origin[start], origin[start + len(wanted) - 1] + 1


def _strip_wrapping(quote: str) -> str:
    quote = quote.strip().translate(QUOTE_MARKS)
    quote = re.sub(r"^(\.\.\.|\u2026)\s*|\s*(\.\.\.|\u2026)$", "", quote)
    if len(quote) >= 2 and quote[0] == quote[-1] and quote[0] in "\"'":
        quote = quote[1:-1]
    return quote.strip()


def _fold(text: str) -> tuple[str, list[int]]:
    """Text with white space runs as one space and quote marks plain, and where each came from."""
    chars: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text.translate(QUOTE_MARKS)):
        if char.isspace():
            if chars and chars[-1] == " ":
                continue
            char = " "
        chars.append(char)
        origin.append(index)
    while chars and chars[0] == " ":
        chars.pop(0)
        origin.pop(0)
    while chars and chars[-1] == " ":
        chars.pop()
        origin.pop()
    return "".join(chars), origin
