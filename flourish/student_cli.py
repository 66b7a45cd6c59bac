"""`flourish student export|delete` and `flourish audit`: a student's record rights, for
the school's admins at the command line (docs/student-records.md).

STUDENT is the handle teachers type (S001) or the roster's key; a handle is unique in a
school only, so one several schools use needs `--school` or the key.
"""

from __future__ import annotations

import getpass
import json
import os
import re
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table
from sqlalchemy import select
from sqlalchemy.orm import Session

from domain.access_log import access_trail, audit_trail
from domain.db import unit_of_work
from domain.errors import FlourishError
from domain.family_report import family_report_html
from domain.models import AuditAction, AuditEvent
from domain.student_records import (
    StudentNotFound,
    delete_student,
    deletion_plan,
    export_student,
    find_student,
)
from flourish.settings import Settings
from flourish.wiring import build_sessions

student_app = typer.Typer(help="A student's record: export it, delete it.", no_args_is_help=True)
console = Console()
errors = Console(stderr=True)

StudentArg = Annotated[str, typer.Argument(help="The student's handle (S001) or key.")]
SchoolOpt = Annotated[
    str | None, typer.Option("--school", help="The school, when several use the handle.")
]
ActorOpt = Annotated[
    str | None,
    typer.Option("--as", help="Who is doing this, for the audit log (default: cli:$USER)."),
]


retention_app = typer.Typer(
    help="Evidence retention (FLOURISH_RETENTION_DAYS).", no_args_is_help=True
)


def register(app: typer.Typer) -> None:
    """Adds `student`, `audit` and `retention` to the `flourish` command."""
    app.add_typer(student_app, name="student")
    app.add_typer(retention_app, name="retention")
    app.command("audit")(audit_command)


@retention_app.command("run")
def retention_run(
    days: Annotated[
        int | None,
        typer.Option(min=1, help="Purge evidence filed more than DAYS ago (default: the setting)."),
    ] = None,
) -> None:
    """Purge old evidence now, as the nightly job does (safe beside a running scheduler)."""
    settings = Settings()
    if days is not None:
        settings = settings.model_copy(update={"flourish_retention_days": days})
    if settings.flourish_retention_days is None:
        errors.print(
            "[red]FLOURISH_RETENTION_DAYS is not set: evidence is kept. Give --days to purge.[/red]"
        )
        raise typer.Exit(2)
    from flourish.scheduler import run_retention

    report = run_retention(settings, build_sessions(settings))
    assert report is not None
    kept = "levels kept" if settings.flourish_retention_keep_levels else "levels removed"
    console.print(
        f"Purged {report.entries} entries of {report.students} students filed more than "
        f"{settings.flourish_retention_days} days ago ({kept}: {report.assessments_kept} "
        f"kept without words, {report.assessments_removed} removed)."
    )


def _actor(given: str | None) -> str:
    if given:
        return given
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):
        return "cli"


def _fail(error: FlourishError) -> typer.Exit:
    errors.print(f"[red]{error}[/red]")
    return typer.Exit(1)


def _safe_name(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]", "_", text)[:80]


