"""`flourish roster import` of a OneRoster bundle, and `flourish roster link`.

Registered from flourish/cli.py; the simple CSV form's import stays there.
"""

from __future__ import annotations

import getpass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from domain.db import unit_of_work
from domain.errors import FlourishError, RosterError
from domain.oneroster import is_bundle, parse_bundle, read_bundle
from domain.roster_link import find_staff, link_staff, parse_link_csv
from domain.roster_sync import KINDS, SyncReport, sync_roster
from flourish.settings import Settings
from flourish.wiring import build_sessions

if TYPE_CHECKING:
    from slack_sdk import WebClient

console = Console()
errors = Console(stderr=True)

LABELS = {
    "schools": "Orgs",
    "sessions": "Academic sessions",
    "classes": "Classes",
    "staff": "Staff",
    "students": "Students",
    "enrollments": "Enrollments",
}


def register(roster_app: typer.Typer) -> None:
    roster_app.command("link")(roster_link)


def is_oneroster(paths: list[Path]) -> bool:
    """A OneRoster bundle given (a folder or ZIP); a folder of anything else is refused."""
    bundles = [path for path in paths if is_bundle(path)]
    if bundles and len(paths) > 1:
        _fail("Give one OneRoster folder or ZIP, or the simple CSV files, not both.")
    if not bundles and any(path.is_dir() for path in paths):
        _fail("A folder to import must hold a OneRoster bundle (manifest.csv or orgs.csv).")
    return bool(bundles)


def import_oneroster(paths: list[Path]) -> None:
    settings = Settings()
    try:
        roster = parse_bundle(read_bundle(paths[0]))
        with unit_of_work(build_sessions(settings)) as session:
            report = sync_roster(session, roster, actor=_actor())
    except FlourishError as error:
        errors.print(str(error), markup=False, highlight=False, style="red")
        raise typer.Exit(1) from error
    print_report(report)


def print_report(report: SyncReport) -> None:
    console.print(f"OneRoster {report.version} roster imported.", highlight=False)
    for kind in KINDS:
        c = report.counts[kind]
        console.print(
            f"{LABELS[kind]}: {c.created} created, {c.updated} updated, "
            f"{c.deactivated} deactivated, {c.unchanged} unchanged.",
            highlight=False,
        )
    for reason, count in sorted(report.skipped.items()):
        console.print(f"Skipped {count}: {reason}.", highlight=False, markup=False)


def _actor() -> str:
    try:
        return getpass.getuser() or "cli"
    except (KeyError, OSError):
        # No login name in a container running as an unnamed uid.
        return "cli"


def _fail(message: str) -> None:
    errors.print(message, markup=False, highlight=False, style="red")
    raise typer.Exit(1)


def roster_link(
    teacher: Annotated[
        str | None, typer.Argument(help="The teacher's handle (T001) or roster key.")
    ] = None,
    slack_user: Annotated[
        str | None, typer.Argument(help="@name or a Slack user id (U...).")
    ] = None,
    from_csv: Annotated[
        Path | None,
        typer.Option("--csv", exists=True, dir_okay=False, help="A CSV of teacher_id,slack_email."),
    ] = None,
) -> None:
    """Link staff to Slack accounts: `T001 @name`, or `--csv FILE` of teacher_id,slack_email."""
    if (from_csv is None) == (teacher is None or slack_user is None) or (from_csv and teacher):
        _fail("Give a teacher and a Slack user (T001 @name), or --csv FILE, not both.")
    settings = Settings()
    if settings.slack_bot_token is None:
        _fail("Linking asks Slack who is who: set SLACK_BOT_TOKEN.")
    from bot.app import web_client

    client = web_client(settings)
    sessions = build_sessions(settings)
    try:
        if from_csv is not None:
            rows = parse_link_csv(from_csv.read_text(encoding="utf-8-sig"), from_csv.name)
            problems: list[str] = []
            linked: list[tuple[str, str]] = []
            with unit_of_work(sessions) as session:
                for row in rows:
                    try:
                        user_id = _by_email(client, row.slack_email)
                        staff = link_staff(session, row.teacher, user_id, row.slack_email)
                        linked.append((staff.handle, row.slack_email))
                    except RosterError as error:
                        problems.append(f"{from_csv.name} line {row.line}: {error}")
                if problems:
                    raise RosterError(
                        "Nothing was linked:\n" + "\n".join(f"- {p}" for p in problems)
                    )
            for handle, email in linked:
                console.print(f"Linked {handle} to {email}.", highlight=False)
            return
        assert teacher is not None and slack_user is not None
        with unit_of_work(sessions) as session:
            find_staff(session, teacher)  # an unknown teacher is said before Slack is asked
            user_id, label = _resolve(client, slack_user)
            staff = link_staff(session, teacher, user_id, label)
            handle = staff.handle
        console.print(f"Linked {handle} to Slack user {label} ({user_id}).", highlight=False)
    except FlourishError as error:
        errors.print(str(error), markup=False, highlight=False, style="red")
        raise typer.Exit(1) from error


def _usable(user: dict[str, object]) -> bool:
    return not user.get("deleted") and not user.get("is_bot")


def _by_email(client: WebClient, email: str) -> str:
    from slack_sdk.errors import SlackApiError

    try:
        found = client.users_lookupByEmail(email=email)
    except SlackApiError as error:
        if error.response.get("error") == "users_not_found":
            raise RosterError(f"No Slack user has the email {email}.") from error
        raise
    user = found["user"]
    if not _usable(user):
        raise RosterError(f"The Slack user with the email {email} is deactivated or a bot.")
    return str(user["id"])


def _resolve(client: WebClient, wanted: str) -> tuple[str, str]:
    """(user id, how to name them) for `@name`, `name` or a user id `U...`."""
    from slack_sdk.errors import SlackApiError

    text = wanted.strip()
    if text.startswith("<@") and text.endswith(">"):
        text = text[2:-1].split("|")[0]
    if text[:1] in ("U", "W") and text[1:].isalnum() and text.upper() == text:
        try:
            user = client.users_info(user=text)["user"]
        except SlackApiError as error:
            if error.response.get("error") == "user_not_found":
                raise RosterError(f"No Slack user {text}.") from error
            raise
        if not _usable(user):
            raise RosterError(f"Slack user {text} is deactivated or a bot.")
        return text, text
    name = text.removeprefix("@").casefold()
    matches = []
    for page in client.users_list(limit=200):
        for user in page.get("members", []):
            profile = user.get("profile") or {}
            names = {user.get("name"), profile.get("display_name"), profile.get("real_name")}
            if name in {str(n).casefold() for n in names if n} and _usable(user):
                matches.append(user)
    if not matches:
        raise RosterError(f"No Slack user @{name}.")
    if len(matches) > 1:
        raise RosterError(f"More than one Slack user is called @{name}: give their user id.")
    return str(matches[0]["id"]), f"@{name}"
