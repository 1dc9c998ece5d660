"""Fixes of answers77 widened from the sentence they learnt to the way partners ask (para23),
each tried with sentences written for these tests (not the answers78 paraphrases):

- a title's age rating asked with its audience, which is a genre word ("is X fine for little kids?",
  "适合几岁的孩子看", "es para todo público"): the rating, which no record holds (an honest gap), not
  the title's genres; "any shows for kids?" stays the family list;
- a detail no record holds asked of an event found by its market and an event word ("the Latin
  America pitch event"): that event's honest gap, as when it is named, not its card.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import ask


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Would Die Another Take be fine for little kids?"),
    ("en", "Is Son-in-Law from Seoul appropriate for my children? what's it rated"),
    ("en", "whats it rated, Die Another Take? can my kids watch"),
    ("es", "¿Die Another Take es para todo público? Es para verla con mis sobrinos"),
    ("zh", "《首尔女婿过大年》适合几岁的小朋友看？"),
    ("zh", "首爾女婿過大年幾歲的孩子可以看？"),
])
def test_an_age_rating_with_its_audience_is_no_genre(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert (reply.answer or "").startswith("gap:"), reply.answer


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("en", "do you have any shows for children?", "list:works?genre=family"),
    ("zh", "有适合小朋友看的剧吗", "list:works?genre=family"),
])
def test_titles_for_children_asked_stay_the_family_list(services: Services, lang: str, text: str, key: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == key, reply.answer


def test_a_detail_of_an_event_found_by_its_market_is_its_gap(services: Services) -> None:
    reply = ask(services, "en", "Do the finalists of the Latin America pitch event get any cash award?")
    assert (reply.answer or "").startswith("gap:"), reply.answer
    asked = ask(services, "en", "is there an event in Latin America for producers?")
    assert asked.answer == "event:latam_pitch_day_2027", asked.answer
