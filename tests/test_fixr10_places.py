"""Kinds fixR10 mended after round 17's merge, in the languages where each exists:

- a city the zone table names keeps the table's zone over a former tzdata key of the same name
  ("trabajo desde Rosario": Buenos Aires' clock, said as Rosario; not America/Rosario's link to
  Córdoba): the lines name the city the partner said;
- a market, temple or garden whose opening or closing time is asked, no set named nor in focus
  ("金华的夜市几点关门", "what time does the night market in Yiwu close?"), is a real place
  elsewhere: out of scope, while a market scene asked ("夜市的戏在哪拍") still lists the sets;
- a plural pointer at the sets just listed ("그 세트들 전부 정원 장면 돼요?") asks which of them fit,
  not whether the first one does.
"""

from __future__ import annotations

from fnmatch import fnmatchcase

import pytest

from bot.context import Services
from intents import timezones
from tests.dialogue import replies

BUENOS_AIRES = "America/Argentina/Buenos_Aires"


@pytest.mark.parametrize(("lang", "line"), [
    ("es", "trabajo desde Rosario"), ("es", "vivimos en Rosario, Argentina"), ("en", "I'm based in Rosario")])
def test_a_city_of_the_table_keeps_its_zone_and_name(lang: str, line: str) -> None:
    zone = timezones.mentioned_zone(line)
    assert zone == BUENOS_AIRES
    assert timezones.city_said(line, zone, lang) == "Rosario"


def test_a_city_of_another_zone_in_the_same_country_is_still_that_city() -> None:
    assert timezones.mentioned_zone("para mí en Córdoba, Argentina") == "America/Argentina/Cordoba"


@pytest.mark.parametrize(("lang", "line", "said"), [
    ("es", "trabajo desde Rosario, ¿cuándo es el encuentro con Corea?", "en Rosario"),
    ("en", "I'm based in Rosario. When is the korea matchmaking?", "in Rosario"),
])
def test_the_event_hours_name_the_city_said(services: Services, lang: str, line: str, said: str) -> None:
    reply = replies(services, lang, [line])[-1]
    assert said in reply.text and "Córdoba" not in reply.text and "Cordoba" not in reply.text, reply.text


@pytest.mark.parametrize(("lang", "line"), [
    ("zh", "金华的夜市几点关门？"),
    ("en", "what time does the night market in Yiwu close?"),
    ("es", "¿a qué hora cierra el mercado de Yiwu?"),
    ("ko", "이우 시장 몇 시에 문 열어요?"),
])
def test_a_real_markets_hours_are_out_of_scope(services: Services, lang: str, line: str) -> None:
    reply = replies(services, lang, [line])[-1]
    assert reply.answer == "out_of_scope", (reply.answer, reply.text)


@pytest.mark.parametrize(("lang", "line"), [
    ("zh", "夜市的戏在哪拍"),
    ("en", "can we film a market scene somewhere?"),
    ("es", "¿dónde podemos grabar una escena de mercado?"),
    ("ko", "시장 장면 어디서 찍어요?"),
])
def test_a_market_scene_asked_still_lists_the_sets(services: Services, lang: str, line: str) -> None:
    reply = replies(services, lang, [line])[-1]
    assert (reply.answer or "").startswith("list:locations?scene=market"), (reply.answer, reply.text)


def test_a_sets_hours_stay_that_sets_gap(services: Services) -> None:
    reply = replies(services, "zh", ["介绍一下清明上河图", "那个集市几点开门"])[-1]
    assert (reply.answer or "").startswith("gap:"), (reply.answer, reply.text)


@pytest.mark.parametrize(("lang", "lines", "expect"), [
    ("ko", ["명나라 세트 어떤 거 있어요?", "그 세트들 전부 정원 장면 돼요?"], "list:locations?era=ming&scene=garden"),
    ("ko", ["청나라 세트 뭐 있어요?", "그 세트들 궁중 장면 돼요?"], "list:locations?era=qing&scene=palace"),
    ("zh", ["有哪些清朝的景", "那些景都能拍宫廷戏吗"], "list:locations?era=qing&scene=*"),
])
def test_those_sets_asked_of_a_scene_say_which_fit(services: Services, lang: str, lines: list[str], expect: str) -> None:
    reply = replies(services, lang, lines)[-1]
    assert fnmatchcase(reply.answer or "", expect) and reply.text.count("\n") == 0, (reply.answer, reply.text)


def test_there_after_the_sets_is_still_the_first_one(services: Services) -> None:
    reply = replies(services, "ko", ["청나라 세트 뭐 있어요?", "거기서 궁중 장면 찍을 수 있어요?"])[-1]
    assert (reply.answer or "").startswith("location:"), (reply.answer, reply.text)
