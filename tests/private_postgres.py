"""A PostgreSQL cluster of the test's own, for tests that need the database to go away.

`initdb` into a temporary folder and `pg_ctl` on a free port: stopping it never touches the
shared server other tests (and other runs) use. PostgreSQL refuses to run as root, so as
root the cluster belongs to the `postgres` user. Without the server binaries the test
fails (in CI) rather than skipping: it is what proves nothing is lost when the database
fails.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.operator import free_port


def _bindir() -> Path:
    pg_config = shutil.which("pg_config")
    if pg_config:
        found = Path(subprocess.check_output([pg_config, "--bindir"], text=True).strip())
        if (found / "initdb").exists():
            return found
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if candidates:
        return candidates[-1].parent
    if os.environ.get("CI"):
        raise RuntimeError("PostgreSQL's server binaries (initdb, pg_ctl) are not installed")
    pytest.skip("PostgreSQL's server binaries (initdb, pg_ctl) are not installed")


class PrivateCluster:
    def __init__(self, root: Path) -> None:
        self.bindir = _bindir()
        self.data = root / "data"
        self.sockets = root / "sockets"
        self.log = root / "server.log"
        self.port = free_port()
        self._as_postgres = os.geteuid() == 0
        self.sockets.mkdir()
        if self._as_postgres:
            shutil.chown(root, "postgres")
            shutil.chown(self.sockets, "postgres")
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "-A", "trust", "--no-sync")

    @property
    def url(self) -> str:
        return f"postgresql+psycopg2://postgres@127.0.0.1:{self.port}/postgres"

    def start(self) -> None:
        options = f"-p {self.port} -k {self.sockets} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "start")

    def stop(self) -> None:
        """Stop at once, as a crash or an outage would: connections are cut."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def _run(self, tool: str, *args: str) -> None:
        command = [str(self.bindir / tool), *args]
        if self._as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=120)


@pytest.fixture
def private_postgres() -> Iterator[PrivateCluster]:
    root = Path(tempfile.mkdtemp(prefix="flourish-pg-"))
    os.chmod(root, 0o755)
    cluster = PrivateCluster(root)
    cluster.start()
    try:
        yield cluster
    finally:
        # It may have been stopped by the test already.
        with contextlib.suppress(subprocess.CalledProcessError):
            cluster.stop()
        shutil.rmtree(root, ignore_errors=True)
