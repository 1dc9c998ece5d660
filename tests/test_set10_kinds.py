"""Kinds found by blind set 10, tested in fresh wordings (not from any evaluation set):

- after the joining FAQ, the yearly fee is the Secretariat's honest gap and "which e-mail?",
  "what hours?" are the Secretariat's facts, never the FAQ again;
- membership said in so many words ("as members") is joining, the alliance unnamed;
- "the next upcoming event", "다음에 열리는 행사" is that one event; "timing ... for the same" its date;
- "was it conducted?", "did it actually run?", "搞咗未" ask whether an event took place;
- "loop in a human", "put me through to them", "comunícame con ellos", "someone ... give me a
  ring" ask for a person."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.handoff_words import asks_for_person, asks_to_connect
from tests.dialogue import fits, talk


@pytest.mark.parametrize("lang,turns", [
    ("en", [("how would our studio go about joining the alliance?", "faq:join_alliance"),
            ("how much does that run us per year?", "gap:hisda_secretariat"),
            ("which mail address should the paperwork go to?", "contact:hisda_secretariat#email"),
            ("and when are they in the office?", "contact:hisda_secretariat#hours")]),
    ("zh", [("我们公司想入会，流程是怎样的？", "faq:join_alliance"),
            ("会费一年大概多少？", "gap:hisda_secretariat"),
            ("材料发到哪个邮箱？", "contact:hisda_secretariat#email")]),
    ("ko", [("저희 회사도 연맹에 가입하고 싶은데 어떻게 하면 되나요?", "faq:join_alliance"),
            ("연회비는 얼마 정도예요?", "gap:hisda_secretariat"),
            ("자료는 어느 메일 주소로 보내면 될까요?", "contact:hisda_secretariat#email"),
            ("거기 몇 시까지 근무해요?", "contact:hisda_secretariat#hours")]),
])
def test_after_the_joining_faq_fees_and_contact_facts_are_the_secretariats(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns)


def test_members_said_is_joining_with_the_alliance_unnamed(services: Services) -> None:
    talk(services, "en", [("hiya, small crew from Dundee here, how do we sign on with you as members?", "faq:join_alliance")])


@pytest.mark.parametrize("lang,text", [
    ("en", "Kindly tell the next upcoming event please"),
    ("ko", "다음에 잡힌 행사는 뭔가요?"),
])
def test_the_next_upcoming_event_is_that_one_event(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "event:global_talent_info_session_2026")])


def test_timing_for_the_same_is_the_date_of_the_event_in_focus(services: Services) -> None:
    talk(services, "en", [("what is your next upcoming event?", "event:global_talent_info_session_2026"),
                          ("What is the timing for the same?", "event:global_talent_info_session_2026#date")])


@pytest.mark.parametrize("lang,text", [
    ("en", "the Latin Film Night of 2025, was it conducted finally?"),
    ("en", "Latin Film Night 2025 - did that one actually run?"),
    ("zh", "拉丁電影之夜2025年嗰場，搞咗未呀？"),
])
def test_whether_it_took_place_is_the_status(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "event:latin_film_night#status")])


def test_organised_by_asks_the_organisers_not_the_status(services: Services) -> None:
    talk(services, "en", [("the 2025 signing ceremony was organised by whom?", "event:signing_ceremony_2025#organisers")])


@pytest.mark.parametrize("text", [
    "could you loop in a human about this one?",
    "can somebody from your licensing side give us a call?",
    "comunícame con ellos porfa",
])
def test_person_asked_in_these_words(text: str) -> None:
    assert asks_for_person(text) or asks_to_connect(text)


@pytest.mark.parametrize("text", ["the loop of the story is great", "give me a call sheet template", "put me on the list"])
def test_look_alikes_ask_for_nobody(text: str) -> None:
    assert not asks_for_person(text) and not asks_to_connect(text)


@pytest.mark.parametrize("lang,text", [
    ("en", "what's that supply chain platform ZASME set up, what's it for?"),
    ("zh", "ZASME搞的那个供应链平台具体做什么？"),
    ("es", "¿para qué sirve la plataforma digital de cadena de suministro de ZASME?"),
])
def test_a_programme_named_beside_its_company_is_the_programme(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "program:digital_supply_chain_platform")])


@pytest.mark.parametrize("lang,text", [
    ("en", "Dalynn gets to use your sets - could another distributor sign the same kind of deal?"),
    ("es", "¿otra productora podría conseguir el mismo acuerdo que Dalynn con los sets?"),
    ("zh", "Dalynn那种用景的合作，其他发行公司也能谈吗？"),
    ("ko", "달린처럼 세트 쓰는 협약, 다른 회사도 맺을 수 있어요?"),
])
def test_the_same_deal_for_another_company_is_who_qualifies(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "incentive:set_access_partnership#eligibility")])


@pytest.mark.parametrize("lang,text", [
    ("es", "¿me pueden atender en español? y en el set, ¿hay gente bilingüe?"),
    ("zh", "能用韩语跟你聊吗？现场有会外语的人吗？"),
    ("ko", "여기 영어로 물어봐도 돼요? 촬영장에 영어 하시는 분 계세요?"),
])
def test_the_bots_language_asked_beside_the_crews_is_the_languages_faq(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "faq:languages")])


@pytest.mark.parametrize("lang,text", [("en", "switch to spanish please"), ("ko", "중국어로 바꿔 주세요")])
def test_a_plain_language_change_stays_a_change(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "pref:language")])


@pytest.mark.parametrize("lang,turns", [
    ("es", [("¿cuándo es el encuentro de negocios con Reel-K?", "event:korea_matchmaking_2027#date"),
            ("otra cosa: allá, ¿le dan papeles a actores extranjeros? tenemos dos actrices uruguayas", "faq:foreign_actors")]),
    ("ko", [("서울 매칭 행사 언제예요?", "event:korea_matchmaking_2027#date"),
            ("거기 외국인 배우도 캐스팅해요?", "faq:foreign_actors")]),
])
def test_there_beside_actors_is_the_studios_not_the_event_in_focus(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns)


def test_there_still_points_at_the_event_for_its_facts(services: Services) -> None:
    talk(services, "es", [("¿cuándo es el encuentro de negocios con Reel-K?", "event:korea_matchmaking_2027#date"),
                          ("¿y allí a qué hora empieza?", "event:korea_matchmaking_2027#date")])


@pytest.mark.parametrize("lang,text", [
    ("zh", "你们的剧能不能发行到拉美？有没有渠道？"),
    ("ko", "남미 쪽으로 배급할 길이 있나요?"),
    ("es", "¿cómo distribuyen sus series en Latinoamérica?"),
])
def test_reaching_latin_america_is_the_spanish_language_bridge(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "faq:spanish_distribution")])


def test_a_near_certain_subject_with_its_own_word_is_not_off_topic(services: Services) -> None:
    reply = talk(services, "en", [("any subsidy scheme for web series crews from Nairobi? kindly revert",
                                   ["faq:incentives", "incentive:short_drama_cost_reduction", "list:incentives"])])
    assert reply.outcome != "fallback"


@pytest.mark.parametrize("lang,turns", [
    ("en", [("pop me on the list for new title news", ["subscribe", "subscribe:catalog_releases"])]),
    ("es", [("¿tienen algún socio de Corea del Sur?", ["list:partners?country=KR", "partner:reel_k"])]),
    ("es", [("¿cómo se entra en la alianza?", "faq:join_alliance"),
            ("¿y qué coste anual tiene?", "gap:hisda_secretariat")]),
    ("es", [("¿cuánto piden por licenciar uno de sus títulos para Perú?", "gap:*")]),
    ("en", [("what's the cost to attend the Seoul matchmaking, per person?", "gap:*")]),
    ("zh", [("有喜剧吗", "list:works?genre=comedy"), ("第二部讲的嘛？", "work:*#logline")]),
])
def test_set10_words(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns, fits=fits)


@pytest.mark.parametrize("lang,text", [
    ("en", "we haven't locked the period yet - how do we pick which of your lots to shoot on?"),
    ("es", "todavía no definimos la época, ¿qué escenario nos conviene?"),
    ("ko", "아직 시대 배경은 안 정했는데 어느 세트를 골라야 할까요?"),
])
def test_choosing_a_set_with_no_period_is_the_guide(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "faq:which_set")])


def test_choosing_a_set_for_a_named_period_still_lists_that_period(services: Services) -> None:
    talk(services, "zh", [("我们拍民国戏，该选哪个景？", "list:locations?era=republican")])


@pytest.mark.parametrize("lang,text", [
    ("zh", "听说你们用AI选景、做造型设计，是真的吗？"),
    ("ko", "인공지능으로 로케이션 헌팅까지 한다던데 맞아요?"),
])
def test_machines_scouting_or_designing_is_the_ai_faq(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, ["faq:ai_tools", "program:arc_system"])])



def test_a_city_said_to_ask_how_to_join_sets_no_time_zone(services: Services) -> None:
    talk(services, "zh", [("我哋喺溫哥華開咗間公司，想埋你哋聯盟，要點做？", "faq:join_alliance")])


def test_a_city_said_to_set_the_time_zone_still_sets_it(services: Services) -> None:
    talk(services, "zh", [("我在温哥华，帮我把时区设一下", "pref:timezone")])
