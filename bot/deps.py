"""What listeners need, handed to them once at registration (no globals)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker


@dataclass(frozen=True)
class BotDeps:
    sessions: sessionmaker[Session]
    admins: frozenset[str]
