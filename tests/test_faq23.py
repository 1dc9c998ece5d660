"""FAQ questions in wording families the e5 embedding ranked second to fourth (faq23, issue 7).

A learned arbiter "FAQ or the router's answer" was measured first (bench/faq_arbiter.py):
leave-one-set-out over all read sets it fixed 1 FAQ question at no loss (of 53 the ranker's FAQ
would fix), or 3-5 at a loss of 4-13 answers: where the answer is not the ranker's FAQ, the
rules were right 9,551 times against 53. Not shipped. The staff-facing mechanism instead:
paraphrases in knowledge/faq.yaml for the families the embedding placed the right entry 2nd-4th on the read sets (joining with the
alliance unnamed, "will it blow the budget", Latin-American sales of vertical dramas, ...),
embedded with `bot nlu embed` (the answer ranker refitted on them).

Real things only (shipped knowledge, classifier, ranker, e5 embeddings). Every wording here was
written for these tests, not taken from an answer set nor added as a paraphrase; the first five
got the fallback, another FAQ, the partners list, a gap or an incentive before the change.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import talk

pytestmark = pytest.mark.long  # the e5 embedding of each message


@pytest.mark.parametrize(("lang", "text", "expect"), [
    # joining, the alliance unnamed ("be part of it", "formar parte", "成为一员")
    ("en", "honestly what does it take for an outfit like ours to get in and be part of it", "faq:join_alliance"),
    ("es", "somos un estudio pequeño de Quito, ¿qué pasos hay que seguir para formar parte?", "faq:join_alliance"),
    ("zh", "我们这种小公司也想成为一员，流程怎么走", "faq:join_alliance"),
    # whether the budget holds is what shooting here costs, not an unpublished price
    ("en", "would a week of shooting there wreck the budget for a modest crew from abroad", "faq:costs"),
    # reaching Latin-American viewers is the Spanish-language route, not the verticals' incentive
    ("en", "anyone who can help our verticals reach viewers in Latin America", "faq:spanish_distribution"),
    # unchanged: the same families the matchers already answered
    ("ko", "우리 같은 작은 회사도 소속되고 싶은데 절차가 어떻게 되나요", "faq:join_alliance"),
    ("es", "¿le sale barato a una productora de afuera rodar una serie allá?", "faq:costs"),
    ("es", "¿una productora de afuera puede rodar allá sola o tiene que ir con un socio chino?",
     "faq:can_foreign_crews_film"),
    ("zh", "海外剧组能不能自己去拍，一定要找国内公司合作吗", "faq:can_foreign_crews_film"),
    ("es", "tenemos dos papeles de extranjeros, ¿allá consiguen actores no chinos para el casting?",
     "faq:foreign_actors"),
    ("zh", "拍完想卖到拉丁美洲，比如秘鲁、哥伦比亚，有路子吗", "faq:spanish_distribution"),
    ("es", "es un drama de época china sin dinastía definida, ¿qué decorado nos sirve?", "faq:which_set"),
    # a price asked stays the honest gap
    ("en", "what is the daily rate for the Qin Palace set if we book three days?", "gap:*"),
])
def test_faq_of_a_family_the_embedding_ranked_lower(services: Services, lang: str, text: str, expect: str) -> None:
    talk(services, lang, [(text, expect)])
