"""Broadcasting as its own service: typed settings, its own storage (subscriptions apart from
the delivery ledger) with migrations that keep existing databases working."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.settings import SettingsError, load_settings
from core.store import Store
from jobs.announcer import ManualScheduler
from jobs.broadcasting import Broadcasting, BroadcastSettings
from jobs.ledger import DONE, Ledger
from jobs.subscription_store import SubscriptionStore
from tests.botapi_stub import running_stub
from tests.jobs_support import T0, Clock, Live, add_partner, announcement, kb

OLD_SCHEMA = """
CREATE TABLE profiles (chat_id INTEGER PRIMARY KEY, user_id INTEGER, first_name TEXT,
  language TEXT, language_code TEXT, timezone TEXT, country TEXT, first_seen TEXT,
  last_seen TEXT, active INTEGER DEFAULT 1, inactive_reason TEXT);
CREATE TABLE broadcasts (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL,
  ref TEXT NOT NULL, occurrence TEXT NOT NULL, origin TEXT NOT NULL, due TEXT NOT NULL,
  status TEXT NOT NULL, payload TEXT NOT NULL, created TEXT NOT NULL, started TEXT,
  finished TEXT, requested_by INTEGER, progress_chat_id INTEGER, progress_message_id INTEGER,
  note TEXT, reported INTEGER NOT NULL DEFAULT 0, UNIQUE (kind, ref, occurrence));
CREATE TABLE deliveries (broadcast_id INTEGER NOT NULL REFERENCES broadcasts(id),
  chat_id INTEGER NOT NULL, status TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT, message_id INTEGER, lang TEXT, updated TEXT NOT NULL,
  PRIMARY KEY (broadcast_id, chat_id)) WITHOUT ROWID;
CREATE TABLE subscriptions (chat_id INTEGER NOT NULL, topic TEXT NOT NULL,
  created TEXT NOT NULL, PRIMARY KEY (chat_id, topic)) WITHOUT ROWID;
CREATE TABLE reminders (chat_id INTEGER NOT NULL, event_id TEXT NOT NULL,
  created TEXT NOT NULL, PRIMARY KEY (chat_id, event_id)) WITHOUT ROWID;
INSERT INTO profiles (chat_id, language_code, active) VALUES (7, 'es', 1);
INSERT INTO subscriptions VALUES (7, 'events', '2026-01-01T00:00:00+00:00');
INSERT INTO reminders VALUES (7, 'latin_film_night', '2026-01-01T00:00:00+00:00');
INSERT INTO broadcasts (kind, ref, occurrence, origin, due, status, payload, created)
  VALUES ('announcement', 'old', 'once', 'file', '2026-01-02T00:00:00+00:00', 'done', '{}',
          '2026-01-01T00:00:00+00:00');
"""


def test_a_database_from_before_keeps_working_and_migrates_once(tmp_path: Path) -> None:
    path = tmp_path / "bot.db"
    conn = sqlite3.connect(path)
    conn.executescript(OLD_SCHEMA)
    conn.close()
    store = Store.open(path)
    subs, ledger = SubscriptionStore(store), Ledger(store.db)
    assert subs.topics_of(7) == {"events"} and subs.reminder_events() == {"latin_film_night"}
    assert [bc.ref for bc in ledger.broadcasts(status=(DONE,))] == ["old"]
    assert "chat_lang" in store.db["profiles"].columns_dict  # the store's own column migration
    applied = {(r["migration_set"], r["name"]) for r in store.db["_migrations"].rows}
    assert applied == {("subscriptions", "m001_subscriptions_and_reminders"),
                       ("ledger", "m001_broadcasts_and_deliveries")}
    SubscriptionStore(store), Ledger(store.db)  # a second start applies nothing again
    assert store.db["_migrations"].count == 2
    store.close()


def test_subscriptions_are_not_in_the_delivery_ledger() -> None:
    assert not hasattr(Ledger, "subscribe") and not hasattr(Ledger, "subscribers")
    assert hasattr(SubscriptionStore, "subscribe")


def test_broadcast_rate_is_a_typed_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOT_TOKEN", "123:abc")
    monkeypatch.setenv("BOT_BROADCAST_RATE", "12.5")
    settings = BroadcastSettings.from_settings(load_settings(_env_file=None))
    assert settings.rate == 12.5 and settings.concurrency == 7
    assert "abc" not in repr(settings)
    monkeypatch.setenv("BOT_BROADCAST_RATE", "fast")
    with pytest.raises(SettingsError, match="BOT_BROADCAST_RATE"):
        load_settings(_env_file=None)
    monkeypatch.setenv("BOT_BROADCAST_RATE", "0")
    with pytest.raises(SettingsError, match="BOT_BROADCAST_RATE"):
        load_settings(_env_file=None)


async def test_the_service_delivers_a_due_announcement_once_through_the_stub() -> None:
    with running_stub() as stub:
        store = Store.open(":memory:")
        partner = stub.add_user(language_code="es").id
        add_partner(store, partner, "es")
        clock = Clock()
        ann = announcement(when=T0 + timedelta(minutes=1),
                           text={"en": "Film night", "es": "Noche de cine"})
        live = Live(kb(announcements={ann.id: ann}))
        kwargs = stub.bot_kwargs()
        settings = BroadcastSettings(token=kwargs["token"],
                                     api_url=kwargs["base_url"].removesuffix("/bot"),
                                     rate=50.0, grace=timedelta(hours=6), staff_chat_id=None,
                                     home_tz=ZoneInfo("UTC"),
                                     reminder_offsets=(60,))
        scheduler = ManualScheduler()
        service = await Broadcasting.start(settings, store, live, scheduler, clock=clock)
        assert service.status()["pending"] == 1
        clock.advance(minutes=2)
        await scheduler.run_due(clock.now)
        await service.announcer.idle()
        assert [m["text"] for m in stub.sent_messages(partner)] == ["Noche de cine"]
        assert service.status() == {"pending": 0, "running": 0, "rate": 50.0}
        await service.stop()
