"""Ties with Latin America asked about reach the Spanish-language bridge (the FAQ naming Dalynn
Studio), not every partner; a FAQ answer opens with "Yes." only for a yes-or-no question.
Wordings are fresh (not from any evaluation set)."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import talk


@pytest.mark.parametrize("lang,text", [
    ("en", "what kind of relationship do you guys have with Latin America?"),
    ("es", "¿y con América Latina qué vínculos tienen?"),
    ("zh", "贵方和拉丁美洲那边有什么往来？"),
    ("ko", "남미 쪽이랑 제휴하신 데가 있나요?"),
])
def test_ties_with_latin_america_reach_the_spanish_language_bridge(services: Services, lang: str, text: str) -> None:
    reply = talk(services, lang, [(text, "faq:spanish_distribution")])
    assert "Dalynn" in reply.text


def test_yes_opens_only_an_answer_to_a_yes_or_no_question(services: Services) -> None:
    asked_what = talk(services, "en", [("what do you do with latin america exactly?", "faq:spanish_distribution")])
    asked_whether = talk(services, "en", [("can shows made in Hengdian reach Spanish speakers?", "faq:spanish_distribution")])
    assert not asked_what.text.startswith("Yes") and asked_whether.text.startswith("Yes")
