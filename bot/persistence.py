"""python-telegram-bot persistence in the bot's SQLite store: multi-step flows survive a restart.

`StorePersistence` keeps what a `ConversationHandler(persistent=True, name=...)` needs — the
state of each (chat, user) conversation and the partner's `user_data` / `chat_data` (the
inquiry form, the staff /announce draft) — in three tables of `bot.db`:

    ptb_conversations (name, key, chat_id, user_id, state)   key and state as JSON
    ptb_user_data     (user_id pk, data)                      data as JSON
    ptb_chat_data     (chat_id pk, data)

Every row names its chat or user, so `Store.forget` removes it. `bot_data` is not persisted:
it holds the live services. Values are JSON, never pickles, so a database someone else
edited cannot run code in the bot. PTB writes dirty entries every `update_interval` seconds
and once more at shutdown; a crash loses at most that last second of typing. PTB marks every
chat that sent an update as dirty; what the table already holds (or will hold once the queued
writes are done) is remembered, so a message that changed no flow writes nothing.

Writes go through the store's one writer thread (`core.store.Store.submit`), in order with
every other write and off the event loop: a database locked by another process, read-only or
full makes them wait in the writer's queue (retried until they work), never a partner's reply.
"""

from __future__ import annotations

import asyncio
import json
import logging
from pathlib import Path
from typing import Any

from telegram.ext import BasePersistence, PersistenceInput

from core.store import Store

log = logging.getLogger(__name__)

ConversationKey = tuple[int | str, ...]  # as PTB builds it: (chat_id, user_id) here
ConversationDict = dict[ConversationKey, object]

UPDATE_INTERVAL = 1.0  # seconds between writes of what changed


