"""The weekly digest's schedule: one APScheduler 3 scheduler per deployment, inside
`flourish serve` (unless `--no-scheduler`) or alone as `flourish scheduler`.

A cron job fires at the configured weekday and time in the school's zone. Jobs live in
memory, so a run missed while the process was down is caught up at start: if this week's
run time has passed, the job runs at once (sending only what the week's delivery rows do
not show as sent, so a restart after a complete run sends nothing). The generous misfire
grace covers the other way to miss a run: a process that was up but stalled (a suspended
VM, a blocked thread). A run that leaves a post Slack refused, or that found the week
locked by another scheduler, is tried again for the same week a little later.
"""

from __future__ import annotations

import logging
import signal
import threading
import time as clock
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from types import FrameType
from typing import Any
from zoneinfo import ZoneInfo

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from prometheus_client import start_http_server
from slack_sdk import WebClient
from sqlalchemy.orm import Session, sessionmaker

from domain.digest import week_of
from domain.digest_delivery import DeliveryReport, Sender, deliver_week
from domain.models import utcnow
from domain.retention import PurgeReport, purge_expired
from flourish.metrics import Metrics
from flourish.settings import Settings

log = logging.getLogger(__name__)

DIGEST_JOB = "weekly_digest"
RETRY_JOB = "weekly_digest_retry"
RETENTION_JOB = "evidence_retention"
# Nightly, in the school's zone, when nobody is reviewing.
RETENTION_TIME = time(2, 30)
MISFIRE_GRACE = timedelta(days=6)
RETRY_DELAY = timedelta(minutes=15)
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def school_zone(settings: Settings) -> ZoneInfo:
    return ZoneInfo(settings.flourish_timezone)


def digest_trigger(settings: Settings) -> CronTrigger:
    hour, minute = (int(part) for part in settings.flourish_digest_time.split(":"))
    return CronTrigger(
        day_of_week=settings.flourish_digest_day,
        hour=hour,
        minute=minute,
        timezone=school_zone(settings),
    )


def scheduled_time(settings: Settings, week_start: date) -> datetime:
    """When the digest of the week starting `week_start` is due, in the school's zone."""
    hour, minute = (int(part) for part in settings.flourish_digest_time.split(":"))
    day = week_start + timedelta(days=DAYS.index(settings.flourish_digest_day))
    return datetime.combine(day, time(hour, minute), tzinfo=school_zone(settings))


def catch_up_due(settings: Settings, now: datetime) -> bool:
    """True when this week's run time has passed: a run may have been missed."""
    local = now.astimezone(school_zone(settings))
    return local >= scheduled_time(settings, week_of(local.date()))


def run_digest(
    settings: Settings,
    sessions: sessionmaker[Session],
    sender: Sender,
    *,
    week: date | None = None,
    sleep: Callable[[float], object] = clock.sleep,
    should_stop: Callable[[], bool] = lambda: False,
) -> DeliveryReport:
    """The job: deliver the digests of `week` (default: the week it is now at the school)."""
    zone = school_zone(settings)
    week_start = week or week_of(datetime.now(zone).date())
    return deliver_week(
        sessions,
        week_start,
        sender,
        tz=zone,
        pace_seconds=settings.flourish_digest_pace_seconds,
        max_attempts=settings.flourish_digest_max_attempts,
        sleep=sleep,
        should_stop=should_stop,
    )


def run_retention(settings: Settings, sessions: sessionmaker[Session]) -> PurgeReport | None:
    """The nightly job: purge evidence older than FLOURISH_RETENTION_DAYS (None: unset).
    Two schedulers running it at once purge each entry once (domain/retention.py)."""
    days = settings.flourish_retention_days
    if days is None:
        return None
    report = purge_expired(
        sessions, utcnow(), days, keep_levels=settings.flourish_retention_keep_levels
    )
    log.info(
        "retention: %s entries of %s students purged (%s levels kept, %s assessments removed)",
        report.entries,
        report.students,
        report.assessments_kept,
        report.assessments_removed,
    )
    return report


