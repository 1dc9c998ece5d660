"""/mydata and /forget: every table that names a partner is found, shown and emptied.

Data is created through the code paths that write it (the store, the subscriptions ledger,
"Remind me", the inquiry form, the audit, PTB persistence, a finished broadcast's deliveries),
plus tables shaped like the ones other features add (questions, handoffs, relay, memory), so a
table added later without a `chat_id` column would be the only way to escape `/forget`.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.persistence import StorePersistence
from core.inquiries import Audit
from core.store import Store, iso
from intents import inquiry, privacy
from intents.callbacks import decode
from intents.events import upcoming
from intents.turn import Turn
from jobs import reminders
from jobs.subscriptions import ledger_of, subscriptions_of
from tests.shipped import shipped_kb

PARTNER, OTHER = 555_123_457, 555_000_001
NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


def turn(store: Store, chat_id: int = PARTNER, lang: str = "en") -> Turn:
    return Turn(kb=shipped_kb(), lang=lang, chat_id=chat_id, store=store, now=NOW,  # type: ignore[arg-type]
                home_tz=ZoneInfo("Asia/Shanghai"), profile=store.profile(chat_id))


def fill(store: Store, db_path: Path, chat_id: int) -> None:
    """Everything a partner can leave behind."""
    store.touch(chat_id, user_id=chat_id, first_name="Ana", language_code="es")
    store.set_timezone(chat_id, "America/Mexico_City")
    store.set_country(chat_id, "mx")
    store.record_interest(chat_id, next(iter(shipped_kb().works)))
    ledger = ledger_of(store)
    subscriptions_of(store).subscribe(chat_id, "events")
    event = upcoming(turn(store, chat_id))[0]
    reminders.set_reminder(store, shipped_kb(), chat_id, event.id, "en", NOW, (60,), ZoneInfo("Asia/Shanghai"))
    bc, _ = ledger.upsert_pending("announcement", "ann_x", "once", origin="file", due=NOW,
                                  payload={"id": "ann_x"})
    ledger.enqueue(bc.id, {chat_id: "es"})
    ledger.mark_sent(bc.id, chat_id, 99)
    step = inquiry.begin(turn(store, chat_id), "join_alliance")
    for answer in ("Sol Films", "Mexico", "We make vertical dramas for Latin America.", "a@sol.mx"):
        step = inquiry.on_text(turn(store, chat_id), step.form, answer)
    assert inquiry.on_button(turn(store, chat_id), step.form, decode("v1|inq|send")).sent
    Audit(store).record(chat_id, "/announce", "/announce", "refused")
    persistence = StorePersistence(db_path)

    async def persist() -> None:
        await persistence.update_user_data(chat_id, {"inquiry": {"fields": {}}})
        await persistence.update_chat_data(chat_id, {"x": 1})
        await persistence.update_conversation("inquiry", (chat_id, chat_id), "company")

    asyncio.run(persist())
    # Tables other features add, shaped as the contract says.
    db = store.db
    db["questions"].insert({"chat_id": chat_id, "asked": iso(NOW), "lang": "es", "text": "hola"})
    db["handoffs"].insert({"id": chat_id % 1000, "chat_id": chat_id, "user_id": chat_id,
                           "status": "open"}, pk="id", replace=True)
    db["relay"].insert({"handoff_id": chat_id % 1000, "chat_id": chat_id, "text": "hola"})
    db["memory"].insert({"chat_id": chat_id, "updated": iso(NOW), "data": "{}"}, pk="chat_id",
                        replace=True)


def naming(db_path: Path, chat_id: int) -> list[str]:
    conn = sqlite3.connect(db_path)
    found = []
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        for row in conn.execute(f"SELECT * FROM [{table}]"):
            if any(v == chat_id or (isinstance(v, str) and str(chat_id) in v) for v in row):
                found.append(table)
    conn.close()
    return found


def test_forget_leaves_no_row_naming_the_partner(tmp_path: Path) -> None:
    db_path = tmp_path / "bot.db"
    store = Store.open(db_path)
    fill(store, db_path, PARTNER)
    fill(store, db_path, OTHER)
    tables = store.partner_tables()
    before = set(naming(db_path, PARTNER))
    assert set(tables) <= before, f"test data missing in {set(tables) - before}"
    shown = privacy.mydata(turn(store))
    assert shown.document is not None
    assert set(json.loads(shown.document.content)) == set(tables)
    ask = privacy.forget(turn(store))
    assert [b.data for b in ask.buttons[0]] == ["v1|fgt|yes", "v1|fgt|no"]
    assert naming(db_path, PARTNER)  # "keep my data" keeps it
    privacy.on_button(turn(store), decode("v1|fgt|no"))
    assert set(naming(db_path, PARTNER)) == before
    done = privacy.on_button(turn(store), decode("v1|fgt|yes"))
    assert done.answer == "forget"
    assert naming(db_path, PARTNER) == []
    assert set(naming(db_path, OTHER)) == before  # the other partner keeps everything
    # The broadcast still counts both deliveries.
    ledger = ledger_of(store)
    bc = ledger.broadcasts(kind="announcement")[0]
    assert ledger.counts(bc.id).sent == 2
    assert privacy.mydata(turn(store)).document is None


def test_mydata_in_the_partners_language(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "bot.db")
    fill(store, tmp_path / "bot.db", PARTNER)
    reply = privacy.mydata(turn(store, lang="zh"))
    assert "我们保存了您的哪些数据" in reply.text and "订阅主题：1" in reply.text
    assert "已提交的需求：1" in reply.text and "America/Mexico_City" in reply.text
    # Every table the bot keeps is named in the partner's words, never by its table name
    for table in store.partner_tables():
        assert f"（{table}）" not in reply.text and f"({table})" not in reply.text, table
    assert "填写中的表单：3" in reply.text  # the form's three tables are one line
