"""perf30: a ranking far under every caller's bar is not embedded for a lift it never gets.

`Understanding.best_faq` embeds the message only where the embedding could lift the answer
ranker's lexical ranking to the caller's bar (`meaning_could_reach`). Measured on 15,712 texts
(the held-out NLU messages and every read answer set), rankings under 0.05 rose at most 2.99
logits to any bar, so from there the bound is `MEANING_LIFT - FAR_LIFT_LESS` (3.5), not 4."""

from __future__ import annotations

import math
from types import SimpleNamespace

from intents import understand
from intents.answer_ranker import RankedFaq


def _p(logit: float) -> float:
    return 1 / (1 + math.exp(-logit))


def test_far_under_the_bar_the_smaller_lift_counts() -> None:
    reach = understand.meaning_could_reach
    # 3.75 logits under a bar of 0.5 from 0.023: within 4, beyond 3.5 -> no embedding
    assert not reach(RankedFaq("visa", 0.023), 0.5)
    # the same distance from a ranking over 0.05 (bar 0.95): the full lift still counts
    start = _p(math.log(0.95 / 0.05) - 3.75)
    assert start > understand.FAR_UNDER and reach(RankedFaq("visa", start), 0.95)
    # and from under 0.05 within 3.5 logits the embedding may still decide
    assert reach(RankedFaq("visa", 0.035), 0.5)


class Spy:
    """A `Nearest` that counts the embeddings asked for."""

    def __init__(self) -> None:
        self.done, self.asked, self.embedded = False, False, 0

    def scores(self):
        self.asked, self.done = True, True
        self.embedded += 1


def _understanding(lexical_probability: float) -> understand.Understanding:
    ranking = SimpleNamespace(rank=lambda u, near: RankedFaq("visa", lexical_probability))
    return understand.Understanding(text="x", written="en", intent="out_of_scope", confidence=0.9,
                                    fallback=False, nearest=Spy(), ranking=ranking)


def test_a_ranking_far_under_the_bar_does_not_call_the_encoder() -> None:
    u = _understanding(0.02)  # logit -3.89
    u.best_faq(0.5)  # 3.89 logits to 0.5: more than 3.5
    assert u.nearest.embedded == 0 and u.nearest.asked  # skipped, counted as asked
    near = _understanding(0.2)
    near.best_faq(0.5)
    assert near.nearest.embedded == 1  # in doubt: embedded
