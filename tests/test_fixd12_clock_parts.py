"""Telegram play16 kind 1 (fixD12): a clock time told with its half or quarter and the part of the
day, in every language, converted to Hengdian's clock ("晚上九點半" is 21:30, "밤 9시 반" 21:30,
"las 8 y media de la noche" 20:30) — never the bare hour. Sentences written for these tests; the
clock is pinned to 2026-11-30 12:00 UTC."""

from __future__ import annotations

import pytest

from bot.context import Services
from core.text import fold
from intents.router import _clock_given
from tests.dialogue import ask


@pytest.mark.parametrize(("said", "clock"), [
    ("it's 8.45 pm over here", (20, 45)),
    ("首尔这边晚上八点半", (20, 30)),
    ("東京這邊夜裡十二點一刻", (0, 15)),
    ("凌晨两点三刻", (2, 45)),
    ("下午三点二十五分", (15, 25)),
    ("서울은 지금 저녁 7시 반", (19, 30)),
    ("밤 12시 반", (0, 30)),
    ("새벽 세 시 반", (3, 30)),
    ("오후 3시 15분", (15, 15)),
    ("son las 9 y cuarto de la noche", (21, 15)),
    ("son las 7 menos cuarto de la tarde", (18, 45)),
    ("son las 10 y 20 de la mañana", (10, 20)),
    ("es la 1 y media de la madrugada", (1, 30)),
])
def test_clock_parts_read(said: str, clock: tuple[int, int]) -> None:
    assert _clock_given(fold(said)) == clock


@pytest.mark.parametrize(("lang", "asked", "here"), [
    ("en", "it's 8:30 pm here in Seoul, what time is it in Hengdian?", "19:30"),
    ("zh", "首尔现在晚上八点半，横店那边几点？", "19:30"),
    ("zh", "東京這邊夜裡十二點一刻，橫店現在幾點？", "23:15"),
    ("ko", "여기 서울은 지금 저녁 7시 반인데 헝뎬은 몇 시예요?", "18:30"),
    ("ko", "도쿄가 오후 3시 15분이면 헝뎬은 몇 시인가요?", "14:15"),
    ("es", "en Lima son las 9 y cuarto de la noche, ¿qué hora es en Hengdian?", "10:15"),
    ("es", "aquí en Bogotá son las 7 menos cuarto de la tarde, qué hora es en Hengdian?", "7:45"),
])
def test_clock_converted_with_half_and_night(services: Services, lang: str, asked: str, here: str) -> None:
    reply = ask(services, lang, asked)
    assert reply.answer == "clock:convert"
    assert here in reply.text.splitlines()[-1] or here in reply.text
