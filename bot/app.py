"""The app factory: settings, database, assessor and Web API client in; the Bolt app and
its background assessment runner out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from slack_bolt import App
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler
from sqlalchemy.orm import Session, sessionmaker

from bot.after_ack import AfterAck
from bot.assessment_runner import AssessmentRunner
from bot.deps import BotDeps
from bot.errors import handle_error
from bot.identity import Identity
from bot.listeners import register_listeners
from bot.log_privacy import withhold_request_bodies
from bot.pacer import DM_PACER, ChannelPacer
from bot.upload_sweeper import UploadSweeper
from domain.assessors.base import Assessor
from domain.uploads import UploadPolicy
from flourish.metrics import MeteredAssessor, Metrics
from flourish.settings import Settings
from flourish.wiring import queue_policy

# Enough to ride out a burst of 429s: each waits Slack's Retry-After.
RATE_LIMIT_RETRIES = 10
# Threads for the work after acks. Each one busy with Python competes for the GIL with the
# request threads that answer Slack: with 20 clients saturating the server, 4 gave acks a
# p99 under 100 ms where 8 did not, for the same throughput (BENCHMARKS.md). Each holds at
# most one database connection at a time.
AFTER_ACK_THREADS = 4


def web_client(settings: Settings) -> WebClient:
    client = WebClient(
        token=settings.slack_bot_token.get_secret_value() if settings.slack_bot_token else None,
        base_url=settings.slack_api_url,
    )
    # Slack answers bursts with 429 and Retry-After; the client waits and tries again.
    client.retry_handlers.append(RateLimitErrorRetryHandler(max_retry_count=RATE_LIMIT_RETRIES))
    return client


@dataclass(frozen=True)
class FlourishBot:
    app: App
    # Assesses uploads off the request path and posts the review messages; `serve` starts it.
    assessments: AssessmentRunner
    # Runs listeners' work after their ack.
    after_ack: AfterAck
    # Finishes uploads a crash or an outage left; `serve` starts it.
    uploads: UploadSweeper
    # For the HTTP server's own check of each request (bot/request_gate.py).
    signing_secret: str = field(repr=False)
    # Counted as the app works; served at /metrics in HTTP mode.
    metrics: Metrics = field(default_factory=Metrics)


def create_bot(
    settings: Settings,
    sessions: sessionmaker[Session],
    assessor: Assessor,
    client: WebClient | None = None,
    *,
    poll_seconds: float = 30.0,
    metrics: Metrics | None = None,
    pacer: ChannelPacer = DM_PACER,
) -> FlourishBot:
    """`pacer` holds posts to one conversation to Slack's pace; the process-wide one unless
    a test passes one on its own clock."""
    if settings.slack_signing_secret is None:
        raise ValueError("SLACK_SIGNING_SECRET is needed to verify requests from Slack")
    client = client or web_client(settings)
    signing_secret = settings.slack_signing_secret.get_secret_value()
    withhold_request_bodies()
    metrics = metrics or Metrics(sessions)
    app = App(
        client=client,
        # The HTTP server verifies each request before Bolt parses it; Bolt checks again.
        signing_secret=signing_secret,
        # The token is checked once here rather than on every request.
        token_verification_enabled=True,
        # Listeners answer on the request's thread and hand slower work to AfterAck, so an
        # ack never queues behind other people's work (bot/after_ack.py).
        process_before_response=True,
    )
    runner = AssessmentRunner(
        sessions,
        MeteredAssessor(assessor, metrics),
        queue_policy(settings),
        client,
        concurrency=settings.flourish_assess_concurrency,
        poll_seconds=poll_seconds,
        metrics=metrics,
        pacer=pacer,
    )
    after_ack = AfterAck(AFTER_ACK_THREADS)
    deps = BotDeps(
        sessions=sessions,
        admins=frozenset(settings.flourish_admins),
        after_ack=after_ack,
        max_upload_bytes=settings.flourish_max_upload_bytes,
        timezone=settings.flourish_timezone,
        wake_assessments=runner.wake,
        upload_policy=UploadPolicy(
            lease=timedelta(seconds=settings.flourish_upload_lease_seconds),
            date_order=settings.flourish_date_order,
        ),
        metrics=metrics,
        pacer=pacer,
    )
    app.use(Identity(deps).middleware())
    app.error(handle_error)
    register_listeners(app, deps)
    sweeper = UploadSweeper(deps, client, every_seconds=settings.flourish_upload_sweep_seconds)
    return FlourishBot(
        app=app,
        assessments=runner,
        after_ack=after_ack,
        uploads=sweeper,
        signing_secret=signing_secret,
        metrics=metrics,
    )
