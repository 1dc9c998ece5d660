"""Play's last kinds (fixP19): the family titles asked in slang ("any shows for the whole fam?"),
the titles with a language asked after a list ("so which of your shows have korean"), and an
office abroad asked with "tú" or voseo ("¿tenés oficina en Madrid?")."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.lexicon import work_language
from tests.dialogue import ask

FAMILY = [("en", "any shows for the whole fam?"), ("en", "got anything for all the fam?"),
          ("es", "¿tienen series para toda la familia?"), ("zh", "有没有适合全家看的剧"), ("ko", "온 가족이 볼 만한 작품 있어요?")]


@pytest.mark.parametrize("lang,text", FAMILY)
def test_family_titles_asked_in_slang_are_the_family_titles(services: Services, lang: str, text: str) -> None:
    assert ask(services, lang, text).answer == "list:works?genre=family"


def test_fam_alone_is_still_a_filler(services: Services) -> None:
    assert ask(services, "en", "thanks fam").answer != "list:works?genre=family"


HAVE = [("en", "so which of your shows have korean", "ko"), ("en", "which ones have spanish?", "es"),
        ("es", "¿y cuáles tienen coreano?", "ko"), ("es", "¿cuáles tienen inglés?", "en")]


@pytest.mark.parametrize("lang,text,language", HAVE)
def test_titles_that_have_a_language_after_a_list(services: Services, lang: str, text: str, language: str) -> None:
    first = {"en": "what titles do you have?", "es": "¿qué títulos tienen?"}[lang]
    reply = ask(services, lang, first, text)
    assert reply.answer == f"list:works?language={language}", reply.answer


@pytest.mark.parametrize("text", ["which titles have korean actors?", "do any shows have korean producers?"])
def test_a_languages_people_are_no_version(text: str) -> None:
    assert work_language(text) is None


@pytest.mark.parametrize("text", ["¿tenés oficina en Madrid?", "¿tienes oficina en Madrid?", "¿tienen oficina en Madrid?",
                                  "¿tenés oficina en Buenos Aires?"])
def test_an_office_abroad_asked_with_tu_or_vos(services: Services, text: str) -> None:
    reply = ask(services, "es", text)
    assert reply.answer == "gap:dalynn_studio", reply.answer
    assert "Shanghái" in reply.text
