"""Deciding whom a document is about, what kind it is and when it happened.

Pure functions over text and a roster: no database, no Slack. The document is segmented
first (`domain/segments.py`); every decision then reads the spans a person would: what the
teacher said (arguments, message text), the file name, the header lines, the title, the
file's own properties, the speakers' labels, and last the names of the teacher's students
in the text. When these do not settle it, the teacher is asked (NeedsStudent,
NeedsEntryType); a document is never filed under a student it might not be about.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from domain.curriculum import EntryType, Skill
from domain.dates import (
    DateOrder,
    find_dates,
    find_dotted_month_days,
    find_loose_dates,
    find_month_day_digits,
    range_end,
)
from domain.dates import parse_date as parse_written_date
from domain.documents import DocumentProperties
from domain.errors import IngestError, NeedsEntryType, NeedsStudent
from domain.ids import STUDENT_ID_IN_TEXT
from domain.names import (
    RosterStudent,
    first_name,
    folded,
    is_adult_label,
    is_common_word,
    names_capitalised,
    names_in,
    shares_family_name,
    student_for_label,
    students_named,
    written_in_lower_case,
)
from domain.segments import (
    FEEDBACK_GIVER_KEYS,
    FEEDBACK_RECEIVER_KEYS,
    FORWARD_LINE,
    MAX_TITLE_WORDS,
    NAME_LINE_SEPARATOR,
    OTHER,
    POSTED,
    SALUTATION,
    SENTENCE_BREAK,
    SEPARATOR,
    TABLE_ROW,
    UNKNOWN_PERSON,
    Role,
    Segmentation,
    Span,
    assign_roles,
    canonical_key,
    feedback_side,
    is_date_line,
    join_spans,
    opens_outlook_reply,
    quoted_speakers,
    read_structure,
    split_at_named_sentences,
    student_heading,
    turn_match,
)

__all__ = [
    "Detection",
    "ParsedDocument",
    "RosterStudent",
    "StudentPart",
    "detect",
    "parse_date",
    "parse_document",
    "parse_entry_type",
    "speaker_turns",
]

# What a document IS (its genre) wins over the activity it was written about: "Reflection on
# the group discussion" is a reflection, "Lit circle observation" an observation.
GENRE_ALIASES: tuple[tuple[str, EntryType], ...] = (
    ("transcript", EntryType.GROUP_DISCUSSION_TRANSCRIPT),  # refined by the activity below
    ("reflection journal", EntryType.REFLECTION_JOURNAL),
    ("journal", EntryType.REFLECTION_JOURNAL),
    ("learning log", EntryType.REFLECTION_JOURNAL),
    ("writer s notebook", EntryType.REFLECTION_JOURNAL),
    ("writers notebook", EntryType.REFLECTION_JOURNAL),
    ("notebook entry", EntryType.REFLECTION_JOURNAL),
    ("quick write", EntryType.REFLECTION_JOURNAL),
    ("quickwrite", EntryType.REFLECTION_JOURNAL),
    ("free write", EntryType.REFLECTION_JOURNAL),
    ("freewrite", EntryType.REFLECTION_JOURNAL),
    ("diary", EntryType.REFLECTION_JOURNAL),
    ("self reflection", EntryType.REFLECTION_JOURNAL),
    ("self assessment", EntryType.REFLECTION_JOURNAL),
    ("self evaluation", EntryType.REFLECTION_JOURNAL),
    ("exit ticket", EntryType.REFLECTION_JOURNAL),
    ("exit slip", EntryType.REFLECTION_JOURNAL),
    ("goal setting", EntryType.REFLECTION_JOURNAL),
    ("reflection", EntryType.REFLECTION_JOURNAL),
    # A bilingual strand's teachers name the kinds in its other language too (Spanish,
    # French), read without their accents: "Réflexion", "Diario", "Presentación".
    ("diario", EntryType.REFLECTION_JOURNAL),
    ("reflexion", EntryType.REFLECTION_JOURNAL),
    ("autoevaluacion", EntryType.REFLECTION_JOURNAL),
    ("autoevaluation", EntryType.REFLECTION_JOURNAL),
    # A student's own written work, answered on a sheet or in a notebook.
    ("lab sheet", EntryType.REFLECTION_JOURNAL),
    ("lab report", EntryType.REFLECTION_JOURNAL),
    ("goal sheet", EntryType.REFLECTION_JOURNAL),
    ("notebook", EntryType.REFLECTION_JOURNAL),
    ("check in notes", EntryType.TEACHER_OBSERVATION_NOTE),
    # A circle is a conversation (its transcript a discussion); an advisory's check-in is
    # written up by the advisor, about each student.
    ("advisory circle", EntryType.GROUP_DISCUSSION_TRANSCRIPT),
    ("restorative circle", EntryType.GROUP_DISCUSSION_TRANSCRIPT),
    ("advisory", EntryType.TEACHER_OBSERVATION_NOTE),
    ("check in", EntryType.REFLECTION_JOURNAL),
    ("checkin", EntryType.REFLECTION_JOURNAL),
    ("peer feedback", EntryType.PEER_FEEDBACK),
    ("peer review", EntryType.PEER_FEEDBACK),
    ("peer evaluation", EntryType.PEER_FEEDBACK),
    ("partner feedback", EntryType.PEER_FEEDBACK),
    ("feedback form", EntryType.PEER_FEEDBACK),
    ("glow and grow", EntryType.PEER_FEEDBACK),
    ("feedback", EntryType.PEER_FEEDBACK),
    ("peer critique", EntryType.PEER_FEEDBACK),
    ("peer assessment", EntryType.PEER_FEEDBACK),
    ("group evaluation", EntryType.PEER_FEEDBACK),
    ("stars and a wish", EntryType.PEER_FEEDBACK),
    ("stars and wishes", EntryType.PEER_FEEDBACK),
    ("observation note", EntryType.TEACHER_OBSERVATION_NOTE),
    ("observation", EntryType.TEACHER_OBSERVATION_NOTE),
    ("observacion", EntryType.TEACHER_OBSERVATION_NOTE),
    ("obs", EntryType.TEACHER_OBSERVATION_NOTE),  # "Maya obs 9-26", "Obs - Maya"
    ("anecdotal", EntryType.TEACHER_OBSERVATION_NOTE),
    ("conference notes", EntryType.TEACHER_OBSERVATION_NOTE),
    ("conference note", EntryType.TEACHER_OBSERVATION_NOTE),
    ("conference", EntryType.TEACHER_OBSERVATION_NOTE),
    ("conf", EntryType.TEACHER_OBSERVATION_NOTE),  # "Conf. w/ Mrs. Tran"
    ("running record", EntryType.TEACHER_OBSERVATION_NOTE),
    ("progress note", EntryType.TEACHER_OBSERVATION_NOTE),
    ("progress monitoring", EntryType.TEACHER_OBSERVATION_NOTE),
    ("progress report", EntryType.TEACHER_OBSERVATION_NOTE),
    ("teacher notes", EntryType.TEACHER_OBSERVATION_NOTE),
    ("behavior log", EntryType.TEACHER_OBSERVATION_NOTE),
    ("incident report", EntryType.TEACHER_OBSERVATION_NOTE),
    ("voice memo", EntryType.TEACHER_OBSERVATION_NOTE),  # the teacher's own, spoken
    ("email from parent", EntryType.PARENT_NOTE),
    ("email from home", EntryType.PARENT_NOTE),
    ("parent email", EntryType.PARENT_NOTE),
    ("parent note", EntryType.PARENT_NOTE),
    ("note from home", EntryType.PARENT_NOTE),
    ("letter from home", EntryType.PARENT_NOTE),
    ("message from home", EntryType.PARENT_NOTE),
    # A phone call is made to a family; its notes are what the family said.
    ("phone call", EntryType.PARENT_NOTE),
    ("llamada", EntryType.PARENT_NOTE),
    ("from mom", EntryType.PARENT_NOTE),
    ("from dad", EntryType.PARENT_NOTE),
    ("from mum", EntryType.PARENT_NOTE),
    ("from grandma", EntryType.PARENT_NOTE),
    ("from grandpa", EntryType.PARENT_NOTE),
    ("parent", EntryType.PARENT_NOTE),
    ("guardian", EntryType.PARENT_NOTE),
)
ACTIVITY_ALIASES: tuple[tuple[str, EntryType], ...] = (
    ("group discussion", EntryType.GROUP_DISCUSSION_TRANSCRIPT),
    ("peer tutoring", EntryType.PEER_TUTORING_TRANSCRIPT),
    ("project presentation", EntryType.PROJECT_PRESENTATION_TRANSCRIPT),
    ("literature circle", EntryType.GROUP_DISCUSSION_TRANSCRIPT),
    ("lit circle", EntryType.GROUP_DISCUSSION_TRANSCRIPT),
    ("socratic seminar", EntryType.GROUP_DISCUSSION_TRANSCRIPT),
    ("roundtable", EntryType.GROUP_DISCUSSION_TRANSCRIPT),
    ("round table", EntryType.GROUP_DISCUSSION_TRANSCRIPT),
    ("book club", EntryType.GROUP_DISCUSSION_TRANSCRIPT),
    ("think pair share", EntryType.GROUP_DISCUSSION_TRANSCRIPT),
    ("turn and talk", EntryType.GROUP_DISCUSSION_TRANSCRIPT),
    ("fishbowl", EntryType.GROUP_DISCUSSION_TRANSCRIPT),
    ("morning meeting", EntryType.GROUP_DISCUSSION_TRANSCRIPT),
    ("class meeting", EntryType.GROUP_DISCUSSION_TRANSCRIPT),
    ("debate", EntryType.GROUP_DISCUSSION_TRANSCRIPT),
    ("seminar", EntryType.GROUP_DISCUSSION_TRANSCRIPT),
    ("small group", EntryType.GROUP_DISCUSSION_TRANSCRIPT),
    ("group work", EntryType.GROUP_DISCUSSION_TRANSCRIPT),
    ("discussion", EntryType.GROUP_DISCUSSION_TRANSCRIPT),
    ("discusion", EntryType.GROUP_DISCUSSION_TRANSCRIPT),
    ("debat", EntryType.GROUP_DISCUSSION_TRANSCRIPT),
    ("number talk", EntryType.GROUP_DISCUSSION_TRANSCRIPT),
    ("math talk", EntryType.GROUP_DISCUSSION_TRANSCRIPT),
    ("partner talk", EntryType.GROUP_DISCUSSION_TRANSCRIPT),
    ("lab group", EntryType.GROUP_DISCUSSION_TRANSCRIPT),
    ("breakout room", EntryType.GROUP_DISCUSSION_TRANSCRIPT),
    ("circle time", EntryType.GROUP_DISCUSSION_TRANSCRIPT),
    ("tutoring", EntryType.PEER_TUTORING_TRANSCRIPT),
    ("tutoria", EntryType.PEER_TUTORING_TRANSCRIPT),
    ("tutorat", EntryType.PEER_TUTORING_TRANSCRIPT),
    ("peer tutor", EntryType.PEER_TUTORING_TRANSCRIPT),
    ("peer mentoring", EntryType.PEER_TUTORING_TRANSCRIPT),
    # A help session recorded between students: one of them helps the other.
    ("math help", EntryType.PEER_TUTORING_TRANSCRIPT),
    ("homework help", EntryType.PEER_TUTORING_TRANSCRIPT),
    ("help session", EntryType.PEER_TUTORING_TRANSCRIPT),
    ("reading buddies", EntryType.PEER_TUTORING_TRANSCRIPT),
    ("reading buddy", EntryType.PEER_TUTORING_TRANSCRIPT),
    ("buddy reading", EntryType.PEER_TUTORING_TRANSCRIPT),
    ("math buddy", EntryType.PEER_TUTORING_TRANSCRIPT),
    ("study buddy", EntryType.PEER_TUTORING_TRANSCRIPT),
    # Two students studying together, one ahead of the other: the study session is tutoring.
    ("study session", EntryType.PEER_TUTORING_TRANSCRIPT),
    ("presentation", EntryType.PROJECT_PRESENTATION_TRANSCRIPT),
    # "Presentación", "Exposición": a talk, as the Spanish strand names it.
    ("presentacion", EntryType.PROJECT_PRESENTATION_TRANSCRIPT),
    ("exposicion", EntryType.PROJECT_PRESENTATION_TRANSCRIPT),
    # How a file name shortens it: "trade pres", "group prez".
    ("pres", EntryType.PROJECT_PRESENTATION_TRANSCRIPT),
    ("prez", EntryType.PROJECT_PRESENTATION_TRANSCRIPT),
    ("book talk", EntryType.PROJECT_PRESENTATION_TRANSCRIPT),
    ("science fair", EntryType.PROJECT_PRESENTATION_TRANSCRIPT),
    ("showcase", EntryType.PROJECT_PRESENTATION_TRANSCRIPT),
    ("exhibit", EntryType.PROJECT_PRESENTATION_TRANSCRIPT),
    ("oral report", EntryType.PROJECT_PRESENTATION_TRANSCRIPT),
    ("speech", EntryType.PROJECT_PRESENTATION_TRANSCRIPT),
    ("ted talk", EntryType.PROJECT_PRESENTATION_TRANSCRIPT),
    ("poster session", EntryType.PROJECT_PRESENTATION_TRANSCRIPT),
    ("pitch", EntryType.PROJECT_PRESENTATION_TRANSCRIPT),
    # A performance before an audience: each performer presents their own piece.
    ("poetry slam", EntryType.PROJECT_PRESENTATION_TRANSCRIPT),
    ("slam poetry", EntryType.PROJECT_PRESENTATION_TRANSCRIPT),
    ("poetry reading", EntryType.PROJECT_PRESENTATION_TRANSCRIPT),
    ("spoken word", EntryType.PROJECT_PRESENTATION_TRANSCRIPT),
    ("open mic", EntryType.PROJECT_PRESENTATION_TRANSCRIPT),
    ("recital", EntryType.PROJECT_PRESENTATION_TRANSCRIPT),
    ("talent show", EntryType.PROJECT_PRESENTATION_TRANSCRIPT),
    ("readers theater", EntryType.PROJECT_PRESENTATION_TRANSCRIPT),
    ("readers theatre", EntryType.PROJECT_PRESENTATION_TRANSCRIPT),
)
# Where people met: the kind only as the head of a phrase that names an activity before it
# ("pitch meeting", "debate club mtg").
GATHERING_ALIASES: tuple[tuple[str, EntryType], ...] = (
    ("meeting", EntryType.GROUP_DISCUSSION_TRANSCRIPT),
    ("mtg", EntryType.GROUP_DISCUSSION_TRANSCRIPT),
)
# What ends one phrase of a name and starts the next: a spaced dash, brackets, a colon, a
# number or a date ("Math Help-20260211-Meeting Recording"), a preposition ("Seminar on the
# science fair": the seminar is what it is).
PHRASE_BREAK = re.compile(
    r"\s[-\u2013\u2014]+\s|[:|(),;/\[\]]|\d+|"
    r"\s(?:about|on|for|of|re|after|before|during|with|w)\s",
    re.IGNORECASE,
)
# A teacher's own notes, when nothing more telling names the kind: an observation.
WEAK_ALIASES: tuple[tuple[str, EntryType], ...] = (
    ("notes", EntryType.TEACHER_OBSERVATION_NOTE),
    ("note", EntryType.TEACHER_OBSERVATION_NOTE),
    ("log", EntryType.TEACHER_OBSERVATION_NOTE),
)
# A section that sets down what the family said, headed apart: "Parents shared", "Dad's
# report", "Mom's concerns".
FAMILY_ACCOUNT = re.compile(
    r"(?:(?:the\s+)?family|parents?|mom|mum|dad|mother|father|guardian|grandma|grandpa|"
    r"grandparents?)(?:'s|\u2019s|s'|\u2019)?\s+(?:shared|shares|reports?|reported|account|"
    r"concerns?|says|said|input|update|perspective|comments|view)\s*:?",
    re.IGNORECASE,
)
# A section of the teacher's own: "Teacher notes", "Teacher shared", "Summary".
TEACHER_SECTION = re.compile(
    r"(?:teacher(?:'s|\u2019s)?|my)\s+[a-z]+(?:\s+[a-z]+)?\s*:?|summary|observations?:?",
    re.IGNORECASE,
)
SECTION_LINES = 30
# Where a document names its own kind, as a word: read again against its shape.
NAMING_SOURCES = frozenset(["file name", "title", "document properties", "first line", "headings"])
# "(audience)", "[from the audience]", "Audience member:": a speaker set apart as watching.
AUDIENCE_MARK = re.compile(
    r"[(\[]\s*(?:from\s+)?(?:the\s+|an?\s+)?audience\b[^)\]\n]{0,20}[)\]]"
    r"|^[\W\d:]*(?:an?\s+|the\s+)?audience(?:\s+member|\s+question)?(?:\s*\d{1,2})?\s*[-:(\u2013\u2014]",
    re.IGNORECASE,
)
# How far into a line of the talk (its time stamp, label and first words) a note that sets
# its speaker apart may stand.
AUDIENCE_NOTE_CHARS = 50
# Who writes to a teacher about a child at home.
FAMILY = re.compile(
    r"\b(?:mom|mum|mommy|dad|daddy|mother|father|parent|parents|guardian|grandma|grandpa|"
    r"grandmother|grandfather|stepmom|stepdad|aunt|uncle|mam\u00e1|mama|pap\u00e1|abuela|"
    r"abuelo|t\u00eda|t\u00edo)(?!\w)",
    re.IGNORECASE,
)
# A feedback form that the reviewed student answers, or the reviewer reflects on.
ANSWERED_FORM = re.compile(
    r"^[\W\d]*(?:[\w'\u2019 ]{0,30}(?:response|reply|responds)|reviewer(?:'s)? self[- ]check)\b",
    re.IGNORECASE | re.MULTILINE,
)
# The most words a work's name takes in a title ("Moon Bounce").
WORK_TITLE_WORDS = 4
# "Moon Bounce by Ana R.": a work's title, then who made it.
WORK_BY_VALUE = re.compile(r"\S\s+by\s+(?P<who>[A-Z][^,;()\n]{0,40})$")
# Names of a group joined: "Ana R. + Ben T.", "Ana & Ben", "Ana, Ben and Cy".
GROUP_JOIN = re.compile(r"\s*(?:\+|&|,|\band\b)\s*")
REVIEWER_KEYS = frozenset(
    ["reviewer", "reviewed by", "partner", "feedback from", "peer reviewer", "edited by",
     "peer edited by", "peer editor", "feedback by"]
)  # fmt: skip
# "Quick write 3/17 - Talia B.": a title may end in an initial's full stop.
INITIAL_END = re.compile(r"(?<![\w.])[A-Z]\.$")
# The share of the students' words one student speaks when they are presenting, and how
# long they must speak: three turns, or at length in fewer (a subtitle file's reader joins
# one speaker's cues into one turn).
PRESENTER_SHARE = 0.8
PRESENTER_TURNS = 3
PRESENTER_WORDS = 60
CHILD_OF = re.compile(
    r"(?P<child>(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?))(?:'s|\u2019s)\s+(?:mom|mum|dad|mother|father|"
    r"parent|parents|guardian|grandma|grandpa|grandmother|grandfather|stepmom|stepdad|mam\u00e1|"
    r"pap\u00e1)\b",
    re.IGNORECASE,
)
# "email from Mrs Park", "note from Mr. Diaz": who a letter is from, by title and family name.
FROM_TITLED = re.compile(
    r"\bfrom\s+(?P<title>mr|mrs|ms|mx|miss|dr|sra?)\.?\s+(?P<name>[^\W\d_][\w'\u2019-]*)",
    re.IGNORECASE,
)
# A letter's first line: a greeting, or the teacher addressed by name ("Ms. Okafor --").
LETTER_OPENING = re.compile(
    r"^\s*(?:(?:dear|hi|hello|hey|hola|bonjour|good (?:morning|afternoon|evening))\b"
    r"|(?:mr|ms|mrs|mx|miss|dr|sra?|srta)\.?\s+[^\W\d_][\w'-]*\s*(?:,|:|!|--|\u2014|-)\s*$)",
    re.IGNORECASE | re.MULTILINE,
)
QUOTED_REPLY_START = re.compile(r"^\s*(?:>|on .{5,80} wrote:\s*$|-{2,} ?original message)", re.I)
MAIL_APP_FOOTER = re.compile(
    r"^(?:sent from my\b|sent from (?:mail|yahoo|outlook)\b|get outlook for\b)", re.I
)
# How a parent writes of their child in a letter to the teacher.
FAMILY_VOICE = re.compile(
    r"\b(?:my|our)\s+(?:son|daughter|child|kid|boy|girl|stepson|stepdaughter|grandson|"
    r"granddaughter|twins)\b|\b(?:i am|i'm|i\u2019m|this is)\s+\w+(?:[ -]\w+)?(?:'s|\u2019s)\s+"
    r"(?:mom|mum|dad|mother|father|parent|guardian|grandma|grandpa|aunt|uncle)\b"
    # "This is Dana Reyes, Leo's mother", "My name is Dana Reyes, I am the mother of Leo".
    r"|\b(?:i am|i'm|i\u2019m|this is|my name is)\s+[^.\n]{0,40}?(?:(?:'s|\u2019s)\s+|\bthe\s+)"
    r"(?:mom|mum|dad|mother|father|parent|guardian|grandma|grandpa|aunt|uncle|grandmother|"
    r"grandfather|stepmom|stepdad)\b",
    re.IGNORECASE,
)
# How a teacher's note opens on the student it is about ("Observed Lila during...").
OBSERVING = re.compile(
    r"^\s*(?:observed|watched|kid-?watched|conferenced\s+with|conferred\s+with|"
    r"checked\s+in\s+with|pulled|notes?\s+on|observation\s+of)\b\s*",
    re.IGNORECASE,
)
# A letter's "I wanted to let you know about" before the student it is about.
ABOUT = re.compile(r"\b(?:about|regarding|re:?|update on|news on)$", re.IGNORECASE)
ABOUT_CUE = re.compile(r"\b(?:about|regarding|update on|news on)\s+", re.IGNORECASE)
FIRST_PERSON = frozenset(["i", "me", "my", "mine", "myself", "i'm", "i\u2019m", "i've",
                          "i\u2019ve", "i'd", "i\u2019d", "i'll", "i\u2019ll"])  # fmt: skip
THIRD_PERSON = frozenset(["he", "she", "him", "her", "his", "hers", "himself", "herself"])
# A tutor's sentence to the student they help: what to try next ("Try asking ...", "Show
# me", "Want me to show you?", "Next one you explain to me"), or how the try went ("That's
# a good one", "Yes! That's real evidence", "See, you didn't need me").
COACHING = re.compile(
    r"(?:(?:okay|ok|so|now|alright|all right|and|yes|yeah|no|wait|but)[,.!]?\s+)*"
    # "First find the quote", "Could you pick another one?": the tutor's next step, given
    # as a step or asked for politely, is still what to try.
    r"(?:(?:first|then|next|just|could you|can you)\s+)?(?:"
    r"(?:try|ask|show|tell|explain|write|look|think|check|read|say|start|remember|put|draw|"
    r"count|use|follow|make|find|circle|underline|split|pretend|pick|choose|go ahead)\b"
    r"|(?:do you )?want me to\b|let me show\b|let's (?:try|look|check|do)\b|you try\b|"
    r"your turn\b|next one you\b|i'll watch\b|i\u2019ll watch\b"
    r"|(?:good|nice|great|exactly|perfect)\b|yes!|see[,!]"
    r"|that(?:'s|\u2019s| is) (?:right|it|a good|real|true|better|correct|close)\b)",
    re.IGNORECASE,
)
# How many such sentences make the tutor, and how few the one tutored may say.
COACHING_MOVES = 3
COACHING_SLIPS = 1
# How often a note on a student says "he", "she" of them, at the least.
TOLD_OF_PRONOUNS = 2
# A post's time stamp: "7:41pm", "at 11:18 AM".
POST_STAMP = re.compile(r"\b\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)\b", re.I)
# How far down a post's own stamp is looked for.
STAMPED_LINES = 6
STAMP_LINE_WORDS = 10
# Quoted speech inside a narrative: the student's words, not the writer's voice.
QUOTED_WORDS = re.compile(r"\"[^\"\n]*\"|\u201c[^\u201d\n]*\u201d")
# "Zo - started a shelf", "Jordan E. -- quiet block": a name as a note's label.
JOTTED_LABEL = re.compile(r"\s*(?:-{1,2}|\u2013|\u2014|:)\s+\S")
# A file's creation date, as a last guess, only when it is recent: templates keep old ones.
PROPERTY_DATE_WINDOW = timedelta(days=366)
# How far back a date written in the body (not its header) is still the entry's own.
BODY_DATE_WINDOW = timedelta(days=183)
# How far above a student's note a log's date heading is looked for.
LOG_HEADING_LINES = 8
COMPACT_DATE = re.compile(
    r"(?<!\d)(?P<y>20\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?!\d)"
)
# How a recording labels a voice it cannot name.
GENERIC_SPEAKER = re.compile(
    r"^\s*(?:speaker|student|participant|unknown(?: speaker)?|voice|guest)\s*\d{0,2}\s*$", re.I
)
FORWARDED_FIELD = re.compile(
    r"^[ \t>]*\**(?P<key>from|date|sent|to|cc|subject)\**:\s*(?P<value>.*)$", re.I
)
# Away, as teachers jot it, with the reason: "(absent - library)", "away at the science
# fair", "out sick, back Monday". Never a bare "out ...": "out of his seat" is a note.
AWAY = (
    r"\(?(?:(?:absent|not here|home sick|out sick|away|no show)"
    r"(?:\s*[-\u2013\u2014,;:(]\s*[^.!?\n]{0,40}|\s+(?:at|on|for|with|in|to)\s+[^.!?\n]{0,50})?"
    r"|out)"
    r"(?:\s+(?:today|again|all day|this morning|this afternoon|sick))?\W*$"
)
# A line that only says a student was not there, by name or under their label.
ABSENT = re.compile(
    r"^\W*(?:[^\W\d][\w.'\u2019 -]{0,40}?(?:\s+(?:was|is|were)\s+|\s*(?:[-\u2013\u2014:]+)\s*))?"
    + AWAY,
    re.IGNORECASE,
)
# "No notes - field day.", "Nothing to note." under a student's heading: a section that
# says only that there is nothing about them.
NOTHING_NOTED = re.compile(
    r"^\W*(?:no\s+(?:notes?|observations?|comments?)|nothing\s+(?:to\s+(?:note|report)|noted)"
    r"|n/a)(?:\s+(?:today|this\s+week))?(?:\s*[-\u2013\u2014:,;(]\s*[^.!?\n]{0,40})?\W*$",
    re.IGNORECASE,
)
# How many lines a recording's export writes above its first turn, at most, to be its header.
PREAMBLE_LINES = 6
WEEK_OF = re.compile(r"\b(?:week|wk)\.?\s+of\b", re.IGNORECASE)
# A rating's value: "E", "Proficient", "3 - Developing".
RATING_WORDS = 3
SENT_FIELD = re.compile(r"(?:^|\s)(?:sent|sent on|date sent)\s*:\s*(?P<value>[^|\n]+)", re.I)
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# "(Wed)", "Thursday": a weekday written on its own, not as part of a full date.
WEEKDAY_NAME = re.compile(
    r"\b(mon(?:day)?|tue(?:s|sday)?|wed(?:s|nesday)?|thu(?:rs?|rsday)?|fri(?:day)?|"
    r"sat(?:urday)?|sun(?:day)?)\b\.?(?![\s,.]*\d)",
    re.IGNORECASE,
)
# "Printed 09/10/2025", "Exported on Sep 10, 2025": the day a printout or an export was made.
PRINT_STAMP = re.compile(
    r"\b(?:printed|exported|generated|downloaded)(?:\s+(?:on|at))?\s*:?\s*"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    r"(?:\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:,?\s+\d{4})?)",
    re.IGNORECASE,
)
# A note of a conference with the student(s): "Wren conference", "check-in", "1:1".
CONFERENCE = re.compile(
    r"\bconf(?:erence[sd]?|erencing|erred)?\b|\bcheck-?in\b|\bmeeting\b|\bone-on-one\b"
    r"|(?<!\d)1:1(?!\d)",
    re.IGNORECASE,
)
STUDENT_KEYS = ("student", "participants", "presenter")
PERSON_KEYS = (*STUDENT_KEYS, "subject", "from")


@dataclass(frozen=True)
class StudentPart:
    """One entry to file: a student, their own words, and which spans they came from."""

    student_id: str
    # The student's own spans, one a line: what the assessor reads and the validator checks.
    turns: str | None
    spans: tuple[Span, ...] = ()
    # The day of this student's own row or heading, in a log that dates each student apart
    # ("10/7/2025 | Marcus | ..."); None: the document's date.
    entry_date: date | None = None


@dataclass(frozen=True)
class Detection:
    parts: list[StudentPart]
    entry_type: EntryType
    entry_date: date
    # How each fact was decided ("argument", "file name", "header", "title", ...).
    sources: dict[str, str]
    notes: list[str] = field(default_factory=list)
    segmentation: Segmentation | None = None


@dataclass(frozen=True)
class ParsedDocument:
    header: dict[str, str]
    body: str


def _words(text: str) -> str:
    # "Présentation", "Réflexion": an accent is no break in the word.
    words = " " + re.sub(r"[^a-z]+", " ", folded(text)) + " "
    # "maths buddies", "maths help": British English's "maths" is the same subject as "math".
    return words.replace(" maths ", " math ")


def _first_alias(words: str, aliases: tuple[tuple[str, EntryType], ...]) -> EntryType | None:
    for alias, entry_type in aliases:
        # "Exit slips", "Presentations": the plural names the same kind.
        if f" {alias} " in words or f" {_plural(alias)} " in words:
            return entry_type
    return None


def _plural(alias: str) -> str:
    # "pres" (a presentation, shortened) has no plural "press": that is a printing press.
    if alias.endswith("s"):
        return alias
    # "study buddies": a "y" after a consonant is "ies" in the plural.
    if re.search(r"[^aeiou]y$", alias):
        return f"{alias[:-1]}ies"
    return f"{alias}s"


def parse_entry_type(text: str) -> EntryType | None:
    """An entry type named in a short text: a key, a label or a teacher's word."""
    words = _words(text)
    for entry_type in EntryType:
        if f" {entry_type.value.replace('_', ' ')} " in words:
            return entry_type
    genre = _peers_review_of_work(words) or _first_alias(words, GENRE_ALIASES)
    activity = _head_activity(text)
    if genre is EntryType.GROUP_DISCUSSION_TRANSCRIPT:  # "transcript" says only that
        return activity or genre
    return genre or activity


