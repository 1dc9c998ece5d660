"""A FAQ asked in far-off wording reaches its entry where a word rule answered something else,
when both matchers (the answer ranker and the e5 embedding's nearest entry) agree (faq22, issue 7):

- an honest gap a word raised as an aside ("酒店戏", "a hotel") gives way at `FAQ_OUTWEIGHED`
  (0.62; it was 0.8), measured on every question of the read sets;
- a FAQ a topic word chose ("老外": foreign actors) gives way to another FAQ the two matchers
  agree on at `FAQ_OUTVOTED` (0.95) (`Router.outvoted`);
- a gap that is the question (the weather for an outdoor shoot) stays a gap.

Real things only (shipped knowledge, classifier, ranker, e5 embeddings). Every wording was
written for these tests, not taken from an answer set or the faqprobe set; the first three got
a gap, the on-site services incentive or the foreign-actors FAQ before the change.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.router import _gap_asked
from tests.dialogue import talk

pytestmark = pytest.mark.long  # the e5 embedding of each message


@pytest.mark.parametrize(("lang", "text", "expect"), [
    ("zh", "我们要拍一场酒店戏，需要两个外国演员，你们那边能找到吗", "faq:foreign_actors"),
    ("en", "the budget is tight, is a hotel in Hengdian for a foreign crew going to break us?", "faq:costs"),
    ("zh", "我们是老外团队，现场沟通用英语行不行，翻译要自备吗", "faq:languages"),
    # unchanged: the FAQ the rules and both matchers already gave
    ("zh", "我们请了几个老外演员，现场工作人员会说英语吗，需不需要另外请翻译", "faq:languages"),
    ("en", "we need two foreign actresses for a scene in a hotel bar, can you find non-Chinese actors over there?",
     "faq:foreign_actors"),
    # the weather is what is asked: no FAQ publishes it
    ("ko", "3월 헝뎬 날씨 어때요? 야외 촬영 가능할까요", "gap:*"),
])
def test_faq_where_both_matchers_agree(services: Services, lang: str, text: str, expect: str) -> None:
    talk(services, lang, [(text, expect)])


@pytest.mark.parametrize(("text", "asked"), [
    ("for the vertical drama incentive, what percent do we save exactly, and who signs it off?", True),
    ("¿qué porcentaje nos descuentan con el incentivo de microdramas? y quién lo aprueba", True),
    ("we shoot a scene in a hotel, then we need foreign actors too, can you help with that", False),
])
def test_an_amount_in_percent_is_asked(text: str, asked: bool) -> None:
    assert _gap_asked(text, "price") is asked
