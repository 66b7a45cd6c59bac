"""The offline assessor: rubric indicators found in the student's own words, no model.

It is deterministic and needs no network. `data/indicators.toml` holds, per skill and level,
case-insensitive regular expressions written in general rubric language, each with a weight
and a plain-words cue. How a text is read:

1. `own_text` is cut into sentences; each stays an exact substring of `own_text`. Header
   lines, a journal's prompt line and a teacher's "Next steps:" plans are not evidence, nor
   is any sentence that speaks to the assessor ("ignore the rubric, rate me Advanced").
2. In each sentence, every indicator that matches adds its weight to its (skill, level),
   at most once per sentence. Level modifiers (the curriculum's level meanings: "when
   reminded", "on her own", "showed a classmate how") add their weight to the skills the
   sentence is about: skills with a topic word or an indicator match in that sentence.
   A sentence that contrasts with the past ("a month ago I would have quit") is growth,
   so nothing in it counts toward Emerging. A "hedging" modifier (success some of the
   time, an adult's prompt, a provided scaffold in use) makes the Emerging and Proficient
   cues of its sentence Developing, the rubric's "when prompted; mixed success".
3. Per skill, the level with the largest summed weight wins, and a skill is proposed only
   when the winning total reaches `min_score`. Two levels tied (other than the mixed
   success below) is a guess between them: nothing is proposed. The levels are
   cumulative, so Advanced evidence that reaches `min_score`, with one of the skill's own
   Advanced indicators, wins over Proficient evidence however much of it there is.
4. The quote is the sentence with the most weight for the winning level (the earliest on a
   tie), cut to the clause around the cue when it is longer than `max_quote_words`.
5. A teacher's worked examples (`request.examples`) teach how they read a cue: a cue
   they corrected twice to one level reads that way for them (`taught_cues`); their
   validations shift a (skill, level) after three corrections (teacher_calibration.py).
6. The stated confidence stays modest, 0.30 to 0.60: it grows with the evidence, the
   margin over the next-best level and the number of distinct cues; the shipped
   calibration table then makes the stored figure the chance a teacher agrees on text the
   lexicon was not tuned on. Offline proposals are always for a teacher to review.
"""

from __future__ import annotations

import dataclasses
import math
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from domain.assessors.base import AssessmentRequest, AssessorOutput, ProposedItem
from domain.assessors.reading import Voice, read_sentence
from domain.assessors.teacher_calibration import TeacherCalibration
from domain.confidence import evidence_strength
from domain.curriculum import EntryType, Level, Skill, rubric
from domain.detection import parse_document

MODEL_PREFIX = "offline-"
MIN_CONFIDENCE = 0.30
MAX_CONFIDENCE = 0.60
MAX_JUSTIFICATION_CHARS = 300
MIN_SENTENCE_WORDS = 3
# Corrections of one cue to one level before the cue reads that way for the teacher.
MIN_TAUGHT_CORRECTIONS = 2
# Skills where helping others is the skill in use, not the skill modelled for others.
HELPING_IS_THE_SKILL = frozenset(
    {Skill.SOCIAL_AWARENESS, Skill.RELATIONSHIP_SKILLS, Skill.COLLABORATION, Skill.COMMUNICATION}
)
PLACEHOLDER = re.compile(r"\{([A-Z_]+)\}")
# Typographic apostrophes and quote marks read as plain ones; one character for one, so
# match offsets stay offsets into the original sentence.
PLAIN_MARKS = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201b": "'", "\u2032": "'", "\u201c": '"', "\u201d": '"'}
)
SENTENCE_END = re.compile(r"[.!?]+[\"')\]]*(?=\s|$)")
ABBREVIATION = re.compile(r"(?:\b(?:Mr|Ms|Mrs|Dr|St|Prof|Jr|Sr|vs|etc|e\.g|i\.e)|\b[A-Z])\.$")
LIST_MARKER = re.compile(r"^\s*(?:\d{1,2}|[a-zA-Z])[.)]$")
CLAUSE_BREAK = re.compile(r"[,;:]\s+|\s+[-\u2013\u2014]\s+")
WORD = re.compile(r"\S+")
# A sentence that opens on the present, set against the sentence before it.
PRESENT_AFTER = re.compile(
    r"^\W*(?:(?:but|and|so)\s+)?(?:now|these days|nowadays|since then)\b(?!\s+and\s+then)",
    re.IGNORECASE,
)
NOW = re.compile(r"\b(?:now|these days|nowadays|anymore|any more)\b", re.IGNORECASE)
# A sentence that sets what follows in a time the writer has left.
PAST_OPENING = re.compile(
    r"^\W*(?:in|back in|during|by|until) (?:early |late |mid-?)?(?:september|october|november"
    r"|december|january|february|march|april|the fall|the autumn|the winter|the spring"
    r"|the first (?:week|weeks|month|months|term|semester)"
    r"|(?:the )?(?:first|last) (?:term|semester|year))\b"
    r"|^\W*(?:at (?:first|the (?:start|beginning)\b)|last (?:year|fall|autumn|winter|spring"
    r"|summer|term|semester|month)|before(?! (?:i|he|she|they|we) (?:start|begin|go|leave))\b"
    r"|earlier (?:this|in the) (?:year|term|semester))",
    re.IGNORECASE,
)
# A sentence that says it is about before ("Before I just stopped", "I used to").
PAST_MARK = re.compile(
    r"\b(?:before|used to|at first|last (?:year|week|month|time|term|fall|spring|winter)"
    r"|back then|in (?:\w+|the \w+) grade|(?:a|one|two|three|a few) (?:weeks?|months?|years?) ago"
    r"|in (?:september|october|november|december|january|february|march|april))\b",
    re.IGNORECASE,
)
# How far back a "Now" reaches for the past it is set against.
PAST_REACH = 3