# A student's own written work, as a name may call what a classmate reviewed.
WORK_ALIASES = tuple(
    (alias, kind)
    for alias, kind in GENRE_ALIASES
    if alias in ("lab sheet", "lab report", "goal sheet", "notebook")
)
# A classmate's review, by the word that says a peer gave it.
PEER_REVIEW_ALIASES = tuple(
    (alias, kind)
    for alias, kind in GENRE_ALIASES
    if kind is EntryType.PEER_FEEDBACK and alias.startswith(("peer ", "partner "))
)


def _peers_review_of_work(words: str) -> EntryType | None:
    """ "Peer review - lab report": a classmate's review names the work it is of; the review
    is what the document is, the lab report only what was reviewed."""
    if _first_alias(words, WORK_ALIASES) is None:
        return None
    return _first_alias(words, PEER_REVIEW_ALIASES)


def _head_activity(text: str) -> EntryType | None:
    """The activity a text names, read as English names a thing: in "debate prep tutoring"
    or "newspaper pitch meeting" the last word is what it is, the words before it what it
    was about. So of the activities one phrase names, the last wins; a later phrase ("Book
    club - presentation day") counts only when the first names none. A gathering
    ("meeting") names the kind only as the head of such a phrase, after an activity: a
    recorder calls every file "Meeting Recording"."""
    for phrase in PHRASE_BREAK.split(text.replace("_", " ")):
        words = _words(phrase)
        named = _alias_ends(words, ACTIVITY_ALIASES)
        if not named:
            continue
        last, _, kind = max(named)
        gatherings = _alias_ends(words, GATHERING_ALIASES)
        if gatherings and max(gatherings)[0] > last:
            return max(gatherings)[2]
        return kind
    # "Density Lab - Group 4": a name may say its activity across its phrases.
    return _first_alias(_words(text), ACTIVITY_ALIASES)


