"""End to end through the Bot API stub: flows survive a restart, staff commands are staff-only,
/forget leaves nothing naming the partner.

One bot, restarted in the middle: a partner's inquiry started before the restart is finished
after it and reaches the staff chat; an admin's /announce draft continues after it; a form
left for longer than the timeout says it expired instead of answering the text as a
question; a partner gets the ordinary unknown-command answer for every staff command and
button; staff answer the inquiry through the handoff relay; /forget deletes every row naming
the partner (handoff and relay rows included).
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.features import commands
from core.i18n import t
from tests import patience
from tests.botapi_stub import SimGroup, running_stub
from tests.jobs_support import BotProcess, knowledge_copy

pytestmark = [pytest.mark.e2e, pytest.mark.long]

ROOT_KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge"
ADMIN_ID = 777_002
ANA_ID = 987_654_321  # distinctive: the /forget scan looks for it in every column


def texts(user) -> list[str]:
    return [m.get("text") or m.get("caption") or "" for m in user.messages()]


def wait_text(bot: BotProcess, user, fragment: str, timeout: float = patience.REPLY, after: int = 0) -> dict:
    """The first message to `user` (from index `after`) containing `fragment`."""
    found: list[dict] = []

    def check() -> bool:
        found[:] = [m for m in user.messages()[after:] if fragment in (m.get("text") or "")]
        return bool(found)

    bot.wait(check, timeout, f"{fragment!r} for {user}")
    return found[0]


def press(bot: BotProcess, user, message: dict, label: str | None = None, data: str | None = None) -> None:
    before = len(bot.stub.calls("answerCallbackQuery"))
    user.press(message, data=data, text=label)
    bot.wait(lambda: len(bot.stub.calls("answerCallbackQuery")) > before, 10, f"press {label or data}")


def say(bot: BotProcess, user, text: str, expect: str) -> dict:
    before = len(user.messages())
    user.send_text(text)
    return wait_text(bot, user, expect, after=before)


def rows_naming(db: Path, chat_id: int) -> list[tuple[str, dict]]:
    """Every row of every table with a value that is, or contains, the chat id."""
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    found = []
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    for table in tables:
        for row in conn.execute(f"SELECT * FROM [{table}]"):
            if any(v == chat_id or (isinstance(v, (str, bytes)) and str(chat_id) in str(v))
                   for v in tuple(row)):
                found.append((table, dict(row)))
    conn.close()
    return found


def test_flows_survive_a_restart_staff_only_and_forget(tmp_path: Path) -> None:
    with running_stub() as stub:
        ana = stub.add_user(ANA_ID, first_name="Ana", username="ana_sol", language_code="es")
        kim = stub.add_user(first_name="Kim", language_code="ko")
        bob = stub.add_user(first_name="Bob", language_code="en")
        admin = stub.add_user(ADMIN_ID, first_name="Staff", language_code="en")
        staff = stub.add_group("HISDA staff")
        mia = staff.add_member(stub.add_user(first_name="Mia"))
        data = tmp_path / "var"
        data.mkdir()
        kdir = knowledge_copy(tmp_path / "knowledge", "announcements: []\n")
        bot = BotProcess(stub, data, kdir, BOT_ADMIN_IDS=str(ADMIN_ID),
                         BOT_STAFF_CHAT_ID=str(staff.chat_id))
        try:
            bot.start()
            # -- before the restart: a request in words, a form in Korean, a draft announcement
            say(bot, ana, "Queremos inscribirnos en el casting day, somos 3 personas",
                "¿Cómo se llama tu empresa?")
            say(bot, ana, "Sol Films", "¿En qué país")
            kim.send_command("start")
            menu = wait_text(bot, kim, "안녕하세요")
            press(bot, kim, menu, "💼 협업 문의")
            wait_text(bot, kim, "회사명을 알려 주세요")
            say(bot, kim, "한빛 픽처스", "어느 나라")
            # A look at the catalog in the middle: answered, and a reminder that the form waits.
            before = len(kim.messages())
            press(bot, kim, menu, "📚 카탈로그")
            wait_text(bot, kim, "문의 양식이 아직 진행 중", after=before)
            before = len(kim.messages())
            page = stub.message(kim.id, menu["message_id"])  # the catalog, edited in place
            press(bot, kim, page, data=page["reply_markup"]["inline_keyboard"][0][0]["callback_data"])
            time.sleep(0.5)
            assert not any("진행 중" in x for x in texts(kim)[before:]), "reminded once only"
            admin.send_command("announce")
            wait_text(bot, admin, "Send the text in")
            admin.send_text("Open day at the Qin Palace set tomorrow!")
            more = wait_text(bot, admin, "Add another language?")
            bot.stop()
            # Kim's form was last touched two hours ago (as if the bot had been down that long).
            conn = sqlite3.connect(data / "bot.db")
            row = conn.execute("SELECT data FROM ptb_user_data WHERE user_id = ?", [kim.id]).fetchone()
            assert row, "the form's state was not persisted"
            state = json.loads(row[0])
            state["flow_seen"]["inquiry"] = (datetime.now(UTC) - timedelta(hours=2)).isoformat()
            conn.execute("UPDATE ptb_user_data SET data = ? WHERE user_id = ?",
                         [json.dumps(state), kim.id])
            conn.commit()
            conn.close()
            bot.start()
            # -- after it: Ana continues where she was, and the inquiry reaches the staff chat
            before = len(ana.messages())
            ana.send_text("México")
            bot.wait(lambda: len(ana.messages()) > before, 15, "the next question")
            nxt = ana.messages()[before]
            assert "país" not in nxt["text"], nxt["text"]  # not asked again: continued
            if "evento" in nxt["text"]:
                press(bot, ana, nxt, data=nxt["reply_markup"]["inline_keyboard"][0][0]["callback_data"])
                wait_text(bot, ana, "correo electrónico o teléfono")
            say(bot, ana, "no tengo", "no parece un correo")
            review = say(bot, ana, "ana@solfilms.mx", "Revisa tu solicitud")
            assert "Sol Films" in review["text"] and "México" in review["text"]
            press(bot, ana, review, "✅ Enviar")
            wait_text(bot, ana, "solicitud n.º 1")
            post = wait_text(bot, staff, "Inquiry #1")
            assert "Sol Films" in post["text"] and "@ana_sol" in post["text"]
            assert "ana@solfilms.mx" in post["text"] and "People: 3" in post["text"]
            # -- staff answer it by replying: the handoff relay, both ways
            staff.send_text(mia, "¡Bienvenidos! ¿Cuántos días?", reply_to=post)
            wait_text(bot, ana, "¿Cuántos días?")
            before = len(staff.messages())
            ana.send_text("Dos días, gracias")
            bot.wait(lambda: any("Dos días" in m.get("text", "") for m in staff.messages()[before:]),
                     15, "the partner's answer in the staff chat")
            # -- Kim's form expired: said so, not answered as a question
            say(bot, kim, "대한민국", "만료되었습니다")
            # -- the admin's draft continues from its buttons
            press(bot, admin, more, "➡️ Preview")
            wait_text(bot, admin, "Who should receive it?")
            # -- a partner: every staff command is an unknown command, staff buttons are dead
            ordinary = say(bot, bob, "/xyzzy", t("fallback", "en")[:30])["text"]
            for command in sorted(c.name for c in commands() if c.who != "everyone"):
                got = say(bot, bob, f"/{command}", t("fallback", "en")[:30])
                assert got["text"] == ordinary, command
            audience = wait_text(bot, admin, "Who should receive it?")
            before = len(admin.messages())
            press(bot, bob, audience, data=audience["reply_markup"]["inline_keyboard"][-1][0]["callback_data"])
            bot.wait(lambda: len(admin.messages()) > before, 10, "the dead-button answer")
            assert not any("When?" in x for x in texts(admin)[before:])
            conn = sqlite3.connect(data / "bot.db")
            refused = conn.execute("SELECT action FROM audit WHERE user_id = ? AND result = 'refused'",
                                   [bob.id]).fetchall()
            staff_rows = conn.execute("SELECT action, result FROM audit WHERE user_id = ?",
                                      [ADMIN_ID]).fetchall()
            sent = conn.execute("SELECT staff_message_id FROM inquiries WHERE id = 1").fetchone()
            conn.close()
            # every staff command (/close included) and the one button
            assert len(refused) == len([c for c in commands() if c.who != "everyone"]) + 1
            assert ("/announce", "state 0") in staff_rows and ("/announce", "state 1") in staff_rows
            assert sent[0] == post["message_id"]
            # -- /mydata, then /forget
            ana.send_command("mydata")
            bot.wait(lambda: any(m.get("document") and "Qué datos guardo" in m.get("caption", "")
                                 for m in ana.messages()), 10, "my-data.json with the summary")
            named = {table for table, _ in rows_naming(data / "bot.db", ANA_ID)}
            assert {"handoffs", "relay", "inquiries", "profiles"} <= named, named
            ana.send_command("forget")
            ask = wait_text(bot, ana, "No se puede deshacer")
            press(bot, ana, ask, "🗑 Sí, borrar todo")
            wait_text(bot, ana, "borré todo")
            bot.stop()
            left = rows_naming(data / "bot.db", ANA_ID)
            assert left == [], left
        finally:
            bot.stop(grace=0.5)


def test_a_flooding_partner_gets_one_notice_and_others_are_served(tmp_path: Path) -> None:
    import time

    with running_stub() as stub:
        ana = stub.add_user(first_name="Ana", language_code="es")
        bob = stub.add_user(first_name="Bob", language_code="en")
        data = tmp_path / "var"
        data.mkdir()
        bot = BotProcess(stub, data, ROOT_KNOWLEDGE, BOT_FLOOD_PER_MINUTE="3")
        try:
            bot.start()
            for _ in range(7):
                ana.send_text("hola")
            bot.wait(lambda: len(ana.messages()) >= 4, 15, "three answers and the notice")
            say(bot, bob, "hello", "Hello")
            time.sleep(1.0)
            got = texts(ana)
            assert len(got) == 4, got
            assert sum(t("flood_notice", "es") == x for x in got) == 1
        finally:
            bot.stop(grace=0.5)


def test_a_form_that_timed_out_says_so_instead_of_answering(tmp_path: Path) -> None:
    import time

    with running_stub() as stub:
        li = stub.add_user(first_name="Li", language_code="zh")
        data = tmp_path / "var"
        data.mkdir()
        bot = BotProcess(stub, data, ROOT_KNOWLEDGE, BOT_FLOW_TIMEOUT_MINUTES="0.03")  # 1.8 s
        try:
            bot.start()
            say(bot, li, "我们想加入联盟", "请问贵公司的名称是")
            say(bot, li, "横店影业", "位于哪个国家")
            time.sleep(3.3)  # PTB's conversation_timeout fires while the bot runs
            before = len(li.messages())
            li.send_text("中国")
            wait_text(bot, li, "已失效", after=before)
            time.sleep(0.5)
            assert len(li.messages()) == before + 1  # not also answered as a question
            # The next message is an ordinary question again.
            say(bot, li, "有什么补贴政策吗？", "")
        finally:
            bot.stop(grace=0.5)


@pytest.fixture(scope="module")
def forms_bot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[BotProcess, SimGroup]]:
    """One bot with the ordinary settings and a staff chat for the two form tests below (a
    start is ~1.3 s of CPU); each fills its own partner's form, and only the second sends one."""
    with running_stub() as stub:
        staff = stub.add_group("HISDA staff")
        data = tmp_path_factory.mktemp("forms") / "var"
        data.mkdir()
        bot = BotProcess(stub, data, ROOT_KNOWLEDGE, BOT_STAFF_CHAT_ID=str(staff.chat_id))
        try:
            yield bot.start(), staff
        finally:
            bot.stop(grace=0.5)


