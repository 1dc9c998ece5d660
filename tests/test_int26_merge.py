"""Answers the branches merged in int26 broke against read sets, back:

- casting or pitching said as what the partner does ("한국 배우 캐스팅해서 데려가도 되나요?", "we're casting a
  Korean lead") names no event: whether foreign actors work there is the foreign-actors FAQ, not whom the
  casting day is for (fixD17's event found by its kind's word); the casting day named keeps its audience.
"""

import pytest

from tests.dialogue import ask

ACTORS, CASTING_FOR = "faq:foreign_actors", "event:international_sets_casting_day_2027#audience"


@pytest.mark.parametrize(("lang", "text"), [
    ("ko", "한국 배우 캐스팅해서 데려가도 되나요? 거기 외국인 배우들도 많이 일해요?"),
    ("ko", "우리가 직접 캐스팅한 배우 데려가도 돼요? 외국 배우들 거기서 일 많이 하나요?"),
    ("en", "we're casting a Korean lead, can we bring her over? do foreign actors work there a lot?"),
])
def test_casting_done_by_the_partner_is_no_event(services, lang: str, text: str) -> None:
    assert ask(services, lang, text).answer == ACTORS


@pytest.mark.parametrize(("lang", "text"), [
    ("ko", "캐스팅 데이에 한국 배우도 참가할 수 있나요?"),
    ("en", "can Korean actors take part in the casting day?"),
])
def test_the_casting_day_named_keeps_its_audience(services, lang: str, text: str) -> None:
    assert ask(services, lang, text).answer == CASTING_FOR
