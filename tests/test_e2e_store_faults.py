"""The real bot while another process holds the write lock on bot.db (staff opened it in a
viewer): partners keep getting answers within a bounded time, staff are told once the lock
lasts, and the partners' data is written when it is released."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.botapi_stub import BotApiStub, SimGroup
from tests.conftest import BotProcess

pytestmark = pytest.mark.e2e

ALERT_SECONDS = 1.5
"""BOT_STORE_ALERT_SECONDS here (5 s in production): staff are told once the lock lasts this."""
HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)
conn.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.readline()
conn.execute("COMMIT")
"""
"""Holds bot.db's write lock until the test writes a line (`release`), not for a fixed time:
the test lets go once it has seen what must happen while the file is locked."""


class Holder:
    """The HOLDER process: locked once started; `release()` commits and waits for it to end."""

    def __init__(self, db: Path) -> None:
        self.proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(db)], text=True,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        assert self.proc.stdout is not None and self.proc.stdout.readline().strip() == "locked"
        self.released = False

    def release(self) -> None:
        if not self.released:
            self.released = True
            assert self.proc.stdin is not None
            self.proc.stdin.write("release\n")
            self.proc.stdin.close()
        self.proc.wait(timeout=20)


@pytest.fixture(scope="module")
def world(module_stub: BotApiStub,
          module_bot_process: Callable[..., BotProcess]) -> tuple[BotApiStub, SimGroup, BotProcess]:
    """One bot for both tests (a start is ~1.3 s of CPU): each holds its own lock with its own
    partners, and counts the staff chat's messages from where it began."""
    staff = module_stub.add_group("HISDA staff", chat_type="supergroup")
    return module_stub, staff, module_bot_process(BOT_STAFF_CHAT_ID=str(staff.chat_id),
                                                  BOT_STORE_ALERT_SECONDS=str(ALERT_SECONDS))


def test_a_locked_database_does_not_silence_the_bot(world) -> None:
    stub, staff, bot = world
    told = len(staff.messages())
    warm = stub.add_user(first_name="Warm", language_code="en")
    warm.send_text("hello")
    warm.wait_for_messages(1, timeout=30)

    holder = Holder(bot.data_dir / "bot.db")
    try:
        locked_at = time.monotonic()
        latencies = []
        partners = [stub.add_user(first_name=f"P{i}", language_code=lang)
                    for i, lang in enumerate(("es", "ko", "zh", "en", "es"))]
        questions = ("¿Qué incentivos tienen para microdramas?", "자금성 세트장 있나요?",
                     "横店有哪些拍摄基地？", "When is Latin Film Night?", "hola")
        for partner, question in zip(partners, questions):
            started = time.monotonic()
            partner.send_text(question)
            # The lock is held until released below: a reply that waited for it never comes.
            partner.wait_for_messages(1, timeout=10)
            latencies.append(time.monotonic() - started)
        assert max(latencies) < 4.0, latencies  # bounded: not frozen behind the lock

        notice = staff.wait_for_messages(told + 1, timeout=ALERT_SECONDS + 10)[told]["text"]
        assert time.monotonic() - locked_at >= ALERT_SECONDS, "told before the lock lasted"
        assert "not accepting writes" in notice and "locked" in notice
    finally:
        holder.release()
    all_clear = staff.wait_for_messages(told + 2, timeout=20)[told + 1]["text"]
    assert "accepts writes again" in all_clear
    time.sleep(0.5)
    conn = sqlite3.connect(bot.data_dir / "bot.db")
    stored = {r[0] for r in conn.execute("SELECT chat_id FROM profiles")}
    conn.close()
    assert {p.id for p in partners} <= stored  # written once the lock was released
    assert len(staff.messages()) == told + 2  # told once, not once per message