def test_a_question_while_the_form_waits_is_answered_and_the_form_still_waits(
        forms_bot: tuple[BotProcess, SimGroup]) -> None:
    """Through Telegram: a partner's own question in the middle of the form gets its answer and a
    note that the form is open; the next text is still the company name."""
    bot, _ = forms_bot
    sol = bot.stub.add_user(first_name="Sol", language_code="es")
    say(bot, sol, "anótanos para la jornada de pitch, vamos 2", "empresa")
    before = len(sol.messages())
    sol.send_text("¿y qué es el sistema A.R.C?")
    wait_text(bot, sol, "A.R.C", after=before)
    wait_text(bot, sol, "sigue abierto", after=before)
    say(bot, sol, "Productora Cóndor", "país")


def test_a_sent_form_keeps_no_buttons_and_an_old_one_says_the_form_is_closed(
        forms_bot: tuple[BotProcess, SimGroup]) -> None:
    """Through Telegram: ✅ Send takes the summary's buttons away (a second tap has nothing to
    send), and a button of an earlier step, tapped after the form was sent, says the form is
    closed, not that it expired after 30 minutes without an answer."""
    bot, staff = forms_bot
    stub, data = bot.stub, bot.data_dir
    tom = stub.add_user(first_name="Tom", language_code="en")
    say(bot, tom, "We'd like to join the alliance", "name of your company")
    country = say(bot, tom, "Sunset Pictures", "Which country")
    before = len(tom.messages())
    press(bot, tom, country, "United States")
    bot.wait(lambda: len(tom.messages()) > before, 15, "the next step")
    step = tom.messages()[-1]
    assert "few lines about your company" in step["text"], step["text"]
    say(bot, tom, "A studio in Los Angeles; we want to co-produce.", "e-mail")
    step = say(bot, tom, "tom@sunset.example.com", "check your request")
    press(bot, tom, step, "✅ Send")
    wait_text(bot, tom, "is with our team")
    wait_text(bot, staff, "Inquiry #1")
    summary = stub.message(tom.id, step["message_id"])
    assert not summary.get("reply_markup", {}).get("inline_keyboard"), summary
    before = len(tom.messages())
    press(bot, tom, country, "Mexico")  # an earlier step's button, after the form
    closed = wait_text(bot, tom, "no longer open", after=before)
    assert "30 minutes" not in closed["text"]
    assert closed["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "v1|inq|start"
    assert len(tom.messages()) == before + 1
    conn = sqlite3.connect(data / "bot.db")
    assert conn.execute("SELECT COUNT(*) FROM inquiries").fetchone()[0] == 1
    conn.close()
    # staff answer the summary: the thread opens (it was never open, so not "reopened")
    post = wait_text(bot, staff, "Inquiry #1")
    mia = staff.add_member(stub.add_user(first_name="Mia"))
    before = len(staff.messages())
    staff.send_text(mia, "Welcome! Which title interests you?", reply_to=post)
    wait_text(bot, tom, "Which title interests you?")
    note = wait_text(bot, staff, "Mia", after=before)
    assert "reopened" not in note["text"] and "answered" in note["text"], note["text"]
