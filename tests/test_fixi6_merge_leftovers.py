"""fixI6: leftovers of the int13 merge and the newly read sets, in wordings written for these tests.

A crew saying itself foreign beside the ask ('siendo de fuera'), also after its city; a period
piece naming streets still lists street sets; a studio
named as a likeness of a way of shooting ('like Hollywood'); a record set aside before the
question ('apart from the open day, …'); the alliance asked as a whole; the number of shorts the
studio will shoot. A real Brain: the shipped knowledge, the real classifier, a temporary store.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import lexicon
from tests.dialogue import ask, talk

VP = ["faq:virtual_production", "location:virtual_production"]
WHAT_IS = ["faq:what_is_hisda", "program:hisda"]


@pytest.mark.parametrize("lang, text", [
    ("es", "trabajamos desde Lisboa, ¿nos permiten filmar en sus sets aunque seamos extranjeros?"),
    ("es", "estamos radicados en Quito, ¿se puede grabar allá siendo gente de fuera?"),
    ("en", "we're a small outfit based in Oslo, would you let us shoot on your stages being foreigners?"),
    ("zh", "我们在布鲁塞尔，身为外国人能不能进你们的棚拍？"),
    ("ko", "저희는 브뤼셀에 있는 작은 팀인데, 외국인이어도 세트장에서 촬영할 수 있나요?"),
])
def test_a_crew_saying_itself_foreign_may_shoot(services: Services, lang: str, text: str) -> None:
    assert ask(services, lang, text).answer == "faq:can_foreign_crews_film"


@pytest.mark.parametrize("lang, text", [
    ("ko", "사극인데 옛날 거리랑 시장 장면이 많아요. 어느 세트가 좋아요?"),
    ("zh", "古装剧要拍老街和集市，哪个景合适？"),
])
def test_a_period_piece_with_streets_still_lists_the_street_sets(services: Services, lang: str, text: str) -> None:
    assert (ask(services, lang, text).answer or "").startswith("list:locations?scene=street")


@pytest.mark.parametrize("lang, text", [
    ("zh", "演员站在前面、后面屏幕上直接放背景画面那种，你们能拍吗？"),
    ("ko", "할리우드처럼 뒤에 대형 화면 띄워서 배경 깔고 찍는 거, 거기서도 돼요?"),
    ("es", "¿pueden filmar como en Hollywood, con una pantallota atrás que pone el fondo?"),
    ("en", "can you do the Hollywood thing where a giant video wall behind the actors shows the background?"),
])
def test_virtual_production_in_other_words(services: Services, lang: str, text: str) -> None:
    assert ask(services, lang, text).answer in VP


def test_a_studio_as_a_likeness_is_no_comparison_but_weighed_it_is() -> None:
    assert lexicon.gap_topic("can we shoot Hollywood-style with a video wall?") != "compare"
    assert lexicon.gap_topic("横店跟好莱坞比哪个便宜") == "compare"
    assert lexicon.gap_topic("is hengdian cheaper than hollywood?") == "compare"


@pytest.mark.parametrize("lang, first, then", [
    ("zh", "虚拟制片影棚开放日是个什么活动", "开放日以外的时间，那个LED棚平时能租来拍戏吗？"),
    ("es", "¿qué es la jornada de puertas abiertas del estudio virtual?",
     "fuera de esa jornada, ¿el plató LED se alquila el resto del año?"),
    ("ko", "버추얼 스튜디오 오픈데이가 뭐예요?", "오픈데이 말고 평소에도 그 LED 스튜디오 빌려서 촬영할 수 있어요?"),
])
def test_the_event_set_aside_leaves_the_stage_asked(services: Services, lang: str, first: str, then: str) -> None:
    talk(services, lang, [(first, "event:virtual_stage_open_day_2027"), (then, VP)])


@pytest.mark.parametrize("lang, text", [
    ("en", "that short drama alliance, who runs it, which companies are in it and since when?"),
    ("es", "la alianza esa de HISDA, ¿quién la dirige, qué compañías la forman y cuándo arrancó?"),
    ("zh", "那个短剧联盟是谁牵头的，都有哪些公司，哪年成立的？"),
    ("ko", "그 숏드라마 연합은 누가 운영하고, 어떤 회사들이 들어가 있고, 언제부터 있었어요?"),
])
def test_the_alliance_asked_as_a_whole(services: Services, lang: str, text: str) -> None:
    assert ask(services, lang, text).answer in WHAT_IS


@pytest.mark.parametrize("lang, text", [
    ("zh", "横店今年计划开机多少部微短剧？"),
    ("en", "what's the number of short dramas Hengdian will shoot in 2025?"),
    ("es", "¿y el número de microdramas que van a rodar en Hengdian en 2025, cuánto es?"),
    ("ko", "2025년에 헝뎬에서 촬영할 숏드라마 편수가 엄청나다던데 정확히 얼마예요?"),
])
def test_the_shorts_to_be_shot_are_the_production_volume(services: Services, lang: str, text: str) -> None:
    assert ask(services, lang, text).answer == "program:short_drama_hub_2025"


def test_the_catalog_size_stays_the_catalog() -> None:
    assert not lexicon.DRAMAS_PLANNED.search(lexicon.fold("你们片单里一共有多少部短剧？"))
