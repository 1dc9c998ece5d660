"""fixA17 (play24: "revenue split of a catalogue title 50/50", "going halves … share of the
profits"): a share of a title's revenue or profits asked, of one of the titles or one named, is a
rights term: not published, negotiated case by case with the team named (gap_rights), never the
co-production FAQ, a company's turnover or the title's card."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.lexicon import gap_topic
from tests.dialogue import ask

SHARED = [
    ("en", "could we do a 50/50 revenue split on one of your catalogue titles?", "revenue shares"),
    ("en", "we'd want a fifty-fifty split of the profits on a catalogue series, doable?", "revenue shares"),
    ("en", "what about going halves on Canton Nocturne for a share of the profits?", "revenue shares"),
    ("es", "¿podríamos repartir las ganancias 50/50 de uno de sus títulos del catálogo?", "reparto de ingresos"),
    ("es", "¿se podría coproducir un título del catálogo con reparto de utilidades al 50%?", "reparto de ingresos"),
    ("zh", "片单里的剧我们能不能跟你们五五开分利润？", "分成比例"),
    ("zh", "《羊城夜曲》我们出一半钱，利润怎么分？", "分成比例"),
    ("ko", "카탈로그 작품 하나를 수익 50대50으로 나눌 수 있어요?", "수익 배분"),
    ("ko", "카탈로그에 있는 드라마 하나 반반 투자해서 수익 나누는 거 가능해요?", "수익 배분"),
]


@pytest.mark.parametrize(("lang", "text", "said"), SHARED)
def test_a_revenue_share_is_an_unpublished_rights_term(services: Services, lang: str, text: str, said: str) -> None:
    assert gap_topic(text) == "rights"
    reply = ask(services, lang, text)
    assert reply.answer == "gap:international_business"
    assert said in reply.text


@pytest.mark.parametrize("text", ["what's SpringReel's annual revenue?", "SpringReel 연매출이 얼마예요?", "what was Reel-K's turnover last year?"])
def test_a_companys_turnover_stays_revenue(text: str) -> None:
    assert gap_topic(text) == "revenue"
