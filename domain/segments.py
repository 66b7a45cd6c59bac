"""A document cut once into spans with roles: who said or wrote each part, and what it is.

Everything else reads a document through this: detection takes the header and the title
from it, filing takes each student's own spans from it, and the validator accepts a quote
only from inside one of them. A span is a pair of offsets into the document's text, so what
is stored can always be shown against the document (`flourish show`).

Reading goes in two steps. `read_structure` needs no entry type: YAML front matter, a title,
header lines (`Key: value`, `**Key:** value`, a table), speaker turns, headings, rating
lines, standalone questions and plain prose. `assign_roles` then decides whose the prose is,
which depends on the kind of document: in a journal it is the student's own writing, in an
observation or a parent's note the narrative about the student, in a transcript the
teacher's narrative or summary; a presentation without speaker labels is the presenter's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from email.utils import parseaddr
from enum import StrEnum
from itertools import pairwise
from typing import Any

from domain.curriculum import EntryType, Level, Skill
from domain.dates import find_dates
from domain.names import (
    TEACHER_LABELS,
    RosterStudent,
    is_adult_label,
    is_common_word,
    is_teacher_label,
    names_in,
    student_for_label,
)


class Role(StrEnum):
    METADATA = "metadata"
    TITLE = "title"
    HEADING = "heading"
    TURN = "turn"
    TEACHER_NARRATIVE = "teacher_narrative"
    PROMPT = "prompt"
    TEACHER_SUMMARY = "teacher_summary"
    RATING = "rating"
    STUDENT_WRITING = "student_writing"
    NARRATIVE = "narrative"
    LETTER = "letter"
    # Not yet assigned: prose and questions whose owner depends on the kind of document.
    PROSE = "prose"
    QUESTION = "question"


# The student id on a span about someone on no roster: no student's, never everyone's.
UNKNOWN_PERSON = "?"

# Speaker kinds on a turn.
STUDENT = "student"
TEACHER = "teacher"
OTHER = "other"

# A form's question for whose work was reviewed ("Whose essay did you read?"): its answer
# names the student the feedback is about.
REVIEWED_WORK_KEYS = frozenset(
    f"whose {work} did you {verb}"
    for work in ("essay", "draft", "work", "project", "poster", "paper", "story", "poem",
                 "presentation", "writing", "slides", "model", "design")
    for verb in ("read", "review", "evaluate", "look at", "give feedback on", "see", "watch")
)  # fmt: skip

# What a student makes that a classmate's feedback form reviews.
WORKS = ("essay", "draft", "paper", "story", "project", "work", "writing", "podcast", "video",
         "slides", "slideshow", "poem", "model", "design", "drawing", "comic", "report",
         "lab report", "speech", "infographic", "website", "map", "timeline", "book talk",
         "presentation", "song", "game", "exhibit", "poster", "page", "layout")  # fmt: skip
# "Essay by:", "Podcast by:", "Designer:": the key naming whose work a feedback form reviews.
WORK_BY_KEYS = (
    *(f"{work} by" for work in WORKS),
    "designer", "creator", "maker", "artist", "builder", "inventor",
)  # fmt: skip
# "Design reviewed: Ben H.", "Page reviewed: p. 3 (Josie R.)": the same, by the work reviewed.
WORK_REVIEWED_KEYS = tuple(f"{work} reviewed" for work in WORKS)
# A student's name asked for in French, Spanish, Portuguese, Italian or German: the column
# a form's responses are kept by, the key of a sheet's header line.
OTHER_LANGUAGE_NAME_KEYS = (
    "nom", "prénom", "nom de l'élève", "nom et prénom", "prénom et nom", "élève", "eleve",
    "nom complet", "nombre", "nombre del alumno", "nombre del estudiante", "alumno",
    "alumna", "estudiante", "nome", "nome do aluno", "nome dell'alunno", "aluno", "alunno",
    "schüler", "schülerin", "vorname",
)  # fmt: skip
# A feedback form's two people in French or Spanish: "Écrit par | Pour" (written by, for),
# "De | Para" (from, to).
OTHER_LANGUAGE_GIVER_KEYS = (
    "écrit par", "rédigé par", "rétroaction de", "commentaires de", "évaluateur",
    "évaluatrice", "escrito por", "revisado por", "comentarios de", "revisor", "revisora",
)  # fmt: skip
OTHER_LANGUAGE_RECEIVER_KEYS = (
    "pour", "destinataire", "rétroaction pour", "commentaires pour", "para",
    "comentarios para",
)  # fmt: skip
# A bilingual strand's other header keys, as its teachers write them in Spanish or French
# ("**Fecha:** 3/10/2026", "Grupo: Santi, Wyatt"); the student's own key is above.
BILINGUAL_KEYS: dict[str, str] = {
    **dict.fromkeys(
        ["estudiantes", "alumnos", "grupo", "integrantes", "participantes", "élèves", "groupe"],
        "participants",
    ),
    **dict.fromkeys(["fecha", "día"], "date"),
    **dict.fromkeys(
        [
            "maestro",
            "maestra",
            "profesor",
            "profesora",
            "transcrito por",
            "enseignant",
            "enseignante",
        ],
        "author",
    ),
    **dict.fromkeys(["actividad", "tipo", "activité"], "type"),
    **dict.fromkeys(["tema", "clase", "materia", "proyecto", "sujet", "cours"], "other"),
}
# Header keys, as people write them, and what they mean. A metadata key is never a speaker.
METADATA_KEYS: dict[str, str] = {
    **BILINGUAL_KEYS,
    **dict.fromkeys(REVIEWED_WORK_KEYS, "other"),
    **dict.fromkeys(
        [
            "student",
            "student name",
            "name",
            # A form's question for the respondent's name, the column its sheet is kept by.
            "full name",
            "first name",
            "first and last name",
            "student's name",
            "name of student",
            "child",
            "learner",
            "about",
            "student(s)",
            # An observation's "Focus student: Ben H.": the one student it watches.
            "focus student",
            # The same key in the other languages a school teaches in ("Nom: Noor" on an
            # immersion class's sheet, "Nombre" in Spanish, "Nome" in Italian).
            *OTHER_LANGUAGE_NAME_KEYS,
            "target student",
            "student focus",
            "observed student",
            "student observed",
            # Feedback forms: the student whose work is reviewed.
            "writer",
            "author of solution",
            "author of the solution",
            "poster by",
            "poet",
            "project owner",
            "owner",
            # "Group member: Priya C." over a group project's peer feedback: the one member
            # the form is about ("Group members" lists the whole group).
            "group member",
            # "Essay by: Dakota R / Edited by: Siobhan C": whose work the sheet reviews.
            *WORK_BY_KEYS,
            *WORK_REVIEWED_KEYS,
        ],
        "student",
    ),
    **dict.fromkeys(
        [
            "students",
            "participants",
            "present",
            "attendees",
            "group",
            "group members",
            "speakers",
            "members",
        ],
        "participants",
    ),
    **dict.fromkeys(["presenter", "presenters", "presented by", "speaker"], "presenter"),
    **dict.fromkeys(
        [
            "date",
            "day",
            "date of observation",
            "when",
            "sent",
            "on",
            "recorded",
            "recorded on",
            "date recorded",
            "meeting date",
            "session date",
        ],
        "date",
    ),
    **dict.fromkeys(
        [
            "teacher",
            "observer",
            "recorded by",
            "author",
            "written by",
            "by",
            "reviewer",
            "facilitator",
            "transcribed by",
            "submitted by",
            "prepared by",
            "completed by",
            "tutor",
            # Feedback forms: the student who gives the feedback.
            "evaluator",
            "peer evaluator",
            "reviewed by",
            "feedback from",
            "peer reviewer",
            "feedback by",
            "edited by",
            "peer edited by",
            "editor",
            "peer editor",
            "checked by",
            "given by",
            # "Author of feedback: Hemi P." over "For: Grace F.": who wrote the form, never
            # the author of the work it reviews.
            "author of feedback",
            "author of the feedback",
            "feedback author",
            "feedback written by",
            "writer of feedback",
            "writer of the feedback",
            "feedback writer",
            *OTHER_LANGUAGE_GIVER_KEYS,
        ],
        "author",
    ),
    # "Chair: Zara Okafor (Y8)" over a meeting's minutes: who leads it, named in its header
    # (`speaker_legend` makes the minutes' "Chair:" turns theirs).
    **dict.fromkeys(["chair", "chairperson"], "other"),
    **dict.fromkeys(["from"], "from"),
    **dict.fromkeys(["to", "cc"], "to"),
    **dict.fromkeys(["subject", "re"], "subject"),
    # A school messaging platform's subject line ("Message: First weeks", "Conversation:
    # Benji / Advisory"); a header only when short and not a sentence (SUBJECT_LINE_KEYS).
    **dict.fromkeys(["message", "conversation", "thread"], "subject"),
    **dict.fromkeys(
        [
            "type",
            "entry type",
            "document type",
            "kind",
            "activity",
            "format",
            "category",
            "document",
            "form",
        ],
        "type",
    ),
    **dict.fromkeys(
        [
            "topic",
            "skills in focus",
            "focus skills",
            "focus",
            "skill focus",
            "class",
            "period",
            "course",
            "grade",
            "setting",
            "context",
            "location",
            "place",
            "unit",
            "project",
            # An Otter export's line of the words it heard most.
            "keywords",
            # A peer feedback form's "Presentation: Ana R. + Ben T.": whose talk it reviews.
            "presentation",
            "time",
            "duration",
            "session",
            "lesson",
            "text",
            "book",
            "title",
            "question",
            "driving question",
            "prompt used",
            "room",
            "block",
            "subject area",
            "length",
            "recording",
            "source",
            "week",
            "term",
            "audience",
            "partner",
            "tutee",
            "role",
            "roles",
            # A feedback form's two people, read by the form's kind (detection).
            "your name",
            "partner's name",
            "partner name",
            "group member being evaluated",
            "student being evaluated",
            "member being evaluated",
            "feedback for",
            # "Listener: Ana R." on a podcast's feedback form: the classmate who gave it.
            "listener",
            # "For: Amara P.'s poster": on a feedback form, whose work it is about.
            "for",
        ],
        "other",
    ),
}
# A peer feedback form's two people: the key naming who gave it ("Reviewer:", "From:", "Your
# name") and the key naming whose work it is about ("Writer:", "To:", "Design reviewed:").
FEEDBACK_GIVER_KEYS = frozenset(
    ["reviewer", "reviewed by", "evaluator", "peer evaluator", "peer reviewer", "feedback from",
     "from", "your name", "completed by", "written by", "submitted by", "by", "feedback by",
     "edited by", "peer edited by", "editor", "peer editor", "checked by", "given by",
     "author of feedback", "author of the feedback", "feedback author", "feedback written by",
     "writer of feedback", "writer of the feedback", "feedback writer", "listener",
     *OTHER_LANGUAGE_GIVER_KEYS,
     # "De | Para" (from, to) over a feedback table: a giver's key on a form, no header key.
     "de"]
)  # fmt: skip
FEEDBACK_RECEIVER_KEYS = frozenset(
    ["to", "for", "feedback for", "partner", "partner's name", "partner name", "writer",
     "group member", "group member being evaluated", "student being evaluated",
     "member being evaluated", "project", "project owner", "owner", "presentation",
     *WORK_BY_KEYS, *WORK_REVIEWED_KEYS, *REVIEWED_WORK_KEYS, *OTHER_LANGUAGE_RECEIVER_KEYS]
)  # fmt: skip
# Keys of the teacher's own sections inside a document, and the role of what they hold.
PLAN_KEYS = (
    "next steps",
    "next step",
    # "**Next:** ask Manaia to lead the warm-up" under a note: what the teacher will do.
    "next",
    "recommendations",
    "recommendation",
    "plan",
    "plan for next time",
    "to do",
    "action items",
    "follow up",
    "follow-up",
    "followup",
    "goals for next time",
    "strategies to try",
)
NOTE_KEYS = (
    "teacher notes",
    "teacher note",
    "teacher's notes",
    "teacher comment",
    "teacher comments",
    "teacher's comment",
    "teacher feedback",
    "teacher reflection",
    "teacher summary",
    "notes",
    "note",
    "summary",
    "observer notes",
    "observer's notes",
    "debrief",
    "comments",
    "takeaways",
    "overall",
    "observations",
    "what i noticed",
    "my notes",
)
RATING_KEYS = (
    "skills observed",
    "skills noted",
    "skills",
    "rating",
    "ratings",
    "levels",
    "level",
    "rubric",
    "rubric levels",
    "scores",
    "score",
    "assessment",
    "teacher levels",
    "skill levels",
    "evidence of skills",
    "rating line",
    "gradebook",
    "teacher rating",
    "teacher ratings",
)
PROMPT_KEYS = (
    "prompt",
    "question",
    "q",
    "teacher prompt",
    "teacher question",
    "teacher's question",
    "journal prompt",
    "reflection prompt",
    "writing prompt",
    "today's prompt",
    "exit ticket question",
    "guiding question",
)
ANSWER_KEYS = ("a", "answer", "response", "my answer", "my response", "student response")
# A table's column headings in the body, and what the cells under them are. A question
# column holds the sheet's questions ("Question | Answer" on an exit ticket), never the
# student's words; a level column ("Level (teacher)", "Rating", "Where Kai is") the
# teacher's judgement, and so does the skill column beside it.
QUESTION_COLUMNS = frozenset({*PROMPT_KEYS, "questions", "prompts", "task", "item"})
ANSWER_COLUMNS = frozenset(
    {*ANSWER_KEYS, "answers", "responses", "your answer", "your response", "student answer"}
)
RATING_COLUMN = re.compile(
    r"^(?:(?:teacher|my|self|student)\W+)?(?:levels?|ratings?|scores?|rubric|grades?|marks?)\b"
    r"|^(?:skill\s+)?(?:levels?|ratings?)\b|^where\s+.{1,30}\s+(?:is|stands)(?:\s+now)?$"
)
SELF_RATING = re.compile(r"^(?:my|self|student)\W")
SKILL_COLUMNS = frozenset({"skill", "skills", "skill focus", "focus skill", "target skill"})
# A form's responses sheet records when each row was sent and from which account, in the
# language the form was made in: Google Forms' "Timestamp" ("Horodateur", "Marca temporal"),
# Microsoft Forms' "Start time" and "Completion time".
SENT_TIME_COLUMNS = frozenset(
    ["timestamp", "time stamp", "horodateur", "horodatage", "marca temporal",
     "marca de tiempo", "carimbo de data/hora", "informazioni cronologiche", "zeitstempel",
     "start time", "completion time", "submitted", "submitted at", "submission time",
     "date submitted", "heure de début", "heure de fin"]
)  # fmt: skip
SENDER_COLUMNS = frozenset(
    ["email", "email address", "e-mail", "e-mail address", "adresse e-mail",
     "adresse courriel", "courriel", "dirección de correo electrónico", "correo electrónico",
     "endereço de e-mail", "indirizzo email", "e-mail-adresse", "username", "id"]
)  # fmt: skip
# Other headings a table's first row is made of ("Area | Notes", "Time | What I saw").
COLUMN_KEYS = frozenset(
    {"area", "areas", "time", "date", "day", "notes", "note", "comments", "goal", "goals",
     "next step", "next steps", "what i saw", "what i noticed", "evidence", "observation",
     "observations", "strategy", "action", "check-in", "check in", "focus", "topic", "before",
     "after", "then", "now", "target", "support", "who", "what", "when"}
)  # fmt: skip
# "Rate your understanding 1-4 | 4", "Rate yourself 1-4: 3", "Perseverance 2/4": a score a
# sheet asks for or a teacher gives, never a sentence of the student's.
SCORE_PROMPT = re.compile(r"\b(?:rate|rating|score|out of|scale)\b|\b\d\s*[-\u2013]\s*\d\b", re.I)
# Words of a date beside a day's number ("Friday 3/13", "Mar 2/4"), which is no score.
DATE_WORDS = frozenset(
    {*(day for name in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                        "sunday") for day in (name, name[:3], name[:4])),
     *(month for name in ("january", "february", "march", "april", "may", "june", "july",
                          "august", "september", "october", "november", "december")
       for month in (name, name[:3], name[:4])),
     "sept", "tues", "thur", "thurs", "today", "week", "wk", "date", "day", "due"}
)  # fmt: skip
ONLY_A_SCORE = re.compile(r"^\s*\d{1,2}(?:\s*/\s*\d{1,2})?\s*[.!]?\s*$")
SCORE_LINE = re.compile(
    r"^\s*(?:\d{1,2}[.)]\s*)?(?P<label>[A-Za-z][\w &'/()\u2019-]{0,48}?)\s*[:=\-\u2013]?\s*"
    r"(?P<score>\d{1,2}\s*/\s*\d{1,2}|\d{1,2})\s*$"
)
# Words that sit before a colon but never name a person.
NOT_SPEAKERS = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "today",
        "yesterday",
        "tomorrow",
        "morning",
        "afternoon",
        "update",
        "goal",
        "goals",
        "step",
        "reminder",
        "homework",
        "warning",
        "tip",
        "example",
        "answer",
        "ps",
        "p.s",
        "note",
        "notes",
        "why",
        "because",
        "question",
        "idea",
        "reason",
        "result",
        "hint",
    ]
)
LEVEL_WORDS = "|".join(level.value for level in Level)
SKILL_ALIASES = {
    **{skill.value.lower(): skill for skill in Skill},
    "self awareness": Skill.SELF_AWARENESS,
    "self management": Skill.SELF_MANAGEMENT,
    "self-regulation": Skill.SELF_MANAGEMENT,
    "relationships": Skill.RELATIONSHIP_SKILLS,
    "decision-making": Skill.RESPONSIBLE_DECISION_MAKING,
    "decision making": Skill.RESPONSIBLE_DECISION_MAKING,
    "responsible decision making": Skill.RESPONSIBLE_DECISION_MAKING,
    "planning": Skill.PLANNING_PRIORITIZATION,
    "planning and prioritization": Skill.PLANNING_PRIORITIZATION,
    "planning/prioritization": Skill.PLANNING_PRIORITIZATION,
    "organisation": Skill.ORGANIZATION,
    "creativity": Skill.CREATIVITY_INNOVATION,
    "creativity and innovation": Skill.CREATIVITY_INNOVATION,
    "flexibility": Skill.COGNITIVE_FLEXIBILITY,
    "impulse control": Skill.INHIBITORY_CONTROL,
    "initiation": Skill.TASK_INITIATION,
    "global citizenship": Skill.GLOBAL_AWARENESS,
}
_SKILL_NAMES = "|".join(
    re.escape(name).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]+")
    for name in sorted(SKILL_ALIASES, key=len, reverse=True)
)
# "Communication: Developing", "Collaboration (proficient)", "Critical Thinking - Advanced";
# without a separator only a capitalised level, so "my communication is developing" in a
# student's own sentence is not a rating.
RATING_PAIR = re.compile(
    rf"(?<![\w])(?P<skill>{_SKILL_NAMES})\**\s*"
    rf"(?:[:=\-\u2013\u2014(]\s*\**\s*(?P<level>{LEVEL_WORDS})"
    rf"|(?:\s+(?:is|at))?\s+\**(?-i:(?P<capital>{LEVEL_WORDS})))\b",
    re.IGNORECASE,
)

TIMESTAMP = r"(?:\[?\(?\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?\)?\]?)"
# A chat export stamps each message with the day it was sent as well as the time
# ("[2025-11-18 10:02] Ana Ruiz: ...", "[18/11/2025 1:02 PM]", "2025-11-18 10:02 - Ana
# Ruiz: ..."): the speaker's turn all the same, read only where a turn's stamp stands.
_CHAT_DAY = r"(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})"
_CHAT_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?"
CHAT_STAMP = rf"(?:\[{_CHAT_DAY},?\s+{_CHAT_TIME}\]|{_CHAT_DAY},?\s+{_CHAT_TIME}|{TIMESTAMP})"
# A label: a person's name or a role, one to four words (`Ms. R`, `Speaker 1 (Maya)`).
# A family name's particles stay lower case inside a name ("Isabella De la Cruz").
_PARTICLE = r"(?:de|la|del|van|der|von|da|di|du|le|al|el|dos|das|bin|ten|ter)(?=\s+[A-Za-z])"
# A capital as a name starts with it, accented too ("Álvarez", "Émile").
_CAP = "[A-Z\u00c0-\u00d6\u00d8-\u00de]"
_NAME_LABEL = (
    rf"{_CAP}[\w.'\u2019-]*(?:\s+(?:{_CAP}[\w.'\u2019-]*|\d{{1,2}}))?"
    rf"(?:\s+(?:{_CAP}[\w.'\u2019-]*|{_PARTICLE})){{0,3}}"
)
# How a video call or a learning platform shows a person: the device they joined on ("iPad de
# Maria", "Priya's iPhone") or their account name ("eli.brooks28", "maria_f"). Lower case
# starts them, so they are spelt out here rather than allowed to every label.
DEVICE_WORDS = (
    r"(?:iPad|iPhone|iPod|Galaxy|Chromebook|MacBook(?:\s+(?:Air|Pro))?|Android|Pixel|Surface"
    r"|[Ll]aptop|PC|[Pp]hone|[Tt]ablet|[Cc]omputer|[Dd]evice)"
)
_NAME_WORD = r"[^\W\d_][\w'\u2019-]*"
_DISPLAY_LABEL = (
    rf"{DEVICE_WORDS}\s+(?:de|of|di|von|van|da|du)\s+{_NAME_WORD}(?:\s+{_NAME_WORD})?"
    rf"|{_NAME_WORD}(?:\s+{_NAME_WORD})?['\u2019]s\s+{DEVICE_WORDS}"
    r"|[a-z][a-z0-9]+(?:[._][a-z0-9]+)+"
)
# Subtitles read their cues' speakers by it too: a call's captions label people the same way.
DISPLAY_LABEL = _DISPLAY_LABEL
_LABEL = rf"(?:{_DISPLAY_LABEL}|{_NAME_LABEL})"
# A label's note in brackets ("Speaker 1 (Maya)", "Topher (tutor)"), never a time stamp:
# "Mai (0:09):" is Mai at nine seconds.
_LABEL_NOTE = r"(?:\s*\((?!\s*\d{1,2}:\d{2})[^()\n]{1,40}\))?"
# "Question - Lachlan:" in a presentation's transcript: the audience member who asks, after
# the part they play.
_ASKED_BY = r"(?:Question|Q|Comment|Audience(?:\s+question)?)\s*[-\u2013\u2014]\s*"
ASKED_BY = re.compile(_ASKED_BY)
TURN_LINE = re.compile(
    rf"^\s*(?:[-*>]\s+)?(?:{CHAT_STAMP}\s*(?:[-\u2013\u2014|]\s+)?)?[*_]*(?P<open>\[)?"
    rf"(?P<label>(?:{_ASKED_BY})?{_LABEL}{_LABEL_NOTE})"
    rf"(?(open)(?:\s+[-\u2013\u2014][^\]\n]{{1,60}})?\])"
    rf"[*_]*\s*(?:{TIMESTAMP}\s*)?[*_]*:[*_]*(?:\s+|$)(?P<words>.*)$"
)
# Transcription styles that set the words apart with a dash or ">>" instead of a colon:
# "14:02 Mrs. P - Inner circle...", "Maya - 0:05 - I think...", "HOPE >> I'll start". A dash
# after a label is a turn only beside a time stamp: "Obs - Maya - 9/26" is a title.
DASH_TURN_LINES = (
    re.compile(
        rf"^\s*{CHAT_STAMP}\s+[*_]*(?P<label>{_LABEL}{_LABEL_NOTE})[*_]*\s*"
        rf"(?:[-\u2013\u2014]{{1,2}}|>>)\s+(?P<words>\S.*)$"
    ),
    re.compile(
        rf"^\s*[*_]*(?P<label>{_LABEL}{_LABEL_NOTE})[*_]*\s+[-\u2013\u2014]\s*{TIMESTAMP}\s*"
        rf"(?:[-\u2013\u2014:]{{1,2}}|>>)\s+(?P<words>\S.*)$"
    ),
    re.compile(
        rf"^\s*(?:{TIMESTAMP}\s+)?[*_]*(?P<label>{_LABEL}{_LABEL_NOTE})[*_]*\s*>>\s*(?P<words>.*)$"
    ),
    # "Ana R  (00:06)  I think so": a call's transcript sets the label, its time in brackets
    # and the words apart with spaces only.
    re.compile(
        rf"^\s*[*_]*(?P<label>{_LABEL})[*_]*\s+(?:\(\d{{1,2}}:\d{{2}}(?::\d{{2}})?\)"
        r"|\[\d{1,2}:\d{2}(?::\d{2})?\])\s+(?P<words>\S.*)$"
    ),
)


# A conversation's dashed turns: at least this many returns to someone who spoke before.
DASHED_TURNS_MIN = 1
NAME_DASH_TURN = re.compile(
    rf"^\s*[*_]*(?P<label>{_LABEL}{_LABEL_NOTE})[*_]*(?:\s+[-\u2013\u2014]{{1,2}}\s+|\t+)"
    r"(?P<words>\S.*)$"
)

# "[Priya]  See how the URL says .org": a bracketed speaker and the words, with no colon.
BRACKET_TURN = re.compile(rf"^\s*\[(?P<label>{_LABEL}{_LABEL_NOTE})\]\s+(?P<words>\S.*)$")


# A video call's saved chat: "13:02:11 From Ana Ruiz to Everyone:" (the words on the line or
# indented below it), "13:02:11 From Ana Ruiz : words" in older exports, "to Me (Privately)".
CHAT_TURN = re.compile(
    rf"^\s*{TIMESTAMP}\s+From\s+(?P<label>{_LABEL}{_LABEL_NOTE})"
    r"(?:\s+to\s+[^:\n]{1,40}?)?\s*:(?:\s+|$)(?P<words>.*)$"
)


# A message thread between the teacher and a family, copied out: a phone's thread ("[3/2/26,
# 6:41:12 PM] Ana Ruiz: ...", WhatsApp's "3/2/26, 6:41 PM - Ana Ruiz: ..."), or a school
# platform's export, where who sent it and when stand on a line over the message ("Ana Ruiz
# (Parent) | 12/16/25 7:52 PM").
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?"
MESSAGE_LINE = re.compile(
    rf"^\s*(?:\[(?P<stamp>[^\[\]\n]{{4,40}}?{_CLOCK})\]"
    rf"|(?P<bare_stamp>\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}},?\s+{_CLOCK})\s+[-\u2013])"
    rf"\s*(?P<sender>{_NAME_LABEL}{_LABEL_NOTE})\s*:\s+(?P<words>\S.*)$"
)
POSTED_BY_LINE = re.compile(
    rf"^\s*(?P<sender>{_NAME_LABEL}{_LABEL_NOTE})\s*(?:\||\u00b7|\u2022|[-\u2013\u2014])\s*"
    rf"(?P<stamp>[^|\n]{{0,30}}?{_CLOCK})\s*$"
)
# The part a sender's note in brackets gives the teacher's side of a thread: "(Teacher)".
STAFF_NOTE = re.compile(r"\b(?:teacher|staff|advis[eo]r|instructor|counsel+or|school)\b", re.I)


@dataclass(frozen=True)
class _Message:
    """One message's header in a thread: who sent it (offsets), when, and where its words
    start on the same line (None: on the lines below)."""

    sender: tuple[int, int]
    stamp: tuple[int, int]
    words: int | None
    from_teacher: bool


# The line that opens the message an email forwards inline; the forwarded message's own
# header fields follow it. Multiline, so that detection finds it in a whole document too.
FORWARD_LINE = re.compile(
    r"^[ \t>]*(?:-{2,}\s*forwarded message\s*-{2,}|begin forwarded message:)[ \t]*$",
    re.I | re.M,
)
# The key of a forwarded span: the header of the message forwarded, not the document's own.
FORWARDED = "forwarded"

# Words that make a sentence of what stands before a colon, not a form's label.
SENTENCE_VERB = re.compile(
    r"\b(?:is|was|are|were|am|said|says|asked|think|thought|mean|meant|did|do|does)\b", re.I
)
# A post's stamp: the day and the time it was posted ("Oct 15, 2025 7:41pm", "Sep 26, 2025 at
# 11:18am"), all a board writes after the poster's name.
POST_STAMP_ONLY = re.compile(
    r"^\s*[^\n]{3,30}?\d[^\n]{0,12}?(?:\s+at)?\s+\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*$"
)
# The key of a post's stamp read apart from the post (its label: who posted it).
POSTED = "posted"
# A board's post header with the stamp set apart by spaces: "Kiara Johnson   Sep 26, 2025 at
# 11:18am", the words on the lines below.
SPACED_POST_HEADER = re.compile(
    rf"^\s*(?P<label>{_LABEL}{_LABEL_NOTE})\s{{2,}}(?P<words>[^\s].*\d{{1,2}}:\d{{2}}.*)$"
)
# A printed page's number on a line of its own ("Page 2", "Page 2 of 3", "- 2 -").
PAGE_LINE = re.compile(
    r"^\s*(?:page\s+\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?|-\s*\d{1,3}\s*-)\s*$", re.I
)
# A letter's greeting that is only the teacher's name ("Mr. Lindqvist,", "Ms. Ruiz:").
NAME_GREETING = re.compile(
    r"^\s*(?:mr|ms|mrs|mx|miss|dr|sra?|srta)\.?\s+[^\W\d_][\w'\u2019-]*"
    r"(?:\s+[^\W\d_][\w'\u2019-]*)?\s*[,:!]\s*$",
    re.I,
)

# A recorder's line under its title: when it was recorded and how long it runs ("Tue, Dec 9,
# 2025 1:34PM • 4:12 minutes", as Otter writes it).
RECORDING_LINE = re.compile(
    r"^\s*(?P<when>[^\n]{0,40}?\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?)\s*[\u2022\u00b7|-]\s*"
    r"\d{1,3}(?::\d{2}){0,2}\s*(?:minutes?|mins?|hours?|hrs?|seconds?|secs?)\s*$",
    re.I,
)


def turn_match(raw: str) -> re.Match[str] | None:
    """A speaker's turn on one line, in any of the styles transcripts use."""
    match = CHAT_TURN.match(raw) or TURN_LINE.match(raw)
    if match is not None:
        return match
    for pattern in DASH_TURN_LINES:
        match = pattern.match(raw)
        if match is not None:
            return match
    return None


