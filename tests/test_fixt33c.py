"""Kinds of play33 (fixt33c):

- an everyday word that is also one word of a title in the last list ("cada" of "Morir en cada
  toma", "take" of "Die Another Take") does not switch away from the title in focus; the title
  named as a name still picks it.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import replies

PALACE = "work:work_palace_ratings_war"
DIE = "work:work_die_another_take"


@pytest.mark.parametrize(("lang", "lines"), [
    ("es", ["¿tienen comedias en inglés?", "la segunda", "cuántos episodios tiene y de cuánto dura cada uno"]),
    ("en", ["any comedies in english?", "the second one", "how many episodes, and how long does each one take?"]),
])
def test_everyday_word_of_a_title_keeps_the_focus(services: Services, lang: str, lines: list[str]) -> None:
    last = replies(services, lang, lines)[-1]
    assert (last.answer or "").startswith(PALACE), last.text


def test_common_word_keeps_the_focus_for_the_mg(services: Services) -> None:
    lines = ["¿tienen comedias en inglés?", "la segunda", "cuántos episodios tiene y de cuánto dura cada uno",
             "¿y el MG cuánto sería?"]
    last = replies(services, "es", lines)[-1]
    assert last.answer == "gap:hisda_secretariat", last.text


@pytest.mark.parametrize(("lang", "lines"), [
    ("es", ["¿tienen comedias en inglés?", "la primera", "y la de morir en cada toma, cuántos episodios?"]),
    ("en", ["any comedies in english?", "the first one", "how many episodes does Die Another Take have?"]),
])
def test_the_title_named_still_picks(services: Services, lang: str, lines: list[str]) -> None:
    last = replies(services, lang, lines)[-1]
    assert (last.answer or "").startswith(DIE), last.text


# G / K6: the licence fee of the title in focus, however asked and after a yes/no turn about it,
# is the rights gap of that title with its own contact (Tour Guide 2077: the HISDA Secretariat)
@pytest.mark.parametrize(("lang", "lines"), [
    ("en", ["hi, you got any sci-fi in the catalog?", "tour guide 2077", "is it available in Arabic or English?",
            "what is the price for licensing it in MENA?"]),
    ("en", ["hi, you got any sci-fi in the catalog?", "tour guide 2077", "how is the licence fee calculated?"]),
    ("es", ["¿tienen ciencia ficción?", "guía turística 2077", "¿está en árabe?",
            "¿cuánto costaría licenciarla para Medio Oriente?"]),
    ("zh", ["有科幻片吗", "时光导游2077", "這部的版權費怎麼算"]),
    ("ko", ["SF 작품 있어요?", "시간여행 가이드 2077", "이거 판권료는 어떻게 돼요"]),
])
def test_licence_fee_of_the_title_in_focus(services: Services, lang: str, lines: list[str]) -> None:
    last = replies(services, lang, lines)[-1]
    assert last.answer == "gap:hisda_secretariat", last.text


# K2: "what is <event> about" beside when / where / who: what it is (with its date) first, then
# the other part, not the other part alone
@pytest.mark.parametrize(("lang", "line", "key", "said"), [
    ("en", "hey, what's the latin film night 2027 about and when", "event:latin_film_night_2027#about", "short dramas"),
    ("en", "what is the casting day about and where is it?", "event:international_sets_casting_day_2027#about",
     "Venue of"),
    ("en", "what's the Korea matchmaking about, and who organises it?", "event:korea_matchmaking_2027#about",
     "organised by"),
    ("es", "¿de qué trata la jornada de puertas abiertas y cuándo es?", "event:virtual_stage_open_day_2027#about",
     "2027"),
])
def test_what_an_event_is_about_and_another_fact(services: Services, lang: str, line: str, key: str,
                                                 said: str) -> None:
    reply = replies(services, lang, [line])[-1]
    assert reply.answer == key and said in reply.text, reply.text


# H: a date asked beside the language of an event keeps the date
@pytest.mark.parametrize(("lang", "line", "date"), [
    ("zh", "想问下拉美制片人推介会是什么时候？用什么语言进行？", "2027年3月11日"),
    ("en", "when is the latam pitch day and what language is it in?", "11 March 2027"),
])
def test_date_beside_the_language_of_an_event(services: Services, lang: str, line: str, date: str) -> None:
    reply = replies(services, lang, [line])[-1]
    assert date in reply.text and ("西中" in reply.text or "Spanish" in reply.text), reply.text
