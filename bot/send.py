"""The one send path to Telegram: one retry policy, one counter of lost sends, one staff reporter.

Every Bot API call the bot makes goes through `PartnerBot._do_post` (python-telegram-bot's
documented place to hook requests: `Bot.some_method -> Bot._post -> Bot._do_post`), so replies,
photos, documents, venues, edits, callback answers and staff reports all get the same policy,
whoever wrote the handler. The broadcast engine (`jobs/delivery.py`) keeps its own loop, because
it records every attempt in its ledger, but takes its delays and its "worth retrying?" answer
from the same `SendPolicy`.

The policy:
* 5xx answers, refused or dropped connections and time-outs are retried with exponential
  backoff (0.5 s, 1 s, 2 s, ... capped), up to `attempts` calls in all;
* a time-out is retried too: Telegram may have delivered the message before it, so a partner
  may rarely see a reply twice, but never none (`SendStats.resent_after_timeout` counts them);
* 429 `RetryAfter` waits exactly what Telegram asked (the PTB rate limiter in front retries
  first, pausing every send);
* 400 `BadRequest`, 403 `Forbidden` and the rest are answers, not accidents: never retried.

A send that finally fails is logged, counted (`SendStats.failed`, shown by `/healthz`) and
reported to the staff chat (at most one report per kind every `StaffReporter.every` seconds).

Updates the library cannot parse (a newer Bot API field) are replaced by a bare update with the
same `update_id`, so polling goes on, the offset advances and the bad one is reported once.
"""

from __future__ import annotations

import asyncio
import html
import logging
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from telegram import CallbackQuery, Update
from telegram.error import (
    BadRequest,
    Forbidden,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)
from telegram.ext import ExtBot
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception, stop_after_attempt

from bot.pace import PriorityLimiter, PriorityPacer
from core.i18n import Lang, t

log = logging.getLogger(__name__)

NOT_SENDS = frozenset({"getUpdates", "getMe", "setWebhook", "deleteWebhook", "getWebhookInfo",
                       "close", "logOut"})
"""Bot API methods that are not sends: the Updater and start-up retry them their own way."""


def error_kind(exc: BaseException) -> str:
    """One word for what went wrong, in the order that matters: python-telegram-bot classes
    `BadRequest` (400) and `TimedOut` under `NetworkError`, so those are checked first.

    Returns one of: bad_request, forbidden, retry_after, timed_out, network, telegram, other.
    """
    if isinstance(exc, BadRequest):
        return "bad_request"
    if isinstance(exc, Forbidden):
        return "forbidden"
    if isinstance(exc, RetryAfter):
        return "retry_after"
    if isinstance(exc, TimedOut):
        return "timed_out"
    if isinstance(exc, NetworkError):
        return "network"
    if isinstance(exc, TelegramError):
        return "telegram"
    return "other"


def retry_seconds(exc: RetryAfter) -> float:
    """`retry_after` in seconds, whichever type this PTB version returns."""
    value = exc._retry_after if isinstance(getattr(exc, "_retry_after", None), timedelta) \
        else exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


@dataclass(frozen=True)
class SendPolicy:
    """When and how long to wait before sending again. `attempts` counts every call (the first
    included); `base`/`cap` are seconds of exponential backoff with jitter."""

    attempts: int = 5
    base: float = 0.5
    cap: float = 8.0

    @staticmethod
    def retryable(exc: BaseException) -> bool:
        """5xx, connection failures, time-outs and 429s; never a 400/403 or a bug."""
        return error_kind(exc) in ("retry_after", "timed_out", "network")

    def delay(self, failures: int, exc: BaseException | None = None) -> float:
        """Seconds to wait after the `failures`-th failed call (1-based): exactly what Telegram
        asked for a 429, else base·2^(failures-1), capped, with ±25 % jitter."""
        if isinstance(exc, RetryAfter):
            return retry_seconds(exc)
        return min(self.cap, self.base * 2 ** (failures - 1)) * (0.75 + random.random() / 2)

    def retrying(self, before_sleep: Callable[[RetryCallState], None] | None = None,
                 done: int = 0) -> AsyncRetrying:
        """A tenacity loop with this policy (re-raises the last error when out of attempts);
        `done` calls already failed before it (their count shortens the loop and lengthens
        the backoff)."""
        def wait(state: RetryCallState) -> float:
            exc = state.outcome.exception() if state.outcome else None
            return self.delay(done + state.attempt_number, exc)

        return AsyncRetrying(retry=retry_if_exception(self.retryable),
                             stop=stop_after_attempt(self.attempts - done), wait=wait,
                             reraise=True, before_sleep=before_sleep)


