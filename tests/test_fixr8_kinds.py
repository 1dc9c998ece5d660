"""Kinds where this round's merges met older ones (fixR8), each in wordings of our own:

- a crew's tongue asked of the set ("we only speak Spanish, is that ok on set?") is the languages
  FAQ; a crew's nationality without a tongue is whether a crew from abroad may film (fixD9).
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import fits, talk


@pytest.mark.parametrize("lang,text,expect", [
    ("en", "we only speak spanish, is that ok on set?", "faq:languages"),
    ("en", "the whole crew is english-speaking, will that be a problem on set?", "faq:languages"),
    ("es", "solo hablamos español, ¿eso funciona en el set?", "faq:languages"),
    ("zh", "我们剧组都说西班牙语，在片场没问题吧？", "faq:languages"),
    ("ko", "저희 팀원들 다 스페인어만 하는데 현장에서 괜찮아요?", "faq:languages"),
    ("en", "the whole crew is Peruvian, is that fine on set?", "faq:can_foreign_crews_film"),
    ("es", "todos somos mexicanos, ¿hay problema en el rodaje?", "faq:can_foreign_crews_film"),
])
def test_a_crews_tongue_is_the_languages_faq(services: Services, lang, text, expect) -> None:
    talk(services, lang, [(text, expect)], fits=fits)
