"""fixZ16 (play24 kinds 4, 10, ...): follow-ups read as the partner meant them.

Kind 4: "calendar" as the schedule of our events ("what's next on your events calendar?") lists or
shows the coming events; "add it to my calendar" is still the file.
Kind 10: a city asked after an event's time, with who is there said after it ("那洛杉磯呢？我同事在
那邊", "what about LA? my colleague is there"): the event's time in that city, as the city alone."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.lexicon import action_asked, someone_there_dropped
from tests.dialogue import fits, talk


@pytest.mark.parametrize("text", [
    "what's next on your events calendar?", "anything new on the HISDA event calendar?",
    "¿qué sigue en el calendario de actividades?", "¿qué hay en la agenda de eventos de ustedes?",
    "你们活动日历上接下来有什么？", "活動行事曆上下一個是什麼",
    "행사 캘린더에 다음 거 뭐야?", "이벤트 일정표에 뭐 있어요?",
])
def test_our_events_calendar_is_no_file(text: str) -> None:
    assert action_asked(text) is None


@pytest.mark.parametrize("text", [
    "add it to my calendar", "send me the events calendar file", "agrégalo a mi calendario", "帮我加到日历", "캘린더에 넣어 줘",
])
def test_the_partners_calendar_is_the_file(text: str) -> None:
    assert action_asked(text) == "ics"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "what's next on your events calendar?"), ("en", "what's coming up on the alliance events calendar?"),
    ("es", "¿qué sigue en el calendario de actividades?"), ("es", "¿qué viene en su calendario de eventos?"),
    ("zh", "你们活动日历上接下来有什么？"), ("zh", "活動行事曆上下一個是什麼？"),
    ("ko", "행사 캘린더에 다음 거 뭐야?"), ("ko", "이벤트 일정표에 뭐 있어요?"),
])
def test_whats_on_the_events_calendar_is_the_events(services: Services, lang: str, text: str) -> None:
    reply = talk(services, lang, [(text, ["event:*", "list:events*"])], fits=fits)
    assert not reply.document, "a calendar file was sent for a question about our calendar"


@pytest.mark.parametrize(("lang", "text", "rest"), [
    ("zh", "那洛杉磯呢？我同事在那邊", "那洛杉磯呢?"), ("zh", "那纽约呢，我们老板在那里", "那纽约呢"),
    ("en", "what about LA? my colleague is there", "what about LA?"), ("en", "and Berlin? our producer is based there", "and Berlin?"),
    ("es", "¿y en Los Ángeles? allá está mi colega", "¿y en Los Ángeles?"), ("es", "¿y Madrid? mi socio vive allá", "¿y Madrid?"),
    ("ko", "LA는요? 동료가 거기 있어서요", "LA는요?"), ("ko", "뉴욕은? 우리 팀이 거기 있거든", "뉴욕은?"),
])
def test_who_is_there_is_cut_off(lang: str, text: str, rest: str) -> None:
    assert someone_there_dropped(text) == rest


@pytest.mark.parametrize(("lang", "first", "then", "city"), [
    ("zh", "選角日是什麼時候？", "那洛杉磯呢？我同事在那邊", "洛杉"),
    ("zh", "开放日是几号？", "那纽约呢，我们老板在那里", "纽约"),
    ("en", "when is the casting day?", "what about LA? my colleague is there", "Los Angeles"),
    ("en", "when's the open day?", "and Berlin? our producer is based there", "Berlin"),
    ("es", "¿cuándo es el día de casting?", "¿y en Los Ángeles? allá está mi colega", "Los Ángeles"),
    ("es", "¿qué día es la jornada de puertas abiertas?", "¿y Madrid? mi socio vive allá", "Madrid"),
    ("ko", "캐스팅 데이 언제예요?", "LA는요? 동료가 거기 있어서요", "로스앤젤레스"),
    ("ko", "오픈 데이 며칠이야?", "뉴욕은? 우리 팀이 거기 있거든", "뉴욕"),
])
def test_a_colleagues_city_is_the_events_time_there(services: Services, lang: str, first: str, then: str, city: str) -> None:
    reply = talk(services, lang, [(first, "event:*#date"), (then, "event:*#date")], fits=fits)
    assert city in reply.text, reply.text
