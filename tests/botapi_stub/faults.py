"""Scripted and random failures: 5xx answers, hangs longer than the client's timeout, 429s.

A ``Fault`` says what the stub answers instead of (or after) doing the call. Rules pick which
calls fail: ``script()`` for the next N matching calls, ``fail_rate()`` for a random share
(seeded, so a test run is reproducible). Nothing fails unless a test asks for it.

Time-outs come in two flavours, because they mean different things to a delivery engine:
``Fault.timeout()`` hangs and never performs the call (safe to retry), while
``Fault.timeout_after_delivery()`` performs it (the message *is* delivered) and then hangs, so a
naive retry produces a duplicate; ``stub.stats().duplicates`` shows it.
"""

from __future__ import annotations

import random
import threading
from dataclasses import dataclass
from typing import Any

from . import errors


@dataclass(frozen=True)
class Fault:
    """What to answer: HTTP ``status`` and ``description``; ``hang`` seconds first; ``deliver``
    performs the call before hanging and then answers normally."""

    status: int
    description: str
    retry_after: int | None = None
    hang: float = 0.0
    deliver: bool = False

    @classmethod
    def bad_gateway(cls) -> Fault:
        return cls(502, errors.BAD_GATEWAY)

    @classmethod
    def internal_error(cls) -> Fault:
        return cls(500, errors.INTERNAL)

    @classmethod
    def timeout(cls, hang: float = 30.0) -> Fault:
        """Hang ``hang`` seconds without doing the call, then answer 502 (if anyone listens)."""
        return cls(502, errors.BAD_GATEWAY, hang=hang)

    @classmethod
    def timeout_after_delivery(cls, hang: float = 30.0) -> Fault:
        """Do the call, then hang ``hang`` seconds before sending its normal answer."""
        return cls(200, "", hang=hang, deliver=True)

    @classmethod
    def too_many_requests(cls, retry_after: int = 5) -> Fault:
        return cls(429, errors.TOO_MANY_REQUESTS.format(retry_after), retry_after=retry_after)

    @classmethod
    def error(cls, status: int, description: str) -> Fault:
        """Any other answer, e.g. ``Fault.error(403, errors.BLOCKED)``."""
        return cls(status, description)

    def api_error(self) -> errors.ApiError:
        params = {"retry_after": self.retry_after} if self.retry_after is not None else None
        return errors.ApiError(self.status, self.description, params)


@dataclass
class _Rule:
    fault: Fault
    method: str | None
    chat_id: int | str | None
    remaining: int | None  # None: every matching call
    rate: float = 1.0

    def matches(self, method: str, chat_id: Any) -> bool:
        if self.method is not None and self.method.lower() != method.lower():
            return False
        return self.chat_id is None or str(self.chat_id) == str(chat_id)


class FaultInjector:
    """Holds the failure rules; thread-safe so tests can script while the bot is running."""

    def __init__(self, seed: int = 0) -> None:
        self._lock = threading.Lock()
        self._rules: list[_Rule] = []
        self._random = random.Random(seed)

    def script(
        self,
        fault: Fault,
        *,
        method: str | None = None,
        chat_id: int | str | None = None,
        times: int | None = 1,
    ) -> None:
        """Make the next ``times`` calls matching ``method``/``chat_id`` fail (None: forever)."""
        with self._lock:
            self._rules.append(_Rule(fault, method, chat_id, times))

    def fail_rate(
        self,
        rate: float,
        fault: Fault | None = None,
        *,
        method: str | None = None,
        chat_id: int | str | None = None,
    ) -> None:
        """Make each matching call fail with probability ``rate`` (default fault: 502)."""
        with self._lock:
            self._rules.append(
                _Rule(fault or Fault.bad_gateway(), method, chat_id, None, rate=rate)
            )

    def clear(self) -> None:
        with self._lock:
            self._rules.clear()

    def reseed(self, seed: int) -> None:
        """Start a new reproducible sequence for ``fail_rate`` (a module sharing one stub can
        give each test its own, independent of what earlier tests drew)."""
        with self._lock:
            self._random.seed(seed)

    def pick(self, method: str, chat_id: Any) -> Fault | None:
        """The fault for this call, if any; consumes one use of a counted rule."""
        with self._lock:
            for rule in self._rules:
                if not rule.matches(method, chat_id):
                    continue
                if rule.rate < 1.0 and self._random.random() >= rule.rate:
                    continue
                if rule.remaining is not None:
                    rule.remaining -= 1
                    if rule.remaining <= 0:
                        self._rules.remove(rule)
                return rule.fault
        return None
