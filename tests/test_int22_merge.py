"""The lead's fixes at this round's merge (int22), each in four languages with wordings of these tests:

1. how many came to an event that was held, asked beside "how was it" ("협약식 관객 규모는 어땠어요?",
   "how big was the turnout at the signing ceremony, how did it go?"): the count no file publishes,
   an honest gap — not the recap that fixG14's `past_event_account` gives to "how did it go?" alone;
   and no recap at all of an event that was only proposed (the 2025 Latin Film Night);
2. a recap alone of the held ceremony stays its account (what fixG14 built).
"""

from __future__ import annotations

import pytest

from tests.dialogue import talk

HEADCOUNT = [
    ("en", "how big was the turnout at the signing ceremony, how did it go?"),
    ("es", "¿cuánta gente fue a la ceremonia de firma? ¿cómo salió?"),
    ("zh", "签约仪式到场人数多少？能回顾一下吗"),
    ("ko", "협약식 관객 규모는 어땠어요?"),
]


@pytest.mark.parametrize(("lang", "text"), HEADCOUNT)
def test_headcount_of_a_held_event_is_a_gap_not_its_recap(services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "gap:*")])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "can you give me a recap of the signing ceremony?"),
    ("es", "¿hay un resumen de la ceremonia de firma?"),
    ("zh", "签约仪式有总结吗？"),
    ("ko", "협약식 요약해 줄 수 있어요?"),
])
def test_recap_of_the_held_ceremony_is_its_account(services, lang: str, text: str) -> None:
    reply = talk(services, lang, [(text, "event:signing_ceremony_2025#about")])
    assert reply.text.strip()
