"""fixk3: a bare pager word after a list's item, price and contact pages the list (no goodbye);
with no list it says so; office hours asked for a city on Beijing's clock say it is the same."""
from io import StringIO

import pytest

from bot.console import chat as console_chat
from bot.context import Services
from tests.dialogue import new_chat


def chat(services: Services, *turns: str) -> list[str]:
    """What `python -m bot chat` prints after each line typed, in a new chat of the shared
    services (in process: a subprocess trained its own classifier and indexes each time)."""
    out = StringIO()
    console_chat(services, StringIO("\n".join(turns) + "\n"), out, chat_id=new_chat())
    return out.getvalue().split("bot> ")[1:]


def test_next_after_contact_pages_the_list(services: Services) -> None:
    replies = chat(services, "romance titles", "the second one", "and the price?", "who handles that?", "next")
    assert "page 2 of 2" in replies[-1]
    assert "Goodbye" not in replies[-1]


@pytest.mark.parametrize("word", ["next", "siguiente", "다음"])
def test_pager_word_alone_is_no_goodbye(services: Services, word: str) -> None:
    last = chat(services, word)[-1]
    assert "Goodbye" not in last and "Adiós" not in last and "안녕히" not in last


@pytest.mark.parametrize("text,city", [
    ("office hours? what time is that in manila", "Manila"),
    ("¿cuál es su horario de atención? ¿qué hora es eso en Manila?", "Manila"),
    ("你们办公时间是几点？换成新加坡时间是几点", "新加坡"),
    ("사무실 운영 시간은요? 마닐라 시간으로 알려주세요", "마닐라"),
])
def test_hours_same_clock_city_named(services: Services, text: str, city: str) -> None:
    last = chat(services, text)[-1]
    assert city in last and "9:00" in last


@pytest.mark.parametrize("first,then,place", [
    ("any event in Seoul this year?", "and in Hengdian?", "Hengdian in 2026"),
    ("¿hay algún evento en Seúl este año?", "¿y en Hengdian?", "Hengdian en 2026"),
    ("首尔今年有活动吗？", "那横店呢？", "在横店"),
])
def test_place_follow_up_swaps_the_city(services: Services, first: str, then: str, place: str) -> None:
    last = chat(services, first, then)[-1]
    assert place in last
    assert "Reel-K" not in last
