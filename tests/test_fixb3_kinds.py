"""Kinds found by partner play (issue 7, fixB3):

- a city and a time asked ("any event in Seoul this year?", "首尔下个月有活动吗") with none there
  then: the first sentence says so with that time, then the next one there with its date as a
  person writes it; a city with no event at all is said, then that time's events;
- a colleague's city ("my colleague in Madrid will attend") is offered for the times, never taken
  as the partner's own zone (it stays theirs when they say "I'm in Madrid");
- a service asked of one company or system that its record does not list ("does A.R.C do
  previs?") is an honest gap: one sentence, what the record says, its contact.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.timezones import others_place, zone_said
from tests.dialogue import labels, say


# -- none there then, said first; the next one there with its date -----------------------------
@pytest.mark.parametrize(("lang", "ask", "words"), [
    ("en", "any event in Seoul this year?", ("Seoul", "2026", "15 April 2027")),
    ("en", "anything going on in Seoul this month?", ("Seoul", "November 2026", "15 April 2027")),
    ("es", "¿hay algo en Seúl este año?", ("Seúl", "2026", "15 de abril de 2027")),
    ("es", "¿qué eventos hay en Seúl el mes que viene?", ("Seúl", "diciembre de 2026", "15 de abril de 2027")),
    ("zh", "今年在首尔有活动吗", ("首尔", "2026年", "2027年4月15日")),
    ("zh", "首尔下个月有活动吗", ("首尔", "2026年12月", "2027年4月15日")),
    ("ko", "올해 서울에서 행사 있어요?", ("서울", "2026년", "2027년 4월 15일")),
    ("ko", "다음 달에 서울에서 하는 행사 있나요?", ("서울", "2026년 12월", "2027년 4월 15일")),
])
def test_none_there_then_is_said_first_then_the_next(services: Services, lang: str, ask: str, words) -> None:
    reply, = say(services, lang, ask)
    assert reply.answer == "event:korea_matchmaking_2027"
    first = reply.text.split("\n", 1)[0]
    for word in words:
        assert word in first, (word, first)


def test_a_market_with_none_left_this_year_gives_the_next_date(services: Services) -> None:
    reply, = say(services, "en", "any events in Korea this year?")
    assert reply.answer == "event:korea_matchmaking_2027"
    assert "15 April 2027" in reply.text.split("\n", 1)[0]


@pytest.mark.parametrize(("lang", "ask", "city"), [
    ("en", "any events in Busan this year?", "Busan"),
    ("es", "¿hay eventos en Lima este año?", "Lima"),
])
def test_a_city_with_no_event_is_said(services: Services, lang: str, ask: str, city: str) -> None:
    reply, = say(services, lang, ask)
    first = reply.text.split("\n", 1)[0]
    assert city in first and reply.answer.startswith("list:events")


def test_a_city_with_one_that_year_opens_it(services: Services) -> None:
    reply, = say(services, "en", "any events in Seoul next year?")
    assert reply.answer == "event:korea_matchmaking_2027"
    assert reply.text.startswith("<b>")


# -- a colleague's city ---------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "first", "then"), [
    ("en", "my colleague in Madrid will attend the pitch day", "when is it?"),
    ("es", "mi colega en Madrid va a ir al pitch day", "¿cuándo es?"),
    ("zh", "我在马德里的同事会参加拉美推介会", "几点开始？"),
    ("ko", "마드리드에 있는 동료가 라틴 피치 데이에 참석해요", "언제예요?"),
])
def test_a_colleagues_city_is_offered_not_taken(services: Services, lang: str, first: str, then: str) -> None:
    card, when = say(services, lang, first, then)
    city = {"en": "Madrid", "es": "Madrid", "zh": "马德里", "ko": "마드리드"}[lang]
    assert city not in card.text.replace(first, "") and city not in when.text
    assert any(city in label for label in labels(card))


def test_the_partners_own_city_still_sets_the_times(services: Services) -> None:
    _, when = say(services, "en", "I'm in Madrid", "when is the pitch day?")
    assert "Madrid" in when.text


@pytest.mark.parametrize("text", ["my colleague in Madrid will attend", "our producer from Madrid is coming",
                                  "mi socio que está en Madrid", "我在马德里的同事", "同事在马德里",
                                  "마드리드에 있는 동료가 참석해요", "동료가 마드리드에 있어요"])
def test_someone_elses_place(text: str) -> None:
    assert others_place(text, "Europe/Madrid")
    assert zone_said(text) is None


@pytest.mark.parametrize("text", ["I'm in Madrid", "we are based in Madrid", "estoy en Madrid", "我在马德里",
                                  "저는 마드리드에 있어요"])
def test_ones_own_place(text: str) -> None:
    assert not others_place(text, "Europe/Madrid")
    assert zone_said(text) == "Europe/Madrid"


# -- a service the files do not list ----------------------------------------------------------
@pytest.mark.parametrize(("lang", "ask", "name", "what"), [
    ("en", "does A.R.C do previs?", "A.R.C", "previs"),
    ("en", "Does SpringReel handle subtitling?", "SpringReel", "subtitling"),
    ("es", "¿ShortMax hace doblaje?", "ShortMax", "doblaje"),
    ("zh", "ShortMax 做配音吗？", "ShortMax", "配音"),
    ("zh", "紫浪科技能做特效吗", "Purple Wave", "特效"),
    ("ko", "SpringReel도 VFX 해요?", "SpringReel", "VFX"),
])
def test_a_service_not_listed_is_an_honest_gap(services: Services, lang: str, ask: str, name: str, what: str) -> None:
    reply, = say(services, lang, ask)
    assert reply.answer.startswith("gap:") and reply.outcome == "gap"
    first = reply.text.split("\n", 1)[0]
    assert name in first and what in first
    assert "✉️" in reply.text  # the record's contact


@pytest.mark.parametrize(("ask", "key"), [
    ("does SpringReel make short dramas?", "partner:springreel"),
    ("does Purple Wave do location scouting?", "partner:purple_wave"),
    ("Can Dalynn do Spanish dubbing?", "partner:dalynn_studio"),
])
def test_a_service_the_files_hold_keeps_the_card(services: Services, ask: str, key: str) -> None:
    reply, = say(services, "en", ask)
    assert reply.answer.startswith(key)
