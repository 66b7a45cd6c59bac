"""Growth charts: validated levels only, by skill or category, drawn as a readable PNG."""

from __future__ import annotations

import io
import subprocess
import sys
from datetime import date

import pytest
from PIL import Image
from sqlalchemy.orm import Session

from domain.charts import (
    DPI,
    FIGSIZE,
    PALETTE,
    ChartScope,
    GrowthChart,
    NothingToChart,
    Series,
    growth_series,
    render_png,
)
from domain.curriculum import Level, Skill
from domain.errors import NotFound
from domain.models import Assessment, ReviewState, utcnow
from domain.progress import Viewer
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


def _lines(chart: GrowthChart) -> dict[str, list[tuple[date, float]]]:
    return {series.label: series.points for series in chart.series}


def test_by_skill_follows_validated_levels_only(eva: Session) -> None:
    chart = growth_series(eva, RODRIGUEZ, "S001")
    assert (chart.student_id, chart.student_name, chart.scope) == ("S001", "Eva", "skill")
    assert _lines(chart) == {
        "Self-Awareness": [(SEP_1, 1.0), (OCT_1, 3.0), (OCT_20, 2.0)],
        "Self-Management": [(SEP_15, 4.0), (OCT_1, 3.0)],
        # A corrected level counts; the later pending Emerging does not.
        "Organization": [(SEP_1, 3.0)],
        "Communication": [(SEP_1, 2.0), (OCT_1, 3.0)],
    }
    assert list(_lines(chart)) == [  # the curriculum's order, so colours stay put
        "Self-Awareness",
        "Self-Management",
        "Organization",
        "Communication",
    ]
    assert chart.hidden == 0 and not chart.is_empty
    assert chart.title == "Eva (S001): growth by skill"
    assert chart.subtitle == "Validated levels of 4 skills"


def test_a_level_joins_the_chart_once_the_teacher_accepts_it(eva: Session) -> None:
    assert "Collaboration" not in _lines(growth_series(eva, RODRIGUEZ, "S001"))
    pending = eva.query(Assessment).filter_by(student_id="S001", skill="Collaboration").one()
    pending.review_state, pending.reviewed_by, pending.reviewed_at = "accepted", "T001", utcnow()
    eva.flush()
    assert _lines(growth_series(eva, RODRIGUEZ, "S001"))["Collaboration"] == [(SEP_1, 4.0)]


def test_by_category_averages_each_skills_latest_level(eva: Session) -> None:
    chart = growth_series(eva, RODRIGUEZ, "S001", by=ChartScope.CATEGORY)
    assert _lines(chart) == {
        # Self-Awareness E; + Self-Management A: (1+4)/2; Oct 1 both Proficient: (3+3)/2,
        # one point for the day; Oct 20 Self-Awareness D beside Self-Management P: (2+3)/2.
        "Social-emotional learning": [(SEP_1, 1.0), (SEP_15, 2.5), (OCT_1, 3.0), (OCT_20, 2.5)],
        "Executive function": [(SEP_1, 3.0)],
        # Without the pending Advanced in Collaboration: Communication alone.
        "21st-century skills": [(SEP_1, 2.0), (OCT_1, 3.0)],
    }
    assert chart.title == "Eva (S001): growth by category"


def test_many_skills_keep_the_chart_readable(session: Session) -> None:
    seed_roster(session)
    first = add_entry(session, "S002", SEP_1)
    for skill in Skill:
        add_assessment(session, first, skill, Level.DEVELOPING, state=ACCEPTED)
    # The last six skills in the curriculum have the most evidence, so they are the ones shown.
    most_evidence = list(Skill)[-6:]
    second = add_entry(session, "S002", OCT_1)
    for skill in most_evidence:
        add_assessment(session, second, skill, Level.PROFICIENT, state=ACCEPTED)
    chart = growth_series(session, RODRIGUEZ, "S002")
    assert [series.label for series in chart.series] == [skill.value for skill in most_evidence]
    assert chart.hidden == 11
    assert chart.subtitle == (
        "Validated levels of 6 of 17 skills: those with the most validated evidence"
    )


def test_skills_narrow_the_chart(eva: Session) -> None:
    chart = growth_series(eva, RODRIGUEZ, "S001", skills=[Skill.COMMUNICATION])
    assert _lines(chart) == {"Communication": [(SEP_1, 2.0), (OCT_1, 3.0)]}
    with pytest.raises(NothingToChart, match="no validated levels in Collaboration yet"):
        growth_series(eva, RODRIGUEZ, "S001", skills=[Skill.COLLABORATION])


def test_another_teachers_student_looks_exactly_like_no_student(eva: Session) -> None:
    with pytest.raises(NotFound) as foreign:
        growth_series(eva, THOMPSON, "S001")
    with pytest.raises(NotFound) as absent:
        growth_series(eva, THOMPSON, "S999")
    assert str(foreign.value).replace("S001", "S?") == str(absent.value).replace("S999", "S?")
    assert "Eva" not in str(foreign.value)
    assert growth_series(eva, ADMIN, "s001").student_name == "Eva"


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
    assert image.size == (FIGSIZE[0] * DPI, FIGSIZE[1] * DPI) == (1100, 660)
    # Every line was drawn, each in its own colour of the palette.
    colours = {colour for _, colour in image.convert("RGB").getcolors(maxcolors=1_000_000)}
    for hex_colour in PALETTE[: len(chart.series)]:
        assert tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5)) in colours


def test_an_empty_chart_is_refused_rather_than_drawn_blank() -> None:
    empty = GrowthChart("S002", "Lucas", ChartScope.SKILL, [Series("Organization", [])])
    assert empty.is_empty
    with pytest.raises(NothingToChart, match="Lucas has no validated levels yet"):
        render_png(empty)


def test_drawing_leaves_pyplot_and_its_global_state_alone() -> None:
    # In a fresh interpreter: another test importing pyplot must not hide a regression.
    code = (
        "import sys\n"
        "from datetime import date\n"
        "from domain.charts import ChartScope, GrowthChart, Series, render_png\n"
        "chart = GrowthChart('S001', 'Eva', ChartScope.SKILL,"
        " [Series('Organization', [(date(2025, 9, 1), 2.0)])])\n"
        "assert render_png(chart).startswith(b'\\x89PNG')\n"
        "assert 'matplotlib.pyplot' not in sys.modules, 'pyplot was imported'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