# "Speaker 1 (Maya)  00:01:12" / "Maya  0:03" / "[00:01:12] Maya" / "Coleman, Rashad  0:11"
# (Teams) alone on a line, the words below it: how transcription services write turns.
LABEL_ONLY_LINE = re.compile(
    rf"^\s*(?:{TIMESTAMP}\s+)?[*_]*(?P<label>{_LABEL}{_LABEL_NOTE}"
    r"|[A-Z][\w'\u2019-]+,\s+[A-Z][\w'\u2019.-]*)[*_]*"
    rf"\s*(?:[-\u2013|]\s*)?(?P<time>{TIMESTAMP})?\s*$"
)
# "Izzy helped ...", "- Malik blurted ...": a sentence whose subject is a capitalised name.
# "**Sofi** ran her table's...": the name may stand in bold before the verb.
NAME_FIRST = re.compile(
    r"^[\s*_\-\u2022]*(?P<name>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,2})[*_]*\s+[a-z]"
)
# "When the wall fell, ...", "After the first round ...": a sentence that opens on a clause
# saying when or how, its subject after it.
OPENING_CLAUSE = re.compile(
    r"^[\s*_\-\u2022]*(?:When|Whenever|After|Before|While|Once|Until|Since|Although|Though|"
    r"Because|If|With|Without|During|Despite|Having)\s+"
)
MAX_OPENING_CLAUSE_WORDS = 16
# Lines over a note that say what it is about and when: a few, each of a few words.
MAX_HEADER_LINES = 3
MAX_HEADER_LINE_WORDS = 12
CLAUSE_END = re.compile(
    r"(?<=[.!?])[\"')\]\u201d\u2019]*\s+(?=[A-Z\"'(\u201c\u2018])|[;:]\s|\n\s*\n"
)
# "Ana Ruiz, May 3" under a title: who wrote it, and when.
BYLINE = re.compile(
    r"^\s*[*_]*(?P<name>[^\W\d_][^,\d\n|\u00b7]*?)\s*(?:,|\s[\u00b7|\u2014\u2013-])\s*"
    r"(?P<when>[^\n]*?\d[^\n]*?)[*_]*\s*$"
)
# Who answered a form: "Name: Ana Ruiz", "Timestamp 1/14/2026 10:51:12 | Name: Ana Ruiz".
RESPONDENT_LINE = re.compile(
    r"^\s*(?:Timestamp\b[^|\n]{0,40}\|\s*)?(?:(?:Student|Full|Your)\s+)?Name\s*:\s*"
    r"(?P<name>[^|\n]{2,40}?)\s*(?:\|.*)?$",
    re.I,
)
HEADING_LINE = re.compile(r"^\s*#{1,6}\s+(?P<text>.+?)\s*#*\s*$")
BOLD_LINE = re.compile(r"^\s*(?:\*\*|__)(?P<text>[^*_].*?)(?:\*\*|__)\s*:?\s*$")
SEPARATOR = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,}|={3,})\s*$")
# "--- Mick T. (6th)": a rule that opens a student's heading line, and a short note after
# the name ("(gr 6)", "(7th)", "(Teo)") that says which class or which nickname.
HEADING_RULE = re.compile(r"^(?:-{2,}|\*{3,}|_{3,}|={3,}|[\u2014\u2013]+|#{1,6})\s*")
HEADING_RULE_END = re.compile(r"\s*(?:-{2,}|\*{3,}|_{3,}|={3,}|[\u2014\u2013]{2,})$")
HEADING_NOTE = re.compile(r"\s*\([^()\n]{1,20}\)$")
# "6th grade", "gr 7", "P3": the class a heading gives beside the student's name.
CLASS_PIECE = re.compile(
    r"(?:gr(?:ade)?\.?\s*\d{1,2}|\d{1,2}(?:st|nd|rd|th)(?:\s+gr(?:ade)?\.?)?"
    r"|(?:period|per\.?|p)\s*\d{1,2})",
    re.IGNORECASE,
)
KEY_LINE = re.compile(
    r"^\s*(?:[-*>]\s+)?[*_]*(?P<key>[A-Za-z][A-Za-z'\u2019()/ -]{0,30}?)[*_]*\s*:[*_]*"
    r"(?:\s+|$)(?P<value>.*)$"
)
# "Ms. Bell's comment:", "Mrs. B note:", "Mr Diaz's prompt:": the teacher's own line in a
# student's journal or sheet, by the teacher's name rather than "Teacher comment:".
NAMED_TEACHER_KEY = re.compile(
    r"^\s*(?:\d{1,2}[.)]\s*)?(?:[-*>]\s+)?[*_]*(?P<who>[A-Z][\w.'\u2019 -]{0,30}?)"
    r"(?:'s|\u2019s)?\s+(?P<what>comments?|notes?|feedback|prompt|question|asks|reply)"
    r"[*_]*\s*:[*_]*\s*(?P<value>.*)$",
    re.IGNORECASE,
)
# Where a line is signed: " - HF", " -Ms. B", " (PN)", the teacher's name or initials after.
SIGNATURE_MARK = re.compile(
    r"(?:\s[-\u2013\u2014~]\s?|\s\()(?P<who>(?:(?:Mr|Ms|Mrs|Dr)\.?\s)?[A-Z][A-Za-z.]{0,12}"
    r"(?:\s[A-Z][A-Za-z.]{0,12})?)\)?(?=\s|$)"
)
BOLD_KEY = re.compile(r"(?:\*\*|__)(?P<key>[^*_:\n]{1,32}?)\s*:?\s*(?:\*\*|__)\s*:?\s*")
# A typed-up sticky note may keep its colour first ("[pink] Kat - ran the circle").
ABOUT_LINE = re.compile(
    r"^\s*(?:[-*\u2022]\s+)?(?:\[[a-z][a-z ]{1,14}\]\s+)?[*_]*"
    r"(?P<name>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2})"
    r"[*_]*\s*[-\u2013\u2014]{1,2}\s+\S"
)
NAME_LINE_SEPARATOR = re.compile(r"\s+[\u00b7|\u2014\u2013-]\s+|\s*[\u00b7|]\s*")
# One field of a header line holding several: `Student: Maya | Date: ...`, `Presenter:
# Maya — Reviewer: Leo` (a dash between fields, not inside a name), or a form's fields set
# apart by a run of spaces (`Author: Rashad C.        Reviewer: Sam H.`).
FIELD_PIECE = re.compile(
    r"(?:[^|;\s\u2014\u2013-]|\s(?![\u2014\u2013-]{1,2}\s)(?!\s{2})"
    r"|(?<!\s)[\u2014\u2013-]|[\u2014\u2013-](?!\s))+"
)
# "Essay by Felix M.", a field of a header line without its colon: a work, "by", a name.
WORK_BY_PIECE = re.compile(
    rf"^\s*[*_]*(?P<key>[A-Za-z]+(?: [A-Za-z]+)? by)\s+"
    rf"(?P<value>{_CAP}[\w.'\u2019-]*(?:\s+{_CAP}[\w.'\u2019-]*){{0,2}})[*_]*\s*$"
)
TABLE_ROW = re.compile(r"^\s*\|?(?:[^|\n]*\|)+[^|\n]*\|?\s*$")
TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
STAGE_DIRECTION = re.compile(r"^\s*(?:\[[^\]]+\]|\([^)]+\)|\*[^*]+\*|_[^_]+_)\s*$")
SALUTATION = re.compile(
    r"^\s*(?:dear|hi|hello|good (?:morning|afternoon|evening))\b[^!?\n]{0,50}[,:!]?\s*$", re.I
)
SIGN_OFF = re.compile(
    r"^\s*(?:thanks?(?: you)?(?: so much)?(?: for [^.]{0,60})?|thank you|best|best wishes|"
    r"warmly|kind regards|regards|sincerely|cheers|all the best|with thanks|take care|"
    r"many thanks|warm regards)\s*[,.!]?\s*$",
    re.I,
)
REPLY_HEADER = re.compile(
    r"^\s*>?\s*(?:on .{5,80} wrote:\s*$|-{2,} ?original message|from: .{3,80} sent: )", re.I
)
QUOTED_REPLY = re.compile(r"^\s*(?:>|on .{5,80} wrote:\s*$|-{2,} ?original message)", re.I)
# Outlook's quoted message: a rule of underscores, then the earlier message's own header.
OUTLOOK_RULE = re.compile(r"^\s*_{8,}\s*$")
OUTLOOK_FIELD = re.compile(r"^\s*\**(?P<key>from|sent|date|to|cc|subject)\**\s*:", re.I)


def opens_outlook_reply(lines: Sequence[str], index: int) -> bool:
    """The line opens the message an Outlook reply quotes: a line of underscores, and under
    it "From:" and more of that message's header (Sent:, To:, Subject:)."""
    if not OUTLOOK_RULE.match(lines[index]):
        return False
    below = [line for line in lines[index + 1 : index + 7] if line.strip()][:4]
    keys = [match["key"].lower() for line in below if (match := OUTLOOK_FIELD.match(line))]
    return bool(keys) and keys[0] == "from" and len(set(keys)) >= 2


SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"')\]\u201d\u2019]*\s+(?=[A-Z\"'(\u201c\u2018])")
# "**What went well?** I finished..." : a prompt in bold or italics, the answer after it.
PROMPT_PREFIX = re.compile(r"^\s*(\*\*|__|\*|_)(?P<q>[^*_\n]{3,}?\?)\1\s*(?P<rest>.*)$")
MAX_PROMPT_WORDS = 40
# A sheet's question on a line of its own inside the flow of answers: a short one.
MAX_FLOW_QUESTION_WORDS = 15
# "Marcus B. - Writer's Notebook (typed from handwritten copy by Ms. O) - Mar 17" is a title.
MAX_TITLE_WORDS = 18
# A setting line under the title ("Wed 1/14 - Ana Ruiz (gr 6) - with Ms. Bell, dad by phone
# for the last 10 min"): a few short pieces, split where a header splits them. A full stop
# ends a piece, not one after a title or an initial ("Ms. Bell", "R. Diaz").
MAX_SETTING_WORDS = 30
MAX_SETTING_PIECE_WORDS = 8
SETTING_PIECE = re.compile(r"\s+[-\u2013\u2014|+/]\s+|\s*[|,;]\s*|(?<![A-Z][a-z])(?<![A-Z])\.\s+")
# A header value is a few words; past this, a field's value is an answer or a note.
MAX_FIELD_WORDS = 8
QUOTE_MARK = re.compile('["\u201c\u201d]')
# Header keys that are also how a transcript labels a speaker: a header only when the value
# reads as a name, not a sentence.
ROLE_KEYS = frozenset(
    {"teacher", "tutor", "facilitator", "presenter", "speaker", "observer", "chair", "chairperson"}
)
# Header keys that may also open a message's words ("Message: Hi Mr. Ruiz, ..."): a header
# only when the value reads as a subject, a few words and no sentence.
SUBJECT_LINE_KEYS = frozenset({"message", "conversation", "thread"})
# A header field found by its shape alone, before the line is known to be a header.
UNKNOWN_FIELD = "unknown field"


@dataclass(frozen=True)
class Span:
    role: Role
    start: int
    end: int
    # On a turn: the label as written, what kind of speaker it is, and the student's id.
    speaker: str | None = None
    speaker_kind: str | None = None
    student_id: str | None = None
    # On metadata: the canonical key ("student", "date", "type", ...) and the key as written.
    key: str | None = None
    label: str | None = None
    # The teacher's section the span stands in ("notes", "teacher_notes", "plan"...).
    section: str | None = None
    # On prose: the student its first words name as who did something ("Malik blurted
    # out..."); whose it is only in a teacher's notes on several students.
    named_first: str | None = None

    def text_in(self, text: str) -> str:
        return text[self.start : self.end]

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"role": self.role.value, "start": self.start, "end": self.end}
        for name in ("speaker", "speaker_kind", "student_id", "key", "section"):
            value = getattr(self, name)
            if value is not None:
                data[name] = value
        return data


@dataclass(frozen=True)
class Segmentation:
    text: str
    spans: list[Span]
    # Header values by canonical key, the first of each as written.
    metadata: dict[str, str] = field(default_factory=dict)
    title: str | None = None
    # (skill, level) pairs from the teacher's own rating lines.
    teacher_levels: list[tuple[Skill, Level]] = field(default_factory=list)
    # Where the body begins, past the front matter, title and header lines.
    body_start: int = 0
    # The document's own From: names someone other than the teacher (a parent who forwards
    # a relative's email writes the lines above it too).
    sent_by_other: bool = False
    # Where each row of a table of feedback forms begins, a form a row ("Reviewer |
    # Presenter | Glow | Grow"): a row is its form's whole.
    form_rows: frozenset[int] = frozenset()

    def of_role(self, *roles: Role) -> list[Span]:
        return [span for span in self.spans if span.role in roles]

    @property
    def turns(self) -> list[Span]:
        return self.of_role(Role.TURN)

    def speaking_students(self) -> list[str]:
        return list(dict.fromkeys(s.student_id for s in self.turns if s.student_id))

    def noted_students(self, *, named_first: bool = False) -> list[str]:
        """Students a note has a paragraph about, each opening with their name (and a dash;
        with `named_first`, also as the subject of its first sentence)."""
        found: list[str] = []
        for s in self.spans:
            if s.role is Role.TURN:
                continue
            if s.student_id and s.student_id != UNKNOWN_PERSON:
                found.append(s.student_id)
            elif named_first and s.student_id is None and s.named_first:
                found.append(s.named_first)
        return list(dict.fromkeys(found))

    def notes_on_each(self) -> Segmentation:
        """A teacher's notes on several students: each paragraph is about the student it
        opens with, and a paragraph that opens with none is about no one in particular."""
        spans = []
        for span in self.spans:
            if span.role in (Role.NARRATIVE, Role.STUDENT_WRITING) and span.student_id is None:
                span = replace(span, student_id=span.named_first or UNKNOWN_PERSON)
            spans.append(span)
        return replace(self, spans=spans)

    def slips_apart(self) -> Segmentation:
        """A sheet of several students' writing, each piece under its writer's label (exit
        slips typed up as "Ana R: ..."): a student's own is what their label heads, and the
        sheet's title, the teacher's lines and an unknown label's words are no one's."""
        spans = []
        for span in self.spans:
            if span.role in (Role.NARRATIVE, Role.STUDENT_WRITING) and span.student_id is None:
                span = replace(span, student_id=UNKNOWN_PERSON)
            spans.append(span)
        return replace(self, spans=spans)

    def quoted_parts(
        self,
        subject: str | None,
        parts: dict[tuple[int, int], str],
        owners: Sequence[str] = (),
    ) -> Segmentation:
        """A conference note on one student that quotes another (`quoted_speakers`), or on
        the `owners` it names together: each paragraph opening on a quoted student's words,
        or on one of them as its subject ("Toby has not needed to be moved"), is theirs, the
        rest of the note the subject's (or, with none, everyone's)."""
        quoted = {*parts.values(), *owners}
        spans = []
        for span in self.spans:
            if span.role in (Role.NARRATIVE, Role.STUDENT_WRITING) and span.student_id is None:
                owner = next((sid for (a, b), sid in parts.items() if a <= span.start < b), None)
                if owner is None and span.named_first in quoted:
                    owner = span.named_first
                span = replace(span, student_id=owner or subject)
            spans.append(span)
        return replace(self, spans=spans)

    def own_spans(self, student_id: str) -> list[Span]:
        """The spans that are this student's own words, or, in a note about them, the
        narrative about them."""
        own: list[Span] = []
        for span in self.spans:
            if (span.role is Role.TURN and span.student_id == student_id) or (
                span.role in (Role.STUDENT_WRITING, Role.NARRATIVE)
                and span.student_id
                in (
                    None,
                    student_id,
                )
            ):
                own.append(span)
        return own

    def own_text(self, student_id: str) -> str:
        """The student's own spans, one a line: what the assessor reads and quotes."""
        return join_spans(self.text, self.own_spans(student_id))

    def body_text(self) -> str:
        """The text without its header, title and the teacher's ratings."""
        skip = {Role.METADATA, Role.TITLE, Role.RATING}
        return join_spans(self.text, [s for s in self.spans if s.role not in skip])

    def to_json(self) -> list[dict[str, Any]]:
        return [span.to_json() for span in self.spans]


def split_at_named_sentences(
    structure: Segmentation, roster: Sequence[RosterStudent]
) -> Segmentation:
    """A teacher's notes on several students, where a paragraph about one goes on to a
    sentence that opens on another ("Kay ran lines with Ty. Ty read his part ..."): from
    that sentence on, the paragraph is about the other student."""
    spans: list[Span] = []
    for span in structure.spans:
        owner = span.student_id or span.named_first
        if span.role is not Role.PROSE or owner == UNKNOWN_PERSON:
            spans.append(span)
            continue
        # A paragraph opening on no one ("crew circle: two visitors argued. Priya stepped
        # in ...") is about the student a later sentence opens on, from that sentence on.
        words = span.text_in(structure.text)
        cuts: list[tuple[int, str]] = []
        for match in SENTENCE_BREAK.finditer(words):
            rest = words[match.end() :]
            subject = _opening_subject(rest, roster) or _possessive_then_pronoun(rest, roster)
            if subject is not None and subject != (cuts[-1][1] if cuts else owner):
                cuts.append((match.end(), subject))
        if not cuts:
            spans.append(span)
            continue
        bounds = [(0, owner), *cuts]
        for number, (begin, student) in enumerate(bounds):
            stop = bounds[number + 1][0] if number + 1 < len(bounds) else len(words)
            piece = words[begin:stop]
            fields: dict[str, Any] = {"named_first": student}
            if span.student_id is not None:
                fields["student_id"] = student
            spans.append(
                replace(
                    span,
                    start=span.start + begin,
                    end=span.start + begin + len(piece.rstrip()),
                    **fields,
                )
            )
    return replace(structure, spans=spans)


# "Tyrell's group - he kept them on track": the student's group or table, then what the
# student did in it.
POSSESSIVE_THEN_PRONOUN = re.compile(
    r"^(?P<name>[A-Z][\w.-]*)['\u2019]s\s+[a-z]+(?:\s+[a-z]+)?\s*(?:[-\u2013\u2014]+|,)\s*"
    r"(?:he|she|they)\s+[a-z]"
)


def _possessive_then_pronoun(words: str, roster: Sequence[RosterStudent]) -> str | None:
    match = POSSESSIVE_THEN_PRONOUN.match(words)
    if match is None:
        return None
    hits = names_in(match.group("name"), roster)
    if len(hits) == 1 and hits[0][0] == 0 and hits[0][1] == len(match.group("name")):
        return hits[0][2]
    return None


# What follows a name when the sentence gives the student's own words: a verb of saying, a
# colon or a comma, then the quote ("Toby said: \"...\"", "Wren: \"...\"").
SAYS_QUOTE = re.compile(
    r"^(?:\s*\([^()\n]{1,20}\))?\s*(?:(?:said|says|asked|told me|told us|replied|answered"
    r"|explained|added|admitted|insisted|put it)\b\s*)?[:,]?\s*[\"\u201c]"
)


def quoted_speakers(
    structure: Segmentation, roster: Sequence[RosterStudent], skip: Sequence[str]
) -> dict[tuple[int, int], str]:
    """The paragraphs of a note that give one student's quoted words ("Toby said: \"I
    still want to go fast...\"", "I asked Wren how it went. Wren: \"Better.\""), by where
    they stand, each with that student: only a paragraph that quotes no one else and names
    no one else before them, and not those in `skip` (the note's subject)."""
    found: dict[tuple[int, int], str] = {}
    for span in structure.of_role(Role.PROSE):
        if span.start < structure.body_start or span.student_id is not None:
            continue
        words = span.text_in(structure.text)
        said = _quoted_in(words, roster)
        if len({student for _, student in said}) != 1:
            continue
        first, student = said[0]
        if student in skip or any(sid != student for *_, sid in names_in(words[:first], roster)):
            continue
        found[(span.start, span.end)] = student
    return found


def _quoted_in(words: str, roster: Sequence[RosterStudent]) -> list[tuple[int, str]]:
    """Where a paragraph's sentences open on a student giving their own words, and who."""
    said: list[tuple[int, str]] = []
    starts = [0, *(match.end() for match in SENTENCE_BREAK.finditer(words))]
    for start in starts:
        opening = words[start : start + 80]
        hits = names_in(opening, roster)
        if not hits or opening[: hits[0][0]].strip(" *_-\u2022"):
            continue
        _, end, student = hits[0]
        if SAYS_QUOTE.match(opening[end:]):
            said.append((start, student))
    return said


def _opening_subject(words: str, roster: Sequence[RosterStudent]) -> str | None:
    """The student a sentence opens on as its subject: a roster name (never one that is an
    everyday word) followed by a word in lower case ("Ty read his part ..."), or the first
    name after an opening clause that names no one ("When the wall fell, Ty ...", "After
    lunch Ty said ...")."""
    match = NAME_FIRST.match(words)
    if match is not None:
        # "AJ's face went red ...": a sentence opening on what is the student's tells of them.
        name = re.sub(r"['\u2019]s$", "", match.group("name"))
        hits = names_in(name, roster)
        if len(hits) == 1 and hits[0][0] == 0 and hits[0][1] == len(name):
            return hits[0][2]
    return (
        _everyday_name_doing(words, roster)
        or _name_label(words, roster)
        or _subject_after_clause(words, roster)
        or _subject_noticed(words, roster)
    )


# A verb in the past, as what someone did: "came", "stood", "explained" (any "-ed").
DID = re.compile(
    r"(?:[a-z]+ed|came|went|stood|sat|took|made|said|told|gave|got|kept|left|led|ran|wrote"
    r"|brought|began|found|felt|knew|spoke|chose|drew|won|held|met|showed|stuck)\b"
)


def _everyday_name_doing(words: str, roster: Sequence[RosterStudent]) -> str | None:
    """A sentence opening on a first name that is also a word, then what they did ("Ruby
    came along ...", "Grace explained ..."): a word does nothing, so it is the student, when
    one student alone has that first name."""
    match = re.match(r"[\s*_\-\u2022]*([A-Z][a-z]+)\s+(?=[a-z])", words)
    if match is None or not is_common_word(match.group(1)) or not DID.match(words, match.end()):
        return None
    given = match.group(1).lower()
    owners = [s.id for s in roster if s.name.split()[0].lower() == given]
    return owners[0] if len(owners) == 1 else None


# "Also noticed Amara ...", "Saw Kai helping ...": a teacher's note leaves out its "I"; the
# student seen is what the sentence is about.
NOTICED = re.compile(
    r"^\W*(?:(?:also|and|then|later|again)\s+)?(?:i\s+)?(?:also\s+)?"
    r"(?:noticed|saw|observed|watched|spotted|overheard|caught)\s+(?:that\s+)?",
    re.IGNORECASE,
)


def _subject_noticed(words: str, roster: Sequence[RosterStudent]) -> str | None:
    opening = NOTICED.match(words)
    if opening is None:
        return None
    match = NAME_FIRST.match(words[opening.end() :])
    if match is None:
        return None
    hits = names_in(match.group("name"), roster)
    if len(hits) == 1 and hits[0][0] == 0 and hits[0][1] == len(match.group("name")):
        return hits[0][2]
    return None


# "Maya Thornton. Maya led ...", "Elijah Brooks (Eli). He ...": a paragraph labelled with
# the student's name and a full stop, as a typed-up sheet of notes does.
NAME_LABEL = re.compile(
    r"^[\s*_\-\u2022]*(?P<name>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){1,2})"
    r"(?:\s*\([^()\n]{1,20}\))?\.\s+[A-Z\"\u201c]"
)


def _name_label(words: str, roster: Sequence[RosterStudent]) -> str | None:
    """The student whose whole name (two or three words) labels the paragraph."""
    match = NAME_LABEL.match(words)
    if match is None:
        return None
    hits = names_in(match.group("name"), roster)
    if len(hits) != 1 or hits[0][0] != 0 or hits[0][1] != len(match.group("name")):
        return None
    return hits[0][2]


def _subject_after_clause(words: str, roster: Sequence[RosterStudent]) -> str | None:
    """The student a sentence names first, as the subject of its main clause ("When the
    snow wall fell, Ty started to ...", "After the first round Ty said ..."), when it opens
    on a clause ("when", "after", "during" ...) of a few words that names no one. A name
    right after the opening word ("When Ty asked, ...") is that clause's subject, not the
    sentence's; a name read as an object ("After I asked Ty, ...") is followed by no verb."""
    opener = OPENING_CLAUSE.match(words)
    if opener is None:
        return None
    sentence = CLAUSE_END.split(words[opener.end() :], maxsplit=1)[0]
    hits = names_in(sentence, roster)
    if not hits:
        return None
    start, end, student = hits[0]
    clause = sentence[:start]
    if not re.search(r"[a-z]", clause) or len(clause.split()) > MAX_OPENING_CLAUSE_WORDS:
        return None
    if not re.match(r"[*_]*\s+[a-z]", sentence[end:]):
        return None
    return student


def join_spans(text: str, spans: Sequence[Span]) -> str:
    lines = [" ".join(span.text_in(text).split()) for span in spans]
    return "\n".join(line for line in lines if line)


def own_lines(own_text: str) -> list[tuple[int, int]]:
    """Where each own span stands in a stored own text: one span a line."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in own_text.split("\n"):
        if line.strip():
            spans.append((offset, offset + len(line)))
        offset += len(line) + 1
    return spans


# --- Step 1: structure -------------------------------------------------------------------


@dataclass
class _Line:
    start: int
    end: int
    raw: str


def _lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    offset = 0
    for raw in text.split("\n"):
        lines.append(_Line(offset, offset + len(raw), raw))
        offset += len(raw) + 1
    return lines


def _written_sentence(value: str) -> bool:
    """A field's value written as a sentence of three words or more, not a name that ends in
    an initial ("Ravi D.") or a date."""
    return (
        len(value.split()) >= 3
        and re.search(r"[.!?]$", value) is not None
        and re.search(r"(?<![\w.])[A-Z]\.$", value) is None
    )


def _folded_all(values: Sequence[str]) -> set[str]:
    return {value.lower() for value in values}


def _initials(student: RosterStudent) -> str:
    parts = [piece for part in student.name.split() for piece in part.split("-") if piece]
    return "".join(part[0] for part in parts).upper()


def _two_initials(student: RosterStudent) -> set[str]:
    """The first name's initial with one other word's, for a name of three words or more
    (a double family name, or a given name of two words)."""
    parts = student.name.split()
    if len(parts) < 3:
        return set()
    return {(parts[0][0] + part[0]).upper() for part in parts[1:]}


def _letters_of(student: RosterStudent) -> set[str]:
    """How a transcript shortens a student to capitals: "G" or "GA" for Grace Adeyemi, "KBW"
    for Keisha Brown-Whitfield; a nickname's first letter too."""
    first = student.name.split()[0][0].upper()
    return {first, _initials(student), *(n[0].upper() for n in student.nicknames if n)}


def canonical_key(key: str) -> str:
    cleaned = re.sub(r"[*_`]+", "", key).strip().lower()
    cleaned = cleaned.replace("\u2019", "'")
    return " ".join(cleaned.split())


def _trimmed(line: _Line, start_in_line: int = 0) -> tuple[int, int]:
    """The line's offsets without surrounding white space and markdown emphasis marks."""
    raw = line.raw
    begin = start_in_line
    end = len(raw)
    while begin < end and (raw[begin].isspace() or raw[begin] in "*_>"):
        begin += 1
    while end > begin and (raw[end - 1].isspace() or raw[end - 1] in "*_"):
        end -= 1
    return line.start + begin, line.start + end


def _bullet_trimmed(line: _Line) -> tuple[int, int]:
    match = re.match(r"^\s*(?:[-*\u2022+]|\d{1,2}[.)])\s+", line.raw)
    return _trimmed(line, match.end() if match else 0)


def read_structure(
    text: str,
    roster: Sequence[RosterStudent],
    *,
    teacher_names: Sequence[str] = (),
    headings: Sequence[str] = (),
    is_transcript: bool | None = None,
) -> Segmentation:
    """Cut the text into spans; prose and questions are left for `assign_roles`.

    `headings` are lines the document's own format marks as headings (a .docx's Heading
    and Title paragraphs). `is_transcript` says whether labels of unknown people count as
    speakers; None lets the document's shape decide (two or more labelled turns).
    """
    reader = _Reader(text, roster, teacher_names, {canonical_key(h) for h in headings})
    reader.legend = speaker_legend(text)
    reader.read(is_transcript)
    return Segmentation(
        text=text,
        spans=reader.spans,
        metadata=reader.metadata,
        title=reader.title,
        teacher_levels=reader.levels,
        body_start=reader.body_start,
        sent_by_other=_sent_by_other(reader.metadata.get("from"), teacher_names),
        form_rows=frozenset(reader.form_row_starts),
    )


