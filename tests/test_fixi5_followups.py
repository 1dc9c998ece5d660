"""fixI5: follow-ups that carry or change the subject, language requests naming a record, the
partner's clock. Every wording here was written for these tests (four languages).

- A market named as a follow-up of an events answer ("and Latin America?") lists that market's
  events, not a clock question nor the Spanish-distribution FAQ.
- A correction or a request naming an event by its host (and place) means that event, not the
  host's card; the place said of the event is no city of the partner's.
- A three-letter city name listed on purpose ("NYC") is the city the times are asked in, over the
  city remembered, and the ordinal picks the event.
- A language request that names a record sends that record's card in that language; a correction
  asking for the card of the title in focus sends it.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import lexicon
from intents.timezones import mentioned_zone
from tests.dialogue import new_chat

LATAM_EVENTS = {"latam_pitch_day_2027", "latin_film_night_2027"}


def _say(services: Services, lang: str, *lines: str):
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    out = [services.brain.reply_to_text(chat, line, services.store.profile(chat)) for line in lines]
    return out, services.brain.said_zone(chat)


MARKET_AFTER_EVENTS = [
    ("en", "is anything happening in Korea, event-wise?", "and for Latin America, the same?"),
    ("es", "¿tienen algún evento en Corea?", "¿y para Latinoamérica?"),
    ("zh", "在韩国有没有什么活动？", "拉美那边呢？"),
    ("ko", "한국에서 열리는 행사 있나요?", "중남미 쪽은요?"),
]


@pytest.mark.parametrize("lang, first, then", MARKET_AFTER_EVENTS, ids=[c[0] for c in MARKET_AFTER_EVENTS])
def test_market_after_events_lists_its_events(services: Services, lang: str, first: str, then: str) -> None:
    (before, reply), _ = _say(services, lang, first, then)
    assert before.answer == "event:korea_matchmaking_2027"
    assert reply.answer.startswith("list:events") and "market=latam_spanish_news" in reply.answer
    assert {i.partition(":")[2] for i in reply.items} == LATAM_EVENTS


HOST_CORRECTION = [
    ("en", "what events have you got?", "nah, the one Reel-K runs in Seoul"),
    ("es", "¿qué eventos se vienen?", "no, el que hacen con Reel-K en Seúl"),
    ("zh", "最近有什么活动？", "不对，我要的是首尔那个Reel-K的洽谈会"),
    ("ko", "요즘 어떤 행사 있어요?", "아니요, 서울에서 Reel-K랑 여는 행사요"),
]


@pytest.mark.parametrize("lang, first, then", HOST_CORRECTION, ids=[c[0] for c in HOST_CORRECTION])
def test_event_named_by_host_and_place(services: Services, lang: str, first: str, then: str) -> None:
    (_, reply), _ = _say(services, lang, first, then)
    assert reply.answer.partition("#")[0] == "event:korea_matchmaking_2027", reply.answer


@pytest.mark.parametrize("lang, first, then", HOST_CORRECTION, ids=[c[0] for c in HOST_CORRECTION])
def test_event_place_is_not_the_partners_clock(services: Services, lang: str, first: str, then: str) -> None:
    _, zone = _say(services, lang, first, then)
    assert zone is None


def test_short_city_names_are_places() -> None:
    assert mentioned_zone("ok and the second, what hour is it for us in NYC?") == "America/New_York"
    assert mentioned_zone("y el segundo en NYC?") == "America/New_York"
    assert mentioned_zone("the concept is nice") is None


def test_city_in_message_wins_over_remembered(services: Services) -> None:
    (_, first, second), _ = _say(services, "en", "what's on the events calendar?",
                                 "the second one, what time is it in CDMX?", "and the third one for me in NYC?")
    assert "CDMX" in first.text.split("\n")[0]
    assert second.answer.startswith("event:korea_matchmaking_2027")
    assert "NYC" in second.text.split("\n")[0] and "CDMX" not in second.text


RECORD_IN_LANGUAGE = [
    ("en", "what's on?", "can I get the Eclipse over Qin synopsis in Spanish? it's for a producer in Lima",
     "Eclipse en la corte de Qin"),
    ("es", "¿qué eventos hay?", "pásame la ficha de Eclipse over Qin en inglés porfa", "Eclipse over Qin"),
    ("ko", "행사 뭐 있어요?", "진나라의 일식 작품 소개를 영어로 보내 주실래요?", "Eclipse over Qin"),
]


@pytest.mark.parametrize("lang, first, then, title", RECORD_IN_LANGUAGE, ids=[c[0] for c in RECORD_IN_LANGUAGE])
def test_language_request_naming_a_record(services: Services, lang: str, first: str, then: str, title: str) -> None:
    (_, reply), _ = _say(services, lang, first, then)
    assert reply.answer.partition("#")[0] == "work:work_eclipse_over_qin"
    assert title in reply.text.split("\n")[0]


CARD_CORRECTION = [
    ("en", "tell me about Ten Days in October", "how many episodes?", "no, I meant the show's own card, in Spanish",
     "Diez días de octubre"),
    ("zh", "介绍一下大秦日食", "一共几集？", "不是，我是说这部剧本身的介绍", "大秦日食"),
    ("ko", "진나라의 일식 알려 주세요", "몇 부작이에요?", "아니요, 작품 소개 말한 거예요", "진나라의 일식"),
]


@pytest.mark.parametrize("lang, a, b, c, title", CARD_CORRECTION, ids=[x[0] for x in CARD_CORRECTION])
def test_correction_asks_the_card_of_focus(services: Services, lang: str, a: str, b: str, c: str, title: str) -> None:
    (_, fact, reply), _ = _say(services, lang, a, b, c)
    assert "#" in fact.answer
    assert reply.answer.startswith("work:") and "#" not in reply.answer
    assert title in reply.text.split("\n")[0]


def test_plain_no_is_no_correction() -> None:
    assert lexicon.correction("no, that one is fine thanks") is None
    assert lexicon.correction("no thanks") is None
    assert lexicon.correction("no, the one Reel-K runs") == "the one Reel-K runs"


REMIND_BY_PLACE = [
    ("zh", "ARC系统具体是做什么的？", "韩国那边有没有对接活动？有的话帮我设个提醒"),
    ("es", "¿para qué sirve el sistema ARC?", "¿hay algún evento en Corea? avísame antes con un recordatorio"),
    ("ko", "ARC 시스템은 어떤 거예요?", "한국 행사 있어요? 알림 설정해 주세요"),
]


@pytest.mark.parametrize("lang, first, then", REMIND_BY_PLACE, ids=[c[0] for c in REMIND_BY_PLACE])
def test_action_of_the_place_said_not_the_focus(services: Services, lang: str, first: str, then: str) -> None:
    (_, reply), _ = _say(services, lang, first, then)
    assert reply.answer.partition("#")[0] == "event:korea_matchmaking_2027", reply.answer