@dataclass(frozen=True)
class Indicator:
    skill: Skill
    level: Level
    cue: str
    weight: float
    patterns: tuple[re.Pattern[str], ...]
    unless: tuple[re.Pattern[str], ...]
    # The cue is itself a question ("Is that fair?"), so it counts in one.
    in_questions: bool = False

    def search(self, text: str) -> re.Match[str] | None:
        return _first_match(self.patterns, self.unless, text)


@dataclass(frozen=True)
class Modifier:
    """A level meaning in words ("when reminded"), for whatever skill a sentence is about."""

    level: Level
    cue: str
    weight: float
    patterns: tuple[re.Pattern[str], ...]
    unless: tuple[re.Pattern[str], ...]
    # Mixed success in words ("sometimes", "most days", "not always"): a Proficient or
    # Emerging cue in the same sentence is then Developing, the level that means mixed.
    hedges: bool = False
    # The skill modelled for others ("helped two classmates set one up"): the rubric's
    # Advanced for a skill whose own Advanced words the sentence lacks.
    models: bool = False

    def search(self, text: str) -> re.Match[str] | None:
        return _first_match(self.patterns, self.unless, text)


def _first_match(
    patterns: tuple[re.Pattern[str], ...], unless: tuple[re.Pattern[str], ...], text: str
) -> re.Match[str] | None:
    """The first pattern's match, unless the sentence matches one of `unless`."""
    if any(pattern.search(text) for pattern in unless):
        return None
    for pattern in patterns:
        match = pattern.search(text)
        if match:
            return match
    return None


@dataclass(frozen=True)
class LineSkip:
    patterns: tuple[re.Pattern[str], ...]
    entry_types: frozenset[EntryType] | None

    def applies(self, line: str, entry_type: EntryType) -> bool:
        if self.entry_types is not None and entry_type not in self.entry_types:
            return False
        return any(pattern.search(line) for pattern in self.patterns)


@dataclass(frozen=True)
class ConfidenceCalibration:
    """How often a proposal of a given raw confidence agrees with teachers, read off a
    tuning set (`flourish/assessor_calibration.py` fits it): a step function, rising."""

    # Upper bounds of the raw item confidence (stated x evidence strength), ascending.
    edges: tuple[float, ...]
    probabilities: tuple[float, ...]
    # Proposals less likely than this to agree are not made: fewer, better items.
    abstain_below: float

    def probability(self, raw: float) -> float:
        for edge, probability in zip(self.edges, self.probabilities, strict=True):
            if raw <= edge:
                return probability
        return self.probabilities[-1]


@dataclass(frozen=True)
class IndicatorSet:
    version: str
    min_score: float
    max_quote_words: int
    indicators: tuple[Indicator, ...]
    modifiers: tuple[Modifier, ...]
    topics: dict[Skill, tuple[str, tuple[re.Pattern[str], ...]]]
    guards: tuple[re.Pattern[str], ...]
    past_contrast: tuple[re.Pattern[str], ...]
    line_skips: tuple[LineSkip, ...]
    calibration: ConfidenceCalibration | None = None
    # A difficulty met in the same sentence ("I got stuck"): a denied one beside it is a
    # success won against it, not yet the habit in hand.
    struggle: tuple[re.Pattern[str], ...] = ()


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass
class _Hit:
    """One sentence's evidence for one (skill, level): its summed weight and strongest cue."""

    sentence: int
    score: float
    cue: str
    cue_weight: float
    span: tuple[int, int]
    cues: set[str]


