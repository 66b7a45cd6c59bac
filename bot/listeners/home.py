"""App Home, and the target modal it (and /progress, /target) opens."""

from __future__ import annotations

from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from bot.deps import BotDeps
from bot.home_blocks import home_view
from bot.payloads import TargetMetadata
from bot.target_blocks import target_modal
from bot.viewing import note_views
from domain.access import Viewer
from domain.class_overview import class_overview, own_students
from domain.curriculum import Level, Skill
from domain.errors import NotFound
from domain.models import AccessSurface
from domain.targets import suggest_targets


def register(app: App, deps: BotDeps) -> None:
    def home_opened(body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
        if body["event"].get("tab", "home") == "home":
            publish_home(deps, context, client)

    app.event("app_home_opened")(deps.after_ack.listener(home_opened))


def publish_home(deps: BotDeps, context: BoltContext, client: WebClient) -> None:
    with deps.sessions() as session:
        overview = class_overview(session, context["viewer"])
    note_views(
        deps,
        context["viewer"],
        context.user_id,
        AccessSurface.APP_HOME,
        [student.student_id for student in overview.students],
    )
    client.views_publish(user_id=context.user_id or "", view=home_view(overview))


def open_target_modal(
    deps: BotDeps,
    context: BoltContext,
    client: WebClient,
    trigger_id: str,
    student_id: str | None,
    *,
    from_home: bool = False,
    skill: Skill | None = None,
    level: Level | None = None,
    over_modal: bool = False,
) -> None:
    """The target form, prefilled with whatever is known (the student, a suggested skill and
    level). `over_modal`: clicked inside a modal (App Home's progress view), where Slack
    only lets a new view be pushed on top."""
    viewer: Viewer = context["viewer"]
    with deps.sessions() as session:
        students = own_students(session, viewer)
        suggestions = []
        if student_id is not None:
            if student_id not in {s.student_id for s in students}:
                raise NotFound("That student is not in your class.")
            suggestions = suggest_targets(session, viewer, student_id)
    view = target_modal(
        TargetMetadata(home=from_home),
        students,
        student_id=student_id,
        suggestions=suggestions,
        skill=skill,
        level=level,
    )
    if over_modal:
        client.views_push(trigger_id=trigger_id, view=view)
    else:
        client.views_open(trigger_id=trigger_id, view=view)
