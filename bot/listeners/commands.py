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
from bot.student_blocks import no_student, progress_picker, which_student
from bot.viewing import note_views
from domain.access import Viewer
from domain.badges import AwardedBadge, grant_badge
from domain.class_overview import own_students
from domain.curriculum import Level, Skill
from domain.db import unit_of_work
from domain.errors import InvalidInput, NotFound
from domain.models import AccessSurface
from domain.progress import own_student, student_progress
from domain.students import find_leading_student, find_students
from domain.targets import set_target

# A command's answer: the plain text and the blocks; None when a form opened instead.
Answer = tuple[str, Blocks]

BADGE_USAGE = (
    "Usage: `/badge Eva Communication Proficient` grants a badge you have seen earned: "
    "Developing is bronze, Proficient silver, Advanced gold."
)
PROGRESS_USAGE = (
    "Usage: `/progress Eva` (a first name, a full name or an id) shows one of your students' "
    "growth; `/progress` alone lets you choose."
)
TARGET_USAGE = (
    "Usage: `/target Eva Communication Proficient` sets what a student works towards; "
    "`/target Eva Communication` or `/target` alone opens the form with what you typed."
)
# Longer than any name and skill a teacher types: refused in the ack.
TEXT_LIMIT = 200


def register(app: App, deps: BotDeps) -> None:
    # A command whose text is malformed gets its usage in the ack. Otherwise the ack is
    # empty and the answer follows at the command's response_url: a slow database never
    # makes Slack give up on the command (3 s), and acks never queue behind answers.
    def answer_after_ack(
        ack: Ack, body: dict[str, Any], context: BoltContext, work: Callable[[], Answer | None]
    ) -> None:
        ack()

        def answer() -> None:
            answered = work()
            if answered is not None:
                text, blocks = answered
                # Typed Optional, but Bolt builds a Respond for every request.
                assert context.respond is not None
                context.respond(response_type="ephemeral", text=text, blocks=blocks)

        deps.after_ack.run(answer, body, context)

    def usage_in_ack(ack: Ack, usage: str) -> None:
        text, blocks = notice(usage)
        ack(response_type="ephemeral", text=text, blocks=blocks)

    @app.command(ids.PROGRESS_COMMAND)
    def progress(ack: Ack, body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
        typed = " ".join((body.get("text") or "").split())
        if len(typed) > TEXT_LIMIT:
            usage_in_ack(ack, PROGRESS_USAGE)
            return
        if not typed:
            ack()
            trigger_id = body["trigger_id"]
            deps.after_ack.run(
                lambda: open_progress_picker(deps, context, client, trigger_id), body, context
            )
            return

        def show() -> Answer:
            viewer: Viewer = context["viewer"]
            with deps.sessions() as session:
                matches = find_students(session, viewer, typed)
            if not matches:
                return no_student(typed, PROGRESS_USAGE)
            if len(matches) > 1:
                return which_student(typed, matches, "progress")
            return show_progress(deps, viewer, matches[0].student_id, context.user_id)

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
        text = body.get("text") or ""
        words = text.split()
        trigger_id = body["trigger_id"]
        if len(text) > TEXT_LIMIT:
            usage_in_ack(ack, TARGET_USAGE)
            return
        if not words:
            ack()
            deps.after_ack.run(
                lambda: open_target_modal(deps, context, client, trigger_id, None),
                body,
                context,
            )
            return

        def set_it() -> Answer | None:
            viewer: Viewer = context["viewer"]
            with deps.sessions() as session:
                lead = find_leading_student(session, viewer, words, acting=True)
            if not lead.matches:
                return no_student(lead.name, TARGET_USAGE)
            skill, level = None, None
            if lead.rest:
                try:
                    skill, level = parse_skill_and_level(lead.rest)
                except InvalidInput as error:
                    return notice(escape(str(error)))
            if len(lead.matches) > 1:
                return which_student(lead.name, lead.matches, "target", skill=skill, level=level)
            student_id = lead.matches[0].student_id
            return finish_target(deps, context, client, trigger_id, student_id, skill, level)

        answer_after_ack(ack, body, context, set_it)

    @app.command(ids.BADGE_COMMAND)
    def badge(ack: Ack, body: dict[str, Any], context: BoltContext) -> None:
        text = body.get("text") or ""
        words = text.split()
        if len(words) < 3 or len(text) > TEXT_LIMIT:
            usage_in_ack(ack, BADGE_USAGE)
            return

        def grant() -> Answer:
            viewer: Viewer = context["viewer"]
            with deps.sessions() as session:
                lead = find_leading_student(session, viewer, words, acting=True, leave=2)
            if not lead.matches:
                return no_student(lead.name, BADGE_USAGE)
            try:
                skill, level = parse_skill_and_level(lead.rest)
                if level is None:
                    raise InvalidInput(BADGE_USAGE)
            except InvalidInput as error:
                return notice(escape(str(error)))
            if len(lead.matches) > 1:
                return which_student(lead.name, lead.matches, "badge", skill=skill, level=level)
            return finish_badge(deps, viewer, lead.matches[0].student_id, skill, level)

        answer_after_ack(ack, body, context, grant)


def show_progress(
    deps: BotDeps, viewer: Viewer, student_id: str, user_id: str | None = None
) -> Answer:
    try:
        with deps.sessions() as session:
            result = student_progress(session, viewer, student_id)
    except NotFound as error:
        # Same answer whether the student is absent or another teacher's.
        return notice(f"{escape(str(error))} {PROGRESS_USAGE}")
    note_views(deps, viewer, user_id, AccessSurface.PROGRESS, [result.student_id])
    return progress_message(result)


def finish_target(
    deps: BotDeps,
    context: BoltContext,
    client: WebClient,
    trigger_id: str,
    student_id: str,
    skill: Skill | None,
    level: Level | None,
) -> Answer | None:
    """Set the target when the teacher named all of it (student, skill and level); else
    open the form with what they typed already chosen, for them to finish."""
    if skill is None or level is None:
        open_target_modal(deps, context, client, trigger_id, student_id, skill=skill)
        return None
    try:
        with unit_of_work(deps.sessions) as session:
            change = set_target(session, context["viewer"], student_id, skill, level)
            student = own_student(session, context["viewer"], student_id)
    except NotFound as error:
        return notice(f"{escape(str(error))} {TARGET_USAGE}")
    except InvalidInput as error:
        return notice(escape(str(error)))
    return notice(target_confirmation(student.name, student.handle, change))


def finish_badge(
    deps: BotDeps, viewer: Viewer, student_id: str, skill: Skill, level: Level
) -> Answer:
    try:
        with unit_of_work(deps.sessions) as session:
            granted = grant_badge(session, viewer, student_id, skill, level)
            student = own_student(session, viewer, student_id)
    except NotFound as error:
        return notice(f"{escape(str(error))} {BADGE_USAGE}")
    except InvalidInput as error:
        return notice(escape(str(error)))
    return notice(badge_confirmation(student.name, student.handle, skill, level, granted))


def open_progress_picker(
    deps: BotDeps, context: BoltContext, client: WebClient, trigger_id: str
) -> None:
    viewer: Viewer = context["viewer"]
    with deps.sessions() as session:
        students = own_students(session, viewer)
    # An admin looks across the school: always by type-ahead.
    view = progress_picker(students, searchable=viewer.is_admin)
    client.views_open(trigger_id=trigger_id, view=view)


def badge_confirmation(
    name: str, handle: str, skill: Skill, level: Level, granted: AwardedBadge | None
) -> str:
    if granted is None:
        return f"{escape(name)} ({handle}) already holds the {level.value} badge in {skill.value}."
    return (
        f"{BADGE_EMOJI[granted.tier]} {escape(name)} ({handle}) earned the "
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
