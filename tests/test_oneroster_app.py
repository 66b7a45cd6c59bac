"""A OneRoster district in the running app: who may see whom follows each re-import.

The app runs as in production (tests/slack_harness.py) and teachers ask `/progress` with
signed requests; the roster is synced between their questions.
"""

from __future__ import annotations

import json

from bot.identity import NOT_A_TEACHER
from domain.db import unit_of_work
from domain.oneroster import parse_bundle
from domain.roster_link import link_staff
from domain.roster_sync import sync_roster
from tests.oneroster_bundle import District, first_term, second_term
from tests.slack_harness import RunningApp

ANA, BEN, CARA, DEV, ELI, FAY = "U0ANA", "U0BEN", "U0CARA", "U0DEV", "U0ELI", "U0FAY"


def sync(running: RunningApp, district: District) -> None:
    with unit_of_work(running.sessions) as session:
        sync_roster(session, parse_bundle(district.files("1.2")), actor="tester")


def progress(running: RunningApp, user: str, handle: str) -> dict:
    status, reply = running.command(handle, user)
    assert status == 200
    return reply


def same_as_no_student(running: RunningApp, user: str, handle: str) -> bool:
    asked = progress(running, user, handle)
    absent = progress(running, user, "S9999")
    return asked["text"].replace(handle, "S?") == absent["text"].replace("S9999", "S?")


def test_access_follows_the_roster_through_a_re_import(running: RunningApp) -> None:
    for user, email in [
        (ANA, "ana@north.example"),
        (BEN, "ben@north.example"),
        (CARA, "cara@north.example"),
        (ELI, "eli@north.example"),
        (FAY, "fay@south.example"),
    ]:
        running.slack.add_user(user, email=email)
    running.slack.add_user(DEV, name="dev.dutta")  # no email on the roster
    sync(running, first_term())
    with unit_of_work(running.sessions) as session:
        link_staff(session, "T104", DEV)

    # Ana's first question links every teacher known by email.
    ava = progress(running, ANA, "S1001")
    assert ava["text"].startswith("Ava Stone (S1001)")
    # S001 in Ana's school is Cy, not the simple form's Eva in the school `default`.
    assert progress(running, ANA, "S001")["text"].startswith("Cy Park (S001)")
    # The same handle in another school is another student.
    assert progress(running, FAY, "S1001")["text"].startswith("Dee Lane (S1001)")
    assert progress(running, DEV, "S1001")["text"].startswith("Ava Stone (S1001)")
    assert progress(running, ELI, "S1001")["text"].startswith("Ava Stone (S1001)")
    assert same_as_no_student(running, FAY, "S1002")

    # Ava leaves Art; Ben leaves the school; Cara is deleted from the SIS.
    sync(running, second_term())

    for gone in (BEN, CARA):
        assert progress(running, gone, "S1001") == {
            "response_type": "ephemeral",
            "text": NOT_A_TEACHER,
        }
    # Ben's co-teacher keeps ELA 7 and sees its students.
    assert progress(running, ANA, "S1001")["text"].startswith("Ava Stone (S1001)")
    assert progress(running, ANA, "S1002")["text"].startswith("Bo Ruiz (S1002)")
    # Dev no longer has a class with Ava: the same answer as no student at all.
    assert same_as_no_student(running, DEV, "S1001")
    assert "Ava" not in json.dumps(progress(running, DEV, "S1001"))