@cache
def indicator_set() -> IndicatorSet:
    """The indicators shipped with this release, checked against the curriculum's enums."""
    raw = tomllib.loads(
        resources.files("domain.data").joinpath("indicators.toml").read_text(encoding="utf-8")
    )
    return parse_indicator_set(raw)


def parse_indicator_set(raw: dict) -> IndicatorSet:
    placeholders: dict[str, str] = {
        key.upper(): value for key, value in raw["placeholders"].items()
    }

    def compile_all(patterns: list[str], where: str) -> tuple[re.Pattern[str], ...]:
        compiled = []
        for pattern in patterns:
            expanded = _expand(pattern, placeholders, where)
            try:
                compiled.append(re.compile(expanded, re.IGNORECASE))
            except re.error as error:
                raise ValueError(
                    f"indicators.toml, {where}: bad pattern {pattern!r}: {error}"
                ) from error
        return tuple(compiled)

    indicators = []
    for number, entry in enumerate(raw["indicators"], start=1):
        skill, level = Skill(entry["skill"]), Level(entry["level"])
        where = f"indicator {number} ({skill}, {level})"
        weight = float(entry["weight"])
        if weight <= 0 or not entry["patterns"]:
            raise ValueError(f"indicators.toml, {where}: needs patterns and a positive weight")
        indicators.append(
            Indicator(
                skill=skill,
                level=level,
                cue=entry["cue"],
                weight=weight,
                patterns=compile_all(entry["patterns"], where),
                unless=compile_all(entry.get("unless", []), where),
                in_questions=bool(entry.get("questions", False)),
            )
        )
    modifiers = tuple(
        Modifier(
            level=Level(entry["level"]),
            cue=entry["cue"],
            weight=float(entry["weight"]),
            patterns=compile_all(entry["patterns"], f"modifier {entry['cue']!r}"),
            unless=compile_all(entry.get("unless", []), f"modifier {entry['cue']!r}"),
            hedges=bool(entry.get("hedges", False)),
            models=bool(entry.get("models", False)),
        )
        for entry in raw["modifiers"]
    )
    topics = {
        Skill(entry["skill"]): (
            entry["cue"],
            compile_all(entry["patterns"], f"topic of {entry['skill']}"),
        )
        for entry in raw["topics"]
    }
    line_skips = tuple(
        LineSkip(
            patterns=compile_all(entry["patterns"], "line skip"),
            entry_types=(
                frozenset(EntryType(kind) for kind in entry["entry_types"])
                if "entry_types" in entry
                else None
            ),
        )
        for entry in raw["line_skips"]
    )
    covered = {indicator.skill for indicator in indicators}
    if covered != set(Skill):
        missing = ", ".join(skill for skill in Skill if skill not in covered)
        raise ValueError(f"indicators.toml has no indicators for {missing}")
    return IndicatorSet(
        version=str(raw["version"]),
        min_score=float(raw["min_score"]),
        max_quote_words=int(raw["max_quote_words"]),
        indicators=tuple(indicators),
        modifiers=modifiers,
        topics=topics,
        guards=compile_all(raw["guards"]["patterns"], "guards"),
        past_contrast=compile_all(raw["past_contrast"]["patterns"], "past_contrast"),
        line_skips=line_skips,
        calibration=_calibration(raw.get("calibration")),
        struggle=compile_all(raw.get("struggle", {}).get("patterns", []), "struggle"),
    )


def _calibration(raw: dict | None) -> ConfidenceCalibration | None:
    if raw is None:
        return None
    edges = tuple(float(edge) for edge in raw["edges"])
    probabilities = tuple(float(value) for value in raw["probabilities"])
    if not edges or len(edges) != len(probabilities) or list(edges) != sorted(edges):
        raise ValueError("indicators.toml, calibration: needs as many ascending edges as values")
    if any(not 0.0 <= value <= 1.0 for value in probabilities):
        raise ValueError("indicators.toml, calibration: probabilities must be within 0..1")
    return ConfidenceCalibration(edges, probabilities, float(raw.get("abstain_below", 0.0)))


def _expand(pattern: str, placeholders: dict[str, str], where: str) -> str:
    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in placeholders:
            raise ValueError(f"indicators.toml, {where}: unknown placeholder {{{name}}}")
        return placeholders[name]

    return PLACEHOLDER.sub(replace, pattern)


