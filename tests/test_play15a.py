"""Kinds found by playing whole partner conversations in English and Spanish (session 15), in
fresh wordings:

- a new search for sets after a list of sets ("and something for a palace scene in the Qing
  dynasty?") is that search, not the listed set whose name shares a word ("Ming-Qing Folk Houses");
- "¿y en Corea?" after partners in Latin America (answered by the Spanish-language bridge FAQ)
  asks the partners of that country; "¿y para Argentina lo mismo?" after a title's co-production
  terms is the same terms and contact;
- chat spelling "d" is "de" ("y d esas cual esta en español?" narrows the list just shown);
- a self-introduction that says "bilingual" asks nothing about languages: the question after it
  is answered; "¿qué obras tienen en inglés?" is the titles in English, not a language switch."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import fits, talk


# -- a new search for sets after a list of sets ------------------------------------------------
@pytest.mark.parametrize("lang,first,then,expect", [
    ("en", "what sets have you got for a 1930s Republican street story?",
     "ok and what would work for a Qing palace wedding?", "list:locations?era=qing&scene=palace"),
    ("en", "any backlots for the Republican era?",
     "and something for throne-room scenes in the Qing dynasty?", "list:locations?era=qing&scene=palace"),
    ("es", "¿qué decorados hay para la época republicana?",
     "¿y algo para escenas de palacio de la dinastía Qing?", "list:locations?era=qing&scene=palace"),
])
def test_new_set_criteria_after_a_list_search_again(services: Services, lang, first, then, expect) -> None:
    reply = talk(services, lang, [(first, "list:locations?era=republican"), (then, expect)])
    assert reply.items[0] == "location:ming_qing_palace"


# -- the same for another country ---------------------------------------------------------------
@pytest.mark.parametrize("lang,first,then", [
    ("es", "¿con qué socios trabajan en Latinoamérica?", "¿y en Corea?"),
    ("es", "¿qué socios tienen en América Latina?", "¿y en Corea del Sur?"),
    ("en", "who are your partners in Latin America?", "and in Korea?"),
])
def test_partners_of_another_country_after_the_latin_bridge(services: Services, lang, first, then) -> None:
    reply = talk(services, lang, [(first, ["faq:spanish_distribution", "list:partners*"]),
                                  (then, "list:partners?country=KR")],
                 fits=fits)
    assert reply.items == ["partner:reel_k"]


@pytest.mark.parametrize("lang,title,ask,then", [
    ("es", "Siesta no incluida", "¿está abierta a coproducción?", "¿y para Argentina lo mismo?"),
    ("es", "El relojero del emperador", "¿se puede coproducir?", "¿y para México?"),
    ("en", "Siesta Not Included", "is it open for co-production?", "and the same for Australia?"),
])
def test_coproduction_terms_hold_for_another_territory(services: Services, lang, title, ask, then) -> None:
    talk(services, lang, [(title, "work:*"), (ask, "work:*#coproduction"), (then, "work:*#coproduction")],
         fits=fits)


# -- chat spelling, introductions, titles in a language ----------------------------------------
@pytest.mark.parametrize("narrow,code", [
    ("y d esas cuales estan en español?", "es"),
    ("cuales d esas hay en coreano?", "ko"),
])
def test_chat_d_for_de_narrows_the_list(services: Services, narrow, code) -> None:
    talk(services, "es", [("q obras d misterio tienen?", "list:works?genre=mystery"),
                          (narrow, f"list:works?genre=mystery&language={code}")])


@pytest.mark.parametrize("lang,ask,code", [
    ("en", "Hi from Montreal! We're a bilingual French/English outfit. Which titles come in Korean?", "ko"),
    ("en", "We are a bilingual studio in Cardiff. What works are available in Spanish?", "es"),
    ("es", "¿qué obras tienen en inglés?", "en"),
    ("es", "cuales series hay en ingles?", "en"),
])
def test_titles_in_a_language_are_the_list_not_the_languages_faq(services: Services, lang, ask, code) -> None:
    talk(services, lang, [(ask, f"list:works?language={code}")])


def test_a_bilingual_staff_question_stays_the_languages_faq(services: Services) -> None:
    talk(services, "en", [("we're a studio from Leeds. do you have bilingual staff on set?", "faq:languages")])


def test_speak_to_me_in_english_stays_a_switch(services: Services) -> None:
    talk(services, "es", [("háblame en inglés por favor", "pref:language")])


# -- the partner's own actors, other platforms' money, co-producing with Latin America ---------
@pytest.mark.parametrize("lang,ask", [
    ("es", "¿pueden actuar actores uruguayos en sus series?"),
    ("es", "nuestros actores podrían trabajar en un rodaje allá?"),
    ("en", "could our Ghanaian actors be cast in one of your shows?"),
    ("en", "can actors from Scotland work on productions there?"),
])
def test_the_partners_own_actors_are_the_foreign_actors_faq(services: Services, lang, ask) -> None:
    talk(services, lang, [(ask, "faq:foreign_actors")])


def test_the_partners_own_actors_and_a_visa_stay_the_visa(services: Services) -> None:
    talk(services, "es", [("¿nuestros actores van a necesitar visa?", "faq:visa")])


@pytest.mark.parametrize("lang,ask", [
    ("en", "what's Amazon paying for vertical dramas right now?"),
    ("en", "how much does DramaBox pay per episode?"),
    ("es", "¿cuánto le paga Netflix a una productora por un microdrama?"),
    ("es", "¿Televisa está comprando series cortas?"),
])
def test_what_another_platform_pays_is_off_topic(services: Services, lang, ask) -> None:
    talk(services, lang, [(ask, "out_of_scope")])


@pytest.mark.parametrize("lang,ask", [
    ("es", "¿ustedes coproducen con productoras de Latinoamérica?"),
    ("en", "do you guys co-produce with Latin American companies?"),
    ("zh", "你们跟拉美的制片公司合拍吗？"),
    ("ko", "중남미 제작사랑 공동 제작도 해요?"),
])
def test_co_producing_with_latin_america_is_the_latin_bridge(services: Services, lang, ask) -> None:
    talk(services, lang, [(ask, "faq:spanish_distribution")])


# -- the titles a team handles ------------------------------------------------------------------
DALYNN = ["work:work_emperors_clockmaker", "work:work_no_stand_in_for_love", "work:work_half_a_teahouse",
          "work:work_siesta_not_included"]


@pytest.mark.parametrize("lang,ask", [
    ("en", "what titles is Dalynn Studio handling?"),
    ("es", "¿qué series lleva Dalynn?"),
    ("zh", "Dalynn Studio那边负责哪几部作品？"),
])
def test_the_titles_a_team_handles(services: Services, lang, ask) -> None:
    reply = talk(services, lang, [(ask, "list:works?contact=dalynn_studio")])
    assert reply.items == DALYNN


@pytest.mark.parametrize("lang,card,ask", [
    ("es", "¿quiénes son Dalynn Studio?", "¿y qué obras llevan ellos?"),
    ("en", "tell me about Dalynn Studio", "which of your titles do they look after?"),
    ("ko", "Dalynn Studio 소개해 주세요", "그쪽 작품은 뭐가 있어요?"),
])
def test_the_titles_of_the_team_in_focus(services: Services, lang, card, ask) -> None:
    reply = talk(services, lang, [(card, ["partner:dalynn_studio", "partner:dalynn_studio#about"]),
                                  (ask, "list:works?contact=dalynn_studio")])
    assert reply.items == DALYNN


def test_a_partners_card_stays_its_card(services: Services) -> None:
    talk(services, "en", [("does Dalynn Studio have a deal with Hengdian?", ["partner:dalynn_studio",
                                                                            "partner:dalynn_studio#about"])])


def test_bringing_our_own_series_is_no_list_of_a_teams_titles(services: Services) -> None:
    reply = talk(services, "es", [("¿Dalynn Studio podría llevar nuestros títulos a Colombia?",
                                   ["faq:spanish_distribution", "partner:dalynn_studio"])])
    assert not reply.answer.startswith("list:works")


# -- joining asked bare, a lead time in Spanish, a year's events --------------------------------
@pytest.mark.parametrize("first,ask", [
    (None, "¿y cómo me uno?"),
    ("¿qué socios tiene la alianza?", "¿cómo nos unimos?"),
    (None, "queremos sumarnos, ¿qué hacemos?"),
])
def test_joining_asked_bare_in_spanish(services: Services, first, ask) -> None:
    turns = ([(first, "list:partners")] if first else []) + [(ask, "faq:join_alliance")]
    talk(services, "es", turns)


@pytest.mark.parametrize("ask", [
    "¿cuántas semanas antes hay que pedir el apoyo para el rodaje?",
    "con cuánto tiempo mandamos la solicitud de apoyo al rodaje?",
])
def test_how_early_to_request_support_is_the_procedure(services: Services, ask) -> None:
    reply = talk(services, "es", [(ask, "incentive:shoot_request_procedure#how_to_apply")])
    assert "cuatro semanas" in reply.text


@pytest.mark.parametrize("lang,ask", [
    ("es", "¿qué eventos tienen para 2027?"),
    ("en", "anything on in 2027?"),
    ("zh", "2027年都有哪些活动"),
    ("ko", "2027년 행사 일정 알려 주세요"),
])
def test_the_events_of_a_year_named(services: Services, lang, ask) -> None:
    reply = talk(services, lang, [(ask, "list:events?when=upcoming&year=2027")])
    assert "event:global_talent_info_session_2026" not in reply.items


# -- the weather is the place's team's ---------------------------------------------------------
@pytest.mark.parametrize("lang,first,ask", [
    ("en", "who handles Half a Teahouse?", "and what's the weather like there in April?"),
    ("es", "¿quién lleva El relojero del emperador?", "¿y qué clima hace en Hengdian en marzo?"),
    ("en", "who's the contact for Siesta Not Included?", "is there a decent hotel near the sets?"),
])
def test_weather_and_hotels_after_a_titles_contact_go_to_the_places_team(services: Services, lang, first, ask) -> None:
    talk(services, lang, [(first, ["contact:dalynn_studio#role", "work:*"]), (ask, "gap:international_business")],
         fits=fits)


# -- on-site services, the team just named, the set a title is shot on ------------------------
@pytest.mark.parametrize("lang,ask", [
    ("en", "do you offer on-site services like gear rental, local crew and accommodation?"),
    ("es", "¿tienen servicios en el lugar como alquiler de equipos, personal local y alojamiento?"),
])
def test_on_site_services_with_accommodation_are_the_services_incentive(services: Services, lang, ask) -> None:
    talk(services, lang, [(ask, "incentive:on_site_services")])


@pytest.mark.parametrize("lang,first,ask,expect", [
    ("en", "are there any incentives for shooting there?", "can you share the contact of that center?",
     "contact:vertical_short_drama_center#role"),
    ("es", "¿hay incentivos para rodar allá?", "pásame el contacto de ese centro porfa",
     "contact:vertical_short_drama_center#role"),
    ("en", "how does our company join the alliance?", "what's the secretariat's email?", "contact:hisda_secretariat#email"),
])
def test_the_team_just_named(services: Services, lang, first, ask, expect) -> None:
    talk(services, lang, [(first, ["faq:incentives", "faq:join_alliance"]), (ask, expect)])


@pytest.mark.parametrize("lang,card,ask,then", [
    ("es", "¿de qué trata Nocturno en Cantón?", "¿y en qué set se rueda?", "¿ese set de qué época es?"),
    ("en", "what's A Face in Clay about?", "which set is it filmed on?", "what era is that set?"),
    ("zh", "清明上河图谜案讲的是什么？", "在哪个景拍的？", None),
])
def test_the_set_a_title_is_shot_on(services: Services, lang, card, ask, then) -> None:
    turns = [(card, "work:*#logline"), (ask, "location:*")] + ([(then, "location:*#era")] if then else [])
    talk(services, lang, turns, fits=fits)


@pytest.mark.parametrize("card,ask", [
    ("when is the foreign actor casting day?", "can our actors sign up through you?"),
    ("tell me about the Virtual Production Stage Open Day", "could I register with you, right here?"),
])
def test_signing_up_through_the_bot_is_the_honest_signup_gap(services: Services, card, ask) -> None:
    reply = talk(services, "en", [(card, "event:*"), (ask, "gap:*")], fits=fits)
    assert "register" in reply.text


# -- "and in English?" after a title's languages ----------------------------------------------
@pytest.mark.parametrize("lang,first,again,has", [
    ("es", "¿Abuela 2.0 tiene versión en español?", "¿y en inglés?", "Sí."),
    ("es", "¿Espada y flor está en coreano?", "vale, ¿y en español?", "No,"),
    ("en", "is Grandma 2.0 available in Spanish?", "and in Korean?", "No,"),
])
def test_and_in_another_language_after_a_titles_languages_is_that_version(
        services: Services, lang, first, again, has) -> None:
    reply = talk(services, lang, [(first, "work:*#languages"), (again, "work:*#languages")], fits=fits)
    assert reply.text.startswith(has) and reply.lang == lang  # answered, in the partner's language


def test_in_english_please_after_a_titles_languages_still_switches(services: Services) -> None:
    reply = talk(services, "es", [("¿Abuela 2.0 tiene versión en español?", "work:*#languages"),
                                  ("en inglés por favor", "work:*#languages")], fits=fits)
    assert reply.lang == "en"


# -- a person of the organisers just named ----------------------------------------------------
@pytest.mark.parametrize("lang,ask,then", [
    ("es", "¿quiénes organizan la Noche de Cine Latino 2027?", "¿me pones en contacto con ellos?"),
    ("en", "who organises Latin Film Night 2027?", "can I talk to them directly?"),
])
def test_a_person_of_the_organisers_just_named(services: Services, lang, ask, then) -> None:
    reply = talk(services, lang, [(ask, "event:latin_film_night_2027#organisers"), (then, "handoff")])
    assert "partners@dalynn.example.com" in reply.text


# -- Scots spelling, the size of a discount -----------------------------------------------------
def test_scots_spelling_reads_as_english(services: Services) -> None:
    reply = talk(services, "en", [("whit's Dalynn Studio?", ["partner:dalynn_studio", "partner:dalynn_studio#about"]),
                                  ("an' whit titles dae they look efter?", "list:works?contact=dalynn_studio")])
    assert reply.items == DALYNN


@pytest.mark.parametrize("ask", ["¿de cuánto es el descuento?", "y de cuanto seria la rebaja pa nosotros?"])
def test_the_size_of_a_discount_is_an_honest_gap(services: Services, ask) -> None:
    talk(services, "es", [("¿hay descuentos para microdramas?", "faq:incentives"),
                          (ask, "gap:vertical_short_drama_center")])
