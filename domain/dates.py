"""Dates as people write them: "Tuesday, September 16, 2025", "Sept 16", "9/16/25".

A numeric date's order (month first or day first) is the school's convention, given as a
plain value (`mdy` or `dmy`); a part over 12 settles it either way. A date without a year
takes the latest year that does not put it in the future, since teachers file what happened.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from itertools import pairwise
from typing import Literal

DateOrder = Literal["mdy", "dmy"]
DATE_ORDERS: tuple[DateOrder, ...] = ("mdy", "dmy")

MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
    r"aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
# "fifteenth", "twenty-first", "thirty first": the day of the month in words, as a note
# written out longhand ("Wednesday April fifteenth", "the first of May") gives it.
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
             "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
             "sixteenth", "seventeenth", "eighteenth", "nineteenth")  # fmt: skip
ORDINAL_WORDS = {word: number for number, word in enumerate(_ORDINALS, start=1)} | {
    "twentieth": 20,
    "thirtieth": 30,
}
_UNITS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
_DAY_IN_WORDS = (
    rf"(?:the\s+)?(?P<dayword>twenty[-\s]?(?:{_UNITS})|thirty[-\s]?first|"
    + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))
    + r")(?![a-z-])"
    # "March second graders", "May fifth period": an ordinal that counts something else.
    r"(?!\s+(?:grader|grade|period|place|time|round|floor|half|quarter|hour|block)s?\b)"
)
_DAY_EITHER = rf"(?:{_DAY}|{_DAY_IN_WORDS})"
# "2025", or "'25" as a hand-written date shortens it.
_YEAR = r"(?P<year>(?:19|20)\d{2}|['\u2019]\d{2})"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"

# "2025-09-16", and the same year-first order with slashes or dots ("2025/09/16"), as
# spreadsheets and some word processors' date fields write it.
ISO = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d{2})(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})"
    r"(?![\d/])"
)
# "September 16, 2025", "Tuesday, Sept 16th 2025", "Sept 16"
MONTH_FIRST = re.compile(
    rf"(?<![a-z]){_WEEKDAY}{_MONTH}\s+{_DAY_EITHER}(?![\d:])(?:(?:,\s*|\s+){_YEAR})?(?!\d)",
    re.IGNORECASE,
)
# "16 September 2025", "16th of Sept, 2025", "Tuesday 16 September"; in words only with
# "of" ("the fifteenth of April"): "the first April meeting" is the meeting, not 1 April.
DAY_FIRST = re.compile(
    rf"(?<![\w/]){_WEEKDAY}(?:{_DAY}\s+(?:of\s+)?|{_DAY_IN_WORDS}\s+of\s+){_MONTH}(?![a-z])"
    rf"(?:,?\s+{_YEAR})?(?!\d)",
    re.IGNORECASE,
)
# "16-Sep-2025", "03-Mar-26": a spreadsheet's or a form's day-month-year with dashes.
DASHED = re.compile(
    rf"(?<![\dA-Za-z/]){_DAY}-{_MONTH}-(?P<year>(?:19|20)?\d{{2}})(?![\w-])", re.IGNORECASE
)
# "9/16/25", "16/09/2025", "16.09.2025"; a time or a fraction has no third part.
NUMERIC = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/-])")
# "mon 9/22", "Reflection - 12/10": month and day only, the year the school year's.
SHORT_NUMERIC = re.compile(r"(?<![\d/.-])(\d{1,2})/(\d{1,2})(?![\d/]|\.\d)")


def parse_date(text: str, *, order: DateOrder = "mdy", today: date | None = None) -> date | None:
    """The first real date written in `text`, or None.

    Without `today`, a date missing its year is not a date (there is nothing to take the
    year from).
    """
    found = find_dates(text, order=order, today=today)
    return found[0] if found else None


def find_dates(text: str, *, order: DateOrder = "mdy", today: date | None = None) -> list[date]:
    """Every real date in `text`, in the order they are written."""
    return [when for _, _, when in find_date_spans(text, order=order, today=today)]


# "2/9 - 2/18/2026", "3/2/26 to 3/24/26", "Feb 9 through Feb 18": what stands between the
# two ends of a span of days.
RANGE_JOIN = re.compile(r"\s*(?:-{1,2}|\u2013|\u2014|to|through|thru|until)\s*", re.IGNORECASE)
# A span longer than a marking period is two separate dates, not one window.
MAX_RANGE = timedelta(days=100)


def range_end(text: str, *, order: DateOrder = "mdy", today: date | None = None) -> date | None:
    """The last day of the first span of days written in `text` ("collected 2/9 - 2/18"), or
    None: a report over a window is written when the window closes."""
    spans = find_date_spans(text, order=order, today=today)
    for (_, end, first), (start, _, last) in pairwise(spans):
        if RANGE_JOIN.fullmatch(text[end:start]) and timedelta(0) < last - first <= MAX_RANGE:
            return last
    return None


def find_date_spans(
    text: str, *, order: DateOrder = "mdy", today: date | None = None
) -> list[tuple[int, int, date]]:
    """Every real date in `text` with where it is written (start, end), in order."""
    hits: list[tuple[int, int, date]] = []
    taken: list[tuple[int, int]] = []
    for pattern, reader in (
        (ISO, _iso),
        (NUMERIC, lambda m: _numeric(m, order)),
        (DASHED, lambda m: _named(m, today)),
        (MONTH_FIRST, lambda m: _named(m, today)),
        (DAY_FIRST, lambda m: _named(m, today)),
        (SHORT_NUMERIC, lambda m: _short_numeric(m, order, today)),
    ):
        for match in pattern.finditer(text):
            if any(start < match.end() and match.start() < end for start, end in taken):
                continue
            when = reader(match)
            if when is not None:
                hits.append((match.start(), match.end(), when))
                taken.append((match.start(), match.end()))
    return sorted(hits, key=lambda hit: hit[0])


def _iso(match: re.Match[str]) -> date | None:
    return _date(int(match["year"]), int(match["month"]), int(match["day"]))


def _numeric(match: re.Match[str], order: DateOrder) -> date | None:
    first, second, year_text = int(match.group(1)), int(match.group(3)), match.group(4)
    year = int(year_text) + (2000 if len(year_text) == 2 else 0)
    month, day = (first, second) if order == "mdy" else (second, first)
    if month > 12 and day <= 12:
        month, day = day, month
    return _date(year, month, day)


def _short_numeric(match: re.Match[str], order: DateOrder, today: date | None) -> date | None:
    first, second = int(match.group(1)), int(match.group(2))
    month, day = (first, second) if order == "mdy" else (second, first)
    return _without_year(month, day, today)


def _named(match: re.Match[str], today: date | None) -> date | None:
    month = MONTHS[match["month"].lower()[:3]]
    words = match.groupdict().get("dayword")
    if words is None:
        day = int(match["day"])
    elif match["month"].islower() and match["month"].lower() in ("may", "march"):
        return None  # "you may first ...", "they march second": a verb, not a month
    else:
        day = _day_in_words(words)
    if match["year"]:
        year = int(match["year"].lstrip("'\u2019"))
        return _date(year + 2000 if year < 100 else year, month, day)
    return _without_year(month, day, today)


def _day_in_words(words: str) -> int:
    """ "twenty-first" is 21, "thirty first" 31, "fifteenth" 15."""
    words = re.sub(r"[-\s]+", " ", words.lower()).strip()
    tens, _, unit = words.rpartition(" ")
    if not tens and words[:6] in ("twenty", "thirty") and words not in ORDINAL_WORDS:
        tens, unit = words[:6], words[6:]  # "twentyfirst"
    return {"": 0, "twenty": 20, "thirty": 30}[tens] + ORDINAL_WORDS[unit]


def _without_year(month: int, day: int, today: date | None) -> date | None:
    if today is None:
        return None
    when = _date(today.year, month, day)
    # A few days ahead is a typo or a time zone, not next year's event.
    if when is not None and when > today + timedelta(days=7):
        when = _date(today.year - 1, month, day)
    return when


def _date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# "11_19", "9.26", "5-14": how a file name or a note's title writes a month and day with no
# year; never after a word that numbers something else ("ch 5-7", "unit 3.2", "p. 4-6").
_NOT_A_COUNT = (
    # Each word whole: "standup 9_30", "lunch 10-2" end like "p", "ch" but are dates.
    r"(?<![A-Za-z0-9.,/-])(?<!\bch )(?<!\bch\. )(?<!\bchapter )(?<!\bchapters )(?<!\bp\. )"
    r"(?<!\bp )(?<!\bpp )(?<!\bpp\. )(?<!\bpage )(?<!\bpages )(?<!\bunit )(?<!\blesson )"
    r"(?<!\bsection )(?<!\bgrade )(?<!\bgr )(?<!\bperiod )(?<!\bper )(?<!\bweek )(?<!\bwk )"
    r"(?<!\bversion )(?<!#)"
    # "v 1.2" is a version; "Ms V 4-29" is a teacher and a date.
    r"(?<!(?<!m[rs] )(?<!mrs )(?<!m[rs]\. )(?<!mrs\. )v )"
)
_MONTH_NUMBER = r"(1[0-2]|0?[1-9])"
_DAY_NUMBER = r"([12]\d|3[01]|0?[1-9])"
_LOOSE_END = r"(?![A-Za-z0-9.,/-]|\2\d)"
LOOSE_MONTH_DAY = re.compile(
    _NOT_A_COUNT + _MONTH_NUMBER + r"([-_.])" + _DAY_NUMBER + _LOOSE_END, re.IGNORECASE
)
# "18-11", "04.11": a day-first school shortens the day before the month the same way.
LOOSE_DAY_MONTH = re.compile(
    _NOT_A_COUNT + _DAY_NUMBER + r"([-_.])" + _MONTH_NUMBER + _LOOSE_END, re.IGNORECASE
)
# "mun_practice_Jan14", "Oct3 notes": a month's name run into its day, as a file name saves
# typing; never inside a word, nor before more digits ("Jan2026" is a month).
JOINED_MONTH_DAY = re.compile(rf"(?<![A-Za-z]){_MONTH}{_DAY}(?![A-Za-z0-9])", re.IGNORECASE)


def _loose_parts(match: re.Match[str], order: DateOrder) -> tuple[int, int]:
    """(month, day) of a shortened date read in the school's order."""
    first, second = int(match.group(1)), int(match.group(3))
    return (first, second) if order == "mdy" else (second, first)


