"""One pace for everything the bot sends: replies first, broadcasts in the slots left over.

Telegram allows a bot about 30 messages per second overall and answers an excess with
``429 retry after N``, which stops *every* send for N whole seconds. Replies to partners and
broadcast deliveries share that one allowance, so they share one `PriorityPacer`:

* a token bucket refilled at `rate` per second (29.5 by default, just under 30) holding at most
  `burst` tokens; a message-creating call takes one token;
* a **reply** takes a token as soon as there is one; a **broadcast** delivery (the `BULK`
  priority) only takes one while more than `reserve` are left, so a few tokens are always
  kept for the partner who writes in the middle of a 10,000-chat broadcast, and a reply never
  waits behind the broadcast's queue;
* waiting calls are served in priority order (replies before any broadcast delivery), first
  come first served within a priority;
* a 429 (`pause`) stops every lane for exactly what Telegram asked;
* while a partner's update is being answered (`turn`, entered for every update by
  `RepliesFirst`), broadcast deliveries get no new slot: the reply's understanding (Python in
  a worker thread) and its send get the process to themselves instead of sharing the GIL and
  the event loop with fifteen deliveries. A hold lasts at most `hold` seconds and holds at
  most half the time; the bucket keeps filling meanwhile (a hold of 0.25 s is ~7 slots, fewer
  than the 10 a broadcast may use at once), so the broadcast catches up at once and keeps its rate.

`burst` (15) is kept at half of Telegram's own tolerance (the loopback stub models it as a
bucket of 30), so network jitter that bunches our paced calls together (up to half a second of
it) never earns a 429, while 300 partners writing at once still get their first 15 answers
at once and the rest at the full rate.

`PriorityLimiter` puts the pacer in front of every Bot API call of the `PartnerBot` (PTB's
`BaseRateLimiter` hook, replacing `AIORateLimiter`); the broadcast engine waits on
`pacer.lane(BULK)` before each delivery. Only message-creating methods are paced (`PACED`):
edits, callback answers and chat actions are not counted by Telegram's 30/s.
"""

from __future__ import annotations

import asyncio
import contextvars
import heapq
import itertools
import logging
import time
from collections.abc import Awaitable, Callable, Coroutine, Iterator
from contextlib import contextmanager
from typing import Any

from aiolimiter import AsyncLimiter
from telegram import Update
from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter, SimpleUpdateProcessor

log = logging.getLogger(__name__)

REPLY = 0
"""Priority of a reply to a partner (and anything else the bot sends outside a broadcast)."""
BULK = 1
"""Priority of a broadcast delivery: only the slots replies leave."""

PACED = frozenset({
    "sendMessage", "sendPhoto", "sendDocument", "sendVenue", "sendLocation", "sendContact",
    "sendMediaGroup", "sendSticker", "sendVoice", "sendAudio", "sendVideo", "sendAnimation",
    "sendPoll", "sendDice", "copyMessage", "copyMessages", "forwardMessage", "forwardMessages",
})
"""Bot API methods that create a message: the ones Telegram's ~30/s counts."""

_priority: contextvars.ContextVar[int] = contextvars.ContextVar("send_priority", default=REPLY)


@contextmanager
def priority(level: int) -> Iterator[None]:
    """Sends made inside this block (and tasks started in it) are paced at `level`."""
    token = _priority.set(level)
    try:
        yield
    finally:
        _priority.reset(token)


class TokenBucket:
    """`burst` tokens refilled at `rate` per second; the clock is passed in (seconds)."""

    def __init__(self, rate: float, burst: int, now: float) -> None:
        if rate <= 0 or burst < 1:
            raise ValueError("rate must be positive and burst at least 1")
        self.rate = rate
        self.burst = float(burst)
        self.tokens = float(burst)
        self.updated = now
        self.paused_until = 0.0

    def wait_time(self, now: float, keep: int = 0) -> float:
        """Seconds until a token can be taken leaving `keep` behind (0.0: now)."""
        if now < self.paused_until:
            return self.paused_until - now
        self.tokens = min(self.burst, self.tokens + (now - self.updated) * self.rate)
        self.updated = now
        need = min(1.0 + keep, self.burst)
        if self.tokens >= need - 1e-6:  # float dust must not cost another wake-up
            return 0.0
        return (need - self.tokens) / self.rate

    def take(self) -> None:
        self.tokens -= 1.0

    def pause(self, now: float, seconds: float) -> None:
        """No token for `seconds`; the bucket restarts empty, so sends resume evenly paced."""
        self.paused_until = max(self.paused_until, now + seconds)
        self.tokens = 0.0
        self.updated = self.paused_until


