"""Listeners by kind, each module with its own `register(app, deps)`."""

from __future__ import annotations

from slack_bolt import App

from bot.deps import BotDeps
from bot.listeners import (
    actions,
    checkins,
    commands,
    events,
    home,
    progress,
    review,
    students,
    views,
)


def register_listeners(app: App, deps: BotDeps) -> None:
    for kind in (commands, actions, review, views, events, home, students, progress, checkins):
        kind.register(app, deps)
