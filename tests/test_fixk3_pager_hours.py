"""fixk3: a bare pager word after a list's item, price and contact pages the list (no goodbye);
with no list it says so; office hours asked for a city on Beijing's clock say it is the same."""
import os
import subprocess
import sys
import tempfile

import pytest


def chat(*turns: str) -> list[str]:
    env = dict(os.environ, BOT_DATA_DIR=tempfile.mkdtemp())
    out = subprocess.run([sys.executable, "-m", "bot", "chat"], input="\n".join(turns) + "\n",
                         capture_output=True, text=True, env=env, timeout=120, check=True).stdout
    return [part for part in out.split("bot> ")[1:]]


def test_next_after_contact_pages_the_list():
    replies = chat("romance titles", "the second one", "and the price?", "who handles that?", "next")
    assert "page 2 of 2" in replies[-1]
    assert "Goodbye" not in replies[-1]


@pytest.mark.parametrize("word", ["next", "siguiente", "다음"])
def test_pager_word_alone_is_no_goodbye(word):
    last = chat(word)[-1]
    assert "Goodbye" not in last and "Adiós" not in last and "안녕히" not in last


@pytest.mark.parametrize("text,city", [
    ("office hours? what time is that in manila", "Manila"),
    ("¿cuál es su horario de atención? ¿qué hora es eso en Manila?", "Manila"),
    ("你们办公时间是几点？换成新加坡时间是几点", "新加坡"),
    ("사무실 운영 시간은요? 마닐라 시간으로 알려주세요", "마닐라"),
])
def test_hours_same_clock_city_named(text, city):
    last = chat(text)[-1]
    assert city in last and "9:00" in last


@pytest.mark.parametrize("first,then,place", [
    ("any event in Seoul this year?", "and in Hengdian?", "Hengdian in 2026"),
    ("¿hay algún evento en Seúl este año?", "¿y en Hengdian?", "Hengdian en 2026"),
    ("首尔今年有活动吗？", "那横店呢？", "在横店"),
])
def test_place_follow_up_swaps_the_city(first, then, place):
    last = chat(first, then)[-1]
    assert place in last
    assert "Reel-K" not in last