class PriorityPacer:
    """The bot's one send pace with two priorities (see the module docstring).

    `rate` in messages per second, `burst` and `reserve` in messages. `clock` (seconds,
    monotonic) and `sleep` are injectable so tests can run in virtual time.
    """

    def __init__(self, rate: float = 29.5, burst: int = 15, reserve: int = 5, *,
                 hold: float = 0.25, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], Awaitable[None]] = asyncio.sleep) -> None:
        if not 0 <= reserve < burst:
            raise ValueError("reserve must be at least 0 and below burst")
        self.rate, self.reserve, self.hold = rate, reserve, hold
        self._turns = 0  # partners' updates being answered now
        self._held_since = self._held_until = self._next_hold = 0.0
        self.clock, self.sleep = clock, sleep
        self.bucket = TokenBucket(rate, burst, clock())
        self._waiting: list[tuple[int, int, asyncio.Future[None]]] = []
        self._seq = itertools.count()
        self._wake: asyncio.Event | None = None
        self._dispatcher: asyncio.Task[None] | None = None
        self.granted = [0, 0]  # per priority, for logs and benchmarks

    def _keep(self, level: int) -> int:
        return self.reserve if level >= BULK else 0

    def _held(self, level: int, now: float) -> float:
        """Seconds a call at `level` must still wait for the turn now being answered."""
        if level < BULK or not self._turns or now >= self._held_until:
            return 0.0
        return self._held_until - now

    @contextmanager
    def turn(self) -> Iterator[None]:
        """A partner's update is being answered: no new broadcast slot until it is done (at
        most `hold` seconds; a new hold starts no sooner than the last one lasted, so
        broadcasts are held at most half the time). Replies are never held."""
        now = self.clock()
        if not self._turns and now >= self._next_hold:
            self._held_since, self._held_until = now, now + self.hold
        self._turns += 1
        try:
            yield
        finally:
            self._turns -= 1
            if not self._turns:
                now = self.clock()
                held = min(now, self._held_until) - self._held_since
                self._next_hold = max(self._next_hold, now + max(0.0, held))
                self._held_until = min(self._held_until, now)
                if self._waiting:
                    self._kick()  # deliveries waiting for the turn go on now

    async def acquire(self, level: int | None = None) -> None:
        """Return when this caller may send one message (`level` defaults to the context's)."""
        level = _priority.get() if level is None else level
        now = self.clock()
        if not self._waiting and not self._held(level, now) \
                and self.bucket.wait_time(now, self._keep(level)) <= 0:
            self.bucket.take()  # fast path: nobody waiting and a token free
            self.granted[min(level, BULK)] += 1
            return
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._waiting, (level, next(self._seq), future))
        self._kick()
        try:
            await future
        except asyncio.CancelledError:
            if future.done() and not future.cancelled():
                self.bucket.tokens += 1.0  # granted as we were cancelled: give it back
            raise

    def pause(self, seconds: float) -> None:
        """Nobody sends for `seconds` from now (Telegram's `retry_after`, exactly)."""
        self.bucket.pause(self.clock(), seconds)

    def lane(self, level: int) -> Lane:
        """A `wait()`/`pause()` view at one priority, for the broadcast engine."""
        return Lane(self, level)

    def _kick(self) -> None:
        if self._wake is None:
            self._wake = asyncio.Event()
        self._wake.set()
        if self._dispatcher is None or self._dispatcher.done():
            self._dispatcher = asyncio.get_running_loop().create_task(self._dispatch(),
                                                                      name="send-pacer")

    async def _dispatch(self) -> None:
        """Grant tokens to the waiting calls, best priority first, until nobody waits."""
        assert self._wake is not None
        while self._waiting:
            level, _, future = self._waiting[0]
            if future.done():  # cancelled while waiting
                heapq.heappop(self._waiting)
                continue
            now = self.clock()
            wait = self._held(level, now) or self.bucket.wait_time(now, self._keep(level))
            if wait <= 0:
                heapq.heappop(self._waiting)
                self.bucket.take()
                self.granted[min(level, BULK)] += 1
                future.set_result(None)
                continue
            self._wake.clear()  # a reply arriving now may be served before `wait` is over
            sleeper = asyncio.ensure_future(self.sleep(wait))
            woken = asyncio.ensure_future(self._wake.wait())
            try:
                await asyncio.wait({sleeper, woken}, return_when=asyncio.FIRST_COMPLETED)
            finally:
                sleeper.cancel()
                woken.cancel()


