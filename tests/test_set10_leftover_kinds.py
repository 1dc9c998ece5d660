"""Kinds left over from blind set 10, tested in fresh wordings (not from any evaluation set):

- what making a show here costs, weighed against the partner's own place, is the costs FAQ;
- a "special rate", "preferential pricing", "tarifa preferencial" is a discount (the incentives),
  not a price;
- changing planes or trains on the way ("layover", "escala", "中转", "환승") and "how would we get
  ourselves there" ask the way to Hengdian; "where is this Hengdian place" too;
- a crew from abroad asking whether it may shoot here is the foreign-crews FAQ, whatever the company
  says about itself ("we're a small studio…": a company is no interiors set);
- a FAQ the classifier or ranker chose yields to the FAQ the message's own topic words name;
- a crew "coming from" a country asks nothing upcoming, and narrows no incentive;
- an incentive's alias said in other words ("request support for our filming dates") is that
  incentive, with the procedure when the process is asked;
- a few options listed after a question ("grants, cheaper rates?") belong to that question."""

from __future__ import annotations

import pytest

from bot.context import Services
from core.text import fold
from intents import lexicon
from tests.dialogue import talk

COSTS = "faq:costs"
DISCOUNT = ["faq:incentives", "incentive:short_drama_cost_reduction"]
WAY_THERE = "faq:how_to_reach_hengdian"
FOREIGN_CREWS = "faq:can_foreign_crews_film"


@pytest.mark.parametrize("lang,text", [
    ("en", "how do the costs of shooting out there compare with back home in Ohio?"),
    ("es", "¿cuánto nos saldría rodar allá comparado con acá en Medellín?"),
    ("zh", "跟在首尔拍相比，横店的制作费用大概怎么样？"),
    ("ko", "서울에서 찍는 거랑 비교하면 헝뎬 제작비는 어느 정도예요?"),
])
def test_costs_weighed_against_home_are_the_costs_faq(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, COSTS)])


@pytest.mark.parametrize("lang,text", [
    ("en", "do vertical drama crews get any preferential pricing?"),
    ("en", "is there a special rate for teams shooting short dramas?"),
    ("es", "¿hay tarifa preferencial para producciones de microdramas?"),
    ("zh", "拍竖屏短剧有优惠价吗？"),
])
def test_a_special_rate_is_a_discount_not_a_price(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, DISCOUNT)])


def test_a_special_rate_is_no_price_gap() -> None:
    assert lexicon.gap_topic("any special rate for us?") != "price"
    assert lexicon.gap_topic("what's your day rate?") == "price"


@pytest.mark.parametrize("lang,text", [
    ("en", "we have a layover in Hong Kong - how do we carry on to Hengdian from there?"),
    ("en", "how will our team of eight get ourselves over to hengdian?"),
    ("es", "vamos con escala en Pekín, ¿cómo seguimos hasta Hengdian?"),
    ("zh", "我们从首尔飞，要在哪里中转才能到横店？"),
    ("ko", "인천에서 출발하면 어디서 환승해서 헝뎬까지 가요?"),
    ("en", "whereabouts in china is this hengdian place anyway?"),
    ("en", "bit of a trek i reckon - how would our camera crew get themselves to hengdian?"),
])
def test_the_way_there_with_changes_on_the_way(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, WAY_THERE)])


@pytest.mark.parametrize("lang,text", [
    ("en", "Are overseas production houses permitted to film at your place?"),
    ("en", "Kindly confirm whether out-of-country production units are permitted for doing shooting at Hengdian."),
    ("en", "we're a two-person studio from Perth - can a foreign crew even film in Hengdian?"),
    ("es", "¿a los equipos extranjeros los dejan grabar en Hengdian?"),
    ("zh", "海外的剧组可以去横店开机吗？"),
    ("ko", "해외 제작사도 헝뎬에서 촬영이 가능한가요?"),
])
def test_a_crew_from_abroad_asking_to_shoot_is_the_foreign_crews_faq(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, FOREIGN_CREWS)])


@pytest.mark.parametrize("text", ["we're a small studio from Leeds", "our studio in Lima is tiny",
                                  "¿el estudio nos da algún apoyo?"])
def test_a_company_called_studio_names_no_interiors(services: Services, text: str) -> None:
    assert "interior" not in services.brain.understand(text).ids("scene_type")


def test_sound_stages_still_name_interiors(services: Services) -> None:
    assert "interior" in services.brain.understand("do you have sound stages?").ids("scene_type")


@pytest.mark.parametrize("lang,text", [
    ("zh", "我们手上签了几位外籍演员，去那边能有戏拍吗？剧组里外国演员用得多吗？"),
    ("zh", "那边的剧组用老外用得多吗"),
])
def test_foreign_faces_named_beat_another_faq(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, ["faq:foreign_actors", "event:international_sets_casting_day_2027"])])


def test_coming_from_a_country_is_nothing_upcoming(services: Services) -> None:
    u = services.brain.understand("any grant for web series crews coming from Kenya?")
    assert u.filter("when") is None
    assert services.brain.understand("any events coming up?").filter("when") == "upcoming"


def test_a_crew_from_a_country_still_gets_the_incentives_overview(services: Services) -> None:
    talk(services, "en", [("is there any grant scheme for web drama teams coming from Nigeria?", DISCOUNT)])


@pytest.mark.parametrize("lang,text", [
    ("en", "what's the process to request support for our filming dates?"),
    ("es", "¿cuál es el proceso para pedir apoyo para nuestro rodaje?"),
    ("en", "how do we lodge a request for support for our shoot?"),
])
def test_an_incentive_alias_in_other_words_with_its_procedure(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "incentive:shoot_request_procedure#how_to_apply")])


@pytest.mark.parametrize("text,parts", [
    ("does the studio chip in anything? grants, cheaper rates?", 1),
    ("¿el estudio pone algo? subvención, descuento?", 1),
    ("横店会给补贴吗？补贴、优惠价？", 1),
    ("when is the pitch day? and who organises it?", 2),
])
def test_options_after_a_question_belong_to_it(text: str, parts: int) -> None:
    assert len(lexicon.split_parts(text)) == parts


def test_options_after_a_question_get_its_answer(services: Services) -> None:
    talk(services, "es", [("oigan, si llevamos un rodaje de microserie allá, ¿el estudio pone algo? subsidio, tarifa especial?",
                           DISCOUNT)])


def test_a_route_for_hengdian_content_is_no_trip() -> None:
    assert not lexicon.TRAVEL.search(fold("any route for hengdian-made dramas into Mexico?"))
    assert lexicon.TRAVEL.search(fold("is there a quick route from the airport to the hengdian studios?"))
