"""Kinds of set 32 (fixs33a), in the four languages:

- the shows going out to the Spanish-speaking Americas, asked with a list or a title in focus
  ("would these ever get out to viewers in Mexico, like dubbed?"), are the Spanish-language route,
  while "is it dubbed for Mexico?" stays the title's languages and "which are in Spanish?" the filter;
- a catalog title made together, or the partner's money put into one ("take a drama from your list
  and make it together with our money", "producirlo juntos", "片单上的项目想投"), is how a catalog
  title is co-produced, not the list, a fallback or a rights gap;
- "카탈로그에 무슨 작품들 있는지?" asks what the catalog holds, not how to co-produce a title.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import replies

ROUTE = "faq:spanish_distribution"
COPRODUCE = "faq:coproduce_catalog_title"


# a list of urban titles, then the first title's languages: a title in focus
IN_FOCUS = {
    "en": ["any urban dramas, modern city stuff?", "the first one, which languages?"],
    "es": ["¿qué dramas urbanos tienen?", "¿el primero en qué idiomas está?"],
    "zh": ["都市题材的剧有哪些", "第一部有哪些语言？"],
    "ko": ["도시 배경 현대극 작품 목록 부탁함", "첫 번째 작품은 어떤 언어로 나와요?"],
}


@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "could those shows reach audiences in Chile, dubbed maybe?"),
    ("en", "would these ever get out to viewers in Mexico or Argentina, like dubbed?"),
    ("es", "¿esas series podrían llegar dobladas a la gente en Perú?"),
    ("es", "¿Y estas series podrían llegar dobladas a televidentes de Sudamérica o de México?"),
    ("zh", "这些剧配音以后能发到墨西哥观众那边吗？"),
    ("ko", "이 작품들 더빙해서 남미 시청자까지 갈 수 있어요?"),
])
def test_shows_going_out_to_latin_american_viewers_are_the_route(services: Services, lang: str, asked: str) -> None:
    *_, reply = replies(services, lang, [*IN_FOCUS[lang], asked])
    assert reply.answer == ROUTE


@pytest.mark.parametrize(("lang", "asked"), [
    ("ko", "헝뎬 작품들이 스페인어권 시청자한테까지 갈 수 있을까요?"),
    ("ko", "여기 작품이 중남미 시청자한테까지 나갈 수 있는지 궁금해요"),
])
def test_works_going_out_to_the_spanish_speaking_public_are_no_language_filter(
        services: Services, lang: str, asked: str) -> None:
    (reply,) = replies(services, lang, [asked])
    assert reply.answer == ROUTE


@pytest.mark.parametrize(("lang", "asked", "expected"), [
    ("en", "is it dubbed for Mexico?", "work:work_vanished_on_live#languages"),
    ("es", "¿está doblada para México?", "work:work_vanished_on_live#languages"),
])
def test_a_title_dubbed_for_a_country_stays_its_languages(services: Services, lang: str, asked: str, expected: str) -> None:
    *_, reply = replies(services, lang, [*IN_FOCUS[lang], asked])
    assert reply.answer == expected


@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "which titles are in Spanish?"),
    ("es", "¿qué series tienen en español?"),
    ("zh", "哪些有西语版？"),
    ("ko", "스페인어로 된 작품은?"),
])
def test_works_in_spanish_stay_the_language_filter(services: Services, lang: str, asked: str) -> None:
    (reply,) = replies(services, lang, [asked])
    assert reply.answer == "list:works?language=es"


@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "if we'd like to produce one of your titles together with our own money, how does it work?"),
    ("en", "my man, if we want to take a drama from your list and make it together with Liberia money, how the thing can work?"),
    ("es", "si queremos tomar una serie de su catálogo y desarrollarla juntos con dinero peruano, ¿cuáles son los pasos?"),
    ("es", "ve, si quisiéramos agarrar algún drama de ustedes y producirlo juntos con plata colombiana, ¿cómo es el proceso?"),
    ("zh", "我们看中了你们片单里的一部剧，想投资，流程怎么走？"),
    ("zh", "咱这边有资金，看上你们片单上的项目想投，分成咋算、合同跟谁签？"),
    ("ko", "카탈로그 작품 하나 골라서 저희 돈으로 같이 만들려면 어떻게 해요?"),
])
def test_a_catalog_title_made_together_is_the_coproduction_faq(services: Services, lang: str, asked: str) -> None:
    (reply,) = replies(services, lang, [asked])
    assert reply.answer == COPRODUCE


@pytest.mark.parametrize(("lang", "asked"), [
    ("ko", "카탈로그에 무슨 작품들 있는지?"),
    ("ko", "카탈로그에 무슨 드라마들 있어요?"),
])
def test_what_the_catalog_holds_is_no_coproduction(services: Services, lang: str, asked: str) -> None:
    (reply,) = replies(services, lang, [asked])
    assert reply.answer in ("list:works", "catalog:about")
