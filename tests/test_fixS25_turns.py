"""Kinds of answers82/83 and play34's leftovers (fixS25), in the four languages where they apply:

- a small group with little money asking for help, support or benefits (no "how much"): the
  incentives' overview, not the costs; what would be given to a crew from abroad ("qué beneficios
  nos darían") as much as whether any is;
- the partner's own film to reach Spanish-speaking or Latin American viewers, help asked with it or
  the film moved there by us ("¿nos echan una mano?", "¿ustedes la mueven en español?"): the
  Spanish-distribution route;
- the part of a person the records write only in pinyin, asked of the name in characters
  ("周凤来负责哪一块"): that person's role, as "周凤来是谁" is (Chinese only: pinyin);
- a trip's start said right after the way there ("서울에서 출발이면요?"): the way-there FAQ again.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import talk


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "We're a tiny collective from Lisbon with hardly any budget. Is there any support for crews who come to shoot there?"),
    ("es", "Somos un grupo chico de Rosario y tenemos muy poco presupuesto. ¿Existe algún apoyo para los que van a grabar allá?"),
    ("es", "somos una productora chiquita de afuera, q beneficios nos darian si rodamos alla"),
    ("zh", "我们是个小团队，预算很少，外国剧组去拍摄有没有什么补贴？"),
])
def test_help_asked_beside_little_money_is_the_incentives(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, "faq:incentives")])


@pytest.mark.parametrize(("lang", "said"), [
    ("es", "Somos un grupo chico con muy poco presupuesto, ¿cuánto nos saldría hacer una producción allá?"),
    ("en", "We're a small choir with very modest funds: what would a production there cost us?"),
])
def test_how_much_asked_beside_little_money_stays_the_costs(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, "faq:costs")])


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "We made a short film about salsa and want Latino audiences to see it. Can you help us with that?"),
    ("es", "Filmamos un corto sobre el folclore andino y queremos que lo vean los hispanohablantes, ¿nos echan una mano?"),
    ("es", "armamos un docu del carnaval y queremos q lo vea el público latino, ustedes lo distribuyen?"),
    ("zh", "我们拍了一部关于京剧的纪录片，想让说西班牙语的观众看到，你们能帮着发吗？"),
    ("ko", "저희가 만든 다큐를 스페인어권 시청자들한테 보여주고 싶은데 도와주실 수 있나요?"),
])
def test_own_film_to_spanish_speakers_with_help_asked_is_the_spanish_route(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, "faq:spanish_distribution")])


@pytest.mark.parametrize("said", ["周凤来负责哪一块", "那周凤来具体负责哪方面？", "周凤来是做什么的"])
def test_part_of_a_person_written_in_pinyin_asked_by_characters_is_their_role(services: Services, said: str) -> None:
    reply = talk(services, "zh", [(said, "contact:vertical_short_drama_center#role")])
    assert "Zhou Fenglai" in reply.text


def test_part_of_an_unknown_name_is_not_read_as_a_person_of_ours(services: Services) -> None:
    reply = talk(services, "zh", [("王大锤负责哪一块", "")], fits=lambda expect, got: True)
    assert "Zhou Fenglai" not in reply.text and "vertical_short_drama_center" not in (reply.answer or "")


@pytest.mark.parametrize(("lang", "asked", "then"), [
    ("en", "How do I get to Hengdian?", "What if we leave from London?"),
    ("en", "How do we get there?", "and from Berlin?"),
    ("es", "¿Cómo se llega a Hengdian?", "¿Y saliendo desde Lima?"),
    ("zh", "怎么去横店？", "从北京出发呢？"),
    ("ko", "헝뎬까지 어떻게 가요?", "부산에서 출발하면요?"),
])
def test_a_trip_start_said_after_the_way_there_is_the_way_there_again(services: Services, lang: str, asked: str, then: str) -> None:
    talk(services, lang, [(asked, "faq:how_to_reach_hengdian"), (then, "faq:how_to_reach_hengdian")])
