"""Kinds of fixA4: a FAQ question in a partner's own wording reaches the FAQ.

- the way there asked by the trip's end ("where do we land?", "¿a qué aeropuerto volamos?",
  "飞到哪个机场", "어느 공항으로"): ours though no place of ours is named (`router.DESTINATION_ASKED`),
  while a trip between two other places stays off topic;
- a run-on message whose later part reached the FAQ the whole asks: the memory before the message
  decides "the same FAQ again", not the one its own parts left (`Router.multi`, `whole_faq`);
- "on set" is while shooting, no set asked for (`router.ON_SET`): the crew's languages FAQ;
- a word read as an unpublished detail asked of nothing gives way to a FAQ the ranker is sure of
  and the meaning agrees with (`_sure_faq_over_gap`); a detail of nothing stays the gap.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.context import Services
from core.text import fold
from intents.router import DESTINATION_ASKED, ON_SET
from tests.dialogue import noon_services, talk

TRAVEL = "faq:how_to_reach_hengdian"


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    yield from noon_services(tmp_path_factory, "fixa4")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "leaving from Nairobi next spring, which airport should we fly into and then how far is the drive?"),
    ("es", "salimos desde Lima, ¿a qué aeropuerto nos conviene volar y después cómo seguimos?"),
    ("zh", "从迪拜出发的话，飞到哪个机场最方便，然后怎么过去？"),
    ("ko", "방콕 출발인데 어느 공항으로 들어가야 제일 가까워요?"),
])
def test_destination_asked_is_the_way_here(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, TRAVEL)])


def test_destination_words() -> None:
    assert DESTINATION_ASKED.search(fold("where do we land after Dubai?"))
    assert not DESTINATION_ASKED.search(fold("how long is the flight from Seoul to Jeju?"))


@pytest.mark.parametrize(("lang", "text"), [
    ("ko", "서울에서 제주까지 비행기로 얼마나 걸려요?"),
])
def test_a_trip_between_other_places_stays_off_topic(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, ["out_of_scope", "fallback", "gap:*"])])


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "ey, ¿y pa llegar allá cómo hacemos? aterrizamos en Shanghái y de ahí qué, ¿tren o carro?"),
    ("en", "ok so how do we even get there? we fly into Shanghai and then what, train or car?"),
])
def test_later_part_reaching_the_whole_faq(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, TRAVEL)])


def test_on_set_is_no_set() -> None:
    assert ON_SET.search(fold("will they cope on set?"))
    assert not ON_SET.search(fold("a castle set"))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "our DP and sound guys only speak Portuguese, will they cope on set or do we need a full-time interpreter?"),
])
def test_crew_language_on_set(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "faq:languages")])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "what year was it released?"),
    ("zh", "有照片吗？"),
])
def test_detail_of_nothing_stays_the_gap(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, ["gap:*", "fallback"])])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "a buddy of mine runs a distribution outfit in Buenos Aires, could a short drama shot at your place end up on TV there?"),
    ("es", "mi socio vende series en Bogotá y Caracas, ¿lo que se graba en Hengdian podría venderse por allá?"),
    ("zh", "阿根廷那边的人爱看这种竖屏剧吗？我们想往那边发"),
    ("zh", "我们想把在横店拍的短剧卖到西班牙和智利，有没有路子？"),
    ("ko", "멕시코 사람들도 이런 드라마 좋아할까요? 그쪽에 팔고 싶어서요"),
])
def test_shows_sold_into_spanish_speaking_markets(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, ["faq:spanish_distribution", "partner:dalynn_studio"])])


@pytest.mark.parametrize(("lang", "text", "expect"), [
    ("en", "do you have any partners in Brazil?", "list:partners?country=BR"),
    ("en", "is Siesta Not Included dubbed for Mexico?", "work:work_siesta_not_included#languages"),
])
def test_a_country_alone_is_no_market_asked(services: Services, lang: str, text: str, expect: str) -> None:
    talk(services, lang, [(text, expect)])


SHORT_DRAMA_SUPPORT = ["faq:incentives", "incentive:short_drama_cost_reduction"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "we make vertical dramas for phones, does the studio give any perks or subsidies if we shoot there?"),
    ("es", "hacemos microdramas verticales; ¿hay algún apoyo o descuento si rodamos en Hengdian?"),
    ("zh", "我们是拍微短剧的，去横店有没有什么补贴或者优惠？"),
    ("ko", "저희는 세로형 숏드라마 제작사인데 헝뎬에서 촬영하면 지원이나 할인 혜택 있나요?"),
])
def test_support_for_a_short_drama(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, SHORT_DRAMA_SUPPORT)])


@pytest.mark.parametrize(("lang", "text", "expect"), [
    ("en", "how much is the short drama subsidy?", "gap:*"),
    ("zh", "短剧补贴能减免多少比例", "gap:*"),
    ("en", "list all the incentives for short dramas", "list:incentives"),
])
def test_an_amount_or_a_list_of_support_stays(services: Services, lang: str, text: str, expect: str) -> None:
    talk(services, lang, [(text, expect)])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "which lingo do folks use on the sets? my grips only know English"),
    ("zh", "你听得懂葡萄牙语吗？还是只能用中文或者英文？"),
])
def test_working_language_in_other_words(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "faq:languages")])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "which documents do we need to join the alliance?"),
    ("es", "¿qué documentos pide la alianza para aceptar a una distribuidora chilena?"),
    ("zh", "我们是成都的一家短剧公司，想入会，需要准备哪些材料？"),
    ("ko", "저희 부산 배급사도 회원사로 등록하려면 뭐가 필요해요?"),
])
def test_joining_paperwork(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "faq:join_alliance")])


@pytest.mark.parametrize(("lang", "text", "expect"), [
    ("zh", "有哪些合作伙伴？", "list:partners"),
    ("en", "which partners are from Korea?", "list:partners?country=KR"),
    ("ko", "회원사 목록 보여 주세요", "list:partners"),
])
def test_the_members_asked_stay_their_list(services: Services, lang: str, text: str, expect: str) -> None:
    talk(services, lang, [(text, expect)])


FILMING = "faq:can_foreign_crews_film"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "we have no Chinese partner at all, would they let our own people shoot there directly?"),
    ("es", "un grupo de argentinos con cámaras, ¿nos dejan filmar en Hengdian así nomás?"),
    ("es", "¿otras productoras extranjeras han filmado en Hengdian antes?"),
    ("zh", "我们剧组里有两个老外摄影师，去横店拍戏有没有限制？"),
    ("ko", "저희 팀 절반이 외국인인데 헝뎬에서 바로 촬영해도 되나요?"),
    ("ko", "해외 제작사가 헝뎬 가서 자체적으로 찍는 게 가능한가요? 현지 파트너 없이요"),
])
def test_crews_from_abroad_filming(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, FILMING)])


@pytest.mark.parametrize(("lang", "text", "expect"), [
    ("zh", "横店那边能找到老外演员吗？", "faq:foreign_actors"),
    ("es", "sets de la época han para una serie histórica", "list:locations?era=han"),
    ("ko", "해외 프로덕션이 헝뎬에서 촬영하면 비용 면에서 어떤가요? 예산이 빠듯해서요", ["faq:costs", "incentive:ecosystem_and_costs"]),
])
def test_cast_era_and_costs_stay(services: Services, lang: str, text: str, expect) -> None:
    talk(services, lang, [(text, expect)])


@pytest.mark.parametrize(("lang", "text", "expect"), [
    ("en", "tell me about the vertical short drama incentive", "incentive:short_drama_cost_reduction"),
    ("es", "somos una distribuidora de Buenos Aires, que tenemos que hacer para sumarnos a la alianza?", "faq:join_alliance"),
])
def test_named_incentive_and_a_distributor_joining(services: Services, lang: str, text: str, expect: str) -> None:
    talk(services, lang, [(text, expect)])


@pytest.mark.parametrize(("lang", "text", "expect"), [
    ("es", "oye, ¿en qué aeropuerto me conviene aterrizar pa quedar cerca de los estudios, y cuánto queda en carro?", TRAVEL),
    ("en", "where do we land in Tokyo for the Olympics?", ["out_of_scope", "fallback", "gap:*"]),
])
def test_trip_end_with_its_start_or_our_lots(services: Services, lang: str, text: str, expect) -> None:
    talk(services, lang, [(text, expect)])
