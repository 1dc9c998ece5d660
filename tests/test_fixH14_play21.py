"""Kinds the play21 partners got wrong through Telegram (fixH14), each in en/es/zh/ko with
sentences of our own.

A. How to book / reserve a shoot ("how do we book a shoot at Hengdian?", "¿cómo reservo un
   rodaje?", "预约拍摄怎么弄", "촬영 예약은 어떻게 해요"): the shoot request procedure, not "I can't
   book for you" with International Business; a set to rent keeps its own answer.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import ask

SHOOT = "incentive:shoot_request_procedure#how_to_apply"


@pytest.mark.parametrize("lang,text", [
    ("en", "how do we book a shoot at Hengdian?"),
    ("en", "what's the process for reserving a shoot there?"),
    ("en", "how can I book shooting dates with you guys"),
    ("es", "¿cómo reservo un rodaje en Hengdian?"),
    ("es", "cuál es el trámite para reservar fechas de rodaje allá?"),
    ("zh", "我们想预约拍摄，流程怎么走？"),
    ("zh", "在橫店預約拍攝要怎麼做"),
    ("ko", "헝뎬 촬영 예약은 어떻게 해요?"),
    ("ko", "촬영 예약하려면 어떻게 해야 되나요"),
])
def test_booking_a_shoot_is_the_shoot_request_procedure(services: Services, lang, text) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == SHOOT, (text, reply.answer)
    assert {"en": "four weeks", "es": "cuatro semanas", "zh": "四周", "ko": "4주"}[lang] in reply.text


@pytest.mark.parametrize("lang,text", [
    ("en", "which set should we book for a palace drama shoot?"),
    ("zh", "拍民国谍战戏，该预订哪个片场？"),
])
def test_a_set_to_book_is_no_shoot_procedure(services: Services, lang, text) -> None:
    assert ask(services, lang, text).answer != SHOOT
