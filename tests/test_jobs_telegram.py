"""End to end through Telegram (the stub): the bot runs as `python -m bot run` in a subprocess.

Partners subscribe with buttons; staff save an announcement a few seconds ahead into the
running bot's knowledge folder; it reaches exactly the subscribed partners, each in their
language; Stop and Remind me work from the broadcast; an admin composes and sends one from
Telegram with a live progress message; a restart right after sends nothing again.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.botapi_stub import running_stub
from tests.jobs_support import BotProcess, knowledge_copy

pytestmark = [pytest.mark.e2e, pytest.mark.long]

ADMIN_ID = 777_001


def texts(user) -> list[str]:
    return [m.get("text") or "" for m in user.messages()]


def wait_text(bot: BotProcess, user, fragment: str, timeout: float = 15.0) -> dict:
    """The first message to `user` containing `fragment` (current version, after edits)."""
    found: list[dict] = []

    def check() -> bool:
        found[:] = [m for m in user.messages() if fragment in (m.get("text") or "")]
        return bool(found)

    bot.wait(check, timeout, f"{fragment!r} for {user}")
    return found[0]


def press(bot: BotProcess, user, message: dict, label: str) -> None:
    before = len(bot.stub.calls("answerCallbackQuery"))
    user.press(message, text=label)
    bot.wait(lambda: len(bot.stub.calls("answerCallbackQuery")) > before, 10, f"press {label}")


def announcement_file(when: datetime) -> str:
    return f"""announcements:
  - id: ann_e2e_film_night
    source: sample
    when: {when.isoformat(timespec="seconds")}
    event: latin_film_night_2027
    audience:
      topics: [events]
    text:
      en: <b>Latin Film Night</b> tonight 19:30 Beijing time
      es: <b>Noche de Cine Latino</b> hoy a las 19:30, hora de Pekín
      zh: <b>拉丁电影之夜</b> 今晚19:30（北京时间）
      ko: <b>라틴 영화의 밤</b> 오늘 밤 7시 30분(베이징 시간)
    buttons:
      - kind: remind_me
        event: latin_film_night_2027
"""


def test_subscribe_announce_stop_remind_compose_and_restart(tmp_path: Path) -> None:
    with running_stub() as stub:
        ana = stub.add_user(first_name="Ana", language_code="es")
        kim = stub.add_user(first_name="Kim", language_code="ko")
        li = stub.add_user(first_name="Li", language_code="zh")
        bob = stub.add_user(first_name="Bob", language_code="en")
        admin = stub.add_user(ADMIN_ID, first_name="Staff", language_code="en")
        staff = stub.add_group("HISDA staff")
        data = tmp_path / "var"
        data.mkdir()
        kdir = knowledge_copy(tmp_path / "knowledge", "announcements: []\n")
        bot = BotProcess(stub, data, kdir, BOT_ADMIN_IDS=str(ADMIN_ID),
                         BOT_STAFF_CHAT_ID=str(staff.chat_id))
        try:
            bot.start()
            # -- partners choose topics with the toggle buttons
            for user, label in ((ana, "Eventos"), (kim, "행사"), (li, "韩国市场动态"),
                                (bob, "Events")):
                user.send_command("subscribe")
                bot.wait(lambda u=user: any(m.get("reply_markup") for m in u.messages()), 15,
                         f"menu for {user}")
                menu = [m for m in user.messages() if m.get("reply_markup")][-1]
                press(bot, user, menu, f"▫️ {label}")
                bot.wait(lambda u=user, lab=label, m=menu: f"✅ {lab}" in str(
                    u.stub.message(u.id, m["message_id"])["reply_markup"]), 10, "tick")
            bob.send_command("unsubscribe")
            wait_text(bot, bob, "won't receive announcements")
            # -- staff save an announcement a few seconds ahead; the bot reloads it
            when = datetime.now(UTC) + timedelta(seconds=3)
            (kdir / "announcements.yaml").write_text(announcement_file(when), encoding="utf-8")
            for_ana = wait_text(bot, ana, "Noche de Cine Latino", 20)
            wait_text(bot, kim, "라틴 영화의 밤")
            wait_text(bot, staff, "ann_e2e_film_night")
            assert not any("Film" in t or "电影" in t for t in texts(li) + texts(bob))
            assert "Delivered: 2" in texts(staff)[-1]
            # -- "Remind me" and "Stop" straight from the broadcast
            press(bot, ana, for_ana, "⏰ Recuérdamelo")
            wait_text(bot, ana, "Te recordaré")
            press(bot, ana, for_ana, "🔕 No recibir más")
            wait_text(bot, ana, "Ya no recibirás «Eventos»")
            # -- staff compose one in Telegram; partners cannot
            bob.send_command("announce")  # staff only: for a partner, an unknown command
            wait_text(bot, bob, "Sorry, I didn't catch that")
            admin.send_command("announce")
            wait_text(bot, admin, "Send the text in")
            admin.send_text("Open day at the Qin Palace set tomorrow!")
            more = wait_text(bot, admin, "Add another language?")
            press(bot, admin, more, "➡️ Preview")
            audience = wait_text(bot, admin, "Who should receive it?")
            press(bot, admin, audience, "▫️ Events")
            bot.wait(lambda: "✅ Events" in str(stub.message(
                admin.id, audience["message_id"])["reply_markup"]), 10, "topic ticked")
            press(bot, admin, audience, "➡️ Continue")
            when_msg = wait_text(bot, admin, "When?")
            press(bot, admin, when_msg, "🚀 Now")
            confirm = wait_text(bot, admin, "Recipients right now: 1")
            press(bot, admin, confirm, "✅ Confirm")
            wait_text(bot, kim, "Open day at the Qin Palace set tomorrow!")
            wait_text(bot, admin, "sent.\n✅ Delivered: 1")  # the progress message, edited
            assert not any("Open day" in t for t in texts(ana) + texts(li) + texts(bob))
            admin.send_command("scheduled")
            wait_text(bot, admin, "Pending")
            # -- a restart right after sends nothing again
            counts = {u.id: len(u.messages()) for u in (ana, kim, li, bob)}
            bot.kill()
            bot.start()
            time.sleep(1.5)
            assert {u.id: len(u.messages()) for u in (ana, kim, li, bob)} == counts
        finally:
            bot.stop(grace=0.5)
