"""A late rule that replaced a FAQ the answer ranker is near certain of (`Router.outweighed`)
keeps its answer only on evidence of its own, judged by kind (faq21, issue 7):

- an honest gap: the unpublished thing must be what is asked (an amount, a rival studio, one
  short clause about it), not a word of an aside ("..., doing the travel budget now");
- the alliance's own card: only when a fact of the alliance is asked, not when HISDA is the body
  a question about joining or its tools is asked of.

Real things only (shipped knowledge, classifier, ranker, e5 embeddings). Every wording was
written for these tests, not taken from an answer set or the faqprobe set; each of the FAQ
wordings below got the gap or the alliance's card before the change.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.memory import Memory
from intents.reply import Reply
from intents.router import _gap_asked
from tests.dialogue import talk

pytestmark = pytest.mark.long  # the e5 embedding of each message


@pytest.mark.parametrize(("text", "gap_kind", "asked"), [
    ("how much is the yearly fee to be an alliance member?", "price", True),
    ("연맹 회비 얼마예요?", "price", True),
    ("会员年费是多少", "price", True),
    ("is hengdian cheaper than pinewood for us?", "compare", True),
    ("weekly rental of the LED stage?", "price", True),  # one short clause: all about the price
    ("how do people get to hengdian from the airport, doing the travel budget now", "price", False),
    ("저희 팀 예산 짜는 중인데, 헝뎬에서 외국 팀도 촬영할 수 있나요?", "price", False),
    ("横店对竖屏短剧剧组有没有补贴或者费用上的减免，我们想把明年的几部戏都放过去拍", "price", False),
])
def test_a_gap_is_asked_by_an_amount_a_rival_or_a_clause_of_its_own(text: str, gap_kind: str, asked: bool) -> None:
    assert _gap_asked(text, gap_kind) is asked


@pytest.mark.parametrize(("lang", "text", "expect"), [
    ("en", "how do people get to hengdian from the airport, doing the travel budget now", "faq:how_to_reach_hengdian"),
    ("ko", "저희 팀 예산 짜는 중인데, 헝뎬에서 외국 팀도 촬영할 수 있나요?", "faq:can_foreign_crews_film"),
    ("zh", "横店对竖屏短剧剧组有没有补贴或者费用上的减免",
     ["faq:incentives", "incentive:short_drama_cost_reduction"]),
])
def test_a_price_word_in_an_aside_leaves_the_faq(services: Services, lang: str, text: str, expect) -> None:
    talk(services, lang, [(text, expect)])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "how much is the yearly fee to be an alliance member?"),
    ("es", "¿cuánto cuesta alquilar el estudio virtual una semana?"),
    ("ko", "연맹 회비 얼마예요?"),
    ("en", "is hengdian cheaper than pinewood for us?"),
])
def test_a_number_asked_stays_the_honest_gap(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "gap:*")])


def test_a_fact_of_the_alliance_keeps_its_card(services: Services) -> None:
    """Where the rules gave the alliance's card for a fact of it (what it does), no FAQ the
    ranker is sure of replaces it; nor does one replace the card of the alliance in focus."""
    brain = services.brain
    for text, memory in (("HISDA是做什么的？", Memory()),
                         ("y la HISDA, ¿qué trámite piden para entrar?", Memory(focus="program:hisda"))):
        turn = brain.turn(62_000, services.store.touch(62_000, language_code="zh"), text)
        got = brain.router.outweighed(turn, brain.understand(text), memory, Reply(text="", answer="program:hisda"))
        assert got is None, text
