"""Scoring any assessor against a labelled set: how often it agrees with teachers.

A labelled set is a CSV with the header `document,student_id,skill,level,quote`: for a
document and a student, the level a teacher gave one skill and the words that show it.
`evaluate` runs the assessor on each (document, student) exactly as filing would (the
student's own turns in a transcript, the whole text otherwise), validates what it proposes
exactly as stored evidence is validated, and pairs each labelled skill with the valid item for that
skill, if any. Levels are ordinal (Emerging 1 .. Advanced 4), so the figures are exact
agreement, agreement within one level, quadratic-weighted kappa, a confusion matrix and
recall per level, plus how well the items' confidence is calibrated (expected calibration
error, correct = exact agreement).

No Slack, no database: the metric functions are pure, and `evaluate` only reads files.
"""

from __future__ import annotations

import csv
import random
import re
import time
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from domain.assessors.base import AssessmentRequest, Assessor, AssessorError, DocumentSpan
from domain.assessors.document import document_spans
from domain.curriculum import EntryType, Level, Skill
from domain.detection import Detection, RosterStudent, detect
from domain.documents import read_document_with_properties
from domain.errors import InvalidInput
from domain.ids import STUDENT_ID_PATTERN
from domain.pseudonyms import student_names
from domain.validation import validate_items

COLUMNS = ("document", "student_id", "skill", "level", "quote")
LEVELS: tuple[Level, ...] = tuple(Level)
ECE_BINS = 10
BOOTSTRAP_DRAWS = 1000
# Detection needs a "today" for undated documents; any fixed day keeps runs repeatable.
EVALUATION_DAY = date(2025, 1, 1)
MAX_PROBLEMS_SHOWN = 30


# --- The labelled set ------------------------------------------------------------------


@dataclass(frozen=True)
class LabelledItem:
    document: str
    student_id: str
    skill: Skill
    level: Level
    quote: str
    # The CSV line the row starts on, for messages about it.
    line: int = 0


