"""Running `flourish` as a school's IT admin does: a real process, settings from its
environment only, this checkout's code, and a working folder of the test's own."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Settings the test's own environment must not leak into the command's.
SETTING_PREFIXES = ("DATABASE_URL", "SLACK_", "OPENAI_", "FLOURISH_")
# Seconds a command may take. Callers spreading a dict of settings pass it positionally, so
# that no setting can be taken for the timeout.
TIMEOUT = 120.0


def flourish(
    args: list[str], cwd: Path, timeout: float = TIMEOUT, **settings: str
) -> subprocess.CompletedProcess[str]:
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(SETTING_PREFIXES) or name == "FLOURISH_TEST_POSTGRES_URL"
    }
    env |= {"PYTHONPATH": str(ROOT), "COLUMNS": "100", **settings}
    return subprocess.run(
        [sys.executable, "-m", "flourish", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def told_in_a_line(result: subprocess.CompletedProcess[str]) -> str:
    """The failure's stderr, checked to be a short message and no traceback."""
    assert result.returncode != 0, result.stdout
    lines = result.stderr.strip().splitlines()
    assert 1 <= len(lines) <= 2, result.stderr
    assert "Traceback" not in result.stderr
    return result.stderr


def free_port() -> int:
    """A port nothing listens on (a server that is down)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