def _sent_by_other(sender: str | None, teacher_names: Sequence[str]) -> bool:
    """A From: header's name ("Maeve Doyle <m@x.net>") that is not the teacher's; without
    the teacher's names, nothing can be told."""
    if not sender or not teacher_names:
        return False
    # "Maeve Doyle <m@x.net>" by its display name; a pasted "From: Maeve Doyle" as it is.
    name = parseaddr(sender)[0] if "@" in sender else sender
    name = re.sub(r"\([^)]*\)", " ", name).strip(' ,"')
    return bool(name) and not is_teacher_label(name, teacher_names)


class _Reader:
    def __init__(
        self,
        text: str,
        roster: Sequence[RosterStudent],
        teacher_names: Sequence[str],
        headings: set[str],
    ) -> None:
        self.text = text
        self.roster = roster
        self.teacher_names = teacher_names
        self.headings = headings
        self.lines = _lines(text)
        self.spans: list[Span] = []
        self.metadata: dict[str, str] = {}
        self.title: str | None = None
        self.levels: list[tuple[Skill, Level]] = []
        self.body_start = 0
        # A transcript's key to its labels: "KO" -> "Kit Olsen".
        self.legend: dict[str, str] = {}
        # Lines already read as a table with a row per student.
        self.covered: set[int] = set()
        self.respondents: dict[int, str] = {}
        # Lines that are only a student's name over the notes or answer about them.
        self.name_headings: dict[int, str] = {}

        # A thread of messages with a family: each message's header line by its start.
        self.messages: dict[int, _Message] = {}
        # A form's plain "Label: answer" lines, two or more one under the other.
        self.field_runs: dict[int, tuple[tuple[int, int], tuple[int, int]]] = {}
        # A form's "Field | value" table rows in the body, each with its field's key.
        self.form_rows: dict[int, str | None] = {}
        # The rows of a table of feedback forms, a form a row, by where each begins.
        self.form_row_starts: set[int] = set()
        # The line under the title that says when, who and where, in pieces: a header.
        self.setting_lines: set[int] = set()
        # A table's rows in the body under its column headings, each cell with its role.
        self.table_rows: dict[int, list[tuple[Role, int, int]]] = {}
        # The student a table's row is about, by its "Student" cell.
        self.table_row_owners: dict[int, str] = {}

    # The header ------------------------------------------------------------------------

    def read(self, is_transcript: bool | None) -> None:
        self.covered = self._feedback_tables()
        self.covered |= self._roster_tables()
        index = self._front_matter(0)
        self.name_headings = self._name_heading_lines(index)
        index = self._preamble(index)
        self.body_start = self.lines[index].start if index < len(self.lines) else len(self.text)
        self.messages = self._message_thread(index)
        if self.messages:
            # Its messages are the family's words and the teacher's, never a talk's turns.
            is_transcript = False
        if is_transcript is None:
            is_transcript = self._looks_like_transcript(index)
        self._body(index, is_transcript)
        self._table_rows_anywhere()
        self.spans.sort(key=lambda span: span.start)

    def _front_matter(self, index: int) -> int:
        lines = self.lines
        while index < len(lines) and not lines[index].raw.strip():
            index += 1
        if index >= len(lines) or lines[index].raw.strip() != "---":
            return 0
        for close in range(index + 1, min(len(lines), index + 40)):
            if lines[close].raw.strip() in ("---", "..."):
                body = lines[index + 1 : close]
                if body and all(
                    not line.raw.strip() or re.match(r"^\s*[\w ]+\s*:", line.raw) for line in body
                ):
                    for line in body:
                        self._key_value_line(line)
                    return close + 1
                return 0
        return 0

    def _preamble(self, index: int) -> int:
        """Title, header lines, separators and blank lines above the body."""
        lines = self.lines
        seen_title = self.title is not None
        while index < len(lines):
            line = lines[index]
            stripped = line.raw.strip()
            if not stripped or SEPARATOR.match(line.raw):
                index += 1
                continue
            if line.start in self.covered or line.start in self.name_headings:
                # "Kai:" over the notes about Kai, and another student's name over theirs:
                # the body begins with the first.
                break
            if TABLE_ROW.match(line.raw) and "|" in stripped:
                consumed = self._table(index)
                if consumed:
                    index += consumed
                    continue
            recording = RECORDING_LINE.match(line.raw)
            if recording is not None and find_dates(recording["when"], today=_ANY_DAY):
                start = line.start + recording.start("when")
                self._add_metadata("date", "recorded", start, line.start + recording.end("when"))
                index += 1
                continue
            if self._header_line(line):
                index += 1
                continue
            if seen_title and is_date_line(line.raw):
                # "Mar. 26" under the title, over a form's fields: the header's date. "Ana
                # Ruiz, May 3" under it is a byline: who wrote it, and when.
                if not self._byline(line):
                    self._add_metadata("date", "", *_trimmed(line))
                index += 1
                continue
            if not seen_title and self._title_line(line, index):
                seen_title = True
                index += 1
                continue
            if not seen_title and self._running_header(index):
                # "Science 7 - Mr. Ruiz - Lab Review Form" over "Peer Review" over the form's
                # fields: a page's running header, then the title.
                start, end = _trimmed(line)
                self.spans.append(Span(Role.TITLE, start, end))
                self.title = re.sub(r"[*_#]+", "", stripped).strip()
                index += 1
                continue
            if self._name_line(line):
                index += 1
                continue
            if seen_title and self._setting_line(line):
                # The body starts here still, so its date is read where it always was.
                self.setting_lines.add(line.start)
            break
        return index

    def _setting_line(self, line: _Line) -> bool:
        """A line under the title saying when, who and where, in pieces rather than a
        sentence ("Wed 1/14 - Ana Ruiz (gr 6) - with Ms. Bell, dad by phone", "Ana Ruiz |
        Fri 5/22 | Room 12"): a header, however it is laid out, never anyone's words. One
        piece at least is a date or the teacher; none is a clause about someone ("Ana came
        in late"), a question or a quotation."""
        plain = line.raw.strip().strip("*_").strip()
        if (
            not plain
            or len(plain.split()) > MAX_SETTING_WORDS
            or plain.endswith(("?", "!", ":"))
            or QUOTE_MARK.search(plain)
            or self._metadata_pairs(line) is not None
            or MESSAGE_LINE.match(line.raw)
            or POSTED_BY_LINE.match(line.raw)
        ):
            return False
        pieces = [piece.strip(" .") for piece in SETTING_PIECE.split(plain) if piece.strip(" .")]
        if len(pieces) < 2 or any(len(piece.split()) > MAX_SETTING_PIECE_WORDS for piece in pieces):
            return False
        if any(self._tells_of_someone(piece) for piece in pieces):
            return False
        return any(_only_a_date(piece) or self._names_the_teacher(piece) for piece in pieces)

    def _names_the_teacher(self, piece: str) -> bool:
        """ "Ms. Bell", "Mr B", or the teacher signing with an initial ("R. Diaz")."""
        if is_teacher_label(piece, self.teacher_names):
            return True
        initial = re.fullmatch(r"([A-Z])\.?\s+([A-Z][\w'-]+)", piece)
        return initial is not None and any(
            len(name.split()) >= 2
            and name.split()[0].startswith(initial.group(1))
            and name.split()[-1] == initial.group(2)
            for name in self.teacher_names
        )

    def _tells_of_someone(self, piece: str) -> bool:
        """ "Ana came in late", "she asked": a piece that is a clause with a person as its
        subject, not a header's name or role."""
        first = piece.split(" ", 1)[0]
        if first.lower() in ("i", "he", "she", "they", "we", "you"):
            return True
        for student in self.roster:
            for name in (student.name, student.name.split()[0], *student.nicknames):
                if re.match(rf"{re.escape(name)}\s+[a-z]", piece):
                    return True
        return False

    def _byline(self, line: _Line) -> bool:
        """A line under the title that is a student's name and a date ("Ana Ruiz, May 3"):
        the writer, as a header would name them, and the day."""
        match = BYLINE.match(line.raw)
        if match is None or not _only_a_date(match.group("when")):
            return False
        if student_for_label(match.group("name").strip(), self.roster) is None:
            return False
        self._add_metadata("student", "byline", line.start + match.start("name"),
                           line.start + match.end("name"))  # fmt: skip
        self._add_metadata("date", "", line.start + match.start("when"),
                           line.start + match.end("when"))  # fmt: skip
        return True

    def _name_line(self, line: _Line, *, add: bool = True) -> bool:
        """A line under the title that is a student's name ("Theodore N. (Teddy)", "Lily
        Tran · Mr. Raman · 3/12/2026"): the writer or subject, as a header would say."""
        if line.start in self.name_headings:
            # The first of several names each over its own block: it heads the first block.
            return False
        pieces = [p for p in NAME_LINE_SEPARATOR.split(line.raw.strip()) if p.strip()]
        if not pieces or len(line.raw.split()) > 12:
            return False
        turn = turn_match(line.raw)
        if turn is not None and turn.group("words").strip() and ":" in line.raw:
            # "Speaker 1 (Maya): I think so." right under the title is the first turn.
            return False
        first = pieces[0].strip()
        inner = re.search(r"\(([^()]+)\)", first)
        forms = [first, re.sub(r"\s*\([^()]*\)", "", first), inner.group(1) if inner else ""]
        if not any(form and student_for_label(form, self.roster) for form in forms):
            return False
        # The rest says when, for whom or where, never what happened ("Talia - great job").
        rest = pieces[1:]
        if any(not (re.search(r"\d", p) or is_adult_label(p.strip())) for p in rest):
            return False
        if add:
            start, end = _trimmed(line)
            self._add_metadata("student", "name", start, end)
        return True

    def _title_line(self, line: _Line, index: int) -> bool:
        stripped = line.raw.strip()
        heading = HEADING_LINE.match(line.raw) or BOLD_LINE.match(line.raw)
        plain = re.sub(r"[*_#]+", "", stripped).strip()
        # A Word heading "Journal #4" is matched as written, not without its "#".
        marked = canonical_key(plain) in self.headings or canonical_key(stripped) in self.headings
        if heading is None and not marked:
            # A plain first line is a title when short, unpunctuated and set apart.
            following = self.lines[index + 1].raw.strip() if index + 1 < len(self.lines) else ""
            header_below = bool(following) and self._is_header_like(self.lines[index + 1])
            if (
                len(plain.split()) > MAX_TITLE_WORDS
                or plain.endswith((".", "?", ",", ";"))
                or (plain.endswith("!") and not header_below)
                or turn_match(line.raw)
                or (
                    following
                    and not self._is_header_like(self.lines[index + 1])
                    and not _subtitle(following)
                    # "(recorded in class, typed by DO)" under it: how it was taken down.
                    and not STAGE_DIRECTION.match(following)
                )
            ):
                return False
        if not plain:
            return False
        start, end = _trimmed(line, len(line.raw) - len(line.raw.lstrip(" #")))
        self.spans.append(Span(Role.TITLE, start, end))
        self.title = self.title or plain
        return True

    def _running_header(self, index: int) -> bool:
        """Two short unpunctuated lines, the second right above a header line."""
        if index + 2 >= len(self.lines):
            return False
        pair = [self.lines[index].raw.strip(), self.lines[index + 1].raw.strip()]
        return (
            all(
                line
                and len(line.split()) <= MAX_TITLE_WORDS
                and not line.endswith((".", "?", ",", ";", "!", ":"))
                and not turn_match(line)
                for line in pair
            )
            and self._metadata_pairs(self.lines[index + 1]) is None
            and self._metadata_pairs(self.lines[index + 2]) is not None
        )

    def _is_header_like(self, line: _Line) -> bool:
        if SEPARATOR.match(line.raw) or TABLE_ROW.match(line.raw) or self._setting_line(line):
            return True
        return self._metadata_pairs(line) is not None or self._name_line(line, add=False)

    def _header_line(self, line: _Line) -> bool:
        pairs = self._metadata_pairs(line)
        if pairs is None:
            return False
        for key, label, start, end in pairs:
            self._add_metadata(key, label, start, end)
        return True

    def _metadata_pairs(self, line: _Line) -> list[tuple[str, str, int, int]] | None:
        """(canonical key, key as written, value start, value end) for a header line.

        `**Student:** Maya  **Date:** Sept 16` holds two; `Student: Maya | Date: Sept 16`
        too. A key must be one people use for a header, or be in bold above the body.
        """
        raw = line.raw
        bold = list(BOLD_KEY.finditer(raw))
        if (
            len(bold) == 1
            and ":" not in raw
            and not raw[bold[0].end() :].strip()
            and METADATA_KEYS.get(canonical_key(bold[0].group("key").strip())) is None
        ):
            # "**Obs - Maya - 11/19**": a whole line in bold, with no colon, is a title.
            return None
        if bold and raw[: bold[0].start()].strip(" >-*#|") == "":
            pairs = []
            for number, match in enumerate(bold):
                label = match.group("key").strip()
                key = METADATA_KEYS.get(canonical_key(label))
                if key is None and (
                    self._names_a_person(label) or _section_kind(canonical_key(label))
                ):
                    return None
                end = bold[number + 1].start() if number + 1 < len(bold) else len(raw)
                value_start = match.end()
                # "**Reviewer:** Amara — **Essay by:** Felix": a dash sets fields apart.
                value_end = len(re.sub(r"\s+[\u2014\u2013-]{1,2}$", "", raw[:end].rstrip(" |;")))
                value = raw[value_start:value_end].strip(" *_")
                if key is None and (
                    len(value.split()) > MAX_FIELD_WORDS or _written_sentence(value)
                ):
                    # "**What I liked:** The line about the dock..." is an answer, not a
                    # header, and so is a short one in sentences ("**Wish:** Talk louder.").
                    return None
                pairs.append(
                    (key or "other", label, line.start + value_start, line.start + value_end)
                )
            return pairs
        pieces = [piece for piece in FIELD_PIECE.finditer(raw) if piece.group().strip()]
        pairs = []
        for number, piece in enumerate(pieces):
            pair = self._plain_pair(line, piece.start(), piece.group())
            if (
                pair is None
                and (number == 0 or (pairs and number == len(pieces) - 1))
                and len(pieces) > 1
                and _only_a_date(piece.group())
            ):
                # "11/7/2025 - from: Mark A. - about: Group 4": a date opens the fields, or
                # closes them ("Reviewer: Mark A.    Presenter: Leo    2/24/26").
                start = line.start + piece.start()
                pair = ("date", "", start, start + len(piece.group().rstrip()))
            if pair is None and pairs:
                # "Reviewer: Amara - Essay by Felix": whose work it is, said without a colon.
                pair = _work_by_field(line, piece)
            if pair is None and len(pieces) > 1:
                # "Fri 9/12   Name: Hannah B.   Advisory: Sycamore": a field of the school's
                # own beside known ones is a field too, not the start of a sentence.
                pair = self._other_field(line, piece.start(), piece.group())
            if pair is None and pairs and _dash_before(raw, pieces[number - 1], piece):
                # "Project: Diego H. - Grape Strike": what the work is called, after a dash
                # inside the last field's value, not a field of its own.
                key, label, start, _ = pairs[-1]
                pairs[-1] = (key, label, start, line.start + len(raw[: piece.end()].rstrip()))
                continue
            if pair is None:
                break
            pairs.append(pair)
        else:
            # A date alone, with no field written after it, is not a header line; nor are
            # fields of which none is a key people use for a header.
            known = any(label and key != UNKNOWN_FIELD for key, label, _, _ in pairs)
            if known:
                return [
                    (key if key != UNKNOWN_FIELD else "other", label, start, end)
                    for key, label, start, end in pairs
                ]
            return None
        whole = self._plain_pair(line, 0, raw)
        return [whole] if whole is not None else None

    def _plain_pair(self, line: _Line, offset: int, piece: str) -> tuple[str, str, int, int] | None:
        match = KEY_LINE.match(piece)
        if match is None:
            return None
        written = canonical_key(match.group("key"))
        key = METADATA_KEYS.get(written)
        if key is None or _section_kind(written) is not None:
            return None
        value = match.group("value").strip()
        # A sentence ends in a full stop; a name may end in an initial's ("Presenter: Ravi D.").
        sentence_end = re.search(r"[.!?]$", value) and not re.search(r"(?<![\w.])[A-Z]\.$", value)
        if written in ROLE_KEYS | SUBJECT_LINE_KEYS and (len(value.split()) > 6 or sentence_end):
            return None
        value_start = offset + match.start("value")
        value_end = offset + len(piece.rstrip(" *_"))
        return key, match.group("key").strip(), line.start + value_start, line.start + value_end

    def _other_field(
        self, line: _Line, offset: int, piece: str
    ) -> tuple[str, str, int, int] | None:
        """A "Key: value" piece whose key is no header key people use ("Advisory: Sycamore"):
        a field only by its shape, a short key and a short value that is no sentence, and
        only beside a known one (`_metadata_pairs`)."""
        match = KEY_LINE.match(piece)
        if match is None or len(match.group("key").split()) > 2:
            return None
        label = match.group("key").strip()
        value = match.group("value").strip()
        if (
            self._names_a_person(label)
            or _section_kind(canonical_key(label)) is not None
            or not value
            or len(value.split()) > MAX_FIELD_WORDS
            or _written_sentence(value)
        ):
            return None
        start = line.start + offset + match.start("value")
        return UNKNOWN_FIELD, label, start, line.start + offset + len(piece.rstrip(" *_"))

    def _names_a_person(self, label: str) -> bool:
        return (
            student_for_label(label, self.roster) is not None
            or is_teacher_label(label, self.teacher_names)
            or is_adult_label(label)
        )

    def _add_metadata(self, key: str, label: str, start: int, end: int) -> None:
        value = self.text[start:end].strip().strip("*_ ").strip()
        self.spans.append(Span(Role.METADATA, start, max(start, end), key=key, label=label))
        if value:
            self.metadata.setdefault(key, value)

    def _key_value_line(self, line: _Line) -> None:
        match = KEY_LINE.match(line.raw)
        if match is None:
            return
        key = METADATA_KEYS.get(canonical_key(match.group("key")), "other")
        start, end = _trimmed(line, match.start("value"))
        # YAML quotes its strings; the value is what is inside them.
        if (
            end - start >= 2
            and self.text[start] == self.text[end - 1]
            and self.text[start] in "\"'"
        ):
            start, end = start + 1, end - 1
        self._add_metadata(key, match.group("key"), start, end)

    def _table(self, index: int) -> int:
        """A header table: a row of keys over a row of values, or rows of key | value."""
        rows: list[tuple[_Line, list[tuple[int, int]]]] = []
        cursor = index
        while cursor < len(self.lines) and TABLE_ROW.match(self.lines[cursor].raw):
            line = self.lines[cursor]
            if not TABLE_RULE.match(line.raw):
                rows.append((line, _cells(line)))
            cursor += 1
        if not rows or self._answer_heading(rows[0][1]):
            # "Question | Answer" over a slip's rows is the slip, not its header.
            return 0
        if len(rows) >= 3 and len(rows[0][1]) == 1:
            # A form's caption, merged across the table ("Conference Form"), over its fields.
            ((start, end),) = rows[0][1]
            self.spans.append(Span(Role.TITLE, start, end))
            self.title = self.title or self.text[start:end]
            rows = rows[1:]
        first_keys = [METADATA_KEYS.get(canonical_key(self.text[s:e])) for s, e in rows[0][1]]
        if len(rows) >= 2 and first_keys and all(first_keys):
            for (start, end), key in zip(rows[0][1], first_keys, strict=False):
                self.spans.append(Span(Role.METADATA, start, end, key=key))
            for (start, end), key in zip(rows[1][1], first_keys, strict=False):
                self._add_metadata(key or "other", self.text[start:end], start, end)
            return cursor - index
        if all(len(cells) == 2 for _, cells in rows):
            keys = [METADATA_KEYS.get(canonical_key(self.text[s:e])) for (s, e), _ in
                    (cells for _, cells in rows)]  # fmt: skip
            if sum(key is not None for key in keys) >= max(1, len(keys) // 2):
                for (_, cells), key in zip(rows, keys, strict=True):
                    (ks, ke), (vs, ve) = cells
                    if key is None and len(self.text[vs:ve].split()) > MAX_FIELD_WORDS:
                        # A form's field and its answer ("Glow | The part where..."): the
                        # answer is the body's, whoever it turns out to be by.
                        self.spans.append(Span(Role.HEADING, ks, ke))
                        self._add(Role.PROSE, vs, ve)
                        continue
                    self._add_metadata(key or "other", self.text[ks:ke], vs, ve)
                return cursor - index
        return 0

    def _feedback_tables(self) -> set[int]:
        """Peer feedback half-sheets typed up as one table, a row each: its heading row names
        the column of who gave it and the column of whose work it is ("Reviewer | Presenter
        | Glow | Grow", "From | To | Stars | Wish"). A row's two names are its form's fields,
        as "Reviewer:" and "Presenter:" lines are, under its column's heading; its other
        cells are what the reviewer wrote, and the heading row is no one's. Only the spans
        are the form's: a row's names are not the document's header."""
        covered: set[int] = set()
        index = 0
        while index < len(self.lines):
            line = self.lines[index]
            if "|" not in line.raw or not TABLE_ROW.match(line.raw):
                index += 1
                continue
            outer_bars = line.raw.strip().startswith("|") and line.raw.strip().endswith("|")
            columns = _columns(line, outer_bars=outer_bars)
            headings = [canonical_key(self.text[s:e]).rstrip(":").strip() for s, e in columns]
            sides = [feedback_side(heading, in_row=True) for heading in headings]
            rows, cursor = self._rows_below(index)
            people = [
                self._row_student(self.text[slice(*cell)])
                for row in rows
                for cell, side in zip(_columns(row, outer_bars=outer_bars), sides, strict=False)
                if side is not None
            ]
            if (
                sides.count("giver") != 1
                or sides.count("receiver") != 1
                # A column for what was written: a "Reviewer | Writer" pair alone is a header.
                or sides.count(None) < 1
                # A row names one of the teacher's students: "From | To | Activity" over
                # times of day is a timetable.
                or not any(people)
            ):
                index += 1
                continue
            self.spans += [Span(Role.HEADING, start, end) for start, end in columns if start < end]
            for row in rows:
                cells = _columns(row, outer_bars=outer_bars)
                if len(cells) != len(columns):
                    # A row spanning the table (a section's caption) is read as prose.
                    self.spans += [Span(Role.PROSE, s, e) for s, e in _cells(row)]
                    continue
                self.form_row_starts.add(row.start)
                for (start, end), column, heading, side in zip(
                    cells, columns, headings, sides, strict=True
                ):
                    key = METADATA_KEYS.get(heading)
                    if start == end and side is None:
                        continue
                    if side is None and key is None:
                        self._add(Role.PROSE, start, end)
                        continue
                    # A reviewer's cell left empty is still the row's field: it names no one.
                    # "Date | Reviewer | ...": a date's cell, too, is a field of the form.
                    label = self.text[slice(*column)]
                    self.spans.append(Span(Role.METADATA, start, end, key=key or "other",
                                           label=label))  # fmt: skip
            covered |= {self.lines[n].start for n in range(index, cursor)}
            index = cursor
        return covered

    def _roster_tables(self) -> set[int]:
        """A table with a row per student ("Name | Response", exit tickets typed into a
        sheet): each row's other cells are that student's, and a row for someone not on the
        roster is no one's, so it never joins another student's words."""
        covered: set[int] = set()
        index = 0
        while index < len(self.lines):
            line = self.lines[index]
            if "|" not in line.raw or not TABLE_ROW.match(line.raw) or line.start in self.covered:
                index += 1
                continue
            cells = _cells(line)
            keys = [METADATA_KEYS.get(canonical_key(self.text[s:e])) for s, e in cells]
            column = keys.index("student") if keys.count("student") == 1 else None
            rows, cursor = self._rows_below(index)
            outer_bars = line.raw.strip().startswith("|") and line.raw.strip().endswith("|")
            named = [
                self._row_student(self.text[slice(*row_cells[column])])
                for row in rows
                if column is not None
                and (row_cells := _row_cells(row, len(cells), outer_bars=outer_bars))
            ]
            if (
                column is None
                or len(cells) < 2
                or len(rows) < 2
                # A key | value table ("Writer | Ines C.") is a header, not a sheet of rows.
                or any(student_for_label(self.text[s:e], self.roster) for s, e in cells)
                or sum(1 for student in named if student) * 2 < len(rows)
            ):
                index += 1
                continue
            for start, end in cells:
                self.spans.append(Span(Role.HEADING, start, end))
            columns = _column_roles([self.text[s:e] for s, e in cells])
            sent = _sent_columns([self.text[s:e] for s, e in cells])
            for row in rows:
                row_cells = _row_cells(row, len(cells), outer_bars=outer_bars)
                if not row_cells:
                    continue
                name_start, name_end = row_cells[column]
                student = self._row_student(self.text[name_start:name_end])
                self._add_metadata("student", "name", name_start, name_end)
                rated = [
                    self.text[s:e]
                    for number, (s, e) in enumerate(row_cells)
                    if columns[number] is Role.RATING
                ]
                self.levels += self._rating_pairs(" - ".join(rated))
                for number, (start, end) in enumerate(row_cells):
                    if number == column or start == end:
                        # A question the student left unanswered holds no one's words.
                        continue
                    if number in sent:
                        # "2025-10-03 14:51:02" under "Timestamp": when the row was sent.
                        self._add_metadata(sent[number], self.text[slice(*cells[number])],
                                           start, end)  # fmt: skip
                        continue
                    if columns[number] is Role.RATING:
                        # "Hana | Cognitive Flexibility | Developing" under "Skill | Level":
                        # the teacher's rating, in any column it is written.
                        self.spans.append(Span(Role.RATING, start, end))
                        continue
                    pairs = self._rating_pairs(self.text[start:end])
                    if pairs:
                        # "Organization: Advanced" in a column of levels: the teacher's own
                        # judgement, never the student's evidence.
                        self.levels += pairs
                        self.spans.append(Span(Role.RATING, start, end))
                        continue
                    self._add(Role.PROSE, start, end, student_id=student.id if student
                              else UNKNOWN_PERSON)  # fmt: skip
            covered |= {self.lines[n].start for n in range(index, cursor)}
            index = cursor
        return covered

    def _row_student(self, label: str) -> RosterStudent | None:
        """The student a row's name cell names: "Isabel (Izzy)" by either name."""
        student = student_for_label(label, self.roster)
        bracket = re.fullmatch(r"\s*([^()]+?)\s*\(([^()]+)\)\s*", label)
        if student is None and bracket is not None:
            named = {student_for_label(part, self.roster) for part in bracket.groups()}
            named.discard(None)
            student = named.pop() if len(named) == 1 else None
        return student

    def _table_rows_anywhere(self) -> None:
        """A .docx's tables come after its paragraphs: a key | value row is header there too."""
        covered = {span.start for span in self.spans}
        for line in self.lines:
            if (
                " | " not in line.raw
                or line.start in covered
                or line.start in self.covered
                or line.start in self.form_rows
            ):
                continue
            cells = _cells(line)
            if len(cells) != 2:
                continue
            (ks, ke), (vs, ve) = cells
            key = METADATA_KEYS.get(canonical_key(self.text[ks:ke]))
            if key is None:
                continue
            self.spans = [s for s in self.spans if not (line.start <= s.start < line.end)]
            self._add_metadata(key, self.text[ks:ke], vs, ve)

    # The body --------------------------------------------------------------------------

    def _looks_like_transcript(self, index: int) -> bool:
        labelled = 0
        for number in range(index, len(self.lines)):
            line = self.lines[number]
            following = self.lines[number + 1].raw if number + 1 < len(self.lines) else None
            match = turn_match(line.raw)
            label_only = LABEL_ONLY_LINE.match(line.raw)
            if label_only and not (
                label_only.group("time")
                or _timestamp_first(line.raw)
                or _only_a_timestamp(following)
            ):
                label_only = None
            found = match or label_only
            if found and self._speaker_label(found.group("label"), strict=False):
                labelled += 1
                if labelled >= 2:
                    return True
        return self._dashed_conversation(index)

    def _dashed_conversation(self, index: int) -> bool:
        """A scribe's notes of a talk, "DOM - Let's hear from everybody first." line after
        line: turns set apart by a dash, of the teacher's students or the teacher, where a
        speaker comes back after another has spoken. A teacher's notes on each student
        ("Maya - worked steady") name each one once."""
        speakers: list[str] = []
        for line in self.lines[index:]:
            dashed = NAME_DASH_TURN.match(line.raw)
            if dashed is None or _dated_title(dashed.group("words")):
                continue
            label = dashed.group("label")
            if self._speaker_label(label, strict=True) is None:
                continue
            key = canonical_key(label)
            if speakers and speakers[-1] == key:
                continue
            speakers.append(key)
        return len(set(speakers)) >= 2 and len(speakers) >= DASHED_TURNS_MIN + len(set(speakers))

    def _speaker_label(self, label: str, *, strict: bool) -> tuple[str, str | None] | None:
        """(kind, student id) for a label that names a speaker, or None.

        Strict (not a transcript): only the teacher's students and the teacher are speakers,
        so "Goal: finish early" in a journal stays the student's sentence.
        """
        asked = ASKED_BY.match(label)
        if asked is not None and label[asked.end() :].strip():
            # "Question - Lachlan": the asker is who the label names after the part.
            label = label[asked.end() :]
        key = canonical_key(label)
        if key in TEACHER_LABELS:
            return TEACHER, None
        keyed = self.legend.get(label.strip().strip("*_").rstrip("."))
        if keyed is not None:
            if keyed.lower() in ("me", "teacher", "myself") or is_teacher_label(
                keyed, self.teacher_names
            ):
                return TEACHER, None
            # The key's name as written ("E = Ethan P-D"), else the label itself when it is
            # how the roster knows the student (a nickname "E").
            student = student_for_label(keyed, self.roster) or student_for_label(label, self.roster)
            if student is not None:
                return STUDENT, student.id
            # "KBW = tutor": the key gives the part they play, their letters who they are.
            lettered = None if strict else self._lettered_student(label)
            if lettered is not None:
                return STUDENT, lettered
            return None if strict else (OTHER, None)
        if not strict and key in NOT_SPEAKERS:
            # "JUNE:" in a transcript is June Whitaker if she is on the roster, not the month.
            student = student_for_label(label, self.roster)
            if student is not None:
                return STUDENT, student.id
        lettered = None if strict else self._lettered_student(label)
        if lettered is not None:
            # "Q:" for Quang when the roster or the header calls him Q; "G:" and "A:" in a
            # session headed "Grace (tutor) + Amara P. (tutee)": the letters of its students.
            return STUDENT, lettered
        if key in METADATA_KEYS or key in NOT_SPEAKERS or _section_kind(key) is not None:
            return None
        if key in ANSWER_KEYS or key in PROMPT_KEYS:
            return None
        named = re.search(r"\(([^()]+)\)\s*$", label)
        inner = named.group(1) if named else None
        # "Topher (tutor)", "Hope (question)": the name, with a note on the part they play.
        bare = label[: named.start()].strip() if named else None
        for candidate in (inner, label, bare):
            if candidate is None:
                continue
            student = student_for_label(candidate, self.roster)
            if student is not None:
                return STUDENT, student.id
        if (
            is_teacher_label(label, self.teacher_names)
            or (inner and is_teacher_label(inner, self.teacher_names))
            or (bare and is_teacher_label(bare, self.teacher_names))
        ):
            return TEACHER, None
        if strict:
            return None
        if is_adult_label(label):
            return OTHER, None
        words = label.split()
        if len(words) > 3 and not named:
            return None
        return OTHER, None

    def _lettered_student(self, letters: str) -> str | None:
        """The student a label of capital letters stands for: their nickname on the roster,
        or the initials of exactly one student the document's first lines name."""
        letters = letters.strip().strip("*_")
        if not re.fullmatch(r"[A-Z]{1,3}", letters):
            return None
        nicknamed = [s.id for s in self.roster if letters.lower() in _folded_all(s.nicknames)]
        if len(nicknamed) == 1:
            return nicknamed[0]
        if nicknamed:
            return None
        if len(letters) >= 2:
            # Initials are a person's own: "KBW" is Keisha Brown-Whitfield, "QV" Quang Võ,
            # when no one else on the roster has them.
            owners = [s.id for s in self.roster if _initials(s) == letters]
            if not owners:
                # "YG" for Yesenia Gutierrez Luna: a name of three words by two of them.
                owners = [s.id for s in self.roster if letters in _two_initials(s)]
            return owners[0] if len(owners) == 1 else None
        top = "\n".join(self.text.split("\n")[:TOP_NAME_LINES])
        named = {
            sid
            for start, end, sid in names_in(top, self.roster, labelled=True)
            # A label's name is capitalised and not a line's first word ("Will we...").
            if top[start].isupper() and top[:start].strip(" \t").rpartition("\n")[2]
        }
        fits = [
            sid
            for sid in named
            if letters in _letters_of(next(s for s in self.roster if s.id == sid))
        ]
        return fits[0] if len(fits) == 1 else None

    def _body(self, index: int, is_transcript: bool) -> None:
        state = _BodyState()
        raws = [line.raw for line in self.lines]
        self.respondents = self._respondent_lines(index)
        self.field_runs = self._plain_field_runs(index)
        self.form_rows = self._form_table_rows(index)
        self.table_rows = {} if is_transcript else self._body_tables(index)
        for number in range(index, len(self.lines)):
            following = self.lines[number + 1] if number + 1 < len(self.lines) else None
            state.next_raw = following.raw if following is not None else None
            state.reply_opens = opens_outlook_reply(raws, number)
            self._body_line(self.lines[number], state, is_transcript)
        if is_transcript:
            self._cut_trailing_notes(state)

    def _body_line(self, line: _Line, state: _BodyState, is_transcript: bool) -> None:
        raw = line.raw
        if line.start in self.covered:
            state.reset()
            return
        if self.messages and self._thread_line(line, state):
            return
        if self._forwarded_header(line, state):
            return
        if state.quoted or (
            raw.strip()
            and (
                REPLY_HEADER.match(raw)
                or state.reply_opens
                or (raw.lstrip().startswith(">") and "from" in self.metadata)
            )
        ):
            # The message an email replies to, to its end: the teacher's own words, quoted.
            if raw.strip():
                if state.quoted and state.current is not None:
                    state.current = self._extend(state.current, line)
                else:
                    state.current = self._add(Role.LETTER, *_trimmed(line))
                state.quoted = True
            return
        if not raw.strip():
            state.after_blank = True
            if state.section_until_blank:
                state.section, state.section_until_blank = None, False
            return
        if SEPARATOR.match(raw):
            state.reset(section=True)
            state.after_blank = True
            return
        heading = self._heading(line)
        if heading is not None:
            state.reset(section=True)
            state.section = _section_kind(canonical_key(heading.rstrip(":")))
            # "**Ethan P-D**" over bullets: a heading that is only a student's name heads the
            # notes about that student, to the next heading.
            named = student_for_label(heading.strip(" *_#:"), self.roster)
            state.heading_student = named.id if named is not None else None
            if named is None:
                # A Word heading "Colt Haverty (gr 6)": the name with the class beside it.
                state.heading_student = student_heading(heading, self.roster)
                state.heading_dated = state.heading_student is not None and dated_heading(heading)
            role = Role.QUESTION if heading.rstrip(" *_").endswith("?") else Role.HEADING
            self._add(role, *_trimmed(line, len(raw) - len(raw.lstrip(" #"))))
            return
        if line.start in self.setting_lines:
            state.reset(section=True)
            self.spans.append(Span(Role.METADATA, *_trimmed(line), key="other", label="setting"))
            return
        headed = self.name_headings.get(line.start) if not is_transcript else None
        if headed is not None:
            # "Bao T." or "Amara P. -" alone on a line, over the slip or the note about them.
            state.reset(section=True)
            state.heading_student = headed
            state.heading_dated = dated_heading(line.raw)
            self._add(Role.HEADING, *_trimmed(line))
            return
        if line.start in self.form_rows:
            self._form_row(line, self.form_rows[line.start], state)
            return
        if line.start in self.table_rows:
            owner = self.table_row_owners.get(line.start)
            self._table_row(self.table_rows[line.start], state, owner)
            return
        respondent = self.respondents.get(line.start)
        if respondent is not None:
            # "Timestamp 2/3/2026 10:51 | Name: Ana Ruiz" over a form's answer: the block
            # below, to the next such line, is that student's.
            state.reset(section=True)
            state.heading_student = respondent
            self._add(Role.METADATA, *_trimmed(line))
            return
        if self._named_teacher_line(line, state):
            return
        signed = self._signed_by_teacher(raw)
        if signed is not None:
            # "Great sourcing, Ana! Try a local paper next. - HF  Global Awareness: Proficient"
            # under a journal's last answer: the teacher's comment, signed, and its rating.
            state.reset()
            self.levels += self._rating_pairs(raw[signed:])
            self._add(Role.PROSE, *_trimmed(line), section="teacher_notes")
            return
        pairs = self._rating_pairs(raw)
        key_match = KEY_LINE.match(raw)
        key = canonical_key(key_match.group("key")) if key_match else None
        kind = _section_kind(key) if key is not None else None
        if (
            pairs
            or kind == "rating"
            or (state.section == "rating" and _is_bullet(raw))
            or _scored_line(raw)
        ):
            self.levels += pairs
            state.current = self._add(Role.RATING, *_bullet_trimmed(line))
            state.after_blank = False
            return
        if (
            is_transcript
            and key_match is not None
            and self._lettered_student(key_match.group("key")) is not None
        ):
            # "Q: So our first design..." where Q is a student: a turn, not a question.
            kind = key = None
        if key_match is not None and kind is not None:
            self._section_line(line, key_match, kind, state)
            return
        if key_match is not None and key in ANSWER_KEYS:
            state.current = self._add(
                Role.PROSE, *_trimmed(line, key_match.start("value")), section=state.section
            )
            state.after_blank = False
            return
        turn = turn_match(raw) or _spaced_post_header(raw)
        if turn is not None and self._turn_line(line, turn, state, is_transcript):
            return
        if is_transcript:
            # "Maya - I think so." in a transcript: a dash (or a table's tab) after a speaker's
            # name, with no time stamp, when the name is one of the teacher's students or the
            # teacher.
            for pattern in (NAME_DASH_TURN, BRACKET_TURN):
                dashed = pattern.match(raw)
                if (
                    dashed is not None
                    and not _dated_title(dashed.group("words"))
                    and self._speaker_label(dashed.group("label"), strict=True)
                    and self._turn_line(line, dashed, state, is_transcript)
                ):
                    return
        if key_match is not None and self._body_metadata(line, key_match, state):
            return
        if is_transcript:
            label_only = LABEL_ONLY_LINE.match(raw)
            if label_only is not None and (
                label_only.group("time")
                or _timestamp_first(raw)
                or _only_a_timestamp(state.next_raw)
            ):
                speaker = self._speaker_label(label_only.group("label"), strict=False)
                if speaker is not None:
                    state.reset()
                    state.block_speaker = (label_only.group("label").strip(), *speaker)
                    return
        if is_transcript and state.block_speaker is not None and _only_a_timestamp(raw):
            return
        if _only_a_timestamp(raw) or PAGE_LINE.match(raw):
            # "0:31" or "00:02:14" alone between paragraphs or turns: where a recording's
            # export marks the time, no one's words; the next line starts a span of its own.
            # A printed page's number is the printer's, as much.
            state.current = None
            return
        if is_date_line(raw):
            # "Tuesday, March 3" over a journal's entry, "10/15/25" over a log's: when it
            # was written, a header of the entry below it, not the writer's words.
            if state.heading_dated:
                # "Fri 5/22" after "Wed 5/20 - Dev": a day of its own, with no student named;
                # its notes ("No notes - field day.") are not Dev's.
                state.reset(section=True)
            self.spans.append(Span(Role.HEADING, *_bullet_trimmed(line)))
            state.current = None
            state.after_blank = False
            return
        if STAGE_DIRECTION.match(raw) and (is_transcript or state.current is not None):
            self._add(Role.TEACHER_NARRATIVE, *_trimmed(line))
            return
        if state.block_speaker is not None:
            label, speaker_kind, student_id = state.block_speaker
            current = state.current
            if current is not None and current.role is Role.TURN and not state.after_blank:
                state.current = self._extend(current, line)
            else:
                state.current = self._add(Role.TURN, *_trimmed(line), label, speaker_kind,
                                          student_id)  # fmt: skip
                state.last_turn_line = line
            state.after_blank = False
            return
        # A bold label may hold what KEY_LINE does not ("**Goal for Term 3:** ...").
        field_line = self._bold_field(line)
        field_line = field_line or self.field_runs.get(line.start)
        if field_line is not None:
            # "- **Wish:** Talk louder." under "- **Star:** ...": each field of a form starts
            # its own span, and its label is the form's, not the writer's words.
            field_label, field_value = field_line
            if _rating_field(self.text[slice(*field_label)], self.text[slice(*field_value)]):
                # "**Teacher rating (Self-Management):** Developing", "**Rate it (1-4):** 4":
                # a level or a score given, no one's words.
                self.levels += self._rating_pairs(re.sub(r"[*_()]", " ", raw))
                state.current = self._add(Role.RATING, *_bullet_trimmed(line))
                state.after_blank = False
                return
            self.spans.append(Span(Role.HEADING, *field_label))
            if _prompt_label(self.text[slice(*field_label)]):
                # "**Prompt (Ms. Okoro):** Describe a time ...": asked of the writer.
                state.current = self._add(Role.PROMPT, *field_value)
            else:
                state.current = self._add(
                    Role.PROSE,
                    *field_value,
                    student_id=state.heading_student,
                    section=state.section,
                )
            state.previous_line = line
            state.after_blank = False
            return
        if (
            not is_transcript
            and state.current is not None
            and state.current.role is not Role.TURN
            and (
                self._about(raw) is not None
                or (
                    (
                        self.text[: state.current.end]
                        .rstrip(' *_"\u201d)')
                        .endswith((".", "!", "?"))
                        or _header_lines(state.current, self.text)
                    )
                    and self._named_first(raw) is not None
                    and self._named_first(raw) != state.current.named_first
                )
            )
        ):
            # "Inés C. - It was hard..." right below the last answer, with no blank line
            # between (a PDF's text layer has none): the next student's answer begins. So
            # does a note opening on a student right under a line or two that only say
            # what and when ("Week of May 4 - field trip"), no sentence of anyone's.
            state.current = None
        if (
            not is_transcript
            and state.current is not None
            and state.current.role is not Role.TURN
            and _question_in_flow(self.text[: state.current.end], raw)
        ):
            # "How did your group work?" on a line of its own right after an answer, with no
            # blank line between (a PDF's text layer keeps none): the sheet's next question,
            # not more of the answer.
            state.current = None
        if state.current is not None and not state.after_blank:
            if state.current.role is Role.TURN:
                state.continuations.append((state.current, line, state.previous_line))
            state.current = self._extend(state.current, line)
            state.previous_line = line
            return
        prompt = PROMPT_PREFIX.match(raw)
        if prompt is not None:
            self._add(Role.QUESTION, line.start + prompt.start("q"), line.start + prompt.end("q"))
            if prompt.group("rest").strip():
                state.current = self._add(
                    Role.PROSE, *_trimmed(line, prompt.start("rest")), section=state.section
                )
            state.after_blank = False
            return
        plain = raw.strip().strip("*_").strip()
        if (_asks_first(plain) and len(plain.split()) <= MAX_PROMPT_WORDS) or (
            plain.endswith(":") and len(plain.split()) <= 15
        ):
            # A question opening a paragraph is asked of the writer, not written by them.
            self._add(Role.QUESTION, *_bullet_trimmed(line))
            state.current, state.after_blank = None, False
            return
        role = Role.TEACHER_SUMMARY if state.section == "plan" else Role.PROSE
        if state.section == "prompt":
            role = Role.PROMPT
        state.current = self._add(
            role,
            *_bullet_trimmed(line),
            student_id=self._about(raw) or state.heading_student,
            section=state.section,
        )
        state.previous_line = line
        state.after_blank = False

    def _name_heading_lines(self, index: int) -> dict[int, str]:
        """Lines that are only a student's name, with at most a dash after it ("Bao T.",
        "Amara P. -"), each over the block about that student: a sheet of notes or slips
        typed up, when two or more of the teacher's students head one. A name right under
        a field's label ("Reviewer:" above "Maya T.") is that field's value."""
        found: dict[int, str] = {}
        for number in range(index, len(self.lines)):
            line = self.lines[number]
            if line.start in self.covered:
                continue
            previous = self.lines[number - 1].raw.rstrip() if number > 0 else ""
            if previous.endswith(":"):
                continue
            student = student_heading(line.raw, self.roster)
            if student is not None:
                found[line.start] = student
        return found if len(set(found.values())) >= 2 else {}

    def _message_thread(self, index: int) -> dict[int, _Message]:
        """The message headers of a thread between the teacher and a family: two or more
        dated messages, none sent by one of the teacher's students (a class's discussion
        board is its students' posts), one at least by someone who is not the teacher."""
        found: dict[int, _Message] = {}
        for line in self.lines[index:]:
            match = MESSAGE_LINE.match(line.raw) or POSTED_BY_LINE.match(line.raw)
            if match is None:
                continue
            groups = match.groupdict()
            group = "stamp" if groups.get("stamp") else "bare_stamp"
            stamp = groups.get(group) or ""
            if not find_dates(stamp, today=_ANY_DAY):
                continue
            sender = match.group("sender").strip()
            bare = re.sub(r"\s*\([^()]*\)\s*$", "", sender)
            if student_for_label(bare, self.roster) is not None:
                return {}
            note = re.search(r"\(([^()]*)\)\s*$", sender)
            from_teacher = is_teacher_label(bare, self.teacher_names) or bool(
                note and STAFF_NOTE.search(note.group(1))
            )
            words = match.start("words") if groups.get("words") is not None else None
            sender_start = line.start + match.start("sender")
            found[line.start] = _Message(
                sender=(sender_start, sender_start + len(sender)),
                stamp=(line.start + match.start(group), line.start + match.end(group)),
                words=line.start + words if words is not None else None,
                from_teacher=from_teacher,
            )
        if len(found) < 2 or all(message.from_teacher for message in found.values()):
            return {}
        family = next(message for message in found.values() if not message.from_teacher)
        # Who writes from home is the letter's sender, whoever wrote first.
        self.metadata.setdefault("from", self.text[slice(*family.sender)])
        return found

    def _thread_line(self, line: _Line, state: _BodyState) -> bool:
        """A thread's line: a message's header opens the sender's message; the teacher's
        own messages are the teacher's words (a letter's), never the family's."""
        message = self.messages.get(line.start)
        if message is not None:
            state.reset(section=True)
            state.from_teacher = message.from_teacher
            self._add_metadata("from", "from", *message.sender)
            self._add_metadata("date", "sent", *message.stamp)
            if message.words is not None:
                start, end = _trimmed(line, message.words - line.start)
                role = Role.LETTER if message.from_teacher else Role.PROSE
                state.current = self._add(role, start, end)
                state.previous_line = line
            return True
        if not state.from_teacher or not line.raw.strip() or SEPARATOR.match(line.raw):
            return False
        current = state.current
        if current is not None and current.role is Role.LETTER and not state.after_blank:
            state.current = self._extend(current, line)
        else:
            state.current = self._add(Role.LETTER, *_trimmed(line))
        state.after_blank = False
        return True

    def _forwarded_header(self, line: _Line, state: _BodyState) -> bool:
        """ "---------- Forwarded message ---------" and the From/Date/Subject/To lines under
        it: the forwarded message's header, no one's words. Kept apart from the document's
        own header (its fields are read from the text where they are needed)."""
        if FORWARD_LINE.match(line.raw):
            state.reset(section=True)
            state.forward_fields = True
            self.spans.append(Span(Role.METADATA, *_trimmed(line), key=FORWARDED))
            return True
        if not state.forward_fields:
            return False
        field = OUTLOOK_FIELD.match(line.raw)
        if field is None:
            state.forward_fields = False
            return False
        self.spans.append(Span(Role.METADATA, *_trimmed(line), key=FORWARDED, label=field["key"]))
        return True

    def _plain_field(self, line: _Line) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """(label, value) of "Glow: I liked the ...": a capitalised label of a few words that
        is no header key, section, prompt or person, and an answer after it."""
        match = KEY_LINE.match(line.raw)
        if match is None or not match.group("value").strip():
            return None
        label = match.group("key").strip()
        written = canonical_key(label)
        if (
            not label[0].isupper()
            or len(label.split()) > 3
            # "So my question was: does it float?" is a sentence with a colon in it.
            or SENTENCE_VERB.search(label)
            or written in METADATA_KEYS
            or written in ANSWER_KEYS
            or written in PROMPT_KEYS
            or _section_kind(written) is not None
            or self._names_a_person(label)
        ):
            return None
        start = line.start + match.start("key")
        return (start, start + len(match.group("key").rstrip())), _trimmed(
            line, match.start("value")
        )

    def _rows_below(self, index: int) -> tuple[list[_Line], int]:
        """A table's rows under its heading row at `index` (rules left out), and the line
        number after the table."""
        rows: list[_Line] = []
        cursor = index + 1
        while cursor < len(self.lines) and TABLE_ROW.match(self.lines[cursor].raw):
            if not TABLE_RULE.match(self.lines[cursor].raw):
                rows.append(self.lines[cursor])
            cursor += 1
        return rows, cursor

    def _table_runs(self, index: int) -> Iterator[list[_Line]]:
        """The body's tables from `index` on, each as its rows' lines (rules left out)."""
        number = index
        while number < len(self.lines):
            run: list[_Line] = []
            while number < len(self.lines) and TABLE_ROW.match(self.lines[number].raw):
                line = self.lines[number]
                if "|" in line.raw and not TABLE_RULE.match(line.raw):
                    run.append(line)
                number += 1
            if run:
                yield run
            else:
                number += 1

    def _form_table_rows(self, index: int) -> dict[int, str | None]:
        """A form laid out as a table of "Field | value" rows in the body ("Reviewer | Oliver
        S." over "Writer | Grace K." under "Pair 1"): each row's line and its field's key,
        as a "Field: value" line's. Only a table of two cells a row, its first row a header
        field, at least half its rows header fields and one of them a person's; a row of
        keys in both cells ("Date | Student") is a log's column headings, not a form."""
        rows: dict[int, str | None] = {}
        for run in self._table_runs(index):
            cells = [_cells(line) for line in run]
            keys = [
                METADATA_KEYS.get(canonical_key(self.text[row[0][0] : row[0][1]]))
                if len(row) == 2
                else None
                for row in cells
            ]
            if (
                any(len(row) != 2 for row in cells)
                or any(line.start in self.covered for line in run)
                or keys[0] is None
                or sum(key is not None for key in keys) * 2 < len(keys)
                or not {"student", "author", "presenter"} & set(keys)
                or any(METADATA_KEYS.get(canonical_key(self.text[vs:ve])) for _, (vs, ve) in cells)
            ):
                continue
            rows.update({line.start: key for line, key in zip(run, keys, strict=True)})
        return rows

    def _body_tables(self, index: int) -> dict[int, list[tuple[Role, int, int]]]:
        """A table in the body under a row of column headings ("Question | Answer", "Area |
        Notes", "Student | Skill | Level"): each row's cells and the role of each, by the
        column it stands in. The headings are the table's, a question column holds the
        sheet's prompts and a level column the teacher's ratings; the other cells are the
        body's. Each row stands alone, so no row runs on into the next or into the
        paragraph after the table."""
        found: dict[int, list[tuple[Role, int, int]]] = {}
        for run in self._table_runs(index):
            if any(line.start in self.covered or line.start in self.form_rows for line in run):
                continue
            header = [self.text[s:e] for s, e in _cells(run[0])]
            if len(run) < 2 or not _column_headings(header):
                continue
            named = [
                n
                for n, cell in enumerate(header)
                if METADATA_KEYS.get(_column_key(cell)) == "student"
            ]
            columns = _column_roles(header)
            # "My rating": the student's own view of their level, never the teacher's.
            self_rated = any(SELF_RATING.match(_column_key(cell)) for cell in header)
            if columns[0] is Role.PROSE and all(
                _row_label(self.text[slice(*_cells(line)[0])]) for line in run[1:]
            ):
                # "Organization | Oscar has used the red folder ...": what each row is about.
                columns[0] = Role.HEADING
            found[run[0].start] = [(Role.HEADING, s, e) for s, e in _cells(run[0])]
            for line in run[1:]:
                found[line.start] = self._table_row_cells(line, columns, teachers=not self_rated)
                if len(named) == 1 and len(_cells(line)) > named[0]:
                    # "Jorge | kept the timer" in a "Student | Notes" table: the row is about
                    # the one it names, and no one's when that is no one on the roster.
                    student = self._row_student(self.text[slice(*_cells(line)[named[0]])])
                    self.table_row_owners[line.start] = student.id if student else UNKNOWN_PERSON
        return found

    def _table_row_cells(
        self, line: _Line, columns: list[Role], *, teachers: bool = True
    ) -> list[tuple[Role, int, int]]:
        """One row's cells with their column's role; a row asking for a score ("Rate your
        understanding 1-4 | 4") is a rating, its number no one's words."""
        cells = _cells(line)
        texts = [self.text[s:e] for s, e in cells]
        scored = (
            len(cells) == 2
            and ONLY_A_SCORE.match(texts[1]) is not None
            and SCORE_PROMPT.search(texts[0]) is not None
        )
        roles = [
            Role.RATING if scored else columns[n] if n < len(columns) else Role.PROSE
            for n in range(len(cells))
        ]
        if teachers and Role.RATING in roles:
            self.levels += self._rating_pairs(" - ".join(
                text for text, role in zip(texts, roles, strict=True) if role is Role.RATING
            ))  # fmt: skip
        return [(role, s, e) for role, (s, e) in zip(roles, cells, strict=True)]

    def _table_row(
        self, cells: list[tuple[Role, int, int]], state: _BodyState, owner: str | None = None
    ) -> None:
        state.current, state.block_speaker = None, None
        for role, start, end in cells:
            if not re.search(r"\w", self.text[start:end]):
                # "-" in a cell with nothing to say: no one's words.
                continue
            if role is Role.PROSE:
                self._add(role, start, end, student_id=owner or state.heading_student,
                          section=state.section)  # fmt: skip
            else:
                self.spans.append(Span(role, start, end))

    def _form_row(self, line: _Line, key: str | None, state: _BodyState) -> None:
        """One "Field | value" row of a form's table: a header field, or the form's question
        and its answer ("Comment | Grace used four documents ...")."""
        (ks, ke), (vs, ve) = _cells(line)
        state.reset()
        if key is not None:
            self._add_metadata(key, self.text[ks:ke], vs, ve)
            return
        self.spans.append(Span(Role.HEADING, ks, ke))
        self._add(Role.PROSE, vs, ve, student_id=state.heading_student, section=state.section)

    def _answer_heading(self, cells: list[tuple[int, int]]) -> bool:
        head = [canonical_key(self.text[start:end]).rstrip(":") for start, end in cells]
        return len(head) == 2 and head[0] in PROMPT_KEYS and head[1] in ANSWER_KEYS

    def _plain_field_runs(self, index: int) -> dict[int, tuple[tuple[int, int], tuple[int, int]]]:
        """A form's fields written plain, one a line with no blank line between ("Glow: ..."
        over "Grow: ..."): two or more in a run, so one "Goal: ..." in a journal stays as it
        is written. A line that wraps under a field continues it."""
        runs: dict[int, tuple[tuple[int, int], tuple[int, int]]] = {}
        run: dict[int, tuple[tuple[int, int], tuple[int, int]]] = {}
        for line in [*self.lines[index:], None]:
            field = self._plain_field(line) if line is not None else None
            if field is not None and line is not None:
                run[line.start] = field
                continue
            if line is not None and line.raw.strip() and run and not turn_match(line.raw):
                continue
            if len(run) >= 2:
                runs.update(run)
            run = {}
        return runs

    def _bold_field(self, line: _Line) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """(label, value) offsets of a body line that is a form's field with its label in
        bold ("**Wish:** Talk louder.", "- **What was hard:** ..."), when the label is no
        header key and names no one (a person's label is a turn, read before)."""
        bullet = re.match(r"^\s*(?:[-*\u2022+]\s+)?", line.raw)
        at = bullet.end() if bullet else 0
        match = BOLD_KEY.match(line.raw, at)
        if match is None or ":" not in match.group():
            return None
        label = match.group("key").strip()
        written = canonical_key(label)
        if (
            written in METADATA_KEYS
            or len(label.split()) > 6
            or self._names_a_person(label)
            or not line.raw[match.end() :].strip(" *_")
        ):
            return None
        label_start = line.start + match.start("key")
        label_end = label_start + len(match.group("key").rstrip())
        return (label_start, label_end), _trimmed(line, match.end())

    def _respondent_lines(self, index: int) -> dict[int, str]:
        """A form's responses copied out, each under the line that says who answered
        ("Name: Ana Ruiz", "Timestamp ... | Name: Ana Ruiz"): the line's start and the
        student, when two or more of the teacher's students answer."""
        found: dict[int, str] = {}
        for line in self.lines[index:]:
            match = RESPONDENT_LINE.match(line.raw)
            student = student_for_label(match.group("name"), self.roster) if match else None
            if student is not None:
                found[line.start] = student.id
        return found if len(set(found.values())) >= 2 else {}

    def _about(self, raw: str) -> str | None:
        """`**Kat V.** — ran the circle`, `Imani - passed`: a note that opens with one of
        the teacher's students, then a dash, is about that student."""
        match = ABOUT_LINE.match(raw)
        if match is None:
            return None
        student = student_for_label(match.group("name"), self.roster)
        return student.id if student is not None else None

    def _section_line(
        self, line: _Line, key_match: re.Match[str], kind: str, state: _BodyState
    ) -> None:
        """`Next steps: ...`, `Teacher notes:`, `Prompt: ...`: a teacher's section starts."""
        value = key_match.group("value").strip()
        state.reset()
        state.section = kind
        # "Prompt:" alone heads the one paragraph below it; other sections run to a heading.
        state.section_until_blank = bool(value) or kind == "prompt"
        if not value:
            self._add(Role.HEADING, *_trimmed(line))
            return
        start, end = _trimmed(line, key_match.start("value"))
        if kind == "prompt" and self._asked_in_a_field(key_match, state):
            # "Question: Did you count the teachers?" among a form's fields, no answer below:
            # whose question it is depends on the kind of document (a reviewer's own on
            # feedback, a prompt in a journal), decided with it.
            self._add(Role.QUESTION, start, end)
            state.section, state.section_until_blank = None, False
            return
        if kind == "prompt":
            # The prompt is the value; what follows is the answer to it.
            self._add(Role.PROMPT, start, end)
            state.section, state.section_until_blank = None, False
            return
        role = Role.TEACHER_SUMMARY if kind == "plan" else Role.PROSE
        state.current = self._add(role, start, end, section=kind)

    def _named_teacher_line(self, line: _Line, state: _BodyState) -> bool:
        """ "Mrs. B comment: Ana - lovely synthesis." or "Ms Diaz's prompt: What would you
        ask?" in a journal: the teacher's note or prompt, labelled with the teacher's own
        name, never the student's words. A prompt heads the answer below it; a note runs on
        to the next blank line."""
        match = NAMED_TEACHER_KEY.match(line.raw)
        if match is None or not is_teacher_label(match.group("who"), self.teacher_names):
            return False
        state.reset()
        value = match.group("value").strip(" *_")
        if not value:
            self._add(Role.HEADING, *_trimmed(line))
            state.section = "teacher_notes"
            return True
        start, end = _trimmed(line, match.start("value"))
        if match.group("what").lower() in ("prompt", "question", "asks"):
            self._add(Role.PROMPT, start, end)
            return True
        state.section, state.section_until_blank = "teacher_notes", True
        state.current = self._add(Role.PROSE, start, end, section="teacher_notes")
        return True

    def _signed_by_teacher(self, raw: str) -> int | None:
        """Where the signature ends on a line signed with the teacher's name or initials,
        with at most a rating after it; None for any other line."""
        for mark in SIGNATURE_MARK.finditer(raw):
            rest = raw[mark.end() :].strip(" )")
            if (
                raw[: mark.start()].strip()
                and is_teacher_label(mark.group("who").strip(" ."), self.teacher_names)
                and (not rest or self._rating_pairs(rest))
            ):
                return mark.end()
        return None

    def _asked_in_a_field(self, key_match: re.Match[str], state: _BodyState) -> bool:
        """A "Question:" field whose value is a question and with no answer written under
        it: the line below is blank, the document's end, or the form's next field."""
        following = state.next_raw
        return (
            canonical_key(key_match.group("key")) == "question"
            and key_match.group("value").rstrip(" *_").endswith("?")
            and (
                following is None or not following.strip() or KEY_LINE.match(following) is not None
            )
        )

    def _turn_line(
        self, line: _Line, turn: re.Match[str], state: _BodyState, is_transcript: bool
    ) -> bool:
        speaker = self._speaker_label(turn.group("label"), strict=not is_transcript)
        if speaker is None:
            return False
        speaker_kind, student_id = speaker
        label = turn.group("label").strip()
        state.reset()
        if not turn.group("words").strip() or _only_a_timestamp(turn.group("words")):
            # "Maya Torres: 00:01:15" over her words: the time the turn began.
            state.block_speaker = (label, speaker_kind, student_id)
            return True
        if _only_a_post_stamp(turn.group("words")):
            # "Ana Ruiz - Oct 15, 2025 7:41pm" over a board's post: when it was posted, read
            # apart from the post, whose words are on the lines below.
            start, end = _trimmed(line, turn.start("words"))
            self.spans.append(Span(Role.METADATA, start, end, key=POSTED, label=label))
            state.block_speaker = (label, speaker_kind, student_id)
            return True
        start, end = _trimmed(line, turn.start("words"))
        state.current = self._add(Role.TURN, start, end, label, speaker_kind, student_id)
        state.last_turn_line = line
        state.previous_line = line
        state.turns += 1
        if _asks_the_writer(self.text[start:end], speaker_kind, is_transcript):
            state.current = None
        return True

    def _body_metadata(self, line: _Line, key_match: re.Match[str], state: _BodyState) -> bool:
        """A header line below the title or a first paragraph (`Topic: ...`): still header."""
        key = METADATA_KEYS.get(canonical_key(key_match.group("key")))
        # Right under a short first line with no blank line between (a PDF's text layer has
        # none): "Author of solution: Rashad C." is still the header.
        under_title = (
            state.current is not None
            and state.current.start < 200
            and len(state.current.text_in(self.text).split()) <= 10
        )
        if key is None:
            return False
        if not (state.current is None or state.after_blank or under_title):
            # "Written by: Caleb W.      For: Rafa O." right under the last card's answer (a
            # PDF's text layer has no blank line): two people's fields on one line open the
            # next form; a paragraph never runs on into them.
            pairs = self._metadata_pairs(line)
            if not (
                pairs
                and len(pairs) > 1
                and all(label for _, label, _, _ in pairs)
                and sum(key in ("student", "author", "presenter") for key, *_ in pairs) >= 1
                and sum(
                    student_for_label(self.text[a:b], self.roster) is not None
                    for _, _, a, b in pairs
                )
                >= 2
            ) and not self._next_forms_field(key, key_match.group("value")):
                return False
        if len(key_match.group("value").split()) > 12:
            return False
        if (
            canonical_key(key_match.group("key")) in SUBJECT_LINE_KEYS
            and self._plain_pair(line, 0, line.raw) is None
        ):
            # "Message: Can you call me tonight?": the message itself, not its subject.
            return False
        pairs = self._metadata_pairs(line)
        if pairs and len(pairs) > 1:
            for pair in pairs:
                self._add_metadata(*pair)
        else:
            start, end = _trimmed(line, key_match.start("value"))
            self._add_metadata(key, key_match.group("key"), start, end)
        state.reset()
        return True

    def _next_forms_field(self, key: str, value: str) -> bool:
        """ "Speaker: Jack W." right under the last form's answer (a PDF's text layer has no
        blank line): a person's field the header already had, naming one of the teacher's
        students, opens the next form; a paragraph never runs on into it."""
        return (
            key in ("student", "author", "presenter")
            and key in self.metadata
            and student_for_label(value, self.roster) is not None
        )

    def _cut_trailing_notes(self, state: _BodyState) -> None:
        """Lines run on after the last turn, in a transcript where no other turn runs on,
        that begin a new sentence: the teacher's notes, not that speaker's words."""
        if not state.continuations or state.last_turn_line is None:
            return
        turns = {turn.start for turn, _, _ in state.continuations}
        last_turn, first_line, previous = state.continuations[0]
        last_line = state.last_turn_line
        if len(turns) != 1 or not last_line.start <= last_turn.start <= last_line.end:
            return
        if previous is None or not re.search(r"[.!?][\"')\u201d]*\s*$", previous.raw):
            return
        if not re.match(r"^\s*[\"'(\u201c]?[A-Z]", first_line.raw):
            return
        for index, span in enumerate(self.spans):
            if span.role is Role.TURN and span.start == last_turn.start:
                cut = self._trimmed_end(previous)
                self.spans[index] = replace(span, end=cut)
                notes_start, _ = _trimmed(first_line)
                self.spans.append(Span(Role.TEACHER_SUMMARY, notes_start, span.end))
                return

    def _trimmed_end(self, line: _Line) -> int:
        return _trimmed(line)[1]

    def _heading(self, line: _Line) -> str | None:
        match = HEADING_LINE.match(line.raw)
        if match:
            return re.sub(r"[*_]+", "", match.group("text")).strip()
        bold = BOLD_LINE.match(line.raw)
        if bold and self._fields_in_bold(line):
            # "**Reviewer: Amara - Essay by Felix**" over a review: the form's fields, in
            # bold, as a header line in the body is read.
            return None
        if bold and len(bold.group("text").split()) <= 12:
            return bold.group("text").strip()
        if (
            bold
            and "?" in bold.group("text")
            and len(bold.group("text").split()) <= MAX_PROMPT_WORDS
        ):
            # "**Q1. Which is the better deal? Show how you know.**": a sheet's question in
            # bold, however long, heads the answer below it.
            return bold.group("text").strip()
        plain = re.sub(r"[*_#]+", "", line.raw).strip()
        if canonical_key(plain) in self.headings or canonical_key(line.raw) in self.headings:
            return plain
        return None

    def _fields_in_bold(self, line: _Line) -> bool:
        """A line in bold that is two or more labelled fields ("Reviewer: Amara - Essay by
        Felix"), at least one naming a person: a form's header, not a heading."""
        pairs = self._metadata_pairs(line)
        return (
            pairs is not None
            and len(pairs) >= 2
            and all(label for _, label, _, _ in pairs)
            and any(key in ("student", "author", "presenter") for key, *_ in pairs)
        )

    def _rating_pairs(self, raw: str) -> list[tuple[Skill, Level]]:
        pairs: list[tuple[Skill, Level]] = []
        for match in RATING_PAIR.finditer(raw):
            skill_key = " ".join(re.split(r"[\s-]+", match.group("skill").lower()))
            skill = _skill_for(skill_key)
            if skill is not None:
                pairs.append((skill, Level.parse(match.group("level") or match.group("capital"))))
        if not pairs:
            return []
        # A rating line is mostly its pairs: a sentence that happens to name a skill and a
        # level ("my communication is developing") is the student's own.
        rest = RATING_PAIR.sub("", raw)
        if len(re.findall(r"[A-Za-z]+", rest)) > 4 + 2 * len(pairs):
            return []
        return pairs

    def _add(
        self,
        role: Role,
        start: int,
        end: int,
        speaker: str | None = None,
        speaker_kind: str | None = None,
        student_id: str | None = None,
        *,
        section: str | None = None,
    ) -> Span:
        named_first = None
        if role is Role.PROSE and student_id is None:
            named_first = self._named_first(self.text[start:end])
        span = Span(
            role,
            start,
            max(start, end),
            speaker,
            speaker_kind,
            student_id,
            section=section,
            named_first=named_first,
        )
        self.spans.append(span)
        return span

    def _named_first(self, words: str) -> str | None:
        """The student a sentence opens with as its subject ("Izzy helped ...", "When the
        tray spilled, Izzy ..."): `_opening_subject`'s reading."""
        return _opening_subject(words, self.roster)

    def _extend(self, span: Span, line: _Line) -> Span:
        _, end = _trimmed(line)
        extended = replace(span, end=max(span.end, end))
        self.spans[self.spans.index(span)] = extended
        return extended


@dataclass
class _BodyState:
    # The span a next line without a label continues.
    current: Span | None = None
    # In a transcription service's layout: the label standing above the words.
    block_speaker: tuple[str, str, str | None] | None = None
    section: str | None = None
    section_until_blank: bool = False
    after_blank: bool = False
    previous_line: _Line | None = None
    last_turn_line: _Line | None = None
    turns: int = 0
    # Past the line that opens a quoted reply ("On Jan 27, ... wrote:").
    quoted: bool = False
    # The raw line after the one being read, if any.
    next_raw: str | None = None
    # The line being read opens an Outlook reply's quoted message.
    reply_opens: bool = False
    # Under a heading that names one student: the notes are about them.
    heading_student: str | None = None
    # That heading gave the day too ("Wed 5/20 - Dev"): each day is a section of its own.
    heading_dated: bool = False
    # In a thread of messages: the message being read is the teacher's own.
    from_teacher: bool = False
    # Right under the line that opens a forwarded message: its header's fields.
    forward_fields: bool = False
    # (turn as it was, the line that continued it, the line before that one)
    continuations: list[tuple[Span, _Line, _Line | None]] = field(default_factory=list)

    def reset(self, *, section: bool = False) -> None:
        self.current, self.block_speaker, self.after_blank = None, None, False
        if section:
            self.section, self.section_until_blank = None, False
            self.heading_student, self.heading_dated = None, False


LEGEND_PAIR = re.compile(
    r"(?<![\w.])(?P<key>[A-Z]{1,3}|Speaker\s+\d{1,2})\s*(?:=|\u2192)\s*"
    r"(?P<name>[^\W\d_][^,;=()\[\]\n]*?)\s*(?:\([^()\n]*\)\s*)?(?=[,;)\]\n]|\.\s|$)"
)
# The first lines of a transcript, where its students are named before their letters.
TOP_NAME_LINES = 3
# How many of a transcript's last lines may hold its key ("[Note: Speaker 1 = Minh Anh]").
LEGEND_TAIL_LINES = 4


def speaker_legend(text: str) -> dict[str, str]:
    """A transcript's key to its speakers, near the top: "M = Maya T., D = Dom F." or
    "KO = Kit Olsen (tutor), MG = Maya Gutierrez, PRW = me"."""
    legend: dict[str, str] = {}
    lines = text.split("\n")
    # Near the top, or added at the end by whoever typed it up.
    tail = [line for line in lines[12:] if line.strip()][-LEGEND_TAIL_LINES:]
    for line in [*lines[:12], *tail]:
        pairs = list(LEGEND_PAIR.finditer(line))
        if len(pairs) >= 2 or (pairs and "=" in line and len(line.split()) <= 8):
            for pair in pairs:
                legend.setdefault(pair["key"].strip(), pair["name"].strip().rstrip("."))
    _introductions(text, legend)
    _role_holders(lines[:12], legend)
    return legend


# "Chair: Zara Okafor (Y8)" in a meeting's header: the part someone plays, and who plays it,
# so that the minutes' "Chair:" turns are that person's.
ROLE_HOLDER = re.compile(
    r"(?<![\w])(?P<key>Chair|Chairperson)"
    r"[ \t]*:[ \t]*(?P<name>[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+){1,2})"
    r"(?=[ \t]*(?:\([^()\n]*\))?(?:[ \t]{2,}|[,;]|$))",
    re.M,
)


def _role_holders(lines: list[str], legend: dict[str, str]) -> None:
    for line in lines:
        for match in ROLE_HOLDER.finditer(line):
            legend.setdefault(match["key"], match["name"])


# A recorder's numbered speaker whose first words say who they are: "Speaker 1  0:00 / Hi, I'm
# Zoë and this is Owen ...". The one introduced ("this is Owen") is the next to speak.
NUMBERED_TURN = re.compile(
    r"^[ \t]*(?P<key>Speaker[ \t]+\d{1,2})\b(?:[ \t]*:[ \t]*(?=\S)|[^\n]*\n+)(?P<words>[^\n]*)",
    re.M,
)
INTRODUCTION = re.compile(
    r"^\W*(?i:(?:hi|hello|hey|okay|ok|so|um)\b[\s,.!]*)*(?i:I'm|I\s+am|I\u2019m|my\s+name\s+is)\s+"
    rf"(?P<name>{_CAP}[\w'\u2019-]+)(?:[\s,]+and\s+this\s+is\s+(?P<other>{_CAP}[\w'\u2019-]+))?"
)


def _introductions(text: str, legend: dict[str, str]) -> None:
    turns = list(NUMBERED_TURN.finditer(text))
    first: dict[str, int] = {}
    for number, turn in enumerate(turns):
        first.setdefault(turn["key"], number)
    for key, number in first.items():
        intro = INTRODUCTION.match(turns[number]["words"])
        if intro is None or key in legend:
            continue
        legend[key] = intro["name"]
        after = turns[number + 1]["key"] if number + 1 < len(turns) else None
        if intro["other"] and after and after != key and after not in legend:
            legend[after] = intro["other"]


def _header_lines(span: Span, text: str) -> bool:
    """A span of a line or two, each a few words and none ending a sentence ("Storm week -
    observations", "wk of 3/16"), that opens on no student: what a note is about and when,
    not a sentence a PDF's line wraps in."""
    if span.student_id is not None or span.named_first is not None:
        return False
    lines = [line.strip() for line in span.text_in(text).splitlines() if line.strip()]
    return (
        0 < len(lines) <= MAX_HEADER_LINES
        and all(len(line.split()) <= MAX_HEADER_LINE_WORDS for line in lines)
        and not any(
            line.rstrip(' *_"\u201d)').endswith((".", "!", "?", ",", ";")) for line in lines
        )
    )


def _work_by_field(line: _Line, piece: re.Match[str]) -> tuple[str, str, int, int] | None:
    """ "Essay by Felix" beside a reviewer's field: the field naming whose work the form
    reviews, as "Essay by: Felix" is, its value a name of a few words."""
    match = WORK_BY_PIECE.match(piece.group())
    if match is None or canonical_key(match.group("key")) not in WORK_BY_KEYS:
        return None
    if match.group("value").split()[0].lower().strip(".") in DATE_WORDS:
        # "Topic: persuasive essays - draft by Friday": when it is due, not whose it is.
        return None
    start = line.start + piece.start()
    return ("student", match.group("key"), start + match.start("value"),
            start + match.end("value"))  # fmt: skip


def _dash_before(raw: str, previous: re.Match[str], piece: re.Match[str]) -> bool:
    """The pieces of a header line are set apart by a dash, not a bar or a run of spaces."""
    between = raw[previous.end() : piece.start()]
    return re.fullmatch(r"\s+[\u2014\u2013-]{1,2}\s*", between) is not None


def student_heading(raw: str, roster: Sequence[RosterStudent]) -> str | None:
    """The student a line names when it is only their name, bare or with a dash or a colon
    after it ("Kai:" over the notes about Kai), as a sheet heads each student's section: a
    rule around it ("--- Mick T."), the class beside it ("Colt Haverty (gr 6)", "Mick T. -
    6th grade"), or the section's day ("Mon 5/18 - Lucia")."""
    named = [
        piece
        for piece in _heading_pieces(raw)
        if not _only_a_date(piece) and not CLASS_PIECE.fullmatch(piece)
    ]
    if len(named) != 1:
        return None
    plain = HEADING_NOTE.sub("", named[0])
    if not plain or len(plain.split()) > 4 or re.search(r"[!?,;:()]", plain):
        return None
    student = student_for_label(plain, roster)
    return student.id if student is not None else None


def _dated_title(words: str) -> bool:
    """After a name and a dash, "research presentation - 2/24/26 - Gila monsters": a title's
    pieces with its day among them, not what someone said (nor a post's "Oct 15, 7:41pm")."""
    pieces = _heading_pieces(words)
    return len(pieces) >= 2 and any(_only_a_date(piece) for piece in pieces)


def dated_heading(raw: str) -> bool:
    """A student's heading that carries the day of their section ("Wed 5/20 - Dev")."""
    return any(_only_a_date(piece) for piece in _heading_pieces(raw))


def _heading_pieces(raw: str) -> list[str]:
    """A heading line's pieces, set apart by a dash or a bar, without the rules around it,
    its emphasis, or a dash or colon after it."""
    plain = raw.strip().strip("*_").strip()
    plain = HEADING_RULE.sub("", HEADING_RULE_END.sub("", plain))
    plain = re.sub(r"\s*(?:[-\u2013\u2014]+|:)$", "", plain).strip(" *_")
    return [piece.strip(" *_") for piece in NAME_LINE_SEPARATOR.split(plain) if piece.strip()]


def _only_a_post_stamp(words: str) -> bool:
    plain = words.strip()
    return (
        POST_STAMP_ONLY.match(plain) is not None
        and len(plain.split()) <= 7
        and bool(find_dates(plain, today=_ANY_DAY))
    )


def _spaced_post_header(raw: str) -> re.Match[str] | None:
    match = SPACED_POST_HEADER.match(raw)
    return match if match is not None and _only_a_post_stamp(match.group("words")) else None


def is_date_line(raw: str) -> bool:
    """A line that is a date and at most a name or a weekday beside it: no word of a
    sentence in lower case ("so 3/4 times 2/1" is a sum), no question or exclamation."""
    plain = raw.strip().strip("*_#").strip()
    # "Week of Nov. 17", "wk of 3/16": a week's notes headed by its first day.
    plain = re.sub(r"^(?:week|wk)\.?\s+of\s+", "", plain, flags=re.I)
    return (
        _only_a_date(plain)
        and not re.search(r"(?<![\w.])[a-z]+(?![\w.])", plain)
        and not plain.endswith(("!", "?"))
    )


# A numbered question's number: "1.", "Q2)", "b."
ENUMERATOR = re.compile(r"^\s*(?:q?\d{1,2}|[a-z])[.)]\s+", re.IGNORECASE)


def _asks_first(paragraph: str) -> bool:
    """A paragraph that ends on a question and opens with one: a prompt put to the writer
    ("What went well? Give one example."). Words before the question are the writer's own
    ("I ran out of time for the chart. Sorry. Questions?")."""
    if not paragraph.endswith("?"):
        return False
    paragraph = ENUMERATOR.sub("", paragraph)
    return SENTENCE_BREAK.split(paragraph, maxsplit=1)[0].rstrip("\"')]\u201d\u2019").endswith("?")


def _only_a_date(piece: str) -> bool:
    plain = piece.strip()
    return (
        len(plain.split()) <= 4
        and re.search(r"\d", plain) is not None
        and bool(find_dates(plain, today=_ANY_DAY))
    )


# Only whether a piece is a date matters here, not its year: any "today" reads "Nov 7".
_ANY_DAY = date(2100, 1, 1)


def _subtitle(line: str) -> bool:
    """A short line under a title, as "December 3, 2025 - ELA 7" or "11/3/25 per. 2": a
    line of a sentence ends in punctuation, a turn has a label."""
    plain = line.strip().strip("*_").strip()
    return (
        len(plain.split()) <= 10
        and not plain.endswith((".", "?", "!", ",", ";", ":"))
        and turn_match(line) is None
        and re.search(r"\d", plain) is not None
    )


def _is_bullet(raw: str) -> bool:
    return re.match(r"^\s*(?:[-*\u2022+]|\d{1,2}[.)])\s+", raw) is not None


def _columns(line: _Line, *, outer_bars: bool) -> list[tuple[int, int]]:
    """A table row's cells by column, an empty cell kept in its place (start == end): a
    row missing its "Grow", or its reviewer, keeps its names under their headings."""
    raw = line.raw
    bars = [-1, *(number for number, char in enumerate(raw) if char == "|"), len(raw)]
    pieces = list(pairwise(bars))
    # A markdown table's outer bars ("| Reviewer | Presenter |") open and close no cell; a
    # Word table's row has none, and its first or last cell may be empty (" | Pet L. | ...").
    if outer_bars and len(pieces) > 2:
        pieces = pieces[1:-1]
    columns: list[tuple[int, int]] = []
    for before, after in pieces:
        start = line.start + before + 1
        value = raw[before + 1 : after]
        lead, trail = len(value) - len(value.lstrip(" *_")), len(value.rstrip(" *_"))
        columns.append((start + lead, start + trail) if trail > lead else (start, start))
    return columns


def feedback_side(key: str, *, in_row: bool = False) -> str | None:
    """Which of a feedback form's two people a key names: who gave it, or whose work. A
    table's "Presenter" column beside its "Reviewer" column names the row's receiver, each
    row one reviewer's half-sheet on one presenter, typed up; a sheet of "Presenter: Rose —
    Reviewer: Priscilla" lines over a glow and a grow is read as the presenters' alone."""
    if key in FEEDBACK_GIVER_KEYS:
        return "giver"
    if key in FEEDBACK_RECEIVER_KEYS or (in_row and METADATA_KEYS.get(key) == "presenter"):
        return "receiver"
    return None


def _row_cells(line: _Line, width: int, *, outer_bars: bool) -> list[tuple[int, int]]:
    """A sheet's row as `width` cells, one under each heading; a cell left empty (a form's
    question unanswered) keeps its place, so the cells after it stay under their headings.
    Empty for a row of another shape (a caption across the table)."""
    cells = _cells(line)
    if len(cells) == width:
        return cells
    columns = _columns(line, outer_bars=outer_bars)
    return columns if len(columns) == width else []


def _cells(line: _Line) -> list[tuple[int, int]]:
    cells: list[tuple[int, int]] = []
    for match in re.finditer(r"[^|]+", line.raw):
        value = match.group()
        if not value.strip():
            continue
        lead = len(value) - len(value.lstrip(" *_"))
        trail = len(value.rstrip(" *_"))
        cells.append((line.start + match.start() + lead, line.start + match.start() + trail))
    return cells


def _column_key(cell: str) -> str:
    """A column heading as a key: "Level (teacher)" is a level column, "Your answer:" an
    answer column."""
    return canonical_key(re.sub(r"\s*\([^()]*\)", "", cell)).strip(" :")


def _column_headings(cells: Sequence[str]) -> bool:
    """A table's first row is its column headings: two or more short labels, no sentence,
    number or date among them, and at least one heading people give a column."""
    keys = [_column_key(cell) for cell in cells]
    return (
        len(cells) >= 2
        and all(
            key
            and len(key.split()) <= 4
            and not re.search(r"[.!?]$", key)
            and not re.search(r"\d", key)
            for key in keys
        )
        and any(
            key in QUESTION_COLUMNS
            or key in ANSWER_COLUMNS
            or key in SKILL_COLUMNS
            or key in COLUMN_KEYS
            or RATING_COLUMN.search(key)
            or key in METADATA_KEYS
            or _section_kind(key) is not None
            for key in keys
        )
    )


def _sent_columns(cells: Sequence[str]) -> dict[int, str]:
    """The columns of a sheet of responses that say when and from where a row was sent
    ("Timestamp", "Horodateur", "Email address"), by their number, with the header key their
    cells are: what the form recorded, never the student's words."""
    found: dict[int, str] = {}
    for number, cell in enumerate(cells):
        key = _column_key(cell)
        if key in SENT_TIME_COLUMNS or METADATA_KEYS.get(key) == "date":
            found[number] = "date"
        elif key in SENDER_COLUMNS:
            found[number] = "other"
    return found


def _column_roles(cells: Sequence[str]) -> list[Role]:
    """The role of the cells under each column heading: a question column's are the
    sheet's prompts; a level column's, and the skill column's beside one, the teacher's
    ratings; the rest prose, whose it is decided with the rest of the body."""
    keys = [_column_key(cell) for cell in cells]
    rated = any(RATING_COLUMN.search(key) for key in keys)
    roles = []
    for key in keys:
        if key in QUESTION_COLUMNS:
            roles.append(Role.PROMPT)
        elif RATING_COLUMN.search(key) or (rated and key in SKILL_COLUMNS):
            roles.append(Role.RATING)
        else:
            roles.append(Role.PROSE)
    return roles


def _question_in_flow(before: str, raw: str) -> bool:
    """A line that is a sheet's next question though no blank line sets it apart: the text
    above ends a sentence, and the line is one short question of its own, or a numbered
    item that asks or introduces ("2. What helps you?", "3. Goal for next year:")."""
    if not before.rstrip(" *_\"')\u201d").endswith((".", "!", "?")):
        return False
    plain = raw.strip().strip("*_").strip()
    numbered = re.match(r"^\d{1,2}[.)]\s+[A-Z]", plain) is not None
    if len(plain.split()) > MAX_FLOW_QUESTION_WORDS or QUOTE_MARK.search(plain):
        return False
    if numbered:
        return plain.endswith(("?", ":"))
    return (
        plain[:1].isupper()
        and plain.endswith("?")
        and len(SENTENCE_BREAK.split(plain)) == 1
        and "," not in plain
    )


def _prompt_label(label: str) -> bool:
    """A field's label that says it is the prompt, with or without a note in brackets on
    who set it ("Prompt (Ms. Okoro)")."""
    key = canonical_key(label).strip(" :")
    return _section_kind(key) == "prompt" or (
        _section_kind(re.sub(r"\s*\([^()]*\)", " ", key).strip()) == "prompt"
    )


def _rating_field(label: str, value: str) -> bool:
    """A field that gives a rating ("Teacher rating (Organization):") or asks for a score
    and holds only the number ("Rate the talk (1-4): 4")."""
    return _section_kind(canonical_key(label)) == "rating" or (
        SCORE_PROMPT.search(label) is not None and ONLY_A_SCORE.match(value) is not None
    )


def _row_label(cell: str) -> bool:
    """A table's first cell naming what its row is about ("Organization", "10:02", "Starting
    work"): a few words, no sentence."""
    plain = cell.strip(" *_:")
    return bool(plain) and len(plain.split()) <= 3 and not re.search(r"[.!?]$", plain)


def _scored_line(raw: str) -> bool:
    """ "Rate yourself 1-4: 3", "Perseverance 2/4": a line that is only a score and what it
    scores, asked for by a sheet or given by the teacher."""
    match = SCORE_LINE.match(raw)
    if match is None:
        return False
    label, score = match.group("label"), match.group("score")
    if SCORE_PROMPT.search(label):
        return True
    # "2/4" out of a scale, not "Friday 3/13": a score is at most its scale, and ten at most.
    out_of = [int(n) for n in re.findall(r"\d+", score)]
    return (
        len(out_of) == 2
        and 0 < out_of[0] <= out_of[1] <= 10
        and not (set(canonical_key(label).replace(".", " ").split()) & DATE_WORDS)
        and not re.search(r"(?<![\w'])[a-z]", label)
    )


def _timestamp_first(raw: str) -> bool:
    return re.match(rf"^\s*{TIMESTAMP}\s", raw) is not None


def _only_a_timestamp(raw: str | None) -> bool:
    """`00:00:05` alone on a line: an exported transcript's time under the speaker's name."""
    return raw is not None and re.fullmatch(rf"\s*{TIMESTAMP}\s*", raw) is not None


def _section_kind(key: str) -> str | None:
    key = key.strip(" :")
    if key in PLAN_KEYS or key.startswith(("next step", "goals for", "plan for")):
        return "plan"
    if key in RATING_KEYS or key.startswith(("skills observed", "skill levels", "rubric")):
        return "rating"
    # "Teacher check: complete / kind - yes / yes" under a peer's form: the teacher's mark.
    teachers = ("teacher note", "teacher comment", "teacher's note", "teacher check")
    if key in NOTE_KEYS or key.startswith(teachers):
        return "teacher_notes" if re.search(r"\b(?:teacher|observer)", key) else "notes"
    if key in PROMPT_KEYS:
        return "prompt"
    if "(" in key:
        # "Rating line (for my gradebook)": a rating key with a note beside it. ("Prompt
        # (Ms. F):" is a teacher's labelled line, read as a turn.)
        bare = re.sub(r"\s*\([^()]*\)", " ", key).strip()
        if bare and bare != key and _section_kind(bare) == "rating":
            return "rating"
    return None


def _skill_for(key: str) -> Skill | None:
    for alias, skill in SKILL_ALIASES.items():
        if " ".join(re.split(r"[\s-]+", alias)) == key:
            return skill
    return None


# --- Step 2: roles that depend on the kind of document ------------------------------------


def assign_roles(
    structure: Segmentation,
    entry_type: EntryType,
    *,
    presenters: Sequence[str] = (),
) -> Segmentation:
    """Decide whose each prose span is, now that the kind of document is known."""
    text = structure.text
    spans: list[Span] = []
    has_turns = any(span.role is Role.TURN for span in structure.spans)
    presenter = presenters[0] if len(presenters) == 1 else None
    forwarded_at = _forwarded_start(structure, entry_type)
    first_post = _first_post(structure, entry_type)
    for span in structure.spans:
        if first_post is not None and span.end <= first_post and span.role is Role.PROSE:
            # A class board's page above its first post: the board's header and the
            # teacher's prompt, not what the student posted.
            spans.append(replace(span, role=Role.PROMPT))
            continue
        if (
            forwarded_at is not None
            and span.start < forwarded_at
            and span.role
            in (
                Role.PROSE,
                Role.QUESTION,
            )
        ):
            # The teacher's own line above a family's email she forwards: hers, not theirs.
            spans.append(replace(span, role=Role.LETTER))
            continue
        if (
            span.role is Role.QUESTION
            and entry_type in (EntryType.PARENT_NOTE, EntryType.TEACHER_OBSERVATION_NOTE)
            and len(SENTENCE_BREAK.split(span.text_in(text).strip())) > 1
        ):
            # "Also she asked if she can present in Pular. Is this ok?": in a note about the
            # student, only the writer's own question is not evidence, not the whole paragraph.
            spans += _split_questions(replace(span, role=Role.PROSE), text)
            continue
        if span.role is Role.QUESTION and _answers_a_prompt(span, spans, text, entry_type):
            # "Q3. A question for your teacher?" over "Why are big bags cheaper?": the
            # student's own question, written as the answer.
            spans.append(replace(span, role=Role.STUDENT_WRITING))
            continue
        if span.role is Role.QUESTION:
            # On a feedback form the questions are the reviewer's own ("How do you know the
            # Romans wanted silk?"), not a prompt put to them; a field's label ends in ":".
            asked = entry_type is EntryType.PEER_FEEDBACK and not span.text_in(text).rstrip(
                " *_"
            ).endswith(":")
            spans.append(replace(span, role=Role.NARRATIVE if asked else Role.PROMPT))
            continue
        if span.role is Role.TURN and not entry_type.is_transcript:
            spans.append(_turn_outside_transcript(span, entry_type))
            continue
        if (
            span.role is Role.TEACHER_SUMMARY
            and span.section == "plan"
            and entry_type is EntryType.REFLECTION_JOURNAL
            and WRITERS_PLAN.match(span.text_in(text))
        ):
            # "Next: I will start the writing on Monday" in a journal: the writer's own plan.
            spans.append(replace(span, role=Role.STUDENT_WRITING))
            continue
        if span.role is not Role.PROSE:
            spans.append(span)
            continue
        if span.section == "teacher_notes" and entry_type is not EntryType.TEACHER_OBSERVATION_NOTE:
            spans.append(replace(span, role=Role.TEACHER_SUMMARY))
            continue
        if entry_type.is_transcript:
            if span.section in ("notes", "teacher_notes"):
                spans.append(replace(span, role=Role.TEACHER_SUMMARY))
            elif not has_turns and presenter is not None:
                spans.append(replace(span, role=Role.TURN, speaker_kind=STUDENT,
                                     student_id=presenter))  # fmt: skip
            else:
                spans.append(replace(span, role=Role.TEACHER_NARRATIVE))
            continue
        spans += _prose_of(span, text, entry_type)
    if entry_type.is_transcript and has_turns:
        spans = _trailing_notes(spans, text)
    return replace(structure, spans=spans)


# A plan in the writer's own voice: "I will ...", "I'm going to ...", "My goal is ...".
WRITERS_PLAN = re.compile(r"^[\s*_\-\u2022]*(?:I|I'm|I\u2019m|I'll|I\u2019ll|My)\b")


def _answers_a_prompt(span: Span, before: Sequence[Span], text: str, entry_type: EntryType) -> bool:
    """A question in a journal right under the prompt it answers, nothing between them: the
    writer's answer, though it asks."""
    previous = next((s for s in reversed(before) if s.role is not Role.METADATA), None)
    return (
        entry_type is EntryType.REFLECTION_JOURNAL
        and previous is not None
        and previous.role is Role.PROMPT
        and not span.text_in(text).rstrip(" *_").endswith(":")
        and not text[previous.end : span.start].strip(" *_\n")
    )


def _first_post(structure: Segmentation, entry_type: EntryType) -> int | None:
    """Where a class board's first post begins, on a page filed as a student's writing (a
    transcript's lines above its first turn are the teacher's already)."""
    if entry_type not in (EntryType.REFLECTION_JOURNAL, EntryType.PEER_FEEDBACK):
        return None
    return next(
        (s.start for s in structure.spans if s.role is Role.METADATA and s.key == POSTED),
        None,
    )


def _forwarded_start(structure: Segmentation, entry_type: EntryType) -> int | None:
    """Where a family's forwarded email begins, in a parent note that forwards one."""
    if entry_type is not EntryType.PARENT_NOTE or structure.sent_by_other:
        return None
    return next(
        (s.start for s in structure.spans if s.role is Role.METADATA and s.key == FORWARDED),
        None,
    )


def _turn_outside_transcript(span: Span, entry_type: EntryType) -> Span:
    """A labelled line in a journal or a note: the teacher's is a prompt, a student's stays
    theirs (a quoted exchange in an observation)."""
    if span.speaker_kind == TEACHER:
        return replace(span, role=Role.PROMPT)
    if span.speaker_kind == STUDENT and entry_type is EntryType.REFLECTION_JOURNAL:
        return replace(span, role=Role.STUDENT_WRITING)
    return span


def _prose_of(span: Span, text: str, entry_type: EntryType) -> list[Span]:
    words = span.text_in(text)
    if entry_type is EntryType.PARENT_NOTE and (
        SALUTATION.match(words)
        or SIGN_OFF.match(words)
        or _signature(words)
        or NAME_GREETING.match(words)
    ):
        return [replace(span, role=Role.LETTER)]
    if QUOTED_REPLY.match(words):
        return [replace(span, role=Role.LETTER)]
    if entry_type is EntryType.REFLECTION_JOURNAL:
        if _standalone_question(words):
            return [replace(span, role=Role.PROMPT)]
        return [replace(span, role=Role.STUDENT_WRITING)]
    if entry_type is EntryType.PEER_FEEDBACK:
        return [replace(span, role=Role.NARRATIVE)]
    if _standalone_question(words):
        return [replace(span, role=Role.PROMPT)]
    if SALUTATION.match(words) or SIGN_OFF.match(words):
        return [replace(span, role=Role.LETTER)]
    # In a note about the student, the writer's own questions are not evidence.
    return _split_questions(span, text)


def _standalone_question(words: str) -> bool:
    plain = words.strip().strip("*_").strip()
    return (
        plain.endswith("?")
        and len(plain.split()) <= MAX_PROMPT_WORDS
        and (len(SENTENCE_BREAK.split(plain)) == 1)
    )


def _asks_the_writer(words: str, speaker_kind: str, is_transcript: bool) -> bool:
    """ "Prompt (Ms. R): How did it go?" in a journal or a form: the teacher's labelled line
    ends at its question, and the line below it, with no blank line between, is the answer,
    not more of the prompt. In a transcript the next line may be the teacher's still."""
    return (
        not is_transcript
        and speaker_kind == TEACHER
        and words.rstrip(" *_\"')\u201d").endswith("?")
    )


def _signature(words: str) -> bool:
    """A parent's name under the letter: "Marisol (Eva's mom)", "- Dana"."""
    plain = words.strip(" -\u2014")
    return len(plain.split()) <= 6 and not re.search(r"[.!?]$", plain) and (
        re.search(r"\b(?:mom|mum|dad|mother|father|parent|guardian|grandma|grandpa)\b", plain,
                  re.I) is not None
        or re.fullmatch(r"[A-Z][a-z]+(?:\s+[A-Z][a-z.]+){0,2}", plain) is not None
    )  # fmt: skip


def _split_questions(span: Span, text: str) -> list[Span]:
    words = span.text_in(text)
    pieces: list[Span] = []
    cursor = 0
    for match in [*SENTENCE_BREAK.finditer(words), None]:
        end = match.start() if match else len(words)
        sentence = words[cursor:end]
        # A question in quotation marks is reported speech (what the student asked).
        asked = sentence.rstrip(" \"')\u201d").endswith("?") and not QUOTE_MARK.search(sentence)
        role = Role.PROMPT if asked else Role.NARRATIVE
        start = span.start + cursor + (len(sentence) - len(sentence.lstrip()))
        stop = span.start + cursor + len(sentence.rstrip())
        if pieces and pieces[-1].role is role:
            pieces[-1] = replace(pieces[-1], end=stop)
        elif stop > start:
            pieces.append(replace(span, role=role, start=start, end=stop))
        cursor = match.end() if match else len(words)
    return pieces


def _trailing_notes(spans: list[Span], text: str) -> list[Span]:
    """After a transcript's last turn, whatever is not a turn is the teacher's."""
    last = max((i for i, s in enumerate(spans) if s.role is Role.TURN), default=None)
    if last is None:
        return spans
    return [
        replace(span, role=Role.TEACHER_SUMMARY)
        if i > last and span.role is Role.TEACHER_NARRATIVE
        else span
        for i, span in enumerate(spans)
    ]
