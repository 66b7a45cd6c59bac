"""What an operator is told when a command fails: a line or two they can act on, no traceback.

Only names, codes and the database's own first line are shown: never a setting's value (it
may be a secret) nor a statement's parameters (they may be student data).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from pydantic import ValidationError
from slack_bolt.error import BoltError
from slack_sdk.errors import SlackApiError
from sqlalchemy.exc import DBAPIError

from domain.errors import FlourishError
from flourish.doctor import TOKEN_ERRORS, check_database, safe_url
from flourish.settings import describe_settings_error

DEBUG_HINT = "Run `flourish --debug ...` to see the traceback."


def explain(error: BaseException, database_url: Callable[[], str]) -> list[str]:
    """The lines to print for `error`; `database_url` is asked only for database errors."""
    if isinstance(error, ValidationError) and error.title == "Settings":
        return describe_settings_error(error)
    slack = _in_chain(error, SlackApiError)
    if slack is not None:
        return [describe_slack_error(slack)]
    if isinstance(error, BoltError):
        return [_first_line(error)]
    if isinstance(error, DBAPIError):
        return [describe_database_error(error, database_url())]
    if isinstance(error, FlourishError | ValueError):
        return [_first_line(error)]
    if isinstance(error, OSError) and error.strerror:
        where = f": {error.filename}" if error.filename else ""
        return [f"{error.strerror}{where}."]
    return [f"Unexpected {type(error).__name__}: {_first_line(error)}", DEBUG_HINT]


def describe_slack_error(error: SlackApiError) -> str:
    code = error.response.get("error", "unknown_error") if error.response else "unknown_error"
    if code in TOKEN_ERRORS:
        return f"Slack refused SLACK_BOT_TOKEN ({code}): copy the app's current bot token."
    return f"Slack answered {code}."


def describe_database_error(error: DBAPIError, database_url: str) -> str:
    if error.statement is None:
        # Raised while connecting: no statement ran.
        reason = _first_line(error.orig) if error.orig is not None else _first_line(error)
        return f"Database: cannot reach {safe_url(database_url)}: {reason}"
    # A statement failed: most often the schema is missing or behind this release.
    state = check_database(database_url)
    if state.failed:
        return f"Database: {state.detail}"
    reason = _first_line(error.orig) if error.orig is not None else _first_line(error)
    return f"Database: {safe_url(database_url)} answered: {reason}"


def _in_chain(error: BaseException, kind: type[SlackApiError]) -> SlackApiError | None:
    for link in _chain(error):
        if isinstance(link, kind):
            return link
    return None


def _chain(error: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__
