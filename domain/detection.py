"""Deciding whom a document is about, what kind it is and when it happened.

Pure functions over text and a roster: no database, no Slack. The order of evidence is the
one teachers expect (DESIGN.md flow 1): what the person said (arguments, message text), the
file name, the document's own header, then the names of the teacher's students in the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from domain.curriculum import EntryType
from domain.errors import IngestError, NeedsEntryType, NeedsStudent
from domain.ids import STUDENT_ID_IN_TEXT

ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
HEADER_KEYS = {
    "student": "student",
    "students": "participants",
    "participants": "participants",
    "date": "date",
    "teacher": "teacher",
    "observer": "teacher",
    "type": "type",
    "entry type": "type",
}
HEADER_LINE = re.compile(r"^[\s>*_#-]*([A-Za-z][A-Za-z ]{1,20}?)[\s*_]*:[\s*_]*(.*?)[\s*_]*$")
# "Eva: I think..." / "[00:01:12] Eva: ..." / "**Eva:** ..."
TURN_LINE = re.compile(
    r"^\s*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s*)?[*_]*"
    r"([A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2})[*_]*\s*:[*_]*\s+(\S.*)$"
)
# Checked in order, so a longer phrase wins over a word it contains.
TYPE_ALIASES: tuple[tuple[str, EntryType], ...] = (
    ("group discussion", EntryType.GROUP_DISCUSSION_TRANSCRIPT),
    ("peer tutoring", EntryType.PEER_TUTORING_TRANSCRIPT),
    ("project presentation", EntryType.PROJECT_PRESENTATION_TRANSCRIPT),
    ("reflection journal", EntryType.REFLECTION_JOURNAL),
    ("peer feedback", EntryType.PEER_FEEDBACK),
    ("observation note", EntryType.TEACHER_OBSERVATION_NOTE),
    ("parent note", EntryType.PARENT_NOTE),
    ("discussion", EntryType.GROUP_DISCUSSION_TRANSCRIPT),
    ("tutoring", EntryType.PEER_TUTORING_TRANSCRIPT),
    ("presentation", EntryType.PROJECT_PRESENTATION_TRANSCRIPT),
    ("reflection", EntryType.REFLECTION_JOURNAL),
    ("journal", EntryType.REFLECTION_JOURNAL),
    ("feedback", EntryType.PEER_FEEDBACK),
    ("observation", EntryType.TEACHER_OBSERVATION_NOTE),
    ("parent", EntryType.PARENT_NOTE),
)
DATE_FORMATS = ("%Y-%m-%d", "%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%m/%d/%Y")


@dataclass(frozen=True)
class RosterStudent:
    id: str
    name: str
    teacher_id: str


@dataclass(frozen=True)
class StudentPart:
    """One entry to file: a student and, in a transcript, only that student's turns."""

    student_id: str
    turns: str | None


@dataclass(frozen=True)
class Detection:
    parts: list[StudentPart]
    entry_type: EntryType
    entry_date: date
    # How each fact was decided ("argument", "file name", "header", "names in text"...).
    sources: dict[str, str]
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ParsedDocument:
    header: dict[str, str]
    body: str


def parse_entry_type(text: str) -> EntryType | None:
    """An entry type named anywhere in a short text: a key, a label or a teacher's word."""
    words = " " + re.sub(r"[^a-z]+", " ", text.lower()) + " "
    for alias, entry_type in TYPE_ALIASES:
        if f" {alias} " in words:
            return entry_type
    return None


def parse_date(text: str) -> date | None:
    match = ISO_DATE.search(text)
    if match:
        try:
            return date(*(int(part) for part in match.groups()))
        except ValueError:
            return None
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text.strip())
    for fmt in DATE_FORMATS[1:]:
        try:
            return datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
    return None


