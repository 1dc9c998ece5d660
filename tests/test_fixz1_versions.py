"""fixZ1: a title's language asked as yes or no ("is it Korean-language?") is answered so, not
with the whole card; two languages asked at once ("a Spanish version? and Korean?") are each
answered yes or no, plainly."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import lexicon
from tests.dialogue import last_reply


def test_korean_language_asked_of_the_open_title_is_yes() -> None:
    assert lexicon.version_language("is it Korean-language?") == "ko"


@pytest.mark.parametrize("lang, card, asked, first, second", [
    ("en", "tell me about Blade and Blossom", "does it come with a Spanish version? and Korean?", "Spanish: no", "Korean: yes"),
    ("en", "tell me about Blade and Blossom", "is it in Spanish? what about English?", "Spanish: no", "English: yes"),
    ("es", "cuéntame de Blade and Blossom", "¿Está en coreano? ¿Y en español?", "Coreano: sí", "Español: no"),
    ("zh", "介绍一下Grandma 2.0", "有西语版吗？韩语版呢？", "西班牙语：有", "韩语：没有"),
    ("ko", "Grandma 2.0 알려 주세요", "스페인어 버전 있어요? 한국어 버전은요?", "스페인어: 있습니다", "한국어: 없습니다"),
])
def test_two_languages_asked_are_each_answered(services: Services, lang: str, card: str, asked: str,
                                               first: str, second: str) -> None:
    reply = last_reply(services, lang, [card, asked])
    assert (reply.answer or "").endswith("#languages")
    lines = reply.text.split("\n")
    assert lines[0] == first and lines[1] == second


def test_is_it_korean_language_is_the_yes_not_the_card(services: Services) -> None:
    reply = last_reply(services, "en", ["tell me about Blade and Blossom", "is it Korean-language?"])
    assert reply.answer == "work:work_blade_and_blossom#languages" and reply.text.startswith("Yes")
