"""docs/deploy.md's first run, as processes: on a database nobody has migrated, the guide's
own roster CSVs, `flourish db upgrade`, `flourish roster import`, `flourish doctor`, then
what flourish.service runs (`serve --no-scheduler`) in Socket Mode against the fake
workspace (`python -m tests.fakes.workspace`), which plays a teacher's first use: a share
in the bot's DM filed and answered, `/progress` answered. The teacher is on the roster by
email only, so the app must link them through `users.lookupByEmail`. SIGTERM stops it
cleanly, as `systemctl stop` does.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from sqlalchemy import select

from domain.db import make_engine
from domain.models import DataEntry, Teacher
from tests.operator import ROOT, SETTING_PREFIXES, flourish, free_port
from tests.operator import TIMEOUT as COMMAND_TIMEOUT

GUIDE = ROOT / "docs" / "deploy.md"
SHARED = ROOT / "mock_data" / "documents" / "S001_reflection_2025-08-29.md"
TEACHER_SLACK_ID = "U01RODRIGUEZ"
TIMEOUT = 90.0


def _guide_roster(folder: Path) -> list[str]:
    """The guide's CSV blocks, saved under the names its import command gives them."""
    names = []
    for block in re.findall(r"^```csv\n(.*?)^```", GUIDE.read_text(), re.MULTILINE | re.DOTALL):
        name = "teachers.csv" if block.startswith("id,name,email") else "students.csv"
        (folder / name).write_text(block)
        names.append(name)
    assert sorted(names) == ["students.csv", "teachers.csv"]
    assert "flourish roster import teachers.csv students.csv" in GUIDE.read_text()
    return ["teachers.csv", "students.csv"]


def _settings(path: Path) -> dict[str, str]:
    pairs = (line.split("=", 1) for line in path.read_text().splitlines() if "=" in line)
    return {name: value for name, value in pairs}


class Lines:
    """A process's output, read as it comes, so a test can wait for a line."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.lines: list[str] = []
        self._changed = threading.Condition()
        self._thread = threading.Thread(target=self._read, args=(process,), daemon=True)
        self._thread.start()

    def _read(self, process: subprocess.Popen[str]) -> None:
        assert process.stdout is not None
        for line in process.stdout:
            with self._changed:
                self.lines.append(line.rstrip("\n"))
                self._changed.notify_all()

    def wait_for(self, pattern: str, timeout: float = TIMEOUT) -> str:
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                found = [line for line in self.lines if re.search(pattern, line)]
                if found:
                    return found[0]
                left = deadline - time.monotonic()
                assert left > 0, f"no line matching {pattern!r} in:\n" + "\n".join(self.lines)
                self._changed.wait(left)


def _stop(process: subprocess.Popen[str], timeout: float = 30) -> int:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
    try:
        return process.wait(timeout=timeout)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_the_guides_first_run_works_in_socket_mode(blank_db_url: str, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(SETTING_PREFIXES)}
    env["PYTHONPATH"] = str(ROOT)
    fake_env = tmp_path / "fake-slack.env"
    workspace = subprocess.Popen(
        [
            *(sys.executable, "-m", "tests.fakes.workspace", "--env", str(fake_env)),
            *("--user", f"{TEACHER_SLACK_ID}=rodriguez@school.example"),
            *("--share-as", TEACHER_SLACK_ID, "--share", str(SHARED), "--progress", "S001"),
            *("--timeout", str(TIMEOUT)),
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    serve: subprocess.Popen[str] | None = None
    try:
        said = Lines(workspace)
        said.wait_for(r"settings written", timeout=30)
        settings = {
            **_settings(fake_env),
            "DATABASE_URL": blank_db_url,
            "FLOURISH_ASSESSOR": "offline",
        }
        roster = _guide_roster(tmp_path)
        for command in (["db", "upgrade"], ["roster", "import", *roster], ["doctor"]):
            done = flourish(command, tmp_path, COMMAND_TIMEOUT, **settings)
            assert done.returncode == 0, (
                f"flourish {' '.join(command)}:\n{done.stdout}{done.stderr}"
            )
        assert done.stdout.rstrip().endswith("Ready to serve."), done.stdout
        assert "Slack app token: set for Socket Mode" in done.stdout

        # flourish.service's ExecStart (its port unused in Socket Mode, but free all the same).
        serve = subprocess.Popen(
            [
                *(sys.executable, "-m", "flourish", "serve", "--no-scheduler"),
                *("--host", "127.0.0.1", "--port", str(free_port())),
            ],
            cwd=tmp_path,
            env={**env, **settings},
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        served = Lines(serve)
        said.wait_for(r"the app connected over Socket Mode")
        said.wait_for(r"the bot replied in the teacher's DM: 'Filed ")
        said.wait_for(r"/progress S001 answered: 'Eva \(S001\)")
        said.wait_for(r"a teacher's first use worked")

        assert _stop(serve) == 0, "\n".join(served.lines)
        assert served.wait_for(r"flourish.shutdown stopped")
        # Nothing the teacher shared reached the log.
        words = max(SHARED.read_text().splitlines(), key=len)[:40]
        assert words and not [line for line in served.lines if words in line]
    finally:
        if serve is not None:
            _stop(serve)
        workspace_status = _stop(workspace)
    assert workspace_status == 0, "\n".join(said.lines)

    engine = make_engine(blank_db_url)
    try:
        with engine.connect() as connection:
            linked = connection.scalar(select(Teacher.slack_user_id).where(Teacher.id == "T001"))
            filed = connection.scalars(select(DataEntry.student_id)).all()
    finally:
        engine.dispose()
    assert linked == TEACHER_SLACK_ID  # by email, as the guide says
    assert filed == ["S001"]
