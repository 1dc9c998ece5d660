"""Kinds from play30a's partner play (fixp30b):

- K1: every title asked to be shown ("show me all your titles", "todos los títulos", "全部剧目",
  "작품 전체 목록") is page 1 of all genres with its count line, and "the sixth one" follows;
  how many there are, or an overview, stays the catalog's card;
- K2: a short question about the record in focus is answered from that record (what its
  description says about interpretation or the countries that took part, that no date is
  published), never out of scope or the fallback;
- K5: an attribute no file publishes (sizes and superlatives, scholarships, attendance) is the
  one-line gap with its contact;
- K17: thanks said with a goodbye ("gracias, adiós", "谢谢，再见") is a goodbye.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import fits, talk

ALL_PAGE = "list:works"


# -- K1: all titles shown ---------------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "asked", "sixth"), [
    ("en", "show me all your titles", "the sixth one"),
    ("en", "browse all titles please", "the sixth one"),
    ("en", "the full list", "the sixth one"),
    ("es", "todos los títulos", "el sexto"),
    ("es", "pásame la lista completa de títulos", "el sexto"),
    ("zh", "全部剧目", "第六个"),
    ("zh", "所有作品列一下", "第六部"),
    ("ko", "작품 전체 목록", "여섯 번째"),
    ("ko", "모든 작품 보여 주세요", "여섯 번째 작품"),
])
def test_all_titles_are_the_first_page_of_all_genres(services: Services, lang: str, asked: str, sixth: str) -> None:
    reply = talk(services, lang, [(asked, "list:works")])
    assert reply.answer == ALL_PAGE, reply.answer  # no genre filter: every title
    assert "24" in reply.text  # the count line
    talk(services, lang, [(asked, "list:works"), (sixth, "work:*")], fits=fits)


@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "how many titles in total?"),
    ("en", "all your titles, how many are there?"),
    ("en", "give me an overview of all your titles"),
    ("zh", "全部作品有多少部"),
    ("ko", "전체 작품 몇 편이에요?"),
])
def test_how_many_titles_or_an_overview_stays_the_card(services: Services, lang: str, asked: str) -> None:
    talk(services, lang, [(asked, "catalog:about")])


# -- K17: thanks with a goodbye ---------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "said", "expect"), [
    ("es", "gracias, adiós", "smalltalk:goodbye"),
    ("es", "muchas gracias, hasta luego", "smalltalk:goodbye"),
    ("zh", "谢谢，再见", "smalltalk:goodbye"),
    ("ko", "감사합니다 안녕히 계세요", "smalltalk:goodbye"),
    ("en", "thank you, goodbye", "smalltalk:goodbye"),
    ("es", "gracias", "smalltalk:thanks"),
    ("zh", "谢谢", "smalltalk:thanks"),
])
def test_thanks_with_a_farewell_is_a_goodbye(services: Services, lang: str, said: str, expect: str) -> None:
    talk(services, lang, [(said, expect)])


# -- K5: sizes, superlatives, scholarships, attendance: not published -------------------------------
@pytest.mark.parametrize(("lang", "said"), [
    ("es", "¿Cuál es el set más grande que tienen y cuántos metros mide?"),
    ("es", "¿de qué tamaños son los foros?"),
    ("en", "what sizes are the sound stages?"),
    ("en", "which is your largest stage?"),
    ("zh", "最大的摄影棚是哪个？"),
    ("ko", "제일 큰 세트는 몇 미터예요?"),
    ("es", "¿hay becas?"),
    ("en", "are there any scholarships?"),
    ("zh", "有奖学金吗？"),
    ("ko", "장학금 있나요?"),
])
def test_an_unpublished_size_or_scholarship_is_a_gap(services: Services, lang: str, said: str) -> None:
    talk(services, lang, [(said, "gap:*")], fits=fits)


@pytest.mark.parametrize(("lang", "opening", "asked"), [
    ("es", "platícame de la jornada de pitch", "¿y cuánta gente va?"),
    ("en", "tell me about the korea matchmaking", "how many people go?"),
    ("zh", "介绍一下首尔的对接会", "一般多少人来？"),
    ("ko", "서울 매칭 행사 알려 주세요", "몇 명 정도 와요?"),
])
def test_attendance_of_the_event_in_focus_is_a_gap(services: Services, lang: str, opening: str, asked: str) -> None:
    talk(services, lang, [(opening, "event:*"), (asked, "gap:*")], fits=fits)


# -- K2: a short question about the record in focus -------------------------------------------------
@pytest.mark.parametrize(("lang", "opening", "asked", "said"), [
    ("es", "háblame de la jornada de pitch", "¿habrá traducción simultánea?", "interpretación"),
    ("en", "tell me about latin film night 2027", "is it in english?", "interpretation"),
    ("zh", "说说拉美推介会", "有同传吗？", "同传"),
    ("ko", "피칭 데이 알려주세요", "통역 있어요?", "통역"),
])
def test_interpretation_asked_of_the_event_in_focus_is_what_its_text_says(
        services: Services, lang: str, opening: str, asked: str, said: str) -> None:
    reply = talk(services, lang, [(opening, "event:*"), (asked, "event:*")], fits=fits)
    assert said in reply.text


def test_interpretation_its_text_does_not_mention_is_a_gap(services: Services) -> None:
    talk(services, "en", [("tell me about the signing ceremony", "event:signing_ceremony_2025"),
                          ("is there interpretation?", "gap:*")])


@pytest.mark.parametrize(("asked", "expect"), [("¿participó Uruguay?", "event:cross_cultural_exchange_2025"),
                                               ("¿participó Japón?", "gap:*")])
def test_a_country_asked_of_the_event_in_focus_is_read_in_its_text(services: Services, asked: str, expect: str) -> None:
    reply = talk(services, "es", [("¿qué fue el intercambio de mayo de 2025?", "event:cross_cultural_exchange_2025"),
                                  (asked, expect)], fits=fits)
    assert expect.startswith("gap") or reply.text.startswith("Sí") and "Uruguay" in reply.text


@pytest.mark.parametrize(("lang", "opening", "asked"), [
    ("es", "sets de estilo occidental", "¿cuándo estarán listos?"),
    ("en", "any western-style sets?", "when will they be ready?"),
])
def test_when_the_sets_being_built_are_ready(services: Services, lang: str, opening: str, asked: str) -> None:
    talk(services, lang, [(opening, "list:locations"), (asked, "location:international_sets#built")])


@pytest.mark.parametrize(("lang", "opening", "asked"), [
    ("en", "tell me about the signing ceremony", "how many episodes?"),
    ("es", "háblame de la jornada de pitch", "¿cuántos capítulos?"),
])
def test_episodes_asked_with_no_title_in_focus_ask_which_title(services: Services, lang: str, opening: str, asked: str) -> None:
    talk(services, lang, [(opening, "event:*"), (asked, "clarify")], fits=fits)
