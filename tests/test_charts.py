"""Growth charts: a skills x month grid of validated, named levels, with badges and targets,
drawn as a readable PNG."""

from __future__ import annotations

import io
import subprocess
import sys
from datetime import date

import pytest
from PIL import Image
from sqlalchemy.orm import Session

from domain.access import Viewer
from domain.charts import (
    DPI,
    LEVEL_COLOURS,
    ChartScope,
    GrowthChart,
    NothingToChart,
    SkillRow,
    figure_size,
    growth_series,
    render_png,
)
from domain.curriculum import BadgeTier, Level, Skill
from domain.errors import NotFound
from domain.models import Assessment, Badge, ReviewState, SkillTarget, utcnow
from tests.factories import add_assessment, add_entry, seed_roster

RODRIGUEZ = Viewer("T001")
THOMPSON = Viewer("T002")
ADMIN = Viewer(None, is_admin=True)
ACCEPTED = ReviewState.ACCEPTED
CORRECTED = ReviewState.CORRECTED
PENDING = ReviewState.PENDING
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

SEP_1, SEP_15 = date(2025, 9, 1), date(2025, 9, 15)
OCT_1, OCT_20 = date(2025, 10, 1), date(2025, 10, 20)


@pytest.fixture
def eva(session: Session) -> Session:
    """Eva (S001): two SEL skills that move, one EF and one 21st-century skill, and pending
    levels that would change every line if they were counted."""
    seed_roster(session)
    first = add_entry(session, "S001", SEP_1)
    add_assessment(session, first, Skill.COMMUNICATION, Level.DEVELOPING, state=ACCEPTED)
    add_assessment(session, first, Skill.SELF_AWARENESS, Level.EMERGING, state=ACCEPTED)
    add_assessment(session, first, Skill.ORGANIZATION, Level.PROFICIENT, state=CORRECTED)
    add_assessment(session, first, Skill.COLLABORATION, Level.ADVANCED, state=PENDING)
    second = add_entry(session, "S001", SEP_15)
    add_assessment(session, second, Skill.SELF_MANAGEMENT, Level.ADVANCED, state=ACCEPTED)
    third = add_entry(session, "S001", OCT_1)
    add_assessment(session, third, Skill.COMMUNICATION, Level.PROFICIENT, state=ACCEPTED)
    add_assessment(session, third, Skill.SELF_AWARENESS, Level.PROFICIENT, state=ACCEPTED)
    add_assessment(session, third, Skill.ORGANIZATION, Level.EMERGING, state=PENDING)
    # A second document the same day: the category's point is the day's final standing.
    same_day = add_entry(session, "S001", OCT_1)
    add_assessment(session, same_day, Skill.SELF_MANAGEMENT, Level.PROFICIENT, state=ACCEPTED)
    fourth = add_entry(session, "S001", OCT_20)
    add_assessment(session, fourth, Skill.SELF_AWARENESS, Level.DEVELOPING, state=ACCEPTED)
    return session


SEP, OCT = date(2025, 9, 1), date(2025, 10, 1)


def _grid(chart: GrowthChart) -> dict[str, dict[date, Level]]:
    return {row.skill.value: row.levels for row in chart.rows}


def test_each_cell_is_the_months_validated_level(eva: Session) -> None:
    chart = growth_series(eva, RODRIGUEZ, "S001")
    assert (chart.student_id, chart.student_name, chart.scope) == ("S001", "Eva", "skill")
    assert chart.months == [SEP, OCT]
    assert _grid(chart) == {
        # Oct 1 Proficient, then Oct 20 Developing: the month's latest evidence.
        "Self-Awareness": {SEP: Level.EMERGING, OCT: Level.DEVELOPING},
        # Two documents on Oct 1: the later one.
        "Self-Management": {SEP: Level.ADVANCED, OCT: Level.PROFICIENT},
        # A corrected level counts; the later pending Emerging does not, and October
        # stays blank rather than carrying September forward.
        "Organization": {SEP: Level.PROFICIENT},
        "Communication": {SEP: Level.DEVELOPING, OCT: Level.PROFICIENT},
    }
    # The curriculum's order, grouped by category: the grid's rows never move.
    assert list(_grid(chart)) == [
        "Self-Awareness",
        "Self-Management",
        "Organization",
        "Communication",
    ]
    assert not chart.is_empty and chart.hidden_months == 0
    assert chart.title == "Eva (S001): validated levels by month"
    assert chart.subtitle == "4 skills with validated levels; each cell is the month's level"