def _alias_ends(
    words: str, aliases: tuple[tuple[str, EntryType], ...]
) -> list[tuple[int, int, EntryType]]:
    """(where it ends, how long it is, its kind) for each alias `words` names, in the singular
    or the plural, at its last place: the longest of those ending together is the most told."""
    found = []
    for alias, kind in aliases:
        for form in (f" {alias} ", f" {_plural(alias)} "):
            at = words.rfind(form)
            if at >= 0:
                found.append((at + len(form) - 1, len(alias), kind))
    return found


def _genre_of(text: str) -> EntryType | None:
    """The kind a text names by its genre ("journal", "observation"), not by an activity."""
    words = _words(text)
    for entry_type in EntryType:
        if f" {entry_type.value.replace('_', ' ')} " in words:
            return entry_type
    return _first_alias(words, GENRE_ALIASES)


def parse_date(text: str, *, order: DateOrder = "mdy", today: date | None = None) -> date | None:
    return parse_written_date(text, order=order, today=today)


def parse_document(text: str) -> ParsedDocument:
    """The header (student, participants, date, teacher, type) and the body below it."""
    structure = read_structure(text, [])
    wanted = {"student": "student", "participants": "participants", "date": "date"}
    wanted |= {"author": "teacher", "type": "type"}
    header = {wanted[key]: value for key, value in structure.metadata.items() if key in wanted}
    return ParsedDocument(header=header, body=text[structure.body_start :].strip("\n"))


def speaker_turns(body: str) -> list[tuple[str, str]]:
    """(speaker, words) for each labelled turn; a line without a label continues one."""
    structure = read_structure(body, [], is_transcript=True)
    return [(span.speaker or "", " ".join(span.text_in(body).split())) for span in structure.turns]


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
    teacher_names: Sequence[str] = (),
    properties: DocumentProperties | None = None,
    date_order: DateOrder = "mdy",
) -> Detection:
    """Decide student(s), type and date, or raise an error that says what to add."""
    properties = properties or DocumentProperties()
    by_id = {student.id: student for student in roster}
    sources: dict[str, str] = {}
    notes: list[str] = []

    shape = read_structure(text, roster, teacher_names=teacher_names, headings=properties.headings)
    try:
        kind = _decide_type(entry_type, message_text, file_name, shape, properties, sources, roster)
    except NeedsEntryType:
        if not written_in_lower_case(text):
            raise
        # Nothing names its kind, and it is written in lower case: its students' names, read
        # with their capitals, may show a teacher's notes on them.
        cased = names_capitalised(text, roster)
        shape = read_structure(
            cased, roster, teacher_names=teacher_names, headings=properties.headings
        )
        kind = _decide_type(entry_type, message_text, file_name, shape, properties, sources, roster)
    reading = _as_read(text, roster, kind)
    structure = read_structure(
        reading,
        roster,
        teacher_names=teacher_names,
        headings=properties.headings,
        is_transcript=kind.is_transcript,
    )
    kind = _shape_of_bare_transcript(kind, file_name, structure, properties, sources)
    if _notes_laid_out_as_turns(kind, structure, sources):
        # "Jonah - did not interrupt once ... He waited": a name over each paragraph reads
        # as a speaker's label, but each paragraph tells of that student: the teacher's notes.
        kind, sources["type"] = EntryType.TEACHER_OBSERVATION_NOTE, "narrative"
        structure = read_structure(
            reading, roster, teacher_names=teacher_names, headings=properties.headings
        )
    when = _decide_date(entry_date, file_name, structure, properties, sources, today, date_order)
    if sources.get("date") == "received":
        # Never today's date in silence: the teacher is told it is a guess.
        notes.append(
            f"No date in the file's name, text or properties: filed as {when:%-d %b %Y} (the "
            "day it was received); correct it if it happened earlier."
        )
    named = _decide_students(
        student_id, message_text, file_name, structure, properties, roster, by_id, sources, kind
    )
    if sources.get("student") == "notes on each":
        noted = structure.noted_students(named_first=True)
        structure = split_at_named_sentences(structure, roster)
        named = [*named, *(s for s in structure.noted_students(named_first=True) if s not in noted)]
    quoted = _quoted_in_conference(structure, roster, kind, file_name, named, sources)
    if quoted:
        sources["student"] = f"{sources['student']} and quoted"
        named = [*named, *dict.fromkeys(quoted.values())]
    speaking = structure.speaking_students()
    if kind.is_transcript and student_id is None:
        # Every one of the teacher's students who speaks gets an entry, whoever is named.
        extra = [sid for sid in speaking if sid not in named]
        if extra and named:
            sources["student"] = f"{sources['student']} and speakers"
        named = [*named, *extra]
    segmentation = assign_roles(structure, kind, presenters=named if not speaking else ())
    if sources.get("student") == "notes on each" and len(named) > 1:
        segmentation = segmentation.notes_on_each()
    elif kind is EntryType.REFLECTION_JOURNAL and len(speaking) > 1:
        # Several students' slips on one sheet: no one's words are another's evidence.
        segmentation = segmentation.slips_apart()
    if quoted:
        segmentation = segmentation.quoted_parts(named[0], quoted)
    elif sources.get("student") == "conference participants":
        together = quoted_speakers(structure, roster, skip=())
        together = {where: sid for where, sid in together.items() if sid in named}
        segmentation = segmentation.quoted_parts(None, together, owners=named)
    # Its words as the teacher wrote them: a student's own text is quoted verbatim.
    segmentation = replace(segmentation, text=text)

    ranges = {}
    if sources.get("student") == "feedback forms":
        ranges = _form_ranges(structure, roster, kind)
    parts: list[StudentPart] = []
    for sid in named:
        student = by_id[sid]
        own = segmentation.own_spans(sid)
        if sid in ranges:
            # A sheet of several forms: a student's own are the forms they gave or received.
            own = [span for span in own if any(a <= span.start < b for a, b in ranges[sid])]
        if kind.is_transcript and not own:
            if len(named) == 1 and _unnamed_speakers(segmentation):
                # "Speaker 1", "G": someone speaks whom the labels do not name; they may be
                # this student, or not.
                raise NeedsStudent(
                    f"{file_name}: I could not tell which speaker is {student.name} ({sid}); "
                    "say whose turns these are, or label their lines "
                    f"'{first_name(student.name)}: ...'.",
                    candidates=[sid],
                )
            if len(named) == 1:
                speakers = ", ".join(sorted({s.speaker or "?" for s in segmentation.turns}))
                raise IngestError(
                    f"{file_name}: {student.name} ({sid}) does not speak in this transcript "
                    f"(speakers: {speakers or 'none labelled'}). Label their lines "
                    f"'{student.name}: ...'."
                )
            notes.append(f"{student.name} ({sid}) is listed but never speaks: no entry filed.")
            continue
        own_text = segmentation.own_text(sid)
        if sid in ranges:
            own_text = join_spans(segmentation.text, own)
        if len(named) > 1 and not kind.is_transcript and ABSENT.match(own_text):
            # "* Lucía was absent." on a sheet of notes: nothing happened to write about.
            notes.append(f"{student.name} ({sid}) was only noted absent: no entry filed.")
            continue
        if len(named) > 1 and not kind.is_transcript and NOTHING_NOTED.match(own_text):
            notes.append(f'{student.name} ({sid}) has only "no notes": no entry filed.')
            continue
        if not own_text.strip():
            raise IngestError(
                f"{file_name}: nothing in it reads as {student.name}'s own words or a note "
                "about them (only headers, questions or ratings)."
            )
        parts.append(StudentPart(student_id=sid, turns=own_text, spans=tuple(own)))
    if not parts:
        raise NeedsStudent(f"{file_name}: none of the students named in it speak.")
    if entry_date is None and not kind.is_transcript:
        parts = _dated_apart(parts, segmentation.text, when, today, date_order)
        if any(part.entry_date for part in parts):
            sources["date"] = f"{sources['date']}; each student's own row"
    others = _other_speakers(segmentation)
    if others:
        notes.append(
            f"{others} other speaker{'s' if others > 1 else ''} not on your roster: "
            "their turns were not filed."
        )
    return Detection(
        parts=parts,
        entry_type=kind,
        entry_date=when,
        sources=sources,
        notes=notes,
        segmentation=segmentation,
    )


def _as_read(text: str, roster: Sequence[RosterStudent], kind: EntryType) -> str:
    """The text as a person reads it: a teacher's notes dictated in lower case name their
    students in lower case too ("owen stayed with the group"), read with the names' capitals.
    Offsets into it are offsets into the text."""
    if kind is EntryType.TEACHER_OBSERVATION_NOTE and written_in_lower_case(text):
        return names_capitalised(text, roster)
    return text


def _dated_apart(
    parts: list[StudentPart], text: str, when: date, today: date, order: DateOrder
) -> list[StudentPart]:
    """A log of several students, each on a dated row or under a dated heading of their own
    ("10/7/2025 | Marcus Bell | ...", "Wed 10/15" over Eli's note): each is filed on their
    day, when the days differ. One day for all, or a student without one, keeps the
    document's date: the rows then only repeat it."""
    if len(parts) < 2:
        return parts
    # Lines above every student's notes (the log's title, who kept it) are no one's row.
    shared = set.intersection(*({span.start for span in part.spans} for part in parts))
    days = [
        _own_day(
            sorted((s for s in part.spans if s.start not in shared), key=lambda s: s.start),
            text,
            when,
            today,
            order,
        )
        for part in parts
    ]
    if len({day for day in days if day is not None}) < 2:
        return parts
    return [replace(part, entry_date=day) for part, day in zip(parts, days, strict=True)]


def _own_day(
    spans: list[Span], text: str, when: date, today: date, order: DateOrder
) -> date | None:
    # The student's first words that are more than a date: a row's date cell may be read
    # as part of the row.
    words = [span.start for span in spans if not is_date_line(span.text_in(text))]
    if not words:
        return None
    first = words[0]
    line_start = text.rfind("\n", 0, first) + 1
    # Before the student's words on their own line: the row's date cell, a note's "10/7 -".
    dates = find_dates(text[line_start:first], order=order, today=today)
    if not dates:
        # Else the nearest line above that is only a date: the heading of the day's notes.
        for line in reversed(text[:line_start].split("\n")[-LOG_HEADING_LINES:]):
            if line.strip() and is_date_line(line):
                dates = find_dates(line, order=order, today=today)
                break
    if len(dates) != 1:
        return None
    day = dates[0]
    return day if day <= today and abs(when - day) <= BODY_DATE_WINDOW else None


def _unnamed_speakers(segmentation: Segmentation) -> bool:
    """A speaker labelled by a number or letters no one on the roster has ("Speaker 2", "G"):
    it may be anyone, the student it is about too. A name ("Jordan") is someone else."""
    return any(
        span.speaker_kind == OTHER
        and (
            GENERIC_SPEAKER.match(span.speaker or "")
            or re.fullmatch(r"[A-Z]{1,3}\.?", (span.speaker or "").strip())
        )
        for span in segmentation.turns
    )


def _other_speakers(segmentation: Segmentation) -> int:
    return len(
        {
            (span.speaker or "").lower()
            for span in segmentation.turns
            if span.speaker_kind == OTHER and not is_adult_label(span.speaker or "")
        }
    )


# --- The kind of document ---------------------------------------------------------------