class StorePersistence(BasePersistence[dict, dict, dict]):
    """Conversations, user_data and chat_data as JSON rows in SQLite (see module docstring)."""

    def __init__(self, store: Store | Path | str,
                 update_interval: float = UPDATE_INTERVAL) -> None:
        """`store`: the bot's `Store` (shared, not closed here), or a database path (a store of
        its own, closed by `flush`)."""
        super().__init__(store_data=PersistenceInput(bot_data=False, callback_data=False),
                         update_interval=update_interval)
        self._owned = not isinstance(store, Store)
        self.store = Store.open(store) if not isinstance(store, Store) else store
        self.db = self.store.db
        # (table, id) -> the JSON the row holds, None for no row; filled by the start-up reads.
        self._held: dict[tuple[str, int], str | None] = {}
        self._loaded: set[str] = set()
        self.db["ptb_conversations"].create(
            {"name": str, "key": str, "chat_id": int, "user_id": int, "state": str},
            pk=("name", "key"), if_not_exists=True)
        self.db["ptb_user_data"].create({"user_id": int, "data": str}, pk="user_id",
                                        if_not_exists=True)
        self.db["ptb_chat_data"].create({"chat_id": int, "data": str}, pk="chat_id",
                                        if_not_exists=True)

    # -- reading at start-up -------------------------------------------------------------------
    def _load(self, table: str, column: str) -> dict[int, dict]:
        out: dict[int, dict] = {}
        for row in self.store.read(lambda db: list(db[table].rows)):
            try:
                out[int(row[column])] = json.loads(row["data"])
                self._held[(table, int(row[column]))] = row["data"]
            except (TypeError, ValueError):
                log.warning("skipping unreadable %s row for %s", table, row.get(column))
        self._loaded.add(table)
        return out

    def _unchanged(self, table: str, key: int, data: str | None) -> bool:
        """True when the row already holds `data` (None: there is no row), so nothing is
        written; otherwise remember `data` as what the row will hold."""
        if table in self._loaded and self._held.get((table, key)) == data:
            return True
        if data is None:
            self._held.pop((table, key), None)
        else:
            self._held[(table, key)] = data
        return False

    async def get_user_data(self) -> dict[int, dict]:
        return self._load("ptb_user_data", "user_id")

    async def get_chat_data(self) -> dict[int, dict]:
        return self._load("ptb_chat_data", "chat_id")

    async def get_bot_data(self) -> dict:
        return {}

    async def get_callback_data(self) -> None:
        return None

    async def get_conversations(self, name: str) -> ConversationDict:
        out: ConversationDict = {}
        for row in self.store.read(lambda db: list(db["ptb_conversations"].rows_where(
                "name = ?", [name]))):
            try:
                out[tuple(json.loads(row["key"]))] = json.loads(row["state"])
            except (TypeError, ValueError):
                log.warning("skipping unreadable conversation row %s", row["key"])
        return out

    # -- writing -------------------------------------------------------------------------------
    async def update_conversation(self, name: str, key: ConversationKey,
                                  new_state: object | None) -> None:
        """Store (or with None, delete) one conversation's state. Keys are (chat_id, user_id)
        for per-chat, per-user conversations; other shapes keep what they name."""
        key_json = json.dumps(list(key))
        if new_state is None:
            return await self._write(lambda db: db["ptb_conversations"].delete_where(
                "name = ? AND key = ?", [name, key_json]))
        ids = [k for k in key if isinstance(k, int)]
        row = {"name": name, "key": key_json, "chat_id": ids[0] if ids else None,
               "user_id": ids[-1] if ids else None, "state": json.dumps(new_state)}
        await self._write(lambda db: db["ptb_conversations"].upsert(row, pk=("name", "key")))

    async def _write(self, change: Any) -> None:
        """Queue `change(db)` on the store's writer and wait for it at most the store's write
        wait: a database locked by another process (staff in a viewer), read-only or full
        leaves it queued, in order, and neither this coroutine nor the event loop waits."""
        future = asyncio.wrap_future(self.store.submit(change))
        try:
            await asyncio.wait_for(asyncio.shield(future), self.store.write_wait)
        except TimeoutError:
            future.add_done_callback(_log_failure)

    async def update_user_data(self, user_id: int, data: dict) -> None:
        """Empty data is no row: nothing names a partner who has no flow open (or /forget)."""
        if not data:
            return await self.drop_user_data(user_id)
        row = {"user_id": user_id, "data": _dump(data)}
        if self._unchanged("ptb_user_data", user_id, row["data"]):
            return None
        await self._write(lambda db: db["ptb_user_data"].upsert(row, pk="user_id"))

    async def update_chat_data(self, chat_id: int, data: dict) -> None:
        if not data:
            return await self.drop_chat_data(chat_id)
        row = {"chat_id": chat_id, "data": _dump(data)}
        if self._unchanged("ptb_chat_data", chat_id, row["data"]):
            return None
        await self._write(lambda db: db["ptb_chat_data"].upsert(row, pk="chat_id"))

    async def update_bot_data(self, data: dict) -> None:
        return None

    async def update_callback_data(self, data: Any) -> None:
        return None

    async def drop_chat_data(self, chat_id: int) -> None:
        if self._unchanged("ptb_chat_data", chat_id, None):
            return
        await self._write(lambda db: db["ptb_chat_data"].delete_where("chat_id = ?", [chat_id]))

    async def drop_user_data(self, user_id: int) -> None:
        if self._unchanged("ptb_user_data", user_id, None):
            return
        await self._write(lambda db: db["ptb_user_data"].delete_where("user_id = ?", [user_id]))

    async def refresh_user_data(self, user_id: int, user_data: dict) -> None:
        return None  # this process is the only writer

    async def refresh_chat_data(self, chat_id: int, chat_data: dict) -> None:
        return None

    async def refresh_bot_data(self, bot_data: dict) -> None:
        return None

    async def flush(self) -> None:
        """Wait (at most 3 s, off the loop) for the queued writes; close a store of its own."""
        await asyncio.to_thread(self.store.flush, 3.0)
        if self._owned:
            await asyncio.to_thread(self.store.close, 0.0)


def _log_failure(future: asyncio.Future) -> None:
    if not future.cancelled() and future.exception() is not None:
        log.error("persisting a flow failed: %s", future.exception())


def _dump(data: dict) -> str:
    """JSON of a user's or chat's data; values that are not JSON are left out with a warning
    (persisted flows keep plain dicts, lists, strings and numbers)."""
    try:
        return json.dumps(data, ensure_ascii=False)
    except TypeError:
        clean = {}
        for key, value in data.items():
            try:
                json.dumps(value)
                clean[key] = value
            except TypeError:
                log.warning("not persisting %r: %s is not JSON", key, type(value).__name__)
        return json.dumps(clean, ensure_ascii=False)
