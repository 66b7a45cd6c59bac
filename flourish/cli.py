"""The `flourish` command: a thin caller of the same services the Slack app uses."""

from __future__ import annotations

import gc
import logging
import sys
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Annotated, Any
from zoneinfo import ZoneInfo

import typer
from rich import box
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from domain.curriculum import EntryType, Skill
from domain.db import unit_of_work
from domain.detection import RosterStudent
from domain.digest import Period, TeacherDigest, compose_digests, week_of
from domain.documents import SUPPORTED_EXTENSIONS
from domain.errors import FlourishError
from domain.evaluation import evaluate, load_labelled_set
from domain.ingest import IngestResult, ingest_document
from domain.levels import latest_levels
from domain.models import DataEntry, EntryStatus, Student
from domain.queue import queue_counts
from domain.roster import RosterFile, RosterImportResult, import_roster, split_nicknames
from domain.worker import WorkerReport, drain_in_parallel
from flourish.assessor_lift import lift_command
from flourish.checkins_cli import checkins_app
from flourish.doctor import diagnose, run_checks, safe_url
from flourish.failures import explain
from flourish.logs import configure_logging
from flourish.roster_cli import import_oneroster, is_oneroster, register
from flourish.settings import Settings
from flourish.student_cli import register as register_student_commands
from flourish.wiring import build_assessor, build_sessions, queue_policy
from migrations import upgrade

