# ruff: noqa: N999
"""Round 8, fixyA:

- training asked for people ("any training for young technicians?", "想让我们的年轻编剧参加培训…有没有
  这类项目"): the Global Talent Program, not the catalog credits gap nor the whole programme list;

- "partners from Latin America?", "파트너사 중에 중남미 회사는": the partners based there (none;
  Dalynn Studio serves that market), not the Latin American pitch day's venue;

- "第一家是做什么的", "the first one?", "¿y el primero?" right after a FAQ answer that names one
  outside partner (the Spanish distribution FAQ names Dalynn Studio): a one-item list, so the first
  is that partner, not "which one do you mean?".
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import fits, talk


@pytest.mark.parametrize(("lang", "first", "then"), [
    ("zh", "横店出品的内容能发行到西语市场吗？", "第一家是做什么的"),
    ("en", "can you distribute in Latin America", "the first one?"),
    ("es", "¿pueden distribuir en Latinoamérica?", "¿y el primero?"),
    ("en", "can you distribute in Latin America", "what does the first one do?"),
])
def test_first_of_a_faq_naming_one_partner(services: Services, lang: str, first: str, then: str) -> None:
    talk(services, lang, [(first, "faq:spanish_distribution"), (then, "partner:dalynn_studio*")], fits)


def test_first_after_a_faq_naming_no_partner_is_not_a_partner(services: Services) -> None:
    reply = talk(services, "en", [("how do I join the alliance?", "faq:*"), ("the first one?", "*")], fits)
    assert not (reply.answer or "").startswith("partner:")


@pytest.mark.parametrize(("lang", "text"), [
    ("ko", "파트너사 중에 중남미 회사는 어디 어디인가요"),
    ("en", "do you have partners from Latin America?"),
    ("es", "¿tienen socios latinoamericanos?"),
    ("zh", "拉美的合作伙伴有哪些"),
])
def test_partners_from_latin_america(services: Services, lang: str, text: str) -> None:
    reply = talk(services, lang, [(text, "list:partners?region=419")], fits)
    assert "Dalynn" in reply.text
    talk(services, lang, [(text, "list:partners?region=419"),
                          ({"ko": "첫 번째 회사는", "en": "the first one?", "es": "¿y el primero?",
                            "zh": "第一家是做什么的"}[lang], "partner:dalynn_studio*")], fits)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "any partner for latin american distribution"),
    ("en", "can you distribute in Latin America"),
])
def test_selling_to_latin_america_stays_the_faq(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "faq:spanish_distribution")], fits)


@pytest.mark.parametrize(("lang", "text"), [
    ("zh", "你好，我是波哥大的一家制片公司，想让我们的年轻编剧参加培训，你们有没有这类项目？"),
    ("en", "any training for young technicians?"),
    ("es", "¿tienen capacitación para técnicos jóvenes?"),
    ("ko", "신인 작가들 교육시킬 만한 프로그램 있나요?"),
])
def test_training_asked_is_the_talent_program(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "program:global_talent_program*")], fits)


def test_airing_in_latin_america_stays_the_spanish_distribution(services: Services) -> None:
    reply = talk(services, "ko", [("우리 작품을 남미에서 방송하고 싶어요. 스페인어 쪽 도와주는 회사 있어요?", "*")], fits)
    assert reply.answer != "list:partners?region=419"
