"""Schema migrations for the SQLite store, in the style of `sqlite-migrate` for sqlite-utils.

Each owner of tables (the delivery ledger, the subscription store, ...) declares an ordered set
of named steps; `apply(db)` runs the ones a database has not had yet, each in its own
transaction, and records them in `_migrations` (set, name, applied ISO 8601 UTC). Steps are
written so that a database created before migrations existed (tables already there) passes
through them unchanged: existing databases keep working.

Example:
    migrations = Migrations("subscriptions")

    @migrations()
    def m001_create(db):
        db.execute("CREATE TABLE IF NOT EXISTS subscriptions (...)")
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

log = logging.getLogger(__name__)

Step = Callable[[Any], None]


class Migrations:
    """An ordered, named set of schema steps for one part of the store."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.steps: list[tuple[str, Step]] = []

    def __call__(self) -> Callable[[Step], Step]:
        """Decorator registering a step under its function name (order of definition)."""
        def register(fn: Step) -> Step:
            if any(name == fn.__name__ for name, _ in self.steps):
                raise ValueError(f"migration {fn.__name__} of {self.name} defined twice")
            self.steps.append((fn.__name__, fn))
            return fn
        return register

    def applied(self, db: Any) -> set[str]:
        _ensure_table(db)
        return {r[0] for r in db.execute(
            "SELECT name FROM _migrations WHERE migration_set = ?", [self.name]).fetchall()}

    def apply(self, db: Any) -> list[str]:
        """Run the steps this database has not had; returns their names."""
        done = self.applied(db)
        ran = []
        for name, step in self.steps:
            if name in done:
                continue
            conn = db.conn
            conn.execute("BEGIN IMMEDIATE")
            try:
                # another process may have applied it while we waited for the lock
                if not conn.execute("SELECT 1 FROM _migrations WHERE migration_set = ? AND "
                                    "name = ?", [self.name, name]).fetchone():
                    step(db)
                    conn.execute("INSERT INTO _migrations (migration_set, name, applied) "
                                 "VALUES (?, ?, ?)",
                                 [self.name, name, datetime.now(UTC).isoformat(timespec="seconds")])
                    ran.append(name)
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        if ran:
            log.info("migrations %s applied: %s", self.name, ", ".join(ran))
        return ran


def _ensure_table(db: Any) -> None:
    db.execute("""CREATE TABLE IF NOT EXISTS _migrations (
                    migration_set TEXT NOT NULL, name TEXT NOT NULL, applied TEXT NOT NULL,
                    PRIMARY KEY (migration_set, name))""")