def parse_document(text: str) -> ParsedDocument:
    """Split a leading `Key: value` header (up to a `---` line) from the body."""
    lines = text.split("\n")
    header: dict[str, str] = {}
    index = 0
    while index < len(lines) and _is_preamble(lines[index]):
        index += 1
    while index < len(lines):
        match = HEADER_LINE.match(lines[index])
        key = HEADER_KEYS.get(match.group(1).strip().lower()) if match else None
        if not match or key is None:
            break
        header.setdefault(key, match.group(2).strip())
        index += 1
    if header and index < len(lines) and lines[index].strip() in {"---", "***", "___", ""}:
        index += 1
    return ParsedDocument(header=header, body="\n".join(lines[index:]).strip("\n"))


def _is_preamble(line: str) -> bool:
    """Blank lines and a markdown title may stand above the header."""
    return not line.strip() or line.lstrip().startswith("# ")


def speaker_turns(body: str) -> list[tuple[str, str]]:
    """(speaker, words) for each `Name: words` line; a line without a speaker continues one."""
    turns: list[tuple[str, str]] = []
    for line in body.split("\n"):
        match = TURN_LINE.match(line)
        if match and match.group(1).lower() not in HEADER_KEYS:
            turns.append((match.group(1), match.group(2).strip()))
        elif line.strip() and turns:
            speaker, words = turns[-1]
            turns[-1] = (speaker, f"{words} {line.strip()}")
    return turns


def detect(
    text: str,
    file_name: str,
    roster: Sequence[RosterStudent],
    *,
    student_id: str | None = None,
    entry_type: EntryType | None = None,
    entry_date: date | None = None,
    message_text: str | None = None,
    today: date,
) -> Detection:
    """Decide student(s), type and date, or raise an error that says what to add."""
    document = parse_document(text)
    by_id = {student.id: student for student in roster}
    sources: dict[str, str] = {}
    notes: list[str] = []

    kind = _decide_type(entry_type, message_text, file_name, document, sources)
    when = _decide_date(entry_date, file_name, document, sources, today)

    turns = speaker_turns(document.body) if kind.is_transcript else []
    student_ids = _decide_students(
        student_id, message_text, file_name, document, turns, roster, by_id, sources
    )

    parts: list[StudentPart] = []
    for sid in student_ids:
        student = by_id[sid]
        own = [words for speaker, words in turns if _names_student(speaker, student, roster)]
        if kind.is_transcript and turns and not own:
            if len(student_ids) == 1:
                speakers = ", ".join(sorted({speaker for speaker, _ in turns}))
                raise IngestError(
                    f"{file_name}: {student.name} ({sid}) does not speak in this transcript "
                    f"(speakers: {speakers}). Label their lines '{student.name}: ...'."
                )
            notes.append(f"{student.name} ({sid}) is listed but never speaks: no entry filed.")
            continue
        parts.append(StudentPart(student_id=sid, turns="\n".join(own) if own else None))
    if not parts:
        raise NeedsStudent(f"{file_name}: none of the students named in it speak.")
    return Detection(parts=parts, entry_type=kind, entry_date=when, sources=sources, notes=notes)


def _decide_type(
    given: EntryType | None,
    message_text: str | None,
    file_name: str,
    document: ParsedDocument,
    sources: dict[str, str],
) -> EntryType:
    candidates = (
        ("argument", given),
        ("message", parse_entry_type(message_text) if message_text else None),
        ("file name", parse_entry_type(_stem(file_name))),
        ("header", parse_entry_type(document.header.get("type", ""))),
    )
    for source, kind in candidates:
        if kind is not None:
            sources["type"] = source
            return kind
    raise NeedsEntryType(
        f"{file_name}: I could not tell what kind of document this is. Say it in the message "
        "(e.g. 'reflection', 'observation', 'group discussion') or add a 'Type:' line."
    )


