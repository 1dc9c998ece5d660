"""fixA3: the rate or amount of the short-drama incentive asked fresh ("补贴比例是多少", "what
percentage do you refund?", "¿qué porcentaje cubre el incentivo?", "환급 비율이 어떻게 돼요?") is what
the files say of the incentive, then one sentence that the rate is not published, then its team's
card: not the rights-and-revenue-share line the word "percentage" alone gives, nor another team.
Right after the incentives were shown, the gap alone (they were just said)."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import lexicon
from tests.dialogue import last_reply

TEAM = "gap:vertical_short_drama_center"


LEAD = {"en": "special incentives", "es": "incentivos especiales", "zh": "专项扶持政策", "ko": "특별 인센티브"}
RATE = {"en": "rate isn't published", "es": "porcentaje exacto no está publicado", "zh": "具体比例没有对外公布",
        "ko": "정확한 비율은 공개되어 있지 않으며"}


@pytest.mark.parametrize("lang, text, rate", [
    ("zh", "具体能减多少？有没有个比例", False),
    ("zh", "补贴比例是多少", True),
    ("zh", "拍短剧的补贴能返多少？", False),
    ("en", "what percentage do you refund?", True),
    ("en", "how much does the incentive cut our costs, is there a percentage?", True),
    ("es", "¿de cuánto es el reembolso?", False),
    ("es", "¿qué porcentaje cubre el incentivo?", True),
    ("ko", "환급 비율이 어떻게 돼요?", True),
    ("ko", "지원금은 몇 퍼센트예요?", True),
])
def test_fresh_rate_question_says_the_incentive_then_the_gap(services: Services, lang: str, text: str, rate: bool) -> None:
    reply = last_reply(services, lang, [text])
    assert reply.answer == TEAM, reply.text
    first, second = reply.text.split("\n")[:2]
    assert LEAD[lang] in first, reply.text
    assert not rate or RATE[lang] in second, reply.text
    assert reply.text.count("✉️") == 1


@pytest.mark.parametrize("lang, lines", [
    ("zh", ["竖屏短剧有什么扶持", "减免幅度大概多少"]),
    ("en", ["any incentives for vertical shorts?", "what percentage do they refund?"]),
])
def test_right_after_the_incentives_the_gap_alone(services: Services, lang: str, lines: list[str]) -> None:
    reply = last_reply(services, lang, lines)
    assert reply.answer == TEAM and LEAD[lang] not in reply.text.split("\n")[0], reply.text


def test_a_rate_of_support_is_no_rights_share() -> None:
    assert lexicon.gap_topic("补贴比例是多少") == "price"
    assert lexicon.gap_topic("what percentage of revenue do you take?") in ("rights", "revenue")
