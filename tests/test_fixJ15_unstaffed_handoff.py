"""fixJ15 kind 5: with no staff chat configured (BOT_STAFF_CHAT_ID unset), a partner who asks for a
person is not promised "someone will reply here soon": the request is noted (a handoff row with no
staff post) and the reply gives the team's email, in English, Spanish, Chinese (also Traditional)
and Korean; `bot run` warns at start-up that hand-offs cannot reach staff."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import pytest

from core.i18n import Lang, Locale, t
from core.kb.loader import load_knowledge
from intents import handoff
from intents.reply import Reply
from tests.botapi_stub import BotApiStub, parse_html
from tests.conftest import ROOT, BotProcess

WAIT = 15.0

# (my own wordings, two per language, one with a subject whose team is known)
ASKS: list[tuple[Lang, str, str | None]] = [
    ("en", "could a real human get in touch with me please", None),
    ("en", "I'd rather speak to somebody on your team about the incentives", None),
    ("es", "¿me puede atender una persona de verdad?", None),
    ("es", "prefiero hablar con alguien del equipo, ¿se puede?", None),
    ("zh", "麻烦帮我转给真人同事", None),
    ("zh", "我想跟你們的工作人員直接聊聊", "tw"),
    ("ko", "상담원이랑 직접 얘기하고 싶어요", None),
    ("ko", "사람이랑 연결해 주실 수 있나요?", None),
]
PROMISE = {lang: t("handoff", lang) for lang in ("en", "es", "zh", "ko")}


def plain(html_text: str) -> str:
    return parse_html(html_text)[0]


@pytest.mark.parametrize("lang", ["en", "es", "zh", "ko"])
def test_the_unstaffed_reply_gives_the_teams_email_and_promises_no_reply_here(lang: Lang) -> None:
    kb = load_knowledge(ROOT / "knowledge").kb
    team = kb.contacts["vertical_short_drama_center"]
    asked = Reply(text=PROMISE[lang] + "\n\nCARD", lang=lang, handoff="incentives", answer="handoff")
    told = handoff.unstaffed_reply(asked, kb)
    assert PROMISE[lang] not in told.text
    assert told.text.startswith(t("handoff_unstaffed", lang, contact=team.email))
    assert told.text.endswith("CARD") and told.handoff == "incentives"


@pytest.fixture(scope="module")
def unstaffed(module_stub: BotApiStub, module_bot_process: Callable[..., BotProcess]) -> BotProcess:
    return module_bot_process()  # (no BOT_STAFF_CHAT_ID: the factory passes no BOT_ variable of its own)


def test_bot_run_warns_at_start_up_without_a_staff_chat(unstaffed: BotProcess) -> None:
    log = unstaffed.log_text()
    assert "WARNING" in log and "BOT_STAFF_CHAT_ID is not set" in log


@pytest.mark.parametrize("lang,said,script", ASKS)
def test_a_person_asked_for_is_noted_and_the_email_given(module_stub: BotApiStub, unstaffed: BotProcess,
                                                         lang: Lang, said: str, script: str | None) -> None:
    kb = load_knowledge(ROOT / "knowledge").kb
    user = module_stub.add_user(first_name="Partner", language_code="zh-TW" if script else lang)
    user.send_text(said)
    [notice] = user.wait_for_messages(1, timeout=WAIT)
    text = plain(notice["text"])
    locale = Locale(lang, script)  # type: ignore[arg-type]
    assert plain(locale.convert(PROMISE[lang])) not in text
    emails = [c.email for c in kb.contacts.values() if c.email]
    assert any(e in text for e in emails), text
    line = text.split("\n")[0]
    assert any(plain(locale.convert(t("handoff_unstaffed", lang, contact=e))) == line for e in emails), line
    with sqlite3.connect(f"file:{unstaffed.data_dir / 'bot.db'}?mode=ro", uri=True) as db:
        rows = db.execute("SELECT status, staff_chat_id, question FROM handoffs WHERE chat_id = ?",
                          [user.id]).fetchall()
    assert rows and rows[-1][0] == "closed" and rows[-1][1] is None and rows[-1][2] == said


@pytest.mark.parametrize("lang", ["en", "es", "zh", "ko"])
def test_a_sent_inquiry_without_a_staff_chat_promises_no_reply_here(lang: Lang) -> None:
    from intents.inquiry import sent_unstaffed

    sent = Reply(text=t("inq_sent", lang, id=7, contact="ana@cine.example"), lang=lang, answer="inquiry:film")
    told = sent_unstaffed(sent, {"id": 7, "contact": "ana@cine.example"})
    assert told.text == t("inq_sent_unstaffed", lang, id=7, contact="ana@cine.example")
    assert "ana@cine.example" in told.text and told.text != sent.text and told.answer == "inquiry:film"
