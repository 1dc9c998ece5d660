"""fixR25 (answers83): after a FAQ asked beside a title (a shoot like it on the LED stage), the
title pointed back at by "that one", "那部", "그거", "그 작품" is the one whose team is asked, not
the team that FAQ names. Sentences of our own, in en/zh/ko (Spanish "esa serie": fixO25's test)."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import lexicon
from tests.dialogue import say

# a Korean mystery title (its team: the short drama center), then the LED stage, then its team
BEFORE = {
    "en": ["any mystery dramas?", "which of them are in korean", "the second one, how many episodes",
           "could we film something like that on your LED stage?"],
    "zh": ["有没有悬疑剧", "其中哪些是韩语的", "第二部有几集", "类似的戏能在你们的LED棚里拍吗"],
    "ko": ["미스터리 드라마 있어요?", "그중에 한국어로 된 거는요", "두 번째 거 몇 부작이에요", "그런 거 LED 스튜디오에서 찍을 수 있어요?"],
}
ASKED = [
    ("en", "ok and who's in charge of that one, what's the email"),
    ("zh", "那部是谁在管，邮箱多少"),
    ("ko", "그거 누가 맡고 있어요? 이메일 좀요"),
    ("ko", "그 작품 담당 이메일 알려줘요"),
]


@pytest.mark.parametrize("lang,asked", ASKED)
def test_the_title_pointed_at_after_the_stage_faq_asks_its_own_team(services: Services, lang, asked) -> None:
    replies = say(services, lang, *BEFORE[lang], asked)
    assert replies[-2].answer == "faq:virtual_production", replies[-2].answer
    assert replies[-1].answer == "contact:vertical_short_drama_center#email", (asked, replies[-1].answer)


def test_a_part_is_no_title() -> None:
    assert lexicon.earlier_pointed("那部分费用谁出") is None
    assert lexicon.earlier_pointed("那部多少集") == ("work", False)
