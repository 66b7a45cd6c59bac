"""Posting to one conversation at Slack's pace, on a clock the test drives."""

from __future__ import annotations

import threading

from bot.pacer import ChannelPacer
from tests.slack_harness import a_second_apart


class VirtualClock:
    """Time that passes only when asked (a sleep, or work the test says took time)."""

    def __init__(self) -> None:
        self.now = 100.0
        self.sleeps: list[float] = []
        self._lock = threading.Lock()

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.sleeps.append(seconds)


def test_posts_to_one_channel_leave_a_second_apart() -> None:
    time = VirtualClock()
    pacer = ChannelPacer(1.0, clock=time.clock, sleep=time.sleep)
    waits = [pacer.wait("D01") for _ in range(4)]
    # Three posts queued at once behind the first: one, two and three seconds.
    assert waits == [0.0, 1.0, 2.0, 3.0]
    assert time.sleeps == [1.0, 2.0, 3.0]


def test_other_channels_do_not_wait_and_quiet_time_counts() -> None:
    time = VirtualClock()
    pacer = ChannelPacer(1.0, clock=time.clock, sleep=time.sleep)
    assert pacer.wait("D01") == 0.0
    assert pacer.wait("D02") == 0.0  # another teacher's DM is not held up
    time.now += 0.25
    assert pacer.wait("D01") == 0.75  # only what is left of the second
    time.now += 5.0
    assert pacer.wait("D01") == 0.0  # long after: at once
    assert time.sleeps == [0.75]


def test_concurrent_posters_to_one_channel_take_distinct_slots() -> None:
    time = VirtualClock()
    pacer = ChannelPacer(1.0, clock=time.clock, sleep=time.sleep)
    waits: list[float] = []
    lock = threading.Lock()

    def post() -> None:
        waited = pacer.wait("D01")
        with lock:
            waits.append(waited)

    threads = [threading.Thread(target=post) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(waits) == [float(n) for n in range(8)]


def test_slots_a_second_apart_across_a_power_of_two_of_the_clock() -> None:
    # The clock's binade changes at 4096 s: the next slot, the last plus 1.0, rounds down by
    # one unit of the last place (an upload test on a machine up for 68 minutes failed so).
    time = VirtualClock()
    time.now = 4095.4494910647886
    pacer = ChannelPacer(1.0, clock=time.clock, sleep=time.sleep)
    slots = [time.now + pacer.wait("D01") for _ in range(3)]
    assert slots[1] - slots[0] < 1.0
    assert a_second_apart(slots)
