"""fixG4: regressions of round 4's fixers against older tests, as kinds in wordings of our own.

- the size of short-drama support asked (an amount, a rate, "exactly what discount", "能返多少")
  stays the honest gap; support asked with no size stays the short-drama incentives FAQ."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import fits, talk

SHORT_DRAMA_SUPPORT = ["faq:incentives", "incentive:short_drama_cost_reduction"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "for our micro drama shoot, what's the exact rebate you give?"),
    ("en", "how big is the subsidy for shooting vertical short dramas?"),
    ("es", "¿de cuánto es el apoyo para rodar microdramas verticales?"),
    ("es", "¿qué porcentaje de descuento dan a las series verticales?"),
    ("zh", "拍竖屏短剧能补贴多少？"),
    ("zh", "微短剧剧组的优惠能返几成？"),
    ("ko", "숏드라마 촬영하면 지원금 정확히 얼마 나와요?"),
    ("ko", "세로형 숏드라마 할인 몇 프로예요?"),
])
def test_the_size_of_short_drama_support_is_a_gap(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "gap:*")], fits=fits)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "we shoot vertical short dramas, do you give any subsidy?"),
    ("es", "hacemos series verticales, ¿nos dan algún apoyo?"),
    ("zh", "拍短剧的有什么补贴吗？"),
    ("ko", "숏드라마 찍으면 지원 혜택 있어요?"),
])
def test_support_with_no_size_stays_the_faq(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, SHORT_DRAMA_SUPPORT)])


# a part answered as a list of its own, then a part that reaches a FAQ: both answered, the
# list first (the whole message's FAQ does not stand in for the list); incentives asked for a
# production described ("foreign crews", "海外剧组") may be their overview, which says what applies
# to that production, with the list behind its button (fixK24)
@pytest.mark.parametrize(("lang", "text", "faq"), [
    ("en", "hey! what kind of incentives do you give foreign crews who film in hengdian? also do we need a visa", "visa"),
    ("en", "what kinda incentives do u give international crews shooting in hengdian? and do we need a visa too", "visa"),
    ("es", "buenas, ¿qué incentivos tienen para producciones de afuera? ¿hace falta visa?", "visa"),
    ("zh", "你们对海外剧组有哪些扶持政策？另外需要办签证吗？", "签证"),
    ("ko", "해외 제작사에는 어떤 인센티브가 있나요? 그리고 비자 필요해요?", "비자"),
])
def test_a_list_part_and_a_faq_part_are_both_answered(services: Services, lang: str, text: str, faq: str) -> None:
    reply = talk(services, lang, [(text, ["list:incentives", "faq:incentives"])])
    assert faq in reply.text.lower(), reply.text


# "exactly" or "worth" with no size named asks what the support is, not how much
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "is it worth shooting our vertical short dramas there, do you give any subsidy?"),
    ("ko", "숏드라마 찍으면 지원 혜택이 정확히 뭐가 있어요?"),
])
def test_support_asked_exactly_with_no_size_stays_the_faq(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, SHORT_DRAMA_SUPPORT)])
