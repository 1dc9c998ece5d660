"""The catalog in a conversation (fixC9), each kind tried with wordings written for these tests:

- a period or a people asked of the catalog searches what the titles' stories say: the titles of an
  era by their loglines (its name, an alias, a year within its span: "1930s Canton" is the
  Republican era), never a set's name in the filming sentence; the characters of a country by its
  cities and pop culture too ("a Seoul webtoon artist", "a K-pop idol"), in any language;
- "the last one" of a catalog page with a next page is the last title on the page read; "who's
  producing it?" of a title picked is its co-production stage and team, the title named;
- where a title is shot, asked after it, says it of that title (then the set's card), else that the
  catalog does not say, with its team;
- "how much?" with a title or a set in focus names it in the honest gap; a price and a fact of the
  same set asked together ("…얼마고 어느 시대…", "…y de qué época es?") are both answered.

A real Brain (the shipped knowledge, the real classifier, a temporary store).
"""

from __future__ import annotations

import re

import pytest

from bot.context import Services
from intents import catalog, lexicon
from tests.dialogue import ask, fits, talk

KOREAN_STORIES = ["The Ancestral Hall", "Moonlight Envoy", "Blade and Blossom", "Palace Ratings War", "Son-in-Law from Seoul"]


def _plain(text: str) -> str:
    return re.sub(r"<[^>]+>", "", text)


# -- what the stories say ---------------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "said", "title"), [
    ("en", "do any of your catalogue titles take place in Republican-era China?", "Canton Nocturne"),
    ("es", "¿alguna serie del catálogo transcurre en la época republicana?", "Nocturno en Cantón"),
    ("zh", "你们片单里有没有民国时期的作品", "羊城夜曲"),
    ("ko", "카탈로그 작품 중에 민국 시대 배경인 거 있어요?", "광저우 야상곡"),
])
def test_titles_of_an_era_are_found_in_their_stories(services: Services, lang: str, said: str, title: str) -> None:
    reply = ask(services, lang, said)
    assert reply.answer == "list:works", reply.answer
    assert title in _plain(reply.text), reply.text
    assert reply.items == ["work:work_canton_nocturne"]


def test_a_set_named_where_a_title_films_is_no_period_of_its_story(services: Services) -> None:
    turn = type("T", (), {"kb": services.knowledge.current})()
    # "横店明清宫苑采风时晕倒" (Moonlight Envoy) and "Hengdian's Ming and Qing folk houses" (The
    # Ancestral Hall, a present-day story) name the Qing only in a set's name
    assert [w.id for w in catalog.works_of_eras(turn, ["qing"])] == ["work_palace_ratings_war"]
    assert {w.id for w in catalog.works_of_eras(turn, ["ming"])} == {"work_emperors_clockmaker", "work_moonlight_envoy"}
    assert [w.id for w in catalog.works_of_eras(turn, ["republican"])] == ["work_canton_nocturne"]


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "is there anything in the catalog with a Korean main character?"),
    ("es", "¿tienen títulos donde salga un protagonista coreano?"),
    ("zh", "片单里有没有韩国演员出演的短剧"),
    ("ko", "한국 배우 나오는 작품 있나요?"),
])
def test_characters_of_a_country_are_found_by_its_cities_and_pop_culture(services: Services, lang: str, said: str) -> None:
    reply = ask(services, lang, said)
    assert reply.answer == "list:works", reply.answer
    assert set(reply.items) == {"work:work_ancestral_hall", "work:work_moonlight_envoy", "work:work_blade_and_blossom",
                                "work:work_palace_ratings_war", "work:work_son_in_law_from_seoul"}


