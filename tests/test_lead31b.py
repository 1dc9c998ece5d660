"""A place alone right after an event's date ("and for us in Nairobi?", "那迪拜呢", "두바이는요?",
"¿y para nosotros en Lima?") asks that event's time there: any city of the time-zone database,
since nothing else is said ("拜" of 迪拜 is no goodbye)."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.timezones import city_alone
from tests.dialogue import new_chat


def _talk(services: Services, lang: str, *texts: str):
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    return [services.brain.reply_to_text(chat, x, services.store.profile(chat)) for x in texts]


@pytest.mark.parametrize("lang,first,then,city", [
    ("en", "when is the korea matchmaking?", "and for us in Nairobi?", "Nairobi"),
    ("zh", "韩中对接会是什么时候？", "那迪拜呢", "迪拜"),
    ("ko", "한중 매칭 행사 언제예요?", "두바이는요?", "두바이"),
    ("es", "¿cuándo es la noche de cine latino 2027?", "¿y para nosotros en Lima?", "Lima"),
])
def test_a_city_alone_after_an_event_gives_its_time_there(services: Services, lang, first, then, city) -> None:
    asked, there = _talk(services, lang, first, then)
    assert there.answer == asked.answer and city in there.text, (there.answer, there.text)


def test_a_city_alone_without_an_event_is_no_date() -> None:
    assert city_alone("what sets do you have?") is None and city_alone("감사합니다") is None
    assert city_alone("那迪拜呢") == "Asia/Dubai" and city_alone("두바이는요?") == "Asia/Dubai"


@pytest.mark.parametrize("then", ["직접 가야 돼요?", "현장에 가야 돼요?", "줌으로 참여 가능해요?"])
def test_korean_in_person_or_online_is_the_venue(services: Services, then) -> None:
    _, there = _talk(services, "ko", "한중 매칭 행사 언제예요?", then)
    assert there.answer == "event:korea_matchmaking_2027#venue", (there.answer, there.text)
