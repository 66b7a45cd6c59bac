"""`flourish checkins report`: how often the digest's check-in suggestions were worth it.

Counts, per kind of suggestion, how many the digests of the chosen weeks made and how the
teachers answered them ("Checked in", "Not needed"). A rule whose suggestions are mostly
"Not needed" is one to change.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Annotated
from zoneinfo import ZoneInfo

import typer
from rich.console import Console
from rich.table import Table

from domain.checkins import CheckInReport, report
from domain.digest import week_of
from flourish.settings import Settings
from flourish.wiring import build_sessions

checkins_app = typer.Typer(help="Check-in suggestions and their answers.", no_args_is_help=True)
console = Console()

KIND_NAMES = {
    "no_recent_evidence": "No new evidence for 3 weeks",
    "no_evidence_yet": "No evidence yet",
    "sustained_change": "Two levels in a row below the one before",
}


@checkins_app.command("report")
def report_command(
    weeks: Annotated[
        int, typer.Option(min=1, max=52, help="How many digest weeks, up to this one.")
    ] = 8,
    until: Annotated[
        datetime | None,
        typer.Option(formats=["%Y-%m-%d"], help="A day in the last digest week (default: today)."),
    ] = None,
) -> None:
    """Suggestions made and answers given, per kind, over the last WEEKS digests."""
    settings = Settings()
    zone = ZoneInfo(settings.flourish_timezone)
    last = week_of(until.date() if until else datetime.now(zone).date())
    first = last - timedelta(days=7 * (weeks - 1))
    with build_sessions(settings)() as session:
        found = report(session, first, last, tz=settings.flourish_timezone)
    console.print(render(found))


def render(found: CheckInReport) -> Table:
    table = Table(
        title=f"Check-in suggestions, digests of {_day(found.first_week)} to "
        f"{_day(found.last_week)}"
    )
    for column in ("Kind", "Suggested", "Checked in", "Not needed", "Unanswered", "Acted on"):
        table.add_column(column, justify="left" if column == "Kind" else "right")
    for kind in found.kinds:
        share = "-" if kind.useful_share is None else f"{kind.useful_share:.0%}"
        table.add_row(
            KIND_NAMES.get(kind.kind.value, kind.kind.value),
            str(kind.suggested),
            str(kind.checked_in),
            str(kind.not_needed),
            str(kind.unanswered),
            share,
        )
    return table


def _day(on: date) -> str:
    return f"{on:%-d %b %Y}"
