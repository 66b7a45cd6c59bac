"""Slash commands. Answers are ephemeral: only the teacher who asked sees them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient

from bot import ids
from bot.blocks import BADGE_EMOJI, Blocks, notice, progress_message
from bot.deps import BotDeps
from bot.listeners.actions import post_review_page
from bot.listeners.home import open_target_modal
from bot.listeners.views import target_confirmation
from bot.mrkdwn import escape
from domain.badges import AwardedBadge, grant_badge
from domain.curriculum import Level, Skill
from domain.db import unit_of_work
from domain.errors import InvalidInput, NotFound
from domain.ids import is_student_id
from domain.progress import own_student, student_progress
from domain.targets import set_target

# A command's answer: the plain text and the blocks.
Answer = tuple[str, Blocks]

BADGE_USAGE = (
    "Usage: `/badge S001 Communication Proficient` grants a badge you have seen earned: "
    "Developing is bronze, Proficient silver, Advanced gold."
)
PROGRESS_USAGE = "Usage: `/progress S001` shows one of your students' growth."
TARGET_USAGE = (
    "Usage: `/target S001 Communication [Proficient]` sets what a student works towards "
    "(the level is optional: the next one up). `/target` alone opens a form."
)


def register(app: App, deps: BotDeps) -> None:
    # A command whose text is malformed gets its usage in the ack. Otherwise the ack is
    # empty and the answer follows at the command's response_url: a slow database never
    # makes Slack give up on the command (3 s), and acks never queue behind answers.
    def answer_after_ack(
        ack: Ack, body: dict[str, Any], context: BoltContext, work: Callable[[], Answer]
    ) -> None:
        ack()

        def answer() -> None:
            text, blocks = work()
            context.respond(response_type="ephemeral", text=text, blocks=blocks)

        deps.after_ack.run(answer, body, context)

    @app.command(ids.PROGRESS_COMMAND)
    def progress(ack: Ack, body: dict[str, Any], context: BoltContext) -> None:
        words = (body.get("text") or "").split()
        student_id = words[0].upper() if words else ""
        if len(words) != 1 or not is_student_id(student_id):
            text, blocks = notice(PROGRESS_USAGE)
            ack(response_type="ephemeral", text=text, blocks=blocks)
            return

        def show() -> Answer:
            try:
                with deps.sessions() as session:
                    result = student_progress(session, context["viewer"], student_id)
            except NotFound as error:
                # Same answer whether the student is absent or another teacher's.
                return notice(f"{escape(str(error))} {PROGRESS_USAGE}")
            return progress_message(result)

        answer_after_ack(ack, body, context, show)

    @app.command(ids.REVIEW_COMMAND)
    def review(ack: Ack, body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
        if str(body.get("channel_id", "")).startswith("D"):
            ack()
        else:
            ack(response_type="ephemeral", text="Your review queue is in our DM.")
        deps.after_ack.run(lambda: post_review_page(deps, context, client), body, context)

    @app.command(ids.TARGET_COMMAND)
    def target(ack: Ack, body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
        words = (body.get("text") or "").split()
        student_id = words[0].upper() if words else None
        if student_id is not None and not is_student_id(student_id):
            text, blocks = notice(TARGET_USAGE)
            ack(response_type="ephemeral", text=text, blocks=blocks)
            return
        if len(words) < 2:
            ack()
            trigger_id = body["trigger_id"]
            deps.after_ack.run(
                lambda: open_target_modal(deps, context, client, trigger_id, student_id),
                body,
                context,
            )
            return

        def set_it() -> Answer:
            try:
                skill, level = parse_skill_and_level(words[1:])
                with unit_of_work(deps.sessions) as session:
                    change = set_target(session, context["viewer"], student_id or "", skill, level)
                    name = own_student(session, context["viewer"], student_id or "").name
            except NotFound as error:
                return notice(f"{escape(str(error))} {TARGET_USAGE}")
            except InvalidInput as error:
                return notice(escape(str(error)))
            return notice(target_confirmation(name, change))

        answer_after_ack(ack, body, context, set_it)

    @app.command(ids.BADGE_COMMAND)
    def badge(ack: Ack, body: dict[str, Any], context: BoltContext) -> None:
        words = (body.get("text") or "").split()
        student_id = words[0].upper() if words else ""
        if len(words) < 3 or not is_student_id(student_id):
            text, blocks = notice(BADGE_USAGE)
            ack(response_type="ephemeral", text=text, blocks=blocks)
            return

        def grant() -> Answer:
            try:
                skill, level = parse_skill_and_level(words[1:])
                if level is None:
                    raise InvalidInput(BADGE_USAGE)
                with unit_of_work(deps.sessions) as session:
                    granted = grant_badge(session, context["viewer"], student_id, skill, level)
                    name = own_student(session, context["viewer"], student_id).name
            except NotFound as error:
                return notice(f"{escape(str(error))} {BADGE_USAGE}")
            except InvalidInput as error:
                return notice(escape(str(error)))
            return notice(badge_confirmation(name, student_id, skill, level, granted))

        answer_after_ack(ack, body, context, grant)


def badge_confirmation(
    name: str, student_id: str, skill: Skill, level: Level, granted: AwardedBadge | None
) -> str:
    if granted is None:
        return (
            f"{escape(name)} ({student_id}) already holds the {level.value} badge in {skill.value}."
        )
    return (
        f"{BADGE_EMOJI[granted.tier]} {escape(name)} ({student_id}) earned the "
        f"*{granted.tier.value.title()} badge* in {skill.value} ({level.value})."
    )


def parse_skill_and_level(words: list[str]) -> tuple[Skill, Level | None]:
    """'Planning & Prioritization Proficient', 'communication', 'self-awareness P'."""
    level: Level | None = None
    if len(words) > 1:
        try:
            level = Level.parse(words[-1])
            words = words[:-1]
        except ValueError:
            level = None
    named = " ".join(words)
    try:
        return Skill.parse(named), level
    except ValueError:
        pass
    # A teacher types "planning" or "self aware": a prefix naming one skill is enough.
    wanted = named.lower().replace("-", " ")
    matches = [s for s in Skill if s.value.lower().replace("-", " ").startswith(wanted)]
    if wanted and len(matches) == 1:
        return matches[0], level
    raise InvalidInput(f"I don't know the skill '{named[:60]}'. {TARGET_USAGE}")
