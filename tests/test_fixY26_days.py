"""Events asked by week, weekend, weekday or month (fixY26, from play35): the events held then,
or none then said in one sentence and only the first one after them named (fixD27), never the whole calendar; a
city said as who writes ("Lisbon here") is the partner's place, not a venue asked. Wordings
written for these tests, four languages; the clock pinned to Tue 8 Dec 2026, 05:00 Beijing
(the info session is Thu 10 Dec, nothing else until the pitch day of 11 Mar 2027)."""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime

import pytest

from bot.context import Services
from core.i18n import t
from intents.events import month_name
from tests.dialogue import ask

TUESDAY = datetime(2026, 12, 7, 21, 0, tzinfo=UTC)
SESSION = "event:global_talent_info_session_2026"
PITCH_DAY = "event:latam_pitch_day_2027"


@pytest.fixture()
def tuesday(services: Services, monkeypatch: pytest.MonkeyPatch) -> Services:
    monkeypatch.setattr(services.brain, "clock", lambda: TUESDAY)
    return services


def first_line(reply) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", reply.text)).split("\n")[0]


@pytest.mark.parametrize("lang, text", [
    ("en", "anything on this week?"),
    ("es", "¿tienen algo esta semana?"),
    ("zh", "这个星期有活动吗"),
    ("ko", "이번 주에 행사 있나요?"),
])
def test_this_week_is_the_one_event_held_in_it(tuesday: Services, lang: str, text: str) -> None:
    reply = ask(tuesday, lang, text)
    assert reply.items == [SESSION], (reply.answer, reply.items)


@pytest.mark.parametrize("lang, lines", [
    ("en", ["hi", "and next week?"]),
    ("es", ["hola", "¿y la próxima semana?"]),
    ("zh", ["你好", "下个星期有什么安排吗"]),
    ("ko", ["안녕하세요", "다음 주에는 행사 있어요?"]),
])
def test_a_week_with_nothing_says_so_and_names_the_soonest(tuesday: Services, lang: str, lines: list[str]) -> None:
    reply = ask(tuesday, lang, *lines)
    none = t("events_none_in_days", lang, days="@").split("@")
    assert first_line(reply).startswith(none[0]) and first_line(reply).endswith(none[1]), first_line(reply)
    assert reply.items == [PITCH_DAY], reply.items  # the first one after the days asked, not Thursday's before them (fixD27)


@pytest.mark.parametrize("lang, text", [
    ("en", "what's going on Friday?"),
    ("es", "¿qué hay el viernes?"),
    ("zh", "周五有活动吗"),
    ("ko", "금요일에 뭐 있어요?"),
])
def test_a_weekday_with_nothing_is_said_with_its_date(tuesday: Services, lang: str, text: str) -> None:
    reply = ask(tuesday, lang, text)
    assert "11" in first_line(reply), first_line(reply)  # Friday 11 December
    head = t("events_none_on_day", lang, days="@").split("@")
    assert first_line(reply).startswith(head[0]) and first_line(reply).endswith(head[1]), first_line(reply)
    assert reply.items == [PITCH_DAY], reply.items  # the first one after the days asked, not Thursday's before them (fixD27)


@pytest.mark.parametrize("lang, text", [
    ("zh", "下周四有什么活动"),
    ("ko", "다음 주 목요일에 행사 있어?"),
    ("es", "¿hay algo el jueves de la semana que viene?"),
])
def test_next_weeks_weekday_is_that_day_a_week_on(tuesday: Services, lang: str, text: str) -> None:
    reply = ask(tuesday, lang, text)
    assert "17" in first_line(reply), first_line(reply)  # Thursday 17 December, not this Thursday's session day


@pytest.mark.parametrize("lang, text", [
    ("en", "Hello, Lisbon here. Any events next month?"),
    ("es", "¿qué hay el mes que viene?"),
    ("zh", "下个月有活动吗"),
    ("ko", "다음 달에 무슨 행사 있어요?"),
])
def test_an_empty_month_names_only_the_next_event_after_it(tuesday: Services, lang: str, text: str) -> None:
    reply = ask(tuesday, lang, text)
    assert first_line(reply) == t("events_none_in_month", lang, month=month_name(1, lang)), first_line(reply)
    assert reply.items == [PITCH_DAY], reply.items


@pytest.mark.parametrize("lang, lines", [
    ("en", ["anything on this week?", "what time is that in Seoul?"]),
    ("es", ["¿hay algún evento esta semana?", "¿a qué hora es en Bogotá?"]),
    ("zh", ["这周有什么活动", "首尔时间是几点？"]),
    ("ko", ["이번 주에 뭐 있어요?", "한국 시간으로 몇 시예요?"]),
])
def test_the_time_asked_next_is_of_the_event_named(tuesday: Services, lang: str, lines: list[str]) -> None:
    reply = ask(tuesday, lang, *lines)  # (its date, or the one-line list again on that clock)
    assert reply.answer.startswith(SESSION) or reply.items == [SESSION], (reply.answer, reply.items)


@pytest.mark.parametrize("lang, text", [
    ("en", "is your office open on Saturday?"),
    ("zh", "国际业务部周六上班吗"),
])
def test_a_team_open_on_a_weekday_is_its_hours(tuesday: Services, lang: str, text: str) -> None:
    assert not ask(tuesday, lang, text).answer.startswith("list:events")


@pytest.mark.parametrize("lang, lines", [
    ("en", ["Canton Nocturne", "and what's on Sunday?"]),
    ("es", ["El relojero del emperador", "¿y qué hay el domingo?"]),
    ("zh", ["祠堂迷踪", "那周日有什么活动"]),
    ("ko", ["달빛 사신", "일요일에는 뭐 있어요?"]),
])
def test_a_day_asked_after_a_title_is_the_calendar_not_the_title(tuesday: Services, lang: str, lines: list[str]) -> None:
    reply = ask(tuesday, lang, *lines)
    # (Sunday 13 Dec has nothing: the first one after it, not Thursday's before it; fixD27)
    assert reply.answer.startswith("list:events") and reply.items == [PITCH_DAY], (reply.answer, reply.items)
