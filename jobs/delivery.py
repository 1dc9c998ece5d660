"""The fan-out engine: one message to many chats under Telegram's limits, exactly as the ledger says.

How a broadcast runs (`DeliveryEngine.run`):

1. The audience is computed now (subscribed, active, matching language/country) and every chat
   not yet in the delivery log is added as `queued`. This repeats after each pass, so partners
   who subscribe while a broadcast runs are included.
2. Workers take queued chats. For each send: wait for a slot of the bot's one pacer at
   broadcast priority (`bot.pace`: replies to partners take slots first; under the bot the
   engine gets `pacer=`), or of its own `Pacer` (evenly spaced at `rate` per second, default
   29/s against Telegram's ~30/s, so 429s are rare),
   commit `sending` (+1 attempt), call Telegram, commit `sent` with the message id.
3. Errors: `RetryAfter` (429) pauses *every* sender for exactly `retry_after` seconds, then the
   same message is retried (not counted as a failure); network errors, 5xx and time-outs are
   retried with exponential backoff and jitter up to `max_attempts`; 403 and "chat not found"
   mark the partner inactive (`blocked`, skipped by later broadcasts); any other 400 is
   recorded as `failed` and not retried.

Crash safety. Each status change is its own committed SQLite statement (WAL), so after a
SIGKILL the log says, for every chat, whether it was never tried (`queued`), certainly
delivered (`sent`), or *in flight* (`sending`: the request may or may not have reached
Telegram). Telegram has no idempotency key, so the in-flight case cannot be decided after
the fact; we resend it (at-least-once). The window is only the time between Telegram
accepting the request and our commit of `sent` — a few hundred microseconds, no I/O but the
response itself — and at most `concurrency` chats can be in it at the moment of a crash; the
staff summary counts them. The alternative (treat `sending` as delivered) would silently
drop every request that was still waiting in the pacer or on the network, a much wider
window, and a lost "event tonight" is worse than a rare duplicate. The same reasoning
applies to read time-outs, which is why sends use a long read time-out (`read_timeout`): we
would rather wait for Telegram's real answer than guess.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import sqlite3
import sys
import time
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions, Message
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)

from bot.pace import Lane
from bot.send import SendPolicy, retry_seconds
from core.i18n import Lang, Variant
from core.store import Store, fault_of
from intents.reply import Button
from jobs.ledger import (
    BLOCKED,
    CANCELLED,
    DONE,
    FAILED,
    PENDING,
    RETRY,
    RUNNING,
    SENDING,
    SKIPPED,
    Broadcast,
    Counts,
    Ledger,
)

log = logging.getLogger(__name__)
T = TypeVar("T")

DEFAULT_RATE = 29.0
"""Messages per second overall: just under Telegram's ~30/s so 429s stay rare."""

GONE_MARKERS = ("chat not found", "user not found", "peer_id_invalid", "user is deactivated",
                "bot was kicked", "bot was blocked", "chat_write_forbidden",
                "group chat was deactivated", "bot can't initiate conversation")
"""Error descriptions meaning the chat is gone for good: mark the partner inactive."""


@dataclass(frozen=True)
class Recipient:
    """A chat in the audience, with what rendering needs to know about the partner."""

    chat_id: int
    lang: Lang
    timezone: str | None = None
    country: str | None = None
    variant: Variant | None = None  # Traditional Chinese reader ("tw" | "hk"), see core.i18n


@dataclass(frozen=True)
class Outgoing:
    """One rendered message: Telegram HTML text, inline buttons, optional photo (URL or path)."""

    text: str
    buttons: Sequence[Sequence[Button]] = ()
    photo: str | Path | None = None


Audience = Callable[[], dict[int, Recipient]]
Render = Callable[[Recipient], Outgoing]


@dataclass(frozen=True)
class Progress:
    """What staff see while a broadcast runs and at its end."""

    broadcast: Broadcast
    counts: Counts
    finished: bool
    elapsed: float
    resent: int  # deliveries in flight at a crash, sent again on resume (may be duplicates)
    cancelled: bool = False


ProgressSink = Callable[[Progress], Awaitable[None]]


