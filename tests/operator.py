"""Running `flourish` as a school's IT admin does: a real process, settings from its
environment only, this checkout's code, and a working folder of the test's own."""

from __future__ import annotations

import os
import random
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


# Ports handed to servers that tests start in processes of their own, which bind the port a
# while after free_port returns. They lie below Linux's ephemeral range (32768-60999), so no
# client socket and no `bind(0)` takes one meanwhile, and each xdist worker has a slice of
# its own, so two workers of a run never get the same port (a server of one worker answering
# another's health check, or the "down" port of one test being up in another).
PORTS = range(20000, 32000)
_handed_out: set[int] = set()


def worker_ports() -> range:
    """This process's slice of PORTS: all of it unless it is an xdist worker."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw")
    count = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1"))
    size = len(PORTS) // count
    start = PORTS.start + (int(worker) % count) * size
    return range(start, start + size)


def free_port() -> int:
    """A port nothing listens on (a server that is down, or one to start), not handed out
    before in this process."""
    ports = worker_ports()
    # From a random point, so that two runs at once (two checkouts' suites) rarely meet.
    first = random.randrange(len(ports))
    for step in range(len(ports)):
        port = ports[(first + step) % len(ports)]
        if port in _handed_out:
            continue
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue  # another program's
        _handed_out.add(port)
        return port
    raise RuntimeError(f"no free port left in {ports}")
