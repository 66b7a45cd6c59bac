"""Who a name or a speaker's label means, among one teacher's own students.

Pure functions over a roster. A student is known by their full name, their first name when
no other student on the same roster shares it, and the nicknames the roster lists. A name
that is also an everyday word ("Will", "Hope") is a name only where a person is labelled
(a header, a speaker's label), never by itself in running text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from domain.ids import STUDENT_ID_IN_TEXT


@dataclass(frozen=True)
class RosterStudent:
    # The roster's key (a SIS sourcedId); documents name students by `handle` ("S001").
    id: str
    name: str
    handle: str
    nicknames: tuple[str, ...] = field(default=())


# Given names that are also ordinary English words, capitalised at a sentence's start or
# in a title ("Will", "May", "Art class"); names rarely seen capitalised otherwise stay out.
COMMON_WORD_NAMES = frozenset(
    [
        "will",
        "hope",
        "grace",
        "faith",
        "joy",
        "may",
        "june",
        "april",
        "august",
        "summer",
        "autumn",
        "dawn",
        "rose",
        "lily",
        "daisy",
        "iris",
        "ivy",
        "holly",
        "violet",
        "ruby",
        "pearl",
        "amber",
        "jade",
        "sky",
        "rain",
        "river",
        "storm",
        "sunny",
        "honey",
        "ginger",
        "mark",
        "art",
        "frank",
        "max",
        "miles",
        "chase",
        "hunter",
        "drew",
        "guy",
        "ray",
        "rich",
        "lance",
        "wade",
        "cliff",
        "dean",
        "earl",
        "king",
        "major",
        "page",
        "reed",
        "sage",
        "destiny",
        "harmony",
        "heaven",
        "liberty",
        "melody",
        "patience",
        "mercy",
        "charity",
        "honor",
        "justice",
        "royal",
        "noble",
        "precious",
        "promise",
        "serenity",
        "star",
        "brook",
        "glen",
        "heath",
        "moss",
        "forest",
        "sterling",
        "victory",
        "ace",
        "scout",
        "angel",
        "gene",
        "sol",
        "rocky",
        "buddy",
        "carol",
    ]
)

# Given names that are everyday words when written in lower case, as a note dictated or
# typed without capitals writes every word: "will", "may", "bill the parents", "pat on the
# back". Such a word opening a sentence there is the word, never a student.
LOWER_CASE_WORD_NAMES = COMMON_WORD_NAMES | frozenset(
    [
        "bill",
        "pat",
        "jack",
        "rob",
        "sue",
        "nick",
        "bob",
        "penny",
        "sandy",
        "rusty",
        "don",
        "dot",
        "chuck",
        "kit",
        "ash",
        "bud",
        "cash",
        "grant",
    ]
)

# Labels a transcript uses for the teacher, whatever their name.
TEACHER_LABELS = frozenset(
    {
        "teacher",
        "t",
        "tchr",
        "instructor",
        "facilitator",
        "moderator",
        "interviewer",
        "coach",
        "advisor",
        "adviser",
        "educator",
        "me (teacher)",
    }
)
LAST_FIRST = re.compile(
    r"^\s*(?P<last>[^\W\d_][\w'\u2019-]+),\s+(?P<first>[^\W\d_][\w'\u2019.-]*)\s*$"
)
ADULT_TITLE = re.compile(r"^(?:mr|ms|mrs|miss|mx|dr|prof|coach|mme|mlle|sr|sra)\.?\s+(\S.*)$", re.I)


def first_name(name: str) -> str:
    return name.split()[0]


def is_common_word(name: str) -> bool:
    return name.strip().lower() in COMMON_WORD_NAMES


def first_name_unique(student: RosterStudent, roster: Sequence[RosterStudent]) -> bool:
    # "José" and "Jose" on one roster are one name as a keyboard types it: neither alone.
    first = folded(first_name(student.name))
    return sum(1 for other in roster if folded(first_name(other.name)) == first) == 1


def names_of(student: RosterStudent, roster: Sequence[RosterStudent]) -> set[str]:
    """Every name this student goes by that points to them alone on this roster."""
    names = {student.name}
    if first_name_unique(student, roster):
        names.add(first_name(student.name))
    # "Rose C.", "Mark A.": a first name and an initial is a person, never the word "rose".
    for initialled in _initialled_names(student):
        if [other.id for other in roster if initialled in _initialled_names(other)] == [student.id]:
            names.add(initialled)
    for given in _double_given_names(student):
        # "Minh Anh" for Minh Anh Tran: a given name of two words, said whole.
        if [other.id for other in roster if given in _double_given_names(other)] == [student.id]:
            names.add(given)
    for nickname in student.nicknames:
        owners = [other for other in roster if nickname.lower() in _lower(other.nicknames)]
        if len(owners) == 1 and not _is_someones_first_name(nickname, student, roster):
            names.add(nickname)
        parts = student.name.split()
        if len(parts) >= 2:
            # "Sam Hirsch" for Samuel Hirsch: the nickname with the family name is them alone.
            names.add(f"{nickname} {parts[-1]}")
    return names


def _initial_and_family_name(student: RosterStudent) -> str | None:
    parts = student.name.split()
    return f"{parts[0][0]}. {parts[-1]}" if len(parts) >= 2 else None


def _initial_and_family_names(student: RosterStudent, roster: Sequence[RosterStudent]) -> set[str]:
    """ "H. Sato" for Haruto Sato, when no other student on the roster shortens to it: how
    a student writes a form's name line. Only a label or a header value says it; in a
    sentence "Mrs. H. Sato" is a parent."""
    form = _initial_and_family_name(student)
    if form is None or [o.id for o in roster if _initial_and_family_name(o) == form] != [
        student.id
    ]:
        return set()
    return {form}


def _surname_initials(student: RosterStudent) -> set[str]:
    """How a family name is shortened to initials: "O" for Olawale, "P-D" for Park-Delgado,
    "V" or "VdB" for Van der Berg."""
    parts = student.name.split()
    if len(parts) < 2:
        return set()
    family = parts[1:]
    pieces = [piece for part in family for piece in part.split("-") if piece]
    forms = {family[0][0], family[-1][0]}
    if len(pieces) > 1:
        forms |= {"-".join(p[0] for p in pieces), "".join(p[0] for p in pieces)}
        forms.add(".-".join(p[0] for p in pieces) + ".")
    return forms


def _initialled_names(student: RosterStudent) -> set[str]:
    parts = student.name.split()
    if len(parts) < 2:
        return set()
    forms = {
        f"{given} {initials}" + ("" if initials.endswith(".") or "-" in initials else ".")
        for given in (parts[0], *student.nicknames)
        for initials in _surname_initials(student)
    }
    # "J.W." for Jonah Whitfield: a transcript's initials, with a legend or without.
    forms.add(".".join(part[0] for part in parts) + ".")
    forms |= {f"{given} {parts[-1][0]}." for given in _double_given_names(student)}
    return forms


def _double_given_names(student: RosterStudent) -> set[str]:
    """The first two words of a name of three or more ("Minh Anh" of Minh Anh Tran, "Mary
    Anne" of Mary Anne Smith): how a given name of two words is written, with the family
    name or its initial after it ("Minh Anh T.")."""
    parts = student.name.split()
    return {f"{parts[0]} {parts[1]}"} if len(parts) >= 3 else set()


def _lower(values: Iterable[str]) -> set[str]:
    return {value.lower() for value in values}


def _folded(values: Iterable[str]) -> set[str]:
    return {folded(value) for value in values}


def same_length_fold(text: str) -> str:
    """The text with each accented letter as its plain one, case kept and every character in
    its place: offsets into it are offsets into the text."""
    out = []
    for char in text:
        if char.isascii():
            out.append(char)
            continue
        plain = "".join(
            c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
        )
        out.append(plain if len(plain) == 1 else char)
    return "".join(out)


def _is_someones_first_name(
    nickname: str, student: RosterStudent, roster: Sequence[RosterStudent]
) -> bool:
    return any(
        other.id != student.id and first_name(other.name).lower() == nickname.lower()
        for other in roster
    )


def student_for_label(label: str, roster: Sequence[RosterStudent]) -> RosterStudent | None:
    """The student a speaker's label or a header value names, if exactly one."""
    by_handle = {student.handle: student for student in roster}
    handles = [h for h in STUDENT_ID_IN_TEXT.findall(label) if h in by_handle]
    if handles:
        return by_handle[handles[0]]
    key = _label_key(label)
    if not key:
        return None
    # "Zoe B." for Zoë Brandt, "Zoë M." for Zoe Marchetti: accents come and go by keyboard.
    key = folded(key)
    matches = [
        student
        for student in roster
        if key in _folded(names_of(student, roster) | _initial_and_family_names(student, roster))
        or key in _folded(_initialled(student))
    ]
    if not matches:
        # "Mateo Garcia" or "Mateo Garcia Lopez" for Mateo García-López: a video call's or a
        # keyboard's spelling, without accents or with part of a double family name.
        matches = [student for student in roster if _spelt_loosely(key, student)]
    if len(matches) == 1:
        return matches[0]
    person = _display_person(label)
    if not matches and person is not None:
        return student_for_label(person, roster)
    return None


# A video call's or a platform's display name: the device a student joined on, their
# pronouns, or their account name, around the name the roster knows.
_DEVICES = (
    r"(?:ipad|iphone|ipod|galaxy|chromebook|macbook(?:\s+(?:air|pro))?|android|pixel|surface"
    r"|laptop|pc|phone|tablet|computer|device)"
)
_DEVICE_OF = re.compile(rf"^{_DEVICES}\s+(?:de|of|di|von|van|da|du)\s+(?P<name>\S.*)$", re.I)
_OWNERS_DEVICE = re.compile(rf"^(?P<name>\S.*?)['\u2019]s\s+{_DEVICES}$", re.I)
_PRONOUNS = re.compile(
    r"\s*[(\[]\s*(?:he|she|they|ze|xe|him|her|them|his|hers|theirs)"
    r"(?:\s*/\s*(?:he|she|they|ze|xe|him|her|them|his|hers|theirs))+\s*[)\]]",
    re.I,
)
_ACCOUNT = re.compile(r"^[a-z][a-z0-9]+(?:[._][a-z0-9]+)+$")


def _display_person(label: str) -> str | None:
    """The person's name in a display name ("Priya's iPhone", "iPad de Maria",
    "Jayden R (he/him)", "eli.brooks28"), or None when the label is no display name."""
    key = " ".join(label.split()).strip(" :*_")
    unpronouned = _PRONOUNS.sub("", key).strip()
    if unpronouned != key:
        return unpronouned or None
    for pattern in (_DEVICE_OF, _OWNERS_DEVICE):
        match = pattern.match(key)
        if match is not None:
            return match["name"].strip()
    if _ACCOUNT.match(key):
        # "eli.brooks28", "maria_f": the words of the name, the numbers dropped.
        words = [word for word in re.split(r"[._\d]+", key) if word]
        return " ".join(words) if words else None
    return None


def folded(text: str) -> str:
    """Lower case without accents: "García" and "Garcia" are one spelling."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def _spelt_loosely(key: str, student: RosterStudent) -> bool:
    words = folded(key).replace("-", " ").split()
    parts = student.name.split()
    if len(words) < 2 or len(parts) < 2:
        return False
    givens = {folded(parts[0]), *(folded(n) for n in student.nicknames)}
    family = folded(" ".join(parts[1:])).replace("-", " ").split()
    return words[0] in givens and all(word in family for word in words[1:])


def _initialled(student: RosterStudent) -> set[str]:
    """ "Eva M." for Eva Martinez: how teachers shorten a full name in a transcript."""
    parts = student.name.split()
    if len(parts) < 2:
        return set()
    forms = {
        form.lower()
        for given in (parts[0], *student.nicknames)
        for initials in _surname_initials(student)
        for form in (f"{given} {initials}", f"{given} {initials.rstrip('.')}.")
    }
    # "Minh Anh T" for Minh Anh Tran: a given name of two words keeps both before the
    # family name's initial, with its full stop or without.
    return forms | {
        form.lower()
        for given in _double_given_names(student)
        for form in (f"{given} {parts[-1][0]}", f"{given} {parts[-1][0]}.")
    }


def _label_key(label: str) -> str:
    cleaned = re.sub(r"\(\s*S\d+\s*\)", " ", label)
    # 'Isabella "Izzy" De la Cruz': the nickname in quotes inside the full name.
    cleaned = re.sub(r"\s[\"\u201c][^\"\u201c\u201d]{1,20}[\"\u201d]\s", " ", cleaned)
    # "Coleman, Rashad": how Teams and school systems write a name, family name first.
    reordered = LAST_FIRST.match(cleaned)
    if reordered:
        cleaned = f"{reordered['first']} {reordered['last']}"
    cleaned = re.sub(r"[*_`]+", "", cleaned)
    return " ".join(cleaned.split()).strip(" :-").lower()


def is_teacher_label(label: str, teacher_names: Sequence[str]) -> bool:
    """`Teacher:`, `T:`, `Ms. R:`, `Mr. Adeyemi:` or the teacher's own name."""
    key = _label_key(label)
    if key in TEACHER_LABELS:
        return True
    for name in teacher_names:
        name_key = _label_key(name)
        if key == name_key:
            return True
        # "TB:" for Tomás Beltrán: a transcript typed up with everyone's initials.
        parts = [p for p in re.split(r"[\s-]+", ADULT_TITLE.sub(r"\1", name_key)) if p]
        if len(parts) >= 2 and len(key) >= 2 and key == "".join(p[0] for p in parts):
            return True
        titled = ADULT_TITLE.match(name_key)
        mine = ADULT_TITLE.match(key)
        if mine and (titled or len(name_key.split()) >= 2):
            # The roster writes "Luis Echeverria", the transcript "Mr. E" or "Mr. Echeverria".
            surname = titled.group(1) if titled else name_key.split()[-1]
            given = mine.group(1).rstrip(".")
            if surname == given or (len(given) == 1 and surname.startswith(given)):
                return True
            # "Mrs. R-W" for Mrs. Reyes-Whitfield: a double family name by its initials.
            pieces = [piece for piece in re.split(r"[\s-]+", surname) if piece]
            if len(pieces) > 1 and given.replace(".", "") in (
                "-".join(p[0] for p in pieces),
                "".join(p[0] for p in pieces),
            ):
                return True
    return False


def is_adult_label(label: str) -> bool:
    """A label with a title (`Mr. Okafor`): an adult, never one of the students."""
    return ADULT_TITLE.match(_label_key(label)) is not None


def students_named(
    text: str, roster: Sequence[RosterStudent], *, labelled: bool = False
) -> list[str]:
    """Roster students named in the text, in the order first named.

    A name inside a longer one that names another student ("Eva" in "Eva Chen") does not
    count for the shorter one. Unless the text is a label or a header value (`labelled`),
    a name that is an everyday word does not count at all.
    """
    first_seen: dict[str, int] = {}
    for start, _, sid in names_in(text, roster, labelled=labelled):
        first_seen.setdefault(sid, start)
    return list(first_seen)


def names_in(
    text: str, roster: Sequence[RosterStudent], *, labelled: bool = False
) -> list[tuple[int, int, str]]:
    """(start, end, student id) of every roster name in the text, in order; the rules are
    `students_named`'s."""
    spans: list[tuple[int, int, str]] = []
    # Matched without accents on either side ("Zoe" for Zoë), at the text's own offsets.
    plain = same_length_fold(text)
    for student in roster:
        labels = _initial_and_family_names(student, roster) if labelled else set()
        for name in names_of(student, roster) | labels:
            if not labelled and is_common_word(name):
                continue
            pattern = rf"(?<![\w]){re.escape(same_length_fold(name))}(?![\w])"
            flags = re.IGNORECASE if labelled else 0
            spans += [(m.start(), m.end(), student.id) for m in re.finditer(pattern, plain, flags)]
    kept = [
        (start, end, sid)
        for start, end, sid in spans
        if not any(
            other != sid and s <= start and end <= e and (e - s) > (end - start)
            for s, e, other in spans
        )
    ]
    # The same student's names overlapping ("Talia B." and "Talia"): the longer one.
    kept.sort(key=lambda hit: (hit[0], -hit[1]))
    found: list[tuple[int, int, str]] = []
    for hit in kept:
        if found and hit[0] < found[-1][1]:
            continue
        found.append(hit)
    return found


# --- A family's name, as the family's members carry it -------------------------------------


def shares_family_name(person: str, student: str) -> bool:
    """A person (a parent who signs) carries the student's family name as families do: the
    same name with its accents dropped, its feminine or masculine form (Petrova, Petrov), or
    one part of a hyphenated or double name (Delgado, Park-Delgado; Garcia, Garcia Lopez).
    One side's last name always takes part: a middle name ("Mary Anne Smith") is no one's."""
    own, theirs = _family_parts(person), _family_parts(student)
    if not own or not theirs:
        return False
    return any(same_family_name(a, b) for a in own[0] for b in theirs[1]) or any(
        same_family_name(a, b) for a in own[1] for b in theirs[0]
    )


def _family_parts(name: str) -> tuple[set[str], set[str]] | None:
    """The parts of a full name's last word ("Park-Delgado": park, delgado), and those of
    its last two words when it has three or more ("Ana García López"), accents dropped."""
    words = re.findall(r"[^\W\d_][\w'\u2019-]*", folded(name))
    if len(words) < 2:
        return None

    def parts(family: Sequence[str]) -> set[str]:
        return {part for word in family for part in re.split(r"-+", word) if len(part) >= 2}

    return parts(words[-1:]), parts(words[-2:] if len(words) >= 3 else words[-1:])


def same_family_name(one: str, other: str) -> bool:
    """Two family names (folded, one part each) are one family's: the same, or the feminine
    and masculine forms of it."""
    return one == other or _feminine_of(one, other) or _feminine_of(other, one)


def _feminine_of(masculine: str, feminine: str) -> bool:
    """Petrov / Petrova, Volkov / Volkova, Kowalski / Kowalska, Novotny / Novotna (Novotný,
    Novotná), Novak / Novakova, Svoboda / Svobodova."""
    if len(masculine) < 4:
        return False
    forms = {masculine + "ova"}
    if re.search(r"(?:ov|ev|in|yn)$", masculine):
        forms.add(masculine + "a")
    if re.search(r"(?:k[iy]|[^aeiouy]y)$", masculine):
        forms.add(masculine[:-1] + "a")
    if masculine[-1] in "aeo":
        forms.add(masculine[:-1] + "ova")
    return feminine in forms


# --- A note written without capitals ------------------------------------------------------

# Where a sentence starts: the text's start, a line's (after a bullet or a dash), or after
# a full stop, a question or an exclamation mark.
SENTENCE_START = re.compile(r"(?:^|(?<=[.!?])[ \t]+|\n)[ \t]*(?:[-*\u2022>][ \t]+)?", re.M)


def names_capitalised(text: str, roster: Sequence[RosterStudent]) -> str:
    """The text with each student's name that opens a sentence in lower case ("chip forgot
    his mitts", "maelle - nothing new") written with its capitals, as a person reading a
    note dictated in lower case reads it; every character stays in its place, so offsets
    into one are offsets into the other. A name that is an everyday word in lower case
    ("will", "may", "bill") stays the word."""
    plain = same_length_fold(text).lower()
    names = sorted(
        {
            same_length_fold(name).lower()
            for student in roster
            for name in names_of(student, roster)
            if folded(name) not in LOWER_CASE_WORD_NAMES
        },
        key=len,
        reverse=True,
    )
    chars = list(text)
    for start in {match.end() for match in SENTENCE_START.finditer(text)}:
        name = next(
            (
                name
                for name in names
                if plain.startswith(name, start)
                and not plain[start + len(name) : start + len(name) + 1].isalnum()
            ),
            None,
        )
        if name is None or not text[start : start + len(name)].islower():
            continue
        for word in re.finditer(r"[^\W\d_]+", text[start : start + len(name)]):
            first = start + word.start()
            upper = chars[first].upper()
            if len(upper) == 1:
                chars[first] = upper
    return "".join(chars)


def written_in_lower_case(text: str) -> bool:
    """A note whose writer leaves out capitals (dictated on a phone, typed in a hurry): most
    of its sentences, three at least, open in lower case."""
    openings = [
        text[match.end()]
        for match in SENTENCE_START.finditer(text)
        if match.end() < len(text) and text[match.end()].isalpha()
    ]
    lower = sum(1 for letter in openings if letter.islower())
    return lower >= 3 and 3 * lower >= 2 * len(openings)
