"""The one send pace: replies overtake broadcast deliveries, never more than the rate allows.

Runs in virtual time: the pacer gets a clock and a sleep that only move when the test says so.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
from datetime import timedelta

import pytest
from telegram.error import RetryAfter

from bot.pace import BULK, REPLY, PriorityLimiter, PriorityPacer, priority


class VirtualTime:
    """A clock and a sleep for the pacer; `advance` runs every timer due on the way."""

    def __init__(self) -> None:
        self.now = 0.0
        self._timers: list[tuple[float, int, asyncio.Future[None]]] = []
        self._seq = itertools.count()

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        future = asyncio.get_running_loop().create_future()
        heapq.heappush(self._timers, (self.now + seconds, next(self._seq), future))
        await future

    @staticmethod
    async def settle() -> None:
        for _ in range(20):
            await asyncio.sleep(0)

    async def advance(self, until: float) -> None:
        while True:
            await self.settle()
            while self._timers and self._timers[0][2].done():
                heapq.heappop(self._timers)
            if not self._timers or self._timers[0][0] > until:
                self.now = until
                await self.settle()
                return
            when, _, future = heapq.heappop(self._timers)
            self.now = max(self.now, when)
            future.set_result(None)


def pacer_in(vt: VirtualTime, **kw: float) -> PriorityPacer:
    return PriorityPacer(clock=vt.clock, sleep=vt.sleep, **kw)  # type: ignore[arg-type]


async def take(pacer: PriorityPacer, vt: VirtualTime, label: str, level: int,
               log: list[tuple[float, str]]) -> None:
    await pacer.acquire(level)
    log.append((vt.now, label))


def test_replies_overtake_queued_broadcast_deliveries() -> None:
    async def scenario() -> list[tuple[float, str]]:
        vt = VirtualTime()
        pacer = pacer_in(vt, rate=10, burst=4, reserve=2)
        log: list[tuple[float, str]] = []
        bulk = [asyncio.create_task(take(pacer, vt, f"b{i}", BULK, log)) for i in range(30)]
        await vt.advance(1.0)
        replies = [asyncio.create_task(take(pacer, vt, f"r{i}", REPLY, log)) for i in range(3)]
        await vt.advance(10.0)
        await asyncio.gather(*bulk, *replies)
        return log

    log = asyncio.run(scenario())
    order = [label for _, label in log]
    times = {label: at for at, label in log}
    assert sorted(order) == sorted([f"b{i}" for i in range(30)] + ["r0", "r1", "r2"])
    before = [label for label in order[:order.index("r2")] if label.startswith("b")]
    assert len(before) == sum(1 for at, label in log if label.startswith("b") and at <= 1.0)
    # The reserve answers two replies at once; the third takes the very next token (0.1 s).
    assert times["r0"] == times["r1"] == 1.0
    assert 1.0 <= times["r2"] <= 1.1 + 1e-9
    assert order[:2] == ["b0", "b1"]  # bulk takes only what is above the reserve
    assert [label for label in order if label.startswith("b")] == [f"b{i}" for i in range(30)]


def test_never_more_than_rate_plus_burst_in_any_second() -> None:
    async def scenario() -> list[float]:
        vt = VirtualTime()
        pacer = pacer_in(vt, rate=10, burst=3, reserve=1)
        log: list[tuple[float, str]] = []
        tasks = [asyncio.create_task(take(pacer, vt, str(i), BULK if i % 3 else REPLY, log))
                 for i in range(100)]
        await vt.advance(30.0)
        await asyncio.gather(*tasks)
        return [at for at, _ in log]

    times = sorted(asyncio.run(scenario()))
    assert len(times) == 100
    for i, start in enumerate(times):
        in_window = sum(1 for t in times[i:] if t < start + 1.0)
        assert in_window <= 10 + 3, f"{in_window} grants in the second from {start:.2f}"
    assert times[-1] == pytest.approx((100 - 3) / 10, abs=0.2)


def test_a_reply_during_a_steady_broadcast_does_not_wait() -> None:
    async def scenario() -> float:
        vt = VirtualTime()
        pacer = pacer_in(vt, rate=20, burst=6, reserve=4)
        log: list[tuple[float, str]] = []
        bulk = [asyncio.create_task(take(pacer, vt, f"b{i}", BULK, log)) for i in range(200)]
        await vt.advance(3.33)
        asked = vt.now
        reply = asyncio.create_task(take(pacer, vt, "r", REPLY, log))
        await vt.advance(3.33)
        assert reply.done()
        for task in bulk:
            task.cancel()
        await asyncio.gather(*bulk, return_exceptions=True)
        return {label: at for at, label in log}["r"] - asked

    assert asyncio.run(scenario()) == 0.0


def test_pause_stops_every_lane_for_what_telegram_asked() -> None:
    async def scenario() -> list[tuple[float, str]]:
        vt = VirtualTime()
        pacer = pacer_in(vt, rate=10, burst=4, reserve=1)
        log: list[tuple[float, str]] = []
        pacer.pause(3.0)
        tasks = [asyncio.create_task(take(pacer, vt, "r", REPLY, log)),
                 asyncio.create_task(take(pacer, vt, "b", BULK, log))]
        await vt.advance(10.0)
        await asyncio.gather(*tasks)
        return log

    log = asyncio.run(scenario())
    assert [label for _, label in log] == ["r", "b"]
    assert all(at >= 3.0 for at, _ in log)


def test_limiter_pauses_on_429_and_leaves_unpaced_methods_alone() -> None:
    async def scenario() -> tuple[float, int]:
        vt = VirtualTime()
        pacer = pacer_in(vt, rate=10, burst=2, reserve=1)
        limiter = PriorityLimiter(pacer)
        calls: list[str] = []

        async def ok(name: str) -> bool:
            calls.append(name)
            return True

        async def flood() -> bool:
            raise RetryAfter(timedelta(seconds=5))

        for _ in range(5):  # callback answers are not counted by Telegram: never paced
            await limiter.process_request(ok, ("ack",), {}, "answerCallbackQuery", {}, None)
        with pytest.raises(RetryAfter):
            await limiter.process_request(flood, (), {}, "sendMessage", {"chat_id": 1}, None)
        with priority(BULK):
            sending = asyncio.create_task(
                limiter.process_request(ok, ("late",), {}, "sendMessage", {"chat_id": 2}, None))
            await vt.advance(4.9)
            assert not sending.done()
            await vt.advance(6.0)
        await sending
        return pacer.bucket.paused_until, pacer.granted[BULK]

    paused_until, bulk = asyncio.run(scenario())
    assert paused_until == pytest.approx(5.0)
    assert bulk == 1


def test_no_broadcast_slot_while_a_partner_is_being_answered() -> None:
    """A turn holds the broadcast lane until the answer is out (the reply's own send is not
    held), then the deliveries go on; a turn that runs long holds them `hold` seconds only."""
    async def scenario() -> list[tuple[float, str]]:
        vt = VirtualTime()
        pacer = pacer_in(vt, rate=10, burst=6, reserve=2, hold=0.5)
        log: list[tuple[float, str]] = []
        with pacer.turn():
            bulk = [asyncio.create_task(take(pacer, vt, f"b{i}", BULK, log)) for i in range(3)]
            await vt.advance(0.2)
            assert log == []  # tokens are free, but a partner is waiting for an answer
            await take(pacer, vt, "r", REPLY, log)
            await vt.advance(0.3)
        await vt.advance(0.61)
        assert [label for _, label in log] == ["r", "b0", "b1", "b2"]
        with pacer.turn():  # a long turn: the broadcast is held `hold` seconds at most
            more = asyncio.create_task(take(pacer, vt, "b3", BULK, log))
            await vt.advance(3.0)
            assert more.done()
        await asyncio.gather(*bulk)
        return log

    at = {label: when for when, label in asyncio.run(scenario())}
    assert at["r"] == 0.2 and at["b0"] == at["b2"] == 0.3
    assert at["b3"] == pytest.approx(0.61 + 0.5)


def test_partners_writing_back_to_back_do_not_slow_a_broadcast() -> None:
    """One long turn after another for 10 s: each holds the broadcast `hold` seconds at most,
    and the slots the bucket kept meanwhile are used at once, so the rate holds."""
    async def scenario() -> int:
        vt = VirtualTime()
        pacer = pacer_in(vt, rate=20, burst=10, reserve=2, hold=0.25)
        log: list[tuple[float, str]] = []
        bulk = [asyncio.create_task(take(pacer, vt, f"b{i}", BULK, log)) for i in range(400)]
        for second in range(10):
            with pacer.turn():
                await vt.advance(second + 0.999)
            await vt.advance(second + 1.0)
        sent = len(log)
        for task in bulk:
            task.cancel()
        await asyncio.gather(*bulk, return_exceptions=True)
        return sent

    assert asyncio.run(scenario()) >= 0.95 * 20 * 10
