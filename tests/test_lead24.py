"""What the lead found playing partners on main 420aeed (2026-12-03):

- a year and a market named together ("2027년에 한국 관련 행사 있나요?", "any events for Latin
  American producers in 2027?") list that year's events of the market, not every event of the
  year;
- the writer's own country or company in an opening clause ("we're a Korean production company,
  what events are there in 2027?") filters nothing and is not "which Korean partner is it?"
  asked of the event in focus.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.context import Services
from tests.dialogue import fits, noon_services, talk


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    yield from noon_services(tmp_path_factory, "lead24")


@pytest.mark.parametrize("lang,text", [
    ("ko", "2027년에 한국 관련 행사 있나요?"),
    ("en", "any events related to Korea next year?"),
    ("es", "¿hay algún evento con Corea en 2027?"),
    ("zh", "2027年有跟韩国有关的活动吗？"),
])
def test_a_year_and_a_market_pick_that_years_event_of_the_market(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "event:korea_matchmaking_2027")], fits)


def test_a_year_and_a_market_with_several_events_list_them(services: Services) -> None:
    reply = talk(services, "en", [("any events for Latin American producers in 2027?",
                                   "list:events?when=upcoming&year=2027&market=latam_spanish_news")], fits)
    assert "event:korea_matchmaking_2027" not in reply.items and len(reply.items) >= 2


@pytest.mark.parametrize("lang,text", [
    ("en", "we're a Korean production company, what events are there in 2027?"),
    ("es", "somos una productora coreana, ¿qué eventos hay en 2027?"),
])
def test_the_writers_own_country_filters_nothing(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [("tell me about the Korea matchmaking" if lang == "en" else "háblame del encuentro Corea-China",
                           "event:korea_matchmaking_2027"),
                          (text, "list:events?when=upcoming&year=2027")], fits)
