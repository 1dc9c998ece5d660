"""fixT16 (play23 kind 6): an event picked by the city it is held in, for an action.

"The Seoul one, add that to my calendar", "el de Seúl, recuérdamelo", "首尔那个帮我加到日历", "서울 거
캘린더에 넣어 줘" after another event was talked about: the calendar file or reminder of the event
held in that city (Korea matchmaking), not of the event talked about last; and the city that picked
the event is no clock of the partner's (later times are not shown "in Seoul"). A partner who says
they are in that city keeps the event in focus."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import new_chat

SEOUL = "korea_matchmaking_2027"

CASES = [
    ("en", "when is the latin american pitch day?", "the Seoul one, add that to my calendar please", "in Seoul"),
    ("en", "tell me about the casting day", "ok and the one in Seoul - set me a reminder", "in Seoul"),
    ("es", "¿cuándo es el pitch day para productores latinos?", "el de Seúl, agrégalo a mi calendario", "en Seúl"),
    ("es", "¿qué es el día de casting?", "y el que es en Seúl, recuérdamelo porfa", "en Seúl"),
    ("zh", "拉美推介会是哪天？", "首尔那场帮我加进日历", "首尔时间"),
    ("zh", "選角日是什麼時候？", "首爾那個活動提醒我一下", "首尔时间"),
    ("ko", "피칭 데이는 언제예요?", "서울에서 하는 거 캘린더에 넣어 줘", "서울 시간"),
    ("ko", "캐스팅 데이 알려 주세요", "서울 그거 알림 설정해 줘", "서울 시간"),
]


@pytest.mark.parametrize("lang,first,pick,seoul_clock", CASES)
def test_the_city_picks_the_event_of_the_action(services: Services, lang, first, pick, seoul_clock) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    brain = services.brain
    before = brain.reply_to_text(chat, first, services.store.profile(chat))
    assert (before.answer or "").startswith("event:") and SEOUL not in before.answer, before.answer
    reply = brain.reply_to_text(chat, pick, services.store.profile(chat))
    assert reply.answer == f"event:{SEOUL}", (reply.answer, reply.text)
    later = brain.reply_to_text(chat, {"en": "and when is the virtual stage open day?", "es": "¿y cuándo es la jornada de puertas abiertas del plató virtual?",
                                       "zh": "虚拟制片影棚开放日是哪天？", "ko": "버추얼 스튜디오 오픈 데이는 언제예요?"}[lang],
                                services.store.profile(chat))
    assert seoul_clock not in later.text, later.text


@pytest.mark.parametrize("lang,first,own", [
    ("en", "when is the latin american pitch day?", "I'm in Seoul, add it to my calendar"),
    ("es", "¿cuándo es el pitch day para productores latinos?", "estoy en Seúl, agrégalo al calendario"),
])
def test_the_partners_own_city_picks_no_event(services: Services, lang, first, own) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    services.brain.reply_to_text(chat, first, services.store.profile(chat))
    reply = services.brain.reply_to_text(chat, own, services.store.profile(chat))
    assert SEOUL not in (reply.answer or ""), reply.answer
