"""Human handoffs in SQLite: which partner is talking to which staff post or forum topic.

A handoff is opened when a partner asks for a person. Staff see one post in the staff chat (in a
forum supergroup: in the partner's own topic); replies to it, and to every message relayed into
that thread, go back to the partner. Everything is in the `handoffs` and `relay` tables, so
relaying works after a restart. Tables and columns are the shared contract (see CONTRACTS.md);
date-times are ISO 8601 UTC strings.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from core.store import Store, StoreUnavailable, iso, utcnow

ACTIVE = ("open", "claimed")
INQUIRY = "inquiry"  # subject of the thread a sent inquiry opens (see `open(waiting=True)`)


@dataclass(frozen=True)
class Handoff:
    """One row of `handoffs`."""

    id: int
    chat_id: int
    user_id: int | None
    opened: str
    status: str  # open | claimed | closed
    subject: str
    question: str
    staff_chat_id: int | None
    staff_message_id: int | None
    staff_thread_id: int | None
    claimed_by: str | None
    first_staff_reply: str | None
    closed: str | None

    @property
    def active(self) -> bool:
        return self.status in ACTIVE


class Handoffs:
    """The `handoffs` and `relay` tables. One instance per process, on the shared store: reads
    on the caller's connection, writes through the store's writer (`Store.write`)."""

    def __init__(self, store: Store, clock: Callable[[], datetime] = utcnow) -> None:
        self.store, self.db, self.clock = store, store.db, clock
        # Chats that may have an open or claimed handoff: every partner message asks, and a
        # query in a worker thread for each one cost a thread hop (ms on a busy machine) when
        # nearly nobody is in a handoff. Filled by `load_live`, grown before each write that
        # opens one; never shrunk (a closed one only costs the query again).
        self._live: set[int] = set()
        self._live_loaded = False

        def schema(db) -> None:
            db["handoffs"].create(
                {"id": int, "chat_id": int, "user_id": int, "opened": str, "status": str,
                 "subject": str, "question": str, "staff_chat_id": int, "staff_message_id": int,
                 "staff_thread_id": int, "claimed_by": str, "first_staff_reply": str, "closed": str},
                pk="id", if_not_exists=True)
            db["relay"].create(
                {"id": int, "handoff_id": int, "chat_id": int, "at": str, "direction": str,
                 "staff_name": str, "text": str, "staff_message_id": int, "partner_message_id": int},
                pk="id", if_not_exists=True)
            db.execute("CREATE INDEX IF NOT EXISTS handoffs_chat ON handoffs (chat_id, status)")
            db.execute("CREATE INDEX IF NOT EXISTS handoffs_post ON handoffs (staff_chat_id, staff_message_id)")
            db.execute("CREATE INDEX IF NOT EXISTS relay_staff ON relay (staff_message_id)")

        store.ensure_schema("handoffs", schema)

    def _one(self, sql: str, params: list) -> Handoff | None:
        rows = list(self.db.query(sql, params))
        return Handoff(**rows[0]) if rows else None

    def get(self, handoff_id: int) -> Handoff | None:
        return self._one("SELECT * FROM handoffs WHERE id = ?", [handoff_id])

    def _new_row(self, chat_id: int, user_id: int | None, subject: str, question: str,
                 staff_chat_id: int | None, waiting: bool) -> dict:
        """The row `open` and `open_queued` insert (a live partner noted as such)."""
        now = iso(self.clock())
        if not waiting:
            self._note_live(chat_id)
        return {"chat_id": chat_id, "user_id": user_id, "opened": now,
                "status": "closed" if waiting else "open", "subject": subject,
                "question": question[:2000], "staff_chat_id": staff_chat_id,
                "closed": now if waiting else None}

    def open(self, chat_id: int, user_id: int | None, subject: str, question: str,
             staff_chat_id: int | None, waiting: bool = False) -> Handoff:
        """A new open handoff (callers check `active` first: one at a time per partner).

        `waiting`: a thread staff may answer but nobody asked for yet (a sent inquiry's
        summary): stored closed, so the partner keeps talking to the bot until a staff reply
        reopens it (`reopen`); /stats does not count it until then. Raises `StoreUnavailable`
        if the store cannot take it now (staff are then told without a handoff to relay
        through)."""
        row = self._new_row(chat_id, user_id, subject, question, staff_chat_id, waiting)
        pk = self.store.write(lambda db: db["handoffs"].insert(row).last_pk)
        if pk is None:
            raise StoreUnavailable(self.store.health()["fault"] or "write waiting")
        return self.get(pk)  # type: ignore[return-value]

    def open_queued(self, chat_id: int, user_id: int | None, subject: str, question: str,
                    staff_chat_id: int | None, waiting: bool = False) -> tuple[Handoff | None, Future]:
        """Like `open`, for a partner (or a lead) that must not wait for a locked database: the
        insert is queued on the store's writer; returns (the handoff, its Future) when it was
        saved in time, else (None, the Future of its id) while it waits, to be saved when the
        store allows (`set_post_when_saved` then records the staff post on it)."""
        row = self._new_row(chat_id, user_id, subject, question, staff_chat_id, waiting)
        future = self.store.submit(lambda db: db["handoffs"].insert(row).last_pk)
        try:
            pk = future.result(0.0 if self.store.stuck else self.store.write_wait)
        except FutureTimeout:
            return None, future
        return self.get(pk), future

    def set_post_when_saved(self, saved: Future, staff_message_id: int,
                            thread_id: int | None) -> Future:
        """Record the staff post on a handoff whose insert (`saved`) is still queued: writes run
        in order, so by the time this one runs the insert has given its id."""
        values = {"staff_message_id": staff_message_id, "staff_thread_id": thread_id}
        return self.store.submit(lambda db: db["handoffs"].update(saved.result(0), values))

    def close_when_saved(self, saved: Future) -> Future:
        """Close a handoff whose insert (`saved`) is still queued (its post could not be made)."""
        values = {"status": "closed", "closed": iso(self.clock())}
        return self.store.submit(lambda db: db["handoffs"].update(saved.result(0), values))

    def set_post(self, handoff_id: int, staff_message_id: int, thread_id: int | None) -> None:
        self._update(handoff_id, {"staff_message_id": staff_message_id,
                                  "staff_thread_id": thread_id})

    def _update(self, handoff_id: int, values: dict[str, object]) -> None:
        self.store.write(lambda db: db["handoffs"].update(handoff_id, values))

    def load_live(self) -> None:
        """Read which chats have an open or claimed handoff (once; see `may_be_active`)."""
        if not self._live_loaded:
            self._live.update(row["chat_id"] for row in self.db.query(
                "SELECT DISTINCT chat_id FROM handoffs WHERE status IN ('open', 'claimed')"))
            self._live_loaded = True

    def may_be_active(self, chat_id: int) -> bool | None:
        """False when the partner surely has no open or claimed handoff (no query needed), True
        when they may have one (ask `active`), None until `load_live` has run."""
        return chat_id in self._live if self._live_loaded else None

    def _note_live(self, chat_id: int | None) -> None:
        if chat_id is not None:
            self._live.add(chat_id)

    def active(self, chat_id: int) -> Handoff | None:
        """The partner's open or claimed handoff, if any."""
        return self._one("SELECT * FROM handoffs WHERE chat_id = ? AND status IN ('open', 'claimed') "
                         "ORDER BY id DESC LIMIT 1", [chat_id])

    def topic_of(self, chat_id: int, staff_chat_id: int) -> int | None:
        """The forum topic this partner already has in the staff chat (reused for every handoff)."""
        rows = list(self.db.query(
            "SELECT staff_thread_id FROM handoffs WHERE chat_id = ? AND staff_chat_id = ? "
            "AND staff_thread_id IS NOT NULL ORDER BY id DESC LIMIT 1", [chat_id, staff_chat_id]))
        return rows[0]["staff_thread_id"] if rows else None

    def for_staff_message(self, staff_chat_id: int, message_id: int) -> Handoff | None:
        """The handoff whose post, or a message relayed into its thread, is `message_id`."""
        found = self._one("SELECT * FROM handoffs WHERE staff_chat_id = ? AND staff_message_id = ?",
                          [staff_chat_id, message_id])
        if found:
            return found
        return self._one(
            "SELECT h.* FROM relay r JOIN handoffs h ON h.id = r.handoff_id "
            "WHERE h.staff_chat_id = ? AND r.staff_message_id = ? ORDER BY r.id DESC LIMIT 1",
            [staff_chat_id, message_id])

    def for_thread(self, staff_chat_id: int, thread_id: int) -> Handoff | None:
        """The latest handoff in a partner's forum topic."""
        return self._one("SELECT * FROM handoffs WHERE staff_chat_id = ? AND staff_thread_id = ? "
                         "ORDER BY id DESC LIMIT 1", [staff_chat_id, thread_id])

    def last_staff_message(self, handoff_id: int) -> datetime | None:
        """When a staff member last wrote to the partner in this handoff (None: never)."""
        rows = list(self.db.query("SELECT max(at) AS at FROM relay WHERE handoff_id = ? "
                                  "AND direction = 'staff'", [handoff_id]))
        at = rows[0]["at"] if rows else None
        try:
            return datetime.fromisoformat(at) if at else None
        except ValueError:
            return None

    def last_staff_name(self, handoff_id: int) -> str | None:
        """The first name of the staff member who last wrote to the partner in this handoff (None:
        nobody yet): kept in the relay log, so it outlives a restart."""
        rows = list(self.db.query("SELECT staff_name FROM relay WHERE handoff_id = ? AND direction = 'staff' "
                                  "AND staff_name IS NOT NULL AND staff_name != '' ORDER BY at DESC, id DESC LIMIT 1",
                                  [handoff_id]))
        return rows[0]["staff_name"] if rows else None

    def claim(self, handoff_id: int, by: str) -> None:
        current = self.get(handoff_id)
        self._note_live(current.chat_id if current else None)
        self._update(handoff_id, {"status": "claimed", "claimed_by": by[:100]})

    def close(self, handoff_id: int) -> None:
        self._update(handoff_id, {"status": "closed", "closed": iso(self.clock())})

    def reopen(self, handoff_id: int) -> None:
        """A staff reply to a closed handoff's thread: the conversation is live again."""
        current = self.get(handoff_id)
        self._note_live(current.chat_id if current else None)
        status = "claimed" if current and current.claimed_by else "open"
        self._update(handoff_id, {"status": status, "closed": None})

    def relay(self, handoff: Handoff, direction: str, text: str, *, staff_name: str | None = None,
              staff_message_id: int | None = None, partner_message_id: int | None = None) -> None:
        """Remember one relayed message; the first staff one also dates the first reply."""
        now = iso(self.clock())
        row = {"handoff_id": handoff.id, "chat_id": handoff.chat_id, "at": now,
               "direction": direction, "staff_name": staff_name, "text": (text or "")[:4000],
               "staff_message_id": staff_message_id, "partner_message_id": partner_message_id}
        first = direction == "staff" and not handoff.first_staff_reply

        def write(db: Any) -> None:
            db["relay"].insert(row)
            if first:
                db.execute("UPDATE handoffs SET first_staff_reply = ? WHERE id = ? "
                           "AND first_staff_reply IS NULL", [now, handoff.id])

        self.store.write(write)


_instances: weakref.WeakKeyDictionary[Store, Handoffs] = weakref.WeakKeyDictionary()


def handoffs_of(store: Store) -> Handoffs:
    """The one Handoffs of a store (its tables are created on first use)."""
    found = _instances.get(store)
    if found is None:
        found = _instances[store] = Handoffs(store)
    return found
