"""Flood protection: a sliding minute per chat, one notice, others unaffected."""

from __future__ import annotations

from bot.handlers.flood import FloodGate


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_21st_message_in_a_minute_is_refused_with_one_notice() -> None:
    clock = Clock()
    gate = FloodGate(20, clock)
    for _ in range(20):
        assert gate.admit(1) == (True, False)
        clock.now += 1
    assert gate.admit(1) == (False, True)  # one notice...
    assert gate.admit(1) == (False, False)  # ...not one per message
    assert gate.admit(2) == (True, False)  # another partner is served
    clock.now = 1000.0 + 60  # the first message left the window
    assert gate.admit(1) == (True, False)
    assert gate.admit(1) == (False, True)  # over again: a new notice for a new window


def test_zero_turns_the_limit_off() -> None:
    gate = FloodGate(0, Clock())
    assert all(gate.admit(1) == (True, False) for _ in range(1000))


def test_idle_chats_are_forgotten() -> None:
    clock = Clock()
    gate = FloodGate(5, clock)
    gate.admit(1)
    clock.now += 61
    gate.forget_idle()
    assert gate._seen == {}