@dataclass
class EngineStats:
    """Counters over the engine's life, for the benchmark and logs."""

    sent: int = 0
    retry_after: int = 0
    retry_after_seconds: float = 0.0
    network_retries: int = 0
    failed: int = 0
    blocked: int = 0
    db_waits: int = 0  # ledger statements retried because the database was unavailable


class Pacer:
    """Evenly spaced send slots at `rate` per second, and a global pause for `RetryAfter`.

    Evenly spaced (not a bucket with a burst) because Telegram's limit is enforced over short
    windows: a burst of 30 followed by a steady 30/s is exactly what earns a 429.
    """

    def __init__(self, rate: float, *, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], Awaitable[None]] = asyncio.sleep) -> None:
        if rate <= 0:
            raise ValueError("rate must be positive")
        self.interval = 1.0 / rate
        self.clock = clock
        self.sleep = sleep
        self._next = 0.0
        self.paused_until = 0.0

    async def wait(self) -> None:
        """Return at this caller's slot, never inside a RetryAfter pause."""
        while True:
            now = self.clock()
            slot = max(now, self._next, self.paused_until)
            self._next = slot + self.interval
            if slot > now:
                await self.sleep(slot - now)
            if self.clock() >= self.paused_until:
                return  # else a 429 arrived while we slept: take a new slot after the pause

    def pause(self, seconds: float) -> None:
        """Nobody sends for `seconds` from now (what Telegram asked for, exactly)."""
        until = self.clock() + seconds
        self.paused_until = max(self.paused_until, until)
        self._next = max(self._next, self.paused_until)


def skip_missing_sniffio() -> None:
    """Make httpcore's per-request `import sniffio` fail fast when sniffio is not installed.

    httpcore 1.0 asks sniffio which event loop runs on *every* request; without the package,
    each failed import searches all of sys.path (~13 times per Bot API call, a third of a
    broadcast's CPU time). Recording the module as absent (Python's documented `None` entry
    in sys.modules) makes the ImportError instant; httpcore then assumes asyncio, which is
    what we run. No effect when sniffio is installed (the proper fix: add it to the deps).
    """
    try:
        import sniffio  # noqa: F401
    except ImportError:
        sys.modules["sniffio"] = None  # type: ignore[assignment]


def default_concurrency(rate: float) -> int:
    """Requests in flight to keep `rate` with a ~0.5 s round trip to Telegram (15 at 29/s).

    Capped at 16: more open connections cost more than they give (httpcore scans its whole
    pool on every request), and fewer requests in flight means fewer in doubt after a crash.
    """
    return min(16, max(4, int(rate / 2) + 1))


def markup(buttons: Sequence[Sequence[Button]]) -> InlineKeyboardMarkup | None:
    """Reply-model buttons as Telegram inline keyboard."""
    rows = [[InlineKeyboardButton(b.label, url=b.url) if b.url
             else InlineKeyboardButton(b.label, callback_data=b.data) for b in row]
            for row in buttons if row]
    return InlineKeyboardMarkup(rows) if rows else None


@dataclass
class _Run:
    broadcast: Broadcast
    started: float
    resent: int = 0
    cancelled: bool = False
    tasks: set[asyncio.Task] = field(default_factory=set)


