"""fixO18 (play27 kinds T7, T8, T10, T12, T14, T3, T2, T9): what a partner's turn gets, in en/es/zh/ko."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.lexicon import language_request
from tests.dialogue import say

# T8: back to a language after another one, with a word of assent or "again" around it
BACK_TO = {
    "en": ["ok english again please", "alright, English back pls", "okay english again"],
    "es": ["bueno, español de nuevo porfa", "ok, castellano otra vez", "vale español ya"],
    "zh": ["好，还是中文吧", "又中文吧", "那就中文吧"],
    "ko": ["다시 한국어요", "그럼 한국어 다시요", "자 한국어로"],
}


@pytest.mark.parametrize("lang", list(BACK_TO))
def test_back_to_a_language_with_again_is_a_switch(lang: str) -> None:
    for text in BACK_TO[lang]:
        assert language_request(text)[0] == lang, text


@pytest.mark.parametrize("text", ["english film", "again", "ok", "spanish again and again we watch dramas"])
def test_no_switch_without_the_language_alone(text: str) -> None:
    assert language_request(text)[0] is None


def test_ok_english_again_after_a_switch_to_spanish_answers_in_english(services: Services) -> None:
    replies = say(services, "en", "respóndeme en español a partir de ahora", "ok english again please")
    assert replies[-1].lang == "en"
    replies = say(services, "es", "answer me in English from now on", "bueno, español de nuevo porfa")
    assert replies[-1].lang == "es"
