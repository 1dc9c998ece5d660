"""Lead fixes made while merging round 3 and round 4 (merge32).

- 几 is a count only as a question word: "没几个钱" (little money), "哪几家单位" (which ones) and
  "是政府搞的还是几家公司凑的" (or a few companies) ask no count of the studios or the alliance.
- the alliance's member count is unpublished: the gap with the secretariat, the number listed here
  said, the list behind a button (tests/test_fixq31a.py); the body that operates it is what HISDA
  is (the FAQ names its initiators), who heads it the unpublished head.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import talk


@pytest.mark.parametrize(("text", "key"), [
    ("咱介小剧组兜里没几个钱，横店那边开销大不大", "faq:costs"),
    # (what kind of body it is, government or companies: the FAQ on what HISDA is, as test_fixc11 asks)
    ("那个横店国际短剧联盟到底是个什么机构啊是政府搞的还是几家公司凑的", "faq:what_is_hisda"),
    ("HISDA是哪几家单位牵头搞起来的，里面都有哪些成员", "program:hisda"),
    ("联盟有几家成员？", "gap:hisda_secretariat"),  # still a count (unpublished; the listed number said)
])
def test_ji_is_a_count_only_as_a_question_word(services: Services, text: str, key: str) -> None:
    talk(services, "zh", [(text, key)])


@pytest.mark.parametrize("text", ["¿Cómo nos afiliamos?", "¿cómo nos sumamos?"])
def test_the_way_in_asked_is_no_farewell(services: Services, text: str) -> None:
    # fixr32d's set 32: "¿Cómo nos afiliamos?" was read as a goodbye
    talk(services, "es", [(text, "faq:join_alliance")])


def test_a_farewell_stays_one(services: Services) -> None:
    talk(services, "es", [("gracias, nos vemos", "smalltalk:goodbye")])


def test_an_introduction_that_wants_something_is_kept_with_the_question(services: Services) -> None:
    # fixu34a ended an introduction at a full stop; "nos gustaría entrar en la alianza." wants
    # something, so "¿Qué pasos hay que dar?" is asked of it (answers23 lost the line)
    talk(services, "es", [(("Buenas. Somos una productora de Zamora y nos gustaría entrar en la alianza. "
                            "¿Qué pasos hay que dar?"), "faq:join_alliance")])