def _write_private(path: Path, text: str) -> None:
    """0600 from the first byte: the file is never readable by others, even briefly."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.fchmod(descriptor, 0o600)
        os.write(descriptor, text.encode("utf-8"))
    finally:
        os.close(descriptor)


@student_app.command("export")
def export_command(
    student: StudentArg,
    out: Annotated[
        Path, typer.Option("--out", help="Folder for the JSON and the family report.")
    ] = Path("."),
    school: SchoolOpt = None,
    actor: ActorOpt = None,
) -> None:
    """Write everything held on STUDENT as JSON and a family report (HTML), readable by
    the owner only (0600)."""
    settings = Settings()
    who = _actor(actor)
    try:
        with unit_of_work(build_sessions(settings)) as session:
            found = find_student(session, student, school=school)
            document = export_student(session, found, actor=who)
    except FlourishError as error:
        raise _fail(error) from error
    out.mkdir(parents=True, exist_ok=True, mode=0o700)
    stem = _safe_name(f"{document.student.handle}-{document.student.school_id}")
    json_path = out / f"{stem}.json"
    html_path = out / f"{stem}.html"
    _write_private(json_path, document.model_dump_json(indent=2) + "\n")
    _write_private(html_path, family_report_html(document))
    console.print(
        f"Exported {document.student.handle}: {len(document.entries)} entries, "
        f"{len(document.assessments)} assessments, {len(document.badges)} badges."
    )
    console.print(f"  {json_path}\n  {html_path}")


@student_app.command("delete")
def delete_command(
    student: StudentArg,
    confirm: Annotated[bool, typer.Option("--confirm", help="Really delete.")] = False,
    school: SchoolOpt = None,
    actor: ActorOpt = None,
) -> None:
    """Delete everything held on STUDENT, and their words in classmates' shared documents.
    Without --confirm, says what would go and changes nothing."""
    settings = Settings()
    who = _actor(actor)
    try:
        with build_sessions(settings)() as session:
            found = find_student(session, student, school=school)
            handle = found.handle
            if confirm:
                counts = delete_student(session, found, actor=who)
                session.commit()
            else:
                # The dry run reads only; the session closes without a commit.
                counts = deletion_plan(session, found)
    except FlourishError as error:
        raise _fail(error) from error
    summary = ", ".join(f"{n} {name.replace('_', ' ')}" for name, n in counts.as_detail().items())
    if not confirm:
        console.print(f"Would delete {handle} and everything held on them: {summary}.")
        console.print("Nothing was changed. Run again with --confirm to delete.")
        raise typer.Exit(1)
    console.print(f"Deleted {handle}: {summary}. The audit log keeps a record (counts only).")


def _trail_key(session: Session, ident: str, school: str | None) -> str:
    """A student on the roster, or one deleted (found by the key, or the handle their
    deletion's audit event kept)."""
    try:
        return find_student(session, ident, school=school).id
    except StudentNotFound:
        pass
    deleted = [
        event.student_id
        for event in session.scalars(
            select(AuditEvent).where(AuditEvent.action == AuditAction.STUDENT_DELETED.value)
        )
        if event.student_id == ident or (event.detail or {}).get("handle") == ident
    ]
    if len(set(deleted)) > 1:
        raise StudentNotFound(f"Several deleted students were {ident}: give the key.")
    return deleted[0] if deleted and deleted[0] else ident


def audit_command(
    student: StudentArg,
    school: SchoolOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON document.")] = False,
) -> None:
    """Who viewed STUDENT's record, when and where, and what was done to it (admins)."""
    settings = Settings()
    try:
        with unit_of_work(build_sessions(settings)) as session:
            key = _trail_key(session, student, school)
            views = access_trail(session, key)
            events = audit_trail(session, key)
    except FlourishError as error:
        raise _fail(error) from error
    if as_json:
        print(
            json.dumps(
                {
                    "student": key,
                    "access_log": [
                        {"viewer": v.viewer, "surface": v.surface, "at": v.viewed_at.isoformat()}
                        for v in views
                    ],
                    "audit_events": [
                        {
                            "action": e.action,
                            "actor": e.actor,
                            "at": e.at.isoformat(),
                            "detail": e.detail,
                        }
                        for e in events
                    ],
                },
                indent=2,
            )
        )
        return
    if not views and not events:
        console.print(f"Nothing in the access or audit log for {student}.")
        return
    table = Table("When (UTC)", "Who", "What", "Where / detail", title=f"Trail of {student}")
    rows = [(v.viewed_at, v.viewer, "viewed", v.surface) for v in views]
    rows += [
        (e.at, e.actor, e.action, ", ".join(f"{k}={v}" for k, v in e.detail.items()))
        for e in events
    ]
    for at, who, what, where in sorted(rows, key=lambda row: row[0]):
        table.add_row(f"{at:%Y-%m-%d %H:%M:%S}", who, what, where)
    console.print(table)
