"""Co-producing, co-financing or remaking a catalog title asked in other words (fixH6), in the
four languages: going halves, co-investing, "当联合出品方/投拍", "반반 투자", "공제" (공동 제작),
with the way in asked as whom to see, what to sign, what papers, what it takes, where to start,
or as who pays and who keeps the IP: the co-production FAQ (which names the team), not the
form opened on a question, the team's card alone, the catalog's card or an honest gap.

Kept: a named title's co-production status, a share asked in figures (an honest gap), the
catalog's percentage of revenue.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import ask

FAQ = "faq:coproduce_catalog_title"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "one of the shows on your slate looks great, we'd like to go halves on it with you - who do we talk to and what do we sign?"),
    ("en", "if we co-finance a title from your catalog, who puts up the money and who keeps the IP?"),
    ("en", "we spotted a drama in your list we'd love to remake for the Polish market, what does it take?"),
    ("en", "we'd like to co-invest in one of your catalog titles, who should we contact?"),
    ("es", "nos gustó una obra del catálogo y queremos entrar a medias, ¿por dónde empezamos y qué documentos piden?"),
    ("es", "si coproducimos uno de sus títulos, ¿quién pone la plata y de quién quedan los derechos?"),
    ("es", "hay un título del listado que queremos hacer mitad y mitad con ustedes, ¿con quién hablamos?"),
    ("zh", "片单里看中一部剧，想跟你们联合投资一起拍，先做什么？"),
    ("zh", "如果合拍片单里的作品，谁出钱，版权归谁？"),
    ("zh", "我们想当出品方投拍你们目录里的一部短剧，要准备什么材料"),
    ("ko", "카탈로그 작품 하나 공동 투자로 같이 찍고 싶은데 누구랑 얘기해야 돼요?"),
    ("ko", "공동 제작하면 제작비는 누가 대고 판권은 누구 소유가 돼요?"),
    ("ko", "목록에 있는 작품을 반반 투자해서 리메이크하려면 뭐부터 하면 돼요?"),
])
def test_deal_in_other_words_gets_the_coproduction_faq(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == FAQ, (reply.answer, reply.text)


@pytest.mark.parametrize(("lang", "text", "not_answer"), [
    ("en", "is Canton Nocturne still looking for co-production partners?", FAQ),
    ("en", "if we go halves on one of your catalog titles, what percentage of the revenue is ours?", FAQ),
    ("ko", "공동 제작하면 수익 배분 비율은 몇 대 몇이에요?", FAQ),
    ("ko", "세액공제 어떻게 신청해요?", FAQ),
])
def test_kept_apart(services: Services, lang: str, text: str, not_answer: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer != not_answer, (reply.answer, reply.text)
