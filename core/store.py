"""The embedded SQLite store (WAL): partner profiles and their interests.

SQLite is the source of truth for everything that must survive a restart. Other modules
(`jobs.*`) add their own tables to the same database through `Store.db`. All date-times are
stored as ISO 8601 strings in UTC with an explicit offset.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, fields, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, ClassVar, TypeVar

import sqlite_utils

from core.i18n import Lang, Locale, normalize_lang, partner_locale

log = logging.getLogger(__name__)
T = TypeVar("T")


def utcnow() -> datetime:
    return datetime.now(UTC)


def iso(dt: datetime) -> str:
    """Stored form of a date-time: aware, UTC, ISO 8601. Naive values are a bug, so refuse them."""
    if dt.tzinfo is None:
        raise ValueError("naive datetime; every stored date-time must be timezone-aware")
    return dt.astimezone(UTC).isoformat(timespec="seconds")


BUSY_MS = 2000
"""How long one statement waits for another connection's write lock (e.g. staff holding the
file open in a viewer) before giving up. Bounded, so no caller hangs; the writer thread
retries what it could not write."""

WRITE_WAIT = 1.0
"""Seconds a caller waits for its write before going on without it (it stays queued). Only
while the store is healthy: once writes are known to be waiting, callers do not wait."""

CACHE_KB = 512
"""Page cache per connection, in KiB (SQLite's default is 2 MiB; there is one per thread)."""

ALERT_AFTER = 5.0
"""Seconds a write fault must last before staff are told (once per outage)."""

FORGET_WAIT = 5.0
"""Seconds /forget waits for its deletion before telling the partner it will happen later."""

MAX_PENDING = 10_000
# A write running longer than this (seconds) is taken as stuck behind a lock: later writes
# stop waiting for their result and stay queued.
STUCK_AFTER = 0.25
SCHEMA_WAIT = 30.0
"""Writes kept waiting during an outage; beyond this, new ones are dropped and counted."""

# SQLite primary result codes that mean "the store is unavailable right now", not "this
# statement is wrong": busy/locked by another connection, read-only, I/O error, disk full,
# cannot open.
FAULT_CODES = {5: "locked", 6: "locked", 8: "read-only", 10: "I/O error", 13: "disk full",
               14: "cannot open"}


def fault_of(exc: BaseException) -> str | None:
    """"locked", "read-only", "disk full"... when `exc` is SQLite saying the store is
    unavailable (retry later), None for any other error (a bug or bad data: do not retry)."""
    if not isinstance(exc, sqlite3.Error):
        return None
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in FAULT_CODES:
        return FAULT_CODES[code & 0xFF]
    text = str(exc).lower()
    for needle, name in (("locked", "locked"), ("readonly", "read-only"),
                         ("read-only", "read-only"), ("disk is full", "disk full"),
                         ("disk i/o", "I/O error"), ("unable to open", "cannot open")):
        if needle in text:
            return name
    return None


def probe_write(path: Path, timeout: float = 1.0) -> str | None:
    """Could a write transaction start on `path` within `timeout` seconds? None if so, else
    the fault ("locked", "read-only", ...). Its own connection, rolled back at once."""
    try:
        conn = sqlite3.connect(str(path), timeout=timeout, isolation_level=None)
    except sqlite3.Error as exc:
        return fault_of(exc) or f"{type(exc).__name__}: {exc}"
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
        return None
    except sqlite3.Error as exc:
        return fault_of(exc) or f"{type(exc).__name__}: {exc}"
    finally:
        conn.close()


class StoreUnavailable(Exception):
    """A read needed now could not be done (the store is locked or failing); use a default."""


def connect(path: Path | str, *, busy_ms: int = BUSY_MS) -> sqlite_utils.Database:
    """Open (creating) one connection in WAL mode. A file database waits at most `busy_ms` for
    another connection's lock; `:memory:` is private to this connection."""
    if str(path) == ":memory:":
        conn = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
    else:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), check_same_thread=False, timeout=busy_ms / 1000,
                               isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout = {int(busy_ms)}")
    # No sqlite-utils plugins: the bot's connections are set up here and nowhere else, and
    # looking for plugins reads the entry points of every installed package (~30 ms of CPU,
    # once per process, in every start).
    db = sqlite_utils.Database(conn, execute_plugins=False)
    if str(path) != ":memory:" and db.journal_mode != "wal":
        db.enable_wal()
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    if str(path) != ":memory:":
        # A connection per thread: keep each one's page cache small (the OS caches the file).
        conn.execute(f"PRAGMA cache_size = -{CACHE_KB}")
    return db


