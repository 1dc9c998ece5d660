"""Kinds of fixA2: a question the FAQ answers gets the FAQ, not the honest gap or a record found
by one word; a figure, a price or a count asked stays the gap.

- the weather said as the condition of a plan ("if it rains all week, can we go onto an LED
  stage?") asks the plan, not the weather (`lexicon.gap_topic`);
- a zh count is of the noun in its own clause ("小剧组，老外也有几个" counts no crews);
- an unlisted set's gap (unknown words) gives way to the FAQ both matchers put first when no
  set is named.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import lexicon
from tests.dialogue import talk

GAP = "gap:international_business"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "if it storms for days, could we carry on inside an LED volume?"),
    ("es", "si llueve varios días seguidos, ¿podemos seguir rodando en un plató con pantallas LED?"),
    ("zh", "万一连着几天下雨，能不能转到LED虚拟棚里接着拍？"),
    ("ko", "비가 계속 오면 LED 버추얼 스튜디오로 옮겨서 촬영할 수 있나요?"),
])
def test_rain_as_a_condition_asks_the_led_stage(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, ["faq:virtual_production", "location:virtual_production"])])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "does it rain a lot in Hengdian in June?"),
    ("zh", "横店六月份下雨多吗？"),
])
def test_the_weather_asked_stays_a_gap(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, GAP)])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "how much per day to rent the Qin Palace?"),
    ("es", "¿cuánto cobran de recargo por rodaje nocturno?"),
    ("zh", "灯光师加班费一小时多少钱？"),
    ("ko", "진궁 세트 하루 대여료가 얼마예요?"),
])
def test_a_price_figure_stays_a_gap(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, GAP)])


def test_a_yearly_count_of_crews_stays_a_gap(services: Services) -> None:
    talk(services, "zh", [("横店一年接多少个剧组？", GAP)])


def test_a_zh_count_is_of_the_noun_in_its_clause() -> None:
    assert lexicon.CREWS_COUNTED.search("剧组有几个") is not None
    assert lexicon.CREWS_COUNTED.search("我们是小剧组，老外也有几个") is None


@pytest.mark.parametrize(("lang", "text"), [
    ("zh", "我们是个外地小剧组，外国人也有几个，能进横店拍吗？"),
])
def test_a_foreign_crew_may_film_is_the_faq(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "faq:can_foreign_crews_film")])


def test_on_site_services_asked_stay_the_incentive(services: Services) -> None:
    talk(services, "en", [("do you handle on-set services for visiting crews?", "incentive:on_site_services")])


def test_an_unlisted_set_stays_a_gap(services: Services) -> None:
    talk(services, "es", [("¿se puede grabar en la réplica de la Torre Eiffel?", GAP)])
