"""Kinds of answer set 32's mistakes (fixr32d), in the four languages where they apply:

- streets asked for as such ("sets with streets", "calles", "街道", "거리 장면") are the street
  scene: the sets that have one, whose "the second one" follow-ups then resolve;
- a Korean name is not found across two words ("궁전 장면", palace scenes, holds "전장", a
  battlefield): the match must not be the tail of one word and the head of the next.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.entities import EntityIndex, Term
from tests.dialogue import talk


@pytest.mark.parametrize(("lang", "first", "second"), [
    ("en", "aloha! which of your sets have streets to shoot on?", "address of the second one?"),
    ("es", "¡Kaixo! ¿Qué sets tienen calles para grabar?", "¿y la dirección del segundo?"),
    ("zh", "Aloha！哪些景有街道能拍？", "第二个在哪个地址？"),
    ("ko", "거리 장면 촬영 가능한 세트 있어요?", "두 번째 세트 주소 알려 주세요"),
])
def test_streets_are_the_street_scene(services: Services, lang: str, first: str, second: str) -> None:
    talk(services, lang, [(first, "list:locations?scene=street"),
                          (second, "location:qingming_riverside#address")])


def test_hangul_name_across_two_words_is_not_found() -> None:
    index = EntityIndex.build([Term("scene_type", "battlefield", "ko", "전장"),
                               Term("scene_type", "palace", "ko", "궁전")], months=False)
    assert [e.id for e in index.find("궁전 장면 찍는 세트")] == ["palace"]
    assert [e.id for e in index.find("전장 장면 찍는 세트")] == ["battlefield"]


def test_palace_scenes_in_korean_list_the_palace_sets(services: Services) -> None:
    talk(services, "ko", [("궁전 장면 촬영할 만한 세트 추천해 주세요", "list:locations?scene=palace")])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "roughly how many dramas does Reel-K acquire from China?"),
    ("es", "¿cuántas series compra Reel-K al año, más o menos?"),
    ("zh", "Reel-K每年大约收购几部国产短剧？"),
    ("ko", "Reel-K는 한 해에 숏드라마 몇 편이나 구매해요?"),
    ("en", "how many folks showed up at the cross-cultural cooperation exchange in 2025?"),
    ("es", "¿cuánta gente fue al intercambio de cooperación intercultural de 2025?"),
    ("zh", "2025年那场跨文化影视合作交流会，到场人数多少？"),
    ("ko", "2025년 크로스컬처 영화 협력 교류회 참석자가 몇 명이었나요?"),
])
def test_unpublished_counts_are_a_gap(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "gap:unpublished")])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "roughly, what was the production budget of Canton Nocturne?"),
    ("zh", "《羊城夜曲》制作成本大概多少？"),
])
def test_a_titles_own_budget_is_a_gap(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "gap:unpublished")])


@pytest.mark.parametrize(("lang", "text"), [
    ("ko", "세트장에서 영어로 일해도 되나요? 저희 스태프는 영어만 해요"),
    ("ko", "영어로 작업할 수 있나요?"),
    ("en", "can our crew work in English there?"),
])
def test_working_in_a_language_is_the_languages_faq(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "faq:languages")])


@pytest.mark.parametrize(("lang", "text", "expect"), [
    ("zh", "打算在当地签几个老外演员，靠谱吗？", "faq:foreign_actors"),
    ("ko", "영어로 답해 주세요", "pref:language"),
])
def test_not_a_count_nor_a_working_language(services: Services, lang: str, text: str, expect: str) -> None:
    talk(services, lang, [(text, expect)])


def test_two_services_asked_after_another_incentive_are_the_on_site_services(services: Services) -> None:
    talk(services, "en", [("any money back for crews shooting vertical short dramas?",
                           ["faq:incentives", "incentive:short_drama_cost_reduction"]),
                          ("how do we apply for it", "incentive:short_drama_cost_reduction#how_to_apply"),
                          ("do the crew need visas before flying over?", "faq:visa"),
                          ("can they sort us local extras and interpreters on the ground?", "incentive:on_site_services")])
