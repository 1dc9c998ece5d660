"""Answers the branches merged in int26 broke against read sets, back:

- casting or pitching said as what the partner does ("한국 배우 캐스팅해서 데려가도 되나요?", "we're casting a
  Korean lead") names no event: whether foreign actors work there is the foreign-actors FAQ, not whom the
  casting day is for (fixD17's event found by its kind's word); the casting day named keeps its audience.
"""

import pytest

from tests.dialogue import ask, talk

ACTORS, CASTING_FOR = "faq:foreign_actors", "event:international_sets_casting_day_2027#audience"


@pytest.mark.parametrize(("lang", "text"), [
    ("ko", "한국 배우 캐스팅해서 데려가도 되나요? 거기 외국인 배우들도 많이 일해요?"),
    ("ko", "우리가 직접 캐스팅한 배우 데려가도 돼요? 외국 배우들 거기서 일 많이 하나요?"),
    ("en", "we're casting a Korean lead, can we bring her over? do foreign actors work there a lot?"),
])
def test_casting_done_by_the_partner_is_no_event(services, lang: str, text: str) -> None:
    assert ask(services, lang, text).answer == ACTORS


@pytest.mark.parametrize(("lang", "text"), [
    ("ko", "캐스팅 데이에 한국 배우도 참가할 수 있나요?"),
    ("en", "can Korean actors take part in the casting day?"),
])
def test_the_casting_day_named_keeps_its_audience(services, lang: str, text: str) -> None:
    assert ask(services, lang, text).answer == CASTING_FOR


def test_pitching_up_is_no_pitch_day(services) -> None:
    assert ask(services, "en", "do kenyan passport holders need papers to come shoot there or can we just pitch up?").answer == "faq:visa"


@pytest.mark.parametrize(("text", "expect"), [
    ("¿cuáles de sus series son de familia?", "list:works?genre=family"),
    ("¿qué títulos tienen que sean de familia?", "list:works?genre=family"),
])
def test_titles_that_are_family_ask_the_genre(services, text: str, expect: str) -> None:
    assert ask(services, "es", text).answer == expect


def test_spanish_speaking_families_are_no_genre(services) -> None:
    reply = ask(services, "es", "Muchos de nuestros socios son de familias hispanohablantes, ¿cómo llegan sus títulos al público en español?")
    assert reply.answer == "faq:spanish_distribution"


def test_what_is_shot_there_seen_at_home_is_distribution(services) -> None:
    talk(services, "es", [
        ("¿y la noche de cine latino de 2027 cuándo es?", "event:latin_film_night_2027#date"),
        ("¿y lo que se graba allá lo ven en Perú, llega hasta acá?",
         ["faq:spanish_distribution", "partner:dalynn_studio"]),
    ])


def test_how_we_talk_with_you_is_the_languages_faq(services) -> None:
    talk(services, "zh", [
        ("和韩国有什么活动吗", "event:korea_matchmaking_2027"),
        ("我们只会讲中文 跟你们沟通靠什么语言 有韩语翻译吗", "faq:languages"),
    ])
    talk(services, "zh", [
        ("和韩国有什么活动吗", "event:korea_matchmaking_2027"),
        ("对接会上有英文翻译吗", "event:korea_matchmaking_2027"),
    ])
