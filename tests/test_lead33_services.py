"""Local hands asked to be found for the crew by a trade the services card covers as "local crew"
(a driver, a gaffer), with "help us find" in Chinese: the on-site services, not the contacts list."""
from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import talk


@pytest.mark.parametrize(("lang", "say"), [
    ("en", "could you find us a couple of local drivers for the shoot?"),
    ("zh", "你们能帮我们请几个当地司机吗？"),
    ("zh", "可以帮剧组找本地的灯光师不"),
])
def test_local_hands_found_for_the_crew_are_the_on_site_services(services: Services, lang: str, say: str) -> None:
    talk(services, lang, [(say, "incentive:on_site_services")])


@pytest.mark.parametrize(("lang", "listed", "asked"), [
    ("en", "which comedies do you have?", "ok. and the Seoul matchmaking, when is that?"),
    ("es", "¿tienen comedias?", "vale, ¿y la jornada de negocios de Seúl para cuándo es?"),
    ("zh", "有哪些喜剧？", "那首尔那个对接会什么时候？"),
])
def test_an_event_named_by_its_kind_is_no_listed_title_sharing_a_word(services: Services, lang: str, listed: str,
                                                                        asked: str) -> None:
    """A word of a listed title ("Son-in-Law from Seoul") beside an event's kind ("matchmaking",
    "对接会") is the event, not that title."""
    talk(services, lang, [(listed, "list:works?genre=comedy"), (asked, "event:korea_matchmaking_2027#date")])
