"""fixZ1: a partner who says their own role while introducing themselves ("Soy Yarisa Peña,
showrunner en Santo Domingo. ¿Qué eventos tienen este año?") asks the question that follows, no
credit of a title; a credit asked after the introduction is still the credits gap."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import lexicon
from tests.dialogue import talk

EVENTS = "list:events*"


@pytest.mark.parametrize("lang, line", [
    ("es", "Saludos! Soy Yarisa Peña, showrunner en Santo Domingo. ¿Qué eventos tienen este año?"),
    ("es", "Hola, me llamo Andrés, guionista en Medellín. ¿Qué eventos hay este año?"),
    ("es", "Soy guionista de una productora en Lima, ¿qué eventos hay este año?"),
    ("en", "I'm a showrunner in Wellington. what events are on this year?"),
    ("en", "hi, screenwriter here from Manila. any events this year?"),
    ("en", "Hi, I'm Tom, a showrunner in Wellington. What events are on this year?"),
    ("zh", "你好，我叫李明，是一名编剧。今年有哪些活动？"),
    ("zh", "我是做编剧的，今年有什么活动？"),
    ("ko", "안녕하세요, 시나리오 작가입니다. 올해 행사 뭐 있어요?"),
])
def test_own_role_in_an_introduction_is_no_credits_question(services: Services, lang: str, line: str) -> None:
    talk(services, lang, [(line, EVENTS)], fits=lambda expect, got: (got or "").startswith("list:events"))


@pytest.mark.parametrize("line", [
    "I am a screenwriter. who wrote Blade and Blossom?", "I'm a showrunner, who are the writers?",
    "Soy guionista. ¿Quién escribió esa serie?", "我是导演，想问一下这部剧的编剧是谁？",
    "저는 작가인데요, 출연진은 누구예요?", "who are the screenwriters?", "guionistas de esa serie",
])
def test_a_credit_asked_after_an_introduction_is_still_asked(line: str) -> None:
    assert lexicon.gap_topic(line) == "credits"


@pytest.mark.parametrize("line", [
    "Saludos! Soy Yarisa Peña, showrunner en Santo Domingo. ¿Qué eventos tienen este año?",
    "showrunner en Santo Domingo. ¿Qué eventos tienen este año?", "做编剧的，今年有什么活动？",
])
def test_the_introduction_leaves_the_question(line: str) -> None:
    assert lexicon.gap_topic(line) is None
