"""A morning of partner traffic in a real `bot.db`, for the dashboard tests and screenshot.

Everything the bot's own code in this branch writes (profiles, interests, subscriptions,
broadcasts, deliveries) is written by that code (`Store`, `Ledger`). The tables other features
own (`questions`, `handoffs`, `relay`, `inquiries`, `audit`, `memory`) are created with the
columns of the shared table contract and filled with sqlite-utils; once those features are
merged, seed them through their code here, in this one function.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from core.store import Store, iso
from jobs.ledger import FAILED, ONCE, RUNNING, Ledger
from jobs.subscription_store import SubscriptionStore

CONTRACT_TABLES: dict[str, tuple[dict[str, type], str]] = {
    "questions": ({"id": int, "chat_id": int, "asked": str, "lang": str, "text": str,
                   "intent": str, "answer": str, "outcome": str, "confidence": float,
                   "reply": str}, "id"),
    "handoffs": ({"id": int, "chat_id": int, "user_id": int, "opened": str, "status": str,
                  "subject": str, "question": str, "staff_chat_id": int,
                  "staff_message_id": int, "staff_thread_id": int, "claimed_by": str,
                  "first_staff_reply": str, "closed": str}, "id"),
    "relay": ({"id": int, "handoff_id": int, "chat_id": int, "at": str, "direction": str,
               "staff_name": str, "text": str, "staff_message_id": int,
               "partner_message_id": int}, "id"),
    "inquiries": ({"id": int, "chat_id": int, "created": str, "kind": str, "company": str,
                   "country": str, "people": int, "event_id": str, "details": str,
                   "contact": str, "status": str, "staff_message_id": int}, "id"),
    "audit": ({"id": int, "at": str, "user_id": int, "action": str, "args": str,
               "result": str}, "id"),
    "memory": ({"chat_id": int, "updated": str, "data": str}, "chat_id"),
}

LUCIA, MINJUN, WEI, JOHN, GONE = 1001, 1002, 1003, 1004, 1005
STAFF_CHAT = -100500

# (chat, minutes ago, lang, text, intent, answer, outcome)
QUESTIONS: list[tuple[int, float, str, str, str, str, str]] = [
    (LUCIA, 300, "es", "¿Tienen incentivos para microdramas?", "incentives",
     "incentive:vertical_microdrama", "answered"),
    (LUCIA, 290, "es", "ming palace", "locations", "location:ming_qing_palace", "answered"),
    (LUCIA, 120, "en", "how much does it cost to rent the ming palace set",
     "locations", "gap:locations_desk", "gap"),
    (JOHN, 60 * 24, "en", "How much does it cost to rent the Ming palace set?",
     "locations", "gap:locations_desk", "gap"),
    (JOHN, 200, "en", "hello", "greet", "smalltalk:greet", "smalltalk"),
    (JOHN, 190, "en", "Do you have a western street?", "locations",
     "list:locations?scene=western_street", "answered"),
    (MINJUN, 180, "ko", "명청궁원 주소 알려주세요", "locations",
     "location:ming_qing_palace#address", "answered"),
    (MINJUN, 170, "ko", "드론 촬영 허가 받을 수 있나요?", "unknown", "fallback", "fallback"),
    (WEI, 90, "zh", "你们有没有无人机拍摄许可？", "unknown", "fallback", "fallback"),
    (WEI, 30, "zh", "你们有没有无人机拍摄许可", "unknown", "fallback", "fallback"),
    (WEI, 20, "zh", "横店电影节什么时候？", "events", "event:hengdian_film_festival#date",
     "answered"),
    (JOHN, 60 * 24 * 20, "en", "Can you dub our series into Portuguese?", "unknown",
     "fallback", "fallback"),
]
"""The last row is 20 days old: outside `unanswered`'s default 7 days, inside 30."""


