"""Growth charts: validated levels only, by skill or category, drawn as a readable PNG."""

from __future__ import annotations

import io
from datetime import date

import pytest
from PIL import Image
from sqlalchemy.orm import Session

from domain.charts import ChartScope, NothingToChart, growth_series, render_png
from domain.curriculum import Level, Skill
from domain.errors import NotFound
from domain.models import ReviewState
from domain.progress import Viewer
from tests.factories import add_assessment, add_entry, seed_roster

RODRIGUEZ = Viewer("T001")
ACCEPTED = ReviewState.ACCEPTED


@pytest.fixture
def eva(session: Session) -> Session:
    seed_roster(session)
    first = add_entry(session, "S001", date(2025, 9, 1))
    add_assessment(session, first, Skill.COMMUNICATION, Level.DEVELOPING, state=ACCEPTED)
    add_assessment(session, first, Skill.SELF_AWARENESS, Level.EMERGING, state=ACCEPTED)
    add_assessment(session, first, Skill.ORGANIZATION, Level.PROFICIENT, state=ACCEPTED)
    later = add_entry(session, "S001", date(2025, 10, 1))
    add_assessment(session, later, Skill.COMMUNICATION, Level.PROFICIENT, state=ACCEPTED)
    add_assessment(session, later, Skill.SELF_AWARENESS, Level.PROFICIENT, state=ACCEPTED)
    add_assessment(session, later, Skill.COLLABORATION, Level.ADVANCED)  # awaiting review
    return session


def test_by_skill_follows_validated_levels_only(eva: Session) -> None:
    chart = growth_series(eva, RODRIGUEZ, "S001")
    lines = {series.label: series.points for series in chart.series}
    assert lines == {
        "Self-Awareness": [(date(2025, 9, 1), 1.0), (date(2025, 10, 1), 3.0)],
        "Organization": [(date(2025, 9, 1), 3.0)],
        "Communication": [(date(2025, 9, 1), 2.0), (date(2025, 10, 1), 3.0)],
    }
    assert list(lines) == ["Self-Awareness", "Organization", "Communication"]  # curriculum order


def test_by_category_averages_each_skills_latest_level(eva: Session) -> None:
    chart = growth_series(eva, RODRIGUEZ, "S001", by=ChartScope.CATEGORY)
    lines = {series.label: series.points for series in chart.series}
    # SEL: Self-Awareness 1 -> 3; 21st century: Communication 2 -> 3; EF: Organization 3.
    assert lines["Social-emotional learning"] == [(date(2025, 9, 1), 1.0), (date(2025, 10, 1), 3.0)]
    assert lines["Executive function"] == [(date(2025, 9, 1), 3.0)]
    assert lines["21st-century skills"] == [(date(2025, 9, 1), 2.0), (date(2025, 10, 1), 3.0)]


def test_many_skills_keep_the_chart_readable(session: Session) -> None:
    seed_roster(session)
    for day in (1, 2):
        entry = add_entry(session, "S002", date(2025, 9, day))
        for skill in Skill:
            add_assessment(session, entry, skill, Level.DEVELOPING, state=ACCEPTED)
    chart = growth_series(session, RODRIGUEZ, "S002")
    assert len(chart.series) == 6 and chart.hidden == 11


def test_the_png_opens_as_an_image_with_its_labels(eva: Session) -> None:
    png = render_png(growth_series(eva, RODRIGUEZ, "S001"))
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG"
    assert image.size == (1100, 660)
    # Not a blank canvas: lines in several colours were drawn.
    assert len(image.convert("RGB").getcolors(maxcolors=100_000) or []) > 20


def test_another_teachers_student_and_an_empty_history(eva: Session) -> None:
    with pytest.raises(NotFound):
        growth_series(eva, Viewer("T002"), "S001")
    with pytest.raises(NothingToChart, match="Lucas has no validated levels yet"):
        growth_series(eva, RODRIGUEZ, "S002")
