"""Kinds left by answer set 19 in English and Spanish (issue 7), each in fresh wordings of our own;
the set's own lines are never copied here:

- a person asked for in Doric ("a real body"), as "hook me up with her", as preferring a person
  ("I'd rather deal with a human", "prefiero verlo con alguien");
- the contact of a programme (the Alliance's initiatives: the HISDA Secretariat) asked right after
  its card; "who runs it?" stays the programme's own card;
- the time zone set by a city the menu does not list or by a zone's name ("Mountain time"), and
  in voseo or norteño ("usá la hora de…", "manejame el horario de…");
- Doric question words (fit's, foo much, fa dae) and what being a member costs (the secretariat's
  honest gap);
- an incentive said in business words ("cost cut", "convenio");
- a kind of title to pitch or sell to a buyer (the titles, not the pitch day);
- "when a crew is there": a time inside the question, not a date asked;
- joining said as enrolling, incorporarse, adherirse."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.handoff_words import asks_for_person, asks_to_connect
from intents.timezones import resolve
from tests.dialogue import fits, talk


@pytest.mark.parametrize("text", [
    "could I blether wi' a real body fae yer team",
    "hook us up with someone from your side",
    "I'd much rather deal with a person on this",
    "preferiríamos verlo con alguien del equipo",
    "prefiero platicarlo con una persona, compa",
])
def test_a_person_asked_in_other_words(text: str) -> None:
    assert asks_for_person(text)


@pytest.mark.parametrize("text", [
    "hook me up with some comedy titles", "the body of the contract", "prefiero el segundo",
    "prefiero los de misterio",
])
def test_look_alikes_ask_no_person(text: str) -> None:
    assert not asks_for_person(text) and not asks_to_connect(text)


def test_put_through_to_the_one_just_named(services: Services) -> None:
    talk(services, "en", [("who is Mary Lynn", ["contact:dalynn_studio*", "partner:dalynn_studio"]),
                          ("cool, hook me up with her", ["handoff", "handoff:dalynn_studio"])], fits)


@pytest.mark.parametrize("lang,turns", [
    ("en", [("what's the Global Talent Program", "program:global_talent_program"),
            ("who should I write to about that", "contact:hisda_secretariat*")]),
    ("en", [("tell me about A.R.C", "program:arc_system"),
            ("what email do I use for it", "contact:hisda_secretariat#email")]),
    ("es", [("qué es el programa global de talento", "program:global_talent_program"),
            ("y a q mail les escribo", "contact:hisda_secretariat#email")]),
])
def test_the_contact_of_a_programme_is_the_secretariat(services: Services, lang, turns) -> None:
    talk(services, lang, turns, fits)


def test_who_runs_a_programme_is_its_own_card(services: Services) -> None:
    talk(services, "en", [("what is the ARC system", "program:arc_system"),
                          ("who runs it", "program:arc_system*")], fits)


@pytest.mark.parametrize("lang,text,zone", [
    ("en", "we're based in Calgary, please use Mountain time for us", "America/Edmonton"),
    ("en", "kindly go by Chennai time for me", "Asia/Kolkata"),
    ("en", "please use Eastern time", "America/New_York"),
    ("es", "che, usá la hora de Mendoza", "America/Argentina/Mendoza"),
    ("es", "manejame el horario de Chihuahua porfa", "America/Chihuahua"),
])
def test_the_clock_set_by_a_city_or_a_zone_name(services: Services, lang, text, zone) -> None:
    talk(services, lang, [(text, "pref:timezone")])
    # the zone set is the city's (Calgary is on Edmonton's clock), not the zone name's city
    assert resolve(text) == zone


@pytest.mark.parametrize("text,expect", [
    ("foo much wid it cost tae be a member o the alliance", "gap:hisda_secretariat"),
    ("fa dae I email aboot joining the alliance", "contact:hisda_secretariat*"),
    ("fan is the next event", "event:global_talent_info_session_2026#date"),
])
def test_doric_question_words(services: Services, text, expect) -> None:
    talk(services, "en", [(text, expect)], fits)


@pytest.mark.parametrize("lang,text,expect", [
    ("en", "any cost-cutting scheme for short dramas?", "incentive:short_drama_cost_reduction"),
    ("en", "what's the short drama cost cut about", "incentive:short_drama_cost_reduction"),
    ("es", "y el recorte de costos pa microdramas q onda", "incentive:short_drama_cost_reduction"),
    ("es", "existe un convenio de acceso a sets para distribuidores?", "incentive:set_access_partnership"),
])
def test_an_incentive_in_business_words(services: Services, lang, text, expect) -> None:
    talk(services, lang, [(text, expect)])


@pytest.mark.parametrize("lang,text,expect", [
    ("en", "any romance we could sell to a streaming platform", "list:works?genre=romance"),
    ("en", "need comedy titles to pitch to our network, what have you got", "list:works?genre=comedy"),
    ("es", "tienen algo de comedia pa presentarle a una televisora", "list:works?genre=comedy"),
    ("es", "got anything for producers to pitch their projects?", "event:latam_pitch_day_2027"),
])
def test_titles_to_pitch_to_a_buyer_are_titles(services: Services, lang, text, expect) -> None:
    talk(services, lang, [(text, expect)])


@pytest.mark.parametrize("lang,text", [
    ("en", "which on-site services can we count on when our team is there"),
    ("es", "q servicios en el lugar nos dan cuando estemos alla"),
])
def test_when_inside_the_question_asks_no_date(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "incentive:on_site_services")])


@pytest.mark.parametrize("lang,text", [
    ("en", "we wish to enrol our company with the alliance, kindly share the process"),
    ("en", "how does enrollment in HISDA work"),
    ("es", "como hacemos pa incorporarnos a la alianza"),
    ("es", "queremos adherirnos a HISDA, q hay q hacer"),
])
def test_joining_said_as_enrolling(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "faq:join_alliance")])


@pytest.mark.parametrize("lang,turns,said", [
    ("en", [("romance titles pls", "list:works?genre=romance"), ("the first one", "work:work_moonlight_envoy"),
            ("what MG would you want on it", "gap:*")], "minimum guarantees"),
    ("es", [("muéstrame las de romance", "list:works?genre=romance"), ("la primera", "work:work_moonlight_envoy"),
            ("y cuánto piden de mínimo garantizado?", "gap:*")], "mínimos garantizados"),
    ("en", [("what's the vertical short drama incentive", ["incentive:short_drama_cost_reduction", "faq:incentives"]),
            ("what kind of discount are we talking", "gap:*")], "discount"),
    ("es", [("q onda el incentivo pa microdramas", ["incentive:short_drama_cost_reduction", "faq:incentives"]),
            ("y q tanto descuento dan", "gap:*")], "descuento"),
])
def test_a_minimum_guarantee_or_a_discount_gap_says_what_was_asked(services: Services, lang, turns, said) -> None:
    reply = talk(services, lang, turns, fits)
    assert said in reply.text  # not "prices and fees aren't published"


@pytest.mark.parametrize("lang,text", [
    ("en", "what documents will my crew be asked for at the border"),
    ("en", "any border paperwork for a Canadian team?"),
    ("es", "q documentos piden en la frontera pa mi equipo"),
])
def test_papers_at_the_border_are_the_visa(services: Services, lang, text) -> None:
    talk(services, lang, [(text, "faq:visa")])


@pytest.mark.parametrize("text,expect", [
    ("mi historia pasa en la dinastía Song, ¿dónde la monto?", ["faq:which_set", "location:*", "list:locations*"]),
    ("¿cuál es el monto del alquiler de un set?", "gap:*"),
])
def test_monto_the_verb_asks_no_amount(services: Services, text, expect) -> None:
    talk(services, "es", [(text, expect)], fits)
