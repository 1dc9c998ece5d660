# ruff: noqa: N999
"""Round 8, fixyA:

- "第一家是做什么的", "the first one?", "¿y el primero?" right after a FAQ answer that names one
  outside partner (the Spanish distribution FAQ names Dalynn Studio): a one-item list, so the first
  is that partner, not "which one do you mean?".
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.context import Services
from tests.dialogue import fits, noon_services, talk


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    yield from noon_services(tmp_path_factory, "fixyA")


@pytest.mark.parametrize(("lang", "first", "then"), [
    ("zh", "你们的合作伙伴里有哪些是拉美的公司", "第一家是做什么的"),
    ("en", "can you distribute in Latin America", "the first one?"),
    ("es", "¿pueden distribuir en Latinoamérica?", "¿y el primero?"),
    ("en", "can you distribute in Latin America", "what does the first one do?"),
])
def test_first_of_a_faq_naming_one_partner(services: Services, lang: str, first: str, then: str) -> None:
    talk(services, lang, [(first, "faq:spanish_distribution"), (then, "partner:dalynn_studio*")], fits)


def test_first_after_a_faq_naming_no_partner_is_not_a_partner(services: Services) -> None:
    reply = talk(services, "en", [("how do I join the alliance?", "faq:*"), ("the first one?", "*")], fits)
    assert not (reply.answer or "").startswith("partner:")
