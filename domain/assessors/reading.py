"""How the offline assessor reads one sentence before it looks for rubric cues.

A rubric cue is evidence only when the sentence says it of the student, now. Four things
stop it, each a class of mistake seen on documents nobody on the team wrote:

- **Someone else's words or doings.** "My mom says I'm disorganized" is the mother's claim;
  "Jordan was off task" in Eva's turns is about Jordan. The reported part, or the clause
  whose subject is another student, is blanked out.
- **The past the student has left.** "I used to wait until the last night, now I start
  early": the "used to" clause is blanked; what is left is read as growth (`improvement`).
- **A question.** "Should I start?" claims nothing (`question`); only cues that are
  themselves questions ("Is that fair?") count in one.
- **Negation.** "didn't give up", "never forgets", "not once distracted": `negated(start)`
  tells whether a cue is denied within its clause, so the assessor can read it the other way.

Blanking replaces characters with spaces, so every offset into the reading is an offset
into the sentence and quotes stay exact substrings of the student's text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from domain.curriculum import EntryType


class Voice(Enum):
    """Who "I" is: the student (journals, their turns) or a writer about them."""

    STUDENT = "student"
    ABOUT = "about"

    @classmethod
    def of(cls, entry_type: EntryType) -> Voice:
        if entry_type.is_transcript or entry_type is EntryType.REFLECTION_JOURNAL:
            return cls.STUDENT
        return cls.ABOUT


# A clause ends at punctuation or a conjunction that starts a new subject.
CLAUSE_BREAK = re.compile(
    r"[,;:]\s+|\s+[-\u2013\u2014]\s+|\s+(?=(?:and|but|so|because|while|whereas|although|though"
    r"|then|until|since|or|when|whenever|if|after|before)\s)",
    re.IGNORECASE,
)
# Words before a clause's subject that do not change whose clause it is.
LEAD_WORDS = re.compile(
    r"^(?:(?:and|but|so|because|while|whereas|although|though|then|until|since|or|when"
    r"|whenever|if|after|before|also|even|once|today|yesterday|later|now|still|finally"
    r"|sometimes|usually|well|oh|ok|okay|yeah|yes|no|um|uh|like|actually|basically|at first"
    r"|this week|last week|in class)\b[\s,]*)+",
    re.IGNORECASE,
)
NEGATOR = re.compile(
    r"\b(?:not|never|no longer|no|nobody|none|without|hardly|barely|rarely|seldom)\b|n't\b",
    re.IGNORECASE,
)
NEGATION_WINDOW_WORDS = 4
# "Not once this month has Kai needed a reminder", "Never once did she ...": a negative
# adverbial fronted before an inverted auxiliary denies the whole clause, however many
# words stand between it and the verb.
FRONTED_NEGATION = re.compile(
    r"^\W*(?:not once|never once|never|not one time|not a single time|at no point)\b"
    r"[^,;]{0,40}?\b(?:has|have|had|did|does|do|was|were|is|are|will|would)\b",
    re.IGNORECASE,
)
DENIAL_RUNS_ON = re.compile(r"^(?:or|nor)\s+(?:even\s+)?\w*$", re.IGNORECASE)
NEW_SUBJECT = re.compile(
    r"(?<!\bwas )(?<!\bwere )(?<!\bdid )(?<!\bdo )(?<!\bdoes )(?<!\bhad )"
    r"\b(?:i|he|she|they|we|you)\b",
    re.IGNORECASE,
)
# "can't stop fidgeting" affirms the fidgeting; "not only" and "no matter" deny nothing.
NOT_A_NEGATION = re.compile(
    r"(?:n't|not|never) (?:stop|stopped|help|wait)\b|\bnot (?:only|just)\b"
    r"|\bno (?:matter|doubt|wonder)\b",
    re.IGNORECASE,
)
# Titles and adults: what an adult does with the student ("Ms. R had to remind me") is the
# support the student needed, so adults' clauses stay.
ADULT_SUBJECT = re.compile(
    r"^(?:mr|ms|mrs|miss|dr|coach|teacher|the teacher|my teacher|(?:my|his|her|their) "
    r"(?:mom|mum|dad|mother|father|parents?|teacher|tutor|aide|coach|grandma|grandpa))\b",
    re.IGNORECASE,
)
PEER_SUBJECT = re.compile(
    r"^(?:(?:my|our|his|her|their|the|a|another|one|some|other|two|three) (?:\w+ )?"
    r"(?:partner|friend|friends|brother|sister|cousin|classmates?|teammates?|group ?mates?"
    r"|kids|students|boys|girls|others)|(?:everyone|everybody|nobody|no one) else|the others?"
    r"|other (?:kids|students|people))\b",
    re.IGNORECASE,
)
# "Should I start?" asks; "I forget my planner, so maybe an app would help?" still says
# something of the student before it trails into a question.
QUESTION_START = re.compile(
    r"^(?:(?:so|and|but|ok|okay|um|uh|well|wait|hey|like),?\s+)*(?:what|why|how|when|where|who"
    r"|which|whose|should|shall|can|could|would|will|do|does|did|is|are|was|were|am|have|has"
    r"|if|what if"
    r"|had|may|might|must|(?:is|are|was|were|do|does|did|have|has|can|could|would|should|will"
    r"|wo)n't)\b",
    re.IGNORECASE,
)
SUBORDINATE = re.compile(
    r"^(?:when|whenever|if|because|since|while|whereas|although|though|until|after|before"
    r"|that|whether)\b",
    re.IGNORECASE,
)
# Verbs that follow a subject: what makes "Jordan was" a classmate and "Keep your" an order.
SUBJECT_VERB = re.compile(
    r"^(?:was|is|were|are|said|says|kept|keeps|did|didn't|does|doesn't|had|has|got|gets|gave"
    r"|wanted|wants|thinks|thought|told|asked|took|made|would|could|can|can't|will|won't"
    r"|never|always|just|also|still|really|wasn't|isn't|tried|tries|went|goes|came|comes"
    r"|\w+ed|(?!(?:his|this|its|hers|ours|yours|theirs)$)\w+[^su]s)$",
    re.IGNORECASE,
)
THIRD_PERSON = re.compile(r"^(?:he|she|they|him|her|them)\b", re.IGNORECASE)
NAME = re.compile(r"^([A-Z][a-z]+)(?:'s)?\b")
# Capitalised words that start sentences without naming anyone.
_OPENERS = """I A An The This That These Those It Its There Then Now Today Yesterday
    Tomorrow Tonight
    When While After Before Because Since If So But And Or Also Even Once Still Finally First
    Next Last Later Sometimes Usually Often Always Never Overall Everyone Everybody Someone
    Somebody Nobody Anyone Anybody We Our My Your You Us Me Mine He She They His Her Their
    Them What Why How Where Who Which Yes No Okay Ok Well Oh Um Uh Like Maybe Perhaps Instead
    At In On For With By From To Of As During Over Under Around About Into Through Without
    Each Every All Both Some Most Many Much More Less Few Other Another Such Not Just Only
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
    June July August September October November December Math Science English History Art
    Music Reading Writing Lunch Recess Class Group Team Homework Thanks Thank Dear Hi Hello
    Student Date Type Teacher Parent Mom Dad Good Great Nice Wow Sorry Please Let Can Could
    Would Should Will Do Does Did Is Are Was Were Have Has Had Being Been Am Here Again
    One Two Three Four Five Six Seven Eight Nine Ten Twelve Twenty Half Most Several"""
NOT_NAMES = frozenset(_OPENERS.split())
# Someone else's claim about the student: the reporting frame, then what they said (a
# clause of its own: "my teacher told me to start" is an instruction, not a claim).
REPORTED = re.compile(
    r"\b(?:(?i:(?:my|his|her|their|our|the) (?:\w+ )?(?:mom|mum|dad|mother|father|parents?|"
    r"teacher|tutor|friends?|brother|sister|classmates?|partner|coach|grandma|grandpa)|mr\.? \w+"
    r"|ms\.? \w+|mrs\.? \w+|miss \w+|people|everyone|everybody|they|he|she|someone|somebody)"
    r"|(?P<name>[A-Z][a-z]+))"
    r"(?i: (?:always |often |sometimes |once |keeps? |kept )?(?:says?|said|thinks?|thought|"
    r"tells? me|told me|calls? me|called me|claims?|claimed|believes?|complains?|complained|"
    r"keeps? saying|kept saying)(?: that)?"
    r"(?= (?:that|i|i'm|i'd|i've|he|he's|she|she's|they|they're|we|you|you're|it|it's)\b))",
)
# Growth in so many words: what follows is read as change, not as a fixed level.
IMPROVEMENT = re.compile(
    r"\b(?:fewer|less|not as (?:many|much|often)) (?:\w+ ){0,2}(?:reminders?|help|prompts?|"
    r"prompting|support|nudges?|check-?ins?|mistakes|times)\b"
    r"|\bno longer\b|\b(?:any ?more)\b|\bthese days\b|\b(?:better|faster|quicker) at\b"
    r"|\bthan (?:before|i used to|he used to|she used to|they used to|last (?:year|term|month))\b"
    r"|\b(?:getting|got|gotten) better\b|\bimprov(?:ed|ing)\b|\bmore (?:often|confident)\b"
    r"|\bnow (?:i|he|she|they)\b|\bbut now\b|\bnot (?:anymore|any more)\b"
    r"|\b(?:would have|would've|used to)\b"
    r"|\b(?:a|one|two|three|a few|several) (?:weeks?|months?|years?) ago\b"
    r"|\bat the (?:start|beginning) of (?:the|this) (?:year|term|semester|quarter)\b"
    # A writer who calls it change: "which is new for him", "progress from September",
    # "still blurts, but it's less".
    r"|\bnew for (?:him|her|them|me)\b|\bprogress (?:from|since|over)\b"
    r"|\b(?:is|was|that's|which is|shows?|showing|made|making)"
    r" (?:real |big |some |good )?progress\b"
    r"|\b(?:but )?(?:it'?s|it is) less\b(?! than)|\bless often\b"
    # "I got a binder and it's better, but I still lose papers": it has improved, not "it
    # is better to ask".
    r"|\b(?:it'?s|it is|things are|that'?s) (?:a lot |much |way |a little |a bit )?better\b"
    r"(?! (?:to|than|if|when|for)\b)"
    # Less than at a time gone by: "still blurts out, but less than in the fall".
    r"|\b(?:less|fewer|not as (?:much|often)|more) (?:often )?(?:than|as) (?:in |at |during )?"
    r"(?:the )?(?:fall|autumn|winter|spring|before|last (?:week|month|term|semester|year|"
    r"fall|spring|winter)|(?:start|beginning) of the (?:year|term)|september|october|november|"
    r"december|january|february|march|april)\b",
    re.IGNORECASE,
)
# A first or one-off success ("I didn't yell it this time"): the skill shows, not yet as a
# habit, so a denied difficulty here reads as Developing, not Proficient.
ONE_OFF = re.compile(
    r"\b(?:this time|for once|(?:for )?(?:the )?first time|first time ever|like a record"
    r"|(?:twice|two times|once) (?:today|this week|in a row)|(?:a |big |real )?change from"
    r"|progress (?:from|since)|which is new|(?:is|was) new for (?:him|her|them|me)"
    r"|which (?:he|she|they|i) (?:has|have|had) never done|a first\b"
    r"|better than (?:i|he|she|they) (?:was|were|used to))\b",
    re.IGNORECASE,
)
# The student's own work in progress ("I need to let him finish", "I'm trying to write it
# down first"): the behaviour is being worked on, not yet shown. A proposal to the group
# ("we should each pick one") or a plan for next time is not this.
INTENTION = re.compile(
    r"\bi (?:really |still |think i )?(?:need to|am trying to|'m trying to|will try to|'ll try to"
    r"|am working on|'m working on|have to work on)\b",
    re.IGNORECASE,
)
# The part of a growth sentence that is about the past, up to where the present starts.
PAST_CLAUSE = re.compile(
    r"\b(?:(?:i|he|she|they|we) )?(?:used to|would have|would've)\b.*?(?=,|;|\bbut\b|\bnow\b|$)"
    r"|\b(?:a|one|two|three|a few|several) (?:weeks?|months?|years?) ago\b.*?"
    r"(?=,|;|\bbut\b|\bnow\b|$)"
    r"|\bat the (?:start|beginning) of (?:the|this) (?:year|term|semester|quarter)\b.*?"
    r"(?=,|;|\bbut\b|\bnow\b|$)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class SentenceReading:
    # The sentence with what is not the student's own present claim blanked out.
    text: str
    question: bool
    improvement: bool
    # Where each clause starts, so negation never reaches across a clause.
    clause_starts: tuple[int, ...]
    one_off: bool = False
    intention: bool = False

    @property
    def empty(self) -> bool:
        return not self.text.strip()

    def negated(self, start: int) -> bool:
        """A negator shortly before `start`, within the same clause."""
        clause = max((s for s in self.clause_starts if s <= start), default=0)
        # "did not argue or shut down": a denial runs on through "or"/"nor" to the next
        # verb, unless that clause has a subject of its own ("or she gave up").
        earlier = [s for s in self.clause_starts if s < clause]
        if earlier and DENIAL_RUNS_ON.match(self.text[clause:start]):
            clause = earlier[-1]
        before = self.text[clause:start]
        if FRONTED_NEGATION.match(before):
            return True
        words = before.split()
        window = " ".join(words[-NEGATION_WINDOW_WORDS:])
        negators = list(NEGATOR.finditer(window))
        if not negators or NOT_A_NEGATION.search(window):
            return False
        # "When her method didn't work she tried another way": a new subject after the
        # negator starts a new clause ("Not once was she distracted" only inverts).
        after = window[negators[-1].end() :]
        return not NEW_SUBJECT.search(after)


def read_sentence(
    text: str, voice: Voice, own_names: frozenset[str], other_names: frozenset[str]
) -> SentenceReading:
    """`text` is one sentence, typographic marks already made plain."""
    chars = list(text)

    def blank(start: int, end: int) -> None:
        for i in range(start, min(end, len(chars))):
            if chars[i] != "\n":
                chars[i] = " "

    for match in REPORTED.finditer(text):
        reporter = match.group(0).split()[0]
        if _is_student(reporter, voice, own_names) or _nickname_of(
            reporter, own_names, other_names
        ):
            continue
        name = match.group("name")
        if name and name not in other_names and not _may_be_name(name):
            continue
        blank(match.start(), _clause_end(text, match.end(), through_and=True))
    improvement = bool(IMPROVEMENT.search(text))
    if improvement:
        for match in PAST_CLAUSE.finditer(text):
            blank(match.start(), match.end())
    starts = _clause_starts(text)
    someone_else = False
    for index, start in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else len(text)
        clause = text[start:end]
        # "Jordan was off task and kept calling out": the second clause is still Jordan's.
        if _has_subject(clause) or index == 0:
            someone_else = _about_someone_else(clause, voice, own_names, other_names)
        if someone_else:
            blank(start, end)
    question = text.rstrip().rstrip("\"')]").endswith("?") and bool(
        QUESTION_START.match(text.strip())
    )
    return SentenceReading(
        text="".join(chars),
        question=question,
        improvement=improvement,
        clause_starts=tuple(starts),
        one_off=bool(ONE_OFF.search(text)),
        intention=bool(INTENTION.search(text)),
    )


def _is_student(reporter: str, voice: Voice, own_names: frozenset[str]) -> bool:
    word = reporter.lower()
    if reporter in own_names:
        return True
    # In a note about the student, "she said" is the student speaking.
    return voice is Voice.ABOUT and word in {"he", "she", "they"}


def _clause_starts(text: str) -> list[int]:
    starts = [0]
    for match in CLAUSE_BREAK.finditer(text):
        starts.append(match.end())
    return starts


def _clause_end(text: str, start: int, *, through_and: bool) -> int:
    """Where reported words end: the next strong break (", but", ";") or the sentence end."""
    # ", so ..." is the speaker's own conclusion from what was said ("my mom says I explain
    # things well, so maybe I'm better one to one"), not more of the report.
    pattern = r";|,\s+but\b|\s+but\b|,\s+so\b" if through_and else r"[,;]"
    match = re.search(pattern, text[start:])
    return start + match.start() if match else len(text)


# "what if", "let's", "maybe" open a proposal of the speaker's own: after a classmate's
# clause ("Lee wants glue, so what if we try both") the subject is the speaker again.
SUBJECT_START = re.compile(
    r"^(?:what if|what(?=\s*$)|let's|lets|how about|maybe"
    r"|i|i'm|i'd|i've|i'll|we|we're|you|he|he's|she|she's|they|they're|it|it's|there"
    r"|my|our|his|her|their|the|a|an|this|that|everyone|everybody|nobody|someone"
    r"|[A-Z][a-z]+)\b"
)


# Table cells, bullets and quote marks before a clause's first word ("| Sofi is ...").
LEADING_MARKS = re.compile(r"^[\s|*\u2022>#\-\u2013\u2014:\"']+")


def _bare(clause: str) -> str:
    return LEADING_MARKS.sub("", clause.strip())


def _has_subject(clause: str) -> bool:
    lead = LEAD_WORDS.match(_bare(clause))
    rest = _bare(clause)[lead.end() :] if lead else _bare(clause)
    return bool(SUBJECT_START.match(rest))


def _about_someone_else(
    clause: str, voice: Voice, own_names: frozenset[str], other_names: frozenset[str]
) -> bool:
    """Whether the clause's subject is another student (never an adult, never "we")."""
    lead = LEAD_WORDS.match(_bare(clause))
    subject = _bare(clause)[lead.end() :] if lead else _bare(clause)
    if not subject or ADULT_SUBJECT.match(subject):
        return False
    if PEER_SUBJECT.match(subject):
        return True
    # A bare "he" in a main clause is someone else; in "I asked her if she was okay" the
    # subordinate "she" is the one the student acted towards, and stays.
    subordinate = bool(SUBORDINATE.match(_bare(clause)))
    if voice is Voice.STUDENT and not subordinate and THIRD_PERSON.match(subject):
        return True
    name = NAME.match(subject)
    if name is None:
        return False
    word = name.group(1)
    if word in own_names or _nickname_of(word, own_names, other_names):
        return False
    if word in other_names:
        return True
    if not _may_be_name(word):
        return False
    # A note about a student we cannot name may well name them: only when we know who the
    # student is can another first name be someone else.
    if voice is Voice.ABOUT and not own_names:
        return False
    # An unrostered classmate: a capitalised word that acts ("Jordan was", "Kiara said").
    rest = subject[name.end() :].split()
    return bool(rest) and bool(SUBJECT_VERB.match(rest[0].strip(",.;:!?")))


def _nickname_of(word: str, own_names: frozenset[str], other_names: frozenset[str]) -> bool:
    """ "Benny" for Benjamin, "Kat" for Katerina, "Alex" for Alejandro: a name nobody else
    in the class has that starts as one of the student's own names does."""
    if word in other_names or len(word) < 3:
        return False
    return any(name[:3].lower() == word[:3].lower() for name in own_names)


def _may_be_name(word: str) -> bool:
    """A capitalised word that could be a first name: not a common sentence opener, not
    "Planning" or "Quickly"."""
    return word not in NOT_NAMES and not re.search(r"(?:ing|ly|ed|tion)$", word)
