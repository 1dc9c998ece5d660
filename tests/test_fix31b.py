"""Kinds of answers31's event follow-ups (fix31b), each in the four languages:

- "su siguiente evento" (the next one, said with "siguiente" and a possessive) is the next
  event's card, not the calendar;
- "are you doing anything together with them next year?", "¿tienen algo armado con ellos?",
  "跟他们有啥合作吗", "거기랑 같이 하는 거 있어요?" after a partner's card: its event, though no
  word for an event is said;
- "what time is that for me in Beirut", "¿y en hora de El Cairo?", "贝鲁特时间几点", "카이로에서는
  몇 시예요?": a zone's city that no alias lists, named beside a clock word, is shown with the
  event's hours; a partner's state or region ("acá en Chiapas", "en Guerrero") is its clock.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.timezones import mentioned_zone
from tests.dialogue import talk

NEXT = "event:global_talent_info_session_2026"
SEOUL = "event:korea_matchmaking_2027"


@pytest.mark.parametrize("say", ["cual es su siguiente evento", "¿y su siguiente sesión?",
                                 "oigan, ¿cuál es el siguiente evento que tienen?"])
def test_siguiente_evento_is_the_next_one(services: Services, say: str) -> None:
    talk(services, "es", [(say, NEXT)])


@pytest.mark.parametrize(("lang", "who", "ask"), [
    ("en", "who is Reel-K?", "are you doing anything together with them next year?"),
    ("en", "who is Reel-K?", "anything planned with them?"),
    ("es", "¿quiénes son Reel-K?", "¿y tienen algo armado con ellos pal otro año?"),
    ("es", "¿quiénes son Reel-K?", "¿hacen algo juntos?"),
    ("zh", "Reel-K是谁", "明年跟他们有啥合作吗"),
    ("zh", "Reel-K是谁", "你们和对方有一起搞什么吗"),
    ("ko", "Reel-K가 어디예요?", "내년에 거기랑 같이 하는 거 있어요?"),
    ("ko", "Reel-K가 어떤 회사예요?", "그쪽이랑 함께 준비 중인 거 있나요?"),
])
def test_anything_with_them_is_the_partners_event(services: Services, lang: str, who: str, ask: str) -> None:
    talk(services, lang, [(who, "partner:reel_k"), (ask, SEOUL)])


@pytest.mark.parametrize(("lang", "first", "ask", "city"), [
    ("en", "what's the next event you have on", "what date and time would that be for me in Beirut", "Beirut"),
    ("en", "what's the next event you have on", "what time is that in Helsinki time", "Helsinki"),
    ("es", "cual es su siguiente evento", "¿y en hora de El Cairo?", "El Cairo"),
    ("es", "cual es su siguiente evento", "¿a qué hora me cae acá en Chiapas?", "en Chiapas"),  # (the place said: fixp31c)
    ("zh", "下一场活动是啥", "贝鲁特时间几点", "贝鲁特"),
    ("ko", "다음 행사 뭐예요?", "카이로에서는 몇 시예요?", "카이로"),
])
def test_a_city_named_shows_its_hours(services: Services, lang: str, first: str, ask: str, city: str) -> None:
    reply = talk(services, lang, [(first, NEXT), (ask, NEXT + "#date")])
    assert city in reply.text, reply.text


@pytest.mark.parametrize(("text", "zone"), [
    ("a que hora queda pa mi aca en Guerrero", "America/Mexico_City"),
    ("what time's that for me down in Louisiana", "America/Chicago"),
    ("도하 시간으로 몇 시예요?", "Asia/Qatar"),
    ("see you at Easter", None),  # a zone's city only beside a clock or place word, never a holiday
    ("online or in person?", None),
])
def test_places_partners_name(text: str, zone: str | None) -> None:
    assert mentioned_zone(text) == zone
