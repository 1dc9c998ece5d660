"""Dialogue-turn kinds of the read set answers65 (fixX16), each in en/es/zh/ko with sentences of our
own (none of the evaluation sets').

- The next thing "you" hold, said with a verb of holding and no word for an event ("what's the next
  thing you lot are putting on", "¿qué es lo próximo que montáis?", "下一场你们搞啥", "담에 뭐 여노"):
  the first event coming, not the calendar — and the conversation goes on about that event.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import talk

NEXT = "event:global_talent_info_session_2026"


@pytest.mark.parametrize("lang,line", [
    ("en", "what's the next thing you lot are putting on"),
    ("en", "whats the next thing ur running?"),
    ("en", "what are y'all hosting next?"),
    ("es", "¿qué es lo próximo que montáis?"),
    ("es", "¿qué organizan ahora?"),
    ("es", "lo siguiente que van a montar, ¿qué es?"),
    ("zh", "下一场你们搞啥"),
    ("zh", "你们下一个要办的是什么"),
    ("zh", "你哋下一個搞咩呀"),
    ("ko", "담에 뭐 여노"),
    ("ko", "다음번에 진행하는 거 뭐예요?"),
])
def test_next_thing_you_hold_is_the_first_event(services: Services, lang, line) -> None:
    talk(services, lang, [(line, NEXT)])


@pytest.mark.parametrize("lang,lines", [
    ("en", ["whats the next thing ye're running", "what time is that for me in Glasgow", "put it in my calendar"]),
    ("es", ["¿qué es lo próximo que organizáis?", "¿a qué hora es eso para mí en Sevilla?", "añádelo a mi calendario"]),
    ("zh", ["下一场你们搞啥", "那我这边是几点", "加到我日历里"]),
    ("ko", ["담에 뭐 여노", "제 시간으로 몇 시예요?", "캘린더에 넣어 줘"]),
])
def test_next_thing_held_is_followed_up(services: Services, lang, lines) -> None:
    talk(services, lang, [(lines[0], NEXT), (lines[1], f"{NEXT}#date"), (lines[2], [NEXT, f"ics:{NEXT[6:]}"])])


@pytest.mark.parametrize("lang,line", [
    ("en", "what should I do next?"),
    ("zh", "下一步我们该做什么"),
])
def test_a_next_step_is_no_event(services: Services, lang, line) -> None:
    reply = talk(services, lang, [(line, ["*"])], fits=lambda e, got: True)
    assert not (reply.answer or "").startswith("event:")