# -- ordinals and "that one" ------------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "listed", "asked"), [
    ("en", "which comedies do you have?", "who's producing the last one?"),
    ("zh", "有哪些悬疑剧？", "最后那一部是谁在制作的？"),
    ("ko", "로맨스 작품 보여 주세요", "마지막 작품은 누가 제작해요?"),
    ("es", "¿qué series de misterio tienen?", "¿y la última quién la produce?"),
])
def test_who_produces_the_last_one_is_its_stage_and_team_named(services: Services, lang: str, listed: str, asked: str) -> None:
    # ("the last one" counts the whole list, as the answer sets do: answers10–17)
    first = talk(services, lang, [(listed, "list:works?genre=*")], fits)
    reply = talk(services, lang, [(listed, "list:works?genre=*"), (asked, "work:*#coproduction")], fits)
    assert reply.answer == first.items[-1][len("work:"):].join(("work:", "#coproduction")), reply.answer
    title = services.knowledge.current.works[first.items[-1][len("work:"):]].title.get(lang)
    assert title in _plain(reply.text).split("\n")[0], reply.text


def test_the_third_one_who_produces_it_and_its_stage(services: Services) -> None:
    reply = talk(services, "en", [("any sci-fi in the catalog?", "list:works?genre=sci_fi"),
                                  ("the third one: who's behind it, and how far along is it?", "work:work_tour_guide_2077#coproduction")])
    assert "Tour Guide 2077" in _plain(reply.text).split("\n")[0]


@pytest.mark.parametrize(("lang", "title", "asked", "expect", "said"), [
    ("ko", "광저우 야상곡 알려 주세요", "그거 어디서 찍어요?", "location:guangzhou_hongkong_street", "광저우 야상곡"),
    ("es", "háblame de Nocturno en Cantón", "¿y eso dónde lo graban?", "location:guangzhou_hongkong_street", "Nocturno en Cantón"),
    ("en", "tell me about Son-in-Law from Seoul", "where are they shooting it?", "gap:*", "Son-in-Law from Seoul"),
    ("zh", "介绍一下首尔女婿过大年", "这部在哪儿拍？", "gap:*", "首尔女婿过大年"),
])
def test_where_a_title_is_shot_is_said_of_it(services: Services, lang: str, title: str, asked: str, expect: str, said: str) -> None:
    reply = talk(services, lang, [(title, "work:*"), (asked, expect)], fits)
    assert said in _plain(reply.text).split("\n")[0], reply.text


# -- a field of the record in focus -----------------------------------------------------------------
@pytest.mark.parametrize(("lang", "title", "asked", "name"), [
    ("en", "tell me about Canton Nocturne", "and what does it cost?", "Canton Nocturne"),
    ("es", "háblame de Nocturno en Cantón", "¿cuánto sale?", "Nocturno en Cantón"),
    ("zh", "介绍一下羊城夜曲", "这个要多少钱？", "《羊城夜曲》"),
    ("ko", "광저우 야상곡 알려 주세요", "가격은 얼마예요?", "광저우 야상곡"),
])
def test_a_price_asked_of_the_title_in_focus_names_it(services: Services, lang: str, title: str, asked: str, name: str) -> None:
    reply = talk(services, lang, [(title, "work:work_canton_nocturne"), (asked, "gap:*")], fits)
    assert name in _plain(reply.text).split("\n")[0], reply.text


@pytest.mark.parametrize(("lang", "said", "price", "era"), [
    ("ko", "명청궁원 하루 쓰는 데 얼마고 어떤 시대 배경이에요?", "명청궁원", "명·청"),
    ("es", "¿cuánto cuesta rentar el Palacio de Qin por día y de qué época es?", "para el Palacio de Qin", "dinastía Qin"),
])
def test_a_price_and_a_fact_of_one_set_are_both_answered(services: Services, lang: str, said: str, price: str, era: str) -> None:
    reply = ask(services, lang, said)
    text = _plain(reply.text)
    assert price in text.split("\n")[0], text
    assert era in text, text


def test_korean_shooting_verb_asks_where_filmed() -> None:
    from core.text import fold
    assert lexicon.WHERE_FILMED.search(fold("그거 어디서 찍어?"))
    assert lexicon.ordinal("最后那一部是谁在制作？") == -1
    assert lexicon.ordinal("最后一部") == -1
