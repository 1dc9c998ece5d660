"""fixB5: money — costs and incentives, as kinds in wordings of our own.

- how costly shooting here is, weighed against a region or the partner's home (not a studio by
  name), is the costs FAQ; a studio weighed "against" us stays an honest gap;
- support for short dramas asked whether it exists (its size beside it) is the incentives FAQ;
  the rate alone stays the gap;
- after the costs or the short-drama FAQ, "who can get it?" / "how do we ask for it?" are the
  eligibility / way to apply of the incentive that FAQ speaks for;
- a distributor asking to use the sets like the deal's own partner did is that deal's fact;
- the shoot-support procedure: what to send or prepare, and how far ahead, is its way to apply;
  which companies may ask is its eligibility."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import fits, talk

COSTS = ["faq:costs", "incentive:ecosystem_and_costs"]
SHORT_DRAMA_SUPPORT = ["faq:incentives", "incentive:short_drama_cost_reduction"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "is shooting in Hengdian pricier than shooting in Eastern Europe?"),
    ("en", "would our crew save money there compared with Latin America?"),
    ("es", "¿filmar allá es más caro que en Europa?"),
    ("es", "¿nos sale carísimo llevar el equipo a Hengdian o es accesible?"),
    ("zh", "在那边拍比在国内别的地方省不省钱"),
    ("zh", "我们从广州过去拍，费用上有没有优势"),
    ("ko", "유럽보다 헝뎬 촬영이 싼가요?"),
    ("ko", "헝뎬 촬영 비용이 다른 지역에 비해 경쟁력 있나요?"),
])
def test_costs_weighed_against_a_region_or_home(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, COSTS)])


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "¿cómo están los precios por allá? ¿es carísimo para un equipo chico?"),
    ("en", "money-wise, will a small crew from abroad find the place reasonable?"),
])
def test_prices_in_general_beside_the_cost_level_are_the_costs_faq(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, COSTS)])


def test_a_studio_weighed_against_us_stays_a_gap(services: Services) -> None:
    talk(services, "en", [("how do you measure up against Mosfilm for a costume shoot, money wise?", "gap:*")], fits=fits)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "we're doing a vertical series for phones, does the local government chip in any money, and how much?"),
    ("es", "vamos a grabar una serie vertical pa celular, ¿nos dan algún descuento en las locaciones?"),
    ("zh", "拍竖屏短剧的话，场地费有没有折扣"),
    ("zh", "我们准备过去拍竖屏短剧，政府补不补钱"),
    ("ko", "세로형 숏드라마 찍으면 지원금 있나요? 얼마나 돼요?"),
])
def test_whether_short_drama_support_exists(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, SHORT_DRAMA_SUPPORT)])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "what percentage is the vertical drama rebate?"),
    ("zh", "竖屏剧的补贴比例是多少"),
    ("ko", "숏드라마 지원 비율이 몇 퍼센트예요?"),
])
def test_the_rate_of_short_drama_support_is_a_gap(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "gap:*")], fits=fits)


@pytest.mark.parametrize(("lang", "first", "then", "expect"), [
    ("en", "is Hengdian expensive for foreign crews?", "ok and how do we ask for that?",
     "incentive:ecosystem_and_costs#how_to_apply"),
    ("es", "¿sale caro filmar en Hengdian?", "¿quién puede acceder a esos costos?",
     "incentive:ecosystem_and_costs#eligibility"),
    ("zh", "横店拍戏贵不贵", "这个价格优势怎么申请", "incentive:ecosystem_and_costs#how_to_apply"),
    ("ko", "헝뎬에서 찍으면 비싸요?", "그 혜택은 어떤 팀이 받을 수 있어요?", "incentive:ecosystem_and_costs#eligibility"),
    ("ko", "숏드라마 촬영 지원 있나요?", "그건 어떻게 신청해요?", "incentive:short_drama_cost_reduction#how_to_apply"),
])
def test_follow_ups_bind_to_the_incentive_the_faq_speaks_for(services: Services, lang: str, first: str,
                                                              then: str, expect: str) -> None:
    talk(services, lang, [(first, SHORT_DRAMA_SUPPORT if "short_drama" in expect else COSTS), (then, expect)])


@pytest.mark.parametrize(("lang", "text", "fact"), [
    ("en", "as a distribution partner, who is eligible to use Hengdian's sets?", "eligibility"),
    ("es", "somos distribuidora en Perú, ¿podemos usar los decorados de Hengdian igual que Dalynn Studio?", "eligibility"),
    ("zh", "我们在东南亚做发行，能不能像Dalynn那样用横店的景？需要什么条件", "eligibility"),
    ("ko", "저희는 중남미에서 배급하는 회사인데 Dalynn처럼 헝뎬 세트 쓸 수 있나요? 자격이 어떻게 돼요?", "eligibility"),
    ("es", "si soy distribuidor en Chile, ¿qué tengo que mandar pa usar sus sets?", "how_to_apply"),
])
def test_sets_for_distributors(services: Services, lang: str, text: str, fact: str) -> None:
    talk(services, lang, [(text, f"incentive:set_access_partnership#{fact}")])


@pytest.mark.parametrize(("lang", "text", "fact"), [
    ("en", "how far in advance do we have to file the shoot support request?", "how_to_apply"),
    ("es", "¿con cuánta anticipación hay que mandar la solicitud de apoyo para el rodaje?", "how_to_apply"),
    ("zh", "申请拍摄支持需要准备哪些东西", "how_to_apply"),
    ("zh", "哪些剧组可以申请拍摄支持", "eligibility"),
    ("ko", "촬영 지원 요청하려면 뭘 보내야 하고 얼마 전에 신청하나요?", "how_to_apply"),
])
def test_shoot_support_procedure_fields(services: Services, lang: str, text: str, fact: str) -> None:
    talk(services, lang, [(text, f"incentive:shoot_request_procedure#{fact}")])
