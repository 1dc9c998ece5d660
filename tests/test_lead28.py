"""Kinds read from the partner play through the Telegram stub (play28, issue 7):

- "¿hay alguna obra que busque coproductores?": the subjunctive of *buscar* is spelt with -qu-,
  and it filters the titles seeking co-producers as "buscan" does;
- "how far is that from Shanghai?" with a set or an event in focus is the way to Hengdian (every
  set is there), not a detail of that record left unpublished;
- "when and where was it?" of an event gone by is one sentence: the name once, the date and the
  place, the caveat of a lapsed proposal once; "when and where is it?" of one whose next edition
  is coming leads with that edition, date and place in one sentence, then the one gone by.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import fits, talk


@pytest.mark.parametrize("asked", ["hay alguna obra que busque coproductores latinos?",
                                   "necesito series que busquen socios para coproducir"])
def test_the_spanish_subjunctive_of_buscar_filters_the_titles_seeking_partners(services: Services, asked: str) -> None:
    talk(services, "es", [(asked, "list:works?coproduction=seeking_partners")], fits)


@pytest.mark.parametrize(("lang", "first", "far"), [
    ("en", "where is Yuanming New Garden?", "how far is that from Shanghai?"),
    ("es", "¿dónde queda el Nuevo Jardín Yuanming?", "¿a qué distancia queda de Shanghái?"),
    ("zh", "圆明新园在哪里？", "离上海多远？"),
    ("ko", "원명신원은 어디에 있어요?", "상하이에서 얼마나 멀어요?"),
])
def test_how_far_from_a_city_with_a_set_in_focus_is_the_way_there(services: Services, lang: str, first: str,
                                                                  far: str) -> None:
    reply = talk(services, lang, [(first, "location:yuanming_new_garden*"), (far, "faq:*")], fits)
    assert "faq:how_to_reach_hengdian" == reply.answer


def test_a_price_of_the_trip_with_a_set_in_focus_stays_a_gap(services: Services) -> None:
    talk(services, "en", [("where is Yuanming New Garden?", "location:yuanming_new_garden*"),
                          ("how much does a day of shooting there cost?", "gap:*")], fits)


@pytest.mark.parametrize(("lang", "asked", "date", "place"), [
    ("en", "when and where was the 2025 signing ceremony?", "18 February 2025", "Hengdian, Dongyang"),
    ("es", "la ceremonia de firmas 2025, ¿cuándo fue exactamente y dónde?", "18 de febrero de 2025", "Hengdian, Dongyang"),
    ("zh", "2025签约仪式是什么时候在哪里办的？", "2025年2月18日", "浙江东阳横店"),
])
def test_when_and_where_of_a_past_event_is_one_sentence(services: Services, lang: str, asked: str, date: str,
                                                        place: str) -> None:
    reply = talk(services, lang, [(asked, "event:signing_ceremony_2025#*")], fits)
    first = reply.text.split("\n")[0]
    assert date in first and place in first
    assert reply.text.count("<b>") == 1, reply.text  # the name said once


@pytest.mark.parametrize(("lang", "asked", "caveat"), [
    ("en", "when and where is latin film night?", "no confirmation"),
    ("ko", "라틴 영화의 밤은 언제인지, 어디서 하는지 알려주세요", "확인된 바 없습니다"),
    ("es", "¿cuándo y dónde es la noche de cine latino?", "no consta"),
])
def test_when_and_where_of_a_lapsed_proposal_leads_with_the_next_edition(services: Services, lang: str,
                                                                         asked: str, caveat: str) -> None:
    reply = talk(services, lang, [(asked, "event:latin_film_night*")], fits)
    assert reply.text.startswith(("<b>Latin Film Night 2027</b>", "<b>2027 라틴", "La <b>Noche de Cine Latino 2027</b>"))
    assert "2027" in reply.text.split(".")[0] and reply.text.count(caveat) == 1


@pytest.mark.parametrize(("lang", "asked", "first"), [
    ("en", "how many titles in your catalog overall?", "The catalog holds 24 titles"),
    ("es", "¿cuántos títulos tiene el catálogo en total?", "El catálogo reúne 24 títulos"),
    ("zh", "片单一共有多少部？", "片单共收录24部作品"),
    ("ko", "카탈로그에 작품이 총 몇 편이에요?", "카탈로그에는 모두 24편"),
])
def test_how_many_titles_says_the_number_first(services: Services, lang: str, asked: str, first: str) -> None:
    reply = talk(services, lang, [(asked, ["catalog:about", "list:works"])], fits)
    assert reply.text.startswith(first), reply.text


def test_the_catalog_described_does_not_count(services: Services) -> None:
    reply = talk(services, "en", [("tell me about the catalog", "catalog:about")], fits)
    assert reply.text.startswith("<b>")


@pytest.mark.parametrize(("lang", "turns"), [
    ("ko", ["미스터리 작품 있어요?", "두 번째 거 관심 있어요", "영어로 한 번만 보내 주세요, 동료가 미국 사람이라서"]),
    ("es", ["¿tienen series de misterio?", "me interesa la segunda", "in English please"]),
])
def test_a_title_noted_as_interesting_is_re_sent_in_another_language(services: Services, lang: str,
                                                                     turns: list[str]) -> None:
    reply = talk(services, lang, [(turns[0], "list:works?genre=mystery"), (turns[1], "work:*"),
                                  (turns[2], "work:*")], fits)
    assert reply.lang == "en" and reply.outcome == "answered"


@pytest.mark.parametrize(("lang", "asked", "expect"), [
    ("ko", "그리고 제작 비용은 대략 어느 정도인지 궁금합니다", "faq:costs"),
    ("zh", "那制作费用大概是多少呢？", "faq:costs"),
    ("es", "¿a grandes rasgos cómo andan los costos de rodaje?", "faq:costs"),
    ("zh", "在横店拍一天大概多少钱？", "gap:*"),  # one day's price: unpublished, however rough
    ("ko", "촬영 비용은 하루에 대략 얼마예요?", "gap:*"),
])
def test_a_rough_idea_of_production_costs_is_the_costs_faq(services: Services, lang: str, asked: str,
                                                           expect: str) -> None:
    talk(services, lang, [(asked, expect)], fits)


@pytest.mark.parametrize(("asked", "switch"), [
    ("solo esta vez en inglés, es para mi socio", "en"),
    ("¿está disponible en inglés para mi socio?", None),  # whether a title comes in English
    ("¿qué obras están en coreano?", None),
])
def test_a_copy_just_once_for_someone_is_a_language_request(asked: str, switch: str | None) -> None:
    from intents.lexicon import language_request
    assert language_request(asked)[0] == switch
