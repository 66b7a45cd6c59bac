"""A meeting's transcript saved as subtitles (.vtt WebVTT from Zoom, Teams or Meet; .srt)
read into the `Name: text` turn lines a typed transcript has.

A subtitle file is cues: an optional number or id, a timing line (`00:01:02.500 --> ...`),
then the words. The numbers and timings are not what anyone said and are dropped; the speaker
is the cue's `<v Name>` voice span (WebVTT, what Teams writes) or its `Name:` prefix (what
Zoom writes); consecutive cues of one speaker are one turn, since a service cuts a person's
sentence into cues of a few seconds each. Cue markup (<b>, <i>, <c.color>, timestamps inside
a cue) is removed; NOTE, STYLE and REGION blocks are not spoken: a NOTE above the cues is kept
as the file's title, STYLE and REGION are skipped. Lines typed below the last cue (the
transcriber's "--- RV 2/5 ---", "Skills observed: ...", a NOTE) are read by whoever opens the
file: they are kept below the turns, apart from them; a NOTE between cues is skipped.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from domain.segments import DISPLAY_LABEL

TIMING = re.compile(
    r"^\s*(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}\s*-->\s*(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}(?:\s.*)?$"
)
VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]+)>", re.I)
TAG = re.compile(r"</?[^>\s][^>]*>")
# "Ms. Lopez: ..." / "Jordan Price (tutor): ..." — a name before a colon: up to four words, each
# capitalised (or a role in brackets), so a sentence with a colon in it ("So the answer is: 4")
# is no speaker.
NAME_PREFIX = re.compile(
    r"^\s*(?P<name>[^\W\d_a-z][\w.'\u2019-]*(?:\s+(?:[^\W\d_a-z][\w.'\u2019-]*|\([^()]{1,20}\))){0,3})"
    r"\s*:\s+(?P<rest>\S.*)$"
)
# "iPad de Maria: ...", "eli.brooks28: ...": a call's captions label a person by their device or
# account, in lower case, so the capitalised name above misses them; without this, their cue
# has no speaker and runs into the cue before it.
DISPLAY_PREFIX = re.compile(rf"^\s*(?P<name>{DISPLAY_LABEL})\s*:\s+(?P<rest>\S.*)$")
# "[TY] Me. I read it last night.": a caption's speaker in brackets, as some services write.
BRACKET_PREFIX = re.compile(r"^\s*\[(?P<name>[^\W\d_][^\[\]\n]{0,30})\]\s*(?P<rest>\S.*)$")
# What a caption puts in brackets that is a sound, not a speaker.
_SOUNDS = frozenset(
    {"music", "laughter", "laughs", "applause", "inaudible", "crosstalk", "silence", "noise",
     "unintelligible", "background noise", "coughs", "pause", "indistinct"}
)  # fmt: skip
# Words that start a sentence with a colon, never a speaker.
_NOT_NAMES = frozenset({"note", "remember", "example", "question", "answer", "reminder"})


@dataclass
class _Turn:
    speaker: str | None
    words: list[str]


def is_subtitles(text: str) -> bool:
    return text.lstrip("\ufeff").startswith("WEBVTT") or any(
        TIMING.match(line) for line in text.split("\n")[:12]
    )


def subtitles_text(text: str) -> str:
    """The cues as turn lines; a header the file carries (WEBVTT's own line, NOTE blocks)
    is not a turn. Lines before the first cue's timing other than the WEBVTT line are kept
    as they stand (a title some exports put there)."""
    turns: list[_Turn] = []
    preamble: list[str] = []
    trailer: list[str] = []
    blocks = re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff"))
    seen_cue = False
    for block in blocks:
        lines = [line for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        timing = next((i for i, line in enumerate(lines) if TIMING.match(line)), None)
        if timing is None:
            if not seen_cue:
                preamble += _preamble_lines(lines)
            else:
                # A NOTE below the cues is the file's own note too ("NOTE typed up 2/5").
                trailer += [line.strip() for line in _preamble_lines(lines)]
            continue
        if trailer:
            # Text between cues is a cue's lost words or a caption's stray block: only what
            # is typed after every cue is the file's own note.
            trailer = []
        seen_cue = True
        for speaker, words in _cue_turns(lines[timing + 1 :]):
            if turns and words and turns[-1].speaker == speaker:
                turns[-1].words.append(words)
            elif words:
                turns.append(_Turn(speaker, [words]))
    out = list(preamble)
    if preamble:
        out.append("")
    for turn in turns:
        said = " ".join(turn.words)
        out.append(f"{turn.speaker}: {said}" if turn.speaker else said)
    if trailer:
        out += ["", *trailer]
    return "\n".join(out) + "\n"


def _preamble_lines(lines: list[str]) -> list[str]:
    first = lines[0].strip()
    if first.startswith("WEBVTT"):
        title = first[len("WEBVTT") :].strip(" -\t")
        rest = [line for line in lines[1:] if not re.match(r"^[\w-]+:\s", line)]
        return ([title] if title else []) + rest
    if first.startswith("NOTE"):
        # A comment above the cues is the file's own note of what was recorded and when
        # ("NOTE Model UN practice, Period 3, January 14, 2026"): a title, never a turn.
        note = [first[len("NOTE") :].strip(), *lines[1:]]
        return [line.strip() for line in note if line.strip()]
    if first.startswith(("STYLE", "REGION")):
        return []
    return lines


def _cue_turns(lines: list[str]) -> list[tuple[str | None, str]]:
    """One cue's words by speaker: a cue may hold two voices (`<v A>...</v>\n<v B>...`) or a
    second speaker's line after a dash."""
    found: list[tuple[str | None, str]] = []
    for line in lines:
        voices = list(VOICE.finditer(line))
        if voices:
            for number, voice in enumerate(voices):
                end = voices[number + 1].start() if number + 1 < len(voices) else len(line)
                found.append((_clean(voice.group(1)), _clean(line[voice.end() : end])))
            continue
        words = _clean(line)
        prefix = NAME_PREFIX.match(words) or DISPLAY_PREFIX.match(words)
        bracket = BRACKET_PREFIX.match(words)
        if bracket and bracket.group("name").strip().lower() not in _SOUNDS:
            found.append((bracket.group("name").strip(), bracket.group("rest").strip()))
        elif prefix and prefix.group("name").split()[0].lower() not in _NOT_NAMES:
            found.append((prefix.group("name").strip(), prefix.group("rest").strip()))
        elif found:
            # The cue's next line continues whoever spoke on its first.
            speaker, said = found[-1]
            found[-1] = (speaker, f"{said} {words}".strip())
        else:
            found.append((None, words))
    return [(speaker, said) for speaker, said in found if said]


def _clean(text: str) -> str:
    return " ".join(html.unescape(TAG.sub("", text)).split())
