"""The growth chart, drawn on request and uploaded to the teacher's DM."""

from __future__ import annotations

from slack_bolt import BoltContext
from slack_sdk import WebClient

from bot.deps import BotDeps
from bot.dm import dm_channel
from bot.mrkdwn import escape
from bot.viewing import note_views
from domain.charts import ChartScope, growth_series, render_png
from domain.models import AccessSurface


def send_growth_chart(
    deps: BotDeps,
    context: BoltContext,
    client: WebClient,
    student_id: str,
    by: ChartScope = ChartScope.SKILL,
) -> None:
    """PNG of the student's validated levels as a skills x month grid, through
    files_upload_v2 (Slack's getUploadURLExternal and completeUploadExternal)."""
    with deps.sessions() as session:
        chart = growth_series(session, context["viewer"], student_id, by=by)
    note_views(deps, context["viewer"], context.user_id, AccessSurface.CHART, [chart.student_id])
    png = render_png(chart)
    client.files_upload_v2(
        channel=dm_channel(client, context.user_id or ""),
        content=png,
        filename=f"growth-{chart.student_handle}-by-{chart.scope.value}.png",
        title=f"{chart.student_name} ({chart.student_handle}): growth",
        initial_comment=(
            f"Growth chart for {escape(chart.student_name)} ({chart.student_handle}): each cell is "
            "the level you validated that month, a medal marks a badge, the last column a target."
        ),
    )