def _decide_type(
    given: EntryType | None,
    message_text: str | None,
    file_name: str,
    structure: Segmentation,
    properties: DocumentProperties,
    sources: dict[str, str],
    roster: Sequence[RosterStudent] = (),
) -> EntryType:
    metadata = structure.metadata
    titles = [structure.title or "", *properties.words(), *_top_lines(structure.text)]
    letter = _letter_from_home(structure, roster, [_stem(file_name), *titles])
    # An email a family sent (the letter says so) is theirs, not the teacher's notes.
    from_home = letter is not None and _sent_by_mail(structure)

    def named_kind(text: str) -> EntryType | None:
        # A family's letter is a parent note whatever its name says of the activity it is
        # about ("Re_ Amara science fair.eml"); only a genre ("journal") outranks it.
        kind = parse_entry_type(text)
        if letter is not None and kind is not None and _genre_of(text) is None:
            return None
        if from_home and kind is EntryType.TEACHER_OBSERVATION_NOTE:
            # "After conferences", sent by a parent: the conference is what the family
            # writes about; only the teacher writes her own notes of it.
            return None
        return kind

    candidates: list[tuple[str, EntryType | None]] = [
        ("argument", given),
        ("message", parse_entry_type(message_text) if message_text else None),
        ("file name", named_kind(_stem(file_name))),
        ("header", parse_entry_type(metadata.get("type", ""))),
        ("title", named_kind(structure.title or "")),
        ("document properties", _first_type(properties.words())),
        # A family's email is a parent note whatever its subject line says ("Re: Science
        # fair topic", "book club question").
        ("letter", letter),
        ("first line", _first_type(_top_lines(structure.text))),
        ("header", parse_entry_type(metadata.get("subject", ""))),
        ("headings", _first_type(_headings(structure))),
        ("header", _kind_by_header_keys(structure)),
        ("speakers", None if _rated_by_skill(structure) else _discussion_by_shape(structure)),
        # "Expedition Log" over one student's "I sat down ...", "I forgot my ...": a log,
        # a note, told by the student in the first person is their own journal; only
        # without that voice does the word make it the teacher's.
        ("voice", _in_students_own_voice(structure, roster)),
        ("title", _first_alias(" ".join(_words(t) for t in titles), WEAK_ALIASES)),
        ("file name", _first_alias(_words(_stem(file_name)), WEAK_ALIASES)),
        ("first line", _first_alias(_words(_opening_label(structure.text)), WEAK_ALIASES)),
        ("narrative", _observed_by_teacher(structure, roster)),
        ("voice", _by_voice(structure, roster)),
        ("narrative", _narrated_by_teacher(structure, roster)),
    ]
    for source, kind in candidates:
        if kind is not None:
            if kind is EntryType.TEACHER_OBSERVATION_NOTE and _only_a_setting(
                [_stem(file_name), *titles], structure
            ):
                # "advisory talk - phone policy" over turns of its students: the advisory
                # is where the talk happened, the turns what it is.
                kind, source = _discussion_by_shape(structure) or kind, "speakers"
            if source in NAMING_SOURCES and _conference_in_students_own_voice(
                kind, [_stem(file_name), *titles], structure, roster
            ):
                kind, source = EntryType.REFLECTION_JOURNAL, "voice"
            if source in NAMING_SOURCES and _notes_of_a_talk(
                kind, [_stem(file_name), *titles], structure
            ):
                kind, source = EntryType.TEACHER_OBSERVATION_NOTE, "narrative"
            if source == "file name" and _teachers_own_heading(kind, structure, roster):
                kind, source = EntryType.TEACHER_OBSERVATION_NOTE, "first line"
            if source in NAMING_SOURCES and _check_in_told_by_teacher(
                kind, [_stem(file_name), *titles], structure, roster
            ):
                kind, source = EntryType.TEACHER_OBSERVATION_NOTE, "narrative"
            if (
                kind is EntryType.TEACHER_OBSERVATION_NOTE
                and source in NAMING_SOURCES
                and _family_account_first(structure)
            ):
                # "Parent Conference" over "Dad's report" then "Teacher notes": the notes
                # set down what the family told first, apart from the teacher's own.
                kind, source = EntryType.PARENT_NOTE, "headings"
            sources["type"] = source
            return kind
    raise NeedsEntryType(
        f"{file_name}: I could not tell what kind of document this is. Say it in the message "
        "(e.g. 'reflection', 'observation', 'group discussion') or add a 'Type:' line."
    )


def _notes_of_a_talk(kind: EntryType, names: Sequence[str], structure: Segmentation) -> bool:
    """ "block 2 notes (lit circles)", "Group work notes - town meeting": notes of a talk
    the students had, in sentences with no one's turns, are the teacher's notes on it; the
    talk names where they were taken, not what they are."""
    if not kind.is_transcript or kind is EntryType.PROJECT_PRESENTATION_TRANSCRIPT:
        return False
    words = " ".join(_words(name) for name in names)
    return " notes " in words and not structure.turns


def _check_in_told_by_teacher(
    kind: EntryType,
    names: Sequence[str],
    structure: Segmentation,
    roster: Sequence[RosterStudent],
) -> bool:
    """ "check-in w Finn" over "Asked Finn how ... His words: "I start on the bus ..." He
    also said ...": a check-in the teacher writes up, telling of the student and quoting
    them, is her note; a student's own check-in says "I" outside quotation marks."""
    if (
        kind is not EntryType.REFLECTION_JOURNAL
        or _first_alias(" ".join(_words(name) for name in names), CHECK_IN_ALIASES) is None
    ):
        return False
    # A quotation may run over a line and a sentence: out before the sentences are read.
    body = re.sub(r"\"[^\"]*\"|\u201c[^\u201d]*\u201d", '""', structure.body_text())
    about = writer = 0
    for line in body.split("\n"):
        for sentence in SENTENCE_BREAK.split(line):
            words = re.findall(r"[a-z\u2019']+", sentence.lower())
            hits = names_in(sentence.lstrip("*_#>-\u2022 \t")[:40], roster)
            if (hits and hits[0][0] == 0) or (words and words[0] in THIRD_PERSON):
                about += 1
            if any(word in FIRST_PERSON and word != "me" for word in words[:1]):
                writer += 1
    return writer == 0 and about >= 2


CHECK_IN_ALIASES = (
    ("check in", EntryType.REFLECTION_JOURNAL),
    ("checkin", EntryType.REFLECTION_JOURNAL),
)
CONFERENCE_ALIASES = (
    ("conference", EntryType.TEACHER_OBSERVATION_NOTE),
    ("conf", EntryType.TEACHER_OBSERVATION_NOTE),
)


def _conference_in_students_own_voice(
    kind: EntryType,
    names: Sequence[str],
    structure: Segmentation,
    roster: Sequence[RosterStudent],
) -> bool:
    """ "Student-led conference prep" over "Student: Tessa" and "I am good at planning ...
    Now I just ask what the new plan is": a conference is the teacher's note when she tells
    of it, but a sheet the student fills in for it, in their own voice throughout, is their
    reflection."""
    if (
        kind is not EntryType.TEACHER_OBSERVATION_NOTE
        or _first_alias(" ".join(_words(name) for name in names), CONFERENCE_ALIASES) is None
    ):
        return False
    return _in_students_own_voice(structure, roster) is EntryType.REFLECTION_JOURNAL


def _family_account_first(structure: Segmentation) -> bool:
    """A write-up whose first section is headed as the family's account ("Parents shared",
    "Dad's report"), before any section of the teacher's own ("Teacher notes")."""
    for line in structure.text.split("\n")[:SECTION_LINES]:
        label = line.strip().strip("#*_ \t")
        if FAMILY_ACCOUNT.fullmatch(label):
            return True
        if TEACHER_SECTION.fullmatch(label):
            return False
    return False


# Words that name where a talk happened or what it was recorded on, not what it is.
SETTING_WORDS = (" advisory ", " voice memo ", " voice memos ")


def _only_a_setting(texts: Sequence[str], structure: Segmentation) -> bool:
    """The kind was read from a word that names where it happened ("advisory") or what it
    was recorded on ("voice memo"), not what was said, and the document is turns of two or
    more speakers."""
    words = " ".join(_words(text) for text in texts)
    # "transcribed from voice memo" says how it was recorded, as "advisory" says where.
    setting = next((word for word in SETTING_WORDS if word in words), None)
    if setting is None or not _discussion_by_shape(structure):
        return False
    return parse_entry_type(words.replace(setting, " ")) is None


def _top_lines(text: str, count: int = 3) -> list[str]:
    """The document's first lines that read as a title (short, not a sentence): the first,
    or below a page's running header ("Ms. Ortiz - Math 7 - 3/3/26") or a form's table."""
    lines = [line.strip() for line in text.split("\n") if line.strip()][:count]
    return [
        line
        for line in lines
        if len(line.split()) <= MAX_TITLE_WORDS
        and (not line.endswith((".", "?", "!", ",", ";")) or INITIAL_END.search(line))
    ]


def _kind_by_header_keys(structure: Segmentation) -> EntryType | None:
    """An "Observer:" line is an observation's; a "Presenter:" line, with nothing saying it
    is feedback, a presentation's."""
    labels = {canonical_key(span.label or "") for span in structure.of_role(Role.METADATA)}
    if labels & {"observer", "observed by"}:
        return EntryType.TEACHER_OBSERVATION_NOTE
    if labels & REVIEWER_KEYS - {"partner"}:
        # "Presenter: Owen / Reviewer: Talia": one student's feedback on another's work.
        return EntryType.PEER_FEEDBACK
    if "presenter" in structure.metadata:
        return EntryType.PROJECT_PRESENTATION_TRANSCRIPT
    return None


def _opening_label(text: str) -> str:
    """ "Quick note 3/3: Talia was ...": the few words a first line opens with, before a colon."""
    line = next((line.strip() for line in text.split("\n") if line.strip()), "")
    label, colon, _ = line.partition(":")
    return label if colon and len(label.split()) <= 5 else ""


def _body_sentences(structure: Segmentation) -> list[str]:
    """The body's sentences in order, past a letter's salutation."""
    lines = [
        line.strip()
        for line in structure.body_text().split("\n")
        if line.strip() and not SALUTATION.match(line)
    ]
    return [piece for line in lines for piece in SENTENCE_BREAK.split(line) if piece.strip()]


def _observed_by_teacher(
    structure: Segmentation, roster: Sequence[RosterStudent]
) -> EntryType | None:
    """ "Observed Lila during the lab.", "Conferenced with Owen about his essay": a teacher's
    own words about a student, however the file is named. Students write "I met with"."""
    for sentence in _body_sentences(structure)[:3]:
        opening = OBSERVING.match(sentence)
        if opening and students_named(sentence[opening.end() :][:40], roster):
            return EntryType.TEACHER_OBSERVATION_NOTE
    return None


def _by_voice(structure: Segmentation, roster: Sequence[RosterStudent]) -> EntryType | None:
    """A document whose header or title names one student and says nothing of its kind:
    written about them throughout ("she", "he", never "I") it is the teacher's note; written
    in the first person throughout, it is the student's own reflection."""
    if structure.turns or len(_labelled_student(structure, roster)) != 1:
        return None
    words = re.findall(r"[a-z\u2019']+", structure.body_text().lower())
    first = sum(1 for word in words if word in FIRST_PERSON)
    third = sum(1 for word in words if word in THIRD_PERSON)
    # The student's words in quotation marks ("at home, or in my cousin's car") are theirs,
    # and a "me" the teacher is told something ("couldn't tell me") is not a writer's "I".
    told = re.findall(r"[a-z\u2019']+", QUOTED_WORDS.sub(" ", structure.body_text()).lower())
    writer = sum(1 for word in told if word in FIRST_PERSON and word != "me")
    if third >= 2 and writer == 0:
        return EntryType.TEACHER_OBSERVATION_NOTE
    if first >= 3 and third == 0:
        return EntryType.REFLECTION_JOURNAL
    return None


def _in_students_own_voice(
    structure: Segmentation, roster: Sequence[RosterStudent]
) -> EntryType | None:
    """The one student the header or title names writes the body: in the first person
    throughout, and never naming themselves (a teacher's "I asked Ines ..." names her)."""
    if _by_voice(structure, roster) is not EntryType.REFLECTION_JOURNAL:
        return None
    (student,) = _labelled_student(structure, roster)
    if student in students_named(structure.body_text(), roster):
        return None
    return EntryType.REFLECTION_JOURNAL


def _sent_by_mail(structure: Segmentation) -> bool:
    """The document is an email (its own From: header, or the email it forwards): who wrote
    it is who sent it, not the teacher who files it."""
    forwarded = forwarded_message(structure.text)
    return bool((forwarded.sender if forwarded else "") or structure.metadata.get("from"))


def _narrated_by_teacher(
    structure: Segmentation, roster: Sequence[RosterStudent]
) -> EntryType | None:
    """A note that never says what it is, told about a student: its sentences open on the
    student ("Wren set up ...", "She asked ...") and none on its writer ("I ...", "We ..."),
    the student's own words only in quotation marks. A jotted "Wren - set up the shelf" is
    such a sentence; two of them (or one jotted) make the teacher's note."""
    if structure.turns or LETTER_OPENING.match(structure.text[structure.body_start :]):
        return None
    about = writer = 0
    jotted = False
    for sentence in _body_sentences(structure):
        bare = QUOTED_WORDS.sub('""', sentence).lstrip("*_#>-\u2022 \t")
        first = re.match(r"[\w'\u2019]+", bare)
        word = first.group(0).lower() if first else ""
        hits = names_in(bare[:40], roster)
        if hits and hits[0][0] == 0:
            about += 1
            jotted = jotted or bool(JOTTED_LABEL.match(bare[hits[0][1] :]))
        elif word in THIRD_PERSON:
            about += 1
        elif word in FIRST_PERSON or word in ("we", "our", "us"):
            writer += 1
    if writer == 0 and (about >= 2 or jotted):
        return EntryType.TEACHER_OBSERVATION_NOTE
    return None


def _labelled_student(structure: Segmentation, roster: Sequence[RosterStudent]) -> list[str]:
    """The students the header (Student:, Name:, Re:) or the title names."""
    values = [structure.metadata.get(key, "") for key in ("student", "presenter", "subject")] + [
        structure.title or ""
    ]
    found: list[str] = []
    for value in values:
        student = student_for_label(value, roster) if value else None
        named = [student.id] if student else students_named(value, roster)
        found += [sid for sid in named if sid not in found]
    return found


