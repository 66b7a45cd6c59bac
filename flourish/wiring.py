"""Building the parts from settings: one place, shared by the CLI and the Slack app."""

from __future__ import annotations

from datetime import timedelta

import openai
from sqlalchemy.orm import Session, sessionmaker

from domain.assessors.base import Assessor
from domain.assessors.offline import OfflineAssessor
from domain.assessors.openai_assessor import OpenAIAssessor
from domain.db import make_engine, session_factory
from domain.queue import QueuePolicy
from flourish.settings import Settings


def build_sessions(settings: Settings) -> sessionmaker[Session]:
    return session_factory(make_engine(settings.database_url))


def build_assessor(settings: Settings) -> Assessor:
    if settings.assessor_kind == "offline":
        return OfflineAssessor()
    return OpenAIAssessor(openai_client(settings), settings.openai_model)


def openai_client(settings: Settings) -> openai.OpenAI:
    """The client of the OpenAI-compatible model server, for the assessor and `doctor`."""
    if settings.openai_api_key is None and settings.openai_base_url is None:
        raise ValueError("FLOURISH_ASSESSOR=openai needs OPENAI_API_KEY (or OPENAI_BASE_URL)")
    return openai.OpenAI(
        api_key=(
            settings.openai_api_key.get_secret_value() if settings.openai_api_key else "unused"
        ),
        base_url=settings.openai_base_url,
        timeout=settings.openai_timeout_seconds,
        max_retries=settings.openai_max_retries,
    )


def queue_policy(settings: Settings) -> QueuePolicy:
    return QueuePolicy(
        lease=timedelta(seconds=settings.flourish_assess_lease_seconds),
        max_attempts=settings.flourish_assess_max_attempts,
        first_backoff=timedelta(seconds=settings.flourish_assess_backoff_seconds),
    )