def _loose_pattern(order: DateOrder) -> re.Pattern[str]:
    return LOOSE_MONTH_DAY if order == "mdy" else LOOSE_DAY_MONTH


def find_loose_dates(text: str, *, today: date | None, order: DateOrder = "mdy") -> list[date]:
    """Month-and-day dates as a file name or a title shortens them, in the school year,
    the two numbers in the school's own order."""
    found: list[tuple[int, date]] = []
    for match in _loose_pattern(order).finditer(text):
        if match.group(2) == "." and len(match.group(3)) < 2:
            continue  # "3.5" is a number; "9.26" a day
        when = _without_year(*_loose_parts(match, order), today)
        if when is not None:
            found.append((match.start(), when))
    for match in JOINED_MONTH_DAY.finditer(text):
        month = MONTHS[match.group("month").lower()[:3]]
        when = _without_year(month, int(match.group("day")), today)
        if when is not None:
            found.append((match.start(), when))
    return [when for _, when in sorted(found, key=lambda pair: pair[0])]


def find_dotted_month_days(
    text: str, *, today: date | None, order: DateOrder = "mdy"
) -> list[date]:
    """The "4.2" dates `find_loose_dates` leaves out as numbers, for when nothing else dates
    a file."""
    found = []
    for match in _loose_pattern(order).finditer(text):
        if match.group(2) != "." or len(match.group(3)) > 1:
            continue
        when = _without_year(*_loose_parts(match, order), today)
        if when is not None:
            found.append(when)
    return found


