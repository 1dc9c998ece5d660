"""fixJ17 (play26 kind E): a message that is only a city ("Vancouver", "成都", "부산이요") is where the
partner is: their clock is set to it (as "toronto here" is), never "outside what I can help with".
The studio's own town alone ("Hengdian") and a set's name ("Qin Palace") are not a clock."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import ask


@pytest.mark.parametrize("lang,line,city", [
    ("en", "Vancouver", "Vancouver"),
    ("en", "Nairobi.", "Nairobi"),
    ("es", "Guadalajara", "Guadalajara"),
    ("es", "Medellín", "Medellín"),
    ("zh", "成都", "成都"),
    ("zh", "溫哥華", "哥华"),
    ("ko", "부산", "부산"),
    ("ko", "토론토요", "토론토"),
])
def test_only_a_city_is_the_partners_clock(services: Services, lang, line, city) -> None:
    reply = ask(services, lang, line)
    assert reply.answer == "pref:timezone", (reply.answer, reply.text)
    assert city in reply.text, reply.text


@pytest.mark.parametrize("lang,lines", [
    ("en", ["tell me about Ten Days in October", "Lagos"]),
    ("es", ["¿qué comedias tienen?", "Montevideo"]),
    ("zh", ["介绍一下秦王宫", "悉尼"]),
    ("ko", ["할머니 2.0 알려 주세요", "서울이요"]),
])
def test_a_city_alone_after_a_card_is_the_partners_clock(services: Services, lang, lines) -> None:
    assert ask(services, lang, *lines).answer == "pref:timezone"


@pytest.mark.parametrize("lang,line,answer", [
    ("en", "Qin Palace", "location:qin_palace"),
    ("zh", "秦王宫", "location:qin_palace"),
])
def test_a_sets_name_alone_is_still_the_set(services: Services, lang, line, answer) -> None:
    assert ask(services, lang, line).answer == answer


@pytest.mark.parametrize("lang,line", [("en", "Hengdian"), ("zh", "横店"), ("ko", "헝뎬")])
def test_the_studios_town_alone_is_no_clock(services: Services, lang, line) -> None:
    assert ask(services, lang, line).answer != "pref:timezone"
