"""Roster names out before text leaves for an external model; back in for the teacher.

Names are replaced by roster ids (Eva -> S001, Ms. Rodriguez -> T001). `Hidden` remembers
where each replacement stood, so a quote the model gives from the pseudonymised text maps
back to the exact words of the original.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from domain.access import students_of
from domain.models import Student, Teacher
from domain.roster import split_nicknames

TITLES = ("Ms.", "Mr.", "Mrs.", "Mx.", "Dr.", "Ms", "Mr", "Mrs", "Mx", "Dr")


@dataclass(frozen=True)
class Replacement:
    hidden_start: int
    hidden_end: int
    original_start: int
    original_end: int


@dataclass(frozen=True)
class Hidden:
    text: str
    original: str
    replacements: tuple[Replacement, ...]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original text's span for a span of the hidden text."""
        return self._to_original(start, is_end=False), self._to_original(end, is_end=True)

    def _to_original(self, index: int, *, is_end: bool) -> int:
        shift = 0
        for r in self.replacements:
            if index <= r.hidden_start:
                break
            # A span that starts or ends inside an id covers the whole original name.
            if is_end and index <= r.hidden_end:
                return r.original_end
            if not is_end and index < r.hidden_end:
                return r.original_start
            shift = r.original_end - r.hidden_end
        return index + shift


class Pseudonyms:
    def __init__(self, names: Mapping[str, str]) -> None:
        """`names` maps each name as it may appear in text to the id that replaces it."""
        self._ids = dict(names)
        longest_first = sorted(self._ids, key=len, reverse=True)
        self._names = (
            re.compile(r"(?<!\w)(" + "|".join(map(re.escape, longest_first)) + r")(?!\w)")
            if longest_first
            else None
        )
        # For revealing ids in the model's own sentences: each id's longest name.
        self._display: dict[str, str] = {}
        for name in longest_first:
            self._display.setdefault(self._ids[name], name)
        self._id_pattern = (
            re.compile(r"(?<!\w)(" + "|".join(map(re.escape, self._display)) + r")(?!\w)")
            if self._display
            else None
        )

    def hide(self, text: str) -> Hidden:
        if self._names is None:
            return Hidden(text=text, original=text, replacements=())
        pieces: list[str] = []
        replacements: list[Replacement] = []
        cursor = 0
        length = 0
        for match in self._names.finditer(text):
            before = text[cursor : match.start()]
            pieces.append(before)
            length += len(before)
            replacement = self._ids[match.group(1)]
            replacements.append(
                Replacement(length, length + len(replacement), match.start(), match.end())
            )
            pieces.append(replacement)
            length += len(replacement)
            cursor = match.end()
        pieces.append(text[cursor:])
        return Hidden(text="".join(pieces), original=text, replacements=tuple(replacements))

    def reveal(self, text: str) -> str:
        """Ids in the model's own words (a justification) back to names, for the teacher."""
        if self._id_pattern is None:
            return text
        return self._id_pattern.sub(lambda match: self._display[match.group(1)], text)


def roster_names(
    session: Session, teacher_id: str | None, student_ids: list[str]
) -> dict[str, str]:
    """Every way the entry's text may name someone on the roster, mapped to their id.

    The teacher's whole class is included (classmates are named in transcripts), and the
    teacher: full name, and surname after a title. A first name or a roster nickname
    ("Luke" for Lucas) counts when only one of those students goes by it.
    """
    students = select(Student.id, Student.name, Student.nickname)
    if teacher_id is not None:
        students = students.where(
            Student.id.in_(students_of(teacher_id)) | Student.id.in_(student_ids)
        )
    else:
        students = students.where(Student.id.in_(student_ids))
    names = student_names(
        (student_id, name, split_nicknames(nickname))
        for student_id, name, nickname in session.execute(students)
    )
    if teacher_id is not None:
        teacher = session.get(Teacher, teacher_id)
        if teacher is not None:
            names[teacher.name] = teacher.id
            parts = teacher.name.split()
            if len(parts) > 1 and parts[0] in TITLES:
                names.setdefault(parts[-1], teacher.id)
    return names


def student_names(students: Iterable[tuple[str, str, Sequence[str]]]) -> dict[str, str]:
    """Each (id, name, nicknames)'s ways of being named, mapped to the id: the full name,
    and a first name or nickname only one of these students goes by."""
    names: dict[str, str] = {}
    short_names: dict[str, set[str]] = {}
    for student_id, name, nicknames in students:
        names[name] = student_id
        for short in (name.split()[0], *nicknames):
            short_names.setdefault(short, set()).add(student_id)
    for short, ids in short_names.items():
        if len(ids) == 1:
            names.setdefault(short, next(iter(ids)))
    return names
