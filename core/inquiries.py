"""Stored inquiries (quote requests, event sign-ups, alliance applications) and the staff
audit trail: two small tables in the same SQLite store.

`inquiries` (id, chat_id, created, kind, company, country, people, event_id, details JSON,
contact, status, staff_message_id) — one row per sent inquiry form; `status` is `new` until
staff claim it (`claimed`) or close its thread (`closed`). `audit` (id, at, user_id,
action, args, result) — one row per staff command or button, including refused attempts
by people who are not staff.
"""

from __future__ import annotations

import json
from typing import Any

from core.store import Store, iso, utcnow

KINDS = ("film", "coproduce", "license", "distribute", "event_signup", "join_alliance", "talent")


def inquiry_row(chat_id: int, kind: str, *, company: str, country: str, contact: str,
                people: int | None = None, event_id: str | None = None,
                details: dict[str, Any] | None = None) -> dict[str, Any]:
    """One `inquiries` row (no id yet), as `Inquiries.add` stores it. Raises ValueError for an
    unknown kind."""
    if kind not in KINDS:
        raise ValueError(f"unknown inquiry kind {kind!r}")
    return {"chat_id": chat_id, "created": iso(utcnow()), "kind": kind, "company": company,
            "country": country, "people": people, "event_id": event_id,
            "details": json.dumps(details or {}, ensure_ascii=False, sort_keys=True),
            "contact": contact, "status": "new", "staff_message_id": None}


class Inquiries:
    """The `inquiries` table; writes through the store's writer (`Store.write`)."""

    def __init__(self, store: Store) -> None:
        self.store, self.db = store, store.db

        def schema(db) -> None:
            db["inquiries"].create(
                {"id": int, "chat_id": int, "created": str, "kind": str, "company": str,
                 "country": str, "people": int, "event_id": str, "details": str,
                 "contact": str, "status": str, "staff_message_id": int},
                pk="id", if_not_exists=True)
            db["inquiries"].create_index(["chat_id"], if_not_exists=True)

        store.ensure_schema("inquiries", schema)

    def add(self, chat_id: int, kind: str, *, company: str, country: str, contact: str,
            people: int | None = None, event_id: str | None = None,
            details: dict[str, Any] | None = None) -> int | None:
        """Store a sent form; returns its id, or None while the store cannot take it (locked,
        read-only, disk full: it stays queued and is saved when the store allows). Raises
        ValueError for an unknown kind."""
        row = inquiry_row(chat_id, kind, company=company, country=country, contact=contact,
                          people=people, event_id=event_id, details=details)
        pk = self.store.write(lambda db: db["inquiries"].insert(row).last_pk)
        return None if pk is None else int(pk)

    def set_staff_message(self, inquiry_id: int, message_id: int) -> None:
        self.store.write(lambda db: db["inquiries"].update(inquiry_id,
                                                           {"staff_message_id": message_id}))

    def set_status(self, chat_id: int, staff_message_id: int, status: str) -> None:
        """`claimed` or `closed` by staff, for the inquiry posted as `staff_message_id`."""
        self.store.write(lambda db: db.execute(
            "UPDATE inquiries SET status = ? WHERE chat_id = ? AND staff_message_id = ?",
            [status, chat_id, staff_message_id]))

    def get(self, inquiry_id: int) -> dict[str, Any] | None:
        rows = list(self.db["inquiries"].rows_where("id = ?", [inquiry_id]))
        return rows[0] if rows else None

    def of_chat(self, chat_id: int) -> list[dict[str, Any]]:
        return list(self.db["inquiries"].rows_where("chat_id = ?", [chat_id], order_by="id"))


class Audit:
    """The `audit` table: who did what, when, and how it ended (written by the store's writer,
    without waiting: an audit line never holds up a staff command)."""

    def __init__(self, store: Store) -> None:
        self.store, self.db = store, store.db
        store.ensure_schema("audit", lambda db: db["audit"].create(
            {"id": int, "at": str, "user_id": int, "action": str, "args": str, "result": str},
            pk="id", if_not_exists=True))

    def record(self, user_id: int | None, action: str, args: str = "", result: str = "ok") -> None:
        row = {"at": iso(utcnow()), "user_id": user_id, "action": action, "args": args[:500],
               "result": result[:200]}
        self.store.write(lambda db: db["audit"].insert(row))

    def recent(self, limit: int = 50) -> list[dict[str, Any]]:
        return list(self.db.query("SELECT * FROM audit ORDER BY id DESC LIMIT ?", [limit]))
