"""Telegram play16 kind 8 (fixD12): a guess about an event's place to confirm, after the event
("that's in Seoul, right?", "그거 서울에서 하는 거 맞죠?", "那个是在首尔办的吧？", "eso es en Seúl,
¿verdad?"), is yes or no by its venue (events.yaml), never "not published" or the whole card; a
city of the same country the venue does not name is a no. Sentences written for these tests."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import ask

EVENT = "event:korea_matchmaking_2027"
ASKED = {"en": "any events coming up in Korea?", "es": "¿hay algún evento en Corea?",
         "zh": "韩国有什么活动吗？", "ko": "한국에서 열리는 행사 있나요?"}


@pytest.mark.parametrize(("lang", "guess", "first"), [
    ("en", "so that's in Seoul, right?", "Yes"),
    ("en", "it's being held in Busan, isn't it?", "No"),
    ("es", "eso es en Seúl, ¿verdad?", "Sí"),
    ("zh", "这个是在首尔举办的吧？", "是的"),
    ("zh", "那个在釜山办的吧？", "不是"),
    ("ko", "그거 서울에서 진행되는 거 맞죠?", "네"),
    ("ko", "부산에서 하는 거 맞나요?", "아니요"),
])
def test_event_place_guess_confirmed(services: Services, lang: str, guess: str, first: str) -> None:
    reply = ask(services, lang, ASKED[lang], guess)
    assert reply.answer == f"{EVENT}#venue"
    assert reply.text.startswith(first)
    assert "Seoul" in reply.text or "Seúl" in reply.text or "首尔" in reply.text or "서울" in reply.text
