"""Growth charts: a student's validated levels over time, by skill or by category, as a PNG.

Drawn headless with matplotlib's Agg canvas on a Figure of its own (no pyplot state), so
two teachers asking at once in a threaded server never draw on each other's chart.

A student with no validated level has no chart: `growth_series` raises `NothingToChart`,
whose message tells the teacher how the chart starts, rather than sending a blank image.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from domain.curriculum import Category, Level, Skill
from domain.errors import FlourishError
from domain.models import Assessment, ReviewState
from domain.progress import Viewer, visible_student

if TYPE_CHECKING:
    from matplotlib.axes import Axes

# More lines than this and a chart stops being readable at a glance.
MAX_LINES = 6
# Okabe-Ito: distinguishable with the common colour-vision deficiencies.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#000000")
# A second cue besides colour, for greyscale prints and overlapping lines.
MARKERS = ("o", "s", "^", "D", "v", "P", "X")
# 10 x 6 inches at 110 dpi: 1100 x 660 px, legible in Slack's preview and full size.
FIGSIZE = (10.0, 6.0)
DPI = 110
# Lines at the same level are drawn this far apart (in levels) so none hides another.
DODGE = 0.035

History = list[tuple[Skill, Level, date]]


class ChartScope(StrEnum):
    SKILL = "skill"
    CATEGORY = "category"


class NothingToChart(FlourishError):
    """No validated level to draw; the message says how the chart gets its first point."""


class Series(NamedTuple):
    label: str
    # (date, level rank 1..4); a category's value is the mean of its skills' latest levels.
    points: list[tuple[date, float]]


@dataclass(frozen=True)
class GrowthChart:
    student_id: str
    student_name: str
    scope: ChartScope
    series: list[Series]
    # Skills with validated levels that were left out to keep the chart readable.
    hidden: int = 0

    @property
    def is_empty(self) -> bool:
        return not any(series.points for series in self.series)

    @property
    def title(self) -> str:
        return f"{self.student_name} ({self.student_id}): growth by {self.scope.value}"

    @property
    def subtitle(self) -> str:
        if self.scope is ChartScope.CATEGORY:
            return "Each point: the mean of the latest validated level of each skill seen so far"
        shown = len(self.series)
        if self.hidden:
            return (
                f"Validated levels of {shown} of {shown + self.hidden} skills: "
                "those with the most validated evidence"
            )
        return f"Validated levels of {_count(shown, 'skill')}"


def growth_series(
    session: Session,
    viewer: Viewer,
    student_id: str,
    *,
    by: ChartScope = ChartScope.SKILL,
    skills: Sequence[Skill] | None = None,
) -> GrowthChart:
    """The student's validated levels in date order, for a chart by skill or by category.

    `skills` narrows the chart to those skills (None: every skill). Raises NotFound for a
    student this viewer may not see, NothingToChart when there is no validated level.
    """
    student = visible_student(session, viewer, student_id)
    history = _validated_history(session, student.id, skills)
    if not history:
        raise NothingToChart(_nothing_yet(student.name, skills))
    if by is ChartScope.CATEGORY:
        return GrowthChart(student.id, student.name, by, _by_category(history))
    series, hidden = _by_skill(history)
    return GrowthChart(student.id, student.name, by, series, hidden)


def _validated_history(
    session: Session, student_id: str, skills: Sequence[Skill] | None
) -> History:
    # Pending levels are the assessor's proposal, not yet the teacher's judgement.
    query = (
        select(Assessment.skill, Assessment.level, Assessment.observed_on)
        .where(
            Assessment.student_id == student_id,
            Assessment.review_state != ReviewState.PENDING.value,
        )
        .order_by(Assessment.observed_on, Assessment.id)
    )
    if skills is not None:
        query = query.where(Assessment.skill.in_([skill.value for skill in skills]))
    return [(Skill(skill), Level(level), on) for skill, level, on in session.execute(query)]


def _nothing_yet(name: str, skills: Sequence[Skill] | None) -> str:
    where = f" in {', '.join(skills)}" if skills else ""
    return (
        f"{name} has no validated levels{where} yet: accept or correct an assessment "
        "and the chart starts there."
    )


def _by_skill(history: History) -> tuple[list[Series], int]:
    points: dict[Skill, list[tuple[date, float]]] = {}
    for skill, level, on in history:
        points.setdefault(skill, []).append((on, float(level.rank)))
    # The skills with the most validated evidence tell the longest story.
    order = list(Skill)
    shown = sorted(points, key=lambda s: (-len(points[s]), order.index(s)))[:MAX_LINES]
    shown.sort(key=order.index)
    return [Series(skill.value, points[skill]) for skill in shown], len(points) - len(shown)


def _by_category(history: History) -> list[Series]:
    latest: dict[Category, dict[Skill, int]] = {}
    points: dict[Category, list[tuple[date, float]]] = {}
    for skill, level, on in history:
        standing = latest.setdefault(skill.category, {})
        standing[skill] = level.rank
        value = sum(standing.values()) / len(standing)
        line = points.setdefault(skill.category, [])
        if line and line[-1][0] == on:  # one point a day: the day's final standing
            line[-1] = (on, value)
        else:
            line.append((on, value))
    return [Series(category.title, points[category]) for category in Category if category in points]


def render_png(chart: GrowthChart) -> bytes:
    """The chart as PNG bytes (FIGSIZE at DPI); raises NothingToChart for an empty chart."""
    if chart.is_empty:
        raise NothingToChart(_nothing_yet(chart.student_name, None))
    # Imported on the first chart: matplotlib takes about half a second to load, which the
    # CLI and the app's start-up need not pay.
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=FIGSIZE, dpi=DPI, layout="constrained")
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    _draw_lines(axes, chart)
    _level_axis(axes)
    _date_axis(axes, chart)
    figure.suptitle(chart.title, fontsize=15, fontweight="bold")
    axes.set_title(chart.subtitle, fontsize=10, color="#444444")
    # Outside the plot, so the legend never covers a line.
    axes.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False, fontsize=10)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def _draw_lines(axes: Axes, chart: GrowthChart) -> None:
    middle = (len(chart.series) - 1) / 2
    for i, series in enumerate(chart.series):
        offset = (i - middle) * DODGE
        axes.plot(
            [on for on, _ in series.points],
            [value + offset for _, value in series.points],
            drawstyle=_drawstyle(chart.scope),
            marker=MARKERS[i % len(MARKERS)],
            color=PALETTE[i % len(PALETTE)],
            linewidth=2.2,
            markersize=8,
            markeredgecolor="white",
            markeredgewidth=0.8,
            label=series.label,
        )


def _drawstyle(scope: ChartScope) -> str:
    # A category's value is a standing that holds until the next validated level changes it;
    # a skill's line joins its evidence points, so risers at shared dates do not pile up.
    return "steps-post" if scope is ChartScope.CATEGORY else "default"


def _level_axis(axes: Axes) -> None:
    axes.set_yticks([level.rank for level in Level], [level.value for level in Level])
    axes.set_ylim(0.7, 4.3)
    axes.tick_params(axis="y", labelsize=11)
    axes.set_ylabel("Validated level")
    axes.grid(axis="y", color="#dddddd")
    axes.spines[["top", "right"]].set_visible(False)


def _date_axis(axes: Axes, chart: GrowthChart) -> None:
    from matplotlib import dates as mdates

    locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    days = sorted({on for series in chart.series for on, _ in series.points})
    first, last = mdates.date2num(days[0]), mdates.date2num(days[-1])
    # A few days' margin, and some width around a single date, so end markers show whole.
    margin = max(3.0, (last - first) * 0.04)
    axes.set_xlim(first - margin, last + margin)
    axes.set_xlabel("Date of the evidence")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
