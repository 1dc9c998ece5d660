"""fixI9 K10: "Does HISDA work with any Korean companies?" names the alliance only as whose partners
are asked: the partners of that country (Reel-K), not the alliance's card; then "who's their CEO?"
is that partner's."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import talk_patterns as talk


@pytest.mark.parametrize("lang,say", [
    ("en", "Does HISDA work with any Korean companies?"),
    ("en", "is HISDA partnered with anyone in Korea?"),
    ("es", "¿HISDA trabaja con alguna empresa coreana?"),
    ("zh", "HISDA有韩国的合作公司吗？"),
    ("ko", "HISDA랑 일하는 한국 회사 있어요?"),
])
def test_partners_of_a_country_named_with_the_alliance(services: Services, lang, say) -> None:
    talk(services, lang, [(say, "list:partners?country=KR*")])


def test_their_ceo_after_the_country_list(services: Services) -> None:
    talk(services, "en", [("Does HISDA work with any Korean companies?", "list:partners?country=KR*"),
                          ("who's their CEO?", "partner:reel_k*")])