class OfflineAssessor:
    """Proposes levels from rubric indicators; deterministic, no network, no model."""

    def __init__(self, indicators: IndicatorSet | None = None) -> None:
        self._set = indicators or indicator_set()

    @property
    def model(self) -> str:
        return f"{MODEL_PREFIX}{self._set.version}"

    def assess(self, request: AssessmentRequest) -> AssessorOutput:
        sentences = evidence_sentences(request.own_text, request.entry_type, self._set)
        hits = self._score(sentences, request)
        teacher = TeacherCalibration.learn(request.validations, model_prefix=MODEL_PREFIX)
        readings = self.taught_cues(request)
        items = []
        for skill in Skill:
            if teacher.stops(skill):
                continue
            item = self._propose(skill, hits.get(skill, {}), sentences, teacher, readings)
            if item is not None:
                items.append(item)
        return AssessorOutput(items=items, model=self.model)

    def taught_cues(self, request: AssessmentRequest) -> dict[tuple[Skill, str], Level]:
        """How this teacher reads a cue, from their worked examples: per (skill, cue), the
        level they stood behind on a quote where that cue was this assessor's reason.

        An example's quote is read as the assessor reads any sentence, so the cue it
        carried then is found again. A cue is taught when the teacher corrected it to the
        same level MIN_TAUGHT_CORRECTIONS times and their other reviews of it do not
        outnumber those: one correction may be about that quote, not the cue.
        Dismissals are left to the validations (`TeacherCalibration.stops`)."""
        votes: dict[tuple[Skill, str], dict[Level, int]] = {}
        corrected: dict[tuple[Skill, str], dict[Level, int]] = {}
        for example in request.examples:
            if example.dismissed or not example.evidence_quote.strip():
                continue
            proposed = example.corrected_from or example.level
            quote = example.evidence_quote
            as_read = dataclasses.replace(request, entry_type=example.entry_type, examples=[])
            per_level = self._score([Sentence(0, len(quote), quote)], as_read).get(example.skill)
            if not per_level or proposed not in per_level:
                continue
            key = (example.skill, max(per_level[proposed], key=lambda hit: hit.score).cue)
            tally = votes.setdefault(key, {})
            tally[example.level] = tally.get(example.level, 0) + 1
            if example.corrected_from is not None:
                moved = corrected.setdefault(key, {})
                moved[example.level] = moved.get(example.level, 0) + 1
        taught: dict[tuple[Skill, str], Level] = {}
        for key, moved in corrected.items():
            # Ties go to the lower level, as everywhere in this assessor.
            level = max(Level, key=lambda each: moved.get(each, 0))
            tally = votes[key]
            others = sum(count for each, count in tally.items() if each is not level)
            if moved[level] >= MIN_TAUGHT_CORRECTIONS and tally[level] > others:
                taught[key] = level
        return taught

    def _score(
        self, sentences: list[Sentence], request: AssessmentRequest
    ) -> dict[Skill, dict[Level, list[_Hit]]]:
        """Per skill and level, the sentences that show it, in order."""
        hits: dict[Skill, dict[Level, list[_Hit]]] = {}
        voice = Voice.of(request.entry_type)
        own_names = frozenset(
            part
            for name, ident in request.names.items()
            if ident == request.student_id
            for part in name.split()
        )
        other_names = (
            frozenset(
                part
                for name, ident in request.names.items()
                if ident != request.student_id
                for part in name.split()
            )
            - own_names
        )
        if (
            request.entry_type is EntryType.PEER_FEEDBACK
            and own_names
            and not _names_anyone(sentences, own_names)
        ):
            # Feedback the student wrote: "I" is the student, and "he is really organized"
            # is the classmate they write about, as in their own turns. Without the
            # student's name we cannot tell writer from subject: read it as about them.
            voice = Voice.STUDENT

        def add(
            skill: Skill, level: Level, index: int, cue: str, weight: float, span: tuple[int, int]
        ) -> None:
            per_level = hits.setdefault(skill, {}).setdefault(level, [])
            if per_level and per_level[-1].sentence == index:
                hit = per_level[-1]
                hit.score += weight
                hit.cues.add(cue)
                if weight > hit.cue_weight:
                    hit.cue, hit.cue_weight, hit.span = cue, weight, span
            else:
                per_level.append(_Hit(index, weight, cue, weight, span, {cue}))

        def shown(skill: Skill, level: Level, index: int) -> bool:
            per_level = hits.get(skill, {}).get(level, [])
            return bool(per_level) and per_level[-1].sentence == index

        left_behind = _past_sentences(sentences)
        # The skills the sentence before was about: "She made her own folder system. By
        # the end of the period she had helped two others set one up." says, of the same
        # skill, that she models it for others. Only the Advanced modifiers carry over.
        previous_focus: tuple[int, frozenset[Skill]] = (-1, frozenset())
        for index, sentence in enumerate(sentences):
            if index in left_behind:
                continue
            plain = sentence.text.translate(PLAIN_MARKS)
            reading = read_sentence(plain, voice, own_names, other_names)
            if reading.empty:
                continue
            text = reading.text
            # "A month ago I would have given up", "I need fewer reminders now": growth.
            growth = reading.improvement or any(
                pattern.search(text) for pattern in self._set.past_contrast
            )
            stuck = any(pattern.search(text) for pattern in self._set.struggle)
            # Cues read the other way ("didn't give up"), added after the direct ones so a
            # sentence never counts the same thing twice.
            turned: list[tuple[Skill, Level, str, float, tuple[int, int]]] = []
            hedge = None
            if not reading.question:
                hedge = next(
                    (
                        modifier
                        for modifier in self._set.modifiers
                        if modifier.hedges
                        and (found := modifier.search(text)) is not None
                        and not reading.negated(found.start())
                    ),
                    None,
                )
            # The skills this sentence is about, and where it says so.
            in_focus: dict[Skill, tuple[int, int]] = {}
            for indicator in self._set.indicators:
                if reading.question and not indicator.in_questions:
                    continue
                match = indicator.search(text)
                if match is None:
                    continue
                level, weight, cue = indicator.level, indicator.weight, indicator.cue
                if reading.negated(match.start()) and not indicator.in_questions:
                    struggle = indicator.skill is Skill.SELF_MANAGEMENT and stuck
                    flipped = _negated_level(level, one_off=reading.one_off or struggle)
                    if flipped is not None:
                        # A denied difficulty is said outright: it can stand on its own.
                        weight = max(weight, self._set.min_score)
                        turned.append(
                            (indicator.skill, flipped, f"not {cue}", weight, match.span())
                        )
                    continue
                if growth and level is Level.EMERGING:
                    level, cue = Level.DEVELOPING, f"less {cue} than before"
                elif hedge is not None and level in (Level.EMERGING, Level.PROFICIENT):
                    level, cue = Level.DEVELOPING, f"{cue} {hedge.cue}"
                elif reading.intention and level in (Level.EMERGING, Level.PROFICIENT):
                    # "I need to let him finish, because last time I cut him off": a goal
                    # being worked on, the difficulty named: on the way, Developing.
                    level, cue = Level.DEVELOPING, f"{cue}, as a goal"
                elif (
                    level is Level.PROFICIENT
                    and indicator.skill is Skill.SELF_MANAGEMENT
                    and stuck
                    and DENIAL.match(match.group()) is not None
                ):
                    # "I got stuck but I didn't give up": the lexicon's own denied
                    # difficulty, read as the negation above reads one.
                    level, cue = Level.DEVELOPING, f"{cue}, a success won against it"
                elif reading.one_off and level is Level.PROFICIENT:
                    # "I used two sources this time", "waited twice today (a change from
                    # October)": the skill shows, as a first success, not yet a habit.
                    level, cue = Level.DEVELOPING, f"{cue}, a first success"
                add(indicator.skill, level, index, cue, weight, match.span())
                in_focus.setdefault(indicator.skill, match.span())
            for skill, (_, patterns) in self._set.topics.items():
                if skill in in_focus:
                    continue
                match = next((m for m in (p.search(text) for p in patterns) if m), None)
                if match is not None:
                    in_focus[skill] = match.span()
            carried = not in_focus and previous_focus[0] == index - 1
            if carried:
                in_focus = {skill: (0, 0) for skill in previous_focus[1]}
            previous_focus = (index, frozenset(in_focus) if not carried else frozenset())
            if not reading.question:
                for modifier in self._set.modifiers:
                    match = modifier.search(text)
                    if match is None:
                        continue
                    if carried and modifier.level is not Level.ADVANCED:
                        continue
                    level, weight = modifier.level, modifier.weight
                    if reading.negated(match.start()):
                        level = _negated_modifier_level(level)
                    elif growth and level is Level.EMERGING:
                        level = Level.DEVELOPING
                    elif hedge is not None and level in (Level.EMERGING, Level.PROFICIENT):
                        # "on his own about half the time": independent, some of the time.
                        level = Level.DEVELOPING
                    for skill in Skill:
                        if skill not in in_focus:
                            continue
                        topic_cue = self._set.topics[skill][0] if skill in self._set.topics else ""
                        cue = f"{topic_cue} {modifier.cue}".strip()
                        focus = match.span() if carried else in_focus[skill]
                        span = (min(focus[0], match.start()), max(focus[1], match.end()))
                        add(skill, level, index, cue, weight, span)
            for skill, level, cue, weight, span in turned:
                if not shown(skill, level, index):
                    add(skill, level, index, cue, weight, span)
        return hits

    def _shows_advanced(self, skill: Skill, per_level: dict[Level, list[_Hit]]) -> bool:
        """Whether the Advanced evidence includes one of the skill's own Advanced
        indicators, the descriptor itself, or shows the skill modelled for others ("taught
        my brother to put tabs in his folder"): the rubric's Advanced for every skill but
        those where helping is the skill in action ("helped the new student find the room")."""
        own = {
            indicator.cue
            for indicator in self._set.indicators
            if indicator.skill is skill and indicator.level is Level.ADVANCED
        }
        if any(hit.cues & own for hit in per_level.get(Level.ADVANCED, [])):
            return True
        if skill in HELPING_IS_THE_SKILL:
            return False
        # A modifier's cue is recorded after the topic's ("keeping track of materials while
        # helping others do it").
        modelled = tuple(modifier.cue for modifier in self._set.modifiers if modifier.models)
        return any(
            any(cue.endswith(modelled) for cue in hit.cues)
            for hit in per_level.get(Level.ADVANCED, [])
        )

    def _propose(
        self,
        skill: Skill,
        per_level: dict[Level, list[_Hit]],
        sentences: list[Sentence],
        teacher: TeacherCalibration,
        readings: dict[tuple[Skill, str], Level] | None = None,
    ) -> ProposedItem | None:
        totals = {level: sum(hit.score for hit in per_level.get(level, [])) for level in Level}
        # max() keeps the first of equal totals, and Level runs from Emerging up.
        level = max(Level, key=lambda each: totals[each])
        score = totals[level]
        if score < self._set.min_score:
            return None
        if _mixed(per_level, totals, self._set.min_score):
            per_level = {**per_level, Level.DEVELOPING: _as_mixed(per_level)}
            totals = {each: sum(hit.score for hit in per_level.get(each, [])) for each in Level}
            level, score = Level.DEVELOPING, totals[Level.DEVELOPING]
        elif _tied(totals, level):
            return None
        elif (
            level is Level.PROFICIENT
            and totals[Level.ADVANCED] >= self._set.min_score
            and self._shows_advanced(skill, per_level)
        ):
            # The levels build on each other: what shows Advanced (a fallback plan, a
            # system others copy) shows the Proficient habit too, so Proficient evidence
            # beside it does not argue against it.
            level, score = Level.ADVANCED, totals[Level.ADVANCED]
        best = max(per_level[level], key=lambda hit: (hit.score, -hit.sentence))
        sentence = sentences[best.sentence]
        quote = _quote(sentence, best.span, self._set.max_quote_words)
        runner_up = max((totals[other] for other in Level if other is not level), default=0.0)
        cues = set().union(*(hit.cues for hit in per_level[level]))
        confidence = stated_confidence(score, runner_up, len(cues), min_score=self._set.min_score)
        calibration = self._set.calibration
        if calibration is not None:
            calibrated = calibrated_stated(calibration, confidence, quote)
            if calibrated is None:
                return None
            confidence = calibrated
        taught = (readings or {}).get((skill, best.cue)) or teacher.level(skill, level)
        return ProposedItem(
            skill=skill.value,
            level=taught.value,
            evidence_quote=quote,
            justification=justification(skill, taught, best.cue, taught=taught is not level),
            stated_confidence=confidence,
        )