class Lane:
    """`PriorityPacer` at one priority, shaped like the broadcast engine's `Pacer`."""

    def __init__(self, pacer: PriorityPacer, level: int) -> None:
        self.pacer, self.level = pacer, level

    @property
    def interval(self) -> float:
        """Seconds between slots at the full rate (as `Pacer.interval`)."""
        return 1.0 / self.pacer.rate

    async def wait(self) -> None:
        await self.pacer.acquire(self.level)

    def pause(self, seconds: float) -> None:
        self.pacer.pause(seconds)


class RepliesFirst(SimpleUpdateProcessor):
    """python-telegram-bot's concurrent update processor with every update answered inside
    `pacer.turn()`: while a partner waits for an answer, broadcasts start no new delivery.

    Updates of different chats run at once; those of ONE private chat run one after the other, in the
    order Telegram sent them. A partner who writes "which sets for Ming palaces?" and, before
    the answer is there, "the second one" gets the list and then its second item (answered
    concurrently, the second message found no list in the chat's memory and asked "which
    one?", and the answers could arrive in either order)."""

    def __init__(self, pacer: PriorityPacer, max_concurrent_updates: int = 256) -> None:
        super().__init__(max_concurrent_updates)
        self.pacer = pacer
        # chat id -> (its lock, updates holding or waiting for it); dropped at zero, so the
        # table holds only chats with an update in flight
        self._chats: dict[int, tuple[asyncio.Lock, int]] = {}

    async def do_process_update(self, update: object,
                                coroutine: Awaitable[Any]) -> None:
        if not isinstance(update, Update):  # e.g. a job's or a webhook's custom update
            await coroutine
            return
        chat = update.effective_chat
        if chat is None or chat.type != "private":
            # nothing to keep in order with (a poll answer), or the staff chat: its members'
            # replies go to different partners and some of its sends wait for the group's
            # 20-a-minute limit, which must not hold up the next staff reply
            with self.pacer.turn():
                await coroutine
            return
        lock, users = self._chats.get(chat.id) or (asyncio.Lock(), 0)
        self._chats[chat.id] = (lock, users + 1)
        try:
            async with lock:
                with self.pacer.turn():
                    await coroutine
        finally:
            lock, users = self._chats[chat.id]
            if users <= 1:
                del self._chats[chat.id]
            else:
                self._chats[chat.id] = (lock, users - 1)


class PriorityLimiter(BaseRateLimiter[int]):
    """python-telegram-bot's rate-limiter hook around one `PriorityPacer`: message-creating
    calls wait for a slot (priority from `rate_limit_args`, else the `priority()` context, else
    `REPLY`); groups also get Telegram's 20 messages per minute; a 429 pauses every lane and is
    re-raised for the send policy to retry after the pause."""

    def __init__(self, pacer: PriorityPacer | None = None, group_per_minute: int = 20) -> None:
        self.pacer = pacer or PriorityPacer()
        self.group_per_minute = group_per_minute
        self._groups: dict[int | str, AsyncLimiter] = {}

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    async def process_request(
        self, callback: Callable[..., Coroutine[Any, Any, Any]], args: Any,
        kwargs: dict[str, Any], endpoint: str, data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Any:
        if endpoint in PACED:
            chat = data.get("chat_id")
            if _is_group(chat):
                limiter = self._groups.get(chat)  # type: ignore[arg-type]
                if limiter is None:
                    limiter = self._groups[chat] = AsyncLimiter(self.group_per_minute, 60)  # type: ignore[index]
                await limiter.acquire()
            await self.pacer.acquire(rate_limit_args)
        try:
            return await callback(*args, **kwargs)
        except RetryAfter as exc:
            from bot.send import retry_seconds

            seconds = retry_seconds(exc)
            log.warning("%s: Telegram asked to wait %.0f s (429); pausing every send",
                        endpoint, seconds)
            self.pacer.pause(seconds)
            raise


def _is_group(chat: object) -> bool:
    """Group and channel chat ids are negative (or @usernames of channels)."""
    if isinstance(chat, str):
        return chat.startswith(("@", "-"))
    return isinstance(chat, int) and chat < 0