def load_labelled_set(path: Path) -> list[LabelledItem]:
    """Every row of a labelled-set CSV, or InvalidInput listing each problem by line."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InvalidInput(f"{path}: no such file.") from None
    except (OSError, UnicodeDecodeError) as error:
        raise InvalidInput(f"{path}: cannot be read as UTF-8 text ({error}).") from None
    return parse_labelled_set(text, source=str(path))


def parse_labelled_set(text: str, *, source: str = "labelled set") -> list[LabelledItem]:
    reader = csv.reader(text.splitlines(keepends=True))
    header = next(reader, None)
    if header is None:
        raise InvalidInput(f"{source} is empty; expected the header {','.join(COLUMNS)}.")
    names = [name.strip().lower() for name in header]
    if sorted(names) != sorted(COLUMNS):
        raise InvalidInput(
            f"{source}, line 1: the header is {','.join(header)!r}; "
            f"expected {','.join(COLUMNS)} (in any order)."
        )
    index = {name: names.index(name) for name in COLUMNS}

    items: list[LabelledItem] = []
    problems: list[str] = []
    seen: dict[tuple[str, str, Skill], int] = {}
    line_before = reader.line_num
    for row in reader:
        line = line_before + 1
        line_before = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(COLUMNS):
            problems.append(f"line {line}: {len(row)} fields; expected {len(COLUMNS)}")
            continue
        cells = {name: row[index[name]].strip() for name in COLUMNS}
        item, row_problems = _labelled_row(cells, line)
        if item is None:
            problems += row_problems
            continue
        key = (item.document, item.student_id, item.skill)
        if key in seen:
            problems.append(
                f"line {line}: {item.document}, {item.student_id}, {item.skill} is already "
                f"labelled on line {seen[key]}"
            )
            continue
        seen[key] = line
        items.append(item)

    if problems:
        shown = problems[:MAX_PROBLEMS_SHOWN]
        if len(problems) > len(shown):
            shown.append(f"... and {len(problems) - len(shown)} more")
        raise InvalidInput(
            f"{source} has {len(problems)} problem(s):\n" + "\n".join(f"  {p}" for p in shown)
        )
    if not items:
        raise InvalidInput(f"{source} has a header but no labelled rows.")
    return items


def _labelled_row(cells: dict[str, str], line: int) -> tuple[LabelledItem | None, list[str]]:
    problems: list[str] = []
    if not cells["document"]:
        problems.append(f"line {line}: no document")
    if not re.fullmatch(STUDENT_ID_PATTERN, cells["student_id"]):
        problems.append(f"line {line}: student id {cells['student_id']!r} is not like S001")
    skill: Skill | None = None
    level: Level | None = None
    try:
        skill = Skill.parse(cells["skill"])
    except ValueError:
        problems.append(f"line {line}: unknown skill {cells['skill']!r}")
    try:
        level = Level.parse(cells["level"])
    except ValueError:
        problems.append(
            f"line {line}: unknown level {cells['level']!r}; use one of {', '.join(Level)}"
        )
    if not cells["quote"]:
        problems.append(f"line {line}: no quote")
    if problems or skill is None or level is None:
        return None, problems
    item = LabelledItem(
        document=cells["document"],
        student_id=cells["student_id"],
        skill=skill,
        level=level,
        quote=cells["quote"],
        line=line,
    )
    return item, []


# --- Metrics over paired ordinal levels ------------------------------------------------

LevelLike = Level | int


def _rank(value: LevelLike) -> int:
    if isinstance(value, Level):
        return value.rank
    if isinstance(value, int) and 1 <= value <= len(LEVELS):
        return value
    raise ValueError(f"{value!r} is not a level or a rank 1..{len(LEVELS)}")


def _ranks(labelled: Sequence[LevelLike], predicted: Sequence[LevelLike]) -> list[tuple[int, int]]:
    if len(labelled) != len(predicted):
        raise ValueError(f"{len(labelled)} labelled levels but {len(predicted)} predicted")
    if not labelled:
        raise ValueError("no pairs to score")
    return [(_rank(a), _rank(b)) for a, b in zip(labelled, predicted, strict=True)]


def exact_agreement(labelled: Sequence[LevelLike], predicted: Sequence[LevelLike]) -> float:
    pairs = _ranks(labelled, predicted)
    return sum(a == b for a, b in pairs) / len(pairs)


def within_one_agreement(labelled: Sequence[LevelLike], predicted: Sequence[LevelLike]) -> float:
    pairs = _ranks(labelled, predicted)
    return sum(abs(a - b) <= 1 for a, b in pairs) / len(pairs)


def confusion_matrix(
    labelled: Sequence[LevelLike], predicted: Sequence[LevelLike]
) -> list[list[int]]:
    """4x4 counts: row = labelled level, column = predicted level (Emerging first)."""
    matrix = [[0] * len(LEVELS) for _ in LEVELS]
    for a, b in _ranks(labelled, predicted):
        matrix[a - 1][b - 1] += 1
    return matrix


def quadratic_weighted_kappa(
    labelled: Sequence[LevelLike], predicted: Sequence[LevelLike]
) -> float:
    """Cohen's kappa with weights (i - j)^2 / (k - 1)^2 over the 4 levels.

    1 is perfect agreement, 0 is what chance (the two marginal distributions) gives,
    negative is systematic disagreement. When chance disagreement is 0 (both sides use a
    single, same level) kappa is undefined: 1.0 if nothing disagrees, else 0.0.
    """
    matrix = confusion_matrix(labelled, predicted)
    k = len(LEVELS)
    total = sum(map(sum, matrix))
    rows = [sum(matrix[i]) / total for i in range(k)]
    cols = [sum(matrix[i][j] for i in range(k)) / total for j in range(k)]
    observed = 0.0
    expected = 0.0
    for i in range(k):
        for j in range(k):
            weight = (i - j) ** 2 / (k - 1) ** 2
            observed += weight * matrix[i][j] / total
            expected += weight * rows[i] * cols[j]
    if expected == 0:
        return 1.0 if observed == 0 else 0.0
    return 1.0 - observed / expected


def per_level_recall(
    labelled: Sequence[LevelLike], predicted: Sequence[LevelLike]
) -> dict[Level, float | None]:
    """For each labelled level, the share predicted exactly; None when none is labelled."""
    matrix = confusion_matrix(labelled, predicted)
    recall: dict[Level, float | None] = {}
    for i, level in enumerate(LEVELS):
        count = sum(matrix[i])
        recall[level] = matrix[i][i] / count if count else None
    return recall


def expected_calibration_error(
    confidences: Sequence[float], correct: Sequence[bool], bins: int = ECE_BINS
) -> float:
    """Sum over equal-width confidence bins of |accuracy - mean confidence| x bin share.

    Bin b holds confidences in [b/bins, (b+1)/bins); 1.0 falls in the last bin.
    """
    if len(confidences) != len(correct):
        raise ValueError(f"{len(confidences)} confidences but {len(correct)} outcomes")
    if not confidences:
        raise ValueError("no items to score")
    if bins < 1:
        raise ValueError("bins must be at least 1")
    members: list[list[int]] = [[] for _ in range(bins)]
    for position, confidence in enumerate(confidences):
        if not 0.0 <= confidence <= 1.0:
            raise ValueError(f"confidence {confidence!r} is outside 0..1")
        members[min(int(confidence * bins), bins - 1)].append(position)
    total = len(confidences)
    error = 0.0
    for positions in members:
        if not positions:
            continue
        accuracy = sum(bool(correct[p]) for p in positions) / len(positions)
        mean_confidence = sum(confidences[p] for p in positions) / len(positions)
        error += abs(accuracy - mean_confidence) * len(positions) / total
    return error


def bootstrap_interval(
    labelled: Sequence[LevelLike],
    predicted: Sequence[LevelLike],
    statistic: Callable[[Sequence[LevelLike], Sequence[LevelLike]], float],
    *,
    draws: int = BOOTSTRAP_DRAWS,
    seed: int = 0,
) -> tuple[float, float]:
    """A 95% percentile bootstrap interval for `statistic` over the pairs, resampled with
    a fixed seed so a report is repeatable. With a few dozen pairs it is wide: that is the
    point of printing it beside the figure."""
    pairs = _ranks(labelled, predicted)
    rng = random.Random(seed)
    values = []
    for _ in range(draws):
        sample = [pairs[rng.randrange(len(pairs))] for _ in pairs]
        values.append(statistic([a for a, _ in sample], [b for _, b in sample]))
    values.sort()
    low = values[int(0.025 * (draws - 1))]
    high = values[round(0.975 * (draws - 1))]
    return low, high


# --- Running an assessor over the set -------------------------------------------------


@dataclass(frozen=True)
class Pair:
    """A labelled skill the assessor also assessed (with a verified quote)."""

    document: str
    student_id: str
    skill: Skill
    labelled: Level
    predicted: Level
    confidence: float
    # The assessor's quote and the entry's kind: what a teacher reviewing it would see.
    quote: str = ""
    entry_type: EntryType | None = None

    @property
    def correct(self) -> bool:
        return self.labelled is self.predicted


@dataclass(frozen=True)
class GroupFailure:
    """A (document, student) the assessor could not assess; its labelled items count as
    not covered. `stage` is "document" (unreadable, undetectable) or "assessor"."""

    document: str
    student_id: str
    stage: str
    reason: str
    labelled_items: int


@dataclass(frozen=True)
class EvaluationReport:
    model: str
    labelled_items: int
    groups: int
    pairs: list[Pair]
    # Labelled items with no valid item for their skill (including failed groups').
    not_covered: int
    failures: list[GroupFailure]
    proposed_items: int
    valid_items: int
    # Why proposed items were dropped, "skill: " prefix removed, most frequent first.
    dropped_reasons: dict[str, int]
    # Valid items for skills the labelled set says nothing about in that document.
    unlabelled_items: int
    assess_seconds: float = 0.0
    bins: int = ECE_BINS

    # Derived figures; None when there is nothing to base them on.

    @property
    def covered(self) -> int:
        return len(self.pairs)

    @property
    def coverage(self) -> float | None:
        return self.covered / self.labelled_items if self.labelled_items else None

    @property
    def dropped_items(self) -> int:
        return sum(self.dropped_reasons.values())

    @property
    def quotes_verified(self) -> float | None:
        """Share of all proposed items that passed validation (quote found verbatim)."""
        return self.valid_items / self.proposed_items if self.proposed_items else None

    def _levels(self) -> tuple[list[Level], list[Level]]:
        return [p.labelled for p in self.pairs], [p.predicted for p in self.pairs]

    @property
    def exact_agreement(self) -> float | None:
        return exact_agreement(*self._levels()) if self.pairs else None

    @property
    def within_one_agreement(self) -> float | None:
        return within_one_agreement(*self._levels()) if self.pairs else None

    @property
    def quadratic_weighted_kappa(self) -> float | None:
        return quadratic_weighted_kappa(*self._levels()) if self.pairs else None

    @property
    def confusion_matrix(self) -> list[list[int]]:
        if not self.pairs:
            return [[0] * len(LEVELS) for _ in LEVELS]
        return confusion_matrix(*self._levels())

    @property
    def per_level_recall(self) -> dict[Level, float | None]:
        if not self.pairs:
            return dict.fromkeys(LEVELS)
        return per_level_recall(*self._levels())

    @property
    def expected_calibration_error(self) -> float | None:
        if not self.pairs:
            return None
        return expected_calibration_error(
            [p.confidence for p in self.pairs], [p.correct for p in self.pairs], self.bins
        )

    @property
    def mean_confidence(self) -> float | None:
        if not self.pairs:
            return None
        return sum(p.confidence for p in self.pairs) / len(self.pairs)

    # Rendering.

    def headline(self) -> list[tuple[str, str, str]]:
        """(figure, value, what it is based on) rows shared by both renderings."""
        n = self.covered
        return [
            ("Coverage", _fig(self.coverage), f"{n} of {self.labelled_items} labelled items"),
            (
                "Quotes verified",
                _fig(self.quotes_verified),
                f"{self.valid_items} of {self.proposed_items} proposed items",
            ),
            ("Exact agreement", _fig(self.exact_agreement), self._based_on(exact_agreement)),
            ("Within one level", _fig(self.within_one_agreement), f"{n} pairs"),
            (
                "Quadratic weighted kappa",
                _fig(self.quadratic_weighted_kappa),
                self._based_on(quadratic_weighted_kappa),
            ),
            (
                "Calibration error (ECE)",
                _fig(self.expected_calibration_error),
                f"{n} pairs, {self.bins} bins, mean confidence {_fig(self.mean_confidence)}",
            ),
        ]

    def _based_on(
        self, statistic: Callable[[Sequence[LevelLike], Sequence[LevelLike]], float]
    ) -> str:
        """n, and the 95% bootstrap interval when there are pairs to resample."""
        if len(self.pairs) < 2:
            return f"{len(self.pairs)} pairs"
        low, high = bootstrap_interval(*self._levels(), statistic)
        return f"{len(self.pairs)} pairs, 95% interval {low:.2f} to {high:.2f}"

    def to_text(self) -> str:
        failed = len(self.failures)
        lines = [
            f"Evaluation of {self.model}",
            f"{self.labelled_items} labelled items in {self.groups} (document, student) "
            f"groups; {failed} group(s) failed; assessor time {self.assess_seconds:.1f} s",
            "",
        ]
        lines += _table(
            ["figure", "value", "based on"],
            [list(row) for row in self.headline()],
            right=[1],
        )
        lines += [
            "",
            f"Confusion matrix (rows: labelled level, columns: predicted; {self.covered} pairs)",
        ]
        lines += _table(*self._confusion_rows(), right=list(range(1, len(LEVELS) + 2)))
        lines += ["", "Recall per labelled level"]
        lines += _table(*self._recall_rows(), right=[1, 2])
        lines += [
            "",
            f"Unlabelled skills assessed (not scored): {self.unlabelled_items}",
            f"Dropped items: {self.dropped_items} of {self.proposed_items} proposed",
        ]
        lines += [f"  {count:>4}  {reason}" for reason, count in self.dropped_reasons.items()]
        if self.failures:
            lines += ["", f"Failed groups: {failed}"]
            lines += [
                f"  {f.document} ({f.student_id}), {f.stage}: {f.reason} "
                f"[{f.labelled_items} labelled items]"
                for f in self.failures
            ]
        return "\n".join(lines) + "\n"

    def to_markdown(self, title: str | None = None) -> str:
        failed = len(self.failures)
        lines = [
            f"### {title or self.model}",
            "",
            f"Model `{self.model}`: {self.labelled_items} labelled items in {self.groups} "
            f"(document, student) groups, {failed} failed; assessor time "
            f"{self.assess_seconds:.1f} s.",
            "",
        ]
        lines += _markdown_table(
            ["Figure", "Value", "Based on"], [list(row) for row in self.headline()], right=[1]
        )
        lines += [
            "",
            f"Confusion matrix (rows: labelled level, columns: predicted; {self.covered} pairs):",
            "",
        ]
        header, rows = self._confusion_rows()
        lines += _markdown_table(
            ["Labelled \\ predicted", *header[1:]], rows, right=list(range(1, len(LEVELS) + 2))
        )
        lines += ["", "Recall per labelled level:", ""]
        lines += _markdown_table(*self._recall_rows(), right=[1, 2])
        lines += [
            "",
            f"Dropped items: {self.dropped_items} of {self.proposed_items} proposed"
            + (":" if self.dropped_reasons else "."),
        ]
        if self.dropped_reasons:
            lines.append("")
            lines += [f"- {count} x {reason}" for reason, count in self.dropped_reasons.items()]
        if self.failures:
            lines += ["", f"Failed groups: {failed}.", ""]
            lines += [
                f"- `{f.document}` ({f.student_id}), {f.stage}: {f.reason}" for f in self.failures
            ]
        return "\n".join(lines) + "\n"

    def _confusion_rows(self) -> tuple[list[str], list[list[str]]]:
        matrix = self.confusion_matrix
        header = ["labelled", *(level.value for level in LEVELS), "total"]
        rows = [
            [level.value, *(str(count) for count in matrix[i]), str(sum(matrix[i]))]
            for i, level in enumerate(LEVELS)
        ]
        column_totals = [sum(row[j] for row in matrix) for j in range(len(LEVELS))]
        rows.append(["total", *(str(t) for t in column_totals), str(sum(column_totals))])
        return header, rows

    def _recall_rows(self) -> tuple[list[str], list[list[str]]]:
        recall = self.per_level_recall
        matrix = self.confusion_matrix
        rows = [
            [level.value, _fig(recall[level]), str(sum(matrix[i]))]
            for i, level in enumerate(LEVELS)
        ]
        return ["level", "recall", "pairs"], rows


def evaluate(
    assessor: Assessor,
    labelled: list[LabelledItem],
    documents_dir: Path,
    roster: list[RosterStudent],
    entry_types: dict[str, EntryType] | None = None,
    classes: Mapping[str, list[RosterStudent]] | None = None,
    teacher_names: Mapping[str, Sequence[str]] | None = None,
) -> EvaluationReport:
    """Run `assessor` on every labelled (document, student) and score it against the labels.

    `entry_types` gives a document's kind as a teacher would say it (a set's truth), so
    the assessor is scored on its own, not on whether the kind could be detected.
    `classes` gives each student's classmates (their teacher's roster): a document is read
    against them, as filing reads it against the uploading teacher's students, not against
    the whole set's (where two classes' Maliks make either ambiguous). `teacher_names` gives
    each student's teachers' names, which filing reads the teacher's own lines by.

    A document that cannot be read or attributed, or an AssessorError, fails that group
    only: its labelled items count as not covered and the reason is reported.
    """
    model = assessor.model
    groups: dict[tuple[str, str], list[LabelledItem]] = {}
    for item in labelled:
        groups.setdefault((item.document, item.student_id), []).append(item)
    # The names the worker gives the assessor for who is who (full names, unique first
    # names and nicknames), so the eval reads the student's mentions as filing would.
    names = student_names((s.id, s.name, s.nicknames) for s in roster)

    pairs: list[Pair] = []
    failures: list[GroupFailure] = []
    dropped: Counter[str] = Counter()
    not_covered = proposed = valid = unlabelled = 0
    seconds = 0.0

    for entry_id, ((document, student_id), items) in enumerate(groups.items(), start=1):
        try:
            request = _request(
                entry_id,
                document,
                student_id,
                documents_dir,
                (classes or {}).get(student_id, roster),
                names,
                (entry_types or {}).get(document),
                (teacher_names or {}).get(student_id, ()),
            )
        except (OSError, InvalidInput) as error:
            failure = GroupFailure(document, student_id, "document", str(error), len(items))
            failures.append(failure)
            not_covered += len(items)
            continue
        started = time.perf_counter()
        try:
            output = assessor.assess(request)
        except AssessorError as error:
            failure = GroupFailure(document, student_id, "assessor", error.reason, len(items))
            failures.append(failure)
            not_covered += len(items)
            continue
        finally:
            seconds += time.perf_counter() - started
        result = validate_items(output.items, request.own_text)
        proposed += len(output.items)
        valid += len(result.items)
        dropped.update(_reason_kind(reason) for reason in result.dropped)

        by_skill = {item.skill: item for item in result.items}
        labelled_skills = {item.skill for item in items}
        unlabelled += sum(1 for skill in by_skill if skill not in labelled_skills)
        for item in items:
            found = by_skill.get(item.skill)
            if found is None:
                not_covered += 1
                continue
            pairs.append(
                Pair(
                    document=document,
                    student_id=student_id,
                    skill=item.skill,
                    labelled=item.level,
                    predicted=found.level,
                    confidence=found.confidence,
                    quote=found.evidence_quote,
                    entry_type=request.entry_type,
                )
            )

    return EvaluationReport(
        model=model,
        labelled_items=len(labelled),
        groups=len(groups),
        pairs=pairs,
        not_covered=not_covered,
        failures=failures,
        proposed_items=proposed,
        valid_items=valid,
        dropped_reasons=dict(dropped.most_common()),
        unlabelled_items=unlabelled,
        assess_seconds=seconds,
    )


def _request(
    entry_id: int,
    document: str,
    student_id: str,
    documents_dir: Path,
    roster: list[RosterStudent],
    names: dict[str, str],
    entry_type: EntryType | None = None,
    teacher_names: Sequence[str] = (),
) -> AssessmentRequest:
    """What filing would give the assessor for this student's part of the document."""
    path = documents_dir / document
    text, properties = read_document_with_properties(document, path.read_bytes())
    detection = detect(
        text,
        document,
        roster,
        student_id=student_id,
        entry_type=entry_type,
        today=EVALUATION_DAY,
        teacher_names=teacher_names,
        properties=properties,
    )
    part = next((p for p in detection.parts if p.student_id == student_id), None)
    if part is None:
        raise InvalidInput(f"{document}: no part of it is attributed to {student_id}.")
    return AssessmentRequest(
        entry_id=entry_id,
        student_id=student_id,
        entry_type=detection.entry_type,
        own_text=part.turns or text,
        context=text,
        names=names,
        document=_document(detection, student_id, part.turns or text),
    )


