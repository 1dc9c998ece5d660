"""Kinds left by answer set 18, each in fresh wordings of our own (the set's own lines are not
copied here):

- an incentive named by (a paraphrase of) its own name beside the word for incentives is its
  record, not the incentives overview; the subject alone stays the overview;
- the exact size of a discount, with "exactly" anywhere in the question, is an honest gap;
- a gap word that asks nothing (a "red envelope" of money given, the writer deciding the period,
  "carero") yields to the FAQ that answers the question."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import fits, talk

SHORT_DRAMA = "incentive:short_drama_cost_reduction"


@pytest.mark.parametrize("lang,text", [
    ("en", "what's the vertical short drama incentive all about?"),
    ("en", "explain the incentive for vertical shorts to me"),
    ("es", "¿en qué consiste el incentivo para microdramas verticales?"),
    ("es", "cuéntame del incentivo de microdramas verticales porfa"),
    ("zh", "介绍一下竖屏短剧的扶持政策"),
    ("zh", "講講豎屏短劇嘅扶持政策"),
    ("ko", "세로형 숏드 인센티브가 뭐예요?"),
])
def test_an_incentive_named_beside_the_word_is_its_record(services: Services, lang, text) -> None:
    talk(services, lang, [(text, SHORT_DRAMA)])


@pytest.mark.parametrize("lang,text,expect", [
    ("en", "do you offer incentives?", "faq:incentives"),
    ("es", "¿qué incentivos ofrecen?", ["list:incentives", "faq:incentives"]),
    ("zh", "你们有哪些扶持政策？", ["list:incentives", "faq:incentives"]),
    ("ko", "인센티브 있어요?", "faq:incentives"),
    ("en", "are there any incentives for vertical short dramas?", ["faq:incentives", "list:incentives"]),
    ("zh", "横店对竖屏短剧有啥扶持政策？", ["faq:incentives", "list:incentives"]),
    ("ko", "세로형 숏드라마 인센티브 뭐가 있나요?", ["faq:incentives", "list:incentives"]),
])
def test_the_word_alone_stays_the_overview(services: Services, lang, text, expect) -> None:
    talk(services, lang, [(text, expect)], fits=fits)


@pytest.mark.parametrize("lang,text", [
    ("en", "what exactly is the discount with the vertical short drama incentive"),
    ("es", "¿cuál es el descuento exacto del incentivo para microdramas?"),
    ("es", "y de cuánto es exactamente la rebaja pa los micros verticales?"),
    ("zh", "豎屏短劇扶持政策具體優惠多少？"),
    ("zh", "竖屏短剧补贴具体能减多少"),
    ("ko", "세로형 숏드라마 인센티브 정확히 얼마나 깎아 줘요?"),
])
def test_the_exact_discount_is_a_gap(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "gap:*")], fits=fits)


@pytest.mark.parametrize("lang,text,expect", [
    ("es", "grabar en Hengdian sale carero pa una productora chica?", ["faq:costs", "incentive:ecosystem_and_costs"]),
    ("zh", "來橫店拍戲，政府有冇紅包攞？", ["faq:incentives", SHORT_DRAMA]),
    ("zh", "我们在横店拍短剧，景区能发点红包不", ["faq:incentives", SHORT_DRAMA]),
    ("zh", "古装戏，编剧还没定是哪个朝代，先推荐几个景吧", "faq:which_set"),
])
def test_a_gap_word_that_asks_nothing_yields_to_the_faq(services: Services, lang, text, expect) -> None:
    talk(services, lang, [(text, expect)], fits=fits)


@pytest.mark.parametrize("lang,text", [
    ("zh", "这部剧的编剧是谁"),
    ("es", "¿cuánto cuesta rentar un set por día?"),
])
def test_asked_credits_and_prices_stay_gaps(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "gap:*")], fits=fits)


@pytest.mark.parametrize("lang,text,expect", [
    ("ko", "현지에서 제작팀에게 어떤 지원을 해 주나요?", "incentive:on_site_services"),
    ("en", "what services do you provide to film crews on site?", "incentive:on_site_services"),
    ("zh", "现场给剧组提供哪些服务？", "incentive:on_site_services"),
    ("es", "¿qué servicios les dan allá a los equipos de rodaje?", "incentive:on_site_services"),
    ("ko", "촬영 지원 요청은 어디서 신청해요?", "incentive:shoot_request_procedure#how_to_apply"),
    ("zh", "場景準入合作係咩？", "incentive:set_access_partnership"),
    ("ko", "세트 접근 파트너십이 뭐예요?", "incentive:set_access_partnership"),
])
def test_a_record_asked_in_other_words_is_the_record(services: Services, lang, text, expect) -> None:
    talk(services, lang, [(text, expect)])


def test_being_signed_up_stays_a_gap(services: Services) -> None:
    talk(services, "ko", [("그 행사 저 좀 신청해 주세요", "gap:*")], fits=fits)