# Where a feedback form names its writer ("Your name | Aaliyah", "From: Will").
WRITER_FIELD = re.compile(
    r"(?:your (?:full )?name|my name|name of (?:the )?reviewer|reviewer|reviewed by|written by"
    r"|feedback (?:from|by)|from|by|author)\s*[:|\-\u2013]?\s*$",
    re.IGNORECASE,
)


def _names_anyone(sentences: list[Sentence], names: frozenset[str]) -> bool:
    """Whether the sentences name the student other than as the form's writer: the
    classmate a feedback form is about is named in it ("Partner's name | Koz")."""
    if not names:
        return False
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(name) for name in names) + r")\b")
    for sentence in sentences:
        for found in pattern.finditer(sentence.text):
            if not WRITER_FIELD.search(sentence.text[max(0, found.start() - 30) : found.start()]):
                return True
    return False


def _past_sentences(sentences: list[Sentence]) -> set[int]:
    """The sentences a later "Now ..." sentence sets itself against: the past the student
    has left ("In September I did not talk. I said pass every time. Now I talk in circle.").
    The sentence just before a "Now" is the past when it says so ("before", "used to");
    further back, up to `PAST_REACH` sentences, when the stretch opens with a past time
    ("In September", "At first"). "She drew a comic. Now others copy it." keeps both."""
    past: set[int] = set()
    for index, sentence in enumerate(sentences):
        if index == 0 or not PRESENT_AFTER.match(sentence.text.translate(PLAIN_MARKS)):
            continue
        earlier = [
            each
            for each in range(index - 1, max(-1, index - 1 - PAST_REACH), -1)
            if not NOW.search(sentences[each].text.translate(PLAIN_MARKS))
        ]
        if not earlier or earlier[0] != index - 1:
            continue
        opening = next(
            (
                each
                for each in earlier
                if PAST_OPENING.match(sentences[each].text.translate(PLAIN_MARKS))
            ),
            None,
        )
        if opening is None:
            if PAST_MARK.search(sentences[index - 1].text):
                past.add(index - 1)
        elif all(each in earlier for each in range(opening, index)):
            past.update(range(opening, index))
    # The past told after the present: "I need fewer reminders now. In September I
    # wouldn't even open the packet."
    for index in range(1, len(sentences)):
        text = sentences[index].text.translate(PLAIN_MARKS)
        before = sentences[index - 1].text.translate(PLAIN_MARKS)
        if PAST_OPENING.match(text) and NOW.search(before) and not NOW.search(text):
            past.add(index)
    return past


