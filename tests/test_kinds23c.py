"""Kinds of mistake of answers21 (a read set), each tried with wordings written for these tests:

- a genre that titles and sets share ("urban", "modern city"), asked with a word for stories,
  titles or the catalogue and none for sets, lists the titles of that genre;
- a set's address asked with the paperwork it is for ("for the insurance form", "要填保险单") is
  the address, not an insurance gap; "and the first? I need its address" after a list is that
  item's address, not the fact asked of the item before;
- "what can you shoot at <set>?", with or without examples, is that set's kinds of scene.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import fits, talk


# -- a shared genre with a word for stories ---------------------------------------------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "do you have modern city stories in your catalog?"),
    ("es", "¿hay historias urbanas en su catálogo?"),
    ("ko", "현대 도시 배경의 작품 있나요?"),
    ("zh", "有都市题材的作品吗？"),
])
def test_a_shared_genre_with_stories_words_lists_the_titles(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "list:works?genre=urban")])


# -- an address asked for paperwork -----------------------------------------------------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "can you send the address of the Qin Palace set? need it for the insurance paperwork"),
    ("es", "pásame la dirección del Palacio Qin, la necesito para el seguro"),
    ("zh", "秦王宫的地址发一下，要填保险的表"),
    ("ko", "진왕궁 주소 알려 주세요. 보험 서류에 필요해서요"),
])
def test_an_address_for_paperwork_is_the_address(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "location:qin_palace#address")])


def test_an_ordinal_with_a_fact_in_another_sentence_asks_that_fact(services: Services) -> None:
    talk(services, "en", [("which sets have palaces?", "list:locations?scene=palace"),
                          ("the second one, which era?", "location:ming_qing_palace#era"),
                          ("And the first one? I need its address.", "location:qin_palace#address")])


# -- what a set is for ------------------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "what could we film at the Qin Palace set? sieges, walls, that kind of thing"),
    ("es", "¿qué se puede rodar en el Palacio Qin? batallas, murallas…"),
    ("zh", "秦王宫可以拍些什么？攻城、城墙之类的"),
    ("ko", "진왕궁은 무슨 신을 찍을 수 있어요? 전쟁 장면 같은 거"),
])
def test_what_a_set_can_film_is_its_scene_types(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "location:qin_palace#scene_types")])


# -- an incentive described, not named --------------------------------------------------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "what's the deal where distributors get to use the Hengdian sets?"),
    ("es", "¿cómo funciona eso de usar los decorados de Hengdian si distribuimos su contenido?"),
    ("zh", "那个发行方可以用横店场景的合作，具体是什么？"),
])
def test_the_set_access_deal_described_is_that_incentive(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "incentive:set_access_partnership")])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "how do we request support for our shoot?"),
    ("es", "¿cómo se solicita el apoyo para rodar?"),
    ("zh", "拍摄支持怎么申请？"),
])
def test_how_to_request_shoot_support_is_its_way_to_apply(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "incentive:shoot_request_procedure#how_to_apply")])


# -- an event's unpublished numbers and deadlines ---------------------------------------------------
@pytest.mark.parametrize(("lang", "first", "then"), [
    ("en", "when's the matchmaking with Reel-K in Seoul?", "how many companies from China will attend?"),
    ("es", "¿cuándo es el matchmaking en Seúl?", "¿y cuántas productoras chinas van a participar?"),
    ("zh", "首尔那个对接会什么时候？", "会有多少家中国企业参会？"),
    ("ko", "서울 매칭 행사 언제예요?", "중국 제작사는 몇 군데나 참석해요?"),
])
def test_how_many_will_attend_is_an_honest_gap(services: Services, lang: str, first: str, then: str) -> None:
    talk(services, lang, [(first, "event:korea_matchmaking_2027*"), (then, "gap:unpublished")], fits=fits)


def test_a_deadline_in_other_words_is_an_honest_gap(services: Services) -> None:
    talk(services, "es", [("hasta cuándo hay plazo pa enviar proyectos al pitch day latino?", "gap:unpublished")])


# -- the festival's venue in other words; a switch of language with a fact -------------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("es", "la fiesta del cine de octubre, ¿en qué lugar la hacen?"),
    ("ko", "매년 10월에 열리는 영화제 장소가 어디예요?"),
    ("zh", "每年十月的电影节在什么地方办？"),
])
def test_the_festival_venue_in_other_words(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "event:hengdian_film_festival#venue")])


@pytest.mark.parametrize(("lang", "switch"), [
    ("en", "¿y eso en español? ¿y qué épocas cubre?"),
    ("ko", "My partner reads English — what eras does that one cover, in English please?"),
])
def test_a_switch_of_language_with_a_fact_of_the_focus(services: Services, lang: str, switch: str) -> None:
    first = {"en": "which sets have palaces?", "ko": "궁궐 세트 어디 있어요?"}[lang]
    second = {"en": "the second one, what eras?", "ko": "두 번째 세트는 어느 시대예요?"}[lang]
    talk(services, lang, [(first, "list:locations?scene=palace"), (second, "location:ming_qing_palace#era"),
                          (switch, "location:ming_qing_palace#era")])


def test_which_periods_a_set_can_film_stays_its_era(services: Services) -> None:
    talk(services, "zh", [("明清宫苑能拍哪些年代的戏？", "location:ming_qing_palace#era")])
