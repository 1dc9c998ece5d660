"""Kinds found playing whole partner conversations in English and Spanish (play21a, 2026-12-02):

- the clock in Hengdian now ("what time is it in Hengdian now?", "¿qué hora es ahora en
  Hengdian?"), with the partner's beside it;
- a team's hours asked with no team named ("Are you open now?", "what time do you open?", "¿a qué
  hora abre la oficina?", then "and on Saturday?");
- whether something is free ("¿es gratis?", "is it free to visit?"): a price, an honest gap;
- a language named as a filter of the titles just listed ("which ones are in Spanish?", "¿cuáles
  están en español?", "¿alguna está en coreano?"), not a switch of the reply language;
- Spanish numbers with the decimal comma ("unos 2,5 minutos");
- the catalog's genres asked after its overview ("¿y de qué géneros son?");
- whether an event is still on or was confirmed ("is it still happening?", "¿se confirmó que se
  hizo?", "is it confirmed?" with the provisional note);
- a company's contact or phone asked ("¿me pasas el contacto de Dalynn?");
- the partner's own country in an introduction is no filter of the catalog."""

from __future__ import annotations

import pytest

from bot.context import Services
from core.text import fold
from intents import lexicon
from tests.dialogue import fits, new_chat, talk


def _say(services: Services, lang: str, lines: list[str], tz: str | None = None):
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    if tz:
        services.store.set_timezone(chat, tz)
    reply = None
    for line in lines:
        reply = services.brain.reply_to_text(chat, line, services.store.profile(chat))
    return reply


# -- the clock in Hengdian now ------------------------------------------------------------------
@pytest.mark.parametrize("lang,tz,line,words", [
    ("en", "Africa/Lagos", "what time is it in Hengdian now?", ["20:00", "Lagos", "13:00"]),
    ("es", "America/Costa_Rica", "Pura vida. ¿Qué hora es ahora en Hengdian?", ["20:00", "Costa Rica", "6:00"]),
    ("es", "America/Argentina/Buenos_Aires", "¿qué hora es en Hengdian ahora?", ["20:00", "9:00"]),
])
def test_clock_in_hengdian_now(services: Services, lang: str, tz: str, line: str, words: list[str]) -> None:
    reply = _say(services, lang, [line], tz)
    assert reply.answer == "clock:now", reply.answer
    assert all(w in reply.text for w in words), reply.text


def test_an_events_hour_for_me_is_no_clock(services: Services) -> None:
    talk(services, "en", [("When is the Korea matchmaking?", "event:korea_matchmaking_2027#date"),
                          ("what time is it for me?", "event:korea_matchmaking_2027#date")])


# -- a team's hours, no team named ------------------------------------------------------------
@pytest.mark.parametrize("lang,turns", [
    ("en", [("Are you open now?", "contact:*#hours"), ("and on Saturday?", "contact:*#hours")]),
    ("en", [("what time do you open in London time?", "contact:*#hours")]),
    ("es", [("¿a qué hora abre la oficina en Bogotá?", "contact:*#hours")]),
])
def test_team_hours_unnamed(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns, fits=fits)


# -- free or not: a price --------------------------------------------------------------------
@pytest.mark.parametrize("lang,turns", [
    ("es", [("¿cuándo es la sesión informativa?", "event:global_talent_info_session_2026#date"), ("¿es gratis?", "gap:*")]),
    ("es", [("¿la jornada de pitch es gratis?", "gap:*")]),
    ("en", [("what's the Ming Qing Palace like?", "location:ming_qing_palace*"), ("is it free to visit for scouting?", "gap:*")]),
])
def test_free_is_a_price(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns, fits=fits)


@pytest.mark.parametrize("text,price", [("is entry free?", True), ("¿es gratuito?", True),
                                        ("feel free to answer in English", False), ("are you free tomorrow?", False)])
def test_free_words(text: str, price: bool) -> None:
    assert any(topic == "price" for topic, rx in lexicon.GAPS if lexicon.re.search(rx, fold(text))) is price


# -- a language as a filter of the titles listed ----------------------------------------------
@pytest.mark.parametrize("lang,turns", [
    ("en", [("any thrillers?", "list:works?genre=thriller"), ("which ones are in Spanish?", "list:works?genre=thriller&language=es")]),
    ("es", [("¿qué obras de misterio hay?", "list:works?genre=mystery"), ("¿cuáles están en español?", "list:works?genre=mystery&language=es")]),
    ("es", [("¿cuántas obras de ciencia ficción hay?", "list:works?genre=sci_fi"), ("¿alguna está en coreano?", "list:works?genre=sci_fi&language=ko")]),
])
def test_language_filters_the_list(services: Services, lang: str, turns) -> None:
    reply = talk(services, lang, turns)
    assert reply.lang == lang  # the reply language kept, not switched to the one named


@pytest.mark.parametrize("text,switch", [("which ones are in Spanish?", None), ("any of them in Korean?", None),
                                         ("can you answer in Spanish?", "es"), ("in English please", "en")])
def test_language_request_or_filter(text: str, switch: str | None) -> None:
    assert lexicon.language_request(text)[0] == switch


# -- the decimal comma --------------------------------------------------------------------------
def test_spanish_decimal_comma(services: Services) -> None:
    reply = _say(services, "es", ["¿cuántos episodios tiene El relojero del emperador?"])
    assert reply.answer == "work:work_emperors_clockmaker#episodes"
    assert "2,5 minutos" in reply.text, reply.text


