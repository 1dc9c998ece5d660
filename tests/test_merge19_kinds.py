"""Lead fixes made while merging round 19 (int19).

- a shop's, market's or museum's "几点关门" is that place's closing time, never our office hours;
  "你们几点关门" still is the office hours (fixC12);
- a Korean "X 나오는 거 있음?" is a story search only with a drama word: "지원금 나오는 거 있음?" asks
  whether a subsidy is paid, not for titles about subsidies.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import talk


def _any(expect, answer) -> bool:
    return True  # (each test asserts what it expects of the reply itself)


@pytest.mark.parametrize("text", ["杭州那个商场几点关门", "附近超市几点关门啊"])
def test_a_shop_closing_time_is_no_office_hours(services: Services, text: str) -> None:
    reply = talk(services, "zh", [(text, None)], fits=_any)
    assert not (reply.answer or "").endswith("#hours"), reply.answer


def test_our_closing_time_is_the_office_hours(services: Services) -> None:
    reply = talk(services, "zh", [("你们几点关门", None)], fits=_any)
    assert (reply.answer or "").endswith("#hours"), reply.answer


@pytest.mark.parametrize("text", ["헝뎬에서 숏드라마 찍으면 지원금 나오는 거 있음?",
                                  "세로형 드라마 촬영하면 보조금 나오는 거 있어요?"])
def test_a_subsidy_paid_is_no_story_search(services: Services, text: str) -> None:
    reply = talk(services, "ko", [(text, None)], fits=_any)
    assert not (reply.answer or "").startswith("catalog:about"), reply.answer
