"""What partners asked to receive: topic subscriptions and "Remind me" requests.

Kept apart from the delivery ledger (`jobs.ledger`, which records what was sent): this is
partner data, changed by partners' taps and read to build a broadcast's audience. Writes go
through the store's writer (`Store.write`), so a locked database or a full disk delays them
instead of failing the partner's tap. Schema changes are `core.migrations` steps.

Tables (in bot.db; date-times ISO 8601 UTC):
  subscriptions (chat_id, topic, created)   primary key (chat_id, topic)
  reminders     (chat_id, event_id, created) primary key (chat_id, event_id)
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from core.migrations import Migrations
from core.store import Store, iso, utcnow

migrations = Migrations("subscriptions")


@migrations()
def m001_subscriptions_and_reminders(db: Any) -> None:
    """The tables as the Ledger used to create them (databases from before keep theirs)."""
    db.execute("""CREATE TABLE IF NOT EXISTS subscriptions (
            chat_id INTEGER NOT NULL, topic TEXT NOT NULL, created TEXT NOT NULL,
            PRIMARY KEY (chat_id, topic)) WITHOUT ROWID""")
    db.execute("CREATE INDEX IF NOT EXISTS subscriptions_topic ON subscriptions (topic)")
    db.execute("""CREATE TABLE IF NOT EXISTS reminders (
            chat_id INTEGER NOT NULL, event_id TEXT NOT NULL, created TEXT NOT NULL,
            PRIMARY KEY (chat_id, event_id)) WITHOUT ROWID""")
    db.execute("CREATE INDEX IF NOT EXISTS reminders_event ON reminders (event_id)")


PROFILE_COLUMNS = ("p.chat_id, p.language, p.chat_lang, p.language_code, p.zh_script, p.timezone, "
                   "p.country")


class SubscriptionStore:
    """Typed access to subscriptions and reminder requests (tables created on first use)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.db = store.db
        migrations.apply(self.db)

    # -- subscriptions -----------------------------------------------------------------------
    def topics_of(self, chat_id: int) -> set[str]:
        return {r[0] for r in self.db.execute(
            "SELECT topic FROM subscriptions WHERE chat_id = ?", [chat_id])}

    def subscribe(self, chat_id: int, topic: str) -> bool:
        """True if newly subscribed (also when the write is still waiting for the store)."""
        created = iso(utcnow())
        return bool(self.store.write(lambda db: db.execute(
            "INSERT OR IGNORE INTO subscriptions (chat_id, topic, created) VALUES (?, ?, ?)",
            [chat_id, topic, created]).rowcount > 0, default=True))

    def unsubscribe(self, chat_id: int, topic: str | None = None) -> int:
        """How many subscriptions were removed (0 while the write is still waiting)."""
        if topic is None:
            return int(self.store.write(lambda db: db.execute(
                "DELETE FROM subscriptions WHERE chat_id = ?", [chat_id]).rowcount, default=0))
        return int(self.store.write(lambda db: db.execute(
            "DELETE FROM subscriptions WHERE chat_id = ? AND topic = ?",
            [chat_id, topic]).rowcount, default=0))

    def subscribers(self, topics: Iterable[str]) -> dict[int, dict[str, Any]]:
        """Active profiles subscribed to any of `topics`: chat id -> profile columns."""
        wanted = list(topics)
        if not wanted:
            return {}
        rows = self.db.query(
            f"""SELECT {PROFILE_COLUMNS} FROM profiles p
                WHERE p.active = 1 AND p.chat_id IN (
                  SELECT chat_id FROM subscriptions
                  WHERE topic IN ({','.join('?' * len(wanted))}))""", wanted)
        return {r["chat_id"]: r for r in rows}

    def topic_counts(self) -> dict[str, int]:
        return {r[0]: r[1] for r in self.db.execute(
            "SELECT s.topic, count(*) FROM subscriptions s JOIN profiles p USING (chat_id) "
            "WHERE p.active = 1 GROUP BY s.topic")}

    # -- reminders ---------------------------------------------------------------------------
    def add_reminder(self, chat_id: int, event_id: str) -> bool:
        created = iso(utcnow())
        return bool(self.store.write(lambda db: db.execute(
            "INSERT OR IGNORE INTO reminders (chat_id, event_id, created) VALUES (?, ?, ?)",
            [chat_id, event_id, created]).rowcount > 0, default=True))

    def remove_reminder(self, chat_id: int, event_id: str) -> bool:
        return bool(self.store.write(lambda db: db.execute(
            "DELETE FROM reminders WHERE chat_id = ? AND event_id = ?",
            [chat_id, event_id]).rowcount > 0, default=True))

    def reminders_of(self, chat_id: int) -> list[str]:
        """The events `chat_id` asked to be reminded of, oldest request first."""
        return [r[0] for r in self.db.execute(
            "SELECT event_id FROM reminders WHERE chat_id = ? ORDER BY created, event_id", [chat_id])]

    def has_reminder(self, chat_id: int, event_id: str) -> bool:
        return bool(list(self.db.execute(
            "SELECT 1 FROM reminders WHERE chat_id = ? AND event_id = ?", [chat_id, event_id])))

    def reminder_events(self) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT DISTINCT event_id FROM reminders")}

    def reminder_takers(self, event_id: str) -> dict[int, dict[str, Any]]:
        """Active profiles that asked to be reminded of `event_id`."""
        rows = self.db.query(
            f"""SELECT {PROFILE_COLUMNS} FROM profiles p JOIN reminders r ON r.chat_id = p.chat_id
                WHERE p.active = 1 AND r.event_id = ?""", [event_id])
        return {r["chat_id"]: r for r in rows}
