"""Kinds of mistake found in answers22 (a read set), each tried with wordings written for these tests:

1. how many people came to a past event, or how many an intake takes ("what was the turnout at
   the Latin film night?", "¿cuántos van a seleccionar?", "这次招多少人", "몇 명 뽑아요?"): numbers no
   record publishes, so the honest gap naming the event, not its date or its card;
2. a title's day on the streaming platforms, and a licence's price for "that one" ("when does X
   hit the streaming platforms?", "¿cuánto nos costaría la licencia de esa?"): unpublished, a
   gap, not the title's co-production status;
3. a period none of our sets covers asked as a shoot's setting ("any set for ancient Rome?",
   "¿tienen un decorado de la época maya?", "고대 로마 배경 세트 있어요?"): the which-set guide, which
   says what the sets cover, not an unknown set's gap nor the list of historical sets (a thing
   named, "一比一复刻的埃及金字塔", stays the gap);
4. the shows dubbed into Spanish and sold in Latin America, or reaching "la gente que habla
   castellano" in the south: the Spanish-language distribution FAQ, not the titles in Spanish nor
   the languages our people speak;
5. the catalog asked what it holds, named by its year ("what does your 2025 slate include?",
   "2025 카탈로그는 뭐요?"): its overview (or first page), not the FAQ of co-producing a title "from
   the 2025 catalog", which a deal or a procedure asked keeps;
6. local crew and gear hire asked for in words ("técnicos locales y alquiler de material", "找剧组人员
   租设备", "현지 인력이랑 장비"): the on-site services incentive (not a price gap nor whether foreign
   crews may film); which crews may use it ("哪类公司可以用"): its eligibility;
7. the film festival described ("that huge film celebration Hengdian holds", "横店那个电影盛典"):
   the festival (its dates when asked, whatever hotel or flight the partner books for it);
   "caras no chinas pa un papel" (faces, not "expensive"): the foreign actors FAQ; foreigners
   speaking English on set ("老外讲英文他们听得懂伐"): the languages FAQ, not foreign actors;
8. off topic: a joke asked of the bot ("say something funny to cheer me up", "讲个笑话逗我开心"), not
   the comedies; which camera to buy ("브이로그용 카메라 뭐 사면 돼요?"), not "what can you do".
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import fits, talk

NEXT = {"en": "what's the next event?", "es": "¿cuál es el próximo evento?", "zh": "下一个活动是什么",
        "ko": "다음 행사 뭐예요?"}


# -- 1. how many came to an event, how many an intake takes ------------------------------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "how many guests came to the signing ceremony?"),
    ("en", "what was the turnout at the Latin film night?"),
    ("es", "¿cuántas personas asistieron a la noche de cine latino?"),
    ("es", "¿cuánta gente vino a la ceremonia de firmas?"),
    ("zh", "签约仪式来了多少人"),
    ("zh", "拉丁电影之夜到场人数有多少"),
    ("ko", "협약식에 몇 명 왔어요?"),
    ("ko", "라틴 영화의 밤 관객 규모가 어땠어요?"),
])
def test_how_many_came_to_a_past_event_is_a_gap(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "gap:*")], fits)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "how many people will they recruit?"),
    ("es", "¿cuántos van a seleccionar?"),
    ("zh", "这次招多少人"),
    ("ko", "몇 명 뽑아요?"),
])
def test_how_many_an_intake_takes_is_a_gap(services: Services, lang: str, text: str) -> None:
    reply = talk(services, lang, [(NEXT[lang], "event:*"), (text, "gap:*")], fits)
    assert "<b>" in reply.text  # the event is named


# -- 2. a title's platform release day, a licence's price --------------------------------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "when does Mocap Jianghu hit the streaming platforms?"),
    ("en", "when can viewers stream Mocap Jianghu?"),
    ("es", "¿cuándo llega Guerreros digitales a las plataformas de streaming?"),
    ("zh", "动捕江湖哪天在流媒体平台上线"),
    ("ko", "모션캡처 강호 OTT에 언제 올라와요?"),
])
def test_a_titles_day_on_the_platforms_is_a_gap(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "gap:*")], fits)


@pytest.mark.parametrize(("lang", "turns"), [
    ("en", ["any comedies?", "the second one", "what would the licence for that one run us?"]),
    ("es", ["¿tienen comedias?", "la tercera", "¿cuánto nos costaría la licencia de esa para Chile?"]),
    ("zh", ["有喜剧吗", "第三部", "这部的版权授权要多少钱"]),
    ("ko", ["코미디 있어요?", "세 번째 거", "그거 라이선스 비용 얼마예요?"]),
])
def test_a_licence_price_of_that_one_is_a_gap(services: Services, lang: str, turns: list[str]) -> None:
    talk(services, lang, [(turns[0], "list:works?genre=comedy"), (turns[1], "work:*"), (turns[2], "gap:*")], fits)


# -- 3. a period no set covers -----------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "do you have a set for ancient Rome?"),
    ("en", "any set that could pass for ancient Egypt with pharaohs?"),
    ("es", "¿hay algún set que sirva para la antigua Roma?"),
    ("es", "¿tienen un decorado de la época maya?"),
    ("es", "buscamos algo del imperio inca, templos y todo eso, ¿algún set?"),
    ("en", "hiya, a small Irish prodco here: any set that could work for the Viking age?"),
    ("zh", "想拍阿兹特克文明的古装戏，有合适的景吗"),
    ("ko", "고대 로마 배경 세트 있어요?"),
    ("ko", "마야 문명 배경으로 찍을 만한 곳 있어요?"),
])
def test_a_period_no_set_covers_gets_the_which_set_guide(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "faq:which_set")])


@pytest.mark.parametrize(("lang", "text", "expect"), [
    ("zh", "你们有没有一比一复刻的埃及金字塔景区？", "gap:*"),
    ("en", "which set works for the Qing dynasty?", "list:locations?era=qing"),
    ("es", "¿qué sets tienen para la época republicana?", "list:locations?era=republican"),
])
def test_a_replica_or_a_period_we_cover_keeps_its_answer(services: Services, lang: str, text: str, expect: str) -> None:
    talk(services, lang, [(text, expect)], fits)


# -- 4. Spanish dubbing and distribution in Latin America --------------------------------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "can we have your series dubbed into Spanish and sold in Chile?"),
    ("en", "which Spanish titles could we sell in Mexico?"),
    ("es", "¿sus series se doblan al español para venderlas en México?"),
    ("es", "lo que ruedan allá, ¿llega al público que habla español en Centroamérica?"),
    ("zh", "你们的剧能配成西班牙语卖到墨西哥吗"),
    ("ko", "여기 작품들 스페인어로 바꿔서 칠레에 팔아도 돼요?"),
    ("ko", "작품을 스페인어로 더빙해서 페루에 파는 거 가능해요?"),
])
def test_spanish_dubbing_for_latin_america_is_the_distribution_faq(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "faq:spanish_distribution")])


@pytest.mark.parametrize(("lang", "text", "expect"), [
    ("es", "¿qué obras hay en español?", "list:works?language=es"),
    ("es", "¿qué idiomas habla su equipo?", "faq:languages"),
    ("en", "how do we get to Hengdian from Mexico?", "faq:how_to_reach_hengdian"),
])
def test_spanish_titles_and_our_languages_keep_their_answers(services: Services, lang: str, text: str, expect: str) -> None:
    talk(services, lang, [(text, expect)])


# -- 5. the catalog as a whole ---------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "what does your 2025 slate include?"),
    ("en", "what's the 2025 catalog?"),
    ("es", "¿qué incluye el catálogo 2025?"),
    ("zh", "2025片单都有啥"),
    ("zh", "你们2025年的片单是什么"),
    ("ko", "2025 카탈로그는 무엇입니까?"),
    ("ko", "2025 카탈로그에 어떤 작품들이 있어요?"),
])
def test_the_catalog_asked_what_it_holds_is_its_overview(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, ["catalog:about", "list:works"])])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "how do we license something from the 2025 catalog?"),
    ("es", "¿cómo licenciamos algo del catálogo 2025?"),
    ("zh", "片单里的剧怎么合拍"),
    ("ko", "2025 카탈로그 작품 판권 사려면 어떻게 해요?"),
])
def test_a_deal_asked_of_the_catalog_stays_its_faq(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "faq:coproduce_catalog_title")])


# -- 6. on-site services described ---------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "can you find us a local crew and rent us gear out there?"),
    ("es", "¿nos pueden conseguir técnicos locales y alquiler de equipos en Hengdian?"),
    ("es", "¿nos ayudan con personal local y alquiler de material de rodaje?"),
    ("zh", "你们能帮我们在横店找灯光师、租器材吗"),
    ("zh", "到了那边能不能帮忙招点人手，再租些设备"),
    ("ko", "헝뎬에서 현지 인력이랑 촬영 장비 좀 구해 주실 수 있나요?"),
])
def test_local_crew_and_gear_are_the_on_site_services(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "incentive:on_site_services")])


def test_local_crew_and_gear_after_another_incentive(services: Services) -> None:
    talk(services, "es", [("vamos a rodar un microdrama en Hengdian, ¿hay alguna ayuda?", ["faq:incentives", "incentive:*"]),
                          ("¿nos podrían conseguir personal local y alquilar material allá?", "incentive:on_site_services")],
         fits)


@pytest.mark.parametrize(("lang", "text"), [
    ("zh", "现场制作服务哪类公司可以用"),
    ("zh", "现场制作服务什么样的剧组能用"),
    ("en", "who can use the on-site production services?"),
])
def test_which_crews_may_use_the_on_site_services(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "incentive:on_site_services#eligibility")])


# -- 7. the festival described, foreign faces, English on set ---------------------------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "that huge film celebration Hengdian holds, when does it take place?"),
    ("en", "when is the film festival? we want to book hotels early"),
    ("es", "¿cuándo es el gran encuentro de cine de Hengdian el año que viene?"),
    ("zh", "横店那个电影盛典哪天开"),
    ("zh", "影视盛会什么时候办，想先订机票"),
    ("ko", "헝뎬 영화제 언제예요? 호텔 미리 잡으려고요"),
])
def test_the_festival_described_gives_its_dates(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, ["faq:film_festival", "event:hengdian_film_festival#date"])])


def test_a_hotel_price_during_the_festival_stays_a_gap(services: Services) -> None:
    talk(services, "en", [("how much is a hotel during the film festival?", "gap:*")], fits)


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "¿y caras no chinas pa un papel, se consiguen allá?"),
    ("es", "¿allá se consiguen rostros no chinos para un personaje?"),
    ("en", "if we need non-Chinese faces for a role, can we find them there?"),
])
def test_non_chinese_faces_are_the_foreign_actors_faq(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "faq:foreign_actors")])


@pytest.mark.parametrize(("lang", "text"), [
    ("zh", "老外讲英语的话现场听得懂吗"),
    ("en", "our foreign crew only speaks English, will the staff on set understand them?"),
    ("ko", "외국인 스태프들이 영어로 말하면 현장 사람들이 알아들어요?"),
])
def test_foreigners_speaking_english_on_set_is_the_languages_faq(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "faq:languages")])


# -- 8. off topic: a joke, a camera to buy ---------------------------------------------------------
OOS = ("out_of_scope", "fallback", "gap:*")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "say something funny to cheer me up"),
    ("en", "tell me a joke about accountants"),
    ("es", "dime un chiste de médicos pa alegrarme el día"),
    ("zh", "说点好笑的让我开心一下"),
    ("ko", "웃긴 얘기 하나 해 주세요"),
    ("ko", "렌즈는 뭘 사면 좋을까요?"),
    ("en", "which camera should I buy for vlogging?"),
    ("es", "¿qué cámara me compro para hacer vlogs?"),
])
def test_a_joke_or_a_camera_to_buy_is_off_topic(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, OOS)], fits)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "tell me about your comedies"),
    ("ko", "웃긴 작품 있어요?"),
    ("zh", "有搞笑的剧吗"),
])
def test_comedies_asked_for_stay_the_comedies(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "list:works?genre=comedy")])