def add_retention_job(
    scheduler: BackgroundScheduler,
    settings: Settings,
    sessions: sessionmaker[Session],
    *,
    catch_up: bool = True,
) -> None:
    """Nightly when FLOURISH_RETENTION_DAYS is set; at start too, since jobs live in memory
    and a night the process was down would otherwise be skipped."""
    if settings.flourish_retention_days is None:
        return
    zone = school_zone(settings)
    options: dict[str, Any] = {"next_run_time": datetime.now(zone)} if catch_up else {}
    scheduler.add_job(
        run_retention,
        CronTrigger(hour=RETENTION_TIME.hour, minute=RETENTION_TIME.minute, timezone=zone),
        args=(settings, sessions),
        id=RETENTION_JOB,
        name="evidence retention",
        replace_existing=True,
        **options,
    )


class DigestScheduler(BackgroundScheduler):
    """A BackgroundScheduler whose shutdown also stops a digest run between two posts."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.stopping = threading.Event()

    def shutdown(self, wait: bool = True) -> None:
        self.stopping.set()
        super().shutdown(wait=wait)


def start_scheduler(
    settings: Settings,
    sessions: sessionmaker[Session],
    client: WebClient | None,
    *,
    sender: Sender | None = None,
    catch_up: bool = True,
    metrics: Metrics | None = None,
) -> DigestScheduler:
    """Start the weekly digest job in a background thread; returns the running scheduler.
    Each run's outcomes are counted in `metrics` (the app's, when it runs inside `serve`)."""
    if sender is None:
        if client is None:
            raise ValueError("the digest scheduler needs a Slack client or a sender")
        from bot.digest_sender import SlackDigestSender

        sender = SlackDigestSender(client)
    zone = school_zone(settings)
    scheduler = DigestScheduler(
        timezone=zone,
        job_defaults={
            "coalesce": True,
            "max_instances": 1,
            "misfire_grace_time": int(MISFIRE_GRACE.total_seconds()),
        },
    )
    chosen: Sender = sender
    counted = metrics or Metrics()

    def job(week: date | None = None) -> None:
        report = run_digest(
            settings,
            sessions,
            chosen,
            week=week,
            # Pacing waits on the stop signal, so a shutdown ends a run between two posts.
            sleep=scheduler.stopping.wait,
            should_stop=scheduler.stopping.is_set,
        )
        counted.digest_run(report)
        if report.needs_another_run and not scheduler.stopping.is_set():
            again = datetime.now(zone) + RETRY_DELAY
            log.info("digest week %s: trying again at %s", report.week_start, again)
            scheduler.add_job(
                job,
                "date",
                run_date=again,
                kwargs={"week": report.week_start},
                id=RETRY_JOB,
                replace_existing=True,
            )

    options: dict[str, Any] = {}
    now = datetime.now(zone)
    if catch_up and catch_up_due(settings, now):
        log.info("digest: this week's run time has passed; catching up now")
        options["next_run_time"] = now
    scheduler.add_job(
        job,
        digest_trigger(settings),
        id=DIGEST_JOB,
        name="weekly digest",
        replace_existing=True,
        **options,
    )
    add_retention_job(scheduler, settings, sessions, catch_up=catch_up)
    scheduler.start()
    next_run = scheduler.get_job(DIGEST_JOB).next_run_time
    log.info("digest scheduled (%s); next run %s", settings.flourish_timezone, next_run)
    return scheduler


def run_scheduler_forever(
    settings: Settings,
    sessions: sessionmaker[Session],
    client: WebClient,
    *,
    metrics_address: tuple[str, int] | None = None,
) -> None:
    """`flourish scheduler`: the digest job alone, until interrupted or terminated; with
    `metrics_address`, its metrics (digests, the queue) served there at /metrics."""
    metrics = Metrics(sessions)
    exporter = None
    if metrics_address is not None:
        host, port = metrics_address
        exporter, _ = start_http_server(port, host, registry=metrics.registry)
        log.info("serving metrics on http://%s:%s/metrics", host, port)
    scheduler = start_scheduler(settings, sessions, client, metrics=metrics)
    done = threading.Event()

    def terminate(signum: int, frame: FrameType | None) -> None:
        done.set()

    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        while not done.wait(timeout=3600):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        # Lets a run in progress finish the post it is on, then stop.
        scheduler.shutdown(wait=True)
        if exporter is not None:
            exporter.shutdown()