class ThreadLocalDatabase:
    """A `sqlite_utils.Database` that is really one connection per thread, for file databases.

    Why: with one shared connection, a statement waiting for another process's write lock
    holds the connection's mutex, so every other thread's reads wait too. With a connection
    per thread, reads go on (WAL readers are never blocked by a writer) and only the thread
    that writes waits, at most `busy_ms`. Everything else is forwarded to this thread's
    `Database`, so `db["profiles"]`, `db.execute`, `db.conn` work as before.
    """

    def __init__(self, path: Path | str, *, busy_ms: int = BUSY_MS,
                 on_connect: list[Callable[[sqlite3.Connection], None]] | None = None) -> None:
        self.path = Path(path)
        self.busy_ms = busy_ms
        self.on_connect = on_connect if on_connect is not None else []
        self._local = threading.local()
        self._all: list[sqlite_utils.Database] = []
        self._lock = threading.Lock()
        self.local()  # the opening thread's connection: fail early if the file cannot be opened

    def local(self) -> sqlite_utils.Database:
        """This thread's connection (opened on first use)."""
        db = getattr(self._local, "db", None)
        if db is None:
            db = connect(self.path, busy_ms=self.busy_ms)
            for hook in self.on_connect:
                hook(db.conn)
            self._local.db = db
            with self._lock:
                self._all.append(db)
        return db

    def connections(self) -> list[sqlite3.Connection]:
        with self._lock:
            return [db.conn for db in self._all]

    def close(self) -> None:
        with self._lock:
            for db in self._all:
                try:
                    db.conn.close()
                except sqlite3.Error:
                    pass
            self._all.clear()
        self._local = threading.local()

    def __getitem__(self, name: str):  # type: ignore[no-untyped-def]
        return self.local()[name]

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self.local(), name)


@dataclass
class Health:
    """Whether the store accepts writes, for /healthz and the staff notice (times UTC)."""

    writable: bool = True
    fault: str | None = None  # "locked", "read-only", "disk full", ...
    since: datetime | None = None
    pending: int = 0  # writes waiting for the store to come back
    dropped: int = 0  # writes lost because too many were waiting
    alerted: bool = False

    def as_dict(self) -> dict[str, object]:
        return {"writable": self.writable, "fault": self.fault,
                "since": iso(self.since) if self.since else None, "pending": self.pending,
                "dropped": self.dropped}


FaultCallback = Callable[[str, Health], None]
"""`callback(event, health)`, event "unavailable" (fault lasted `alert_after` s) or "recovered";
called from the writer thread."""