@dataclass
class SendStats:
    """Counters over the process's life (for `/healthz`, logs and tests)."""

    calls: int = 0
    retried: int = 0  # calls sent again after a retryable failure
    resent_after_timeout: int = 0  # of those, after a time-out: possibly a visible duplicate
    failed: int = 0  # sends that finally could not be made (partners or staff missed them)
    by_kind: dict[str, int] = field(default_factory=dict)  # final failures per error kind


Report = Callable[[str, str], Awaitable[None]]


class StaffReporter:
    """Tells the staff chat about real problems, one message per kind every `every` seconds,
    so a storm of identical failures is one message, not hundreds. `lang` is the staff chat's
    language (BOT_STAFF_LANG): callers write their reports with `t(key, reporter.lang)`."""

    def __init__(self, bot: ExtBot[Any], chat_id: int | None, every: float = 300.0,
                 clock: Callable[[], float] = time.monotonic, lang: Lang = "en") -> None:
        self.bot = bot
        self.chat_id = chat_id
        self.lang = lang
        self.every = every
        self.clock = clock
        self._last: dict[str, float] = {}
        self.suppressed: dict[str, int] = {}

    def due(self, kind: str) -> bool:
        """True (and the slot taken) if a report of `kind` may go out now."""
        now = self.clock()
        last = self._last.get(kind)
        if last is not None and now - last < self.every:
            self.suppressed[kind] = self.suppressed.get(kind, 0) + 1
            return False
        self._last[kind] = now
        return True

    async def report(self, kind: str, text: str, *, html_text: bool = False) -> bool:
        """Send `text` (plain unless `html_text`) if `kind` is due; False if not sent."""
        if not self.chat_id or not self.due(kind):
            return False
        skipped = self.suppressed.pop(kind, 0)
        if skipped:
            text += "\n" + t("staff_report_more", self.lang, n=skipped)
        body = text if html_text else html.escape(text)
        try:
            await self.bot.send_message(self.chat_id, body[:4000], parse_mode="HTML")
            return True
        except TelegramError:
            log.exception("could not send a report to the staff chat")
            return False