def _discussion_by_shape(structure: Segmentation) -> EntryType | None:
    """Turns of two or more speakers, one of them the teacher's student: a discussion was
    transcribed, whatever the title calls the lesson."""
    speakers = {(span.speaker or "").lower() for span in structure.turns}
    if len(speakers) >= 2 and structure.speaking_students():
        if _audience_set_apart(structure):
            # "Jonah (audience): Can you do the last stanza again?": whoever the transcript
            # sets apart as the audience watched the others present.
            return EntryType.PROJECT_PRESENTATION_TRANSCRIPT
        words: Counter[str] = Counter()
        turns: Counter[str] = Counter()
        # Every student taking part shares the floor: one from another class the header
        # lists with the group (a visiting mentor) as much as the teacher's own.
        said = 0
        for span in structure.turns:
            if span.student_id:
                words[span.student_id] += len(span.text_in(structure.text).split())
                turns[span.student_id] += 1
            if span.student_id or _a_listed_visitor(span, structure.metadata):
                said += len(span.text_in(structure.text).split())
        ((leader, most),) = words.most_common(1)
        at_length = turns[leader] >= PRESENTER_TURNS or most >= PRESENTER_WORDS
        if at_length and most >= PRESENTER_SHARE * said:
            # One student holds the floor, the others put in a line or a question: a
            # presentation (a museum night, a practice talk) with its audience.
            return EntryType.PROJECT_PRESENTATION_TRANSCRIPT
        if _one_coaches_the_other(structure):
            return EntryType.PEER_TUTORING_TRANSCRIPT
        return EntryType.GROUP_DISCUSSION_TRANSCRIPT
    return None


def _audience_set_apart(structure: Segmentation) -> bool:
    """A line of the talk whose label, or a note opening its words, sets its speaker apart
    as one of the audience: "Audience member:", "Jonah (audience):", "Jonah: (from the
    audience) ...". An "Audience:" label reads as a header's key, so every line from the
    first turn on is looked at, not only the turns."""
    text = structure.text
    first = min(turn.start for turn in structure.turns)
    lines = text[text.rfind("\n", 0, first) + 1 :].split("\n")
    return any(AUDIENCE_MARK.search(line[:AUDIENCE_NOTE_CHARS]) for line in lines)


def _a_listed_visitor(turn: Span, metadata: dict[str, str]) -> bool:
    """A speaker not on the teacher's roster whom the header lists among those taking part
    ("Group: Santi, Wyatt (with Priya from Ms. V's club)"), by a name and no adult's ("Priya",
    not "Ms. V" or "Mom"): a student from another class."""
    label = (turn.speaker or "").strip()
    given = _words(label).split()[:1]
    return (
        turn.speaker_kind == OTHER
        and bool(given)
        and f" {given[0]} " in _words(metadata.get("participants", ""))
        and _reads_as_a_name(label)
        and not is_adult_label(label)
        and not FAMILY.search(label)
    )


def _one_coaches_the_other(structure: Segmentation) -> bool:
    """Two of the teacher's students, one of whom keeps telling the other what to try and
    how it went ("Want me to show you?", "Try asking how they pick the menu.", "That's a
    good one"), while the other never does: one student tutoring another, whatever the
    session is called. Students talking as equals seldom do it at all."""
    moves: Counter[str] = Counter()
    for span in structure.turns:
        if span.student_id and span.student_id != UNKNOWN_PERSON:
            said = QUOTED_WORDS.sub('""', span.text_in(structure.text))
            sentences = [s.strip(" -*\"'\u201c\u201d") for s in SENTENCE_BREAK.split(said)]
            # Counted for every student who speaks, the one who never coaches too.
            moves[span.student_id] += sum(1 for s in sentences if COACHING.match(s))
    if len(moves) != 2:
        return False
    (_, most), (_, fewest) = moves.most_common()
    return most >= COACHING_MOVES and fewest <= COACHING_SLIPS


def _teachers_own_heading(
    kind: EntryType, structure: Segmentation, roster: Sequence[RosterStudent]
) -> bool:
    """ "Morrow - Ty planning check-in.pdf" over "Advisory notes" and sentences about Ty: a
    check-in the file name calls a reflection, which the document heads as the teacher's
    notes and tells about the student, never in the student's own voice, is the teacher's."""
    if kind is not EntryType.REFLECTION_JOURNAL:
        return False
    heading = _first_type(_top_lines(structure.text))
    if heading is not EntryType.TEACHER_OBSERVATION_NOTE:
        return False
    # A form's "Check-in:" label may read as a speaker's: the sentences are what tell.
    about = writer = 0
    for sentence in _body_sentences(structure):
        bare = QUOTED_WORDS.sub('""', sentence).lstrip("*_#>-\u2022 \t")
        first = re.match(r"[\w'\u2019]+", bare)
        word = first.group(0).lower() if first else ""
        hits = names_in(bare[:40], roster)
        if (hits and hits[0][0] == 0) or word in THIRD_PERSON:
            about += 1
        elif word in FIRST_PERSON or word in ("we", "our", "us"):
            writer += 1
    return writer == 0 and about >= 2


def _shape_of_bare_transcript(
    kind: EntryType,
    file_name: str,
    structure: Segmentation,
    properties: DocumentProperties,
    sources: dict[str, str],
) -> EntryType:
    """ "Zoom meeting transcript - History Day practice": the word says it was transcribed,
    not what was said. What was said is the activity another of its naming lines names
    ("Presentation, December 9 - Ana R." over a "Transcript" heading), else its turns: they
    say whether one student held the floor (a presentation with its audience's questions),
    or one student coached the other. A first line ("Transcript (phone recording),
    speakers: ...") says no more than a title."""
    named = [line for line in _top_lines(structure.text) if parse_entry_type(line)]
    read_from = {"file name": _stem(file_name), "title": structure.title or ""}
    read_from["first line"] = named[0] if named else ""
    read_from["document properties"] = next(
        (words for words in properties.words() if parse_entry_type(words)), ""
    )
    read_from["headings"] = next(
        (heading for heading in _headings(structure) if parse_entry_type(heading)), ""
    )
    text = read_from.get(sources.get("type", ""))
    if text is None or not _only_transcript(text, kind):
        return kind
    # Only the lines above the talk name it: a turn may speak of "our presentation".
    above = structure.text[: min((turn.start for turn in structure.turns), default=None)]
    return _activity_named([*read_from.values(), *_top_lines(above)]) or (
        _discussion_by_shape(structure) or kind
    )


def _activity_named(texts: Sequence[str]) -> EntryType | None:
    """The first activity one of a document's naming lines names ("Presentación, 9 de
    diciembre"), when another says only that it was transcribed."""
    for text in texts:
        kind = _head_activity(text) if text else None
        if kind is not None:
            return kind
    return None


def _notes_laid_out_as_turns(
    kind: EntryType, structure: Segmentation, sources: dict[str, str]
) -> bool:
    """What reads as turns of the teacher's students ("Rafa: honestly the story of the day.
    When the motor burned out he didn't panic ...") tells of each one in the third person:
    every student's paragraph says "he", "she" of someone more than "I" of its speaker,
    their own words only in quotation marks, and each student has one paragraph. Nobody
    speaks of themselves so: these are the teacher's notes on each, whatever activity the
    title names. Students who talk of a story's characters ("She lost everything, her
    dad ...") speak more than once. A type the teacher gave (argument, message, a "Type:"
    line) stands."""
    if not kind.is_transcript or sources.get("type") in ("argument", "message", "header"):
        return False
    turns = [span for span in structure.turns if span.student_id not in (None, UNKNOWN_PERSON)]
    if len(turns) < 2 or len({span.student_id for span in turns}) < len(turns):
        return False
    return all(_tells_of_someone_else(span.text_in(structure.text)) for span in turns)


def _tells_of_someone_else(words: str) -> bool:
    said = re.findall(r"[a-z\u2019']+", QUOTED_WORDS.sub('""', words).lower())
    third = sum(1 for word in said if word in THIRD_PERSON)
    first = sum(1 for word in said if word in FIRST_PERSON)
    return third >= TOLD_OF_PRONOUNS and third > first


def _only_transcript(text: str, kind: EntryType | None) -> bool:
    """The text names its kind only by "transcript", with no activity."""
    if kind is not EntryType.GROUP_DISCUSSION_TRANSCRIPT:
        return False
    words = _words(text)
    bare = " transcript " in words or " transcripts " in words
    named = kind.value.replace("_", " ") in words
    return bare and not named and _first_alias(words, ACTIVITY_ALIASES) is None


def _rated_by_skill(structure: Segmentation) -> bool:
    """ "Organization: E", "- Maria: Collaboration, Social Awareness": lines that read as turns
    but rate or list a student's skills. Nobody says them aloud: labelled blocks with such
    lines are a teacher's notes on each student, not a transcript."""
    for turn in structure.turns:
        words = turn.text_in(structure.text).strip()
        if _is_skill(turn.speaker or "") and len(words.split()) <= RATING_WORDS:
            return True
        items = [item for item in re.split(r"\s*[,;]\s*", words) if item]
        if items and all(_is_skill(item) for item in items):
            return True
    return False


def _is_skill(text: str) -> bool:
    try:
        Skill.parse(text.strip(" *_.-"))
    except ValueError:
        return False
    return True


def _first_type(texts: Sequence[str]) -> EntryType | None:
    for text in texts:
        kind = parse_entry_type(text)
        if kind is not None:
            return kind
    return None


def _headings(structure: Segmentation) -> list[str]:
    return [
        span.text_in(structure.text)
        for span in structure.spans[:12]
        if span.role in (Role.HEADING, Role.TITLE)
    ]


def _letter_from_home(
    structure: Segmentation, roster: Sequence[RosterStudent] = (), titles: Sequence[str] = ()
) -> EntryType | None:
    """An email or a letter signed by a parent: "From: ... (Eva's mom)", "- Dana, Leo's dad",
    "Note from Eva's mom", or sent by someone who shares a student's family name."""
    text = structure.text
    sender = structure.metadata.get("from", "")
    forwarded = forwarded_message(text)
    if forwarded is not None:
        # The teacher forwards a family's email (to herself, to the file): the letter is the
        # forwarded one, from whoever wrote it.
        sender = forwarded.sender or sender
        text = forwarded.body
        if FAMILY_VOICE.search(text) or (
            LETTER_OPENING.match(text) and FAMILY.search("\n".join(text.rstrip().split("\n")[-3:]))
        ):
            return EntryType.PARENT_NOTE
    if FAMILY.search(sender):
        return EntryType.PARENT_NOTE
    if any(re.search(r"\bfrom\b", title, re.I) and FAMILY.search(title) for title in titles):
        return EntryType.PARENT_NOTE
    if sender and _family_of(sender, roster):
        return EntryType.PARENT_NOTE
    starts_as_letter = LETTER_OPENING.match(text[structure.body_start :])
    if (starts_as_letter or sender) and _from_family_by_title(titles, roster):
        return EntryType.PARENT_NOTE
    if not starts_as_letter:
        return None
    tail = "\n".join(_before_quoted_reply(text).rstrip().split("\n")[-3:])
    if FAMILY.search(tail) or FAMILY_VOICE.search(text[structure.body_start :]):
        return EntryType.PARENT_NOTE
    # Signed by someone who carries a student's family name, and is not the student.
    signer = _signed_by(structure)
    if _family_of(signer, roster) or _family_name_first(signer or sender, roster):
        return EntryType.PARENT_NOTE
    return None


def _family_name_first(writer: str, roster: Sequence[RosterStudent]) -> bool:
    """A letter signed family name first, as many families write their names ("Park
    Min-seo" for Jun-ho Park's mother): the first word is a student's family name, and the
    name is not a student's own, as written or turned around ("Park Jun-ho")."""
    words = re.findall(r"[^\W\d_][\w'-]+", re.sub(r"<[^>]*>|\([^)]*\)", " ", writer))
    if not 2 <= len(words) <= 3:
        return False
    turned = " ".join([*words[1:], words[0]]).lower()
    if any(student.name.lower() in (turned, " ".join(words).lower()) for student in roster):
        return False
    return any(shares_family_name(f"{words[1]} {words[0]}", student.name) for student in roster)


def _from_family_by_title(titles: Sequence[str], roster: Sequence[RosterStudent]) -> bool:
    """ "email from Mrs Park" over a letter about Jun-ho Park: the name says who wrote it, by
    the family name a student carries, however the letter itself is signed ("Park Min-seo",
    the family name first)."""
    for title in titles:
        for match in FROM_TITLED.finditer(title):
            writer = f"{match['title']} {match['name']}"
            if any(shares_family_name(writer, student.name) for student in roster):
                return True
    return False


@dataclass(frozen=True)
class Forwarded:
    sender: str
    sent: str
    body: str


def forwarded_message(text: str) -> Forwarded | None:
    """The message an email forwards inline ("---------- Forwarded message ---------",
    "Begin forwarded message:"): its From and Date lines and the words below them."""
    opening = FORWARD_LINE.search(text)
    if opening is None:
        return None
    lines = text[opening.end() :].lstrip("\n").split("\n")
    fields: dict[str, str] = {}
    while lines and (field := FORWARDED_FIELD.match(lines[0])) is not None:
        fields.setdefault(field["key"].lower(), field["value"].strip())
        lines = lines[1:]
    body = "\n".join(lines).strip("\n")
    return Forwarded(fields.get("from", ""), fields.get("date") or fields.get("sent", ""), body)


def _signed_by(structure: Segmentation) -> str:
    """Where a letter's writer signs: its last short lines above a quoted reply, past a
    phone number or a "Maya's mom" under the name."""
    lines = [line.strip() for line in _before_quoted_reply(structure.text).split("\n")]
    lines = [line for line in lines if line and not re.fullmatch(r"[\d()+.\s-]{7,}", line)]
    # A mail app's own line under the name ("Sent from my iPhone", "Get Outlook for iOS").
    lines = [line for line in lines if not MAIL_APP_FOOTER.match(line)]
    # The day written under the name ("November 5", "Mon 10/20") is not who signs.
    while lines and len(lines[-1].split()) <= 4 and find_dates(lines[-1]):
        lines = lines[:-1]
    for line in reversed(lines[-3:]):
        name = re.sub(r"^(?:thanks?|thank you|best|regards|cheers)\b[^,\-\u2014]*[,\-\u2014]+",
                      "", line, flags=re.I).strip(" -\u2014")  # fmt: skip
        if 2 <= len(name.split()) <= 4 and "'" not in name:
            return name
    return lines[-1] if lines and len(lines[-1].split()) <= 4 else ""


def _child_of_writer(structure: Segmentation, roster: Sequence[RosterStudent]) -> str | None:
    """ "This is Owen's mom", "- Dana (Owen's dad)": the parent says whose they are."""
    text = _before_quoted_reply(structure.text)
    children = {
        student.id
        for match in CHILD_OF.finditer(text)
        if (student := student_for_label(match["child"], roster)) is not None
    }
    return children.pop() if len(children) == 1 else None


def _before_quoted_reply(text: str) -> str:
    """An email without the message it replies to ("> On Jan 27, ... wrote:", or Outlook's
    line of underscores over "From: ... Sent: ...")."""
    lines = text.split("\n")
    for number, line in enumerate(lines):
        if number and (QUOTED_REPLY_START.match(line) or opens_outlook_reply(lines, number)):
            return "\n".join(lines[:number])
    return text


