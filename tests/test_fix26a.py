"""Records and their facts (issue 7), each kind in the four languages:

- one thing asked for in the singular ("who is your partner in Korea?", "¿quién es su socio en
  Corea?", "韩国那边的合作伙伴是谁", "한국 파트너는 어디예요?") whose filtered list holds one record:
  that record's card, not a list of one; several asked for ("which partners are there…") keep the list;
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import fits, talk


# -- one asked for, one listed ----------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "who's the partner you have over in Korea?"), ("en", "which company do you work with in Korea"),
    ("es", "¿quién es el socio que tienen en Corea?"), ("es", "¿y en Corea con qué empresa trabajan?"),
    ("zh", "韩国是哪家公司跟你们合作"), ("zh", "在韩国的合作方是谁"),
    ("ko", "한국 협력사는 누구죠?"), ("ko", "한국에 있는 파트너는 어디예요?"),
])
def test_one_asked_for_and_one_listed_is_its_card(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "partner:reel_k")], fits)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "what partners do you have in Korea"), ("es", "¿cuáles son sus socios en Corea?"),
    ("zh", "韩国有哪些合作伙伴"), ("ko", "한국 협력사들 알려주세요"),
])
def test_several_asked_for_keep_the_list(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "list:partners?country=KR")], fits)


# -- a fact asked by describing its field ---------------------------------------------------------
@pytest.mark.parametrize(("lang", "text", "expect"), [
    ("en", "Dream Valley, what sorts of spaces are there? forests, rivers?", "location:dream_valley#scene_types"),
    ("en", "the international street sets, what types of settings are in them?", "location:international_sets#scene_types"),
    ("es", "¿qué tipo de espacios tiene el Palacio Qin?", "location:qin_palace#scene_types"),
    ("es", "los sets internacionales, ¿qué clase de ambientes tienen? ¿calles?", "location:international_sets#scene_types"),
    ("zh", "圆明新园都有些什么景", "location:yuanming_new_garden#scene_types"),
    ("zh", "国际化实景有哪些景 街景还是内景", "location:international_sets#scene_types"),
    ("ko", "명청궁에는 어떤 공간이 있나요?", "location:ming_qing_palace#scene_types"),
    ("ko", "해외 세트에 어떤 배경들 있어요? 거리?", "location:international_sets#scene_types"),
])
def test_the_kinds_of_place_a_set_holds_are_its_scene_types(services: Services, lang: str, text: str, expect: str) -> None:
    talk(services, lang, [(text, expect)], fits)


@pytest.mark.parametrize(("lang", "text", "expect"), [
    ("en", "Which distributors are entitled to use the set-access partnership?", "incentive:set_access_partnership#eligibility"),
    ("es", "¿qué empresas pueden acceder a la alianza de acceso a sets?", "incentive:set_access_partnership#eligibility"),
    ("zh", "哪类合作方可以享受横店场景资源合作", "incentive:set_access_partnership#eligibility"),
    ("ko", "촬영 지원 요청은 무슨 방법으로 진행해요?", "incentive:shoot_request_procedure#how_to_apply"),
    ("zh", "拍摄支持要走什么程序", "incentive:shoot_request_procedure#how_to_apply"),
    ("en", "A Face in Clay: can we sign for it yet?", "work:work_face_in_clay#coproduction"),
    ("es", "¿Un rostro de barro está disponible para firmar?", "work:work_face_in_clay#coproduction"),
    ("zh", "《陶俑里的她》现在能签吗", "work:work_face_in_clay#coproduction"),
    ("ko", "「흙으로 빚은 얼굴」 계약 가능해요?", "work:work_face_in_clay#coproduction"),
])
def test_a_fact_asked_by_describing_it(services: Services, lang: str, text: str, expect: str) -> None:
    talk(services, lang, [(text, expect)], fits)


@pytest.mark.parametrize(("lang", "first", "then"), [
    ("zh", "我们要去横店拍竖屏短剧 当地有补贴不", "啥人能申请"),
    ("es", "¿hay descuentos para rodar microdramas verticales en Hengdian?", "¿quiénes tienen derecho?"),
])
def test_who_may_use_the_incentive_in_focus(services: Services, lang: str, first: str, then: str) -> None:
    talk(services, lang, [(first, "*"), (then, "incentive:short_drama_cost_reduction#eligibility")], fits)


# -- a number or date the record does not publish -------------------------------------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Global Talent Programme: is there a stipend, how much per month?"),
    ("es", "El Programa Global de Talento, ¿cuánto pagan al mes?"),
    ("zh", "全球人才计划每个月能领多少生活费"),
    ("ko", "글로벌 인재 프로그램은 생활비 한 달에 얼마 나와요?"),
    ("en", "how many people came to the May 2025 cross-cultural exchange?"),
    ("ko", "2025년 크로스컬처 교류회에는 몇 명이 왔나요?"),
    ("en", "What day does Tour Guide 2077 land on the streaming apps? I need the exact date."),
    ("es", "¿Cuándo sale Guía turística 2077 en plataformas? Necesito la fecha exacta."),
    ("zh", "2077时光导游哪天在平台上线？给个具体日子。"),
    ("ko", "2077 시간 가이드 OTT에 언제 올라와요? 정확한 날짜 알려 주세요."),
])
def test_a_number_or_date_not_published_is_an_honest_gap(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "gap:*")], fits)


# -- the catalog introduced as a whole, its year said ---------------------------------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Could you give me an overview of the 2025 cooperation catalogue?"),
    ("es", "¿Me presentas el catálogo 2025 de cooperación?"),
    ("zh", "简单介绍下你们2025年的片单"), ("zh", "請介紹一下貴聯盟2025年的片單"),
    ("ko", "2025년 카탈로그 소개 좀 해 주세요"),
])
def test_the_catalog_introduced_is_its_overview(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, ["catalog:about", "list:works"])], fits)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "how can we license a title from the 2025 catalog?"), ("zh", "怎样合拍2025年片单中的作品"),
])
def test_how_to_deal_on_a_catalog_title_stays_the_faq(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "faq:coproduce_catalog_title")], fits)


# -- another event described while one is in focus ------------------------------------------------
@pytest.mark.parametrize(("lang", "first", "then", "expect"), [
    ("en", "When is the LatAm Pitch Day?", "and that big October festival of yours, what dates?", "event:hengdian_film_festival#date"),
    ("es", "¿Cuándo es la jornada de pitch latinoamericano?", "¿y el festival de cine, cuándo cae?", "event:hengdian_film_festival#date"),
    ("zh", "拉美推介会什么时候", "还有每年十月那个影视节 明年是哪几天", "event:hengdian_film_festival#date"),
    ("ko", "피칭 데이 언제예요?", "그리고 가을에 하는 영화제는 날짜가 언제예요?", "event:hengdian_film_festival#date"),
    ("en", "When is the Korea matchmaking?", "and the casting day, where is it?", "event:international_sets_casting_day_2027#venue"),
    ("zh", "中韩对接会在哪里", "那选角日呢 几号", "event:international_sets_casting_day_2027#date"),
])
def test_another_event_described_wins_over_the_focus(services: Services, lang: str, first: str, then: str, expect: str) -> None:
    talk(services, lang, [(first, "event:*"), (then, expect)], fits)


@pytest.mark.parametrize(("lang", "first", "then"), [
    ("en", "When is the LatAm Pitch Day?", "what day of the week is it?"),
    ("zh", "拉美推介会什么时候", "那天是星期几"),
])
def test_the_event_in_focus_stays_when_no_other_is_described(services: Services, lang: str, first: str, then: str) -> None:
    talk(services, lang, [(first, "event:latam_pitch_day_2027*"), (then, "event:latam_pitch_day_2027*")], fits)


@pytest.mark.parametrize(("lang", "text", "expect"), [
    ("zh", "跟ZASME一起举办的那个活动在哪里", "event:signing_ceremony_2025#venue"),
    ("en", "where was the event you held together with ZASME?", "event:signing_ceremony_2025#venue"),
    ("ko", "ZASME와 함께 한 행사는 어디서 했어요?", "event:signing_ceremony_2025#venue"),
    ("zh", "跟Reel-K一起办的对接会在哪", "event:korea_matchmaking_2027#venue"),
])
def test_the_event_held_with_a_partner(services: Services, lang: str, text: str, expect: str) -> None:
    talk(services, lang, [(text, expect)], fits)


@pytest.mark.parametrize(("lang", "then"), [("es", "¿y el siguiente?"), ("es", "¿y la siguiente edición?"), ("zh", "下一届呢")])
def test_the_next_one_after_a_past_edition_is_its_next_edition(services: Services, lang: str, then: str) -> None:
    first = {"es": "¿qué es la Noche de Cine Latino?", "zh": "拉丁电影之夜是什么"}[lang]
    talk(services, lang, [(first, "event:latin_film_night*"), (then, "event:latin_film_night_2027*")], fits)


# -- lists and their ordinals in other words ------------------------------------------------------
@pytest.mark.parametrize(("lang", "text", "expect"), [
    ("zh", "有没有合家欢那种剧", "list:works?genre=family"), ("zh", "想找老少皆宜的片子", "list:works?genre=family"),
    ("ko", "온 가족이 볼 만한 작품 있어요?", "list:works?genre=family"),
    ("en", "anything family-friendly in the catalogue?", "list:works?genre=family"),
    ("ko", "강가에서 찍을 수 있는 세트 있나요?", "list:locations?scene=riverside"),
    ("zh", "有没有江边能拍的景", "list:locations?scene=riverside"),
    ("es", "¿hay sets a la orilla del río?", "list:locations?scene=riverside"),
])
def test_a_kind_said_in_everyday_words_filters_the_list(services: Services, lang: str, text: str, expect: str) -> None:
    talk(services, lang, [(text, expect)], fits)


@pytest.mark.parametrize(("lang", "first", "then", "expect"), [
    ("zh", "有没有合家欢那种剧", "第二部讲的啥子", "work:*#logline"),
    ("zh", "有没有合家欢那种剧", "第一部讲么事", "work:*#logline"),
    ("ko", "가족 드라마 있어요?", "두번째꺼 무슨내용이에요", "work:*#logline"),
    ("ko", "강가에서 찍을 수 있는 세트 있나요?", "첫 번째는 어느 시대예요?", "location:*#era"),
    ("ko", "궁궐 있는 세트가 어디어디예요?", "Our producer only reads English: the first one, which eras?", "location:*#era"),
    ("en", "what sets have palaces?", "Our director only speaks Spanish: the first one, what eras?", "location:*#era"),
])
def test_an_ordinal_after_a_list_asks_its_fact(services: Services, lang: str, first: str, then: str, expect: str) -> None:
    talk(services, lang, [(first, "list:*"), (then, expect)], fits)


@pytest.mark.parametrize(("lang", "first", "then"), [
    ("ko", "강가에서 찍을 수 있는 세트 있나요?", "강가 말고 LED 벽 앞에서 찍는 건 돼요?"),
    ("zh", "有没有江边能拍的景", "算了不拍江边了 LED屏前面拍可以吗"),
    ("en", "any riverside sets?", "forget the river, do you have an LED wall?"),
    ("es", "¿hay sets a la orilla del río?", "mejor olvidemos el río, ¿tienen pantalla LED?"),
])
def test_an_led_wall_after_a_scene_list_is_the_virtual_stage(services: Services, lang: str, first: str, then: str) -> None:
    talk(services, lang, [(first, "list:locations*"), (then, ["faq:virtual_production", "location:virtual_production"])], fits)


def test_a_foreign_partners_crew_after_an_incentive_is_the_filming_faq(services: Services) -> None:
    talk(services, "zh", [("我们要去横店拍竖屏短剧 当地有补贴不", "*"), ("啥人能申请", "incentive:short_drama_cost_reduction#eligibility"),
                          ("我们的合作方是海外的 他们的人能进场拍摄吗", "faq:can_foreign_crews_film")], fits)


@pytest.mark.parametrize(("lang", "text", "expect"), [
    ("en", "who's in the alliance from Korea?", "list:partners?country=KR"),
    ("en", "An overview of the 2025 catalogue please: how many titles, what genres?", "list:works*"),
])
def test_members_asked_and_the_catalog_counted_keep_their_lists(services: Services, lang: str, text: str, expect: str) -> None:
    talk(services, lang, [(text, expect)], fits)
