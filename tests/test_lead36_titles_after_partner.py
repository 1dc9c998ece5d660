"""Titles asked for by a catalogue filter while a partner is in focus are the catalogue's list,
not that partner's country (set 40's only lost dialogue, a bug older than the session)."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import talk


@pytest.mark.parametrize(("lang", "partner", "titles"), [
    ("ko", "Reel-K는 어떤 회사예요?", "한국어 버전 있는 작품 어떤 거예요?"),
    ("en", "what does Reel-K do?", "which titles have a Korean version?"),
    ("es", "¿qué hace Reel-K?", "¿qué obras hay en coreano?"),
    ("zh", "Reel-K是做什么的？", "哪些作品有韩语版？"),
])
def test_titles_by_language_after_a_partner_are_the_list(services: Services, lang: str, partner: str,
                                                          titles: str) -> None:
    talk(services, lang, [(partner, "partner:reel_k"), (titles, "list:works?language=ko")])


def test_the_partners_own_fact_still_follows_it(services: Services) -> None:
    talk(services, "en", [("what does Reel-K do?", "partner:reel_k"), ("where is it based?", "partner:reel_k#country")])
