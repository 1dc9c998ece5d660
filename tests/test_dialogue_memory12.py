"""Conversation memory, kinds of mistake found by playing whole conversations as new partners (a
Nairobi line producer, a Montevideo co-producer, a Taipei streamer, a Gwangju indie), each tried
with wordings written for these tests:

- a return to an earlier list with an ordinal ("back to the mysteries, number three") picks from
  that list, not from the list shown last; "is the second one a mystery?" still asks a value;
- a correction ("no, I meant the festival") answers the record meant, with the fact asked before;
- a language named in a sentence of its own ("In Spanish. And the pitch day?") switches and
  answers the next sentence;
- a self-introduction from a city is greeted with the offer of that city's time zone, and a
  city known only by its zone ("Nairobi") is a place whose clock can be asked;
- "who can I ask about that?" after a FAQ is that FAQ's team, not who is eligible;
- two Spanish questions, the first of two words ("¿piden visa y...?"), are both answered.

A real Brain (the shipped knowledge, the real classifier, a temporary store), the clock pinned to
2026-11-30 12:00 UTC.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.callbacks import encode
from tests.dialogue import fits, new_chat, talk

MYSTERY = "list:works?genre=mystery"
PALACES = "list:locations?scene=palace"
FESTIVAL = "event:hengdian_film_festival"
SIGNING = "event:signing_ceremony_2025"


# -- back to an earlier list ---------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "mysteries", "palaces", "back", "next_one"), [
    ("en", "any mystery titles?", "do you have palace sets to shoot in?", "going back to the mysteries, number three",
     "and number two?"),
    ("es", "¿tienen series de misterio?", "¿y sets de palacio?", "regresando a las de misterio: la tercera",
     "¿y la segunda?"),
    ("zh", "有悬疑剧吗", "有宫殿的景吗", "再回到悬疑那几部，第三个", "第二个呢"),
    ("ko", "미스터리 작품 있어요?", "궁궐 세트도 있나요?", "다시 미스터리 얘기로, 세 번째 거", "두 번째는요?"),
])
def test_an_ordinal_with_an_earlier_lists_kind_picks_from_that_list(
        services: Services, lang: str, mysteries: str, palaces: str, back: str, next_one: str) -> None:
    talk(services, lang, [(mysteries, MYSTERY), (palaces, PALACES), (back, "work:work_canton_nocturne"),
                          (next_one, "work:work_emperors_clockmaker")])


def test_an_earlier_kind_of_set_is_picked_from_after_a_list_of_titles(services: Services) -> None:
    talk(services, "en", [("palace sets?", PALACES), ("any mystery titles?", MYSTERY),
                          ("ok the palaces again - the first", "location:qin_palace")])


def test_a_kind_asked_of_an_item_is_no_other_list(services: Services) -> None:
    talk(services, "en", [("got sci-fi shows?", "list:works?genre=sci_fi"),
                          ("is the second one a mystery?", "work:work_ghost_in_the_volume#genres")])
    talk(services, "zh", [("有宫殿的景吗", PALACES), ("第一个适合拍爱情戏吗", "location:qin_palace*")], fits)
    talk(services, "en", [("palace sets?", PALACES), ("is the first one good for romance?", "location:qin_palace*")],
         fits)


# -- a correction ----------------------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "asked", "fact", "meant"), [
    ("en", "when's the signing ceremony?", "date", "sorry, I meant the film festival"),
    ("es", "¿dónde fue la ceremonia de firma?", "venue", "no, me refiero al festival de cine"),
    ("zh", "签约仪式在哪里办的？", "venue", "不是，我说的是横店影视节"),
    ("ko", "2025년 2월 서명식은 열렸나요?", "status", "아뇨, 헝뎬 영화제를 말한 거예요"),
])
def test_a_correction_answers_the_record_meant_with_the_fact_asked(
        services: Services, lang: str, asked: str, fact: str, meant: str) -> None:
    talk(services, lang, [(asked, [f"{SIGNING}#{fact}", SIGNING]), (meant, f"{FESTIVAL}#{fact}")])


# -- a language in a sentence of its own -------------------------------------------------------------
@pytest.mark.parametrize(("lang", "first", "switch", "to"), [
    ("en", "what events are coming up?", "In Spanish. And the pitch day, when is it?", "es"),
    ("es", "¿qué eventos vienen?", "de nuevo al inglés. ¿y la jornada de pitch cuándo es?", "en"),
    ("zh", "有什么活动？", "切回英文。拉美推介会是哪天？", "en"),
])
def test_a_language_said_alone_switches_and_the_next_sentence_is_answered(
        services: Services, lang: str, first: str, switch: str, to: str) -> None:
    reply = talk(services, lang, [(first, "list:events?when=upcoming"),
                                  (switch, "event:latam_pitch_day_2027#date")])
    assert reply.lang == to


# -- a self-introduction from a city -------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "hello", "zone"), [
    ("en", "hey there, I'm a line producer based in Nairobi", "africa:nairobi"),
    ("es", "buenas, soy productora en Montevideo", "america:montevideo"),
])
def test_a_self_introduction_from_a_city_is_greeted_with_its_zone_offered(
        services: Services, lang: str, hello: str, zone: str) -> None:
    reply = talk(services, lang, [(hello, "smalltalk:greet")])
    assert any(b.data and b.data.endswith(zone) for row in reply.buttons for b in row), reply.buttons


def test_a_city_known_by_its_zone_gets_the_time_there(services: Services) -> None:
    reply = talk(services, "en", [("when's the pitch day for latam producers?", "event:latam_pitch_day_2027#date"),
                                  ("what's that in Nairobi time?", "event:latam_pitch_day_2027#date")])
    assert "Nairobi" in reply.text


# -- whom to ask after a FAQ ------------------------------------------------------------------------
def test_who_can_i_ask_after_a_faq_is_its_team(services: Services) -> None:
    talk(services, "en", [("will my crew need visas for China?", "faq:visa"),
                          ("ok who can I ask about that?", "contact:international_business*")], fits)


# -- two Spanish questions, the first of two words ---------------------------------------------------
def test_two_spanish_questions_the_first_of_two_words_are_both_answered(services: Services) -> None:
    reply = talk(services, "es", [("¿piden visa y cuánto cuesta rentar un set?", ["faq:visa", "gap:*"])], fits)
    assert "visa" in reply.text and "precios" in reply.text.lower(), reply.text


# -- a list opened from the menu's buttons ----------------------------------------------------------
@pytest.mark.parametrize(("lang", "section", "second", "expect"), [
    ("en", "events", "number 2 please", "event:latam_pitch_day_2027"),
    ("ko", "locations", "두 번째 곳이요", "location:ming_qing_palace"),
])
def test_a_list_opened_from_the_menu_is_picked_from(services: Services, lang: str, section: str,
                                                    second: str, expect: str) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    listed = services.brain.reply_to_button(chat, encode("menu", section), services.store.profile(chat))
    assert listed.items
    reply = services.brain.reply_to_text(chat, second, services.store.profile(chat))
    assert reply.answer == expect, reply.answer