app = typer.Typer(
    help="Flourish: see and grow students' non-academic skills.",
    no_args_is_help=True,
    # A traceback's locals would show settings and student text.
    pretty_exceptions_show_locals=False,
)
db_app = typer.Typer(help="The database.", no_args_is_help=True)
roster_app = typer.Typer(help="Teachers and students.", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(roster_app, name="roster")
register(roster_app)
app.add_typer(checkins_app, name="checkins")
app.command("eval-lift")(lift_command)
register_student_commands(app)

log = logging.getLogger("flourish")
console = Console()
errors = Console(stderr=True)

DEFAULT_MOCK_DATA = Path(__file__).resolve().parent.parent / "mock_data"

# Set by the global --debug option; `main` reads it when a command fails.
_debug = False


def main() -> None:
    """The console script: operator mistakes end in a line or two and exit 1, not a
    traceback (unless --debug). Usage errors and typer.Exit keep click's own handling."""
    try:
        app(prog_name="flourish")
    except Exception as error:
        if _debug:
            raise
        for line in explain(error, database_url=lambda: _settings().database_url):
            typer.secho(line, err=True, fg="red")
        sys.exit(1)


def _print_version(value: bool) -> None:
    if value:
        try:
            print(f"flourish {version('flourish')}")
        except PackageNotFoundError:
            # Run from a checkout that was never installed.
            print("flourish (not installed: run `make install`)")
        raise typer.Exit()


@app.callback()
def _global_options(
    debug: Annotated[
        bool, typer.Option("--debug", help="Show the traceback when a command fails.")
    ] = False,
    show_version: Annotated[
        bool,
        typer.Option(
            "--version", is_eager=True, callback=_print_version, help="Print the version."
        ),
    ] = False,
) -> None:
    global _debug
    _debug = debug


def _settings() -> Settings:
    return Settings()


def _sessions(settings: Settings) -> sessionmaker[Session]:
    return build_sessions(settings)


def _today(settings: Settings) -> date:
    return datetime.now(ZoneInfo(settings.flourish_timezone)).date()


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Create or migrate the database schema to the newest revision."""
    settings = _settings()
    upgrade(settings.database_url)
    console.print("Database is up to date.")


@app.command()
def doctor(
    http: Annotated[
        bool, typer.Option("--http", help="Check for HTTP mode: no app token needed.")
    ] = False,
) -> None:
    """Check the settings, database, Slack tokens and scopes, and model server, one per line."""
    results = diagnose(socket_mode=not http)
    for result in results:
        typer.secho(str(result), fg="red" if result.failed else None)
    failed = sum(result.failed for result in results)
    if failed:
        typer.secho(f"{failed} check(s) failed.", err=True, fg="red")
        raise typer.Exit(1)
    typer.echo("Ready to serve.")


@roster_app.command("import")
def roster_import(
    files: Annotated[list[Path], typer.Argument(exists=True, readable=True)],
) -> None:
    """Import teachers (id,name,email,slack_user_id) and students (id,name,grade,teacher_id),
    or a OneRoster 1.1/1.2 bundle (a folder or ZIP; docs/roster.md)."""
    if is_oneroster(files):
        return import_oneroster(files)
    settings = _settings()
    try:
        with unit_of_work(_sessions(settings)) as session:
            result = import_roster(session, _roster_files(files))
    except FlourishError as error:
        errors.print(f"[red]{error}[/red]")
        raise typer.Exit(1) from error
    _print_roster(result)


def _roster_files(paths: list[Path]) -> list[RosterFile]:
    return [RosterFile(name=path.name, text=path.read_text(encoding="utf-8-sig")) for path in paths]


def _print_roster(result: RosterImportResult) -> None:
    for label, counts in (("teachers", result.teachers), ("students", result.students)):
        console.print(
            f"Roster {label}: {counts.created} added, {counts.updated} updated, "
            f"{counts.unchanged} unchanged."
        )


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(exists=True, help="Files or folders.")],
    student: Annotated[str | None, typer.Option(help="Student id, e.g. S001.")] = None,
    entry_type: Annotated[
        EntryType | None, typer.Option("--type", help="Entry type (canonical key).")
    ] = None,
    teacher: Annotated[
        str | None, typer.Option(help="Teacher id: only their students are matched.")
    ] = None,
    when: Annotated[
        datetime | None, typer.Option("--date", formats=["%Y-%m-%d"], help="Date of the entry.")
    ] = None,
) -> None:
    """File documents (.txt .md .docx .pdf .eml .vtt .srt .csv) as evidence, one entry per student
    they are about."""
    settings = _settings()
    files = list(_document_files(paths))
    failures = _file_documents(
        settings,
        _sessions(settings),
        files,
        "Filing",
        teacher_id=teacher,
        student_id=student,
        entry_type=entry_type,
        entry_date=when.date() if when else None,
        uploaded_by=teacher or "cli",
    )
    if failures:
        errors.print(f"[red]{failures} of {len(files)} file(s) were not filed.[/red]")
        raise typer.Exit(1)


def _file_documents(
    settings: Settings,
    sessions: sessionmaker[Session],
    files: list[Path],
    description: str,
    **options: Any,
) -> int:
    """File each document in its own transaction; print what was filed; count refusals."""
    failures = 0
    results: list[IngestResult] = []
    with _progress() as progress:
        task = progress.add_task(description, total=len(files))
        for path in files:
            try:
                with unit_of_work(sessions) as session:
                    results.append(
                        ingest_document(
                            session,
                            file_name=path.name,
                            data=path.read_bytes(),
                            today=_today(settings),
                            max_bytes=settings.flourish_max_upload_bytes,
                            date_order=settings.flourish_date_order,
                            **options,
                        )
                    )
            except FlourishError as error:
                failures += 1
                progress.console.print(f"[red]Not filed:[/red] {error}")
            progress.advance(task)
    _print_ingest(results)
    return failures


def _document_files(paths: list[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            yield from sorted(
                child
                for child in path.rglob("*")
                if child.is_file() and child.suffix.lower() in SUPPORTED_EXTENSIONS
            )
        else:
            yield path


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=console,
        transient=True,
    )


def _print_ingest(results: list[IngestResult]) -> None:
    entries = [entry for result in results for entry in result.entries]
    created = sum(entry.created for entry in entries)
    console.print(
        f"Filed {created} new entr{'y' if created == 1 else 'ies'} from {len(results)} "
        f"document(s); {len(entries) - created} already on file."
    )
    for result in results:
        for note in result.notes:
            console.print(f"  {result.file_name}: {note}")


@app.command()
def show(entry_id: Annotated[int, typer.Argument(help="Entry id, as filing printed it.")]) -> None:
    """Show how an entry's document was read: each span, its role and whose it is."""
    settings = _settings()
    with _sessions(settings)() as session:
        entry = session.get(DataEntry, entry_id)
        if entry is None:
            errors.print(f"[red]There is no entry {entry_id}.[/red]")
            raise typer.Exit(1)
        _print_spans(entry)


def _print_spans(entry: DataEntry) -> None:
    from rich.markup import escape

    metadata = entry.entry_metadata or {}
    console.print(
        f"Entry {entry.id}: {escape(entry.student.name)} ({entry.student_id}), "
        f"{EntryType(entry.entry_type).label}, {entry.entry_date.isoformat()}"
        + (f", from {escape(entry.file_name)}" if entry.file_name else "")
    )
    detected = metadata.get("detected_by") or {}
    if detected:
        console.print("Decided from: " + ", ".join(f"{k} ({v})" for k, v in detected.items()))
    spans = metadata.get("spans")
    if not spans:
        console.print("This entry was filed before documents were segmented: no spans stored.")
        return
    own = {(start, end) for start, end in metadata.get("own_spans", [])}
    table = Table(box=box.SIMPLE_HEAD, show_lines=False)
    table.add_column("Own", justify="center", no_wrap=True)
    table.add_column("Role", no_wrap=True)
    table.add_column("Who", no_wrap=True)
    table.add_column("Text")
    for span in spans:
        start, end = span["start"], span["end"]
        who = span.get("student_id") or span.get("speaker_kind") or ""
        if span.get("speaker"):
            who = f"{span['speaker']} ({who})" if who else span["speaker"]
        if span.get("key"):
            who = span["key"]
        text = " ".join((entry.content or "")[start:end].split())
        table.add_row("*" if (start, end) in own else "", span["role"], escape(who), escape(text))
    console.print(table)
    console.print("* the student's own words (or, in a note, the narrative about them).")
    for level in metadata.get("teacher_levels", []):
        console.print(f"Teacher's own level: {level['skill']}: {level['level']}")


@app.command()
def assess(
    workers: Annotated[
        int | None,
        typer.Option(
            min=1, max=32, help="Parallel workers (default: FLOURISH_ASSESS_CONCURRENCY, 4)."
        ),
    ] = None,
) -> None:
    """Assess every pending entry, then report what was stored and what failed."""
    settings = _settings()
    _assess_all(settings, _sessions(settings), workers)


def _assess_all(
    settings: Settings, sessions: sessionmaker[Session], workers: int | None
) -> WorkerReport:
    asked = workers
    workers = workers or settings.flourish_assess_concurrency
    if (
        workers > 1
        and settings.assessor_kind == "offline"
        and settings.database_url.startswith("sqlite")
    ):
        # The offline assessor is CPU work in this process and SQLite has one writer:
        # parallel workers would only take turns. A model's calls are network waits, and
        # overlap on either database.
        if asked:
            console.print("The offline assessor on SQLite runs one worker.")
        workers = 1
    assessor = build_assessor(settings)
    # What is loaded by now lives as long as the process; out of the collector's young
    # generations, it no longer makes full collections pause workers for ~100 ms.
    gc.freeze()
    with sessions() as session:
        waiting = queue_counts(session)
    total = waiting[EntryStatus.PENDING] + waiting[EntryStatus.PROCESSING]
    with _progress() as progress:
        task = progress.add_task(f"Assessing with {assessor.model}", total=total)
        report = drain_in_parallel(
            sessions,
            assessor,
            workers=workers,
            policy=queue_policy(settings),
            on_progress=lambda: progress.advance(task),
        )
    console.print(
        f"Assessed {len(report.assessed)} entr{'y' if len(report.assessed) == 1 else 'ies'}; "
        f"{len(report.failed)} failed."
    )
    if report.failed:
        with sessions() as session:
            for entry_id in report.failed:
                entry = session.get(DataEntry, entry_id)
                reason = entry.last_error if entry else "unknown"
                errors.print(f"[red]Entry {entry_id} failed:[/red] {reason}")
    return report


@app.command("eval")
def evaluate_assessor(
    labelled: Annotated[
        Path | None, typer.Option(exists=True, dir_okay=False, help="Labelled set CSV.")
    ] = None,
    documents: Annotated[
        Path | None,
        typer.Option(exists=True, file_okay=False, help="Folder of the documents it names."),
    ] = None,
    students: Annotated[
        Path | None, typer.Option(exists=True, dir_okay=False, help="Students roster CSV.")
    ] = None,
    evaluation_set: Annotated[
        Path | None,
        typer.Option(
            "--set",
            exists=True,
            file_okay=False,
            help="An evaluation set folder (roster/, documents/, labelled_set.csv and, for "
            "attribution, truth.csv), e.g. mock_data/holdout.",
        ),
    ] = None,
    markdown: Annotated[bool, typer.Option(help="Print Markdown (for BENCHMARKS.md).")] = False,
    quote_misses: Annotated[
        bool,
        typer.Option(
            help="List the labelled quotes that fall outside the student's own text "
            "(document, student, the quote's first words)."
        ),
    ] = False,
) -> None:
    """Score the configured assessor against teacher-labelled levels, and with a set's
    truth.csv, how documents dropped with nothing said are attributed."""
    settings = _settings()
    folder = evaluation_set or DEFAULT_MOCK_DATA
    labelled = labelled or (
        folder / "labelled_set.csv" if evaluation_set else folder / "eval" / "labelled_set.csv"
    )
    documents = documents or folder / "documents"
    students = students or folder / "roster" / "students.csv"
    try:
        items = load_labelled_set(labelled)
    except FlourishError as error:
        errors.print(f"[red]{error}[/red]")
        raise typer.Exit(1) from error
    roster, classes = _roster_students(students)
    truth = evaluation_set / "truth.csv" if evaluation_set is not None else None
    entry_types = None
    if truth is not None and truth.exists():
        from flourish.attribution import load_truth

        # The assessor is scored on its own: each document's kind as its teacher says it.
        entry_types = {t.document: t.entry_type for t in load_truth(truth) if t.entry_type}
    report = evaluate(
        build_assessor(settings),
        items,
        documents,
        roster,
        entry_types,
        classes,
        _teacher_names(students),
    )
    print(report.to_markdown() if markdown else report.to_text())
    if truth is not None and truth.exists():
        from flourish.attribution import evaluate_attribution

        print()
        print("Attribution (documents dropped with nothing said)")
        report_text = evaluate_attribution(
            truth.parent, date_order=settings.flourish_date_order
        ).to_text(quote_misses=quote_misses)
        print(report_text)


def _roster_students(path: Path) -> tuple[list[RosterStudent], dict[str, list[RosterStudent]]]:
    """The roster, and each student's classmates (their teacher's students, themselves
    included) when the file says who teaches whom."""
    import csv

    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    students = [
        RosterStudent(row["id"], row["name"], row["id"], split_nicknames(row.get("nickname")))
        for row in rows
    ]
    teachers: dict[str, list[RosterStudent]] = {}
    for row, student in zip(rows, students, strict=True):
        teachers.setdefault(row.get("teacher_id") or "", []).append(student)
    classes = {
        student.id: teachers[row.get("teacher_id") or ""]
        for row, student in zip(rows, students, strict=True)
    }
    return students, classes


def _teacher_names(students_csv: Path) -> dict[str, list[str]]:
    """Each student's teacher's name, from the teachers.csv beside the students file (none
    without one): filing reads a document with its teacher's name, and so does the eval."""
    import csv

    teachers_csv = students_csv.with_name("teachers.csv")
    if not teachers_csv.exists():
        return {}
    with teachers_csv.open(encoding="utf-8-sig", newline="") as handle:
        names = {row["id"]: row["name"] for row in csv.DictReader(handle)}
    with students_csv.open(encoding="utf-8-sig", newline="") as handle:
        return {
            row["id"]: [names[row["teacher_id"]]]
            for row in csv.DictReader(handle)
            if names.get(row.get("teacher_id") or "")
        }


@app.command()
def demo(
    data: Annotated[Path, typer.Option(help="Folder with roster/ and documents/.")] = (
        DEFAULT_MOCK_DATA
    ),
) -> None:
    """Set up the demo database, load the demo roster and documents, and show what was filed.

    It fills flourish-demo.db unless DATABASE_URL is set, never the database `serve` uses."""
    if not (data / "roster").is_dir() or not (data / "documents").is_dir():
        typer.secho(
            f"No demo data in {data}: --data needs a folder with roster/ and documents/.",
            err=True,
            fg="red",
        )
        raise typer.Exit(2)
    settings = _settings().for_demo()
    console.print(f"Demo database: {safe_url(settings.database_url)}")
    upgrade(settings.database_url)
    sessions = _sessions(settings)
    with unit_of_work(sessions) as session:
        _print_roster(import_roster(session, _roster_files(sorted(data.glob("roster/*.csv")))))
    failures = _file_documents(
        settings,
        sessions,
        list(_document_files([data / "documents"])),
        "Filing demo documents",
        uploaded_by="demo",
    )
    if failures:
        raise typer.Exit(1)
    with sessions() as session:
        _print_entry_summary(session)
    _assess_all(settings, sessions, workers=1)
    with sessions() as session:
        _print_levels(session)
    # The teachers' side of the loop, so badges, targets, charts and digests have a history.
    from flourish.demo_term import play_term

    console.print(play_term(sessions, tz=settings.flourish_timezone).summary())


def _print_entry_summary(session: Session) -> None:
    rows = session.execute(
        select(Student.id, Student.name, DataEntry.entry_type, func.count(DataEntry.id))
        .join(DataEntry, DataEntry.student_id == Student.id)
        .group_by(Student.id, Student.name, DataEntry.entry_type)
        .order_by(Student.id)
    ).all()
    counts: dict[str, Counter[str]] = {}
    for student_id, name, entry_type, count in rows:
        counts.setdefault(f"{student_id}\n{name}", Counter())[entry_type] = count
    # Types down, students across: seven rows stay readable however narrow the terminal.
    table = Table(title="Entries per student and type", box=box.SIMPLE_HEAD)
    table.add_column("Entry type", no_wrap=True)
    for student in counts:
        table.add_column(student, justify="right")
    for entry_type in EntryType:
        table.add_row(entry_type.short_label, *(str(c[entry_type.value]) for c in counts.values()))
    table.add_section()
    table.add_row("Total", *(str(sum(c.values())) for c in counts.values()), style="bold")
    console.print(table)


@app.command()
def serve(
    http: Annotated[bool, typer.Option("--http", help="Serve Slack's HTTP requests.")] = False,
    socket: Annotated[bool, typer.Option("--socket", help="Use Socket Mode.")] = False,
    host: Annotated[str, typer.Option(help="HTTP address to bind.")] = "0.0.0.0",
    port: Annotated[int, typer.Option(min=1, max=65535, help="HTTP port.")] = 3000,
    threads: Annotated[int, typer.Option(min=1, help="HTTP worker threads.")] = 8,
    no_scheduler: Annotated[
        bool,
        typer.Option(
            "--no-scheduler",
            help="Do not run the weekly digest here (one scheduler per deployment).",
        ),
    ] = False,
) -> None:
    """Run the Slack app: Socket Mode (SLACK_APP_TOKEN) or HTTP at /slack/events.

    SIGTERM or SIGINT stops it gracefully: no new requests; what was begun is finished
    within FLOURISH_SHUTDOWN_GRACE_SECONDS, then it exits 0 (1 if the grace ran out)."""
    from bot.app import create_bot
    from bot.server import SocketModeServer, http_server
    from flourish.shutdown import exit_after_serving, serve_until_stopped

    settings = _settings()
    if http and socket:
        errors.print("[red]Choose one of --http and --socket.[/red]")
        raise typer.Exit(2)
    app_token = settings.slack_app_token
    use_socket = socket or (not http and app_token is not None)
    if use_socket and app_token is None:
        errors.print("[red]Socket Mode needs SLACK_APP_TOKEN (an xapp- token).[/red]")
        raise typer.Exit(2)
    # The same checks as `flourish doctor`: a deployment that cannot work does not start
    # (and so never answers Slack 200 for what it could not do).
    failed = [check for check in run_checks(settings, socket_mode=use_socket) if check.failed]
    for check in failed:
        errors.print(str(check), style="red", highlight=False, soft_wrap=True)
    if failed:
        errors.print(
            "Not starting: fix the failed check above (`flourish doctor` runs them all).",
            soft_wrap=True,
        )
        raise typer.Exit(1)
    configure_logging(settings.flourish_log_level, settings.flourish_log_format)
    log.info("checks passed: database, Slack tokens and scopes, model server")
    sessions = _sessions(settings)
    try:
        bot = create_bot(settings, sessions, build_assessor(settings))
    except ValueError as error:
        errors.print(f"[red]{error}[/red]")
        raise typer.Exit(2) from error
    server = (
        SocketModeServer(bot.app, app_token.get_secret_value())
        if use_socket and app_token is not None
        else http_server(
            bot.app,
            sessions,
            bot.signing_secret,
            host=host,
            port=port,
            threads=threads,
            metrics=bot.metrics,
        )
    )
    bot.assessments.start()
    bot.uploads.start()
    scheduler = None
    if not no_scheduler:
        from flourish.scheduler import start_scheduler

        scheduler = start_scheduler(settings, sessions, bot.app.client, metrics=bot.metrics)
    finished = serve_until_stopped(
        server, bot, scheduler, grace_seconds=settings.flourish_shutdown_grace_seconds
    )
    exit_after_serving(finished)


def _print_levels(session: Session) -> None:
    students = session.execute(select(Student.id, Student.name).order_by(Student.id)).all()
    levels = {student_id: latest_levels(session, student_id) for student_id, _ in students}
    assessed = [skill for skill in Skill if any(skill in by_skill for by_skill in levels.values())]
    table = Table(
        title="Latest proposed level per skill (awaiting teacher review)",
        box=box.SIMPLE_HEAD,
        padding=(0, 1),
    )
    table.add_column("Skill", no_wrap=True)
    for student_id, name in students:
        table.add_column(f"{student_id}\n{name}", min_width=10, no_wrap=True)
    for skill in assessed:
        table.add_row(
            skill.value,
            *(
                levels[student_id][skill].level.value if skill in levels[student_id] else "-"
                for student_id, _ in students
            ),
        )
    console.print(table)


@app.command()
def digest(
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Print every digest; send nothing.")
    ] = False,
    week: Annotated[
        datetime | None,
        typer.Option(
            formats=["%Y-%m-%d"],
            help="A day of the week the digest is sent in (default: this week). "
            "It reports on the Monday-to-Sunday before.",
        ),
    ] = None,
) -> None:
    """Send this week's digests now (to teachers not sent one yet), or print them."""
    settings = _settings()
    week_start = week_of(week.date() if week else _today(settings))
    sessions = _sessions(settings)
    if dry_run:
        with sessions() as session:
            digests = compose_digests(session, week_start, tz=settings.flourish_timezone)
        _print_digests(week_start, digests)
        return
    if settings.slack_bot_token is None:
        errors.print("[red]Sending digests needs SLACK_BOT_TOKEN (or use --dry-run).[/red]")
        raise typer.Exit(2)
    from bot.app import web_client
    from bot.digest_sender import SlackDigestSender
    from flourish.scheduler import run_digest

    configure_logging(settings.flourish_log_level, settings.flourish_log_format)
    report = run_digest(
        settings, sessions, SlackDigestSender(web_client(settings)), week=week_start
    )
    console.print(f"Digests, {report.summary()}.")
    for teacher_id, error in sorted(report.errors.items()):
        errors.print(f"[yellow]{teacher_id}:[/yellow] {error}")
    if report.failed or report.locked_out:
        raise typer.Exit(1)


