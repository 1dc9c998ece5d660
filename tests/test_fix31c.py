"""Answer the question asked (issue 7), kinds found by blind set answers31, in the four languages:

- sets asked for by a kind of scene in everyday words ("河流和小桥", "水边", "带庙的景", "물가
  장면", "a creek", "junto al agua", "西洋建筑"): the sets with that scene, not out of scope;
- a set's periods asked as how far they reach ("시대 어디까지 돼요?", "年代能覆盖到哪里", "¿la
  época hasta dónde llega?") or as history ("适合拍哪段历史", "哪些历史时期"): its era, not its
  address or a title of the catalog's historical genre;
- the other scenes a set has besides the one the list was of, or what it is made of ("궁 말고
  다른 신", "还有别的场景吗", "what else is there besides the palace?", "¿qué otros espacios
  tiene?", "어떤 공간들로 구성돼요?"): its scene types;
- after a list of sets, an ordinal alone ("두 번째는요?", "那第一个呢") keeps the fact just asked.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import fits, talk

RIVERSIDE = "list:locations?scene=riverside"
PALACE = "list:locations?scene=palace"


# -- sets by scene, in everyday words -------------------------------------------------------------
@pytest.mark.parametrize(("lang", "text", "scene"), [
    ("zh", "要拍一场河流边的追逐戏，哪些景有小桥？", "riverside"),
    ("zh", "有没有带桥的景", "riverside"),
    ("zh", "哪些景区有小溪和石桥", "riverside"),
    ("zh", "有水边的外景吗", "riverside"),
    ("zh", "有没有带庙的景", "temple"),
    ("zh", "哪些景有亭台楼阁", "garden"),
    ("zh", "有没有西洋建筑的景", "western_street"),
    ("ko", "물가 장면 찍을 세트 있어요?", "riverside"),
    ("ko", "운하 있는 세트 있나요", "riverside"),
    ("ko", "절 나오는 세트 있어요?", "temple"),
    ("en", "we need a creek and a couple of footbridges, what do you have", "riverside"),
    ("en", "sets by the water?", "riverside"),
    ("en", "sets with city walls?", "city_wall"),
    ("es", "necesito un arroyo y puentecitos, ¿qué hay?", "riverside"),
    ("es", "¿dónde se pueden grabar escenas junto al agua?", "riverside"),
])
def test_sets_asked_by_a_scene_in_everyday_words_list_that_scene(services: Services, lang: str, text: str,
                                                                 scene: str) -> None:
    talk(services, lang, [(text, f"list:locations?scene={scene}")], fits)


def test_a_bridge_in_a_plot_and_streaming_are_no_riverside(services: Services) -> None:
    reply = talk(services, "en", [("can we stream your titles online?", "*")], fits)
    assert reply.answer != RIVERSIDE
    reply = talk(services, "zh", [("这部剧的桥段有哪些", "*")], fits)
    assert reply.answer != RIVERSIDE


# -- a set's periods, asked as a range or as history ----------------------------------------------
@pytest.mark.parametrize(("lang", "listed", "first", "second"), [
    ("ko", "궁궐 세트 어디 있어요", ("세 번째 거 시대는 어디까지 커버돼요?", "location:huaxia_culture_park#eras"),
     ("두 번째는요?", "location:ming_qing_palace#eras")),
    ("ko", "궁궐 세트 어디 있어요", ("첫 번째는 시대 배경이 어디부터 어디까지예요?", "location:qin_palace#eras"),
     ("세 번째는요?", "location:huaxia_culture_park#eras")),
    ("zh", "有宫殿的景有哪些", ("第三个景年代能覆盖到哪里", "location:huaxia_culture_park#eras"),
     ("第二个呢", "location:ming_qing_palace#eras")),
    ("zh", "有宫殿的景有哪些", ("第二个适合拍哪段历史", "location:ming_qing_palace#eras"),
     ("那第一个呢", "location:qin_palace#eras")),
    ("zh", "有河边的景吗", ("第一个景区适合哪几个历史时期", "location:qingming_riverside#eras"),
     ("第三个呢", "location:yuanming_new_garden#eras")),
    ("es", "¿qué sets tienen palacio?", ("el segundo, ¿la época hasta dónde llega?", "location:ming_qing_palace#eras"),
     ("¿y el primero?", "location:qin_palace#eras")),
    ("en", "which of your sets have a palace?",
     ("the third one, how far back in history does it go?", "location:huaxia_culture_park#eras"),
     ("which centuries does the second cover?", "location:ming_qing_palace#eras")),
])
def test_a_sets_periods_asked_as_a_range_or_as_history_are_its_era(
        services: Services, lang: str, listed: str, first: tuple[str, str], second: tuple[str, str]) -> None:
    talk(services, lang, [(listed, PALACE if "宫" in listed or "궁" in listed or "palac" in listed else RIVERSIDE),
                          first, second], fits)


def test_a_period_range_is_no_address_but_where_is_still_the_address(services: Services) -> None:
    talk(services, "ko", [("강이랑 다리 나오는 세트 어디 있어요?", RIVERSIDE),
                          ("두 번째 세트는 시대가 언제까지 돼요?", "location:dream_valley#eras"),
                          ("세 번째 세트는 어디 있어요?", "location:yuanming_new_garden#address"),
                          ("첫 번째는요?", "location:qingming_riverside#address")], fits)


# -- the other scenes of a set ---------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "text", "record"), [
    ("ko", "첫 번째 세트는 궁궐 말고 다른 장면도 찍을 수 있어요?", "qin_palace"),
    ("ko", "두 번째 세트에 다른 씬은 뭐 있어요?", "ming_qing_palace"),
    ("ko", "첫 번째 세트는 어떤 공간들로 구성돼 있어요?", "qin_palace"),
    ("zh", "第三个景里还有别的场景吗", "huaxia_culture_park"),
    ("zh", "第一个景区由哪些部分组成", "qin_palace"),
    ("en", "the first one, what else is there besides the palace?", "qin_palace"),
    ("en", "does the third have other scenes too?", "huaxia_culture_park"),
    ("es", "¿el segundo qué otros espacios tiene?", "ming_qing_palace"),
    ("es", "el primero, ¿qué más tiene además del palacio?", "qin_palace"),
])
def test_other_scenes_of_a_listed_set_are_its_scene_types(services: Services, lang: str, text: str,
                                                         record: str) -> None:
    listed = {"ko": "궁궐 세트 어디 있어요", "zh": "有宫殿的景有哪些", "en": "which sets have a palace?",
              "es": "¿qué sets tienen palacio?"}[lang]
    talk(services, lang, [(listed, PALACE), (text, f"location:{record}#scene_types")], fits)


@pytest.mark.parametrize(("lang", "text"), [
    ("ko", "명청궁원 안에 어떤 곳들이 있어요?"),
    ("ko", "명청궁원은 어떤 공간들로 구성돼요?"),
    ("zh", "明清宫苑除了宫殿还有别的景吗"),
])
def test_what_a_named_set_holds_is_its_scene_types(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "location:ming_qing_palace#scene_types")], fits)


@pytest.mark.parametrize(("text", "asked"), [
    ("세 번째 세트 시대 어디까지 돼요?", ["era"]),
    ("第三个景年代能覆盖到哪里", ["era"]),
    ("el segundo, ¿la época hasta dónde llega?", ["era"]),
    ("신청 시기는 언제까지예요?", ["date", "era"]),  # until when: a date still (as before)
    ("报名时期到哪天", ["unpublished", "date"]),
])
def test_a_periods_reach_asks_the_era_and_until_when_stays_a_date(text: str, asked: list[str]) -> None:
    from intents import lexicon
    assert lexicon.facts_asked(text) == asked
