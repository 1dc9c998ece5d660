"""fixA17 (play24 "나 토론토야"): the partner saying only where they are, in a short message, in
반말 or with a copula ("나 토론토야", "난 리마임"), as "<city> here", "ando en <city>", "我人在<city>":
the time-zone preference taken (times then shown there), not off-topic nor a greeting. A word that
is no place ("난 감독이야", "ando en eso") sets nothing."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.lexicon import place_stated
from tests.dialogue import ask

STATED = [
    ("ko", "나 토론토야", "America/Toronto"), ("ko", "난 리마임", "America/Lima"), ("ko", "저 밴쿠버예요", "America/Vancouver"),
    ("en", "toronto here btw", "America/Toronto"), ("en", "we're in Lima btw", "America/Lima"),
    ("es", "yo ando en Toronto", "America/Toronto"), ("es", "acá andamos en Lima", "America/Lima"),
    ("zh", "我人在温哥华", "America/Vancouver"), ("zh", "我哋而家喺多倫多", "America/Toronto"),
]


@pytest.mark.parametrize(("lang", "text", "zone"), STATED)
def test_place_said_alone_sets_the_clock(services: Services, lang: str, text: str, zone: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == "pref:timezone"
    # after the events: the next one's time follows in that zone
    after = ask(services, lang, {"en": "what events are coming up?", "es": "¿qué eventos vienen?",
                                 "zh": "最近有什么活动？", "ko": "다음 행사 뭐 있어?"}[lang], text)
    assert after.answer == "pref:timezone"


@pytest.mark.parametrize(("lang", "text"), [
    ("ko", "난 감독이야"), ("ko", "나 학생이야"), ("es", "ando en eso"), ("en", "the garden one here"),
    ("zh", "我在想"), ("en", "I'm in Toronto, when is the info session?"),
])
def test_no_place_said_alone_sets_nothing(services: Services, lang: str, text: str) -> None:
    assert ask(services, lang, text).answer != "pref:timezone" or place_stated(text) is None
