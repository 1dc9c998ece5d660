"""fixZ2 (kind I): a place named with a year ("明年在首尔有没有活动？") narrows that year's events
to the one held there, as the place alone does; the year alone still lists the year's events."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import fits, talk


@pytest.mark.parametrize(("lang", "text"), [
    ("zh", "明年在首尔有没有活动？"), ("zh", "2027年首尔那边有什么活动吗"),
    ("en", "any events in Seoul next year?"), ("en", "Anything happening in Seoul in 2027?"),
    ("es", "¿hay algo en Seúl el año que viene?"), ("es", "¿Qué eventos hay en Seúl en 2027?"),
    ("ko", "내년에 서울에서 하는 행사 있어요?"), ("ko", "2027년에 서울에서 열리는 행사 있나요?"),
])
def test_a_place_with_a_year_is_the_event_there(services: Services, lang: str, text: str) -> None:
    reply = talk(services, lang, [(text, "event:korea_matchmaking_2027")], fits=fits)
    assert reply.answer == "event:korea_matchmaking_2027"


@pytest.mark.parametrize(("lang", "text"), [("en", "what events are there next year?"), ("zh", "明年有什么活动？")])
def test_the_year_alone_is_its_list(services: Services, lang: str, text: str) -> None:
    reply = talk(services, lang, [(text, "list:*")], fits=fits)
    assert (reply.answer or "").startswith("list:")


def test_a_line_said_twice_in_one_paragraph_is_said_once() -> None:
    # kind J: two answers joined by a single line break printed the same paragraph twice
    from intents.reply import without_repeats
    line = "헝뎬 영화제는 매년 10월에 열리지만, 2026년 행사에 관한 기록이 없어 열렸는지는 확인해 드릴 수 없습니다."
    assert without_repeats(line + "\n" + line) == line
    assert without_repeats("• 3월\n• 3월") == "• 3월\n• 3월"  # short lines (a list's) may repeat


@pytest.mark.parametrize(("lang", "text"), [("ko", "올해 헝뎬 영화제는 언제 열렸어요?"), ("en", "When was this year's Hengdian film festival held?")])
def test_a_festival_this_year_is_said_once(services: Services, lang: str, text: str) -> None:
    reply = talk(services, lang, [(text, "*")], fits=lambda e, g: True)
    lines = [line for line in reply.text.split("\n") if len(line) >= 40]
    assert len(lines) == len(set(lines)), reply.text
