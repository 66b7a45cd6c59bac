"""Growth charts: a student's validated levels as a skills x month grid, as a PNG.

Read at a glance: one row per skill (grouped by category), one column per month, each cell
the level validated that month (the latest evidence of the month), named and coloured on
the four-level scale; never a value between levels, never an average. A medal marks the
month a badge's evidence came from, and a last column shows the level an active target
aims for. Months without validated evidence stay blank: nothing is carried forward.

Drawn headless with matplotlib's Agg canvas on a Figure of its own (no pyplot state), so
two teachers asking at once in a threaded server never draw on each other's chart.

A student with no validated level has no chart: `growth_series` raises `NothingToChart`,
whose message tells the teacher how the chart starts, rather than sending a blank image.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from domain.access import Viewer
from domain.curriculum import BadgeTier, Category, Level, Skill
from domain.errors import FlourishError
from domain.models import (
    VALIDATED_VALUES,
    Assessment,
    Badge,
    SkillTarget,
    TargetStatus,
)
from domain.progress import visible_student

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

# A school year: more months than this and the grid shows the latest ones.
MAX_MONTHS = 12
# Light to dark on one hue (ColorBrewer Blues): the order reads without a legend and
# survives the common colour-vision deficiencies and greyscale printing.
LEVEL_COLOURS = {
    Level.EMERGING: "#DEEBF7",
    Level.DEVELOPING: "#9ECAE1",
    Level.PROFICIENT: "#4292C6",
    Level.ADVANCED: "#08519C",
}
# Text on a dark cell is white.
DARK_LEVELS = {Level.PROFICIENT, Level.ADVANCED}
TIER_COLOURS = {
    BadgeTier.BRONZE: "#B87333",
    BadgeTier.SILVER: "#A7A9AC",
    BadgeTier.GOLD: "#E6B800",
}
TARGET_COLOUR = "#D55E00"
DPI = 110
# Inches: the skill names, the right margin, one month (room for "Developing").
LABEL_COLUMNS = 2.6
MARGIN = 0.3
COLUMN_WIDTH = 1.05
MIN_WIDTH = 8.0
# Inches: the title and legend, plus one row per skill or category heading.
FRAME_HEIGHT = 2.1
ROW_HEIGHT = 0.34


class ChartScope(StrEnum):
    # Kept for the buttons already posted: both draw the grid, grouped by category.
    SKILL = "skill"
    CATEGORY = "category"


class NothingToChart(FlourishError):
    """No validated level to draw; the message says how the chart gets its first point."""


@dataclass(frozen=True)
class SkillRow:
    skill: Skill
    # First of the month -> the level validated that month (its latest evidence).
    levels: dict[date, Level] = field(default_factory=dict)
    # First of the month -> the highest badge whose evidence came from that month.
    badges: dict[date, BadgeTier] = field(default_factory=dict)
    # The level an active target aims for.
    target: Level | None = None


@dataclass(frozen=True)
class GrowthChart:
    student_id: str
    student_name: str
    scope: ChartScope
    months: list[date]
    rows: list[SkillRow]
    # Earlier months left out to keep the grid readable.
    hidden_months: int = 0
    # What the teacher types and reads ("S001"); `student_id` is the roster's key.
    student_handle: str = ""

    @property
    def is_empty(self) -> bool:
        return not any(row.levels for row in self.rows)

    @property
    def title(self) -> str:
        name = (
            self.student_name if len(self.student_name) <= 60 else self.student_name[:59] + "\u2026"
        )
        return f"{name} ({self.student_handle}): validated levels by month"

    @property
    def subtitle(self) -> str:
        shown = sum(1 for row in self.rows if row.levels)
        words = f"{_count(shown, 'skill')} with validated levels; each cell is the month's level"
        if self.hidden_months:
            words += f" (the latest {len(self.months)} months)"
        return words


def growth_series(
    session: Session,
    viewer: Viewer,
    student_id: str,
    *,
    by: ChartScope = ChartScope.SKILL,
    skills: Sequence[Skill] | None = None,
) -> GrowthChart:
    """The student's validated levels by skill and month, their badges and active targets.

    `skills` narrows the chart to those skills (None: every skill). Raises NotFound for a
    student this viewer may not see, NothingToChart when there is no validated level.
    """
    student = visible_student(session, viewer, student_id)
    wanted = None if skills is None else [skill.value for skill in skills]
    # Pending levels are the assessor's proposal, not yet the teacher's judgement; a
    # dismissed item is no level at all.
    history = select(Assessment.skill, Assessment.level, Assessment.observed_on).where(
        Assessment.student_id == student.id,
        Assessment.review_state.in_(VALIDATED_VALUES),
    )
    if wanted is not None:
        history = history.where(Assessment.skill.in_(wanted))
    rows: dict[Skill, SkillRow] = {}
    for skill, level, on in session.execute(
        history.order_by(Assessment.observed_on, Assessment.id)
    ):
        # Later evidence in the month overwrites earlier: the month's standing.
        rows.setdefault(Skill(skill), SkillRow(Skill(skill))).levels[_month(on)] = Level(level)
    if not rows:
        raise NothingToChart(_nothing_yet(student.name, skills))
    months = _months(
        min(m for r in rows.values() for m in r.levels),
        max(m for r in rows.values() for m in r.levels),
    )
    hidden = max(len(months) - MAX_MONTHS, 0)
    months = months[hidden:]
    _mark_badges(session, student.id, rows)
    targets = session.execute(
        select(SkillTarget.skill, SkillTarget.target_level).where(
            SkillTarget.student_id == student.id,
            SkillTarget.status == TargetStatus.ACTIVE.value,
        )
    )
    for skill, level in targets:
        if wanted is None or skill in wanted:
            row = rows.setdefault(Skill(skill), SkillRow(Skill(skill)))
            rows[row.skill] = SkillRow(row.skill, row.levels, row.badges, Level(level))
    ordered = [rows[skill] for skill in Skill if skill in rows]
    return GrowthChart(student.id, student.name, by, months, ordered, hidden, student.handle)


def _mark_badges(session: Session, student_id: str, rows: dict[Skill, SkillRow]) -> None:
    found = session.execute(
        select(Badge.skill, Badge.level, Assessment.observed_on, Badge.awarded_at)
        .outerjoin(Assessment, Assessment.id == Badge.assessment_id)
        .where(Badge.student_id == student_id)
    )
    for skill, level, observed_on, awarded_at in found:
        row = rows.get(Skill(skill))
        tier = BadgeTier.for_level(Level(level))
        if row is None or tier is None:
            continue
        # Where the evidence is on the grid; a granted badge, the month it was granted.
        month = _month(observed_on or _utc(awarded_at).date())
        held = row.badges.get(month)
        if held is None or list(BadgeTier).index(tier) > list(BadgeTier).index(held):
            row.badges[month] = tier


def _nothing_yet(name: str, skills: Sequence[Skill] | None) -> str:
    where = f" in {', '.join(skills)}" if skills else ""
    return (
        f"{name} has no validated levels{where} yet: accept or correct an assessment "
        "and the chart starts there."
    )


def render_png(chart: GrowthChart) -> bytes:
    """The grid as PNG bytes; raises NothingToChart for an empty chart."""
    if chart.is_empty:
        raise NothingToChart(_nothing_yet(chart.student_name, None))
    # Imported on the first chart: matplotlib takes about half a second to load, which the
    # CLI and the app's start-up need not pay.
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    lines = _layout(chart)
    width, height = figure_size(chart)
    figure = Figure(figsize=(width, height), dpi=DPI)
    FigureCanvasAgg(figure)
    top = 1 - 0.95 / height
    bottom = 1.05 / height
    axes = figure.add_axes(
        (LABEL_COLUMNS / width, bottom, 1 - (LABEL_COLUMNS + MARGIN) / width, top - bottom)
    )
    _draw_grid(axes, chart, lines)
    figure.suptitle(
        chart.title, x=0.02, y=1 - 0.18 / height, ha="left", fontsize=15, fontweight="bold"
    )
    figure.text(0.02, 1 - 0.5 / height, chart.subtitle, ha="left", fontsize=10, color="#444444")
    _legend(figure, height)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def figure_size(chart: GrowthChart) -> tuple[float, float]:
    """Wide enough for a level's full name in every cell, tall enough for every row."""
    columns = len(chart.months) + 1
    width = max(MIN_WIDTH, LABEL_COLUMNS + MARGIN + COLUMN_WIDTH * columns)
    return width, FRAME_HEIGHT + ROW_HEIGHT * len(_layout(chart))