def _decide_date(
    given: date | None,
    file_name: str,
    document: ParsedDocument,
    sources: dict[str, str],
    today: date,
) -> date:
    candidates = (
        ("argument", given),
        ("file name", parse_date(_stem(file_name))),
        ("header", parse_date(document.header["date"]) if "date" in document.header else None),
    )
    for source, when in candidates:
        if when is not None:
            sources["date"] = source
            return when
    sources["date"] = "received"
    return today


def _decide_students(
    given: str | None,
    message_text: str | None,
    file_name: str,
    document: ParsedDocument,
    turns: list[tuple[str, str]],
    roster: Sequence[RosterStudent],
    by_id: dict[str, RosterStudent],
    sources: dict[str, str],
) -> list[str]:
    header_text = " ".join(
        document.header.get(key, "") for key in ("student", "participants")
    ).strip()
    candidates: list[tuple[str, list[str]]] = [
        ("argument", [given] if given else []),
        ("message", STUDENT_ID_IN_TEXT.findall(message_text or "")),
        ("file name", STUDENT_ID_IN_TEXT.findall(_stem(file_name))),
        ("header", STUDENT_ID_IN_TEXT.findall(header_text)),
    ]
    for source, found in candidates:
        if found:
            unknown = [sid for sid in found if sid not in by_id]
            if unknown:
                raise IngestError(
                    f"{file_name}: {', '.join(unknown)} is not one of the students on your roster."
                )
            sources["student"] = source
            return list(dict.fromkeys(found))

    by_names = _students_named(header_text, roster)
    if by_names:
        sources["student"] = "header names"
        return by_names
    if turns:
        speakers = " ".join(dict.fromkeys(speaker for speaker, _ in turns))
        by_speakers = _students_named(speakers, roster)
        if by_speakers:
            sources["student"] = "speakers"
            return by_speakers
    mentioned = _students_named(document.body, roster)
    if len(mentioned) == 1:
        sources["student"] = "names in text"
        return mentioned
    if mentioned:
        raise NeedsStudent(
            f"{file_name}: it names several of your students; say which one it is about "
            "(e.g. 'S001 reflection').",
            candidates=mentioned,
        )
    raise NeedsStudent(
        f"{file_name}: I could not tell which student this is about. Put their id in the "
        "message or the file name (e.g. S001_reflection_2025-09-12.md).",
    )


def _stem(file_name: str) -> str:
    return file_name.rsplit("/", 1)[-1].rsplit(".", 1)[0]


def _first_name(name: str) -> str:
    return name.split()[0]


def _names_student(speaker: str, student: RosterStudent, roster: Sequence[RosterStudent]) -> bool:
    speaker_key = speaker.strip().lower()
    if speaker_key == student.name.lower():
        return True
    first = _first_name(student.name).lower()
    return speaker_key == first and _first_name_unique(student, roster)


def _first_name_unique(student: RosterStudent, roster: Sequence[RosterStudent]) -> bool:
    first = _first_name(student.name).lower()
    return sum(1 for other in roster if _first_name(other.name).lower() == first) == 1


def _students_named(text: str, roster: Sequence[RosterStudent]) -> list[str]:
    """Roster students named in the text by full name, or by first name when it is unique.

    A name inside a longer one that names another student ("Eva" in "Eva Chen") does not
    count for the shorter one. Students come back in the order they are first named.
    """
    spans: list[tuple[int, int, str]] = []
    for student in roster:
        names = {student.name}
        if _first_name_unique(student, roster):
            names.add(_first_name(student.name))
        for name in names:
            pattern = rf"(?<![\w]){re.escape(name)}(?![\w])"
            spans += [(m.start(), m.end(), student.id) for m in re.finditer(pattern, text)]
    kept = [
        (start, sid)
        for start, end, sid in spans
        if not any(
            other != sid and s <= start and end <= e and (e - s) > (end - start)
            for s, e, other in spans
        )
    ]
    first_seen: dict[str, int] = {}
    for start, sid in sorted(kept):
        first_seen.setdefault(sid, start)
    return list(first_seen)
