"""Places and clocks of play33 (fixt33a), in the four languages:

- a big city said after an event's time, in the partner's script or spelling ("and in Kumasi?",
  "那在巴黎呢", "那在米兰是几点", "그럼 프라하는요?", "밀라노 시간으로는요?"), is the event's time
  there, labelled with the city said (米兰, not Rome), never out of scope or a goodbye;
- an unknown place there asks its country, whatever the unsure classifier called it;
- a city said in passing ("I'm in Daegu, what time is it there?", "저 지금 프라하예요") is a place;
- "¿y en Valparaíso?" of a partner set to Medellín is Valparaíso's time, this once;
- an English re-send names the partner's city in English ("Taipei", not 台北);
- ko "제가 있는 곳 기준으로 몇 시예요?" with no city known asks the city.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.timezones import mentioned_zone
from tests.dialogue import replies

OPEN_DAY = "event:virtual_stage_open_day_2027#date"


ASKED = {
    "en": ("when is the open day?", "and in Kumasi?", "Kumasi"),
    "en-daegu": ("when is the open day?", "I'm in Daegu, what time is it there?", "Daegu"),
    "zh": ("开放日是什么时候", "那在米兰是几点", "米兰"),
    "zh-paris": ("开放日是什么时候", "那在巴黎呢", "巴黎"),
    "ko": ("오픈 데이 언제예요?", "그럼 프라하는요?", "프라하"),
    "ko-milan": ("오픈 데이 언제예요?", "밀라노 시간으로는요?", "밀라노"),
}


@pytest.mark.parametrize("case", sorted(ASKED))
def test_a_city_after_an_events_time_is_its_time_there(services: Services, case: str) -> None:
    first, then, city = ASKED[case]
    reply = replies(services, case[:2], [first, then])[-1]
    assert reply.answer == OPEN_DAY
    assert city in reply.text


def test_an_unknown_place_asks_its_country(services: Services) -> None:
    reply = replies(services, "en", ["when is the open day?", "and in Tamale?"])[-1]
    assert reply.answer == "clarify" and "Tamale" in reply.text


@pytest.mark.parametrize("text, zone", [
    ("저 지금 프라하예요", "Europe/Prague"), ("我在米兰出差", "Europe/Rome"), ("estamos en Medellín", "America/Bogota"),
    ("we're a crew from Mombasa", "Africa/Nairobi"), ("in Durban", "Africa/Johannesburg"),
])
def test_a_city_said_in_passing_is_a_place(text: str, zone: str) -> None:
    assert mentioned_zone(text) == zone


def test_a_place_asked_wins_over_the_set_zone_this_once(services: Services) -> None:
    reply = replies(services, "es", ["estamos en Medellín", "¿cuándo es la noche de cine latino?",
                                     "¿y en Valparaíso?"])[-1]
    assert "Valparaíso" in reply.text and "Medellín" not in reply.text


@pytest.mark.parametrize("lang, lines, english, written", [
    ("zh", ["我在台北", "韩国对接会是什么时候", "用英文发我"], "Taipei", "台北"),
    ("ko", ["저 마드리드에 있어요", "라틴 영화의 밤 언제예요?", "영어로 다시 보내 주시겠어요"], "Madrid", "마드리드"),
])
def test_an_english_resend_names_the_city_in_english(services: Services, lang: str, lines: list[str],
                                                      english: str, written: str) -> None:
    reply = replies(services, lang, lines)[-1]
    assert f"in {english}" in reply.text and written not in reply.text


def test_ko_my_place_asks_the_city(services: Services) -> None:
    reply = replies(services, "ko", ["피칭 데이 언제예요?", "그럼 제가 있는 곳 기준으로 몇 시예요?"])[-1]
    assert reply.asks_city and "어느 도시" in reply.text


@pytest.mark.parametrize("lang, lines, city", [
    ("ko", ["유럽풍 세트 있어요?", "그럼 프라하는요?"], "프라하"),
    ("zh", ["有没有欧洲风格的场景", "那在巴黎呢"], "巴黎"),
    ("en", ["any European-looking sets?", "and Prague?"], "Prague"),
])
def test_a_city_after_a_list_of_sets_is_no_goodbye(services: Services, lang: str, lines: list[str], city: str) -> None:
    reply = replies(services, lang, lines)[-1]
    assert reply.answer == "clarify" and city in reply.text


def test_ko_place_said_with_now_sets_the_place(services: Services) -> None:
    reply = replies(services, "ko", ["저 지금 프라하예요"])[-1]
    assert reply.answer == "pref:timezone" and "프라하" in reply.text


@pytest.mark.parametrize("lang, text", [
    ("ko", "유럽 거리 세트 있나요? 프라하 장면이 있어서요"),
    ("zh", "有没有欧洲街道的场景？有米兰的戏"),
])
def test_a_city_as_a_scene_keeps_the_scene_filter(services: Services, lang: str, text: str) -> None:
    reply = replies(services, lang, [text])[-1]
    assert reply.answer == "list:locations?scene=western_street"
