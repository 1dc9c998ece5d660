"""Answer the question asked (issue 7), kinds found by blind set answers24, in the four languages:

- a fact asked by describing it: what a set holds inside (its scene types), whether it is finished
  or still being built, which companies may use an incentive, the language a title comes in,
  whether a title is still available or someone took it (its co-production status); "that one"
  after a title was opened is that title, though a word of another listed title is said;
- names as Korean readers write them: loanwords spelled two ways (런칭/론칭, 카달로그/카탈로그), a
  length before "얼마" (러닝타임 얼마나) is no price, aliases of a company and a programme;
- a number or limit a record does not publish (a platform's users, an age limit, a daily fee in
  Chinese): the honest gap naming the record's contact, never its card or a subscription;
- the kinds of scene of a set said with 戏 (a scene shot), its genres with 剧.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import fits, talk


# -- a fact asked by describing it ----------------------------------------------------------------
@pytest.mark.parametrize(("lang", "text", "expect"), [
    ("en", "what's inside the Qin Palace set, exactly?", "location:qin_palace#scene_types"),
    ("es", "¿qué hay dentro del Palacio de Qin?", "location:qin_palace#scene_types"),
    ("zh", "秦王宫里面都有什么？", "location:qin_palace#scene_types"),
    ("ko", "진왕궁 안에 뭐가 있어요?", "location:qin_palace#scene_types"),
    ("en", "is Dream Valley still under construction?", "location:dream_valley#built"),
    ("es", "¿el Valle de los Sueños sigue en construcción?", "location:dream_valley#built"),
    ("en", "Yuanming New Garden: open for filming yet?", "location:yuanming_new_garden#built"),
    ("en", "are the international sets finished yet?", "location:international_sets#built"),
    ("es", "¿ya terminaron de construir los sets internacionales?", "location:international_sets#built"),
    ("zh", "国际化实景拍摄场景现在能拍了吗，还是还在施工？", "location:international_sets#built"),
    ("en", "what kinds of producers can use the short drama cost reduction?", "incentive:short_drama_cost_reduction#eligibility"),
    ("en", "does Die Another Take come in Korean?", "work:work_die_another_take#languages"),
    ("es", "Die Another Take, ¿viene en castellano o en coreano?", "work:work_die_another_take#languages"),
    ("zh", "《御前钟表匠》是中文的还是英文的？", "work:work_emperors_clockmaker#languages"),
])
def test_a_fact_asked_by_describing_it(services: Services, lang: str, text: str, expect: str) -> None:
    talk(services, lang, [(text, expect)], fits)


def test_a_finished_set_asked_if_still_being_built_is_open(services: Services) -> None:
    reply = talk(services, "en", [("is Dream Valley still under construction?", "location:dream_valley#built")], fits)
    assert "open" in reply.text


@pytest.mark.parametrize(("lang", "first", "then", "asked"), [
    ("en", "any comedies?", "the fifth one, what's the story?", "is it still available or did another studio grab it?"),
    ("es", "¿tienen comedias?", "el quinto, ¿de qué trata?", "¿sigue disponible o ya la compró otra productora?"),
    ("zh", "有喜剧吗", "第五部讲什么", "这部还能谈吗，是不是已经被别家签走了"),
    ("ko", "코미디 작품 있어요?", "다섯 번째 작품 줄거리 알려 주세요", "아직 계약 가능해요? 다른 회사가 가져갔나요?"),
])
def test_whether_a_title_is_still_available_is_its_coproduction(services: Services, lang: str, first: str,
                                                                 then: str, asked: str) -> None:
    talk(services, lang, [(first, "list:works?genre=comedy"), (then, "work:work_son_in_law_from_seoul#logline"),
                          (asked, "work:work_son_in_law_from_seoul#coproduction")], fits)


def test_that_one_is_the_title_in_focus_though_a_word_of_another_is_said(services: Services) -> None:
    # "take" is a word of "Die Another Take", the third comedy; "that one" is the second, just opened
    talk(services, "en", [("any comedies?", "list:works?genre=comedy"),
                          ("the second one, what's the story?", "work:work_palace_ratings_war#logline"),
                          ("is that one still free or did somebody take it?", "work:work_palace_ratings_war#coproduction")], fits)


# -- names as partners write them ----------------------------------------------------------------
@pytest.mark.parametrize(("lang", "text", "expect"), [
    ("en", "what does Hengdian Film & TV Services do?", "partner:hengdian_film_tv_services"),
    ("es", "¿a qué se dedica Servicios de Cine y Televisión de Hengdian?", "partner:hengdian_film_tv_services"),
    ("zh", "2025国际短剧签约暨启动仪式是谁主办的？", "event:signing_ceremony_2025#organisers"),
])
def test_names_as_partners_translate_them(services: Services, lang: str, text: str, expect: str) -> None:
    talk(services, lang, [(text, expect)], fits)


# -- names as Korean readers write them -----------------------------------------------------------
@pytest.mark.parametrize(("text", "expect"), [
    ("런칭식은 어디서 했어요?", "event:signing_ceremony_2025#venue"),
    ("2025 카달로그 소개해 주세요", ["catalog:about", "list:works"]),
    ("검과 꽃 러닝타임은 얼마예요?", "work:work_blade_and_blossom#episode_minutes"),
    ("헝뎬 영화·드라마 서비스는 어떤 회사예요?", "partner:hengdian_film_tv_services"),
    ("세 가지 하나 비전 설명해 주세요", "program:three_ones_vision"),
    ("Reel-K는 무슨 일 해요?", "partner:reel_k#about"),
])
def test_korean_names_as_written(services: Services, text: str, expect: str | list[str]) -> None:
    talk(services, "ko", [(text, expect)], fits)


def test_a_rent_asked_with_eolma_stays_a_price(services: Services) -> None:
    talk(services, "ko", [("명청궁원 하루 대여료 얼마나 돼요?", "gap:*")], fits)


# -- numbers and limits not published -------------------------------------------------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "how many users does Reel-K have?"), ("en", "Reel-K subscriber numbers?"),
    ("es", "¿cuántos usuarios tiene Reel-K?"), ("zh", "Reel-K有多少用户？"), ("ko", "Reel-K 이용자 수 몇 명이에요?"),
    ("en", "what's the maximum age to join the Global Talent Program?"),
    ("es", "¿el Programa Global de Talento tiene edad máxima?"),
    ("zh", "全球人才计划对年龄有要求吗？"), ("ko", "글로벌 인재 프로그램 연령 제한이 있어요?"),
    ("zh", "在横店拍戏群演费大概要多少？"),
])
def test_a_number_or_limit_not_published_is_an_honest_gap(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "gap:*")], fits)


def test_subscribing_in_words_still_subscribes(services: Services) -> None:
    talk(services, "en", [("notify me about Korea news", ("subscribe", "subscribe:korea_news"))], fits)


# -- scenes or genres of a set --------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expect"), [
    ("明清宫苑能拍哪些类型的戏？", "location:ming_qing_palace#scene_types"),
    ("明清宫苑适合拍哪些类型的剧？", "location:ming_qing_palace#genres"),
])
def test_scenes_said_with_xi_genres_with_ju(services: Services, text: str, expect: str) -> None:
    talk(services, "zh", [(text, expect)], fits)


# -- a part that only says why ----------------------------------------------------------------------
def test_the_reason_after_a_question_is_not_answered_on_its_own(services: Services) -> None:
    reply = talk(services, "ko", [("글로벌 인재 프로그램 나이 제한 있어요? 저희 PD가 쉰 살이라서", "gap:*")], fits)
    assert "100" not in reply.text  # the gap alone, not the programme's card after it


@pytest.mark.parametrize(("lang", "turns"), [
    ("en", ["any upcoming events?", "the first one, when is it?", "and the Seoul one, when's that?"]),
    ("es", ["¿qué eventos vienen?", "el primero, ¿cuándo es?", "ese no, el de Seúl, ¿cuándo es?"]),
    ("zh", ["接下来有什么活动？", "第一个什么时候？", "不是那个，首尔那个什么时候？"]),
])
def test_another_listed_item_said_beside_that_still_picks_it(services: Services, lang: str, turns: list[str]) -> None:
    talk(services, lang, [(turns[0], "list:events*"), (turns[1], "event:*"), (turns[2], "event:korea_matchmaking_2027*")], fits)
