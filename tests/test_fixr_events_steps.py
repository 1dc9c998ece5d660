"""Kinds of fixR, each in the four languages with wordings written for these tests:

- the next event asked in the singular (also Korean "다음 행사 뭐 있어요?" and its dialect) is that
  one event, and the follow-ups (time in my city, where, calendar, reminder) resolve to it; the
  events asked in the plural stay the upcoming list;
- an event named by its full or translated title with its year is that event's date, not a FAQ;
- the steps of applying for an incentive asked ("有哪些步骤", "qué pasos hay", "절차") are its
  #how_to_apply, not its card, even when the applying is a word of the incentive's own name;
- a partner asked about in Traditional Chinese with Taiwan's words (數位 for 数字) is that
  partner's card, as in Simplified.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from core.text import to_simplified
from tests.dialogue import fits, new_chat, talk

NEXT = "event:global_talent_info_session_2026"
UPCOMING = "list:events?when=upcoming"
SIGNING = "event:signing_ceremony_2025#date"
STEPS = "incentive:shoot_request_procedure#how_to_apply"


def _say(services: Services, lang: str, turns: list[tuple[str, str]]) -> None:
    talk(services, lang, turns, fits)


@pytest.mark.parametrize(("lang", "ask", "when", "where", "calendar", "remind"), [
    ("en", "so what's the next event you have?", "and what time is that for me?", "where's it held?",
     "add it to my calendar please", "remind me a day before"),
    ("es", "¿y cuál es el próximo evento que tienen?", "¿a qué hora es eso en mi ciudad?", "¿dónde es?",
     "agrégalo a mi calendario", "recuérdamelo un día antes"),
    ("zh", "你们下一个活动是啥？", "那换成我这边是几点？", "在哪里举办？", "帮我加到日历里", "提前一天提醒我"),
    ("ko", "다음 행사 뭐 있어요?", "우리 쪽 시간으로 몇 시예요?", "어디서 해요?", "캘린더에 넣어 주세요", "하루 전에 알려 주세요"),
    ("ko", "다음 행사 뭐 있노?", "여 시간으로 몇 시고?", "어디서 하노?", "캘린더에 넣어 도", "하루 전에 알려 도"),
])
def test_next_event_singular_is_one_event_and_follow_ups_resolve(
        services: Services, lang: str, ask: str, when: str, where: str, calendar: str, remind: str) -> None:
    _say(services, lang, [(ask, NEXT), (when, NEXT + "#date"), (where, NEXT + "#venue")])
    _say(services, lang, [(ask, NEXT), (calendar, NEXT)])
    _say(services, lang, [(ask, NEXT), (remind, NEXT)])


@pytest.mark.parametrize(("lang", "ask"), [
    ("en", "what events are coming up?"),
    ("es", "¿qué eventos vienen?"),
    ("zh", "接下来有哪些活动？"),
    ("ko", "다음 행사들 뭐 있어요?"),
    ("ko", "앞으로 어떤 행사들이 있어요?"),
])
def test_events_in_the_plural_stay_the_list(services: Services, lang: str, ask: str) -> None:
    _say(services, lang, [(ask, UPCOMING)])


@pytest.mark.parametrize(("lang", "ask"), [
    ("en", "when did the 2025 International Short Drama Signing and Launch Ceremony take place?"),
    ("es", "¿en qué fecha fue la ceremonia de firma y lanzamiento 2025?"),
    ("zh", "2025国际短剧签约发布仪式是哪天办的？"),
    ("ko", "2025 국제 숏드라마 협약 및 발표식은 언제 열렸어요?"),
    ("ko", "2025 국제 숏드라마 협약 런칭식 날짜가 언제였죠?"),
])
def test_event_named_by_translated_title_with_year_is_its_date(services: Services, lang: str, ask: str) -> None:
    _say(services, lang, [(ask, SIGNING)])


@pytest.mark.parametrize(("lang", "ask"), [
    ("en", "what steps do we follow to request shoot support?"),
    ("es", "¿qué pasos hay que seguir para pedir el apoyo al rodaje?"),
    ("zh", "我们想申请拍摄支持，一共有哪些步骤？"),
    ("zh", "申请拍摄支持的流程有哪些？"),
    ("ko", "촬영 지원 신청하려면 절차가 어떻게 되나요?"),
])
def test_incentive_steps_asked_are_how_to_apply(services: Services, lang: str, ask: str) -> None:
    _say(services, lang, [(ask, STEPS)])


@pytest.mark.parametrize("ask", ["中國數位文化集團是做什麼的？", "請問中國數位文化集團主要做什麼？"])
def test_partner_in_traditional_with_taiwan_words_is_its_card(services: Services, ask: str) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code="zh-TW")
    reply = services.brain.reply_to_text(chat, ask, services.store.profile(chat))
    assert (reply.answer or "").startswith("partner:china_digital_culture_group"), reply.answer


def test_taiwan_words_read_as_mainland_words_only_in_traditional() -> None:
    assert to_simplified("數位文化")[0] == "数字文化"
    assert to_simplified("軟體")[0] == "软件"
    assert to_simplified("数位")[0] == "数位"  # Simplified text passes unchanged