def _tied(totals: dict[Level, float], level: Level) -> bool:
    """Evidence for two levels in equal measure: the assessor would be guessing between
    them, so it proposes nothing. Proficient tied with Advanced is not such a guess: the
    levels are cumulative (`_propose` reads it as Advanced when the skill's own Advanced
    descriptor is matched, else as the Proficient habit)."""
    tied = {each for each in Level if totals[each] == totals[level]}
    return len(tied) > 1 and tied != {Level.PROFICIENT, Level.ADVANCED}


def _mixed(
    per_level: dict[Level, list[_Hit]], totals: dict[Level, float], min_score: float
) -> bool:
    """Evidence of the difficulty and of the skill in hand, each on its own strong enough
    and in different sentences ("I still lose papers." ... "I put the worksheets in one
    folder"), is the rubric's Developing: uses it, with mixed success. The sentences of
    both sides then count as Developing evidence (`_as_mixed`)."""
    low = totals[Level.EMERGING]
    high = totals[Level.PROFICIENT] + totals[Level.ADVANCED]
    if low < min_score or high < min_score:
        return False
    low_sentences = {hit.sentence for hit in per_level.get(Level.EMERGING, [])}
    high_hits = per_level.get(Level.PROFICIENT, []) + per_level.get(Level.ADVANCED, [])
    return bool({hit.sentence for hit in high_hits} - low_sentences)