def _family_of(sender: str, roster: Sequence[RosterStudent]) -> list[str]:
    """Students whose family name the sender of a letter carries (not the student)."""
    name = re.sub(r"<[^>]*>|\([^)]*\)", " ", sender)
    if "@" in name and not re.search(r"[A-Za-z]{2,}\s+[A-Za-z]{2,}", name.split("@")[0]):
        # Only an address: its local part is the name ("karen.cho@..." is Karen Cho).
        name = re.sub(r"[._-]+", " ", name.split("@")[0])
    # Letters of any alphabet: "Lucía Castaño" is the family of Inés Castaño.
    words = re.findall(r"[^\W\d_][\w'-]+", name)
    if not 2 <= len(words) <= 4:
        return []
    if any(student.name.lower() == " ".join(words).lower() for student in roster):
        # A student of the teacher's signs: a brother's or sister's family name, not a parent.
        return []
    writer = " ".join(words)
    return [student.id for student in roster if shares_family_name(writer, student.name)]


# --- The date -----------------------------------------------------------------------------


def _decide_date(
    given: date | None,
    file_name: str,
    structure: Segmentation,
    properties: DocumentProperties,
    sources: dict[str, str],
    today: date,
    order: DateOrder,
) -> date:
    def read(value: str | None) -> date | None:
        if not value:
            return None
        value = _without_print_stamp(value)
        found = find_dates(value, order=order, today=today)
        if found and WEEK_OF.search(value):
            return in_week(value, found)
        return range_end(value, order=order, today=today) or (found[0] if found else None)

    def loose(value: str | None) -> date | None:
        found = find_loose_dates(value, today=today, order=order) if value else []
        if found and WEEK_OF.search(value or ""):
            return in_week(value or "", found)
        return found[0] if found else None

    def in_week(value: str, found: list[date]) -> date:
        # "Week of Sept. 15": the week's first day, the day written; a day given inside
        # that week ("(Wed)", a second date, the notes' opening "Wed 10/22 - 3rd period")
        # is the day it happened. The file's own date is only when the notes were typed up.
        opening = find_dates(_opening(structure), order=order, today=today)
        days = (*found[1:], _weekday_in_week(value, found[0]), *opening)
        within = [d for d in days if d and timedelta(0) <= d - found[0] <= timedelta(days=6)]
        return within[0] if within else found[0]

    candidates: list[tuple[str, date | None]] = [
        ("argument", given),
        ("file name", read(_stem(file_name))),
        ("forwarded message", read(_forwarded_date(structure))),
        ("header", read(structure.metadata.get("date"))),
        ("title", read(structure.title)),
        ("file name", loose(_stem(file_name))),
        ("title", loose(structure.title)),
        ("header", read(" ".join(structure.metadata.values()))),
        ("document properties", _first_date(properties.words(), read)),
        ("post", read(_first_post_stamp(structure))),
        ("header", read(_sent_field(structure))),
        ("text", read(_opening(structure))),
        ("post", read(_stamped_line(structure))),
        ("text", _written_in_body(structure, properties, today, order)),
        ("text", _dated_below_signature(structure, order, today)),
        # A recorder's stamp is when the file was made, in its own time zone (Zoom's "GMT..."
        # is a day ahead of an American evening): below what the text itself says.
        ("file name", _compact_date(_stem(file_name), today)),
        # Last, what the file says of itself: a word processor's export keeps no date in its
        # text but stamps the file when it was made or saved.
        ("document properties", _recent(properties.created, today)),
        ("document properties", _recent(properties.modified, today)),
        ("text", _print_stamp_date(structure, order, today)),
        ("file name", _dotted_month_day(_stem(file_name), today, order)),
        ("file name", _month_day_digits(_stem(file_name), today, order)),
    ]
    for source, when in candidates:
        if when is not None:
            sources["date"] = source
            return when
    sources["date"] = "received"
    return today


def _sent_field(structure: Segmentation) -> str | None:
    """A printed message's own "Sent: Tuesday, September 9, 2025 6:48 PM", on a line of
    fields near the top ("From: ...   To: ...   Sent: ..."): the day it was written, however
    long ago, and not the day it was printed above it."""
    for line in structure.text[structure.body_start :].split("\n")[:STAMPED_LINES]:
        field = SENT_FIELD.search(line)
        if field is not None:
            return field.group("value")
    return None


def _month_day_digits(stem: str, today: date, order: DateOrder) -> date | None:
    """ "presentation_0415": the last guess before the day received."""
    found = find_month_day_digits(stem, today=today, order=order)
    return found[0] if found else None


def _dotted_month_day(stem: str, today: date, order: DateOrder) -> date | None:
    """ "yesi journal 4.2": a file name's "4.2" may be a number, but with nothing else to
    date the file it is more likely the day it was written than the day it was filed."""
    found = find_dotted_month_days(stem, today=today, order=order)
    return found[0] if found else None


def _weekday_in_week(value: str, start: date) -> date | None:
    """ "Observations wk of 11/17 (Wed)": the weekday a week's note names is its day."""
    named = WEEKDAY_NAME.search(value)
    if named is None:
        return None
    weekday = WEEKDAYS.index(named.group(1).lower()[:3])
    return start + timedelta(days=(weekday - start.weekday()) % 7)


def _without_print_stamp(value: str) -> str:
    """A printout's "Printed 09/10/2025" is when it came off the printer, after what it
    holds was written: the stamp's date is not the entry's."""
    return PRINT_STAMP.sub(" ", value)


def _print_stamp_date(structure: Segmentation, order: DateOrder, today: date) -> date | None:
    """With nothing else dating it, a printout is no later than the day it was printed."""
    for match in PRINT_STAMP.finditer(structure.text):
        found = find_dates(match.group(0), order=order, today=today)
        if found and found[0] <= today:
            return found[0]
    return None


def _dated_below_signature(structure: Segmentation, order: DateOrder, today: date) -> date | None:
    """A letter dated where it is signed: its last line only a date ("Mon 10/20", "November 5"),
    however long ago in the school year it was written."""
    if not LETTER_OPENING.match(structure.text[structure.body_start :]):
        return None
    lines = [line.strip() for line in _before_quoted_reply(structure.text).split("\n")]
    lines = [line for line in lines if line]
    last = lines[-1] if lines else ""
    found = find_dates(last, order=order, today=today) if len(last.split()) <= 4 else []
    return found[0] if found and found[0] <= today else None


def _compact_date(stem: str, today: date) -> date | None:
    """ "GMT20251014-183012_Recording", "Recording_20251210_1432": a recorder's name for its
    file carries the day it was made as YYYYMMDD."""
    for match in COMPACT_DATE.finditer(stem):
        try:
            when = date(int(match["y"]), int(match["m"]), int(match["d"]))
        except ValueError:
            continue
        if when <= today:
            return when
    return None


def _forwarded_date(structure: Segmentation) -> str | None:
    """A forwarded email is dated by the message it forwards, written before the forward;
    an Outlook reply's "Original Message" is what it answers, and is not its date."""
    if FORWARD_LINE.search(structure.text) is None:
        return None
    forwarded = forwarded_message(structure.text)
    subject = structure.metadata.get("subject", "")
    if forwarded is None or not re.match(r"\s*(?:fwd?|fw)\s*:", subject, re.I):
        return None
    return forwarded.sent or None


def _first_date(texts: Sequence[str], read: Callable[[str], date | None]) -> date | None:
    for text in texts:
        when = read(text)
        if when is not None:
            return when
    return None


def _first_post_stamp(structure: Segmentation) -> str | None:
    """A discussion board's thread ("Ana Ruiz - Oct 15, 2025 7:41pm" over each reply) is
    dated by its students' posts, not by the day the teacher posted the prompt: the stamp
    opening the first student's post."""
    for turn in structure.turns:
        if not turn.student_id or turn.student_id == UNKNOWN_PERSON:
            continue
        posted = _posted_above(structure, turn)
        if posted is not None:
            return posted
        first = turn.text_in(structure.text).lstrip().split("\n", 1)[0]
        if len(first.split()) <= 6 and POST_STAMP.search(first):
            return first
        return None
    return None


def _posted_above(structure: Segmentation, turn: Span) -> str | None:
    """The stamp the reader set apart over a post ("Ana Ruiz - Oct 15, 2025 7:41pm"): the
    last one above the turn, given by its poster."""
    stamps = [
        span
        for span in structure.of_role(Role.METADATA)
        if span.key == POSTED and span.end <= turn.start and span.label == turn.speaker
    ]
    return stamps[-1].text_in(structure.text) if stamps else None


def _stamped_line(structure: Segmentation) -> str | None:
    """A platform's post opens on who wrote it and when ("Ana Ruiz   Sep 26, 2025 at
    11:18am"): a short line near the top with a time of day says the day it was posted."""
    for line in structure.text.split("\n")[:STAMPED_LINES]:
        if POST_STAMP.search(line) and len(line.split()) <= STAMP_LINE_WORDS:
            return line
    return None


def _opening(structure: Segmentation) -> str:
    """The first two lines of the body, where a note often says when it happened."""
    lines = [line for line in structure.text[structure.body_start :].split("\n") if line.strip()]
    turns = structure.turns
    if turns and turns[0].start > structure.body_start:
        # A recording's export opens with its own lines above the first turn (a title, "Meeting
        # transcript", when it was recorded): all of them say when, however many they are.
        above = structure.text[structure.body_start : turns[0].start].split("\n")
        # A saved chat's "13:02:11 From Ana to Everyone:" is the first turn's label, its
        # words below it: not a line of its own above the turns.
        preamble = [line for line in above if line.strip() and turn_match(line) is None]
        if preamble and len(preamble) <= PREAMBLE_LINES:
            return "\n".join(preamble)
    return "\n".join(lines[:2])


def _written_in_body(
    structure: Segmentation, properties: DocumentProperties, today: date, order: DateOrder
) -> date | None:
    """A date written further down ("During Tuesday's lab (3/3) ..."): the first that could be
    the day it happened. A plan's date ("we meet again on 3/10") is after the file was made,
    or after today, and a date long past is a birthday or a unit's start, not this entry's."""
    made = max((d for d in (properties.created, properties.modified) if d), default=None)
    latest = min(today, made) if made and made <= today else today
    body = _without_print_stamp(structure.text[structure.body_start :])
    for line in body.split("\n"):
        for when in find_dates(line, order=order, today=today):
            if when <= latest and today - when <= BODY_DATE_WINDOW:
                # "Data collected 2/9 - 2/18/2026": a report over a window is dated when the
                # window closes.
                end = range_end(line, order=order, today=today)
                return end if end is not None and when < end <= latest else when
    return None


def _recent(when: date | None, today: date) -> date | None:
    if when is None or when > today or today - when > PROPERTY_DATE_WINDOW:
        return None
    return when


# --- The student(s) -----------------------------------------------------------------------


