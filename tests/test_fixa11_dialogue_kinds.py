"""Dialogue kinds of fixA11 (round 18), each in the four languages:

- a genre's titles asked inside a situation ("for our festival's winter strand, what mysteries
  have you got?", "what comedies have u guys got") are that genre's list, whatever event the
  situation names, and the ordinals after it pick from that list;
- the sum a co-production would take ("what kind of investment would that need?", "¿cuánto
  habría que poner?") is an honest gap, not the title's card again;
- a follow-up pointing at the record before the last one by no kind ("the one before that", "la
  anterior a esa", "回到之前那部", "그 전 작품은") is that record (`Memory.earlier`);
- "연락 좀 닿게 해 주세요" after a team's card puts the partner through;
- "lo próximo que organizan" is the next event; "the programme itself" after it is its programme;
- an event asked for a market by "anything on for …" or "do you organise any …" is that
  market's event;
- whom to talk to right after a FAQ that names its team is that team.

The wordings are this file's own, not an answer set's."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import lexicon
from intents.handoff_words import asks_to_connect
from tests.dialogue import talk_patterns as talk


@pytest.mark.parametrize("lang,say,genre", [
    ("en", "We're programming a winter strand for our festival, what mysteries have you got?", "mystery"),
    ("en", "so what comedies have u guys got", "comedy"),
    ("es", "Para la muestra del festival de otoño, ¿qué títulos de misterio tienen?", "mystery"),
    ("zh", "我们电影节要做个喜剧单元，你们有哪些喜剧作品？", "comedy"),
    ("ko", "영화제에서 미스터리 특집을 하는데 미스터리 작품 뭐 있어요?", "mystery"),
])
def test_genre_titles_asked_in_a_situation(services: Services, lang, say, genre) -> None:
    talk(services, lang, [(say, f"list:works?genre={genre}*")])


@pytest.mark.parametrize("lang,say,second", [
    ("en", "Putting a Valentine's night together for the festival, what romances have you got?", "and the second one, what's it about?"),
    ("es", "Armamos una noche romántica para el festival, ¿qué títulos de romance tienen?", "¿y la segunda de qué trata?"),
])
def test_ordinal_after_the_genre_asked_in_a_situation(services: Services, lang, say, second) -> None:
    talk(services, lang, [(say, "list:works?genre=romance*"), (second, "work:*")])


def test_what_kind_have_you_got_asks_for_the_kind() -> None:
    assert lexicon.asks_for_kind("what thrillers have ye got?")
    assert lexicon.asks_for_kind("ok what comedy do you guys have")
    assert not lexicon.asks_for_kind("is it a comedy?")


@pytest.mark.parametrize("lang,first,money", [
    ("en", "what romance titles do you have?", "what kind of investment would that need?"),
    ("es", "¿qué títulos de romance tienen?", "¿y cuánto habría que poner?"),
])
def test_money_for_a_coproduction_is_a_gap(services: Services, lang, first, money) -> None:
    pick = {"en": "the second one, could we co-produce it?", "es": "la segunda, ¿se puede coproducir?"}[lang]
    talk(services, lang, [(first, "list:works?genre=romance*"), (pick, "work:*#coproduction"), (money, "gap:*")])


@pytest.mark.parametrize("lang,lines", [
    ("en", ["which titles are comedies?", "the third one, how many episodes?", "and the first?",
            "the one before that — what languages is it in?"]),
    ("es", ["¿qué comedias tienen?", "la tercera, ¿cuántos episodios tiene?", "¿y la primera?",
            "volviendo a la de antes, ¿en qué idiomas está?"]),
    ("zh", ["有哪些喜剧作品？", "第三部有几集？", "那第一部呢？", "回到之前那部，有哪些语言版本？"]),
    ("ko", ["코미디 작품 뭐 있어요?", "세 번째 작품은 몇 부작이에요?", "첫 번째는요?", "그 전 작품은 무슨 언어로 나와요?"]),
])
def test_the_one_before_that(services: Services, lang, lines) -> None:
    from tests.dialogue import say
    replies = say(services, lang, *lines)
    first = replies[1].answer.partition("#")[0]
    assert first.startswith("work:")
    assert replies[2].answer.partition("#")[0] != first
    assert replies[3].answer.partition("#")[0] == first  # the one before the last one talked about


def test_earlier_pointed_by_no_kind() -> None:
    for said in ("going back, the one before that: is it finished?", "la anterior a esa, ¿ya está terminada?",
                 "回到之前那部，拍完了吗？", "그 앞에 말씀하신 작품으로 돌아가서요"):
        assert lexicon.earlier_pointed(said) == ("", True), said


def test_korean_put_me_in_touch() -> None:
    assert asks_to_connect("그 팀이랑 연락 좀 닿게 해 주세요")
    assert asks_to_connect("담당자랑 연락 닿도록 해 주실 수 있어요?")


@pytest.mark.parametrize("lang,say", [
    ("es", "Oye, ¿y qué es lo siguiente que organizan ustedes?"),
    ("es", "Bueno, ¿y lo próximo que tienen cuál es?"),
])
def test_next_thing_is_the_next_event(services: Services, lang, say) -> None:
    talk(services, lang, [(say, "event:*")])


def test_programme_itself_after_the_next_event(services: Services) -> None:
    talk(services, "en", [("what's the next event?", "event:global_talent*"),
                          ("ok and what's the programme itself all about?", "program:global_talent_program*")])


@pytest.mark.parametrize("lang,say", [
    ("en", "anything on for meeting Korean producers?"),
    ("es", "¿Hacen algún encuentro con productoras coreanas?"),
    ("zh", "有没有跟韩国公司对接的活动？"),
    ("ko", "한국 제작사들이랑 만나는 행사 있어요?"),
])
def test_market_event_asked(services: Services, lang, say) -> None:
    talk(services, lang, [(say, "event:korea_matchmaking_2027*")])


def test_whom_to_talk_after_a_faq_naming_its_team(services: Services) -> None:
    talk(services, "zh", [("在横店拍的剧能发行到西班牙语市场吗？", "faq:spanish_distribution"),
                          ("那边该找谁谈？", "contact:dalynn_studio*")])