def _as_mixed(per_level: dict[Level, list[_Hit]]) -> list[_Hit]:
    return [
        dataclasses.replace(hit, cues=set(hit.cues))
        for level in Level
        for hit in per_level.get(level, [])
    ]


# The lexicon's own denied difficulty ("didn't give up" written as a Proficient cue).
DENIAL = re.compile(r"(?:didn'?t|did not|doesn'?t|does not|never)\b", re.IGNORECASE)


def _negated_level(level: Level, *, one_off: bool = False) -> Level | None:
    """What a denied cue shows: a denied difficulty ("never forgets") is the skill in hand;
    a denied strength says too little to place a level, so it counts for nothing. Denied
    once ("I didn't yell it this time") it is a first success: on the way, Developing."""
    if level in (Level.EMERGING, Level.DEVELOPING):
        return Level.DEVELOPING if one_off else Level.PROFICIENT
    return None


def _negated_modifier_level(level: Level) -> Level:
    """ "doesn't need constant help" is independence; "not every day" is mixed success."""
    if level in (Level.EMERGING, Level.DEVELOPING):
        return Level.PROFICIENT
    return Level.DEVELOPING


def calibrated_stated(
    calibration: ConfidenceCalibration, stated: float, quote: str
) -> float | None:
    """The stated confidence that makes the stored one (stated x evidence strength) the
    table's chance a teacher agrees, for the stored confidence the raw `stated` would give;
    None when that chance is below the table's `abstain_below`."""
    # Calibrated on the item's confidence as stored, so the stored figure is the chance a
    # teacher agrees; state what gives it.
    strength = evidence_strength(quote)
    agreement = calibration.probability(stated * strength)
    if agreement < calibration.abstain_below:
        return None
    return round(min(1.0, agreement / strength), 2)


def stated_confidence(score: float, runner_up: float, cues: int, *, min_score: float) -> float:
    """0.30 to 0.60: more evidence, a clearer margin and more distinct cues raise it."""
    strength = 1.0 - math.exp(-max(0.0, score - min_score) / 3.0)
    margin = max(0.0, score - runner_up) / score if score > 0 else 0.0
    breadth = min(1.0, max(0, cues - 1) / 3.0)
    value = MIN_CONFIDENCE + 0.12 * strength + 0.12 * margin + 0.06 * breadth
    return round(min(MAX_CONFIDENCE, max(MIN_CONFIDENCE, value)), 2)


