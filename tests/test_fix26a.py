"""Records and their facts (issue 7), each kind in the four languages:

- one thing asked for in the singular ("who is your partner in Korea?", "¿quién es su socio en
  Corea?", "韩国那边的合作伙伴是谁", "한국 파트너는 어디예요?") whose filtered list holds one record:
  that record's card, not a list of one; several asked for ("which partners are there…") keep the list;
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.context import Services
from tests.dialogue import fits, noon_services, talk


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    yield from noon_services(tmp_path_factory, "fix26a")


# -- one asked for, one listed ----------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "who's the partner you have over in Korea?"), ("en", "which company do you work with in Korea"),
    ("es", "¿quién es el socio que tienen en Corea?"), ("es", "¿y en Corea con qué empresa trabajan?"),
    ("zh", "韩国是哪家公司跟你们合作"), ("zh", "在韩国的合作方是谁"),
    ("ko", "한국 협력사는 누구죠?"), ("ko", "한국에 있는 파트너는 어디예요?"),
])
def test_one_asked_for_and_one_listed_is_its_card(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "partner:reel_k")], fits)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "what partners do you have in Korea"), ("es", "¿cuáles son sus socios en Corea?"),
    ("zh", "韩国有哪些合作伙伴"), ("ko", "한국 협력사들 알려주세요"),
])
def test_several_asked_for_keep_the_list(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "list:partners?country=KR")], fits)
