"""fixJ6: kinds that this round's merges (int13) had broken, each kept with the new behaviour.

- A partner who says their city and then asks (fixF6 answers the question alone, in that city's
  time) is still offered that city as their zone, in four languages; once set, not again.
- 'que hacen' in a relative clause ('el que hacen con Reel-K') asks no company's nature
  (fixE6's company card); '¿qué hace Reel-K?' still does.
- An event of a market asked what it is (with where or when) is what it is, not the one fact
  alone (fixE6's market-event step); the venue alone asked stays the venue.
- The language an event is held in ('held in Korean') names no market.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.callbacks import encode
from intents.timezones import mentioned_zone, zone_arg
from tests.dialogue import new_chat


def _say(services: Services, lang: str, *lines: str):
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    return chat, [services.brain.reply_to_text(chat, line, services.store.profile(chat)) for line in lines]


def _data(reply) -> list[str]:
    return [b.data for row in reply.buttons for b in row if b.data]


CITY_THEN_QUESTION = [
    ("en", "we're a studio based in Lima, what events are coming up?"),
    ("en", "we're based in Bogotá. Which events are there for Latin America?"),
    ("es", "somos una productora de Buenos Aires, ¿qué eventos vienen?"),
    ("zh", "我们在首尔，近期有什么活动？"),
    ("ko", "서울에 있는 제작사인데 예정된 행사가 있나요?"),
]


@pytest.mark.parametrize("lang, text", CITY_THEN_QUESTION)
def test_city_said_before_the_question_is_offered_as_zone(services: Services, lang: str, text: str) -> None:
    _chat, (reply,) = _say(services, lang, text)
    zone = mentioned_zone(text)
    assert zone and reply.intent == "ask_events", reply.answer
    offer = encode("tz", zone_arg(zone))
    assert offer in _data(reply), _data(reply)


def test_a_city_of_an_earlier_message_is_not_offered_unasked(services: Services) -> None:
    _chat, (_, reply) = _say(services, "en", "hi, we're in Seoul", "what events are coming up?")
    assert not [d for d in _data(reply) if "|tz|" in d]


@pytest.mark.parametrize("then", [
    "no, el que hacen con Reel-K en Seúl",
    "no, me refiero al que hacen con Reel-K en Seúl",
    "no, el que hace Reel-K en Seúl",
])
def test_relative_que_hacen_is_the_event(services: Services, then: str) -> None:
    chat, (_, reply) = _say(services, "es", "¿qué eventos se vienen?", then)
    assert reply.answer.partition("#")[0] == "event:korea_matchmaking_2027", reply.answer
    assert services.brain.said_zone(chat) is None


@pytest.mark.parametrize("text", ["¿qué hace Reel-K?", "y Reel-K, ¿qué hacen?", "¿a qué se dedica Reel-K?"])
def test_what_a_company_does_is_still_its_card(services: Services, text: str) -> None:
    _, (reply,) = _say(services, "es", text)
    assert reply.answer.partition("#")[0] == "partner:reel_k", reply.answer


@pytest.mark.parametrize("lang, text", [
    ("es", "¿Qué es el encuentro Corea-China? ¿Dónde se hace?"),
    ("en", "what is the Korea matchmaking and when is it?"),
    ("ko", "한국 매칭 행사는 뭐예요? 언제 해요?"),
])
def test_market_event_asked_what_it_is(services: Services, lang: str, text: str) -> None:
    _, (reply,) = _say(services, lang, text)
    assert reply.answer == "event:korea_matchmaking_2027#about", reply.answer


def test_the_venue_alone_stays_the_venue(services: Services) -> None:
    _, (reply,) = _say(services, "es", "donde va a ser lo de Corea?")
    assert reply.answer == "event:korea_matchmaking_2027#venue", reply.answer


@pytest.mark.parametrize("lang, first, then, said", [
    ("en", "When is the Korea matchmaking?", "Will the event be held in Korean?", "interpretation"),
    ("en", "When is the Korea matchmaking?", "is the event held in Korean?", "interpretation"),
    ("es", "¿Cuándo es el encuentro de Corea?", "¿Se hace en coreano?", "interpretación"),
    ("zh", "韩国对接会什么时候？", "活动用韩语进行吗？", "翻译"),
    ("ko", "한국 매칭 행사 언제예요?", "행사는 한국어로 진행되나요?", "통역"),
])
def test_the_language_an_event_is_held_in(services: Services, lang: str, first: str, then: str, said: str) -> None:
    _, (_, reply) = _say(services, lang, first, then)
    assert reply.answer.startswith("event:korea_matchmaking_2027"), reply.answer
    assert said in reply.text and not reply.text.startswith("<b>"), reply.text


@pytest.mark.parametrize("lang, text", [
    ("en", "anything coming up for Latin American producers?"),
    ("es", "¿tienen algo próximo para productores latinoamericanos?"),
])
def test_a_market_said_by_its_people_is_still_its_event(services: Services, lang: str, text: str) -> None:
    # ("Latin American" also reads as a language: only the language an event is held in leaves it)
    _, (reply,) = _say(services, lang, text)
    assert reply.answer.partition("#")[0] in ("event:latam_pitch_day_2027", "list:events?market=latam_spanish_news") \
        or "market=latam_spanish_news" in reply.answer, reply.answer