def _decide_students(
    given: str | None,
    message_text: str | None,
    file_name: str,
    structure: Segmentation,
    properties: DocumentProperties,
    roster: Sequence[RosterStudent],
    by_id: dict[str, RosterStudent],
    sources: dict[str, str],
    kind: EntryType,
) -> list[str]:
    metadata = structure.metadata
    # Every student header, not only the first: a feedback file holds a form per presenter.
    header_text = " ; ".join(
        span.text_in(structure.text)
        for span in structure.of_role(Role.METADATA)
        if span.key in STUDENT_KEYS
    ).strip(" ;")
    person_text = " ; ".join(metadata.get(key, "") for key in PERSON_KEYS).strip(" ;")
    # Documents and messages name students by handle ("S001"); the roster keys them by
    # the SIS's id. A picker's answer is already a key.
    keys = {student.handle: student.id for student in by_id.values()}

    def named(found: list[str]) -> list[str]:
        return [keys.get(handle, handle) for handle in found]

    id_candidates: list[tuple[str, list[str]]] = [
        ("argument", [given if given in by_id else keys.get(given, given)] if given else []),
        ("message", named(STUDENT_ID_IN_TEXT.findall(message_text or ""))),
        ("file name", named(STUDENT_ID_IN_TEXT.findall(_stem(file_name)))),
        ("header", named(STUDENT_ID_IN_TEXT.findall(person_text))),
    ]
    for source, found in id_candidates:
        if found:
            unknown = [sid for sid in found if sid not in by_id]
            if unknown:
                raise IngestError(
                    f"{file_name}: {', '.join(unknown)} is not one of the students on your roster."
                )
            sources["student"] = source
            return list(dict.fromkeys(found))

    sheet = _feedback_forms(structure, roster, kind)
    if sheet.forms and sheet.unsure:
        # A form's name that may be one of the teacher's students: never a guess.
        raise NeedsStudent(
            f"{file_name}: one of its forms names someone I can't match to one of your "
            "students; say which ones it is about (e.g. 'S001 S002 peer feedback').",
            candidates=sheet.unsure,
        )
    if sheet.forms:
        sources["student"] = "feedback forms"
        return list(dict.fromkeys(sid for _, _, people in sheet.forms for sid in people))
    pair = _feedback_pair(structure, roster, kind)
    if pair is not None:
        sources["student"] = "feedback giver and receiver"
        return pair
    by_header = students_named(header_text, roster, labelled=True)
    if by_header:
        sources["student"] = "header names"
        reviewer = _reviewer_who_is_answered(structure, roster, kind)
        if reviewer and reviewer not in by_header:
            sources["student"] = "header names and reviewer"
            return [*by_header, reviewer]
        return by_header
    named_one = " ; ".join(metadata.get(key, "") for key in ("student", "presenter")).strip(" ;")
    if _reads_as_a_name(named_one):
        # The header names someone, and it is none of this teacher's students (or a first
        # name two of them share): the text's other names must not decide it.
        raise NeedsStudent(
            f"{file_name}: its header names a student I can't match to one of yours; "
            "say which one it is about (e.g. 'S001 reflection').",
            candidates=_sharing_a_first_name(header_text, roster),
        )
    writer = _student_author(metadata.get("author", ""), properties, roster, kind)
    if writer is not None:
        sources["student"] = "author"
        return [writer]
    regarding = student_for_label(metadata.get("subject", ""), roster)
    if regarding is not None:
        # "Re: Hope": the subject line is only a name, so even an everyday word is a name.
        sources["student"] = "header names"
        return [regarding.id]
    headed = _headed_blocks(structure, roster)
    if len(headed) > 1 and kind is not EntryType.PEER_FEEDBACK:
        # "Amara P. -" over a paragraph, "Grace A. -" over the next: notes on each, however
        # the first of them would read as the note's title.
        sources["student"] = "notes on each"
        return headed
    named_piece = _named_piece([structure.title or "", *_title_lines(structure)], roster)
    if named_piece is not None:
        # "Conf. w/ Mrs. Tran -- Lily -- Fri, March 20": a piece of the title that is only
        # a name is a label, so even a name that is an everyday word counts.
        sources["student"] = "title"
        return [named_piece]
    # A note's short first line that names one student is its title in all but layout
    # ("Call with Mrs. Lee (Maya's mom) - 10/9"); a journal's first line may name a classmate.
    opening = [
        line
        for line in _top_lines(structure.text, 1)
        if kind in (EntryType.PARENT_NOTE, EntryType.TEACHER_OBSERVATION_NOTE)
        and len(line.split()) <= MAX_TITLE_WORDS
        and not structure.title
    ]
    for source, texts in (
        ("header names", [metadata.get("subject", ""), metadata.get("from", "")]),
        ("title", [structure.title or "", *opening]),
        ("document properties", properties.words()),
    ):
        for text in texts:
            found = students_named(text, roster)
            if len(found) == 1:
                sources["student"] = source
                return found
    speaking = structure.speaking_students()
    if speaking:
        sources["student"] = "speakers"
        return speaking
    by_file = _named_by_file(file_name, roster)
    if by_file is not None and kind is not EntryType.PEER_FEEDBACK:
        # "Danny Cho presentation.docx", "Zoë M journal.docx": a file named after one student
        # is theirs, whoever its text goes on to name (a classmate asked a question, helped).
        sources["student"] = "file name"
        return [by_file]
    noted = structure.noted_students()
    if kind is EntryType.TEACHER_OBSERVATION_NOTE and len(noted) <= 1:
        # "Malik blurted out... / Izzy helped... / Dmitri - no pencil": a teacher's notes on
        # several students, a paragraph each, opening with the student's name.
        each = structure.noted_students(named_first=True)
        # A table below the notes ("Follow up | Date", "Call Ana's mum | 15/09") is the
        # teacher's to-do list, not more paragraphs on the students.
        prose = [
            span
            for span in structure.of_role(Role.PROSE)
            if span.start >= structure.body_start
            and span.section is None
            and not _on_a_table_row(structure, span)
        ]
        openers = [span for span in prose if span.student_id or span.named_first]
        # Only a sheet of such lines (most of its paragraphs open on a student), and not a
        # note that keeps coming back to one student ("Maya worked alone. Maya ... / Leo
        # asked her for help" is about Maya), unless each other student's paragraph is a
        # note of its own, telling of them alone.
        subject = _subject_of_narrative(structure, roster)
        # Beside a note labelled "Priya - ...", half the paragraphs opening on a student is
        # a sheet of such notes: the others open on the day's part ("4th: lit circles").
        labelled = any(span.student_id for span in openers)
        if (
            len(each) > 1
            and (
                3 * len(openers) >= 2 * len(prose) or (labelled and 2 * len(openers) >= len(prose))
            )
            and (subject is None or _each_a_note_alone(structure, openers, subject, roster))
        ):
            noted = each
    if len(noted) > 1 or (noted and kind is not EntryType.REFLECTION_JOURNAL):
        # One "Talia - helped me today" in a journal is the writer's line about a classmate;
        # a sheet of them is each student's answer.
        sources["student"] = "notes on each"
        return noted
    if kind is EntryType.PARENT_NOTE:
        # The sender's name, or where it is only an address, the name the letter is signed with.
        family = _family_of(metadata.get("from", ""), roster) or _family_of(
            _signed_by(structure), roster
        )
        if len(family) == 1:
            sources["student"] = "family name"
            return family
        child = _child_of_writer(structure, roster)
        if child is not None:
            sources["student"] = "family name"
            return [child]
    mentioned = students_named(structure.body_text(), roster)
    unsure = _someone_else(structure, roster)
    if mentioned and unsure is not None:
        # "Devin" with two Devins on the roster, or "Observed Marcus" who is on no roster: the
        # note may be about them, so the one classmate it also names must not decide it.
        raise NeedsStudent(
            f"{file_name}: it names someone I can't match to one of your students; say which "
            "one it is about (e.g. 'S001 observation').",
            candidates=list(dict.fromkeys([*unsure, *mentioned])),
        )
    if len(mentioned) > 1 and kind in (EntryType.TEACHER_OBSERVATION_NOTE, EntryType.PARENT_NOTE):
        subject = _subject_of_narrative(structure, roster) or _subject_told_on(structure, roster)
        if subject is not None:
            sources["student"] = "subject of the note"
            return [subject]
        together = _conference_participants(structure, roster, kind, file_name)
        if together:
            sources["student"] = "conference participants"
            return together
    if len(mentioned) == 1 and kind is not EntryType.REFLECTION_JOURNAL:
        sources["student"] = "names in text"
        return mentioned
    if len(mentioned) == 1:
        # A journal is written in the first person: the one student it names is more
        # often a classmate than the writer.
        raise NeedsStudent(
            f"{file_name}: it names {by_id[mentioned[0]].name} but not as its writer; say "
            "whose it is (e.g. 'S001 reflection').",
            candidates=mentioned,
        )
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


def _on_a_table_row(structure: Segmentation, span: Span) -> bool:
    line_start = structure.text.rfind("\n", 0, span.start) + 1
    line_end = structure.text.find("\n", span.start)
    line = structure.text[line_start : line_end if line_end >= 0 else len(structure.text)]
    return "|" in line and TABLE_ROW.match(line) is not None


def _each_a_note_alone(
    structure: Segmentation, openers: list[Span], subject: str, roster: Sequence[RosterStudent]
) -> bool:
    """Every paragraph opening on a student other than the one a note comes back to tells
    of that student alone: it names no one else and says no "him", "her" or "they" that may
    be the other ("Leo asked her for help" goes on with Maya's story; "When the graph broke,
    Leo found the missing cell" is a note on Leo)."""
    for span in openers:
        owner = span.student_id or span.named_first
        if owner == subject:
            continue
        words = span.text_in(structure.text)
        if any(sid != owner for _, _, sid in names_in(words, roster)):
            return False
        pronouns = THIRD_PERSON | {"they", "them", "their"}
        if any(word in pronouns for word in re.findall(r"[a-z]+", words.lower())):
            return False
    return True


def _headed_blocks(structure: Segmentation, roster: Sequence[RosterStudent]) -> list[str]:
    """The students a sheet has a block about, each under a line that is only their name."""
    heads = {
        student
        for span in structure.of_role(Role.HEADING)
        if (student := student_heading(span.text_in(structure.text), roster)) is not None
    }
    return [sid for sid in structure.noted_students() if sid in heads]


def _named_by_file(file_name: str, roster: Sequence[RosterStudent]) -> str | None:
    """The one student a file's name names, as a name is written (capitalised, or a label's
    piece such as "Obs - maya"); None when it names two, or someone sharing a first name."""
    stem = re.sub(r"[_+]+", " ", _stem(file_name))
    found = students_named(stem, roster)
    if not found:
        found = [sid for sid in (_named_piece([stem], roster),) if sid]
    if len(found) != 1:
        return None
    for student in roster:
        given = first_name(student.name)
        shared = sum(1 for other in roster if folded(first_name(other.name)) == folded(given)) > 1
        if shared and re.search(rf"(?<!\w){re.escape(given)}(?!\w)", stem, re.IGNORECASE):
            # "Marcus obs" with two Marcuses: the one it matched may be the other's nickname.
            return None
    return found[0]


def _title_lines(structure: Segmentation) -> list[str]:
    """The first two lines that may be a title, but not one that opens a paragraph already
    read as a note on a student and goes on in a sentence ("Jack W - called out 3 times
    before ..." under the day's date): that is the first of the notes, not what the sheet
    is about. A byline ("Kofi A - Oct. 28") is still a title's line."""
    text = structure.text
    opens_a_note = {
        text[text.rfind("\n", 0, span.start) + 1 : span.end].split("\n")[0].strip()
        for span in structure.spans
        if span.student_id and span.role is not Role.METADATA and span.role is not Role.TITLE
    }
    return [
        line
        for line in _top_lines(text, 2)
        if line not in opens_a_note or not any(_told_in_a_sentence(p) for p in _pieces(line))
    ]


def _pieces(line: str) -> list[str]:
    """A title's pieces, set apart by a dash, a bar, a dot or a run of spaces."""
    pattern = r"\s+--\s+|\s{2,}|" + NAME_LINE_SEPARATOR.pattern
    return [p for p in re.split(pattern, line.strip()) if p and p.strip()]


def _told_in_a_sentence(piece: str) -> bool:
    # "called out answers 3 times before I'd finished": what happened, not a label's piece.
    return len(piece.split()) >= 5 and not is_date_line(piece)


def _named_piece(texts: Sequence[str], roster: Sequence[RosterStudent]) -> str | None:
    """The student a title names as one of its pieces, when its other pieces only say when,
    who wrote it or what it is ("Conf. w/ Mrs. Tran -- Lily -- Fri, March 20"), never what
    happened ("Talia - helped me today" is the writer's sentence about a classmate)."""
    found: set[str] = set()
    for text in texts:
        # Pieces are set apart by a dash, a bar, a dot or a run of spaces ("10/16  Jordan P.").
        pieces = _pieces(text)
        named = []
        for piece in pieces:
            plain = re.sub(r"\s*\([^()]*\)", "", piece).strip(" []")
            student = student_for_label(plain, roster) if plain else None
            named.append(student.id if student else None)
        others = [piece for piece, sid in zip(pieces, named, strict=True) if sid is None]
        if others and _student_before_last(named) and _work_title(others[-1], others[:-1]):
            # "Arcade Showcase - Feb 5 - Jayden B. - Moon Bounce": after the student, what
            # their work is called, the title's other pieces saying what it is and when.
            others = others[:-1]
        if any(sid for sid in named) and all(_labels_a_document(piece) for piece in others):
            found |= {sid for sid in named if sid}
    return found.pop() if len(found) == 1 else None


def _student_before_last(named: Sequence[str | None]) -> bool:
    """The title's student stands just before its last piece."""
    return len(named) >= 2 and named[-1] is None and named[-2] is not None


def _work_title(piece: str, others: Sequence[str]) -> bool:
    """A title's last piece that is a name for a work ("Moon Bounce", "The Twister"): a few
    capitalised words, beside pieces saying the kind of document and when."""
    words = piece.split()
    return (
        0 < len(words) <= WORK_TITLE_WORDS
        and all(word[0].isupper() for word in words)
        and not re.search(r"\d", piece)
        and any(parse_entry_type(other) for other in others)
        and any(re.search(r"\d", other) for other in others)
    )


def _labels_a_document(piece: str) -> bool:
    return bool(
        re.search(r"\d", piece)
        or re.search(r"\b(?:mr|ms|mrs|mx|dr)\.?\s", piece, re.IGNORECASE)
        or parse_entry_type(piece)
    )


def _student_author(
    author: str, properties: DocumentProperties, roster: Sequence[RosterStudent], kind: EntryType
) -> str | None:
    """A journal's "author: Priya R." in its front matter, or a file whose own author is a
    student ("Lily Tran" saved it): the student wrote it. Not a feedback form's reviewer,
    and not a teacher's note, whose author the student is never."""
    if kind in (EntryType.PEER_FEEDBACK, EntryType.TEACHER_OBSERVATION_NOTE):
        return None
    if kind is EntryType.PARENT_NOTE:
        return None
    # The file's own author only by a full name: "Lily" alone may be anyone's account.
    for value, whole_name in ((author, False), (properties.author or "", True)):
        student = student_for_label(value, roster) if value.strip() else None
        if student is not None and (not whole_name or len(value.split()) >= 2):
            return student.id
    return None


def _reviewer_who_is_answered(
    structure: Segmentation, roster: Sequence[RosterStudent], kind: EntryType
) -> str | None:
    """On a feedback form the student reviewed answers ("Writer's response", "June's
    reply"), or the reviewer checks their own feedback: both wrote it, so both are filed. A
    one-way form is about the presenter only."""
    if kind is not EntryType.PEER_FEEDBACK or not ANSWERED_FORM.search(structure.text):
        return None
    for span in structure.of_role(Role.METADATA):
        if canonical_key(span.label or "") in REVIEWER_KEYS:
            student = student_for_label(span.text_in(structure.text), roster)
            if student is not None:
                return student.id
    return None


def _feedback_pair(
    structure: Segmentation, roster: Sequence[RosterStudent], kind: EntryType
) -> list[str] | None:
    """A peer feedback form names who gave it ("Reviewer:", "From:", "Your name") and whose
    work it is about ("Writer:", "To:", "Partner's name"): the form is evidence for both, the
    receiver first. Only when both are the teacher's own students, each named alone."""
    if kind is not EntryType.PEER_FEEDBACK:
        return None
    givers: list[str] = []
    receivers: list[str] = []
    # Beside a reviewer, whose work it is may only be its "Author:" or a "Game: Moon Bounce
    # by Ana R.": taken when no field says it more plainly.
    makers: list[str] = []
    for span in structure.of_role(Role.METADATA):
        label = canonical_key(span.label or "").rstrip(":").strip()
        value = span.text_in(structure.text)
        if label in FEEDBACK_GIVER_KEYS:
            side = givers
        elif label in FEEDBACK_RECEIVER_KEYS or span.key in ("student", "presenter"):
            side = receivers
        elif label == "author":
            side = makers
        elif (made := WORK_BY_VALUE.search(value)) is not None:
            side, value = makers, made.group("who")
        else:
            continue
        # "Presentation: Ana R. + Ben T.": a group's work is each member's. What the work
        # is called, in quotation marks ("Tariq H., "Who gets the river?""), names no one.
        if side is receivers:
            value = QUOTED_WORDS.sub(" ", value)
        pieces = GROUP_JOIN.split(value) if side is receivers else [value]
        found = [_person_in(piece, roster) for piece in pieces if piece.strip()]
        if None in found:
            continue
        side.extend(student for student in found if student is not None)
    givers, receivers = list(dict.fromkeys(givers)), list(dict.fromkeys(receivers))
    receivers = receivers or list(dict.fromkeys(makers))
    if len(givers) != 1 or not receivers or givers[0] in receivers:
        return None
    return [*receivers, *givers]