def _print_digests(week_start: date, digests: list[TeacherDigest]) -> None:
    from rich.panel import Panel

    to_send = [d for d in digests if not d.is_empty]
    for item in to_send:
        console.print(Panel(_digest_text(item), title=f"{item.teacher_id} {item.teacher_name}"))
    quiet = [d.teacher_id for d in digests if d.is_empty]
    period = digests[0].period if digests else Period.for_digest(week_start, ZoneInfo("UTC"))
    console.print(f"Week of {week_start} (reporting on {period.first} to {period.last}):")
    console.print(
        f"{len(to_send)} digest(s) to send; nothing to report for {len(quiet)} teacher(s)"
        + (f": {', '.join(quiet)}." if quiet else ".")
    )


def _digest_text(item: TeacherDigest) -> str:
    from rich.markup import escape

    lines: list[str] = []
    if item.highlight:
        lines.append(f"[bold]Growth of the week:[/bold] {escape(item.highlight.text)}")
    if item.badges:
        # One line per student, the highest badge per skill: as the digest in Slack shows it.
        students = item.badges_by_student()
        lines.append(f"[bold]Badges earned ({len(item.badges)}, {len(students)} student(s))[/bold]")
        lines += [
            f"  {escape(s.student_name)} ({s.student_id}): "
            + ", ".join(f"{b.skill.value} ({b.level.value}, {b.tier.value})" for b in s.highest)
            for s in students
        ]
    if item.targets_completed:
        lines.append(f"[bold]Targets reached ({len(item.targets_completed)})[/bold]")
        lines += [
            f"  {escape(t.student_name)} ({t.student_id}), {t.skill.value}: "
            f"{t.starting_level.value} -> {t.target_level.value}"
            for t in item.targets_completed
        ]
    if item.active_targets:
        lines.append(f"[bold]Working towards ({len(item.active_targets)})[/bold]")
        lines += [
            f"  {escape(t.student_name)} ({t.student_id}), {t.skill.value}: aiming for "
            f"{t.target_level.value}, now {t.current_level.value if t.current_level else '-'}"
            for t in item.active_targets
        ]
    if item.check_ins:
        lines.append(f"[bold]Worth a check-in ({len(item.check_ins)})[/bold]")
        lines += [
            f"  {escape(c.student_name)} ({c.student_id}): {escape(c.reason)}"
            for c in item.check_ins
        ]
    lines.append(f"Awaiting review: {item.awaiting_review}")
    slack = item.slack_user_id or "no Slack user: would be skipped"
    lines.append(f"[dim]To: {slack}[/dim]")
    return "\n".join(lines)


@app.command()
def scheduler(
    metrics_port: Annotated[
        int | None,
        typer.Option(min=1, max=65535, help="Serve /metrics (its digest counts) on this port."),
    ] = None,
    metrics_host: Annotated[str, typer.Option(help="Address for --metrics-port.")] = "0.0.0.0",
) -> None:
    """Run the weekly digest scheduler alone (run `serve --no-scheduler` beside it)."""
    from bot.app import web_client
    from flourish.scheduler import run_scheduler_forever

    settings = _settings()
    if settings.slack_bot_token is None:
        errors.print("[red]The digest scheduler needs SLACK_BOT_TOKEN.[/red]")
        raise typer.Exit(2)
    configure_logging(settings.flourish_log_level, settings.flourish_log_format)
    run_scheduler_forever(
        settings,
        _sessions(settings),
        web_client(settings),
        metrics_address=(metrics_host, metrics_port) if metrics_port else None,
    )


if __name__ == "__main__":
    main()