def test_the_grid_by_category_holds_named_levels_never_an_average(eva: Session) -> None:
    chart = growth_series(eva, RODRIGUEZ, "S001", by=ChartScope.CATEGORY)
    assert _grid(chart) == _grid(growth_series(eva, RODRIGUEZ, "S001"))
    for row in chart.rows:
        assert all(isinstance(level, Level) for level in row.levels.values())


def test_a_level_joins_the_chart_once_the_teacher_accepts_it(eva: Session) -> None:
    assert "Collaboration" not in _grid(growth_series(eva, RODRIGUEZ, "S001"))
    pending = eva.query(Assessment).filter_by(student_id="S001", skill="Collaboration").one()
    pending.review_state, pending.reviewed_by, pending.reviewed_at = "accepted", "T001", utcnow()
    eva.flush()
    assert _grid(growth_series(eva, RODRIGUEZ, "S001"))["Collaboration"] == {SEP: Level.ADVANCED}


def test_badges_and_targets_are_marked(eva: Session) -> None:
    earned = (
        eva.query(Assessment)
        .filter_by(student_id="S001", skill="Communication", level="Proficient")
        .one()
    )
    eva.add_all(
        [
            Badge(student_id="S001", skill="Communication", level="Developing"),
            Badge(
                student_id="S001",
                skill="Communication",
                level="Proficient",
                assessment_id=earned.id,
            ),
            SkillTarget(
                student_id="S001",
                skill="Organization",
                starting_level="Proficient",
                target_level="Advanced",
            ),
            # A target on a skill with no validated level yet still gets its row.
            SkillTarget(
                student_id="S001",
                skill="Digital Literacy",
                starting_level="Emerging",
                target_level="Developing",
            ),
        ]
    )
    eva.flush()
    rows = {row.skill: row for row in growth_series(eva, RODRIGUEZ, "S001").rows}
    # The validated badge at its evidence's month (October); the granted one at the grant.
    assert rows[Skill.COMMUNICATION].badges[OCT] is BadgeTier.SILVER
    assert rows[Skill.ORGANIZATION].target is Level.ADVANCED
    assert rows[Skill.DIGITAL_LITERACY].target is Level.DEVELOPING
    assert rows[Skill.DIGITAL_LITERACY].levels == {}


