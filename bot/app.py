"""The app factory: settings, database and Web API client in; a Bolt app out."""

from __future__ import annotations

from slack_bolt import App
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler
from sqlalchemy.orm import Session, sessionmaker

from bot.deps import BotDeps
from bot.errors import handle_error
from bot.identity import Identity
from bot.listeners import register_listeners
from flourish.settings import Settings


def web_client(settings: Settings) -> WebClient:
    client = WebClient(
        token=settings.slack_bot_token.get_secret_value() if settings.slack_bot_token else None,
        base_url=settings.slack_api_url,
    )
    # Slack answers bursts with 429 and Retry-After; the client waits and tries again.
    client.retry_handlers.append(RateLimitErrorRetryHandler(max_retry_count=5))
    return client


def create_app(
    settings: Settings, sessions: sessionmaker[Session], client: WebClient | None = None
) -> App:
    if settings.slack_signing_secret is None:
        raise ValueError("SLACK_SIGNING_SECRET is needed to verify requests from Slack")
    app = App(
        client=client or web_client(settings),
        signing_secret=settings.slack_signing_secret.get_secret_value(),
        # The token is checked once here rather than on every request.
        token_verification_enabled=True,
    )
    deps = BotDeps(sessions=sessions, admins=frozenset(settings.flourish_admins))
    app.use(Identity(deps).middleware())
    app.error(handle_error)
    register_listeners(app, deps)
    return app
