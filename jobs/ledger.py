"""The delivery ledger: what is scheduled, what was sent to whom, in the bot's SQLite database.

SQLite is the source of truth for scheduled work, so a restart (or a SIGKILL) loses nothing:

* `broadcasts` — one row per occurrence of something to send: an announcement (from the
  knowledge file or composed by staff in Telegram) at one of its times, or the reminders of
  one event at one offset. Keyed by (kind, ref, occurrence), so re-reading the knowledge file
  finds the same row again instead of scheduling a second copy.
* `deliveries` — one row per (broadcast, chat): status, attempts, last error and Telegram's
  message id. A row is written *before* each send (`sending`) and *after* it (`sent`), each in
  its own committed statement, so after a crash the ledger says exactly who still needs it.

What partners opted into (`subscriptions`, `reminders`) is not here: see
`jobs.subscription_store`. Schema changes are `core.migrations` steps (`migrations` below).

Every statement runs in autocommit mode on the calling thread's connection to the store, and no
transaction ever spans an `await`.
"""

from __future__ import annotations

import contextlib
import functools
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

import sqlite_utils

from core.migrations import Migrations
from core.store import iso, utcnow

Kind = Literal["announcement", "reminder"]
Origin = Literal["file", "admin", "reminder"]

# Broadcast life cycle: pending -> running -> done, or pending -> missed | cancelled | expired;
# a recurring occurrence whose rule was edited away is `superseded`.
PENDING, RUNNING, DONE, MISSED, CANCELLED, EXPIRED, SUPERSEDED = (
    "pending", "running", "done", "missed", "cancelled", "expired", "superseded")
OPEN_STATES = (PENDING, RUNNING)

# Delivery life cycle: queued -> sending -> sent | failed | blocked; sending -> retry -> sending;
# queued -> skipped (left the audience before their turn) | missed (broadcast too late).
QUEUED, SENDING, RETRY, SENT, FAILED, BLOCKED, SKIPPED = (
    "queued", "sending", "retry", "sent", "failed", "blocked", "skipped")
TODO_STATES = (QUEUED, SENDING, RETRY)

ONCE = "once"
"""Occurrence key of a one-shot announcement: it is sent at most once per id, whatever edits."""


@dataclass(frozen=True)
class Broadcast:
    """One occurrence of an announcement or of an event's reminders."""

    id: int
    kind: Kind
    ref: str
    occurrence: str
    origin: Origin
    due: datetime
    status: str
    payload: dict[str, Any]
    requested_by: int | None
    progress_chat_id: int | None
    progress_message_id: int | None
    note: str | None
    reported: bool

    @property
    def name(self) -> str:
        """Job name on the scheduler; stable, so rescheduling replaces instead of duplicating."""
        return f"bc:{self.kind}:{self.ref}:{self.occurrence}"


@dataclass(frozen=True)
class Counts:
    """Delivery totals of one broadcast."""

    sent: int = 0
    failed: int = 0
    blocked: int = 0
    skipped: int = 0
    todo: int = 0

    @property
    def total(self) -> int:
        return self.sent + self.failed + self.blocked + self.skipped + self.todo

    @property
    def done(self) -> int:
        return self.total - self.todo


migrations = Migrations("ledger")


@migrations()
def m001_broadcasts_and_deliveries(db: Any) -> None:
    """The tables as they were before migrations (databases from then keep theirs)."""
    ex = db.execute
    ex("""CREATE TABLE IF NOT EXISTS broadcasts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL, ref TEXT NOT NULL, occurrence TEXT NOT NULL,
            origin TEXT NOT NULL, due TEXT NOT NULL, status TEXT NOT NULL,
            payload TEXT NOT NULL, created TEXT NOT NULL, started TEXT, finished TEXT,
            requested_by INTEGER, progress_chat_id INTEGER, progress_message_id INTEGER,
            note TEXT, reported INTEGER NOT NULL DEFAULT 0,
            UNIQUE (kind, ref, occurrence))""")
    ex("CREATE INDEX IF NOT EXISTS broadcasts_status ON broadcasts (status, due)")
    ex("""CREATE TABLE IF NOT EXISTS deliveries (
            broadcast_id INTEGER NOT NULL REFERENCES broadcasts(id),
            chat_id INTEGER NOT NULL, status TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT, message_id INTEGER,
            lang TEXT, updated TEXT NOT NULL,
            PRIMARY KEY (broadcast_id, chat_id)) WITHOUT ROWID""")
    ex("CREATE INDEX IF NOT EXISTS deliveries_status ON deliveries (broadcast_id, status)")


