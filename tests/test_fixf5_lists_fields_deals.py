"""Kinds of lists, ordinals, the asked field and catalog deals (fixF5):

- "dramas set in modern cities" is a story's setting, not a set: the urban titles, and an ordinal
  after them picks a title;
- a word for studio sets beside another kind of scene ("platós con palacios") filters nothing
  more, so the palace list keeps its order for "the third one"; a Korean street asked of the
  sets is the street scenes;
- "también" after a verb keeps one question;
- a version's language is no country filter, and titles asked by it with an event in focus are
  the catalogue's; the companies' list asked by name is the partners';
- "send me the full list" after the question naming it is the same question;
- the field asked of a title in other words (status, logline, episodes and minutes in Korean),
  a title pointed at by its story, and the way into a deal on a catalog title.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import lexicon
from tests.dialogue import ask, fits, talk

COPRO = "faq:coproduce_catalog_title"


@pytest.mark.parametrize(("lang", "turns"), [
    ("en", [("any of your series set in big modern cities? urban stuff", "list:works?genre=urban"),
            ("the second one, how many episodes?", "work:*#episodes")]),
    ("es", [("¿qué series suyas son urbanas, ambientadas en ciudades de hoy?", "list:works?genre=urban")]),
    ("zh", [("你们哪些剧是都市题材、发生在现代城市的？", "list:works?genre=urban")]),
    ("ko", [("현대 도시가 배경인 어반 드라마 어떤 거 있어요?", "list:works?genre=urban")]),
])
def test_a_story_set_in_cities_lists_titles(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns, fits=fits)


def test_set_the_noun_still_names_a_set(services: Services) -> None:
    assert ask(services, "en", "is there a set in Hengdian that looks like a modern city?").answer.startswith(
        "list:locations")


@pytest.mark.parametrize(("lang", "turns"), [
    ("es", [("¿qué platós tienen con salones del trono?", "list:locations?scene=palace"),
            ("¿y el tercero, de qué época es?", "location:huaxia_culture_park#era")]),
    ("ko", [("길거리 나오는 세트 있나요?", "list:locations?scene=street"),
            ("세 번째 세트는 어떤 장면 찍어요?", "location:dream_valley#scene_types"),
            ("첫 번째 곳 주소 좀요", "location:guangzhou_hongkong_street#address")]),
    ("es", [("¿Qué sets tienen calles?", "list:locations?scene=street"),
            ("¿me das también la dirección del cuarto?", "location:ming_qing_folk_houses#address")]),
])
def test_ordinals_count_the_list_shown(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns, fits=fits)


def test_korean_distance_is_no_street(services: Services) -> None:
    assert not ask(services, "ko", "세트장까지 거리가 얼마나 돼요?").answer.startswith("list:locations?scene=street")


def test_tambien_after_a_verb_keeps_one_question() -> None:
    assert len(lexicon.split_parts("¿Nos mandas también el horario del segundo?")) == 1
    assert len(lexicon.split_parts("¿Cuándo es el festival? También quiero saber dónde es")) == 2


@pytest.mark.parametrize(("lang", "turns"), [
    ("ko", [("그 비즈니스 매칭은 언제예요?", "event:korea_matchmaking_2027#date"),
            ("한국어 버전 있는 드라마는 뭐가 있어요?", "list:works?language=ko")]),
    ("en", [("and Reel-K, what kind of company is it?", "partner:reel_k*"),
            ("which shows have a Korean dub?", "list:works?language=ko")]),
    ("es", [("¿cuándo es la noche de cine latino?", "event:latin_film_night#date"),
            ("¿qué obras tienen versión en español?", "list:works?language=es")]),
])
def test_titles_by_language_with_something_else_in_focus(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns, fits=fits)


@pytest.mark.parametrize(("lang", "text"), [
    ("ko", "파트너사 리스트 보내줄 수 있어요?"),
    ("en", "can I get the list of your partner companies?"),
    ("es", "¿me pasan la lista de empresas socias?"),
    ("zh", "合作公司名单发我一下"),
])
def test_companies_list_is_the_partners(services: Services, lang: str, text: str) -> None:
    assert ask(services, lang, text).answer.startswith("list:partners")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "which backlots you got? just send me the whole list"),
    ("es", "¿Qué escenarios tienen en Hengdian? Mándame la lista completa"),
    ("zh", "你们横店有哪些景？发个完整清单"),
    ("ko", "세트장 몇 개나 있어요? 전체 목록 보내 주세요"),
])
def test_full_list_after_its_question(services: Services, lang: str, text: str) -> None:
    assert ask(services, lang, text).answer.startswith("list:locations")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "what can we film on the Opium War set?"),
    ("es", "háblame del set de La guerra del opio"),
    ("zh", "拍《鸦片战争》的那条街是什么景？"),
    ("ko", "아편전쟁 찍었던 거리 세트 소개해 주세요"),
])
def test_opium_war_names_its_set(services: Services, lang: str, text: str) -> None:
    assert ask(services, lang, text).answer.startswith("location:guangzhou_hongkong_street")


@pytest.mark.parametrize(("lang", "text", "expect"), [
    ("en", "Tour Guide 2077: is it still in development or already finished?", "work:work_tour_guide_2077#coproduction"),
    ("en", "cheers in advance, could you tell me briefly what Grandma 2.0 is about", "work:work_grandma_2_0#logline"),
    ("ko", "투어 가이드 2077 에피 몇 개예요?", "work:work_tour_guide_2077#episodes"),
    ("ko", "진나라의 일식 러닝타임은 편당 얼마 정도?", "work:work_eclipse_over_qin#episode_minutes"),
    ("ko", "검과 꽃 내용 간단히 설명해 주세요", "work:work_blade_and_blossom#logline"),
])
def test_field_asked_in_other_words(services: Services, lang: str, text: str, expect: str) -> None:
    assert ask(services, lang, text).answer == expect


@pytest.mark.parametrize(("lang", "turns"), [
    ("en", [("got any family shows?", "list:works?genre=family"),
            ("the third one, is it still free to license or is it taken?", "work:*#coproduction")]),
    ("ko", [("사극 목록 보여 주세요", "list:works?genre=historical"),
            ("두 번째 거는 한 회가 몇 분이오?", "work:*#episode_minutes")]),
])
def test_field_asked_after_an_ordinal(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns, fits=fits)


@pytest.mark.parametrize(("lang", "text", "expect"), [
    ("ko", "할머니가 로봇이랑 극단 살리는 그 드라마 제목이 뭐였지?", "work:work_grandma_2_0"),
    ("es", "esa donde una abuela reprograma un robot, ¿en qué idiomas está?", "work:work_grandma_2_0#languages"),
    ("zh", "阿根廷侍酒师继承茶馆的那部有几集？", "work:work_half_a_teahouse#episodes"),
])
def test_title_pointed_at_by_its_story(services: Services, lang: str, text: str, expect: str) -> None:
    assert ask(services, lang, text).answer == expect


def test_a_genre_is_no_story(services: Services) -> None:
    assert ask(services, "es", "la de romance, ¿cuántos capítulos tiene?").answer.startswith("list:works")


@pytest.mark.parametrize(("lang", "text"), [
    ("zh", "片单里哪部要是想引进，流程是怎样的？"),
    ("ko", "카탈로그에 있는 드라마 판권 사려면 절차가 어떻게 돼요?"),
    ("es", "¿cómo es el trámite para licenciar alguna obra del catálogo?"),
    ("en", "what's the process if we want to co-produce one of your catalog titles?"),
])
def test_way_into_a_catalog_deal(services: Services, lang: str, text: str) -> None:
    assert ask(services, lang, text).answer == COPRO


def test_deal_terms_stay_a_gap(services: Services) -> None:
    assert ask(services, "en", "how much is the licence fee for a catalog title?").answer.startswith("gap:")


@pytest.mark.parametrize(("lang", "text", "expect"), [
    ("en", "drop us an email when new events are announced", "subscribe:events"),
    ("en", "pls send me a message whenever the catalog gets new titles", "subscribe:catalog_releases"),
])
def test_message_whenever_is_a_subscription(services: Services, lang: str, text: str, expect: str) -> None:
    assert ask(services, lang, text).answer == expect


@pytest.mark.parametrize(("lang", "turns"), [
    ("ko", [("로맨스 작품 보여 주세요", "list:works?genre=romance"),
            ("두 번째 거 줄거리요", "work:*#logline"),
            ("그 작품 몇 부작이에요?", "work:*#episodes")]),
    ("zh", [("有喜剧吗", "list:works?genre=comedy"),
            ("第二部讲什么", "work:*#logline"),
            ("那部有几集", "work:*#episodes")]),
])
def test_that_title_is_the_one_in_focus_not_a_story(services: Services, lang: str, turns) -> None:
    reply = talk(services, lang, turns, fits=fits)
    assert reply.answer.startswith("work:")


def test_a_setting_is_no_story(services: Services) -> None:
    assert ask(services, "es", "poné mi hora a la de Argentina, porfa").answer.startswith("pref:")
