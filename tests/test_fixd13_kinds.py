"""fixD13: kinds play17 found through Telegram on main, each in the partner's words written for
these tests (never the sets'):

- kind 1: "the next event" after a title list and an ordinal follow-up ("下一个活动", "下一場展會",
  "el siguiente evento") is the next event in time, never the next title of the list;
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import fits, talk

NEXT_EVENT = ["event:*", "list:events*"]


def _say(services: Services, lang: str, turns: list[tuple[str, object]]) -> None:
    talk(services, lang, turns, fits)  # type: ignore[arg-type]


@pytest.mark.parametrize(("lang", "turns"), [
    ("zh", ["有没有爱情片可以授权？", "第一部多少集", "那下一个活动在什么时候？"]),
    ("zh", ["你们有悬疑剧吗", "第二部是什么语言的", "下一場展會是幾號？"]),
    ("zh", ["有喜剧吗", "第一部讲什么", "下一个招募说明会啥时候开"]),
    ("es", ["¿tienen series románticas?", "¿cuántos capítulos tiene la primera?", "¿y cuándo es el siguiente evento?"]),
    ("es", ["tienen algo de misterio?", "la segunda en qué idiomas está?", "la siguiente feria cuándo sería?"]),
])
def test_the_next_event_after_a_title_list_is_an_event(services: Services, lang: str, turns: list[str]) -> None:
    first, second, third = turns
    _say(services, lang, [(first, "list:*"), (second, "work:*"), (third, NEXT_EVENT)])


# kind 6: a word for a stage ("platós", "sound stages", "摄影棚", "실내 세트") beside a genre is any
# set: the genre chooses them, not the indoor tag
@pytest.mark.parametrize(("lang", "asked"), [
    ("es", "vamos a rodar una de artes marciales, ¿qué platós tienen?"),
    ("es", "tienen platós cubiertos para una peli de kung fu?"),
    ("en", "any sound stages for a kung fu film?"),
    ("zh", "想拍武侠片，你们有哪些摄影棚？"),
    ("ko", "무협 촬영할 실내 세트 있어요?"),
])
def test_a_stage_beside_a_genre_is_any_set_of_that_genre(services: Services, lang: str, asked: str) -> None:
    reply = talk(services, lang, [(asked, "list:locations*")], fits)
    assert "interior" not in (reply.answer or ""), reply.answer
    assert reply.items and reply.items[0] == "location:qin_palace", reply.items


# kind 5: a landscape no set's card names, asked with no set meant: No first, and what stands in
# (the virtual production stage), never "out of scope" nor "not in my information"
@pytest.mark.parametrize(("lang", "asked", "no"), [
    ("en", "we're doing a caravan story, got any sand dunes to shoot on?", "No"),
    ("en", "is there a beach set for a pirate romance?", "No"),
    ("es", "¿cuentan con algún desierto para una historia de la ruta de la seda?", "No"),
    ("es", "hay nieve o algún set nevado?", "No"),
    ("zh", "你们那边有没有戈壁滩可以拍？", "没有"),
    ("zh", "有海边的景吗", "没有"),
    ("ko", "사막에서 찍을 만한 세트 있나요?", "아니요"),
    ("ko", "초원 세트 있어요?", "아니요"),
])
def test_a_landscape_no_set_has_is_no_and_the_virtual_stage(services: Services, lang: str, asked: str, no: str) -> None:
    reply = talk(services, lang, [(asked, "location:virtual_production")], fits)
    assert reply.text.startswith(no), reply.text
