# ruff: noqa: N999
"""Round 8, fixzB: actions asked for in new wordings.

- "let me know when the LatAm pitch day comes around", "let me know when it comes around" (an event
  in focus), "到了那天告诉我一声": a reminder of that event, not its date nor the news menu;
- "chuck me the calendar invite", "pásame la invitación del calendario": the .ics (an invite is the file);
- "¿alguien de ese centro me puede escribir?", "那个中心的人能给我发个消息吗": a hand-off;
- "¿Con quién hablo para reservar locaciones?", "who do I talk to to book sets?": the sets' team,
  without "I can't book for you myself" (no booking was asked of the bot);
- "세트 대관은 어느 부서 담당인가요", "哪个部门负责场地租用": the sets' contact, not the sets' list.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import lexicon
from tests.dialogue import fits, talk


@pytest.mark.parametrize(("lang", "turns"), [
    ("en", ["let me know when the LatAm pitch day comes around"]),
    ("en", ["when is the casting day?", "let me know when it comes around"]),
    ("zh", ["选角日是哪天?", "到了那天告诉我一声"]),
])
def test_let_me_know_when_it_comes_is_a_reminder(lang: str, turns: list[str]) -> None:
    assert lexicon.action_asked(turns[-1]) == "remind"


@pytest.mark.parametrize("text", ["chuck me the calendar invite", "pásame la invitación del calendario",
                                  "把日历邀请发给我", "캘린더 초대 보내 주세요"])
def test_calendar_invite_is_the_file(text: str) -> None:
    assert lexicon.action_asked(text) == "ics"


@pytest.mark.parametrize("text", ["whats on your calendar", "what do you have on the calendar for me"])
def test_their_calendar_is_no_file(text: str) -> None:
    assert lexicon.action_asked(text) is None


def test_reminder_set_in_chat(services: Services) -> None:
    reply = talk(services, "en", [("let me know when the LatAm pitch day comes around", "event:latam_pitch_day_2027*")], fits)
    assert "remind you" in reply.text


@pytest.mark.parametrize(("lang", "first", "then"), [
    ("es", "¿qué es el centro Dalynn?", "¿alguien de ese centro me puede escribir?"),
    ("zh", "大林中心是什么?", "那个中心的人能给我发个消息吗"),
])
def test_someone_of_that_centre_writing_is_a_handoff(services: Services, lang: str, first: str, then: str) -> None:
    talk(services, lang, [(first, "*"), (then, "handoff*")], fits)


@pytest.mark.parametrize(("lang", "text", "opener"), [
    ("es", "¿Con quién hablo para reservar locaciones?", "No puedo"),
    ("en", "who do I talk to to book sets?", "I can't"),
    ("ko", "세트 예약은 누구한테 해요?", "제가 직접"),
])
def test_whom_to_book_with_is_no_booking(services: Services, lang: str, text: str, opener: str) -> None:
    reply = talk(services, lang, [(text, "gap:international_business")], fits)
    assert opener not in reply.text


def test_booking_asked_keeps_the_opener(services: Services) -> None:
    reply = talk(services, "es", [("Quiero reservar dos plazas para el pitch day", "gap:*")], fits)
    assert "No puedo" in reply.text


@pytest.mark.parametrize(("lang", "text"), [
    ("ko", "세트 대관은 어느 부서 담당인가요"),
    ("zh", "哪个部门负责场地租用?"),
])
def test_department_for_set_rental_is_the_contact(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "contact:international_business*")], fits)
