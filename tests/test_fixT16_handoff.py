"""fixT16 (play23 kind 5): one story after a request for a person.

- With no staff chat, the partner was told nobody replies in this chat and given the team's address;
  "when will they get back to me?" then says the same (their address, their hours), never "I haven't
  passed it on" nor "a person will reply here", and names the team the handoff named.
- A catalogue title's card (and a fact answered of it) hands off to the title's own team; an
  incentive's answer ("can we get a quote?" → International Business) to the team it names.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from core.i18n import t
from intents.callbacks import encode
from tests.dialogue import new_chat

NEVER = {lang: (t("gap_chase", lang, contact="").split(".")[0].split("。")[0], t("hours_open_now", lang))
         for lang in ("en", "es", "zh", "ko")}


def unstaffed_talk(services: Services, lang: str, before: list[str], ask: str, after: str):
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    brain = services.brain
    reply = None
    for line in before:
        reply = brain.reply_to_text(chat, line, services.store.profile(chat))
    handed = brain.reply_to_text(chat, ask, services.store.profile(chat))
    assert handed.handoff is not None, handed.answer
    brain.note_unstaffed(chat, handed.handoff)  # (what the Telegram handler does with no staff chat)
    return handed, brain.reply_to_text(chat, after, services.store.profile(chat))


CASES = [
    ("en", ["is there a published rate for hotel rooms near the sets?"], "can I talk to an actual person",
     "so when do they reply to me?", "international.business@"),
    ("en", [], "get me a human please", "when will I hear back?", "international.business@"),
    ("es", ["¿cuánto sale el alquiler de vestuario?"], "pásame con alguien del equipo", "¿cuándo me contestan?",
     "international.business@"),
    ("es", [], "quiero hablar con un asesor", "¿y en cuánto tiempo me responden?", "international.business@"),
    ("zh", [], "我要找人工客服", "他们多久能回复我？", "international.business@"),
    ("zh", [], "我想搵真人傾", "佢哋幾時覆我？", "international.business@"),
    ("ko", ["견적 받을 수 있나요?"], "담당자랑 직접 얘기할래요", "언제쯤 답장 와요?", "international.business@"),
    ("ko", [], "상담원 연결해 주세요", "답변은 언제 와요?", "international.business@"),
]


@pytest.mark.parametrize("lang,before,ask,after,email", CASES)
def test_when_they_reply_after_an_unstaffed_handoff_keeps_the_story(services: Services, lang, before, ask, after,
                                                                      email) -> None:
    handed, reply = unstaffed_talk(services, lang, before, ask, after)
    assert email in reply.text, reply.text
    assert t("handoff_unstaffed_when", lang, team="", contact="")[:6] in reply.text, reply.text
    for wrong in NEVER[lang]:
        assert wrong not in reply.text, reply.text
    assert not any((b.data or "").startswith(encode("ask")) for row in reply.buttons for b in row)


@pytest.mark.parametrize("lang,lines", [
    ("en", ["do you have any comedy titles?", "the third one", "can we license it?"]),
    ("es", ["¿qué comedias tienen?", "la tercera", "¿se puede licenciar?"]),
    ("zh", ["有哪些喜剧？", "第三部", "这部可以买版权吗？"]),
    ("ko", ["코미디 작품 뭐 있어요?", "세 번째", "판권 살 수 있어요?"]),
])
def test_a_titles_talk_to_our_team_is_its_own_team(services: Services, lang, lines) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    for line in lines:
        reply = services.brain.reply_to_text(chat, line, services.store.profile(chat))
    assert (reply.answer or "").startswith("work:work_die_another_take"), reply.answer
    data = [b.data for row in reply.buttons for b in row]
    assert encode("ask", "vertical_short_drama_center") in data, data
    card = services.brain.reply_to_button(chat, encode("work", "work_die_another_take"), services.store.profile(chat))
    assert encode("ask", "vertical_short_drama_center") in [b.data for row in card.buttons for b in row]
    handed = services.brain.reply_to_button(chat, encode("ask", "vertical_short_drama_center"), services.store.profile(chat))
    assert "shortdrama.center@" in handed.text and handed.handoff == "vertical_short_drama_center"


@pytest.mark.parametrize("lang,quote,person", [
    ("en", "could you send us a quote?", "I'd like to talk to a person"),
    ("es", "¿nos pueden pasar una cotización?", "quiero hablar con una persona"),
    ("zh", "我们想要一份拍摄报价", "我想和真人聊聊"),
    ("ko", "견적 받을 수 있어요?", "사람이랑 얘기하고 싶어요"),
])
def test_a_person_asked_after_a_quote_is_the_team_that_quotes(services: Services, lang, quote, person) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    first = services.brain.reply_to_text(chat, quote, services.store.profile(chat))
    handed = services.brain.reply_to_text(chat, person, services.store.profile(chat))
    assert "international.business@" in handed.text and "shortdrama.center@" not in handed.text, handed.text
    if first.answer == "incentive:ecosystem_and_costs#how_to_apply":
        assert handed.handoff == "international_business", handed.handoff


# -- through Telegram (the Bot API stub), no staff chat configured ---------------------------------
from collections.abc import Callable  # noqa: E402

from core.i18n import Locale  # noqa: E402
from tests.botapi_stub import BotApiStub, parse_html  # noqa: E402
from tests.conftest import BotProcess  # noqa: E402


@pytest.fixture(scope="module")
def unstaffed(module_stub: BotApiStub, module_bot_process: Callable[..., BotProcess]) -> BotProcess:
    return module_bot_process()  # (no BOT_STAFF_CHAT_ID)


@pytest.mark.parametrize("lang,ask,after", [
    ("en", "please put me through to a real person", "when will they get back to me?"),
    ("es", "quiero hablar con alguien del equipo", "¿y cuándo me responden?"),
    ("zh", "帮我转人工客服", "多久能回复我？"),
    ("ko", "담당자랑 연결해 주세요", "언제 답장 와요?"),
])
def test_telegram_when_they_reply_after_the_unstaffed_handoff(module_stub: BotApiStub, unstaffed: BotProcess,
                                                              lang, ask, after) -> None:
    user = module_stub.add_user(first_name="Partner", language_code=lang)
    user.send_text(ask)
    [notice] = user.wait_for_messages(1, timeout=60.0)
    assert "@" in notice["text"]
    user.send_text(after)
    msgs = user.wait_for_messages(2, timeout=30.0)
    text = parse_html(msgs[-1]["text"])[0]
    line = parse_html(Locale(lang).convert(t("handoff_unstaffed_when", lang, team="", contact="")))[0]
    assert line[:6] in text, text
    assert t("hours_open_now", lang) not in text
