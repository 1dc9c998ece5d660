"""The real bot while another process holds the write lock on bot.db (staff opened it in a
viewer): partners keep getting answers within a bounded time, staff are told once the lock
lasts, and the partners' data is written when it is released."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

LOCK_SECONDS = 8.0
HOLDER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)
conn.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("COMMIT")
"""


def test_a_locked_database_does_not_silence_the_bot(stub, bot_process, tmp_path: Path) -> None:
    staff = stub.add_group("HISDA staff", chat_type="supergroup")
    bot = bot_process(BOT_STAFF_CHAT_ID=str(staff.chat_id))
    warm = stub.add_user(first_name="Warm", language_code="en")
    warm.send_text("hello")
    warm.wait_for_messages(1, timeout=30)

    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(bot.data_dir / "bot.db"),
                               str(LOCK_SECONDS)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        locked_at = time.monotonic()
        latencies = []
        partners = [stub.add_user(first_name=f"P{i}", language_code=lang)
                    for i, lang in enumerate(("es", "ko", "zh", "en", "es"))]
        questions = ("¿Qué incentivos tienen para microdramas?", "자금성 세트장 있나요?",
                     "横店有哪些拍摄基地？", "When is Latin Film Night?", "hola")
        for partner, question in zip(partners, questions):
            started = time.monotonic()
            partner.send_text(question)
            partner.wait_for_messages(1, timeout=10)
            latencies.append(time.monotonic() - started)
        assert time.monotonic() - locked_at < LOCK_SECONDS, "replies came only after the lock"
        assert max(latencies) < 4.0, latencies  # bounded: not the lock's length, nor frozen

        notice = staff.wait_for_messages(1, timeout=LOCK_SECONDS + 5)[0]["text"]
        assert "not accepting writes" in notice and "locked" in notice
    finally:
        holder.wait(timeout=LOCK_SECONDS + 10)
    all_clear = staff.wait_for_messages(2, timeout=20)[1]["text"]
    assert "accepts writes again" in all_clear
    time.sleep(0.5)
    conn = sqlite3.connect(bot.data_dir / "bot.db")
    stored = {r[0] for r in conn.execute("SELECT chat_id FROM profiles")}
    conn.close()
    assert {p.id for p in partners} <= stored  # written once the lock was released
    assert len(staff.messages()) == 2  # told once, not once per message