def test_a_long_year_shows_its_latest_twelve_months(session: Session) -> None:
    seed_roster(session)
    for month in range(1, 15):
        on = date(2024 + (month - 1) // 12, (month - 1) % 12 + 1, 5)
        add_assessment(
            session,
            add_entry(session, "S002", on),
            Skill.ORGANIZATION,
            Level.DEVELOPING,
            state=ACCEPTED,
        )
    chart = growth_series(session, RODRIGUEZ, "S002")
    assert len(chart.months) == 12 and chart.hidden_months == 2
    assert chart.months[0] == date(2024, 3, 1) and chart.months[-1] == date(2025, 2, 1)
    assert "the latest 12 months" in chart.subtitle


def test_skills_narrow_the_chart(eva: Session) -> None:
    chart = growth_series(eva, RODRIGUEZ, "S001", skills=[Skill.COMMUNICATION])
    assert _grid(chart) == {"Communication": {SEP: Level.DEVELOPING, OCT: Level.PROFICIENT}}
    with pytest.raises(NothingToChart, match="no validated levels in Collaboration yet"):
        growth_series(eva, RODRIGUEZ, "S001", skills=[Skill.COLLABORATION])


def test_another_teachers_student_looks_exactly_like_no_student(eva: Session) -> None:
    with pytest.raises(NotFound) as foreign:
        growth_series(eva, THOMPSON, "S001")
    with pytest.raises(NotFound) as absent:
        growth_series(eva, THOMPSON, "S999")
    assert str(foreign.value).replace("S001", "S?") == str(absent.value).replace("S999", "S?")
    assert "Eva" not in str(foreign.value)
    assert growth_series(eva, ADMIN, "S001").student_name == "Eva"


def test_a_student_without_validated_levels_gets_a_way_forward(eva: Session) -> None:
    add_assessment(eva, add_entry(eva, "S002", SEP_1), Skill.ORGANIZATION, Level.ADVANCED)
    with pytest.raises(NothingToChart) as raised:
        growth_series(eva, RODRIGUEZ, "S002", by=ChartScope.CATEGORY)
    assert str(raised.value) == (
        "Lucas has no validated levels yet: accept or correct an assessment "
        "and the chart starts there."
    )


@pytest.mark.parametrize("scope", list(ChartScope))
def test_the_png_opens_as_an_image_of_the_promised_size(eva: Session, scope: ChartScope) -> None:
    chart = growth_series(eva, RODRIGUEZ, "S001", by=scope)
    png = render_png(chart)
    assert png.startswith(PNG_SIGNATURE)
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG"
    width, height = figure_size(chart)
    assert image.size == (int(width * DPI), int(height * DPI))
    assert image.size[0] >= 800
    # Every level on the grid was drawn in its own colour of the scale.
    counted = image.convert("RGB").getcolors(maxcolors=1_000_000)
    assert counted is not None
    colours = {colour for _, colour in counted}
    for level in {level for row in chart.rows for level in row.levels.values()}:
        hex_colour = LEVEL_COLOURS[level]
        assert tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5)) in colours


def test_every_skill_and_a_long_name_fit_the_picture(session: Session) -> None:
    seed_roster(session)
    for on in (SEP_1, OCT_1, date(2025, 11, 3)):
        entry = add_entry(session, "S001", on)
        for skill in Skill:
            add_assessment(session, entry, skill, Level.PROFICIENT, state=ACCEPTED)
    chart = growth_series(session, RODRIGUEZ, "S001")
    long = GrowthChart("S001", "Maximiliana " * 20, chart.scope, chart.months, chart.rows)
    image = Image.open(io.BytesIO(render_png(long)))
    # 17 rows and three category headings, each at least 0.3 in tall.
    assert image.size[1] >= (17 + 3) * 0.3 * DPI
    assert len(long.title) < 100


def test_an_empty_chart_is_refused_rather_than_drawn_blank() -> None:
    empty = GrowthChart("S002", "Lucas", ChartScope.SKILL, [], [SkillRow(Skill.ORGANIZATION)])
    assert empty.is_empty
    with pytest.raises(NothingToChart, match="Lucas has no validated levels yet"):
        render_png(empty)


def test_drawing_leaves_pyplot_and_its_global_state_alone() -> None:
    # In a fresh interpreter: another test importing pyplot must not hide a regression.
    code = (
        "import sys\n"
        "from datetime import date\n"
        "from domain.charts import ChartScope, GrowthChart, SkillRow, render_png\n"
        "from domain.curriculum import Level, Skill\n"
        "month = date(2025, 9, 1)\n"
        "chart = GrowthChart('S001', 'Eva', ChartScope.SKILL, [month],"
        " [SkillRow(Skill.ORGANIZATION, {month: Level.DEVELOPING})])\n"
        "assert render_png(chart).startswith(b'\\x89PNG')\n"
        "assert 'matplotlib.pyplot' not in sys.modules, 'pyplot was imported'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