# "presentation_0415", "exit slips 1103": a month and day run together, as some teachers
# name files; never a camera's, scanner's or page's counter ("IMG_0412", "scan_0107").
_NOT_A_COUNTER = (
    r"(?<![A-Za-z0-9])(?<!img[_ -])(?<!dsc[_ -])(?<!dscn[_ -])(?<!scan[_ -])(?<!scn[_ -])"
    r"(?<!vid[_ -])(?<!mov[_ -])(?<!pxl[_ -])(?<!page[_ -])(?<!p[_ -])(?<!no[_ -])(?<!#)"
    r"(?<!room[_ -])(?<!rm[_ -])(?<!unit[_ -])(?<!lesson[_ -])(?<!class[_ -])(?<!id[_ -])"
    r"(?<!\bv)"
)
_MONTH_DIGITS = r"(?P<m>0[1-9]|1[0-2])"
_DAY_DIGITS = r"(?P<d>0[1-9]|[12]\d|3[01])"
MONTH_DAY_DIGITS = re.compile(
    _NOT_A_COUNTER + _MONTH_DIGITS + _DAY_DIGITS + r"(?![0-9])", re.IGNORECASE
)
# "zoom 1411": the same four digits where the school writes the day first.
DAY_MONTH_DIGITS = re.compile(
    _NOT_A_COUNTER + _DAY_DIGITS + _MONTH_DIGITS + r"(?![0-9])", re.IGNORECASE
)


def find_month_day_digits(text: str, *, today: date | None, order: DateOrder = "mdy") -> list[date]:
    """Four digits in a file name that read as a month and a day in the school year, in the
    school's order: the last guess before the day a file was received."""
    found = []
    for match in (MONTH_DAY_DIGITS if order == "mdy" else DAY_MONTH_DIGITS).finditer(text):
        when = _without_year(int(match["m"]), int(match["d"]), today)
        if when is not None:
            found.append(when)
    return found
