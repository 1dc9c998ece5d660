"""Kinds left by answer set 23, each in wordings of our own (the set's lines are not copied):

- a subscription said as "tell me when X changes" (a change to come is news);
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.context import Services
from tests.dialogue import fits, noon_services, talk


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    yield from noon_services(tmp_path_factory, "fix26b")


@pytest.mark.parametrize("lang,text", [
    ("en", "ping me if the incentives ever change"),
    ("en", "let us know when the incentive rules change please"),
    ("es", "avísenme si cambian los incentivos"),
    ("es", "me avisas cuando haya cambios en los incentivos porfa"),
    ("zh", "扶持政策要是有调整麻烦通知一声"),
    ("ko", "인센티브 바뀌면 알려 주세요"),
])
def test_a_change_to_come_is_news_to_subscribe_to(services: Services, lang, text) -> None:
    talk(services, lang, [(text, ("subscribe", "subscribe:incentives"))], fits=fits)
