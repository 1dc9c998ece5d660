"""Crash test: SIGKILL the bot in the middle of a broadcast to 1,500 chats, restart it.

The bot runs as `python -m bot run` against the loopback stub (flood limit raised so 1,500
chats take seconds, not minutes). Its knowledge folder holds one announcement a few seconds
ahead; 1,500 subscribed profiles are pre-seeded in its database. When about a third of the
chats have the message, the process gets SIGKILL (no clean-up at all); then it is started
again and must finish the broadcast.

What must hold, from the stub's record of what every chat received:
* nobody is skipped: every chat holds the message, in its partner's language;
* nobody already delivered gets it again: a chat holds two copies only if its delivery was in
  flight at the instant of the kill (the request reached Telegram but the process died before
  recording the answer; the ledger shows it as attempt 2). That window cannot be closed with
  the Bot API (no idempotency key); the engine resends rather than risk a loss, and reports
  the count to staff. Everyone else holds exactly one copy.
"""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from core.i18n_format import format_number
from tests.botapi_stub import FloodLimits, running_stub
from tests.jobs_support import BotProcess, announcement_yaml, knowledge_copy, seed_partners
from tests.patience import BOT_WORK

pytestmark = [pytest.mark.e2e, pytest.mark.long]

CHATS = 1500
FIRST_CHAT = 5_000_001
RATE = 400  # the bot's broadcast pace for this test (~4 s for the 1,500); the stub allows a bit more
WORDS = {"en": "Latin Film Night", "es": "Noche de Cine Latino", "zh": "拉丁电影之夜",
         "ko": "라틴 영화의 밤"}


def delivered(stub) -> int:
    """Cheap progress probe (no message copies): answered sendMessage calls so far."""
    return sum(1 for e in stub.journal.entries("sendMessage") if e.status == 200)


def copies(stub, chats: set[int]) -> Counter:
    return Counter(m["chat"]["id"] for m in stub.sent_messages() if m["chat"]["id"] in chats)


def test_sigkill_mid_broadcast_then_restart_delivers_to_everyone_once(tmp_path: Path) -> None:
    limits = FloodLimits(global_per_second=RATE + 100, global_burst=50)
    with running_stub(known_chats_only=False, flood=limits) as stub:
        staff = stub.add_group("HISDA staff").chat_id
        data = tmp_path / "var"
        data.mkdir()
        ids = list(range(FIRST_CHAT, FIRST_CHAT + CHATS))
        langs = seed_partners(data / "bot.db", ids)
        chats = set(ids)
        when = datetime.now(UTC) + timedelta(seconds=3)
        kdir = knowledge_copy(tmp_path / "knowledge", announcement_yaml("ann_crash", when))
        bot = BotProcess(stub, data, kdir, BOT_BROADCAST_RATE=str(RATE), BOT_SEND_RATE=str(RATE),
                         BOT_STAFF_CHAT_ID=str(staff))
        try:
            bot.start()
            bot.wait(lambda: delivered(stub) >= CHATS // 3, 60, "a third delivered")
            bot.kill()
            at_kill = copies(stub, chats)
            assert 0 < len(at_kill) < CHATS, "the kill must land mid-broadcast"
            bot.start()
            bot.wait(lambda: any("ann_crash" in (m.get("text") or "")
                                 for m in stub.sent_messages(staff)), BOT_WORK, "the staff summary")
        finally:
            bot.stop()
        got = copies(stub, chats)
        with sqlite3.connect(data / "bot.db") as db:
            rows = {chat: (status, attempts) for chat, status, attempts in db.execute(
                "SELECT d.chat_id, d.status, d.attempts FROM deliveries d JOIN broadcasts b "
                "ON b.id = d.broadcast_id WHERE b.ref = 'ann_crash'")}
            [status] = db.execute("SELECT status FROM broadcasts WHERE ref = 'ann_crash'").fetchone()
    assert status == "done"
    missing = chats - set(got)
    assert not missing, f"{len(missing)} chats never got the announcement"
    assert all(rows[c][0] == "sent" for c in chats)
    twice = {c for c, n in got.items() if n > 1}
    assert max(got.values()) <= 2
    retried = {c for c in chats if rows[c][1] >= 2}
    assert twice <= retried, "a chat already delivered before the crash got a second copy"
    for chat in (ids[0], ids[1], ids[2], ids[3], ids[-1]):
        assert WORDS[langs[chat]] in stub.sent_messages(chat)[0]["text"]
    summary = [m["text"] for m in stub.sent_messages(staff) if "ann_crash" in m["text"]]
    assert len(summary) == 1 and f"Delivered: {format_number(CHATS, 'en')}" in summary[0]  # "1,500"
    found = re.search(r"(\d+) messages? (?:was|were) in flight", summary[0])  # ngettext
    in_flight = int(found.group(1)) if found else 0
    # staff are told about every possible duplicate; at most the engine's 16 were in flight
    assert len(twice) <= in_flight <= 16
    print(f"\ncrash at {len(at_kill)}/{CHATS} delivered; in flight at the kill: "
          f"{in_flight}; chats with two copies: {len(twice)}")