def justification(skill: Skill, level: Level, cue: str, *, taught: bool = False) -> str:
    """One sentence: the cue found, and the rubric descriptor it fits, within 300 characters.
    `taught`: the level is where the teacher's own earlier reviews put such evidence."""
    fits = "as your earlier reviews read it, fits" if taught else "which fits"
    head = f"Describes {cue}, {fits} the {level.value} descriptor: "
    descriptor = rubric().descriptor(skill, level)
    room = MAX_JUSTIFICATION_CHARS - len(head)
    if len(descriptor) > room:
        descriptor = _shorten(descriptor, room)
    return head + descriptor


def _shorten(text: str, room: int) -> str:
    """Cut at the last clause break that fits (else a word break), ending with '...'."""
    limit = room - 3
    cut = max(text.rfind(", ", 0, limit), text.rfind("; ", 0, limit))
    if cut < limit // 2:
        cut = text.rfind(" ", 0, limit)
    return text[:cut].rstrip(" ,;") + "..."


def evidence_sentences(
    own_text: str, entry_type: EntryType, config: IndicatorSet
) -> list[Sentence]:
    """Sentences of the student's own words that may serve as evidence, in order."""
    start = 0 if entry_type.is_transcript else _body_start(own_text)
    sentences: list[Sentence] = []
    offset = start
    for line in own_text[start:].split("\n"):
        line_start, offset = offset, offset + len(line) + 1
        if not line.strip():
            continue
        if any(skip.applies(line, entry_type) for skip in config.line_skips):
            continue
        for sentence in _split_line(line, line_start, own_text):
            plain = sentence.text.translate(PLAIN_MARKS)
            if len(sentence.text.split()) < MIN_SENTENCE_WORDS:
                continue
            if any(guard.search(plain) for guard in config.guards):
                continue
            sentences.append(sentence)
    return sentences


def _body_start(text: str) -> int:
    """Where the body starts: after a `Student:`/`Date:` header block, if there is one."""
    document = parse_document(text)
    if not document.header or not document.body:
        return 0
    found = text.find(document.body)
    return found if found >= 0 else 0


def _split_line(line: str, line_start: int, text: str) -> list[Sentence]:
    pieces: list[tuple[int, int]] = []
    begin = 0
    for match in SENTENCE_END.finditer(line):
        piece = line[begin : match.end()]
        if ABBREVIATION.search(piece) or LIST_MARKER.match(piece):
            if LIST_MARKER.match(piece):
                begin = match.end()
            continue
        pieces.append((begin, match.end()))
        begin = match.end()
    if line[begin:].strip():
        pieces.append((begin, len(line)))
    sentences = []
    for begin, end in pieces:
        raw = line[begin:end]
        stripped = raw.strip()
        if not stripped:
            continue
        first = line_start + begin + (len(raw) - len(raw.lstrip()))
        last = first + len(stripped)
        sentences.append(Sentence(first, last, text[first:last]))
    return sentences


def _quote(sentence: Sentence, span: tuple[int, int], max_words: int) -> str:
    """The sentence, or for a long one the clauses around the cue, as an exact substring."""
    text = sentence.text
    if len(text.split()) <= max_words:
        return text
    bounds = [0]
    for match in CLAUSE_BREAK.finditer(text):
        bounds.append(match.end())
    bounds.append(len(text) + 1)
    clauses = [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]
    first = next(i for i, (a, b) in enumerate(clauses) if a <= span[0] < b)
    last = next(i for i, (a, b) in enumerate(clauses) if a < max(span[1], span[0] + 1) <= b)

    def words(i: int, j: int) -> int:
        return len(text[clauses[i][0] : min(clauses[j][1], len(text))].split())

    target = min(12, max_words)
    while words(first, last) < target:
        grow_left = first > 0 and words(first - 1, last) <= max_words
        grow_right = last < len(clauses) - 1 and words(first, last + 1) <= max_words
        if grow_right:
            last += 1
        elif grow_left:
            first -= 1
        else:
            break
    start, end = clauses[first][0], min(clauses[last][1], len(text))
    if words(first, last) > max_words:
        start, end = _word_window(text, span, max_words)
    return text[start:end].strip().rstrip(",;:").strip()


def _word_window(text: str, span: tuple[int, int], max_words: int) -> tuple[int, int]:
    tokens = [match.span() for match in WORD.finditer(text)]
    centre = next((i for i, (a, b) in enumerate(tokens) if b > span[0]), 0)
    first = max(0, centre - max_words // 3)
    last = min(len(tokens), first + max_words) - 1
    return tokens[first][0], tokens[last][1]
