"""The upload sweeper: at start and then periodically, finishes shares that a crash, a
failed download or the database going away left unsettled, and tells teachers outcomes
that never reached them. Safe beside other instances: every receipt is taken by a
conditional claim (domain/uploads.py)."""

from __future__ import annotations

import logging
import threading

from slack_sdk import WebClient

from bot.deps import BotDeps
from bot.uploads import sweep

log = logging.getLogger(__name__)


class UploadSweeper:
    def __init__(self, deps: BotDeps, client: WebClient, *, every_seconds: float) -> None:
        self._deps = deps
        self._client = client
        self._every = every_seconds
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._loop, name="upload-sweeper", daemon=True)
            self._thread.start()

    def request_stop(self) -> None:
        self._stop.set()

    def stop(self, timeout: float = 10.0) -> bool:
        """Stop after the receipt in hand; True when the thread has ended."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            return not self._thread.is_alive()
        return True

    def run_once(self) -> int:
        return sweep(self._deps, self._client)

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                handled = self.run_once()
                if handled:
                    log.info("upload sweeper finished %s receipt(s)", handled)
            except Exception as error:  # the loop must outlive a bad pass (database down)
                log.error("upload sweep failed: %s", type(error).__name__)
            self._stop.wait(self._every)
