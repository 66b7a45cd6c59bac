"""`flourish digest` and `flourish scheduler` as an operator runs them: real processes, a
real database, the local Slack."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from domain.curriculum import Level, Skill
from domain.db import unit_of_work
from domain.digest import week_of
from domain.models import DigestDelivery
from flourish.scheduler import DAYS
from tests.factories import add_assessment
from tests.fakes.slack_server import FakeSlack
from tests.slack_harness import wait_for
from tests.test_digest_delivery import (
    TEACHERS,
    ZONE,
    add_dated_entry,
    messages_per_teacher,
    on_slack,
    rows,
    school,
)

ROOT = Path(__file__).resolve().parent.parent
FLOURISH = [sys.executable, "-m", "flourish.cli"]


@pytest.fixture
def fake() -> Iterator[FakeSlack]:
    with FakeSlack() as slack:
        yield slack


def environment(db_url: str, fake: FakeSlack | None = None, **extra: str) -> dict[str, str]:
    env = {
        **os.environ,
        "DATABASE_URL": db_url,
        "FLOURISH_TIMEZONE": ZONE,
        "COLUMNS": "120",
        **extra,
    }
    env.pop("SLACK_BOT_TOKEN", None)
    if fake is not None:
        env.update(SLACK_BOT_TOKEN=fake.bot_token, SLACK_API_URL=fake.api_url)
    return env


def run(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*FLOURISH, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120
    )


def test_dry_run_prints_every_digest_and_sends_nothing(
    db_url: str, sessions: sessionmaker[Session], fake: FakeSlack, tmp_path: Path
) -> None:
    school(sessions)
    # Any day of the digest's week names it.
    result = run(
        ["digest", "--dry-run", "--week", "2025-11-12"], environment(db_url, fake), tmp_path
    )

    assert result.returncode == 0, result.stderr
    out = " ".join(result.stdout.split())  # as read, whatever the terminal's width
    for n in range(1, TEACHERS + 1):
        assert f"T{n:03d} Teacher {n}" in out
    assert "Awaiting review: 1" in out
    assert "Mr. Offline" in out and "no Slack user: would be skipped" in out
    assert "Week of 2025-11-10 (reporting on 2025-11-03 to 2025-11-09)" in out
    assert "7 digest(s) to send; nothing to report for 1 teacher(s): T901." in out
    assert fake.calls() == [] and rows(sessions) == {}


def test_sending_needs_a_bot_token(db_url: str, tmp_path: Path) -> None:
    result = run(["digest", "--week", "2025-11-10"], environment(db_url), tmp_path)
    assert result.returncode == 2 and "SLACK_BOT_TOKEN" in result.stderr


def test_serve_can_leave_the_digest_to_another_process(tmp_path: Path) -> None:
    result = run(["serve", "--help"], {**os.environ, "COLUMNS": "200"}, tmp_path)
    assert result.returncode == 0 and "--no-scheduler" in result.stdout


def test_digest_killed_mid_run_and_restarted_sends_the_rest_and_repeats_none(
    db_url: str, sessions: sessionmaker[Session], fake: FakeSlack, tmp_path: Path
) -> None:
    school(sessions)
    paced = environment(db_url, fake, FLOURISH_DIGEST_PACE_SECONDS="0.5")
    process = subprocess.Popen(
        [*FLOURISH, "digest", "--week", "2025-11-10"],
        cwd=tmp_path,
        env=paced,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(lambda: len(fake.messages) >= 2, timeout=60, what="two digests posted")
        # Into the pause before the third post, where a run spends most of its time; a kill
        # landing inside a post instead is allowed for below.
        threading.Event().wait(0.2)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    killed_after = len(fake.messages)
    assert 2 <= killed_after < TEACHERS

    again = run(["digest", "--week", "2025-11-10"], environment(db_url, fake), tmp_path)

    per_teacher = messages_per_teacher(fake)
    # Never twice. A kill that landed inside a post leaves that one digest in doubt: its
    # row pending and not resent, whether or not Slack had stored it.
    assert max(per_teacher.values()) == 1
    in_doubt = [t for t, row in rows(sessions).items() if row.status == "pending"]
    assert len(in_doubt) <= 1
    assert sorted(set(per_teacher) | set(in_doubt)) == on_slack()
    assert again.returncode == 0, again.stderr
    assert f"{sum(per_teacher.values()) - killed_after} sent" in again.stdout


def _this_weeks_news(sessions: sessionmaker[Session], now: datetime) -> date:
    """Items awaiting review filed last week (by today's clock), for each teacher."""
    week = week_of(now.astimezone(UTC).date())
    school(sessions)
    with unit_of_work(sessions) as session:
        for n in range(1, TEACHERS + 1):
            entry = add_dated_entry(session, f"S{n:03d}", week - timedelta(days=4))
            add_assessment(
                session, entry, Skill.COLLABORATION, Level.DEVELOPING
            ).created_at = datetime.combine(
                week - timedelta(days=4), datetime.min.time(), tzinfo=UTC
            )
    return week


def test_the_scheduler_alone_catches_up_at_start_and_a_restart_repeats_nothing(
    db_url: str, sessions: sessionmaker[Session], fake: FakeSlack, tmp_path: Path
) -> None:
    now = datetime.now(UTC)
    week = _this_weeks_news(sessions, now)
    # Due at midnight today (UTC): by now, a run was missed.
    env = environment(
        db_url,
        fake,
        FLOURISH_TIMEZONE="UTC",
        FLOURISH_DIGEST_DAY=DAYS[now.weekday()],
        FLOURISH_DIGEST_TIME="00:00",
        FLOURISH_DIGEST_PACE_SECONDS="0",
    )
    for _ in range(2):
        process, lines = _start(["scheduler"], env, tmp_path)
        try:
            # The run's summary is logged when it ends.
            wait_for(
                lambda: any(f"digest week of {week}:" in line for line in lines),  # noqa: B023
                timeout=60,
                what="the catch-up run",
            )
        finally:
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=60)
        assert process.returncode == 0, "".join(lines)
        assert _sent(sessions, week) == TEACHERS

    assert messages_per_teacher(fake) == Counter(dict.fromkeys(on_slack(), 1))


def _start(
    args: list[str], env: dict[str, str], cwd: Path
) -> tuple[subprocess.Popen[str], list[str]]:
    """A running `flourish` process and the lines of its output so far."""
    process = subprocess.Popen(
        [*FLOURISH, *args],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    lines: list[str] = []
    threading.Thread(target=lambda: lines.extend(process.stdout or []), daemon=True).start()
    return process, lines


def _sent(sessions: sessionmaker[Session], week: date) -> int:
    with sessions() as session:
        return len(
            session.scalars(
                select(DigestDelivery.teacher_id).where(
                    DigestDelivery.week_start == week, DigestDelivery.status == "sent"
                )
            ).all()
        )
