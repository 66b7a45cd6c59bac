"""Growth charts: a student's validated levels over time, by skill or by category, as a PNG.

Drawn headless with matplotlib's Agg canvas on a Figure of its own (no pyplot state), so
two teachers asking at once in a threaded server never draw on each other's chart.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from domain.curriculum import Category, Level, Skill
from domain.errors import FlourishError
from domain.models import Assessment, ReviewState
from domain.progress import Viewer, visible_student

# More lines than this and a chart stops being readable at a glance.
MAX_LINES = 6
# Okabe-Ito: distinguishable with the common colour-vision deficiencies.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#000000")
MARKERS = ("o", "s", "^", "D", "v", "P", "X")


class ChartScope(StrEnum):
    SKILL = "skill"
    CATEGORY = "category"


class NothingToChart(FlourishError):
    pass


@dataclass(frozen=True)
class Series:
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


def growth_series(
    session: Session,
    viewer: Viewer,
    student_id: str,
    *,
    by: ChartScope = ChartScope.SKILL,
    skills: Sequence[Skill] | None = None,
) -> GrowthChart:
    """The student's validated levels in date order; raises NothingToChart without any."""
    student = visible_student(session, viewer, student_id)
    query = (
        select(Assessment.skill, Assessment.level, Assessment.observed_on)
        .where(
            Assessment.student_id == student.id,
            Assessment.review_state != ReviewState.PENDING.value,
        )
        .order_by(Assessment.observed_on, Assessment.id)
    )
    if skills:
        query = query.where(Assessment.skill.in_([skill.value for skill in skills]))
    history = [(Skill(s), Level(lvl), on) for s, lvl, on in session.execute(query)]
    if not history:
        raise NothingToChart(
            f"{student.name} has no validated levels yet: accept or correct an assessment "
            "and the chart starts there."
        )
    if by is ChartScope.CATEGORY:
        series = _by_category(history)
        hidden = 0
    else:
        series, hidden = _by_skill(history)
    return GrowthChart(student.id, student.name, by, series, hidden)


def _by_skill(history: list[tuple[Skill, Level, date]]) -> tuple[list[Series], int]:
    points: dict[Skill, list[tuple[date, float]]] = {}
    for skill, level, on in history:
        points.setdefault(skill, []).append((on, float(level.rank)))
    # The skills with the most validated evidence tell the longest story.
    order = list(Skill)
    shown = sorted(points, key=lambda s: (-len(points[s]), order.index(s)))[:MAX_LINES]
    shown.sort(key=order.index)
    return [Series(skill.value, points[skill]) for skill in shown], len(points) - len(shown)


def _by_category(history: list[tuple[Skill, Level, date]]) -> list[Series]:
    latest: dict[Category, dict[Skill, int]] = {}
    points: dict[Category, list[tuple[date, float]]] = {}
    for skill, level, on in history:
        skills = latest.setdefault(skill.category, {})
        skills[skill] = level.rank
        value = sum(skills.values()) / len(skills)
        line = points.setdefault(skill.category, [])
        if line and line[-1][0] == on:  # one point a day: the day's final standing
            line[-1] = (on, value)
        else:
            line.append((on, value))
    return [Series(category.title, points[category]) for category in Category if category in points]


def render_png(chart: GrowthChart) -> bytes:
    # Imported on the first chart: matplotlib takes about half a second to load, which the
    # CLI and the app's start-up need not pay.
    from matplotlib import dates as mdates
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(10, 6), dpi=110, layout="constrained")
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    for i, series in enumerate(chart.series):
        days = [on for on, _ in series.points]
        values = [value for _, value in series.points]
        axes.plot(
            days,
            values,
            drawstyle="steps-post" if chart.scope is ChartScope.CATEGORY else "default",
            marker=MARKERS[i % len(MARKERS)],
            color=PALETTE[i % len(PALETTE)],
            linewidth=2,
            markersize=7,
            label=series.label,
        )
    axes.set_yticks([level.rank for level in Level], [level.value for level in Level])
    axes.set_ylim(0.7, 4.3)
    axes.grid(axis="y", color="#dddddd")
    locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    every_day = sorted({on for series in chart.series for on, _ in series.points})
    if len(every_day) == 1:  # one date: give the axis some width around it
        axes.set_xlim(mdates.date2num(every_day[0]) - 7, mdates.date2num(every_day[0]) + 7)
    axes.set_xlabel("Date of the evidence")
    axes.set_ylabel("Validated level")
    axes.set_title(f"{chart.student_name} ({chart.student_id}): growth by {chart.scope.value}")
    if chart.hidden:
        axes.text(
            0.0,
            -0.16,
            f"{chart.hidden} more skill(s) with validated levels not shown.",
            transform=axes.transAxes,
            fontsize=9,
            color="#555555",
        )
    axes.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()
