"""What the suite's tests share, made safe for pytest-xdist's parallel workers: each worker
migrates and truncates a PostgreSQL database of its own (tests/conftest.py), dropped when
the worker ends, a PostgreSQL URL that is set but unreachable still fails the whole run,
and the ports handed to servers in processes of their own (tests/operator.py) are never
handed to two workers."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import make_url, text

from domain.db import make_engine
from tests.conftest import POSTGRES_URL, _worker_database_url
from tests.operator import PORTS, ROOT, free_port, worker_ports

TIMEOUT = 120
# The inner runs go without the Slack harness (tests/conftest.py's plugin): none of their
# tests needs it, and importing the app costs seconds in each of their processes.
PLUGINS_OFF = ("-p", "no:cacheprovider", "-p", "no:tests.slack_harness")


def _pytest(*args: str, postgres_url: str) -> subprocess.CompletedProcess[str]:
    """A run of the suite of its own, as a developer starts it."""
    env = {
        name: value
        for name, value in os.environ.items()
        # This process's own worker settings would make the inner run think it is a worker.
        if not name.startswith(("PYTEST_XDIST_", "PYTEST_ADDOPTS"))
    }
    env |= {"FLOURISH_TEST_POSTGRES_URL": postgres_url, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "pytest", *PLUGINS_OFF, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )


def test_a_workers_database_is_named_after_the_given_one() -> None:
    given = "postgresql+psycopg2://flourish:hunter2@db:5433/flourish_ci?sslmode=require"
    assert _worker_database_url(given, "gw1") == (
        "postgresql+psycopg2://flourish:hunter2@db:5433/flourish_ci_gw1?sslmode=require"
    )


@pytest.mark.skipif(not POSTGRES_URL, reason="FLOURISH_TEST_POSTGRES_URL is not set")
def test_this_process_tests_on_its_own_database(postgres_database_url: str) -> None:
    assert POSTGRES_URL
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    given = make_url(POSTGRES_URL).database
    expected = f"{given}_{worker}" if worker else given
    engine = make_engine(postgres_database_url)
    try:
        with engine.connect() as connection:
            assert connection.scalar(text("SELECT current_database()")) == expected
            if worker:  # a database of the suite's own, thrown away at the end
                assert connection.scalar(text("SHOW synchronous_commit")) == "off"
    finally:
        engine.dispose()


def _databases_named_like(url: str, prefix: str) -> list[str]:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return list(
                connection.scalars(
                    text("SELECT datname FROM pg_database WHERE starts_with(datname, :prefix)"),
                    {"prefix": prefix},
                )
            )
    finally:
        engine.dispose()


@pytest.mark.skipif(not POSTGRES_URL, reason="FLOURISH_TEST_POSTGRES_URL is not set")
def test_a_parallel_run_drops_the_databases_its_workers_made(postgres_database_url: str) -> None:
    # The inner run's workers name their databases after this process's, so they never
    # collide with the databases of this run's own workers.
    inner = f"{make_url(postgres_database_url).database}_gw"
    selected = f"{__file__}::test_this_process_tests_on_its_own_database"
    ran = _pytest("-n", "1", "-q", selected, postgres_url=postgres_database_url)
    assert ran.returncode == 0, ran.stdout + ran.stderr
    assert "1 passed" in ran.stdout
    assert _databases_named_like(postgres_database_url, inner) == []


def test_a_set_but_unreachable_postgresql_url_fails_a_parallel_run() -> None:
    down = f"postgresql+psycopg2://postgres@127.0.0.1:{free_port()}/flourish"
    ran = _pytest("-n", "2", "-q", "tests/test_dependencies.py", postgres_url=down)
    assert ran.returncode == pytest.ExitCode.USAGE_ERROR, ran.stdout + ran.stderr
    assert "FLOURISH_TEST_POSTGRES_URL is set but PostgreSQL cannot be reached" in ran.stderr
    assert "passed" not in ran.stdout and "skipped" not in ran.stdout


def test_each_worker_has_ports_of_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTEST_XDIST_WORKER_COUNT", "3")
    slices = []
    for worker in ("gw0", "gw1", "gw2"):
        monkeypatch.setenv("PYTEST_XDIST_WORKER", worker)
        slices.append(set(worker_ports()))
        assert free_port() in slices[-1]
    assert all(ports and ports <= set(PORTS) for ports in slices)
    assert not (slices[0] & slices[1] or slices[0] & slices[2] or slices[1] & slices[2])


def test_a_port_is_handed_out_once_and_free_when_it_is() -> None:
    ports = [free_port() for _ in range(50)]
    assert len(set(ports)) == len(ports)
    with socket.socket() as server:
        server.bind(("127.0.0.1", ports[-1]))  # the server it is for can have it


def test_the_ports_lie_below_the_kernels_ephemeral_range() -> None:
    # Else a client socket or a `bind(0)` (the fakes' servers) could take one meanwhile.
    ephemeral = Path("/proc/sys/net/ipv4/ip_local_port_range")
    if not ephemeral.exists():
        pytest.skip("not Linux: no ip_local_port_range")
    low, _high = map(int, ephemeral.read_text().split())
    assert PORTS.stop <= low
