"""Small leftovers of play34 (fixU26):

- `router.story_asked` checked an entity kind no reader makes ("scene"; scenes are "scene_type"):
  the check is gone, and a kind of scene read inside the story asked for stays the story's
  ("a ferryman on the river" is no riverside set asked), in the four languages;
- "¿horario de oficina?" is the office hours, as "office hours?" is; with the city told after it the
  hours come in that city's clock and the zone is set, as in Chinese and Korean.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import talk


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "got any drama about a ferryman on the river?"),
    ("es", "¿hay algún drama sobre un barquero en el río?"),
    ("zh", "有没有讲河上摆渡人的短剧？"),
    ("ko", "강 뱃사공 나오는 드라마 있어요?"),
])
def test_scene_words_inside_a_story_stay_the_story(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "catalog:about#no_story")])


def test_story_asked_has_no_dead_scene_check() -> None:
    import inspect

    from intents import router
    source = inspect.getsource(router.story_asked)
    assert '"scene"' not in source  # (no entity is of kind "scene": a check that could never fire)


@pytest.mark.parametrize(("lang", "text", "set_line"), [
    ("es", "¿horario de oficina? estoy en Chicago", "Zona horaria configurada"),
    ("zh", "你们办公时间是几点？我在芝加哥", "时区已设为"),
    ("ko", "사무실 몇 시에 열어요? 저 시카고에 있어요", "시간대를"),
])
def test_office_hours_with_the_city_told_after(services: Services, lang: str, text: str, set_line: str) -> None:
    reply = talk(services, lang, [(text, "contact:international_business#hours")])
    assert "19:00" in reply.text  # 9:00 Beijing time in Chicago
    assert set_line in reply.text


def test_horario_de_oficina_alone_is_the_hours(services: Services) -> None:
    talk(services, "es", [("¿y el horario de oficina?", "contact:international_business#hours")])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "what does a museum ticket cost over there?"),
    ("es", "¿y cuánto sale la entrada del museo?"),
    ("zh", "博物馆的门票大概多少？"),
    ("ko", "박물관 입장료가 얼마쯤 해요?"),
])
def test_museum_admission_is_our_price_gap(services: Services, lang: str, text: str) -> None:
    # a museum in Hengdian's folk-house "museum city" (named so in each language's aliases): its
    # price is not published, the International Business Department tells it, never out of scope
    talk(services, lang, [(text, "gap:international_business")])


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "¿cuánto cuesta la entrada al Louvre?"),
    ("ko", "루브르 박물관 입장료는 얼마예요?"),
])
def test_another_citys_museum_stays_out_of_scope(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "out_of_scope")])
