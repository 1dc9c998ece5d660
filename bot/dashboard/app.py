"""Build the staff dashboard: Datasette on `bot.db` (read-only) and the compiled knowledge.

`bot.db` belongs to the running bot. The dashboard opens it with SQLite's `mode=ro` on every
connection, the one Datasette keeps for writes too, so nothing it does can write, lock or
create the file; the bot's WAL lets both read and write at once.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from datasette.app import Datasette
from datasette.database import Database
from pydantic import SecretStr

from bot.dashboard.metadata import BOT_DB, KNOWLEDGE_DB, PASSWORD_HASH_ENV, metadata
from bot.dashboard.queries import CANNED

log = logging.getLogger(__name__)

SETTINGS: dict[str, Any] = {
    "sql_time_limit_ms": 5000,  # staff queries over months of questions
    "max_returned_rows": 5000,
    "allow_download": False,  # the whole bot.db is partner data: no one-click copy
    "suggest_facets": False,
    "default_page_size": 100,
}

TABLE_OWNERS: dict[str, str] = {
    "profiles": "the bot's store (created at its first start)",
    "subscriptions": "announcements (created at the bot's first start)",
    "broadcasts": "announcements (created at the bot's first start)",
    "deliveries": "announcements (created at the bot's first start)",
    "questions": "the question log",
    "handoffs": "hand-offs to staff",
    "relay": "hand-offs to staff",
    "inquiries": "leads and inquiries",
}
"""Tables the canned queries and charts read -> the part of the bot that creates them."""


class ReadOnlyDatabase(Database):
    """A Datasette database whose every connection is `mode=ro`, the write connection too:
    any write raises `sqlite3.OperationalError: attempt to write a readonly database`."""

    def connect(self, write: bool = False) -> sqlite3.Connection:
        uri = Path(self.path).resolve().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        self._all_file_connections.append(conn)
        return conn


def table_names(path: Path) -> set[str]:
    """Tables of an SQLite file, read without creating or locking it."""
    conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()


@dataclass(frozen=True)
class MissingTable:
    table: str
    owner: str
    queries: tuple[str, ...]

    def __str__(self) -> str:
        return (f"`{self.table}` (made by {self.owner}): the {', '.join(self.queries)} "
                f"{'query' if len(self.queries) == 1 else 'queries'} and the charts reading it "
                f"will show an error until the bot has created it")


def missing_tables(bot_db: Path) -> list[MissingTable]:
    """Tables the dashboard reads that `bot_db` does not have (yet), with what needs them."""
    present = table_names(bot_db)
    needed: dict[str, list[str]] = {}
    for name, query in CANNED.items():
        for table in query["tables"]:
            needed.setdefault(table, []).append(name)
    return [MissingTable(t, TABLE_OWNERS.get(t, "the bot"), tuple(qs))
            for t, qs in needed.items() if t not in present]


def _register_plugin() -> None:
    from datasette.plugins import pm

    from bot.dashboard import plugin

    if not pm.is_registered(plugin):
        pm.register(plugin, name="hisda-dashboard")


def build(bot_db: Path, knowledge_db: Path | None, *, user: str | None,
          password: SecretStr | None) -> Datasette:
    """The Datasette app. With `user`, `password` is required: it is hashed here (PBKDF2, the
    plugin's own function) into this process's environment, where the plugin config points.

    Raises ValueError if `user` is given without a password, FileNotFoundError if a database
    file does not exist (it is never created).
    """
    for path in (bot_db, knowledge_db):
        if path is not None and not Path(path).is_file():
            raise FileNotFoundError(f"no database at {path}")
    _register_plugin()
    if user:
        if password is None or not password.get_secret_value():
            raise ValueError("a password is required when login is on")
        from datasette_auth_passwords.utils import hash_password

        os.environ[PASSWORD_HASH_ENV] = hash_password(password.get_secret_value())
    ds = Datasette(files=[], metadata=metadata(user), settings=SETTINGS)
    ds.remove_database("_memory")
    ds.add_database(ReadOnlyDatabase(ds, str(bot_db)), name=BOT_DB)
    if knowledge_db is not None:
        ds.add_database(ReadOnlyDatabase(ds, str(knowledge_db)), name=KNOWLEDGE_DB)
    return ds


def serve(ds: Datasette, host: str, port: int) -> None:
    """Run until Ctrl-C, like `datasette serve` (start-up hooks, then uvicorn)."""
    import asyncio

    import uvicorn

    asyncio.run(ds.invoke_startup())
    uvicorn.run(ds.app(), host=host, port=port, log_level="warning", access_log=False)


def ensure_knowledge(knowledge_dir: Path, target: Path) -> tuple[Path | None, str]:
    """Compile the knowledge files into `target` if it is missing or older than the files.

    Returns (path to use or None, one line saying what happened). Files with errors keep the
    previous compiled copy (or none), as the bot's hot reload keeps the previous snapshot.
    """
    from core.kb.loader import load_knowledge

    result = load_knowledge(knowledge_dir)
    if result.kb is None:
        errors = len(result.report.errors)
        if target.is_file():
            return target, (f"The knowledge files have {errors} error(s) (see `python -m bot kb "
                            f"validate`); showing the copy compiled before.")
        return None, (f"The knowledge files have {errors} error(s) (see `python -m bot kb "
                      f"validate`); the knowledge pages and the map are left out.")
    if target.is_file() and _compiled_version(target) == result.kb.version:
        return target, f"Knowledge: {target} is up to date."
    result.kb.compile_file(target)
    return target, f"Knowledge compiled into {target} (version {result.kb.version[:12]})."


def _compiled_version(path: Path) -> str | None:
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM kb_meta WHERE key = 'version'").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def loud(text: str) -> None:
    """A warning nobody misses on a terminal."""
    bar = "!" * 78
    print(f"\n{bar}\n{text}\n{bar}\n", file=sys.stderr, flush=True)
