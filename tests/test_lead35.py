"""Lead, session 35: a person asked for in Cantonese is a hand-off (play37b kind 1). Cantonese
is read in standard words first (搵 → 找, 傾 → 谈, 幫手睇 → 帮手看), so the Mandarin patterns must
take 同 ("with") and "someone to help look at ours"."""
from __future__ import annotations

import pytest

from bot.context import Services
from intents.handoff_words import asks_for_person
from tests.dialogue import talk


@pytest.mark.parametrize("text", ["我想搵個人同我傾下合作", "我想搵人幫手睇下我哋個project",
                                  "我想找个人同我谈谈合作", "麻烦找个同事帮忙看下我们的项目"])
def test_a_person_asked_for_in_cantonese_is_a_handoff(services: Services, text: str) -> None:
    talk(services, "zh", [(text, "handoff")])


@pytest.mark.parametrize("text", ["我们想找人拍短剧", "想找个景拍古装", "我们在找人合拍"])
def test_hiring_or_finding_things_is_no_handoff(text: str) -> None:
    assert not asks_for_person(text)


@pytest.mark.parametrize(("lang", "text"), [("en", "do you co-produce with Latin American companies?"),
                                            ("es", "¿coproducen con productoras latinoamericanas?"),
                                            ("ko", "중남미 회사들과 공동 제작도 하나요?")])
def test_co_producing_with_latin_america_is_no_partner_list(services: Services, lang: str, text: str) -> None:
    """fixyA's partners-by-region reading met play15a's kind: working with them is the Latin bridge FAQ."""
    talk(services, lang, [(text, "faq:spanish_distribution")])
