"""A call-back asked ("can someone call me?", "¿alguien me puede llamar?", "能给我打个电话吗", "전화 좀
주실 수 있나요?") is a hand-off of its own kind (fixP19): with a staff chat, the partner is told their
request for a call reached the team and staff see a call is wanted; with none, the bot says
honestly that no call-back can be arranged here and gives the team's phone and office hours (from
knowledge/contacts.yaml), not an e-mail to write to."""

from __future__ import annotations

import pytest

from bot.context import Services
from core.i18n import t
from intents.handoff import contact_for, partner_reply, staff_post, unstaffed_reply
from intents.lexicon import callback_asked
from tests.dialogue import NOW, ask

CALLS = [("en", "can someone call me?"), ("es", "¿alguien me puede llamar?"),
         ("zh", "能给我打个电话吗"), ("ko", "전화 좀 주실 수 있나요?")]
HOURS = {"en": "9:00–17:30", "es": "9:00 a 17:30", "zh": "9:00–17:30", "ko": "9:00~17:30"}


@pytest.mark.parametrize("lang,text", CALLS)
def test_no_staff_chat_no_call_back_promised_the_phone_and_hours_given(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer.partition(":")[0] == "handoff", reply.answer
    team = contact_for(services.knowledge.current, reply.handoff or "")
    assert team is not None and team.phone
    shown = unstaffed_reply(reply, services.knowledge.current).text
    assert shown.startswith(t("handoff_callback_unstaffed", lang, phone=team.phone)), shown
    assert HOURS[lang] in shown, shown
    assert t("handoff", lang) not in shown and t("handoff_callback", lang) not in shown


@pytest.mark.parametrize("lang,text", CALLS)
def test_with_staff_the_call_back_is_handed_off_as_one(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    shown = partner_reply(reply, services.knowledge.current, None, NOW, services.settings.tz, False).text
    assert shown.startswith(t("handoff_callback", lang)), shown
    post = staff_post(7, "Events", "Ana", None, lang, text, [], "en")
    assert t("staff_callback", "en") in post.splitlines()[0], post


@pytest.mark.parametrize("lang,text", [("en", "can I talk to a person?"), ("es", "¿me pasas con una persona?"),
                                       ("zh", "我想找人工客服"), ("ko", "담당자 연결해 주세요")])
def test_a_person_asked_without_a_call_keeps_the_plain_handoff(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer.partition(":")[0] == "handoff", reply.answer
    assert reply.text.startswith(t("handoff", lang)), reply.text
    assert t("staff_callback", "en") not in staff_post(7, "", "Ana", None, lang, text, [], "en")


@pytest.mark.parametrize("text", ["연락 주세요", "给我回个消息", "can someone email me?"])
def test_being_contacted_or_replied_to_is_no_call(text: str) -> None:
    assert not callback_asked(text)
