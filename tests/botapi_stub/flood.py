"""Telegram's flood control, as token buckets, for broadcast and retry tests.

Telegram documents its limits loosely ("about 30 messages per second overall, one per second in
a private chat, 20 per minute in a group") and answers an excess with
``429 Too Many Requests: retry after N`` and ``parameters.retry_after = N`` (whole seconds).

Each limit here is a token bucket: ``burst`` messages may go at once, then tokens come back at
the steady rate. ``retry_after`` is the time until a token is available, rounded up to a whole
second (at least 1), the way Telegram rounds. A refused request consumes nothing, so a client that
waits ``retry_after`` before retrying is admitted (unless another sender used the token first).

Defaults (``FloodLimits()``): 30/s overall with a burst of 30; private chats 1/s with a burst of
3 (real Telegram tolerates short bursts in private chats); groups, supergroups and channels
20/minute with a burst of 20. Only message-creating methods count (``COUNTED_METHODS``); edits,
chat actions, callback answers and getUpdates are not limited.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass

COUNTED_METHODS = frozenset(
    {
        "sendMessage", "sendDocument", "sendPhoto", "sendLocation", "sendVenue", "sendSticker",
        "sendVoice", "sendAudio", "sendVideo", "sendAnimation", "sendMediaGroup", "sendContact",
        "sendPoll", "sendDice", "copyMessage", "forwardMessage",
    }
)  # fmt: skip


@dataclass(frozen=True)
class FloodLimits:
    """Rates and bursts for the three limits; see the module docstring for the defaults."""

    global_per_second: float = 30.0
    global_burst: int = 30
    private_per_second: float = 1.0
    private_burst: int = 3
    group_per_minute: float = 20.0
    group_burst: int = 20


class TokenBucket:
    """``capacity`` tokens, refilled at ``rate`` per second; one token per message."""

    def __init__(self, rate: float, capacity: int, now: float) -> None:
        self.rate = rate
        self.capacity = float(capacity)
        self.tokens = float(capacity)
        self.updated = now

    def wait_time(self, now: float) -> float:
        """Seconds until one token is available (0 when one is available now)."""
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
        self.updated = now
        return 0.0 if self.tokens >= 1.0 else (1.0 - self.tokens) / self.rate

    def take(self) -> None:
        self.tokens -= 1.0


class FloodControl:
    """Admits or refuses messages per chat and overall. Off until ``enable()``; not thread-safe:
    the stub calls it under its state lock."""

    def __init__(
        self, limits: FloodLimits | None = None, monotonic: Callable[[], float] = time.monotonic
    ) -> None:
        self._monotonic = monotonic
        self.limits: FloodLimits | None = None
        self._global: TokenBucket | None = None
        self._chats: dict[int, TokenBucket] = {}
        if limits is not None:
            self.enable(limits)

    @property
    def enabled(self) -> bool:
        return self.limits is not None

    def enable(self, limits: FloodLimits | None = None) -> None:
        """Turn flood control on with ``limits`` (defaults: Telegram's), with full buckets."""
        self.limits = limits or FloodLimits()
        self._global = TokenBucket(
            self.limits.global_per_second, self.limits.global_burst, self._monotonic()
        )
        self._chats = {}

    def disable(self) -> None:
        self.limits = None
        self._global = None
        self._chats = {}

    def admit(self, chat_id: int, chat_type: str) -> int | None:
        """Take a token for one message to ``chat_id``; return ``retry_after`` if refused."""
        if self.limits is None or self._global is None:
            return None
        now = self._monotonic()
        chat_bucket = self._chat_bucket(chat_id, chat_type, now)
        wait = max(self._global.wait_time(now), chat_bucket.wait_time(now))
        if wait > 0:
            return max(1, math.ceil(wait))
        self._global.take()
        chat_bucket.take()
        return None

    def _chat_bucket(self, chat_id: int, chat_type: str, now: float) -> TokenBucket:
        bucket = self._chats.get(chat_id)
        if bucket is None:
            assert self.limits is not None
            if chat_type == "private":
                rate, burst = self.limits.private_per_second, self.limits.private_burst
            else:
                rate, burst = self.limits.group_per_minute / 60.0, self.limits.group_burst
            bucket = self._chats[chat_id] = TokenBucket(rate, burst, now)
        return bucket
