"""How long before to ask, after the support or its procedure (fixY26, play35): "¿Cuánto antes
tengo que pedirlo?" is the procedure's lead time (at least four weeks, incentives.yaml
shoot_request_procedure), never out of scope; "lo necesito cuanto antes" stays "as soon as
possible". Wordings written for these tests."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import lexicon
from tests.dialogue import ask

PROCEDURE = "incentive:shoot_request_procedure#how_to_apply"


@pytest.mark.parametrize("lang, lines", [
    ("es", ["¿hay incentivos para microdramas verticales?", "¿y cuánto antes tenemos que solicitarlo?"]),
    ("es", ["¿Cómo pido apoyo para el rodaje?", "¿cuánto antes hay que mandarlo?"]),
    ("en", ["any incentives for vertical dramas?", "how far ahead should we ask for it?"]),
    ("zh", ["竖屏短剧有什么扶持", "要提前多久申请？"]),
    ("ko", ["세로형 숏드라마 인센티브 있어요?", "얼마나 미리 신청해야 돼요?"]),
])
def test_how_long_before_is_the_procedures_lead_time(services: Services, lang: str, lines: list[str]) -> None:
    assert ask(services, lang, *lines).answer == PROCEDURE


def test_as_soon_as_possible_asks_no_lead_time() -> None:
    assert lexicon.fact_asked("necesito la información cuanto antes, por favor") != "lead_time"
