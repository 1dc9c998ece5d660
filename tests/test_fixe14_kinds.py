"""fixE14 (play19 kinds): the exact question asked, in all four languages.

- Open on a day of the week ("are you open on saturdays?", "¿están abiertos el domingo?",
  "你们周日开门吗", "일요일에 문 열어요?") is the team's working days (contacts.yaml office_hours),
  as "do you work on saturdays?" already was: not off-topic, not a "Yes." blurb, not events.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import lexicon
from tests.dialogue import ask

DAY_OFF = {"en": "No, they don't work on", "es": "No, en", "zh": "休息", "ko": "근무하지 않습니다"}
DAY_ON = {"en": "Yes, they work on", "es": "Sí", "zh": "上班", "ko": "근무합니다"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "are y'all open on sundays?"),
    ("en", "is Hengdian open on Saturday?"),
    ("en", "r u open sat?"),
    ("en", "will the office be open this sunday?"),
    ("es", "¿ustedes están abiertos los domingos?"),
    ("es", "tienen abierto el sábado?"),
    ("es", "la oficina abre los sabados?"),
    ("es", "y el fin de semana están abiertos?"),
    ("zh", "你们礼拜天开门吗？"),
    ("zh", "星期六营业不"),
    ("zh", "週日有開門嗎"),
    ("zh", "周末你们上班吗"),
    ("ko", "일요일에도 문 여세요?"),
    ("ko", "토요일에 사무실 열어요?"),
    ("ko", "일욜에 영업해요?"),
    ("ko", "주말에도 오픈하나요?"),
])
def test_open_on_a_day_off_is_the_office_days(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert (reply.answer or "").endswith("#hours"), (text, reply.answer, reply.text)
    assert DAY_OFF[lang] in reply.text.split("\n")[0], (text, reply.text)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "are you guys open on mondays?"),
    ("es", "¿están abiertos los martes?"),
    ("zh", "你们周三开门吗"),
    ("ko", "목요일에 문 열어요?"),
])
def test_open_on_a_working_day_is_yes(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert (reply.answer or "").endswith("#hours"), (text, reply.answer, reply.text)
    assert "근무하지" not in reply.text and "休息" not in reply.text and "No" not in reply.text.split("\n")[0], reply.text


@pytest.mark.parametrize("text", ["is the open day on a weekend?", "what's on this saturday?", "周六开幕吗",
                                  "is the Qin Palace set open on sundays?"])
def test_a_day_without_us_opening_is_no_office_day(text: str) -> None:
    assert not lexicon.DAY_OPEN_ASKED.search(lexicon.fold(text))
