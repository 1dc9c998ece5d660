"""fixQ16: the clock a studio's assistant answers — Beijing/Hengdian time, the partner's own city
("here", "for me", where they said they are, their saved zone), an event's time or office hours —
and the one it does not: a bare third city's clock ("what time is it now in Tokyo?") is out of
scope, with what the bot can do. Sentences of our own, four languages."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import new_chat, talk


@pytest.mark.parametrize(("lang", "say"), [
    ("en", "what time is it in Osaka at the moment?"),
    ("en", "hey what's the time in Nairobi right now"),
    ("es", "Mae, ¿qué hora es ahorita en Lisboa?"),
    ("es", "¿me dices qué hora es ahora mismo en Berlín?"),
    ("zh", "大阪现在几点？"),
    ("zh", "而家柏林幾點？"),
    ("ko", "오사카는 지금 몇 시예요?"),
    ("ko", "베를린은 지금 몇 시고?"),
])
def test_a_bare_third_citys_clock_is_out_of_scope(services: Services, lang: str, say: str) -> None:
    talk(services, lang, [(say, "out_of_scope")])


@pytest.mark.parametrize(("lang", "say", "city"), [
    ("en", "what time is it here in Nairobi right now?", "Nairobi"),
    ("es", "aquí en Lisboa, ¿qué hora es ahora?", "Lisboa"),
    ("zh", "我在大阪，现在几点？", "大阪"),
    ("ko", "제가 있는 오사카는 지금 몇 시예요?", "오사카"),
])
def test_the_partners_own_city_is_answered(services: Services, lang: str, say: str, city: str) -> None:
    reply = talk(services, lang, [(say, ["clock:now", "clock:difference"])])
    assert city in reply.text and ("20:00" in reply.text or "20시" in reply.text), reply.text


@pytest.mark.parametrize(("lang", "say"), [
    ("en", "what time is it in Hengdian right now?"), ("es", "¿qué hora es en Pekín ahorita?"),
    ("zh", "横店现在几点"), ("ko", "지금 헝뎬 몇 시예요?"),
])
def test_the_studios_clock_is_answered(services: Services, lang: str, say: str) -> None:
    talk(services, lang, [(say, "clock:now")])


def test_the_saved_zones_city_is_the_partners_own(services: Services) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code="en")
    services.store.set_timezone(chat, "Asia/Tokyo")
    reply = services.brain.reply_to_text(chat, "what time is it in Tokyo now?", services.store.profile(chat))
    assert reply.answer == "clock:now", (reply.answer, reply.text)