class PartnerBot(ExtBot[Any]):
    """The application's bot: every Bot API call under one `SendPolicy`, counted in `stats`;
    final failures reported through `staff`; unparseable updates skipped."""

    def __init__(self, *args: Any, policy: SendPolicy | None = None,
                 staff_chat_id: int | None = None, report_every: float = 300.0,
                 staff_lang: Lang = "en", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        with self._unfrozen():  # TelegramObject attributes are frozen after __init__
            self.policy = policy or SendPolicy()
            self.stats = SendStats()
            self.staff = StaffReporter(self, staff_chat_id, report_every, lang=staff_lang)
            self.skipped_updates: list[int] = []
            self._background: set[asyncio.Task[Any]] = set()

    @property
    def pacer(self) -> PriorityPacer | None:
        """The one send pace (replies first), shared with the broadcast engine."""
        limiter = self.rate_limiter
        return limiter.pacer if isinstance(limiter, PriorityLimiter) else None

    async def _do_post(self, endpoint: str, data: dict[str, Any], **timeouts: Any) -> Any:
        if endpoint == "getUpdates":
            result = await super()._do_post(endpoint, data, **timeouts)
            return self._parseable(result) if isinstance(result, list) else result
        if endpoint in NOT_SENDS:
            return await super()._do_post(endpoint, data, **timeouts)
        self.stats.calls += 1
        try:  # the first call outside tenacity: nearly every send succeeds at once
            return await super()._do_post(endpoint, dict(data), **timeouts)
        except TelegramError as exc:
            if not self.policy.retryable(exc) or self.policy.attempts <= 1:
                if self.policy.retryable(exc):
                    self._lost(endpoint, data, exc)
                raise
            self._note_retry(endpoint, data, exc, 1)
            await asyncio.sleep(self.policy.delay(1, exc))
        try:
            async for attempt in self.policy.retrying(self._before_retry(endpoint, data), done=1):
                with attempt:
                    return await super()._do_post(endpoint, dict(data), **timeouts)
        except TelegramError as exc:
            if self.policy.retryable(exc):
                self._lost(endpoint, data, exc)
            raise
        raise AssertionError("unreachable: tenacity re-raises the last error")

    def _note_retry(self, endpoint: str, data: dict[str, Any], exc: BaseException | None,
                    failed: int) -> None:
        self.stats.retried += 1
        if isinstance(exc, TimedOut):
            self.stats.resent_after_timeout += 1
        log.warning("%s to chat %s failed (%s: %s); attempt %d of %d", endpoint,
                    data.get("chat_id"), type(exc).__name__, exc, failed + 1, self.policy.attempts)

    def _before_retry(self, endpoint: str, data: dict[str, Any]) -> Callable[[RetryCallState], None]:
        def note(state: RetryCallState) -> None:
            exc = state.outcome.exception() if state.outcome else None
            self._note_retry(endpoint, data, exc, state.attempt_number + 1)
        return note

    def _lost(self, endpoint: str, data: dict[str, Any], exc: TelegramError) -> None:
        """Out of attempts: log, count, tell staff (never about the staff chat itself)."""
        kind = error_kind(exc)
        self.stats.failed += 1
        self.stats.by_kind[kind] = self.stats.by_kind.get(kind, 0) + 1
        chat = data.get("chat_id")
        log.error("%s to chat %s lost after %d attempts: %s: %s", endpoint, chat,
                  self.policy.attempts, type(exc).__name__, exc)
        if chat is not None and str(chat) == str(self.staff.chat_id):
            return
        text = t("staff_lost_send", self.staff.lang, endpoint=endpoint, chat=chat,
                 attempts=self.policy.attempts, error=f"{type(exc).__name__}: {exc}",
                 lost=self.stats.failed)
        self._spawn(self.staff.report(f"lost:{kind}", text))

    async def shutdown(self) -> None:
        """Let staff reports still on their way go out (2 s at most), then close."""
        if self._background:
            await asyncio.wait(list(self._background), timeout=2.0)
        await super().shutdown()

    def _spawn(self, coro: Awaitable[Any]) -> None:
        task = asyncio.ensure_future(coro)
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    def _parseable(self, raw: list[Any]) -> list[Any]:
        """Replace each update python-telegram-bot cannot parse by `{"update_id": N}`: the
        Updater then advances the offset past it and nothing handles it."""
        out = []
        for item in raw:
            try:
                Update.de_json(item, self)
                out.append(item)
                continue
            except Exception as exc:  # noqa: BLE001 - whatever a newer Bot API makes it raise
                update_id = item.get("update_id") if isinstance(item, dict) else None
                if not isinstance(update_id, int):
                    log.error("dropping an update without an update_id: %.300r", item)
                    continue
                self.skipped_updates.append(update_id)
                kinds = [k for k in item if k != "update_id"]
                log.error("skipping update %s (%s) that python-telegram-bot cannot parse: "
                          "%s: %s", update_id, ", ".join(kinds), type(exc).__name__, exc)
                self._spawn(self.staff.report("unparseable_update", t(
                    "staff_unparseable_update", self.staff.lang, id=update_id,
                    kinds=", ".join(kinds), error=f"{type(exc).__name__}: {exc}")))
                out.append({"update_id": update_id})
        return out

    def parse_update(self, data: Any) -> Update | None:
        """An update received by webhook, parsed like polling does (None if unusable)."""
        [item] = self._parseable([data]) or [None]
        return Update.de_json(item, self) if item else None


async def acknowledge(query: CallbackQuery, text: str | None = None) -> bool:
    """Answer a button press (the toast, or just stop the spinner) without ever raising.

    A press made while the bot was down is refused by Telegram as "query is too old"; that
    must not drop the reply that follows, so the caller goes on either way. Returns True if
    Telegram took the answer.
    """
    try:
        await query.answer(text[:200] if text else None)
        return True
    except TelegramError as exc:  # BadRequest "query is too old", or out of retries
        log.info("could not answer callback %s (%s: %s); replying anyway", query.id,
                 type(exc).__name__, exc)
        return False
