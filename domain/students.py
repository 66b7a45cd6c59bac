"""Finding a student the way a teacher names them: an id, a first name or a full name.

Teachers know names, not ids. `find_students` resolves what a teacher typed after a command
("Eva", "eva martin", "Zoë", "S001") to the students it may mean, within what the viewer
may see: their own class, or every student for an admin looking. `search_students` is the
type-ahead behind a student picker. Names compare case-insensitively with accents ignored
("zoe" finds Zoë). Another teacher's student is never found, so a name probes nothing.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from domain.access import Viewer, visible_students
from domain.ids import is_student_id
from domain.models import Student

# Slack shows at most 100 options in a menu; a type-ahead answers with no more.
SEARCH_LIMIT = 100


@dataclass(frozen=True)
class StudentMatch:
    student_id: str
    name: str
    # What the teacher types and reads ("S001"); `student_id` is the roster's key.
    handle: str = ""


@dataclass(frozen=True)
class LeadingStudent:
    """What a command's words start with: the students the leading name may mean, how many
    words that name took, and the words after it."""

    matches: list[StudentMatch]
    name: str
    rest: list[str]


def normalise_name(text: str) -> str:
    """'  Zoë  MARTÍN ' -> 'zoe martin': case, accents and spacing do not matter."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(bare.casefold().split())


def find_students(
    session: Session, viewer: Viewer, text: str, *, acting: bool = False
) -> list[StudentMatch]:
    """The students `text` names: by id, full name or first name, ordered by name.

    `acting` narrows to the viewer's own students (targets, badges: the student's own
    teacher's call); otherwise an admin finds every student. No match, or a student of
    another teacher, is the same empty list."""
    if not normalise_name(text):
        return []
    return _matching(_candidates(session, viewer, acting), text)


def find_leading_student(
    session: Session,
    viewer: Viewer,
    words: Sequence[str],
    *,
    acting: bool = False,
    leave: int = 0,
) -> LeadingStudent:
    """The longest run of leading words that names a student ("Eva Martin Communication"
    -> Eva Martin, ["Communication"]), keeping at least `leave` words after it. With no
    match, the first word is taken as the name, so the answer can quote it."""
    candidates = _candidates(session, viewer, acting)
    longest = len(words) - leave
    for count in range(longest, 0, -1):
        typed = " ".join(words[:count])
        found = _matching(candidates, typed)
        if found:
            return LeadingStudent(found, typed, list(words[count:]))
    return LeadingStudent([], words[0] if words else "", list(words[1:]))


def search_students(
    session: Session,
    viewer: Viewer,
    query: str,
    *,
    acting: bool = False,
    limit: int = SEARCH_LIMIT,
) -> list[StudentMatch]:
    """Type-ahead: students whose id, or any word of whose name, starts with what was typed
    (all of them for an empty query), by name, at most `limit`."""
    wanted = normalise_name(query)
    found = []
    for match in _candidates(session, viewer, acting):
        if not wanted or _starts(match, wanted):
            found.append(match)
            if len(found) == limit:
                break
    return found


def _candidates(session: Session, viewer: Viewer, acting: bool) -> list[StudentMatch]:
    # Accent-insensitive matching is not portable SQL, so the names are compared here; a
    # class is tens of rows, a district a few thousand (id and name only).
    statement = (
        select(Student.id, Student.name, Student.handle)
        .where(Student.id.in_(visible_students(viewer, acting=acting)))
        .order_by(Student.name, Student.handle, Student.id)
    )
    return [StudentMatch(sid, name, handle) for sid, name, handle in session.execute(statement)]


def _matching(candidates: list[StudentMatch], typed: str) -> list[StudentMatch]:
    wanted = normalise_name(typed)
    if is_student_id(wanted.upper()):
        return [m for m in candidates if m.handle == wanted.upper()]
    return [m for m in candidates if _names(m.name, wanted)]


def _names(name: str, wanted: str) -> bool:
    """`wanted` is this student's full name or first name."""
    full = normalise_name(name)
    return full == wanted or full.split(" ", 1)[0] == wanted


def _starts(match: StudentMatch, wanted: str) -> bool:
    if match.handle.casefold().startswith(wanted):
        return True
    full = normalise_name(match.name)
    return full.startswith(wanted) or any(word.startswith(wanted) for word in full.split())