@dataclass
class _Form:
    """One feedback form on a sheet of several, as its fields are read: the line it begins
    on, the field naming each side ("giver", "receiver") and the teacher's students they name
    (none, for someone on no roster of theirs)."""

    start: int
    fields: dict[str, Span] = field(default_factory=dict)
    people: dict[str, list[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class _Sheet:
    # (start, end, students, receivers first) of each form, where it stands in the text.
    forms: list[tuple[int, int, list[str]]]
    # The teacher's students a form's field may name but does not settle ("Sam", with two
    # Sams; "Sofia K." beside Sofia Reyes): the sheet is not filed until someone says.
    unsure: list[str]


def _feedback_forms(
    structure: Segmentation, roster: Sequence[RosterStudent], kind: EntryType
) -> _Sheet:
    """A sheet of two or more feedback forms, each with its own giver and receiver ("From:
    Lucia B. / To: Quang V.", then "From: Marcus B. / To: Renee D-C.", or a table's rows
    "Toby G. | Wren A. | ..."): where each form stands in the text (to the next form) and
    its students, receivers first. Empty unless every form names a giver and whose work it
    is; someone on no roster of the teacher's (another class's student, "anonymous") is
    no one's, the form's other student is still theirs."""
    if kind is not EntryType.PEER_FEEDBACK:
        return _Sheet([], [])
    text = structure.text
    forms: list[_Form] = []
    unsure: list[str] = []
    fields = structure.of_role(Role.METADATA)
    lines = Counter(text.rfind("\n", 0, span.start) + 1 for span in fields)
    for span in fields:
        line = text.rfind("\n", 0, span.start) + 1
        label = canonical_key(span.label or "").rstrip(":").strip()
        # "Speaker: Jack W." on a line of its own over "Feedback from: ...", as a table's
        # "Presenter" cell beside its reviewer's: whose the form is. Beside the reviewer on
        # one line ("Presenter: Rose - Reviewer: Cilla") it stays the presenters' alone.
        own_line = lines[line] == 1
        side = feedback_side(label, in_row=line in structure.form_rows or own_line)
        if side is None:
            continue
        people, maybe = _people_in(span.text_in(text), roster, group=side == "receiver")
        unsure += maybe
        if not forms or side in forms[-1].fields:
            # The side this form has already filled: the next form begins, on its line.
            forms.append(_Form(line))
        forms[-1].fields[side] = span
        forms[-1].people[side] = people
    _share_the_header_field(forms, text)
    if len(forms) < 2 or any(len(form.fields) < 2 for form in forms):
        return _Sheet([], [])
    ends = [form.start for form in forms[1:]] + [len(text)]
    sheet = []
    for form, end in zip(forms, ends, strict=True):
        people = list(dict.fromkeys([*form.people["receiver"], *form.people["giver"]]))
        if people:
            end = min(end, _row_end(form, structure), _rule_below(form, text))
            sheet.append((form.start, end, people))
    return _Sheet(sheet, list(dict.fromkeys(unsure)))


def _share_the_header_field(forms: list[_Form], text: str) -> None:
    """ "Exhibit by: Amara O." in a sheet's header, set apart above its reviewers' forms
    ("Reviewer: Aarav M.", "Reviewer: Sofia L." ...), none of which names whose work it is:
    every form reviews the work the header names (and likewise one reviewer over forms for
    several classmates)."""
    if len(forms) < 2 or len(forms[0].fields) < 2:
        return
    for side, other in (("receiver", "giver"), ("giver", "receiver")):
        shared, first = forms[0].fields[side], forms[0].fields[other]
        rest = forms[1:]
        if any(side in form.fields or other not in form.fields for form in rest):
            continue
        # Above the first form, and set apart from it by a blank line: the sheet's header.
        apart = re.search(r"\n[ \t]*\n", text[shared.end : first.start])
        if shared.start > first.start or apart is None:
            continue
        # The first form begins with its own field, below the header it shares.
        forms[0].start = text.rfind("\n", 0, first.start) + 1
        for form in rest:
            form.fields[side] = shared
            form.people[side] = forms[0].people[side]


def _row_end(form: _Form, structure: Segmentation) -> int:
    """A table's row is the whole of its form: what stands below the table ("Reminder:
    launch day ...") is no one's form."""
    if form.start not in structure.form_rows:
        return len(structure.text)
    end = structure.text.find("\n", form.start)
    return len(structure.text) if end < 0 else end


def _rule_below(form: _Form, text: str) -> int:
    """Forms set apart by rules ("---") end at the rule below them: what follows the last
    one is the sheet's footer ("Exhibits displayed in the library ..."), no one's form."""
    below = max(span.end for span in form.fields.values() if span.start >= form.start)
    for match in re.finditer(r"^.*$", text[below:], re.MULTILINE):
        if SEPARATOR.match(match.group()):
            return below + match.start()
    return len(text)


def _people_in(
    value: str, roster: Sequence[RosterStudent], *, group: bool
) -> tuple[list[str], list[str]]:
    """The students a form's field names: one person, or for whose work it is, a group
    ("Bao's group (Bao, Marcus L)", "Ana R. + Ben T."); and the students a piece of it may
    name but does not settle. A piece that can be none of the teacher's names no one."""
    inner = re.search(r"\(([^()]+)\)", value)
    candidates = [value]
    if group:
        candidates = [inner.group(1), value] if inner else [value]
    for candidate in candidates:
        pieces = GROUP_JOIN.split(candidate) if group else [candidate]
        if candidate is not value and len(pieces) < 2:
            continue
        found = [_person_in(piece, roster) for piece in pieces if piece.strip()]
        if found and None not in found:
            return [sid for sid in found if sid is not None], []
    pieces = GROUP_JOIN.split(value) if group else [value]
    people: list[str] = []
    unsure: list[str] = []
    for piece in pieces:
        student = _person_in(piece, roster)
        if student is not None:
            people.append(student)
        else:
            unsure += _who_it_may_be(piece, roster)
    return people, unsure


def _who_it_may_be(value: str, roster: Sequence[RosterStudent]) -> list[str]:
    """The teacher's students a name that settles on none of them may still be: a word of
    it is their first name, a nickname or their family name ("Sofia K." beside Sofia Reyes,
    "Sam" with two Sams). None for "anonymous" or a classmate of another class."""
    words = {folded(word) for word in re.findall(r"[^\W\d_][\w'\u2019-]+", value)}
    return [
        student.id
        for student in roster
        if words & {folded(name) for name in (*student.name.split(), *student.nicknames)}
    ]


def _form_ranges(
    structure: Segmentation, roster: Sequence[RosterStudent], kind: EntryType
) -> dict[str, list[tuple[int, int]]]:
    """Where each student's forms stand, on a sheet of several: only those are theirs."""
    ranges: dict[str, list[tuple[int, int]]] = {}
    for start, end, people in _feedback_forms(structure, roster, kind).forms:
        for sid in people:
            ranges.setdefault(sid, []).append((start, end))
    return ranges


def _person_in(value: str, roster: Sequence[RosterStudent]) -> str | None:
    """The student a header value names: "| Sofia G." (a table's cell), "Pepe (Jose H.)" (a
    nickname and the name), each form alone."""
    value = value.strip(" |*_:")
    inner = re.search(r"\(([^()]+)\)\s*$", value)
    # "p. 3 (Josie Ruiz - bus route map)": the work, then whose it is and what it is called.
    inside = _before_work_title(inner.group(1)) if inner else ""
    value = _before_work_title(value)
    inner = re.search(r"\(([^()]+)\)\s*$", value)
    forms = [value, re.sub(r"\s*\([^()]*\)", "", value).strip(), inner.group(1) if inner else ""]
    forms.append(inside)
    # "Amara P.'s circuit poster", "Bao's group": the person whose work it is.
    owner = re.match(r"^(.+?)['\u2019]s\s+\S", value)
    if owner is not None:
        forms.append(owner.group(1))
    found = {student.id for form in forms if form and (student := student_for_label(form, roster))}
    return found.pop() if len(found) == 1 else None


def _before_work_title(value: str) -> str:
    """ "Will B. -- "How many pizzas?"": the person, before what their work is called."""
    return re.split(r"\s+(?:--|\u2014|\u2013|-)\s+|:\s", value, maxsplit=1)[0].strip()


def _subject_of_narrative(structure: Segmentation, roster: Sequence[RosterStudent]) -> str | None:
    """The student a note opens on, when it names classmates too: "Observed Talia during the
    lab. She helped Owen ..." is about Talia. Only when the first sentence begins with that
    student (or with "Observed", "Watched", "about" ... before the name), names no one beside
    them as its subject ("Talia and Owen ..."), and no classmate is named more often."""
    sentences = _body_sentences(structure)
    if not sentences:
        return None
    first = sentences[0]
    hits = names_in(first, roster)
    if not hits:
        return None
    start, end, subject = hits[0]
    before = first[:start].strip()
    cued = bool(before) and (OBSERVING.fullmatch(before + " ") or ABOUT.search(before))
    if before and not cued:
        return None
    after = hits[1] if len(hits) > 1 else None
    if after is not None and re.fullmatch(r"\s*(?:,|and|&|\+|/|or|with)\s*", first[end : after[0]]):
        return None
    counts = Counter(sid for _, _, sid in names_in(structure.body_text(), roster))
    # Opening on a name alone ("Owen told me Talia ...") is a subject only if the note keeps
    # coming back to them; "Observed Talia" or "about Talia" says it outright.
    rivals = [count for sid, count in counts.items() if sid != subject]
    if any(count > counts[subject] or (count == counts[subject] and not cued) for count in rivals):
        return None
    return subject


def _subject_told_on(structure: Segmentation, roster: Sequence[RosterStudent]) -> str | None:
    """A note that opens on one student and goes on telling of them ("Wyatt lit the burner
    ... he said ... / He did write the steps ..."), naming a classmate in passing ("Kit
    pulled his sleeve back"): the opening student's, when the sentences that name them, or
    name no one and tell of a "he" or "she", outnumber those naming any one classmate. The
    lines before it that name no one only say when or where ("Dec. 11", "Open mic today")."""
    sentences = _body_sentences(structure)
    named = [_everyday_name_opening(s, roster) + names_in(s, roster) for s in sentences]
    opening = next((number for number, hits in enumerate(named) if hits), None)
    if opening is None or any(_tells_of_someone(s) for s in sentences[:opening]):
        return None
    first, hits = sentences[opening], named[opening]
    start, _, subject = hits[0]
    if first[:start].strip(" *_-") or len({sid for _, _, sid in hits}) > 1:
        # "Today Maya ...", "Maya and Leo ...", "Maya helped Leo. He ...": the opening does
        # not tell of one student alone, so a "he" after it may be either.
        return None
    counts: Counter[str] = Counter()
    for sentence, found in zip(sentences[opening:], named[opening:], strict=True):
        if found:
            counts.update({sid for _, _, sid in found})
        elif _tells_of_someone(sentence):
            counts[subject] += 1
    rivals = [count for sid, count in counts.items() if sid != subject]
    if counts[subject] < 2 or any(count >= counts[subject] for count in rivals):
        return None
    return subject


def _everyday_name_opening(
    sentence: str, roster: Sequence[RosterStudent]
) -> list[tuple[int, int, str]]:
    """A sentence opening on a first name that is also a word, as the one who did
    something ("Hope volunteered to go first"): a word in "-ed" after it makes it a name."""
    match = re.match(r"([A-Z][a-z]+)\s+[a-z]+ed\b", sentence)
    if match is None or not is_common_word(match.group(1)):
        return []
    owners = [s.id for s in roster if folded(first_name(s.name)) == folded(match.group(1))]
    return [(0, match.end(1), owners[0])] if len(owners) == 1 else []


def _tells_of_someone(sentence: str) -> bool:
    return any(word in THIRD_PERSON for word in re.findall(r"[a-z]+", sentence.lower()))


def _someone_else(structure: Segmentation, roster: Sequence[RosterStudent]) -> list[str] | None:
    """Who else a note's body may be about: the students sharing a first name it uses alone
    ("Devin", with Devin Okoro and Devin Walsh), or, for a person on no roster the note opens
    on ("Observed Marcus ..."), no one. None when every name in it is one student."""
    text = structure.body_text()
    hits = names_in(text, roster)
    shared: list[str] = []
    for student in roster:
        given = first_name(student.name)
        if sum(1 for other in roster if first_name(other.name).lower() == given.lower()) < 2:
            continue
        for match in re.finditer(rf"(?<![\w]){re.escape(given)}(?![\w])", text):
            if not any(start <= match.start() < end for start, end, _ in hits):
                shared.append(student.id)
                break
    if shared:
        return shared
    sentences = _body_sentences(structure)
    if sentences:
        opening = OBSERVING.match(sentences[0]) or ABOUT_CUE.search(sentences[0])
        if opening is not None:
            rest = sentences[0][opening.end() :]
            person = re.match(r"[A-Z][a-z'\u2019]+", rest)
            if person and not any(start == 0 for start, _, _ in names_in(rest, roster)):
                return []
    return None


def _quoted_in_conference(
    structure: Segmentation,
    roster: Sequence[RosterStudent],
    kind: EntryType,
    file_name: str,
    named: list[str],
    sources: dict[str, str],
) -> dict[tuple[int, int], str]:
    """A teacher's conference note on one student in which a classmate's own words are
    quoted ("Toby said: \"...\""): the classmate was in the conference, and is a subject
    too, with the paragraphs that give their words. Not when the teacher said whose it is,
    nor in a note that is no conference (a classmate quoted in passing)."""
    said = sources.get("student") in ("argument", "message", "header")
    if said or STUDENT_ID_IN_TEXT.search(_stem(file_name)):
        return {}
    if kind is not EntryType.TEACHER_OBSERVATION_NOTE or len(named) != 1:
        return {}
    if not _a_conference(structure, file_name):
        return {}
    return quoted_speakers(structure, roster, skip=named)


def _conference_participants(
    structure: Segmentation, roster: Sequence[RosterStudent], kind: EntryType, file_name: str
) -> list[str]:
    """A teacher's conference note whose title or first lines name the students it was
    with, joined ("Wren Abernathy + Toby Greer (lab partners)", "Ana and Ben"): each is a
    subject. Only a piece that is nothing but those names counts."""
    if kind is not EntryType.TEACHER_OBSERVATION_NOTE or not _a_conference(structure, file_name):
        return []
    for line in _heading_lines(structure):
        for piece in SENTENCE_BREAK.split(line):
            plain = re.sub(r"\s*\([^()]*\)", "", piece).strip(" .;:-")
            people, unsure = _people_in(plain, roster, group=True) if plain else ([], [])
            if len(set(people)) > 1 and not unsure:
                return list(dict.fromkeys(people))
    return []


def _a_conference(structure: Segmentation, file_name: str) -> bool:
    """The file's name, title or first lines say it is a conference ("Wren conference")."""
    named = [_stem(file_name), structure.title or "", *_heading_lines(structure)]
    return any(CONFERENCE.search(line) for line in named)


def _heading_lines(structure: Segmentation) -> list[str]:
    """The lines a note is headed by, sentences or not ("Thurs 10/2, lunch. A + B.")."""
    return [line.strip() for line in structure.text.split("\n") if line.strip()][:3]


def _reads_as_a_name(value: str) -> bool:
    """A value like "Jordan Ellis" or "Will"; not "my lab partner" or "Table 3"."""
    words = value.replace(";", " ").split()
    return 0 < len(words) <= 4 and all(word[:1].isupper() for word in words)


def _sharing_a_first_name(text: str, roster: Sequence[RosterStudent]) -> list[str]:
    words = set(re.findall(r"[A-Za-z'-]+", text.lower()))
    return [student.id for student in roster if first_name(student.name).lower() in words]


def _stem(file_name: str) -> str:
    return file_name.rsplit("/", 1)[-1].rsplit(".", 1)[0]
