"""play33's catalogue filters (fixJ24): two languages wanted with one version word ("Korean and Spanish
dubbing"), in every language, a filter of the catalogue (the titles in both, catalog.yaml
`languages`), not the Spanish-distribution FAQ; the titles of the company in focus asked yes or no
of "them" (catalog.yaml `contact`). Sentences of our own."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.lexicon import work_languages_joined
from tests.dialogue import ask


@pytest.mark.parametrize("lang,text", [
    ("en", "any titles with Korean and Spanish subtitles?"),
    ("es", "¿tienen microdramas con doblaje al coreano y al español?"),
    ("zh", "有没有韩语和西语字幕都有的作品？"),
    ("ko", "한국어하고 스페인어 자막 다 있는 드라마 있나요?"),
])
def test_two_languages_with_one_version_word_are_both_wanted(services: Services, lang: str, text: str) -> None:
    assert work_languages_joined(text) == "ko+es"
    reply = ask(services, lang, text)
    assert reply.answer == "list:works?language=ko+es", reply.answer
    works = services.knowledge.current.works
    assert reply.items and all({"ko", "es"} <= set(works[i.partition(":")[2]].languages) for i in reply.items), reply.items


@pytest.mark.parametrize("text", ["Korean or Spanish dubbing?", "Korean dubbing, and what about Spain as a market?"])
def test_either_language_or_a_market_is_no_pair(text: str) -> None:
    assert work_languages_joined(text) is None


@pytest.mark.parametrize("lang,lines", [
    ("es", ["¿qué es Dalynn Studio?", "¿y manejan obras del catálogo?"]),
    ("en", ["tell me about Dalynn Studio", "do they work with any titles from the catalogue?"]),
])
def test_the_titles_of_the_company_in_focus_are_its_titles(services: Services, lang: str, lines: list[str]) -> None:
    reply = ask(services, lang, *lines)
    assert reply.answer == "list:works?contact=dalynn_studio", reply.answer