class Ledger:
    """Typed access to the broadcast and delivery tables: what was (to be) sent to whom.
    What partners asked to receive lives in `jobs.subscription_store`."""

    def __init__(self, db: sqlite_utils.Database, lock: Any = None) -> None:
        self.db = db
        # `Store.connection_lock`: on a `:memory:` store every thread shares one connection,
        # and the delivery engine's ledger thread must take turns with the others.
        self._lock = lock if lock is not None else contextlib.nullcontext()
        self._migrate()

    def _migrate(self) -> None:
        migrations.apply(self.db)

    # -- broadcasts --------------------------------------------------------------------------
    def upsert_pending(self, kind: Kind, ref: str, occurrence: str, *, origin: Origin,
                       due: datetime, payload: dict[str, Any], requested_by: int | None = None,
                       ) -> tuple[Broadcast, bool]:
        """Create the occurrence, or refresh due time and content while it is still pending.

        Returns (broadcast, changed). Rows that already started, finished, were missed or
        cancelled are returned untouched: an edit to an announcement already sent never
        resends it, and a cancelled one stays cancelled.
        """
        now = iso(utcnow())
        body = json.dumps(payload, ensure_ascii=False, sort_keys=True)
        existing = self.find(kind, ref, occurrence)
        if existing is None:
            self.db.execute(
                """INSERT INTO broadcasts (kind, ref, occurrence, origin, due, status, payload,
                                           created, requested_by)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                [kind, ref, occurrence, origin, iso(due), PENDING, body, now, requested_by])
            return self.find(kind, ref, occurrence), True  # type: ignore[return-value]
        if existing.status != PENDING:
            return existing, False
        old_body = json.dumps(existing.payload, ensure_ascii=False, sort_keys=True)
        if existing.due == due and old_body == body:
            return existing, False
        self.db.execute("UPDATE broadcasts SET due = ?, payload = ? WHERE id = ?",
                        [iso(due), body, existing.id])
        return self.get(existing.id), True  # type: ignore[return-value]

    def reopen(self, broadcast_id: int, due: datetime, payload: dict[str, Any]) -> None:
        """Give a missed or expired one-shot a new time (staff moved it into the future)."""
        self.db.execute(
            "UPDATE broadcasts SET status = ?, due = ?, payload = ?, note = NULL, reported = 0 "
            "WHERE id = ? AND status IN (?, ?)",
            [PENDING, iso(due), json.dumps(payload, ensure_ascii=False, sort_keys=True),
             broadcast_id, MISSED, EXPIRED])

    def find(self, kind: str, ref: str, occurrence: str) -> Broadcast | None:
        rows = list(self.db.query(
            "SELECT * FROM broadcasts WHERE kind = ? AND ref = ? AND occurrence = ?",
            [kind, ref, occurrence]))
        return _broadcast(rows[0]) if rows else None

    def get(self, broadcast_id: int) -> Broadcast | None:
        rows = list(self.db.query("SELECT * FROM broadcasts WHERE id = ?", [broadcast_id]))
        return _broadcast(rows[0]) if rows else None

    def broadcasts(self, *, status: Iterable[str] | None = None, kind: str | None = None,
                   ref: str | None = None, origin: str | None = None) -> list[Broadcast]:
        """Broadcasts filtered by status/kind/ref/origin, earliest due first."""
        where, args = [], []  # type: ignore[var-annotated]
        if status is not None:
            states = list(status)
            where.append(f"status IN ({','.join('?' * len(states))})")
            args += states
        for column, value in (("kind", kind), ("ref", ref), ("origin", origin)):
            if value is not None:
                where.append(f"{column} = ?")
                args.append(value)
        sql = "SELECT * FROM broadcasts" + (" WHERE " + " AND ".join(where) if where else "")
        return [_broadcast(r) for r in self.db.query(sql + " ORDER BY due, id", args)]

    def set_status(self, broadcast_id: int, status: str, note: str | None = None,
                   *, only_from: Iterable[str] | None = None) -> bool:
        """Move a broadcast to `status`; with `only_from`, only if it is in one of those states."""
        now = iso(utcnow())
        stamp = {RUNNING: "started"}.get(status, "finished")
        sql = (f"UPDATE broadcasts SET status = ?, note = coalesce(?, note), "
               f"{stamp} = coalesce({stamp}, ?) WHERE id = ?")
        args: list[Any] = [status, note, now, broadcast_id]
        if only_from is not None:
            states = list(only_from)
            sql += f" AND status IN ({','.join('?' * len(states))})"
            args += states
        return self.db.execute(sql, args).rowcount > 0

    def set_progress_message(self, broadcast_id: int, chat_id: int, message_id: int) -> None:
        self.db.execute(
            "UPDATE broadcasts SET progress_chat_id = ?, progress_message_id = ? WHERE id = ?",
            [chat_id, message_id, broadcast_id])

    def set_requested_by(self, broadcast_id: int, chat_id: int) -> None:
        self.db.execute("UPDATE broadcasts SET requested_by = ? WHERE id = ?",
                        [chat_id, broadcast_id])

    def mark_reported(self, broadcast_id: int) -> None:
        self.db.execute("UPDATE broadcasts SET reported = 1 WHERE id = ?", [broadcast_id])

    # -- deliveries --------------------------------------------------------------------------
    def enqueue(self, broadcast_id: int, recipients: dict[int, str]) -> int:
        """Add chats not yet in the log as `queued` (chat id -> language); returns how many."""
        if not recipients:
            return 0
        now = iso(utcnow())
        conn = self.db.conn
        before = conn.total_changes
        conn.execute("BEGIN")
        try:
            conn.executemany(
                "INSERT OR IGNORE INTO deliveries (broadcast_id, chat_id, status, lang, updated) "
                "VALUES (?, ?, ?, ?, ?)",
                [(broadcast_id, chat_id, QUEUED, lang, now)
                 for chat_id, lang in recipients.items()])
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return conn.total_changes - before

    def todo(self, broadcast_id: int) -> list[tuple[int, str]]:
        """(chat id, status) still to send: queued, retry, and `sending` left by a crash."""
        return [(r[0], r[1]) for r in self.db.execute(
            "SELECT chat_id, status FROM deliveries WHERE broadcast_id = ? "
            "AND status IN (?, ?, ?) ORDER BY chat_id", [broadcast_id, *TODO_STATES])]

    def mark_sending(self, broadcast_id: int, chat_id: int) -> None:
        """Written (and committed) right before the request leaves."""
        self.db.execute(
            "UPDATE deliveries SET status = ?, attempts = attempts + 1, updated = ? "
            "WHERE broadcast_id = ? AND chat_id = ?",
            [SENDING, iso(utcnow()), broadcast_id, chat_id])

    def mark_sent(self, broadcast_id: int, chat_id: int, message_id: int) -> None:
        """Written (and committed) as soon as Telegram answers with the message id."""
        self.db.execute(
            "UPDATE deliveries SET status = ?, message_id = ?, last_error = NULL, updated = ? "
            "WHERE broadcast_id = ? AND chat_id = ?",
            [SENT, message_id, iso(utcnow()), broadcast_id, chat_id])

    def mark(self, broadcast_id: int, chat_id: int, status: str, error: str | None = None,
             ) -> None:
        """Record retry / failed / blocked / skipped with the reason."""
        self.db.execute(
            "UPDATE deliveries SET status = ?, last_error = coalesce(?, last_error), updated = ? "
            "WHERE broadcast_id = ? AND chat_id = ?",
            [status, error[:300] if error else None, iso(utcnow()), broadcast_id, chat_id])

    def mark_remaining(self, broadcast_id: int, status: str, error: str) -> int:
        """Close every unsent delivery of a broadcast (e.g. too late to finish it)."""
        return self.db.execute(
            "UPDATE deliveries SET status = ?, last_error = ?, updated = ? "
            "WHERE broadcast_id = ? AND status IN (?, ?, ?)",
            [status, error, iso(utcnow()), broadcast_id, *TODO_STATES]).rowcount

    def delivery(self, broadcast_id: int, chat_id: int) -> dict[str, Any] | None:
        rows = list(self.db.query(
            "SELECT * FROM deliveries WHERE broadcast_id = ? AND chat_id = ?",
            [broadcast_id, chat_id]))
        return rows[0] if rows else None

    def counts(self, broadcast_id: int) -> Counts:
        by = {r[0]: r[1] for r in self.db.execute(
            "SELECT status, count(*) FROM deliveries WHERE broadcast_id = ? GROUP BY status",
            [broadcast_id])}
        return Counts(sent=by.get(SENT, 0), failed=by.get(FAILED, 0) + by.get("missed", 0),
                      blocked=by.get(BLOCKED, 0), skipped=by.get(SKIPPED, 0),
                      todo=sum(by.get(s, 0) for s in TODO_STATES))

    def errors(self, broadcast_id: int, limit: int = 5) -> list[tuple[str, int]]:
        """Most common failure reasons, for the staff summary."""
        return [(r[0], r[1]) for r in self.db.execute(
            "SELECT last_error, count(*) AS n FROM deliveries WHERE broadcast_id = ? "
            "AND status IN (?, ?, 'missed') AND last_error IS NOT NULL "
            "GROUP BY last_error ORDER BY n DESC LIMIT ?",
            [broadcast_id, FAILED, BLOCKED, limit])]


def _broadcast(row: dict[str, Any]) -> Broadcast:
    return Broadcast(
        id=row["id"], kind=row["kind"], ref=row["ref"], occurrence=row["occurrence"],
        origin=row["origin"], due=datetime.fromisoformat(row["due"]), status=row["status"],
        payload=json.loads(row["payload"]), requested_by=row["requested_by"],
        progress_chat_id=row["progress_chat_id"],
        progress_message_id=row["progress_message_id"], note=row["note"],
        reported=bool(row["reported"]))


def _serialised(fn: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(fn)
    def run(self: Ledger, *args: Any, **kwargs: Any) -> Any:
        with self._lock:
            return fn(self, *args, **kwargs)
    return run


for _name, _fn in list(vars(Ledger).items()):
    if callable(_fn) and not _name.startswith("__"):
        setattr(Ledger, _name, _serialised(_fn))