def _document(detection: Detection, student_id: str, own_text: str) -> tuple[DocumentSpan, ...]:
    segmentation = detection.segmentation
    if segmentation is None:
        return ()
    own = [(span.start, span.end) for span in segmentation.own_spans(student_id)]
    return document_spans(segmentation.text, segmentation.to_json(), own, own_text)


_SKILL_PREFIX = re.compile(r"^([^:]{1,60}):\s+")
_QUOTED_VALUE = re.compile(r"""\s*(['"]).*\1$""")


def _reason_kind(reason: str) -> str:
    """A drop reason without the skill it was about or the offending value, for tallying."""
    match = _SKILL_PREFIX.match(reason)
    if match:
        try:
            Skill.parse(match.group(1))
            reason = reason[match.end() :]
        except ValueError:
            pass
    return _QUOTED_VALUE.sub("", reason)


# --- Plain formatting ------------------------------------------------------------------


def _fig(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _table(header: list[str], rows: list[list[str]], right: list[int]) -> list[str]:
    widths = [max(len(row[c]) for row in [header, *rows]) for c in range(len(header))]

    def line(cells: list[str]) -> str:
        padded = [
            cell.rjust(widths[c]) if c in right else cell.ljust(widths[c])
            for c, cell in enumerate(cells)
        ]
        return ("  " + "  ".join(padded)).rstrip()

    rule = "  " + "  ".join("-" * width for width in widths)
    return [line(header), rule, *(line(row) for row in rows)]


def _markdown_table(header: list[str], rows: list[list[str]], right: list[int]) -> list[str]:
    def line(cells: list[str]) -> str:
        return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"

    rule = "|" + "|".join("---:" if c in right else "---" for c in range(len(header))) + "|"
    return [line(header), rule, *(line(row) for row in rows)]