def seed(db_path: Path, now: datetime | None = None) -> dict[str, Any]:
    """Fill `db_path` (created) with a morning of traffic; returns what the tests expect."""
    now = now or datetime.now(UTC)

    def ago(minutes: float) -> str:
        return iso(now - timedelta(minutes=minutes))

    store = Store.open(db_path)
    ledger = Ledger(store.db)
    subs = SubscriptionStore(store)
    db = store.db
    for chat, name, lang, code, country in [
            (LUCIA, "Lucía", "es", "es-MX", "MX"), (MINJUN, "민준", None, "ko-KR", "KR"),
            (WEI, "伟", "zh", "zh-hans", "CN"), (JOHN, "John", None, "en-US", "US"),
            (GONE, "Gone", "en", "en", "GB")]:
        store.touch(chat, user_id=chat, first_name=name, language_code=code)
        if lang:
            store.set_language(chat, lang)  # type: ignore[arg-type]
        store.set_country(chat, country)
    store.mark_inactive(GONE, "Forbidden: bot was blocked by the user")
    store.record_interest(LUCIA, "sweet_revenge")
    for chat, topics in [(LUCIA, ("events", "catalog")), (MINJUN, ("events",)),
                         (WEI, ("events", "incentives")), (JOHN, ("catalog",)),
                         (GONE, ("events",))]:
        for topic in topics:
            subs.subscribe(chat, topic)

    for table, (columns, pk) in CONTRACT_TABLES.items():
        db[table].create(columns, pk=pk, if_not_exists=True)
    db["questions"].insert_all(
        {"chat_id": chat, "asked": ago(minutes), "lang": lang, "text": text, "intent": intent,
         "answer": answer, "outcome": outcome, "confidence": 0.8, "reply": "…"}
        for chat, minutes, lang, text, intent, answer, outcome in QUESTIONS)
    db["handoffs"].insert_all([
        {"id": 1, "chat_id": LUCIA, "user_id": LUCIA, "opened": ago(118), "status": "closed",
         "subject": "locations", "question": "¿Puedo hablar con alguien sobre precios?",
         "staff_chat_id": STAFF_CHAT, "staff_message_id": 11, "staff_thread_id": None,
         "claimed_by": "Ana", "first_staff_reply": ago(106), "closed": ago(60)},
        {"id": 2, "chat_id": WEI, "user_id": WEI, "opened": ago(25), "status": "open",
         "subject": "incentives", "question": "我想和工作人员聊聊补贴", "staff_chat_id": STAFF_CHAT,
         "staff_message_id": 12, "staff_thread_id": None, "claimed_by": None,
         "first_staff_reply": None, "closed": None},
        {"id": 3, "chat_id": WEI, "user_id": WEI, "opened": ago(300), "status": "claimed",
         "subject": "events", "question": "电影节可以带几个人？", "staff_chat_id": STAFF_CHAT,
         "staff_message_id": 10, "staff_thread_id": None, "claimed_by": "Li",
         "first_staff_reply": ago(270), "closed": None},
    ])
    db["relay"].insert_all([
        {"handoff_id": 1, "chat_id": LUCIA, "at": ago(110), "direction": "partner",
         "staff_name": None, "text": "Somos 40 personas, 3 semanas.", "staff_message_id": 13,
         "partner_message_id": 501},
        {"handoff_id": 1, "chat_id": LUCIA, "at": ago(106), "direction": "staff",
         "staff_name": "Ana", "text": "¡Hola Lucía! Te escribo por correo hoy.",
         "staff_message_id": 14, "partner_message_id": 502},
    ])
    db["inquiries"].insert_all([
        {"chat_id": LUCIA, "created": ago(100), "kind": "film", "company": "Cine Azteca",
         "country": "MX", "people": 40, "event_id": None,
         "details": json.dumps({"weeks": 3, "sets": ["ming_qing_palace"]}),
         "contact": "lucia@cineazteca.mx", "status": "new", "staff_message_id": 15},
        {"chat_id": MINJUN, "created": ago(60 * 26), "kind": "coproduce",
         "company": "Hanbit Pictures", "country": "KR", "people": None, "event_id": None,
         "details": json.dumps({"genre": "romance"}), "contact": "@minjun",
         "status": "new", "staff_message_id": 16},
        {"chat_id": WEI, "created": ago(15), "kind": "event_signup", "company": "星光影业",
         "country": "CN", "people": 3, "event_id": "hengdian_film_festival",
         "details": "{}", "contact": "wei@example.cn", "status": "new",
         "staff_message_id": 17},
    ])
    db["audit"].insert({"at": ago(50), "user_id": 42, "action": "/announce",
                        "args": "ann_film_night", "result": "scheduled"})
    db["memory"].insert({"chat_id": LUCIA, "updated": ago(100),
                         "data": json.dumps({"last": "location:ming_qing_palace"})})

    bc, _ = ledger.upsert_pending(
        "announcement", "ann_film_night", ONCE, origin="file", due=now - timedelta(hours=2),
        payload={"id": "ann_film_night", "text": {"en": "Latin Film Night"},
                 "audience": {"topics": ["events"]}})
    ledger.enqueue(bc.id, {LUCIA: "es", MINJUN: "ko", WEI: "zh", JOHN: "en"})
    ledger.set_status(bc.id, RUNNING)
    for chat, message_id in [(LUCIA, 9001), (MINJUN, 9002)]:
        ledger.mark_sending(bc.id, chat)
        ledger.mark_sent(bc.id, chat, message_id)
    ledger.mark_sending(bc.id, WEI)
    ledger.mark(bc.id, WEI, FAILED, "Bad Request: chat not found")
    store.db.close()
    return {"broadcast_id": bc.id}
