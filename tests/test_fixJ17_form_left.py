"""fixJ17 (play26 kind G): leaving the form at its company step with a hesitation before and a
goodbye after ("uh no, mejor no, chau", "erm no thanks, bye", "嗯……还是算了，拜拜", "음 됐어요 안녕히
계세요") leaves it, nothing sent: never taken as the company's name."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.inquiry_words import quits_form
from tests.dialogue import console

OPEN = {
    "en": "we'd like to co-produce The Kitchen God Quits",
    "es": "queremos coproducir El dios de la cocina renuncia",
    "zh": "我们想合拍《灶王爷辞职了》",
    "ko": "부엌신의 사표 공동제작 하고 싶어요",
}

LEAVE = [
    ("en", "uh no, actually never mind, bye"),
    ("en", "erm no thanks, bye!"),
    ("es", "uh no, mejor no, chau"),
    ("es", "eh no, olvidalo, nos vemos"),
    ("es", "este... mejor no, adiós"),
    ("zh", "嗯……还是算了，拜拜"),
    ("zh", "呃，不填了，再见"),
    ("ko", "음 됐어요 안녕히 계세요"),
    ("ko", "어 그냥 취소할게요, 수고하세요"),
]


@pytest.mark.parametrize(("lang", "text"), LEAVE)
def test_hesitation_and_goodbye_around_leaving_leaves_the_form(services: Services, lang: str, text: str) -> None:
    assert quits_form(text)
    session = console(services, lang)
    session.say(OPEN[lang])
    assert session.form is not None
    reply = session.say(text)
    assert session.form is None, reply.text


@pytest.mark.parametrize("text", ["uh Chau Productions", "Adiós Films", "嗯，星光影业", "어 별빛영화사"])
def test_a_company_named_after_a_hesitation_is_no_leave(text: str) -> None:
    assert not quits_form(text)
