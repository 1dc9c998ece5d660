"""play30 es-madrid-siesta (fixW20): "¿desde cuándo?" right after the Dalynn set-access agreement is
the sentence dating it ("En mayo de 2025, Hengdian World Studios y Dalynn Studio firmaron…"), not
the same twelve-line card again."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import say


@pytest.mark.parametrize(("lang", "deal", "since", "month"), [
    ("en", "does Dalynn have a deal with Hengdian to use the sets?", "since when?", "May 2025"),
    ("es", "perfecto. ¿Y Dalynn tiene algún acuerdo con Hengdian para usar los sets?", "¿desde cuándo?", "mayo de 2025"),
    ("zh", "Dalynn和横店有使用场景的协议吗？", "从什么时候开始的？", "2025年5月"),
    ("ko", "Dalynn은 헝뎬 세트 쓰는 협약 있어요?", "언제부터예요?", "2025년 5월"),
])
def test_since_when_the_agreement_in_view_holds(services: Services, lang, deal, since, month) -> None:
    card, dated = say(services, lang, deal, since)
    assert card.answer.startswith("incentive:set_access_partnership"), card.answer
    assert dated.answer == "incentive:set_access_partnership#about", (dated.answer, dated.text)
    assert month in dated.text and len(dated.text.splitlines()) == 2 and "@" not in dated.text, dated.text


def test_the_whole_madrid_conversation(services: Services) -> None:
    *_, dated = say(services, "es", "Hola, me interesa Siesta Not Included, ¿en qué estado está?", "¿quién la lleva?",
                    "prefiero hablar con alguien del equipo, por favor",
                    "perfecto. ¿Y Dalynn tiene algún acuerdo con Hengdian para usar los sets?", "¿desde cuándo?")
    assert dated.answer == "incentive:set_access_partnership#about", (dated.answer, dated.text)
    assert "mayo de 2025" in dated.text and "Quién puede acceder" not in dated.text, dated.text
