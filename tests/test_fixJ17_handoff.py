"""fixJ17 (play26 kinds B and O): after a request for a person that no staff chat got.

- B: "what if they don't answer?", "do I just sit tight?", "WhatsApp?" → the same story (nobody
  replies in this chat, the team's address), then the team's other channel as contacts.yaml gives
  it (its phone), or that no such messenger is published: never the menu, the languages FAQ,
  out of scope nor every team's card.
- O: "when will they reply? I'm in Toronto" → the team's reply time on that city's clock too.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from core.i18n import t
from tests.dialogue import new_chat


def after_handoff(services: Services, lang: str, ask: str, after: str):
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    brain = services.brain
    handed = brain.reply_to_text(chat, ask, services.store.profile(chat))
    assert handed.handoff is not None, handed.answer
    brain.note_unstaffed(chat, handed.handoff)  # (what the Telegram handler does with no staff chat)
    return brain.reply_to_text(chat, after, services.store.profile(chat))


NO_ANSWER = [
    ("en", "get me a real person please", "and what if nobody answers?"),
    ("en", "I'd like to talk to someone on your team", "ok so I just sit tight?"),
    ("en", "I need a human", "what if I don't hear back from them?"),
    ("es", "pásame con una persona", "¿y si no me responden?"),
    ("es", "quiero hablar con alguien del equipo", "oye, ¿y si nadie me contesta?"),
    ("zh", "我要找人工", "万一他们一直不回复怎么办？"),
    ("zh", "幫我轉人工", "如果對方不回覆呢？"),
    ("zh", "我想搵真人傾", "佢哋唔覆點算？"),
    ("ko", "담당자랑 직접 얘기하고 싶어요", "근데 연락 안 오면 어떡하죠?"),
    ("ko", "사람이랑 얘기할래", "답장 없으면 어떡해?"),
]


@pytest.mark.parametrize("lang,ask,after", NO_ANSWER)
def test_what_if_they_do_not_answer_gives_the_teams_other_channel(services: Services, lang, ask, after) -> None:
    reply = after_handoff(services, lang, ask, after)
    assert "international.business@" in reply.text, reply.text
    assert "+86 000 0000 0001" in reply.text, reply.text  # (the team's phone: its other channel)
    assert t("handoff_unstaffed_when", lang, team="", contact="")[:6] in reply.text, reply.text
    assert reply.answer == "contact:international_business#hours", reply.answer


MESSENGERS = [
    ("en", "put me through to a person", "do you guys have WhatsApp?", "WhatsApp"),
    ("en", "can I talk to a human", "is there a wechat I can add?", "WeChat"),
    ("es", "necesito hablar con un asesor", "¿tienen wasap?", "WhatsApp"),
    ("es", "quiero hablar con una persona real", "¿me pasan un WhatsApp?", "WhatsApp"),
    ("zh", "我要人工服务", "你们有微信吗？", "微信"),
    ("zh", "我想同真人傾", "有冇WhatsApp？", "WhatsApp"),
    ("ko", "상담원 연결해 주세요", "카톡으로 연락 돼요?", "카카오톡"),
    ("ko", "사람이랑 얘기하고 싶어요", "왓츠앱 있어요?", "WhatsApp"),
]


@pytest.mark.parametrize("lang,ask,after,name", MESSENGERS)
def test_a_messenger_asked_after_the_handoff_is_not_published(services: Services, lang, ask, after, name) -> None:
    reply = after_handoff(services, lang, ask, after)
    assert reply.text.startswith(t("handoff_no_messenger", lang, messenger=name)), reply.text
    assert "international.business@" in reply.text and "+86 000 0000 0001" in reply.text, reply.text
    assert "shortdrama.center@" not in reply.text, reply.text  # (not every team's card)


CITY_SAID = [  # (the clock: Sunday 30 Nov 2026 12:00 UTC = 20:00 Beijing, the office closed)
    ("en", "I want to speak to somebody", "when should I expect an answer? I'm based in Toronto", "Toronto"),
    ("en", "talk to a person please", "when will they reply? we're in Mexico City", "Mexico City"),
    ("es", "quiero hablar con alguien", "¿cuándo me responden? estoy en Bogotá", "Bogotá"),
    ("es", "pásame con una persona", "¿y cuándo me contestan? vivo en Madrid", "Madrid"),
    ("zh", "我要找人工", "他们什么时候回复我？我在洛杉矶", "洛杉矶"),
    ("zh", "我要找人工客服", "他們幾時覆我？我喺溫哥華", "哥"),
    ("ko", "담당자 연결해 주세요", "답장 언제 와요? 저 토론토에 있어요", "토론토"),
    ("ko", "사람이랑 얘기하고 싶어요", "언제쯤 답변 와요? 저는 런던에 살아요", "런던"),
]


@pytest.mark.parametrize("lang,ask,after,city", CITY_SAID)
def test_when_they_reply_with_a_city_in_the_message_is_on_its_clock(services: Services, lang, ask, after, city) -> None:
    reply = after_handoff(services, lang, ask, after)
    assert "international.business@" in reply.text, reply.text
    assert city in reply.text, reply.text
