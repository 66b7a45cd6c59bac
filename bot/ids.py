"""Every slash command, action, block and callback id the app uses, in one place."""

from __future__ import annotations

PROGRESS_COMMAND = "/progress"