# -- the catalog's genres after its overview ----------------------------------------------------
def test_genres_after_overview(services: Services) -> None:
    talk(services, "es", [("Buenas, ¿cuántas obras tiene el catálogo?", "catalog:about"),
                          ("¿y de qué géneros son?", ["catalog:about", "list:works"])])


# -- still on, confirmed ------------------------------------------------------------------------
@pytest.mark.parametrize("lang,turns", [
    ("en", [("is the latin film night still happening?", "event:latin_film_night#date")]),
    ("es", [("¿Cuándo es la Noche de Cine Latino?", "event:latin_film_night#date"),
            ("¿se confirmó que se hizo?", "event:latin_film_night#status")]),
])
def test_still_on(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns)


def test_confirmed_says_provisional(services: Services) -> None:
    reply = talk(services, "en", [("When is the Korea matchmaking?", "event:korea_matchmaking_2027#date"),
                                  ("is it confirmed?", "event:korea_matchmaking_2027#status")])
    assert "provisional" in reply.text


# -- a company's contact --------------------------------------------------------------------------
@pytest.mark.parametrize("lang,turns", [
    ("es", [("¿qué hace Dalynn?", "partner:dalynn_studio*"), ("gracias, ¿me pasas el contacto de Dalynn?", "contact:dalynn_studio*")]),
    ("es", [("¿cuál es el teléfono del centro de microdramas?", "contact:vertical_short_drama_center*")]),
])
def test_company_contact(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns, fits=fits)


# -- an introduction's country --------------------------------------------------------------------
def test_introduction_country_is_no_filter(services: Services) -> None:
    talk(services, "en", [(("Good afternoon o. I'm Emeka, I produce Nollywood series out of Lagos. "
                            "How many titles are in your catalog?"), "catalog:about")])


# -- the longest or shortest title, and a bound on the episodes -----------------------------------
@pytest.mark.parametrize("lang,turns", [
    ("es", [("¿Tenéis comedias en el catálogo?", "list:works?genre=comedy"),
            ("¿cuál tiene menos episodios?", "work:work_son_in_law_from_seoul#episodes")]),
    ("es", [("¿cuántas obras de ciencia ficción hay?", "list:works?genre=sci_fi"),
            ("¿cuál es la más larga?", "work:work_mocap_jianghu#episodes")]),
    ("en", [("What's the biggest catalog title by episodes?", "work:work_vanished_on_live#episodes")]),
])
def test_longest_or_shortest(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns)


def test_episodes_bound(services: Services) -> None:
    reply = talk(services, "es", [("¿y romance con más de 80 episodios?", "list:works")])
    works = {item.partition(":")[2] for item in reply.items}
    assert works == {"work_no_stand_in_for_love", "work_blade_and_blossom"}, works


# -- a country among those at an event ------------------------------------------------------------
def test_country_took_part(services: Services) -> None:
    talk(services, "es", [("Hola, ¿Uruguay participó en algún evento de ustedes?", "event:cross_cultural_exchange_2025"),
                          ("¿cuándo fue?", "event:cross_cultural_exchange_2025#date")])


def test_events_in_a_country_still_none(services: Services) -> None:
    reply = talk(services, "es", [("¿hay eventos en México?", "list:events*")], fits=fits)
    assert "México" in reply.text.split("\n")[0]


# -- a person a company's profile names ----------------------------------------------------------
@pytest.mark.parametrize("lang,line,name", [("en", "who is Jooick Lee?", "Jooick Lee"),
                                            ("es", "¿quién es Dennis Chau?", "Dennis Chau")])
def test_person_in_profile(services: Services, lang: str, line: str, name: str) -> None:
    reply = _say(services, lang, [line])
    assert reply.answer == "partner:reel_k#about", reply.answer
    assert name in reply.text and "“" not in reply.text and "«" not in reply.text, reply.text  # no quotes: his sentence only


# -- what a company organised ----------------------------------------------------------------------
def test_what_a_company_organised(services: Services) -> None:
    talk(services, "es", [("Buenas tardes. ¿Qué es la ZASME?", "partner:zasme_film_committee*"),
                          ("¿qué organizaron?", "event:signing_ceremony_2025"),
                          ("¿cuándo fue eso?", "event:signing_ceremony_2025#date")], fits=fits)


def test_kind_in_brackets_reads_once(services: Services) -> None:
    reply = _say(services, "en", ["which country is Purple Wave from?"])
    assert reply.answer == "partner:purple_wave#country"
    assert "((" not in reply.text and "))" not in reply.text and "production))" not in reply.text, reply.text


def test_the_may_exchange(services: Services) -> None:
    talk(services, "en", [("South Africa was at the May exchange right? what was that?", "event:cross_cultural_exchange_2025"),
                          ("when exactly?", "event:cross_cultural_exchange_2025#date")])


def test_event_priced_stays_in_focus(services: Services) -> None:
    talk(services, "es", [("¿Qué eventos hay para latinoamericanos?", "list:events*"),
                          ("¿la jornada de pitch es gratis?", "gap:*"),
                          ("¿cuándo es?", "event:latam_pitch_day_2027#date")], fits=fits)


def test_studio_as_place_is_no_organiser(services: Services) -> None:
    talk(services, "zh", [("我们请的几个外籍演员去横店拍戏，要办什么签证？", "faq:visa")])