def test_a_handoff_asked_for_while_the_database_is_locked_reaches_staff(world) -> None:
    """The partner gets the honest promise (not an apology), staff get the post at once; when
    the lock goes, the post gets its id and buttons and the relay works through the saved row."""
    from core.i18n import t
    from intents.callbacks import encode
    from tests.botapi_stub import parse_html

    stub, staff, bot = world
    mia = staff.add_member(stub.add_user(first_name="Mia"))
    ana = stub.add_user(first_name="Ana", language_code="es", username="ana_sol")
    ana.send_text("¿Qué locaciones tienen para palacios de la dinastía Ming?")
    ana.wait_for_messages(1, timeout=30)

    def handoff_posts() -> list[dict]:
        return [m for m in staff.messages() if "#" in m.get("text", "") and "Ana" in m["text"]]

    holder = Holder(bot.data_dir / "bot.db")
    try:
        ana.send_text("¿Me pasan con un asesor, por favor?")
        [notice] = ana.wait_for_messages(2, timeout=10)[1:]
        assert parse_html(t("handoff_waiting", "es"))[0] in notice["text"]
        assert parse_html(t("error", "es"))[0] not in notice["text"]
        stub.wait_for(lambda _: handoff_posts(), timeout=10)
        [post] = handoff_posts()
        assert "me pasan con un asesor" in post["text"].lower() and "@ana_sol" in post["text"]
        # While the lock lasts, the partner's next message reaches the same thread.
        before = len(staff.messages())
        ana.send_text("Somos Sol Films, de México")
        stub.wait_for(lambda _: any("Sol Films" in m.get("text", "")
                                    for m in staff.messages()[before:]), timeout=10)
        copy = next(m for m in staff.messages()[before:] if "Sol Films" in m.get("text", ""))
        assert copy["reply_to_message"]["message_id"] == post["message_id"]
        # Still locked: nothing of the handoff could be saved yet.
        assert holder.proc.poll() is None
    finally:
        holder.release()
    # The lock is gone: the row is saved with its post, and the post has its id and buttons.
    conn = sqlite3.connect(bot.data_dir / "bot.db")

    def saved() -> tuple | None:
        return conn.execute("SELECT id, staff_message_id, status FROM handoffs WHERE chat_id = ?",
                            [ana.id]).fetchone()

    stub.wait_for(lambda _: saved() and saved()[1], timeout=20)
    handoff_id, message_id, status = saved()
    conn.close()
    assert message_id == post["message_id"] and status == "open"

    def buttons() -> list[str]:
        current = next(m for m in staff.messages() if m["message_id"] == post["message_id"])
        rows = current.get("reply_markup", {}).get("inline_keyboard", [])
        return [b["callback_data"] for row in rows for b in row]

    stub.wait_for(lambda _: buttons(), timeout=10)
    assert buttons() == [encode("hoc", handoff_id), encode("hox", handoff_id)]
    current = next(m for m in staff.messages() if m["message_id"] == post["message_id"])
    assert f"#{handoff_id}" in current["text"]
    # Staff answer through the saved row: it reaches the partner.
    seen = len(ana.messages())
    staff.send_text(mia, "Hola Ana, soy Mia", reply_to=post)
    # (wait for that reply itself: a late "it reached the team" line, sent when the office is
    # closed, may land first)
    stub.wait_for(lambda _: any("Hola Ana, soy Mia" in m["text"] for m in ana.messages()[seen:]), timeout=10)
    got = ana.messages()[seen:]
    assert any("Hola Ana, soy Mia" in m["text"] for m in got)


def test_an_inquiry_sent_while_the_database_is_locked_reaches_staff_once(world) -> None:
    """✅ Send under a lock: the summary reaches staff (it raised StoreUnavailable opening its
    thread, the partner got an apology and staff a traceback, and the lead never reached them);
    once the lock goes the thread is saved with the post, and a staff reply reaches the partner."""
    from core.i18n import t
    from tests.botapi_stub import parse_html

    stub, staff, bot = world
    mia = staff.add_member(stub.add_user(first_name="Mia"))
    eva = stub.add_user(first_name="Eva", language_code="en")

    def say(text: str) -> dict:
        before = len(eva.messages())
        eva.send_text(text)
        return eva.wait_for_messages(before + 1, timeout=30)[-1]

    say("I'd like to join the alliance")
    say("Andes Media Group")
    say("Peru")
    review = say("We produce vertical dramas for Latin American platforms.")
    if "v1|inq|send" not in str(review.get("reply_markup")):
        review = say("eva@andes.pe")

    def leads() -> list[dict]:
        return [m for m in staff.messages() if "Andes Media Group" in m.get("text", "")]

    holder = Holder(bot.data_dir / "bot.db")
    try:
        query = eva.press(review, "v1|inq|send")
        stub.wait_for(lambda _: stub.callback_answer(query["id"]) is not None, timeout=30)
        stub.wait_for(lambda _: leads(), timeout=60)
        [lead] = leads()
        assert "Inquiry #…" in lead["text"]
        assert holder.proc.poll() is None, "still locked when staff got it"
    finally:
        holder.release()
    conn = sqlite3.connect(bot.data_dir / "bot.db")

    def saved() -> tuple | None:
        return conn.execute("SELECT staff_message_id FROM handoffs WHERE chat_id = ?",
                            [eva.id]).fetchone()

    stub.wait_for(lambda _: saved() and saved()[0], timeout=30)
    assert saved() == (lead["message_id"],)
    conn.close()
    assert len(leads()) == 1
    assert not any("Bot error" in m.get("text", "") for m in staff.messages())
    assert not any(parse_html(t("error", "en"))[0] in m.get("text", "") for m in eva.messages())
    seen = len(eva.messages())
    staff.send_text(mia, "Welcome aboard, Eva", reply_to=lead)
    got = eva.wait_for_messages(seen + 1, timeout=30)[seen:]
    assert any("Welcome aboard, Eva" in m["text"] for m in got)
