"""fixR7: kinds the round's merge broke, kept with the new readings.

- a version's language asked beside where the partner's client is ("有西班牙语版的剧吗？我们客户在马德里")
  lists the titles in that language, not titles whose story involves that country (fixC9);
- other titles of a genre asked after a title card keep every filter said and leave that title out
  (fixG9's new list after a card);
- "who's the contact for that one" after a pick the list could not answer is the one team handling
  all of its titles (fixC9's "who's producing it?" read as a fact of one title)."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import fits, talk


@pytest.mark.parametrize("lang,say,expect", [
    ("zh", "有西班牙语版的剧吗？我们客户在马德里", "list:works?language=es"),
    ("zh", "有韩语版的作品吗？我们的买家在首尔", "list:works?language=ko"),
    ("es", "¿tienen series con versión en coreano? mi cliente está en Seúl", "list:works?language=ko"),
    ("en", "any titles with a Spanish version? our client is in Madrid", "list:works?language=es"),
])
def test_a_version_language_beside_the_clients_city_is_that_language(services: Services, lang: str, say: str,
                                                                     expect: str) -> None:
    talk(services, lang, [(say, expect)], fits)


@pytest.mark.parametrize("lang,card,others", [
    ("en", "tell me about Murder Along the River", "any other mystery titles in spanish?"),
    ("es", "háblame de Murder Along the River", "¿hay otras series de misterio en español?"),
    ("zh", "介绍一下Murder Along the River", "还有其他西班牙语版的悬疑剧吗？"),
])
def test_other_titles_after_a_card_keep_the_filters_and_leave_it_out(services: Services, lang: str, card: str,
                                                                     others: str) -> None:
    reply = talk(services, lang, [(card, "work:work_murder_along_the_river*"),
                                  (others, "list:works?genre=mystery&language=es")], fits)
    assert reply.items and "work:work_murder_along_the_river" not in reply.items, reply.items


@pytest.mark.parametrize("lang,listed,pick,whom", [
    ("en", "sci-fi titles looking for co-production partners?", "the fifth one", "who do I contact for that one?"),
    ("es", "¿qué series de ciencia ficción buscan socios?", "la quinta", "¿con quién hablo por esa?"),
])
def test_the_team_of_every_title_listed_after_an_unanswered_pick(services: Services, lang: str, listed: str,
                                                                  pick: str, whom: str) -> None:
    reply = talk(services, lang, [(listed, "list:works*"), (pick, "*"), (whom, "*")], fits)
    assert reply.items == ["contact:international_business"], (reply.answer, reply.items)