class DeliveryEngine:
    """Sends broadcasts through one Bot with one global pace, recording everything in the ledger."""

    def __init__(self, bot: Bot, store: Store, ledger: Ledger, *, rate: float = DEFAULT_RATE,
                 concurrency: int | None = None, max_attempts: int = 5,
                 backoff: tuple[float, float] = (0.5, 30.0), read_timeout: float = 60.0,
                 progress_every: float = 3.0, max_rate_limited: int = 50,
                 policy: SendPolicy | None = None, pacer: Pacer | Lane | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], Awaitable[None]] = asyncio.sleep) -> None:
        self.bot = bot
        self.store = store
        self.ledger = ledger
        # The bot's one pacer at broadcast priority (replies go first), or a pace of its own.
        self.pacer = pacer or Pacer(rate, clock=clock, sleep=sleep)
        self.concurrency = concurrency or default_concurrency(rate)
        # The bot's one send policy; its own loop below records each attempt in the ledger.
        self.policy = policy or SendPolicy(attempts=max_attempts, base=backoff[0], cap=backoff[1])
        self.max_attempts = self.policy.attempts
        self.read_timeout = read_timeout
        self.progress_every = progress_every
        self.max_rate_limited = max_rate_limited
        self.clock = clock
        self.sleep = sleep
        self.stats = EngineStats()
        self._runs: dict[int, _Run] = {}
        self._stopping = False
        self._photo_ids: dict[str, str] = {}
        self._photo_lock = asyncio.Lock()
        # One thread for ledger statements: in order, and off the event loop.
        self._db_thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ledger")

    # -- public ------------------------------------------------------------------------------
    def is_running(self, broadcast_id: int) -> bool:
        return broadcast_id in self._runs

    def cancel(self, broadcast_id: int) -> bool:
        """Stop a running broadcast after the sends in flight; the rest become `skipped`."""
        run = self._runs.get(broadcast_id)
        if run is None:
            return False
        run.cancelled = True
        return True

    def stop(self) -> None:
        """Shutting down: finish the sends in flight, start no new ones, leave the rest queued."""
        self._stopping = True

    async def run(self, broadcast: Broadcast, audience: Audience, render: Render,
                  on_progress: ProgressSink | None = None) -> Progress | None:
        """Deliver `broadcast` to everyone in `audience()` who has not had it; None if stopped.

        Safe to call again after a crash or shutdown: it resumes from the ledger.
        """
        if broadcast.id in self._runs:
            raise RuntimeError(f"broadcast {broadcast.id} is already running")
        if not await self._db(self.ledger.set_status, broadcast.id, RUNNING,
                              only_from=(PENDING, RUNNING)):
            log.warning("broadcast %s is not pending any more; not sending", broadcast.name)
            return None
        run = self._runs[broadcast.id] = _Run(broadcast, self.clock())
        ticker = (asyncio.create_task(self._tick(run, on_progress)) if on_progress else None)
        try:
            finished = await self._passes(run, audience, render)
        finally:
            if ticker:
                ticker.cancel()
            del self._runs[broadcast.id]
        if not finished:
            return None
        if run.cancelled:
            await self._db(self.ledger.mark_remaining, broadcast.id, SKIPPED, "cancelled by staff")
        await self._db(self.ledger.set_status, broadcast.id, CANCELLED if run.cancelled else DONE,
                       only_from=(RUNNING,))
        progress = await self._progress(run, finished=True)
        if on_progress:
            await self._safe(on_progress(progress))
        return progress

    async def send(self, chat_id: int, out: Outgoing, *, retries: int = 3) -> Message | None:
        """A paced one-off message (staff notices, progress); None if it could not be sent.
        Retried under the send policy, at most `retries` calls."""
        for attempt in range(1, retries + 1):
            await self.pacer.wait()
            try:
                return await self._send(chat_id, out)
            except RetryAfter as exc:
                self._rate_limited(exc)
            except TelegramError as exc:
                if not self.policy.retryable(exc) or attempt == retries:
                    log.warning("notice to %s failed: %s", chat_id, exc)
                    return None
                await self.sleep(self.policy.delay(attempt, exc))
        return None

    async def edit(self, chat_id: int, message_id: int, text: str) -> bool:
        """Edit a progress message in place; "not modified" counts as success."""
        await self.pacer.wait()
        try:
            await self.bot.edit_message_text(text, chat_id=chat_id, message_id=message_id,
                                             parse_mode=ParseMode.HTML)
            return True
        except RetryAfter as exc:
            self._rate_limited(exc)
        except BadRequest as exc:
            return "not modified" in str(exc).lower()
        except TelegramError as exc:
            log.info("progress edit failed: %s", exc)
        return False

    # -- passes and workers ------------------------------------------------------------------
    async def _passes(self, run: _Run, audience: Audience, render: Render) -> bool:
        """Pass after pass until no new chat joins the audience; False if stopping."""
        bid = run.broadcast.id
        first = True
        while not (self._stopping or run.cancelled):
            recipients = await self._db(self._audience, audience)
            await self._db(self.ledger.enqueue, bid, {cid: r.lang for cid, r in recipients.items()})
            todo = await self._db(self.ledger.todo, bid)
            if first:
                run.resent = sum(1 for _, status in todo if status == SENDING)
                if run.resent:
                    log.warning("%s: %d deliveries were in flight at the last stop; resending",
                                run.broadcast.name, run.resent)
                first = False
            if not todo:
                return True
            queue = deque(cid for cid, _ in todo)
            workers = [asyncio.create_task(self._worker(run, queue, recipients, render))
                       for _ in range(min(self.concurrency, len(queue)))]
            try:
                await asyncio.gather(*workers)
            except BaseException:
                for w in workers:
                    w.cancel()
                raise
        return run.cancelled and not self._stopping

    async def _worker(self, run: _Run, queue: deque[int], recipients: dict[int, Recipient],
                      render: Render) -> None:
        bid = run.broadcast.id
        while queue and not (self._stopping or run.cancelled):
            chat_id = queue.popleft()
            recipient = recipients.get(chat_id)
            if recipient is None:
                await self._db(self.ledger.mark, bid, chat_id, SKIPPED, "no longer in the audience")
                continue
            await self._deliver(bid, recipient, render)

    async def _deliver(self, bid: int, rcpt: Recipient, render: Render) -> None:
        """One chat: render, then send until sent, blocked, failed or out of attempts."""
        chat_id = rcpt.chat_id
        try:
            out = render(rcpt)
        except Exception as exc:
            log.exception("render failed for chat %s", chat_id)
            await self._final(bid, chat_id, FAILED, f"render: {exc}")
            return
        failures = limited = 0
        while True:
            await self.pacer.wait()
            if self._stopping:
                return  # shutting down: the row stays queued/retry and is sent after restart
            await self._db(self.ledger.mark_sending, bid, chat_id)
            try:
                message = await self._send(chat_id, out)
            except RetryAfter as exc:
                limited += 1
                seconds = self._rate_limited(exc)
                if limited >= self.max_rate_limited:
                    await self._final(bid, chat_id, FAILED, f"429 retry after {seconds:g}s, "
                                                            f"{limited} times")
                    return
                await self._db(self.ledger.mark, bid, chat_id, RETRY, f"429 retry after {seconds:g}s")
                continue
            except Forbidden as exc:
                await self._gone(bid, chat_id, f"403 {exc.message}")
                return
            except BadRequest as exc:
                if any(m in exc.message.lower() for m in GONE_MARKERS):
                    await self._gone(bid, chat_id, f"400 {exc.message}")
                else:
                    await self._final(bid, chat_id, FAILED, f"400 {exc.message}")
                return
            except (ChatMigrated, InvalidToken) as exc:
                await self._final(bid, chat_id, FAILED, f"{type(exc).__name__}: {exc}")
                return
            except (TimedOut, NetworkError) as exc:  # 5xx, time-outs, connection errors
                failures += 1
                reason = f"{type(exc).__name__}: {exc}"
                if self._stopping:  # e.g. the HTTP client is closing: retry after restart
                    await self._db(self.ledger.mark, bid, chat_id, RETRY, reason)
                    return
                if failures >= self.max_attempts:
                    await self._final(bid, chat_id, FAILED, f"{reason} ({failures} attempts)")
                    return
                self.stats.network_retries += 1
                await self._db(self.ledger.mark, bid, chat_id, RETRY, reason)
                await self.sleep(self._backoff(failures))
                continue
            except TelegramError as exc:
                await self._final(bid, chat_id, FAILED, f"{type(exc).__name__}: {exc}")
                return
            await self._db(self.ledger.mark_sent, bid, chat_id, message.message_id)
            self.stats.sent += 1
            return

    # -- helpers -----------------------------------------------------------------------------
    async def _db(self, fn: Callable[..., T], *args: Any, **kw: Any) -> T:
        """A ledger statement in the engine's database thread, so a locked database never
        holds up the event loop (partners' replies). A store fault (locked, read-only, disk
        full) is waited out with back-off: the statement did not happen (SQLite rolled it
        back), and nothing is sent before its `sending` row is committed. Stops retrying when
        the engine is stopping (the row then stays as it was, like after a crash)."""
        loop = asyncio.get_running_loop()
        delay = 0.05
        while True:
            try:
                return await loop.run_in_executor(self._db_thread,
                                                  functools.partial(fn, *args, **kw))
            except sqlite3.Error as exc:
                fault = fault_of(exc)
                if fault is None or self._stopping:
                    raise
                self.stats.db_waits += 1
                if self.stats.db_waits % 20 == 1:
                    log.warning("delivery ledger unavailable (%s); waiting", fault)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 2.0)

    def _audience(self, audience: Audience) -> dict[int, Recipient]:
        """`audience()` in the ledger thread: a query and one `Recipient` per partner, 0.1-0.2 s
        of CPU for 10,000, that on the event loop would hold up every reply waiting there."""
        with self.store.connection_lock:  # `:memory:`: one connection, taken in turns
            return audience()

    async def _send(self, chat_id: int, out: Outgoing) -> Message:
        keyboard = markup(out.buttons)
        if out.photo is None:
            return await self.bot.send_message(
                chat_id, out.text, parse_mode=ParseMode.HTML, reply_markup=keyboard,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
                read_timeout=self.read_timeout)
        return await self._send_photo(chat_id, out, keyboard)

    async def _send_photo(self, chat_id: int, out: Outgoing,
                          keyboard: InlineKeyboardMarkup | None) -> Message:
        """Upload a local photo once, then reuse Telegram's file id for everyone else."""
        key = str(out.photo)
        is_url = key.startswith(("http://", "https://"))

        async def send(photo: object) -> Message:
            return await self.bot.send_photo(chat_id, photo, caption=out.text,  # type: ignore[arg-type]
                                             parse_mode=ParseMode.HTML, reply_markup=keyboard,
                                             read_timeout=self.read_timeout,
                                             write_timeout=self.read_timeout)
        if is_url or key in self._photo_ids:
            return await send(self._photo_ids.get(key, key))
        async with self._photo_lock:
            if key in self._photo_ids:
                return await send(self._photo_ids[key])
            message = await send(Path(key).read_bytes())
            if message.photo:
                self._photo_ids[key] = message.photo[-1].file_id
            return message

    def _rate_limited(self, exc: RetryAfter) -> float:
        seconds = retry_seconds(exc)
        self.stats.retry_after += 1
        self.stats.retry_after_seconds += seconds
        log.info("Telegram asked to wait %.1f s (429); pausing all sends", seconds)
        self.pacer.pause(seconds)
        return seconds

    def _backoff(self, failures: int) -> float:
        return self.policy.delay(failures)

    async def _final(self, bid: int, chat_id: int, status: str, error: str) -> None:
        await self._db(self.ledger.mark, bid, chat_id, status, error)
        if status == FAILED:
            self.stats.failed += 1
            log.info("delivery %s -> %s failed: %s", bid, chat_id, error)

    async def _gone(self, bid: int, chat_id: int, error: str) -> None:
        await self._db(self.ledger.mark, bid, chat_id, BLOCKED, error)
        await self._db(self.store.mark_inactive, chat_id, error)
        self.stats.blocked += 1

    async def _progress(self, run: _Run, *, finished: bool) -> Progress:
        """Counts read in the ledger thread: a GROUP BY over the broadcast's deliveries, every
        few seconds, is not for the event loop that answers partners."""
        counts = await self._db(self.ledger.counts, run.broadcast.id)
        return Progress(broadcast=run.broadcast, counts=counts, finished=finished,
                        elapsed=self.clock() - run.started, resent=run.resent,
                        cancelled=run.cancelled)

    async def _tick(self, run: _Run, on_progress: ProgressSink) -> None:
        while True:
            await self.sleep(self.progress_every)
            await self._safe(self._report_progress(run, on_progress))

    async def _report_progress(self, run: _Run, on_progress: ProgressSink) -> None:
        await on_progress(await self._progress(run, finished=False))

    @staticmethod
    async def _safe(awaitable: Awaitable[None]) -> None:
        try:
            await awaitable
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("progress callback failed")
