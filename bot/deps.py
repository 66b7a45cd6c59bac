"""What listeners need, handed to them once at registration (no globals)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session, sessionmaker

from bot.after_ack import AfterAck
from bot.pacer import DM_PACER, ChannelPacer
from domain.uploads import UploadPolicy
from flourish.metrics import Metrics


@dataclass(frozen=True)
class BotDeps:
    sessions: sessionmaker[Session]
    admins: frozenset[str]
    # Where listeners' work goes once they have acked.
    after_ack: AfterAck
    max_upload_bytes: int = 2_000_000
    timezone: str = "UTC"
    upload_policy: UploadPolicy = field(default_factory=UploadPolicy)
    # Tells the assessment runner there is new work (uploads); a no-op without one.
    wake_assessments: Callable[[], None] = lambda: None
    # What the app counts (uploads received and told); the app's own, served at /metrics.
    metrics: Metrics = field(default_factory=Metrics)
    # Posts to one DM leave a second apart (Slack's pace), shared with the announcer.
    pacer: ChannelPacer = DM_PACER

    def today(self) -> date:
        """The school's date: an upload's default entry date."""
        return datetime.now(ZoneInfo(self.timezone)).date()
