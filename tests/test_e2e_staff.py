"""Staff in the loop, end to end on the Bot API stub, with the staff chat in Spanish
(BOT_STAFF_LANG=es): an inquiry post carries Claim / Close like a handoff post; presses and
/close from people who may not (Claim: staff-chat members and admins; Close: BOT_ADMIN_IDS)
get the ordinary answer and an audit row, staff actions get theirs; what the bot writes in the staff chat (posts, buttons, /stats) is in Spanish while
the partner is answered in theirs."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from typing import Any

import pytest

from core.i18n import t
from intents.callbacks import encode
from tests.botapi_stub import BotApiStub, parse_html
from tests.conftest import BotProcess

pytestmark = pytest.mark.e2e

WAIT = 15.0


def plain(html_text: str) -> str:
    return parse_html(html_text)[0]


def data_of(message: dict[str, Any]) -> list[str]:
    rows = message.get("reply_markup", {}).get("inline_keyboard", [])
    return [b["callback_data"] for row in rows for b in row if "callback_data" in b]


def labels_of(message: dict[str, Any]) -> list[str]:
    rows = message.get("reply_markup", {}).get("inline_keyboard", [])
    return [b["text"] for row in rows for b in row]


def test_inquiry_posts_have_staff_buttons_and_only_staff_may_use_them(
        stub: BotApiStub, bot_process: Callable[..., BotProcess]) -> None:
    staff = stub.add_group("HISDA staff", chat_type="supergroup")
    mia = staff.add_member(stub.add_user(first_name="Mia"))
    leo = staff.add_member(stub.add_user(first_name="Leo"), "administrator")
    eve = stub.add_user(first_name="Eve", language_code="en")  # not in the staff chat
    bot = bot_process(BOT_STAFF_CHAT_ID=str(staff.id), BOT_ADMIN_IDS=str(leo.id),
                      BOT_STAFF_LANG="es")
    db_path = bot.data_dir / "bot.db"

    def db() -> sqlite3.Connection:
        return sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)

    def wait(check: Callable[[], Any], what: str) -> Any:
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline:
            found = check()
            if found:
                return found
            time.sleep(0.05)
        raise AssertionError(f"timed out waiting for {what}")

    def audit(user_id: int) -> list[tuple[str, str]]:
        with db() as conn:
            return [tuple(r) for r in conn.execute(
                "SELECT action, result FROM audit WHERE user_id = ? ORDER BY id", [user_id])]

    # A Korean partner sends the alliance form.
    kim = stub.add_user(first_name="Kim", language_code="ko", username="kim_drama")
    kim.send_command("inquiry", "join_alliance")
    for n, answer in enumerate(["Seoul Shorts", "KR", "세로형 숏폼 드라마를 만듭니다.",
                                "kim@seoulshorts.kr"], 1):
        kim.wait_for_messages(n, timeout=WAIT)
        kim.send_text(answer)
    review = kim.wait_for_messages(5, timeout=WAIT)[4]
    kim.press(review, encode("inq", "send"))
    kim.wait_for_messages(6, timeout=WAIT)
    summary = wait(lambda: next((m for m in staff.messages() if "Seoul Shorts" in m.get("text", "")),
                                None), "the inquiry post")
    with db() as conn:
        [(handoff_id, status)] = conn.execute(
            "SELECT id, status FROM handoffs WHERE chat_id = ?", [kim.id]).fetchall()
    assert status == "closed"  # waiting for staff: the partner still talks to the bot
    # The post is in Spanish, with Claim / Close like a handoff post.
    assert summary["text"].startswith("💼 Solicitud #")
    assert data_of(summary) == [encode("hoc", handoff_id), encode("hox", handoff_id)]
    assert labels_of(summary) == [t("staff_claim_button", "es"), t("staff_close_button", "es")]

    # Someone who is not staff presses Claim: the ordinary dead-button answer, nothing done,
    # nothing posted in the staff chat, and an audit row.
    posts_before = len(staff.messages())
    query = eve.press(summary, encode("hoc", handoff_id))
    answer = wait(lambda: stub.callback_answer(query["id"]), "the refusal")
    assert answer.get("text") == t("stale_button", "en")
    wait(lambda: ("button", "refused") in audit(eve.id), "the refused press in the audit")
    # /close from someone who is not staff, in the staff chat and in private: refused, audited.
    staff.send_text(eve, f"/close@{stub.bot_user.username}", reply_to=summary)
    wait(lambda: ("/close", "refused") in audit(eve.id), "the refused /close in the audit")
    eve.send_command("close")
    ordinary = eve.wait_for_messages(1, timeout=WAIT)[0]["text"]
    assert ordinary.startswith(plain(t("fallback", "en"))[:30])
    wait(lambda: audit(eve.id).count(("/close", "refused")) == 2, "the private /close audited")
    time.sleep(0.5)
    assert len(staff.messages()) == posts_before
    with db() as conn:
        [status] = conn.execute("SELECT status FROM handoffs WHERE id = ?", [handoff_id]).fetchone()
    assert status == "closed"

    # Mia claims it: the partner hears it in Korean, with the way back; the thread in Spanish.
    seen = len(kim.messages())
    mia.press(summary, encode("hoc", handoff_id))
    [claimed] = kim.wait_for_messages(seen + 1, timeout=WAIT)[seen:]
    assert claimed["text"] == plain(t("handoff_claimed", "ko", name="Mia"))
    assert data_of(claimed) == [encode("hbk")]
    wait(lambda: any(m.get("text") == plain(t("staff_claimed", "es", id=handoff_id, name="Mia"))
                     for m in staff.messages()), "the claim in the thread")
    wait(lambda: ("claim", "ok") in audit(mia.id), "the claim in the audit")
    # What the partner writes now reaches the thread, not the bot: the bot answers nothing, only
    # says in one short line that it went to Mia (fixE8: a partner never meets silence).
    before = len(staff.messages())
    kim.send_text("데크 보내드릴게요")
    wait(lambda: any("데크" in m.get("text", "") for m in staff.messages()[before:]),
         "the partner's message in the thread")
    [short] = kim.wait_for_messages(seen + 2, timeout=WAIT)[seen + 1:]
    assert short["text"] == plain(t("handoff_ack_named", "ko", name="Mia"))
    seen += 1

    # Closing is for BOT_ADMIN_IDS: Mia (a member, not an admin) is refused, and audited.
    query = mia.press(summary, encode("hox", handoff_id))
    assert wait(lambda: stub.callback_answer(query["id"]), "the refusal").get("text") == \
        t("stale_button", "en")
    staff.send_text(mia, f"/close@{stub.bot_user.username}", reply_to=summary)
    wait(lambda: audit(mia.id)[-2:] == [("button", "refused"), ("/close", "refused")],
         "Mia's refused close in the audit")
    time.sleep(0.3)
    with db() as conn:
        [status] = conn.execute("SELECT status FROM handoffs WHERE id = ?", [handoff_id]).fetchone()
    assert status == "claimed" and len(kim.messages()) == seen + 1

    # Leo (an admin) closes it: the partner is told in Korean; the inquiry follows.
    leo.press(summary, encode("hox", handoff_id))
    [closed] = kim.wait_for_messages(seen + 2, timeout=WAIT)[seen + 1:]
    assert closed["text"] == plain(t("handoff_closed", "ko"))
    wait(lambda: ("close", "ok") in audit(leo.id), "the close in the audit")
    with db() as conn:
        [(h_status, claimed_by)] = conn.execute(
            "SELECT status, claimed_by FROM handoffs WHERE id = ?", [handoff_id]).fetchall()
        [inquiry_status] = conn.execute("SELECT status FROM inquiries WHERE chat_id = ?",
                                        [kim.id]).fetchone()
    assert (h_status, claimed_by, inquiry_status) == ("closed", "Mia", "closed")

    # A staff command from a member who is not an admin: silence in the group (the ordinary
    # answer to an unknown command there), and an audit row.
    before = len(staff.messages())
    staff.send_command(mia, "stats")
    wait(lambda: ("/stats", "refused") in audit(mia.id), "Mia's /stats in the audit")
    time.sleep(0.5)
    assert len(staff.messages()) == before
    # /stats asked in the staff chat by an admin answers in the staff chat's language.
    staff.send_command(leo, "stats")
    report = wait(lambda: next((m for m in staff.messages()[before:] if "📊" in m.get("text", "")),
                               None), "/stats in the staff chat")
    assert report["text"].startswith("📊 Bot de socios")