class Writer:
    """One thread that performs the store's writes in order, waiting out faults.

    `submit(fn)` queues `fn(db)` and returns a Future. A fault (locked, read-only, disk full)
    leaves the write at the head of the queue and it is retried with back-off until it works,
    so the order of writes is kept and nothing is half-written (each write is one SQLite
    transaction). Any other error fails only that write's Future.
    """

    def __init__(self, db: Any, health: Health, clock: Callable[[], float] = time.monotonic,
                 *, conn_lock: Any = None, alert_after: float | None = None) -> None:
        self.db, self.health, self.clock = db, health, clock
        self.alert_after = alert_after  # None: `ALERT_AFTER` as it is when a fault begins
        # One connection shared by every thread (`:memory:`): its users take turns.
        self.conn_lock = conn_lock if conn_lock is not None else contextlib.nullcontext()
        self.callbacks: list[FaultCallback] = []
        self._queue: deque[tuple[Callable[[Any], Any], Future]] = deque()
        self._cond = threading.Condition()
        self._stopping = False
        self._fault_started: float | None = None
        self._head_started: float | None = None  # when the write now running began
        self._thread = threading.Thread(target=self._run, name="store-writer", daemon=True)
        self._thread.start()

    def submit(self, fn: Callable[[Any], T]) -> Future:
        future: Future = Future()
        with self._cond:
            if len(self._queue) >= MAX_PENDING:
                self.health.dropped += 1
                future.set_exception(StoreUnavailable(f"{self.health.fault}: too many writes "
                                                      f"waiting"))
                return future
            self._queue.append((fn, future))
            self.health.pending = len(self._queue)
            self._cond.notify()
        return future

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until every queued write is done; False if it did not happen in time."""
        deadline = self.clock() + timeout
        with self._cond:
            while self._queue:
                left = deadline - self.clock()
                if left <= 0:
                    return False
                self._cond.wait(min(left, 0.05))
        return True

    def stop(self, timeout: float = 5.0) -> None:
        """Finish what can be written within `timeout`; the thread then ends."""
        self.flush(timeout)
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        self._thread.join(timeout=1.0)

    def _run(self) -> None:
        delay = 0.05
        while True:
            with self._cond:
                while not self._queue and not self._stopping:
                    self._cond.wait()
                if not self._queue:
                    return
                fn, future = self._queue[0]
            if future.cancelled():
                self._pop()
                continue
            self._head_started = self.clock()
            try:
                with self.conn_lock:
                    result = fn(self.db)
            except Exception as exc:  # noqa: BLE001 - any failure fails only this write
                fault = fault_of(exc)
                if fault is None:
                    self._pop()
                    future.set_exception(exc)
                    continue
                self._faulty(fault)
                with self._cond:
                    if self._stopping:
                        self._queue.clear()
                        return
                    self._cond.wait(delay)
                delay = min(delay * 2, 2.0)
                continue
            delay = 0.05
            self._healthy()  # before the pop: whoever `flush`ed sees the store writable
            self._pop()
            future.set_result(result)

    def stuck(self) -> bool:
        """True while a fault is being waited out, or the write now running has taken longer
        than `STUCK_AFTER` seconds (it may sit in SQLite's busy wait behind another process)."""
        started = self._head_started
        return (not self.health.writable or (started is not None and bool(self._queue)
                and self.clock() - started > STUCK_AFTER))

    def _pop(self) -> None:
        self._head_started = None
        with self._cond:
            self._queue.popleft()
            self.health.pending = len(self._queue)
            self._cond.notify_all()

    def _faulty(self, fault: str) -> None:
        self.health.writable, self.health.fault = False, fault
        if self._fault_started is None:
            started = self._fault_started = self.clock()
            self.health.since = utcnow()
            log.warning("store unavailable (%s); %d write(s) waiting", fault, self.health.pending)
            # A timer, not the next failure: a retry may sit in SQLite's busy wait for seconds.
            timer = threading.Timer(ALERT_AFTER if self.alert_after is None else self.alert_after,
                                    self._alert_if_still, args=(started,))
            timer.daemon = True
            timer.start()

    def _alert_if_still(self, started: float) -> None:
        """Tell once, if the outage that began at `started` is still going on."""
        with self._cond:
            if self._fault_started != started or self.health.alerted:
                return
            self.health.alerted = True
        self._emit("unavailable")

    def _healthy(self) -> None:
        if self._fault_started is None:
            return
        log.warning("store writable again after %.1f s (%s)",
                    self.clock() - self._fault_started, self.health.fault)
        with self._cond:
            alerted = self.health.alerted
            self._fault_started = None
            self.health.writable, self.health.alerted = True, False
        if alerted:
            self._emit("recovered")
        self.health.fault, self.health.since = None, None

    def _emit(self, event: str) -> None:
        for callback in list(self.callbacks):
            try:
                callback(event, self.health)
            except Exception:
                log.exception("store fault callback failed")


@dataclass(frozen=True)
class Profile:
    """What the bot remembers of a partner's chat."""

    chat_id: int
    language: Lang | None  # chosen with /language; wins over Telegram's language_code
    language_code: str | None  # as Telegram reports it
    chat_lang: Lang | None  # the language of the partner's last clearly written message
    timezone: str | None
    country: str | None
    first_name: str | None
    active: bool
    zh_script: str | None = None  # "hant" | "hans": the Chinese script they last wrote in
    # the script was asked for ("之後請用繁體字回覆", the 繁體中文 button): it holds whatever they write in
    zh_script_chosen: bool = False

    @property
    def locale(self) -> Locale:
        """Language (and Chinese script) for a button or command, which carries no text to
        detect; `core.i18n.partner_locale` decides (broadcasts call it with broadcast=True)."""
        return partner_locale(self)

    @property
    def conversation_lang(self) -> Lang:
        return self.locale.lang

    @property
    def preferred_lang(self) -> Lang:
        """The language broadcasts use (their /language choice, else the one they write in)."""
        return partner_locale(self, broadcast=True).lang


LAST_SEEN_EVERY = timedelta(hours=1)
"""`last_seen` is refreshed at most this often: a partner's message writes nothing when
nothing Telegram told us changed (no database write per message)."""


@dataclass(frozen=True)
class _Seen:
    profile: Profile
    user_id: int | None
    last_seen: datetime


_PROFILE_FIELDS = frozenset(f.name for f in fields(Profile))


class Store:
    """Typed access to partner data. One instance per process, created at start-up.

    Profiles are cached in memory once read, and every change the store makes updates the
    cache as it queues the write, so a partner's message costs no query and, unless something
    changed, no write. A row read while writes are still queued is not cached (it may be
    older than they are). Code that changes the `profiles` table behind the store's back must
    call `forget_cached`.

    Never blocks a caller for long, whatever happens to the file:
    * `db` is a connection per thread (`ThreadLocalDatabase`) for file databases, so reads go
      on while another process holds the write lock;
    * the store's own writes (`touch`, `set_language`, ...) go through one writer thread
      (`write`): the caller waits at most `WRITE_WAIT` seconds; a write that meets a lock, a
      read-only file or a full disk stays queued and is retried in order until it works;
    * `writable` / `health()` say whether writes are going through (for /healthz), and
      `on_fault(callback)` is told once an outage lasts `alert_after` s (BOT_STORE_ALERT_SECONDS,
      `ALERT_AFTER` by default), and when it ends.
    """

    def __init__(self, db: Any, *, write_wait: float = WRITE_WAIT,
                 alert_after: float | None = None) -> None:
        self.db = db
        self.write_wait = write_wait
        self._seen: dict[int, _Seen] = {}
        # How long a write nobody reads back at once (the question log, conversation memory)
        # waits: not at all on a file, where another process may hold the lock and the reply
        # must not wait for it; the whole write on the in-memory store of tests and the console.
        self.defer_wait = 0.0 if isinstance(db, ThreadLocalDatabase) else write_wait
        self._health = Health()
        self._migrate()
        # A file database gives each thread its own connection; `:memory:` (tests, the console)
        # is one connection, so its reads and the writer thread take turns on it.
        self._conn_lock = (contextlib.nullcontext() if isinstance(db, ThreadLocalDatabase)
                           else threading.RLock())
        self._writer = Writer(db, self._health, conn_lock=self._conn_lock, alert_after=alert_after)
        self._schemas: set[str] = set()

    @classmethod
    def open(cls, path: Path | str, *, busy_ms: int = BUSY_MS, **kw: Any) -> Store:
        if str(path) == ":memory:":  # tests and the console: no other process, no faults
            return cls(connect(path), **{"write_wait": 30.0, **kw})
        return cls(ThreadLocalDatabase(path, busy_ms=busy_ms), **kw)

    def _migrate(self) -> None:
        self.db["profiles"].create(
            {"chat_id": int, "user_id": int, "first_name": str, "language": str,
             "language_code": str, "timezone": str, "country": str, "first_seen": str,
             "last_seen": str, "active": int, "inactive_reason": str, "chat_lang": str,
             "zh_script": str, "zh_script_chosen": int},
            pk="chat_id", if_not_exists=True, defaults={"active": 1},
        )
        for column in ("chat_lang", "zh_script"):  # databases from before these columns
            if column not in self.db["profiles"].columns_dict:
                self.db["profiles"].add_column(column, str)
        if "zh_script_chosen" not in self.db["profiles"].columns_dict:
            self.db["profiles"].add_column("zh_script_chosen", int)
        self.db["interests"].create(
            {"chat_id": int, "work_id": str, "created": str, "notified": int},
            pk=("chat_id", "work_id"), if_not_exists=True,
        )

    # -- health and writing ---------------------------------------------------------------
    @property
    def writable(self) -> bool:
        """False while writes meet a fault (locked, read-only, disk full) and wait in a queue."""
        return self._health.writable

    def health(self, probe: float | None = None) -> dict[str, object]:
        """{"writable", "fault", "since" (ISO UTC), "pending", "dropped"} for /healthz.

        `writable` is what the writer last met. With `probe` (seconds), a write transaction is
        also tried on a connection of its own (rolled back at once, nothing written), so a lock
        held by another process counts even when the bot has nothing to write; that blocks the
        caller up to `probe` seconds (call it in a worker thread)."""
        doc = self._health.as_dict()
        if probe is not None and isinstance(self.db, ThreadLocalDatabase):
            fault = probe_write(self.db.path, probe)
            if fault is not None:
                doc["writable"] = False
                doc["fault"] = doc["fault"] or fault
        return doc

    def on_fault(self, callback: FaultCallback) -> FaultCallback:
        """`callback("unavailable" | "recovered", health)`, from the writer thread."""
        self._writer.callbacks.append(callback)
        return callback

    def write(self, fn: Callable[[Any], T], *, default: T = None,  # type: ignore[assignment]
              wait: float | None = None) -> T:
        """Run `fn(db)` (one write, one transaction) on the writer thread.

        Returns its result if it finished within `wait` seconds (default `write_wait`), else
        `default`: the write stays queued and happens when the store allows it. Raises only
        what `fn` itself raised for a reason other than a store fault.
        """
        if wait is None:
            wait = 0.0 if self._writer.stuck() else self.write_wait
        future = self._writer.submit(fn)
        try:
            return future.result(wait)
        except FutureTimeout:
            return default
        except StoreUnavailable:
            log.error("store write dropped: %s", self._health.fault)
            return default

    @property
    def stuck(self) -> bool:
        """True while writes wait out a fault (or one has been running too long): a caller
        that cannot wait should not expect its write to finish now."""
        return self._writer.stuck()

    def submit(self, fn: Callable[[Any], T]) -> Future:
        """Queue `fn(db)` on the writer thread and return its `concurrent.futures.Future` at
        once (coroutines await it with `asyncio.wrap_future`, never blocking the loop). Faults
        are waited out in order; the Future fails only for `fn`'s own errors, or with
        `StoreUnavailable` when too many writes are already waiting."""
        return self._writer.submit(fn)

    def ensure_schema(self, name: str, fn: Callable[[Any], Any]) -> None:
        """Create tables and indexes with `fn(db)` (idempotent DDL) once per store, on the
        writer thread: DDL is a write, and on a caller's connection it could meet the writer's
        own lock. Waits up to `SCHEMA_WAIT` seconds; after that the DDL stays queued."""
        if name in self._schemas:
            return
        self.write(fn, wait=SCHEMA_WAIT)
        self._schemas.add(name)

    @property
    def connection_lock(self) -> Any:
        """A context manager that code using `db` from its own thread holds around each
        statement: a lock on a `:memory:` store (one shared connection), nothing on a file."""
        return self._conn_lock

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait for queued writes (tests, shutdown); False if they are still waiting."""
        return self._writer.flush(timeout)

    def close(self, timeout: float = 5.0) -> None:
        """Write what can be written within `timeout`, then close the connections."""
        self._writer.stop(timeout)
        if isinstance(self.db, ThreadLocalDatabase):
            self.db.close()

    def read(self, fn: Callable[[Any], T]) -> T:
        """Run a read on this thread's connection; a store fault becomes `StoreUnavailable`
        (callers answer with a safe default rather than fail the reply)."""
        try:
            with self._conn_lock:
                return fn(self.db)
        except sqlite3.Error as exc:
            fault = fault_of(exc)
            if fault is None:
                raise
            raise StoreUnavailable(fault) from exc

    # -- profiles -------------------------------------------------------------------------
    def touch(self, chat_id: int, *, user_id: int | None = None, first_name: str | None = None,
              language_code: str | None = None) -> Profile:
        """Create the profile on first contact and refresh what Telegram tells us each time.

        Writes (through the writer, queued on a store fault) only when something changed, the
        partner was inactive, or `last_seen` is older than `LAST_SEEN_EVERY`; otherwise returns
        the cached profile. Never fails for a store fault: the profile returned is what is
        known (or, for a partner the store cannot read now, what Telegram told us)."""
        now_dt = utcnow()
        seen = self._seen.get(chat_id)
        if seen is not None and seen.profile.active \
                and now_dt - seen.last_seen < LAST_SEEN_EVERY \
                and (user_id is None or user_id == seen.user_id) \
                and (first_name is None or first_name == seen.profile.first_name) \
                and (language_code is None or language_code == seen.profile.language_code):
            return seen.profile
        now = iso(now_dt)

        def upsert(db: Any) -> None:
            db.execute(
                """INSERT INTO profiles (chat_id, user_id, first_name, language_code, first_seen,
                                         last_seen, active)
                   VALUES (?, ?, ?, ?, ?, ?, 1)
                   ON CONFLICT(chat_id) DO UPDATE SET
                     user_id = coalesce(excluded.user_id, user_id),
                     first_name = coalesce(excluded.first_name, first_name),
                     language_code = coalesce(excluded.language_code, language_code),
                     last_seen = excluded.last_seen, active = 1, inactive_reason = NULL""",
                [chat_id, user_id, first_name, language_code, now, now],
            )

        self.write(upsert)
        if seen is not None:  # the cache says what the row holds once the write is done
            old = seen.profile
            profile = replace(old, active=True,
                              first_name=old.first_name if first_name is None else first_name,
                              language_code=old.language_code if language_code is None
                              else language_code)
            self._seen[chat_id] = _Seen(profile, seen.user_id if user_id is None else user_id,
                                        now_dt)
            return profile
        try:
            profile = self.profile(chat_id)  # cached if no write is still queued
        except StoreUnavailable:
            profile = None
        if profile is None:
            return Profile(chat_id=chat_id, language=None, language_code=language_code,
                           chat_lang=None, timezone=None, country=None, first_name=first_name,
                           active=True)
        if language_code and profile.language_code != language_code:  # not written yet
            profile = replace(profile, language_code=language_code)
        return profile

    def profile(self, chat_id: int) -> Profile | None:
        """The partner's profile (cached after the first read), or None if never seen;
        `StoreUnavailable` if it is not cached and the store cannot be read now."""
        seen = self._seen.get(chat_id)
        if seen is not None:
            return seen.profile
        settled = self._health.pending == 0  # no queued write can make this row stale
        rows = self.read(lambda db: list(db.query("SELECT * FROM profiles WHERE chat_id = ?",
                                                  [chat_id])))
        if not rows:
            return None
        r = rows[0]
        profile = Profile(chat_id=r["chat_id"], language=normalize_lang(r["language"]),
                          language_code=r["language_code"],
                          chat_lang=normalize_lang(r.get("chat_lang")), timezone=r["timezone"],
                          country=r["country"], first_name=r["first_name"],
                          active=bool(r["active"]), zh_script=r.get("zh_script"),
                          zh_script_chosen=bool(r.get("zh_script_chosen")))
        if settled and self._health.pending == 0:
            try:
                last_seen = datetime.fromisoformat(r["last_seen"])
            except (TypeError, ValueError):
                last_seen = datetime.min.replace(tzinfo=UTC)
            self._seen[chat_id] = _Seen(profile, r["user_id"], last_seen)
        return profile

    def forget_cached(self, chat_id: int | None = None) -> None:
        """Drop the cached profile of `chat_id` (all of them if None) after an outside change."""
        if chat_id is None:
            self._seen.clear()
        else:
            self._seen.pop(chat_id, None)

    def set_language(self, chat_id: int, lang: Lang) -> None:
        self._update(chat_id, language=lang, chat_lang=lang)

    def set_chat_lang(self, chat_id: int, lang: Lang) -> None:
        """Remember the language the partner writes in, so a button under an answer in that
        language answers in it too (a button press carries no text to detect)."""
        self._update(chat_id, chat_lang=lang)

    def set_zh_script(self, chat_id: int, script: str, chosen: bool = False) -> None:
        """Remember whether the partner writes Chinese in Traditional ("hant") or Simplified
        ("hans") characters, so buttons and broadcasts answer in the same script; `chosen` when
        they asked for it (it then holds whatever script they write in, until they ask again)."""
        if chosen:
            self._update(chat_id, zh_script=script, zh_script_chosen=True)
        else:
            self._update(chat_id, zh_script=script)

    def set_timezone(self, chat_id: int, tz: str) -> None:
        self._update(chat_id, timezone=tz)

    def set_country(self, chat_id: int, country: str) -> None:
        self._update(chat_id, country=country.upper())

    def mark_inactive(self, chat_id: int, reason: str) -> None:
        """A partner who blocked the bot (403) or whose chat vanished is skipped from now on."""
        self._update(chat_id, active=0, inactive_reason=reason[:200])

    def _update(self, chat_id: int, **values: object) -> None:
        """Set columns of a profile (created if missing) through the writer, and in the cache;
        nothing is written when the cached profile already holds these values. A cached
        profile is read from the cache, so its write is not waited for (like the question
        log's: a partner switching language mid-conversation does not wait for a commit);
        an uncached one is, so that the next read finds it."""
        seen = self._seen.get(chat_id)
        if seen is not None:
            changes = {k: bool(v) if k == "active" else v for k, v in values.items()
                       if k in _PROFILE_FIELDS}
            if len(changes) == len(values) \
                    and all(getattr(seen.profile, k) == v for k, v in changes.items()):
                return
            self._seen[chat_id] = replace(seen, profile=replace(seen.profile, **changes))
        now = iso(utcnow())
        first = {"first_seen": now, "last_seen": now, "active": 1, **values}
        columns, updated = sorted(first), sorted(values)

        def update(db: Any) -> None:
            db.execute(
                f"""INSERT INTO profiles (chat_id, {', '.join(columns)})
                    VALUES (?, {', '.join('?' * len(columns))})
                    ON CONFLICT(chat_id) DO UPDATE SET
                    {', '.join(f'{c} = excluded.{c}' for c in updated)}""",
                [chat_id, *(first[c] for c in columns)])

        self.write(update, wait=self.defer_wait if seen is not None else None)

    # -- interests ------------------------------------------------------------------------
    def record_interest(self, chat_id: int, work_id: str) -> bool:
        """Remember "I'm interested" for staff; True the first time, False if already recorded
        (True also when the store is unavailable: staff rather hear it twice than never)."""
        created = iso(utcnow())

        def insert(db: Any) -> bool:
            return db.execute(
                "INSERT OR IGNORE INTO interests (chat_id, work_id, created, notified) "
                "VALUES (?, ?, ?, 0)", [chat_id, work_id, created]).rowcount > 0

        return bool(self.write(insert, default=True))

    def interests(self, work_id: str | None = None) -> list[dict]:
        if work_id is None:
            return list(self.db["interests"].rows)
        return list(self.db["interests"].rows_where("work_id = ?", [work_id]))

    # -- data rights (/mydata, /forget) ---------------------------------------------------
    PARTNER_COLUMNS: ClassVar[tuple[str, ...]] = ("chat_id", "user_id")

    def partner_tables(self) -> dict[str, list[str]]:
        """Every table with a column that names a partner (`chat_id`, `user_id`), discovered
        from the database itself, so tables other modules add later are covered too."""
        found: dict[str, list[str]] = {}
        for name in self.db.table_names():
            if name.startswith("sqlite_") or "_fts" in name:
                continue
            columns = [c for c in self.PARTNER_COLUMNS if c in self.db[name].columns_dict]
            if columns:
                found[name] = columns
        return found

    @staticmethod
    def _where(columns: list[str]) -> str:
        return " OR ".join(f"[{c}] = :id" for c in columns)

    def about(self, chat_id: int) -> dict[str, list[dict]]:
        """Every row naming the partner, by table: what /mydata shows (private chats: the chat
        id is the user id). Tables without such rows are left out. `StoreUnavailable` if the
        store cannot be read now."""
        def rows_of(db: Any) -> dict[str, list[dict]]:
            out: dict[str, list[dict]] = {}
            for table, columns in self.partner_tables().items():
                rows = list(db.query(f"SELECT * FROM [{table}] WHERE {self._where(columns)}",
                                     {"id": chat_id}))
                if rows:
                    out[table] = rows
            return out

        return self.read(rows_of)

    # Rows that count towards a total someone reads later (a broadcast's "delivered: 120")
    # lose the partner instead of being deleted: table -> (which rows, what to blank). The
    # placeholder chat id is negative and random, so it names nobody and stays unique per
    # broadcast; rows still to be sent are deleted, so nothing is ever sent to it.
    KEEP_COUNTS: ClassVar[dict[str, tuple[str, str]]] = {
        "deliveries": ("status IN ('sent', 'failed', 'blocked', 'skipped', 'missed')",
                       "chat_id = -1 - (abs(random()) % 1000000000000), message_id = NULL"),
    }

    def forget(self, chat_id: int) -> dict[str, int]:
        """Delete every row naming the partner in every table, in one transaction on the
        writer thread; returns rows removed per table. Totals stay: see `KEEP_COUNTS`.
        If the store cannot do it within `FORGET_WAIT` seconds (locked, read-only, disk full)
        it stays queued, happens as soon as the store allows, and {} is returned."""
        tables = self.partner_tables()
        self.forget_cached(chat_id)

        def delete(db: Any) -> dict[str, int]:
            deleted: dict[str, int] = {}
            conn = db.conn
            conn.execute("BEGIN IMMEDIATE")  # a lock or fault here: the writer retries it
            try:
                conn.execute("PRAGMA defer_foreign_keys = ON")  # relay before handoffs, etc.
                for table, columns in tables.items():
                    if table in self.KEEP_COUNTS:
                        which, blank = self.KEEP_COUNTS[table]
                        conn.execute(f"UPDATE [{table}] SET {blank} WHERE ({which}) AND "
                                     f"({self._where(columns)})", {"id": chat_id})
                    cursor = conn.execute(f"DELETE FROM [{table}] WHERE {self._where(columns)}",
                                          {"id": chat_id})
                    if cursor.rowcount:
                        deleted[table] = cursor.rowcount
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            return deleted

        return self.write(delete, default={}, wait=max(self.write_wait, FORGET_WAIT))
