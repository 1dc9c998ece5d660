"""Kinds found playing whole partner conversations in English and Spanish (play20a, 2026-12-02):

- a title picked by who is in it ("the one with the Chilean astronomer", "la del mochilero
  colombiano", "a mystery drama with a Uruguayan lead");
- the record talked about before pointed back at ("back to that drama you mentioned", "volviendo
  a la serie de antes", "is that where the series films?");
- how to apply asked impersonally or misspelt ("y cómo se pide", "hw to aply"), and how far ahead
  (the procedure that says it);
- one on-site service asked to be had there ("y extras?", "can we rent lights and cameras there?");
- a short question after a programme's card is asked of it; the Alliance's founding; the event
  that shows a programme;
- "is he there now?": yes or no before the hours;
- the films made on a set; whom to ring; other titles of a status; buying a title; the formal
  "me podría comunicar con un ejecutivo"."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import catalog, lexicon
from intents.handoff_words import asks_for_person
from tests.dialogue import globs as _fits
from tests.dialogue import last_reply, talk


# -- a title picked by who is in it -------------------------------------------------------------
@pytest.mark.parametrize("lang,turns", [
    ("en", [("what comedies are on the catalog", "list:works*"),
            ("the one with the Colombian backpacker", "work:work_die_another_take")]),
    ("en", [("Which titles are seeking partners?", "list:works*"),
            ("the one with the Chilean astronomer, what's the status?", "work:work_eclipse_over_qin#coproduction")]),
    ("en", [("do you have a mystery drama with a Uruguayan lead?", "work:work_canton_nocturne")]),
    ("en", [("any romance titles?", "list:works*"),
            ("the one with the Argentine sommelier, how many episodes?", "work:work_half_a_teahouse#episodes")]),
    ("es", [("tienen alguna serie de comedia?", "list:works*"),
            ("la del mochilero colombiano, de q trata?", "work:work_die_another_take#logline")]),
    ("es", [("q series tienen pa coproducir?", ["faq:coproduce_catalog_title", "list:works*"]),
            ("la de la astronoma chilena, cuantos capitulos tiene?", "work:work_eclipse_over_qin#episodes"),
            ("y en q idiomas esta?", "work:work_eclipse_over_qin#languages"),
            ("quien ve eso?", "contact:international_business*")]),
    ("es", [("tienen algun drama de misterio con una uruguaya?", "work:work_canton_nocturne")]),
    ("es", [("¿qué títulos de romance tienen?", "list:works*"),
            ("la de la actriz mexicana", "work:work_no_stand_in_for_love")]),
])
def test_a_title_picked_by_who_is_in_it(services: Services, lang, turns) -> None:
    talk(services, lang, turns, fits=_fits)


def test_a_description_no_title_fits_is_left_to_other_paths() -> None:
    assert catalog.described_subject("la del mochilero colombiano, de q trata?") == ["mochilero", "colombiano"]
    assert catalog.described_subject("a mystery drama with a Uruguayan lead") == ["uruguayan"]
    assert catalog.described_subject("which sets do you have for the Republican era?") is None
    assert catalog.described_subject("the one with the") is None


# -- the record talked about before -----------------------------------------------------------
@pytest.mark.parametrize("lang,back,who", [
    ("en", "back to that drama you mentioned, how many episodes?", "who's handling it?"),
    ("en", "going back to the series from before - how many episodes does it have?", "who handles it?"),
    ("es", "volviendo a la serie de antes, cuantos episodios tiene?", "con quien hablo pa coproducirla"),
    ("es", "la serie que mencionaste, cuántos episodios tiene?", "¿quién ve eso?"),
])
def test_back_to_the_title_before_a_list_of_sets(services: Services, lang, back, who) -> None:
    first = {"en": "do you have a mystery drama with a Uruguayan lead?", "es": "tienen algun drama de misterio con una uruguaya?"}
    sets = {"en": "ok, and which sets do you have for the Republican era?", "es": "y sets pa los años 30?"}
    talk(services, lang, [(first[lang], "work:work_canton_nocturne"), (sets[lang], "list:locations*"),
                          (back, "work:work_canton_nocturne#episodes"), (who, "contact:international_business*")],
         fits=_fits)


@pytest.mark.parametrize("lang,asked", [("en", "is that where the series films?"), ("es", "ahi se filma esa serie?")])
def test_where_the_title_before_films(services: Services, lang, asked) -> None:
    first = {"en": "do you have a mystery drama with a Uruguayan lead?", "es": "tienen algun drama de misterio con una uruguaya?"}
    sets = {"en": "which sets do you have for the Republican era?", "es": "y sets pa los años 30?"}
    talk(services, lang, [(first[lang], "work:work_canton_nocturne"), (sets[lang], "list:locations*"),
                          (asked, "location:guangzhou_hongkong_street")], fits=_fits)


@pytest.mark.parametrize("text,kind,before", [
    ("back to that drama you mentioned", "work", True), ("volviendo a la serie de antes", "work", True),
    ("back to that song dynasty set, can we close it?", "location", True), ("is that where the series films?", "work", False),
    ("what about the event you mentioned?", "event", True),
])
def test_pointing_back_is_read(text, kind, before) -> None:
    assert lexicon.earlier_pointed(text) == (kind, before)


@pytest.mark.parametrize("lang,asked", [("en", "back to that song dynasty set, can we close it off to tourists?"),
                                        ("es", "volviendo al set de antes, ¿se puede cerrar al público?")])
def test_a_set_kept_from_tourists_is_not_published(services: Services, lang, asked) -> None:
    first = {"en": "Need a Song dynasty street with a river, what have ye got?", "es": "busco una calle de la dinastía Song con río"}
    talk(services, lang, [(first[lang], "list:locations?era=song*"),
                          ({"en": "what's the weather like in March?", "es": "¿y el clima en marzo?"}[lang], "gap:*"),
                          (asked, "gap:*")], fits=_fits)


# -- applying ----------------------------------------------------------------------------------
@pytest.mark.parametrize("lang,how,ahead", [
    ("en", "hw to aply", "how long before do we need to apply"),
    ("en", "how do we apply for that", "how far ahead of the shoot do we need to apply?"),
    ("es", "y como se pide", "cuanto tiempo antes hay q pedirlo?"),
    ("es", "¿cómo se solicita?", "¿con cuánta antelación hay que pedirlo?"),
])
def test_how_and_how_far_ahead_to_apply(services: Services, lang, how, ahead) -> None:
    first = {"en": "wat incentivs for shortdrama u hav", "es": "que incentivos hay pa filmar microdramas"}
    talk(services, lang, [(first[lang], ["faq:incentives", "list:incentives", "incentive:*"]),
                          (how, "incentive:*#how_to_apply"),
                          (ahead, "incentive:shoot_request_procedure#how_to_apply")], fits=_fits)


@pytest.mark.parametrize("lang,asked", [
    ("en", "can we rent lights and cameras there?"), ("en", "what about extras?"),
    ("es", "y se consigue equipo alla? luces, camaras"), ("es", "y extras?"), ("es", "¿se pueden alquilar cámaras allá?"),
])
def test_one_service_asked_to_be_had_there(services: Services, lang, asked) -> None:
    first = {"en": "what incentives are there", "es": "que incentivos hay"}
    talk(services, lang, [(first[lang], ["faq:incentives", "list:incentives"]), (asked, "incentive:on_site_services")],
         fits=_fits)


@pytest.mark.parametrize("lang,asked", [
    ("es", "el equipo local habla ingles o espanol? o tenemos que llevar interprete de chino?"),
    ("en", "do you have interpreters on set? our director speaks only Spanish"),
])
def test_an_interpreter_asked_alone_is_the_languages_faq(services: Services, lang, asked) -> None:
    talk(services, lang, [(asked, "faq:languages")], fits=_fits)


# -- programmes ----------------------------------------------------------------------------------
@pytest.mark.parametrize("lang,first,asked,expect", [
    ("es", "hola, qué es el programa de talento global?", "cuantas personas tiene?", "program:global_talent_program"),
    ("es", "¿Qué es el sistema ARC?", "¿quién lo desarrolla?", "program:arc_system"),
    ("es", "¿Qué es el sistema ARC?", "¿hay algún evento donde lo enseñen?", "event:virtual_stage_open_day_2027"),
    ("en", "what is the ARC system?", "is there an event where they show it?", "event:virtual_stage_open_day_2027"),
    ("ko", "A.R.C 시스템이 뭡니까?", "어느 회사가 개발했습니까?", ["program:arc_system*", "partner:purple_wave*"]),
    ("es", "¿Podría darme información sobre la Alianza?", "¿Cuándo se fundó la Alianza?", "faq:what_is_hisda"),
    ("en", "who are the members", "when was the alliance founded?", "faq:what_is_hisda"),
])
def test_a_short_question_after_a_programme(services: Services, lang, first, asked, expect) -> None:
    reply = last_reply(services, lang, [first, asked])
    assert _fits(expect, reply.answer), reply.answer


@pytest.mark.parametrize("lang,asked", [("es", "que socios tiene la alianza?"), ("en", "who's in the alliance from Korea?")])
def test_the_alliances_members_stay_a_list(services: Services, lang, asked) -> None:
    assert last_reply(services, lang, [asked]).answer.startswith("list:partners")


# -- a team at work now -------------------------------------------------------------------------
@pytest.mark.parametrize("lang,who,now,opening", [
    ("en", "who is Zhou Fenglai?", "is he there now?", "No, "),
    ("en", "who is Zhou Fenglai?", "are they open right now?", "No, "),
    ("es", "¿quién es Mary Lynn?", "¿está ahora?", "No, "),
    ("es", "¿quién es Mary Lynn?", "¿y atienden ahorita?", "No, "),
])
def test_in_the_office_now(services: Services, lang, who, now, opening) -> None:
    # the pinned clock is Monday 20:00 in Beijing: both teams have gone home
    reply = last_reply(services, lang, [who, now])
    assert reply.answer.endswith("#hours") and reply.text.startswith(opening), (reply.answer, reply.text)


@pytest.mark.parametrize("text", ["is he there now?", "are they open right now?", "¿están ahora?", "¿atienden ahorita?"])
def test_in_office_now_is_read_as_hours(text) -> None:
    assert "hours" in lexicon.facts_asked(text)


# -- sets -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang,asked", [("en", "what films were shot there?"), ("en", "which movies were made there?"),
                                        ("es", "¿qué películas se filmaron ahí?"), ("es", "¿y qué pelis se rodaron allí?")])
def test_the_films_made_on_a_set(services: Services, lang, asked) -> None:
    first = {"en": "tell me about the Qin Palace", "es": "háblame del palacio Qin"}
    reply = talk(services, lang, [(first[lang], "location:qin_palace*"), (asked, "location:qin_palace#built")], fits=_fits)
    assert "Hero" in reply.text or "Héroe" in reply.text


@pytest.mark.parametrize("asked", ["who do I ring about booking it?", "who should I call about it?",
                                   "who do we phone for that set?"])
def test_whom_to_ring(services: Services, asked) -> None:
    talk(services, "en", [("tell me about the Qin Palace", "location:qin_palace*"), (asked, ["contact:*", "gap:*"])],
         fits=_fits)


@pytest.mark.parametrize("lang,asked", [("en", "can we shoot there at night?"), ("es", "¿se puede grabar ahí de noche?")])
def test_shooting_there_at_night(services: Services, lang, asked) -> None:
    first = {"en": "Need a Song dynasty street with a river", "es": "busco una calle de la dinastía Song con río"}
    reply = talk(services, lang, [(first[lang], "list:locations?era=song*"), (asked, "location:qingming_riverside#scene_types")],
                 fits=_fits)  # (fixC6 keys the scene yes-or-no of a set #scene_types)
    assert "Dream Valley" in reply.text


# -- titles ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang,first,others", [
    ("en", "show me Die Another Take", "which other ones are available for licensing?"),
    ("en", "show me Die Another Take", "any others available for licensing?"),
    ("es", "muéstrame Morir en cada toma", "y q otras estan disponibles pa licencia?"),
])
def test_other_titles_of_a_status(services: Services, lang, first, others) -> None:
    talk(services, lang, [(first, "work:work_die_another_take*"),
                          (others, "list:works?coproduction=available_for_licensing")], fits=_fits)


@pytest.mark.parametrize("lang,buy", [("en", "how do I buy it?"), ("en", "how can we acquire the rights?"),
                                      ("es", "ok y como la compro"), ("es", "¿cómo la adquirimos?")])
def test_buying_a_title_is_its_licensing(services: Services, lang, buy) -> None:
    first = {"en": "show me Die Another Take", "es": "muéstrame Morir en cada toma"}
    talk(services, lang, [(first[lang], "work:work_die_another_take*"),
                          (buy, ["work:work_die_another_take#coproduction", "faq:coproduce_catalog_title"])],
         fits=_fits)


@pytest.mark.parametrize("text", ["¿Me podría comunicar con un ejecutivo, por favor?", "¿nos puede conectar con alguien del equipo?",
                                  "¿me podrían comunicar con una persona?"])
def test_the_formal_request_for_a_person(text) -> None:
    assert asks_for_person(text)


def test_cameras_in_a_long_question_about_ai_ask_no_service(services: Services) -> None:
    asked = ("is there much artificial intelligence going into the shoots there, or is it all people "
             "and cameras the old-fashioned way")
    reply = last_reply(services, "en", [asked])
    assert reply.answer in ("faq:ai_tools", "program:arc_system"), reply.answer


@pytest.mark.parametrize("text", ["who do I email about that one?", "what about that one?", "and about the second one?"])
def test_about_that_one_is_no_pointer_back(text) -> None:
    assert lexicon.earlier_pointed(text) is None