# A grid line: a category heading, or a skill's row.
_Line = Category | SkillRow


def _layout(chart: GrowthChart) -> list[_Line]:
    lines: list[_Line] = []
    for category in Category:
        rows = [row for row in chart.rows if row.skill.category is category]
        if rows:
            lines += [category, *rows]
    return lines


def _draw_grid(axes: Axes, chart: GrowthChart, lines: list[_Line]) -> None:
    from matplotlib.patches import Rectangle

    columns = len(chart.months) + 1  # the last one: targets
    axes.set_xlim(0, columns)
    axes.set_ylim(len(lines), 0)
    axes.set_axis_off()
    for x, month in enumerate(chart.months):
        label = f"{month:%b}" if x and month.month != 1 else f"{month:%b %Y}"
        axes.text(x + 0.5, -0.15, label, ha="center", va="bottom", fontsize=10)
    axes.text(
        columns - 0.5, -0.15, "Target", ha="center", va="bottom", fontsize=10, color=TARGET_COLOUR
    )
    for y, line in enumerate(lines):
        if isinstance(line, Category):
            axes.text(
                -0.05,
                y + 0.62,
                line.heading,
                ha="right",
                va="center",
                fontsize=10.5,
                fontweight="bold",
                transform=axes.transData,
                clip_on=False,
            )
            continue
        axes.text(
            -0.1, y + 0.5, line.skill.value, ha="right", va="center", fontsize=10, clip_on=False
        )
        for x, month in enumerate(chart.months):
            level = line.levels.get(month)
            axes.add_patch(
                Rectangle(
                    (x + 0.04, y + 0.06),
                    0.92,
                    0.88,
                    facecolor=LEVEL_COLOURS[level] if level else "#F4F4F4",
                    edgecolor="white",
                )
            )
            if level is not None:
                axes.text(
                    # Room for the badge's marker on the left when there is one.
                    x + (0.57 if month in line.badges else 0.5),
                    y + 0.52,
                    level.value,
                    ha="center",
                    va="center",
                    fontsize=9.5,
                    color="white" if level in DARK_LEVELS else "#1A1A1A",
                )
            tier = line.badges.get(month)
            if tier is not None:
                # A marker keeps its round shape whatever the cells' aspect.
                axes.plot(
                    [x + 0.12],
                    [y + 0.5],
                    marker="o",
                    markersize=8,
                    markerfacecolor=TIER_COLOURS[tier],
                    markeredgecolor="#333333",
                    markeredgewidth=0.8,
                    linestyle="",
                )
        if line.target is not None:
            axes.add_patch(
                Rectangle(
                    (columns - 1 + 0.06, y + 0.1),
                    0.88,
                    0.8,
                    facecolor="white",
                    edgecolor=TARGET_COLOUR,
                    linestyle="--",
                    linewidth=1.4,
                )
            )
            axes.text(
                columns - 0.5,
                y + 0.52,
                line.target.value,
                ha="center",
                va="center",
                fontsize=9,
                color=TARGET_COLOUR,
            )


