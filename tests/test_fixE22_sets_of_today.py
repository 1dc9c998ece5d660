"""A place of today's stories asked as a set (fixE22, issue 7 part 1).

Short dramas are mostly contemporary (CEO romances, revenge, crime): "do you have a hospital set?",
"¿tienen un set de comisaría?", "你们有医院或者派出所的景吗", "병원 세트 있어요?" got every set there is,
a bare gap or the contemporary era's list. No set of ours is one: the answer says No, naming the
place asked, then the sets listed for a story of today indoors or in a city (one line each) and
who can confirm, in every language, and again for a place named alone right after ("and a police
station?", "¿y una comisaría?", "那派出所呢", "경찰서는요?"). A place around the sets (a clinic near the
backlot) is not a set asked; the landscapes and eras answered before keep their answers.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from core.i18n import t
from intents import lexicon
from intents.router import MODERN_PLACE_NAMES, TODAY_ERAS, TODAY_SCENES
from tests.dialogue import ask, say

TODAY = "list:locations?era=contemporary"


def stand_ins(services: Services) -> list[str]:
    """The sets listed for a story of today indoors or in a city (as the knowledge file has them)."""
    kb = services.knowledge.current
    return [rid for rid, loc in kb.locations.items() if TODAY_ERAS & set(loc.eras) and TODAY_SCENES & set(loc.scene_types)]


def check_no_set(services: Services, lang: str, reply, places: list[str]) -> None:
    assert reply.answer == TODAY, (reply.answer, reply.text)
    first = reply.text.splitlines()[0]
    for place in places:  # the place asked, named in the No
        assert MODERN_PLACE_NAMES[place][lang] in first, (place, first)
    listed = stand_ins(services)
    assert listed, "some set stands in for a story of today"
    assert reply.items == [f"location:{rid}" for rid in listed]
    kb = services.knowledge.current
    for rid in listed:  # one line each, with its name
        assert sum(kb.locations[rid].name.get(lang) in line for line in reply.text.splitlines()) == 1
    assert kb.locations["qin_palace"].name.get(lang) not in reply.text  # not every set there is
    assert kb.contacts["international_business"].role.get(lang) in reply.text  # who confirms
    assert len(reply.text.splitlines()) == 2 + len(listed)


@pytest.mark.parametrize(("lang", "asked", "places"), [
    ("en", "do you have a hospital set?", ["hospital"]),
    ("en", "we need a courtroom set for episode 4, got one?", ["courtroom"]),
    ("en", "any police station scenes possible? it's a crime short", ["police_station"]),
    ("en", "does Hengdian have a modern office set for a CEO romance?", ["office"]),
    ("es", "¿tienen un set de hospital o de oficina moderna?", ["hospital", "office"]),
    ("es", "¿hay algún set de cárcel para una serie de venganza?", ["prison"]),
    ("es", "necesitamos escenas en un centro comercial, ¿tienen algo así?", ["mall"]),
    ("zh", "你们有医院或者派出所的景吗", ["hospital", "police_station"]),
    ("zh", "有没有法庭的景？我们拍律政短剧", ["courtroom"]),
    ("zh", "你们那有没有机场的场景", ["airport"]),
    ("ko", "병원 세트 있어요?", ["hospital"]),
    ("ko", "사무실 세트 있나요? 재벌 로맨스 찍으려고요", ["office"]),
    ("ko", "교도소 장면 찍을 세트 있어요?", ["prison"]),
])
def test_a_place_of_today_asked_as_a_set_is_no_with_what_stands_in(services: Services, lang: str, asked: str,
                                                                   places: list[str]) -> None:
    check_no_set(services, lang, ask(services, lang, asked), places)


@pytest.mark.parametrize(("lang", "first", "then", "place"), [
    ("en", "do you have a hospital set?", "and a police station?", "police_station"),
    ("en", "any sets for a present-day story?", "what about a nightclub?", "bar"),
    ("es", "¿tienen un set de hospital o de oficina moderna?", "¿y una comisaría?", "police_station"),
    ("es", "¿hay algún set de cárcel?", "¿y un juzgado?", "courtroom"),
    ("zh", "你们有医院的景吗", "那派出所呢", "police_station"),
    ("zh", "横店有现代办公室场景吗", "那酒店大堂呢", "hotel"),
    ("ko", "병원 세트 있어요?", "경찰서는요?", "police_station"),
    ("ko", "사무실 세트 있나요?", "호텔은요?", "hotel"),
])
def test_a_place_of_today_named_alone_next_is_asked_the_same(services: Services, lang: str, first: str, then: str,
                                                             place: str) -> None:
    check_no_set(services, lang, say(services, lang, first, then)[-1], [place])


@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "is there a hospital near the sets in case someone gets hurt?"),
    ("en", "do you have hotels for the crew near the backlot?"),
    ("es", "¿hay un hospital cerca de los sets?"),
    ("zh", "片场附近有医院吗"),
    ("ko", "촬영장 근처에 병원 있어요?"),
])
def test_a_place_around_the_sets_is_not_a_set_asked(services: Services, lang: str, asked: str) -> None:
    assert ask(services, lang, asked).answer != TODAY


@pytest.mark.parametrize(("lang", "asked", "expect"), [
    ("en", "do you have a desert set?", "location:virtual_production"),
    ("zh", "你们有沙漠的景吗", "location:virtual_production"),
    ("en", "any sets for a present-day story?", TODAY),
    ("zh", "有现代戏的景吗", TODAY),
])
def test_landscapes_and_the_era_of_today_keep_their_answers(services: Services, lang: str, asked: str,
                                                            expect: str) -> None:
    reply = ask(services, lang, asked)
    assert reply.answer == expect
    # (a landscape is what no set card mentions, the era what no standing set is of: not "none of our sets is a …")
    opener = t("set_today_none", lang, what="\x00").split("\x00")[0]
    assert opener not in reply.text


def test_the_places_are_read_in_the_order_named() -> None:
    assert lexicon.modern_places("¿tienen un set de hospital o de oficina moderna?") == ["hospital", "office"]
    assert lexicon.modern_places("派出所或者医院的景") == ["police_station", "hospital"]
    assert lexicon.modern_places("do you have a Qing palace set?") == []