def _legend(figure: Figure, height: float) -> None:
    from matplotlib.artist import Artist
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    handles: list[Artist] = [
        Patch(facecolor=LEVEL_COLOURS[level], edgecolor="#999999", label=level.value)
        for level in Level
    ]
    handles += [
        Line2D(
            [],
            [],
            marker="o",
            linestyle="",
            markersize=9,
            markerfacecolor=TIER_COLOURS[t],
            markeredgecolor="#333333",
            label=f"{t.value.title()} badge",
        )
        for t in reversed(BadgeTier)
    ]
    handles.append(
        Patch(facecolor="white", edgecolor=TARGET_COLOUR, linestyle="--", label="Target")
    )
    figure.legend(
        handles=handles,
        loc="lower center",
        ncol=len(handles),
        frameon=False,
        fontsize=9,
        bbox_to_anchor=(0.5, 0.12 / height),
        handlelength=1.4,
        columnspacing=1.2,
    )


def _month(on: date) -> date:
    return on.replace(day=1)


def _months(first: date, last: date) -> list[date]:
    months = [first]
    while months[-1] < last:
        current = months[-1]
        months.append(date(current.year + current.month // 12, current.month % 12 + 1, 1))
    return months


def _utc(at: datetime) -> datetime:
    return at if at.tzinfo else at.replace(tzinfo=UTC)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
