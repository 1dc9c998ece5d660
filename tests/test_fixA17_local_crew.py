"""fixA17 (play24 "¿y equipo local y vestuario?"): local crew named beside another on-site service
("equipo local", "personal local", "local staff", "本地工作人员", "현지 스태프") gets its own yes, with
the costumes, not the costumes alone."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import ask

FIRST = {"en": "we're shooting in Hengdian, can you sort accommodation?",
         "es": "vamos a rodar en Hengdian, ¿nos consiguen alojamiento?",
         "zh": "我们去横店拍，能安排住宿吗？",
         "ko": "헝뎬에서 촬영하는데 숙소 잡아 주실 수 있어요?"}

ASKED = [
    ("es", "¿y equipo local y vestuario?", "equipo técnico local"),
    ("es", "¿también nos consiguen personal local y utilería?", "equipo técnico local"),
    ("en", "and local crew and costumes?", "local crew"),
    ("en", "could you also get local technicians and props?", "local crew"),
    ("zh", "那本地工作人员和服装呢？", "本地工作人员"),
    ("zh", "當地的技術人員和道具也能安排嗎？", "本地工作人员"),
    ("ko", "현지 스태프랑 의상도 되나요?", "현지 스태프"),
    ("ko", "현지 인력하고 소품도 구할 수 있어요?", "현지 스태프"),
]


@pytest.mark.parametrize(("lang", "text", "crew"), ASKED)
def test_local_crew_named_with_costumes_gets_its_yes(services: Services, lang: str, text: str, crew: str) -> None:
    reply = ask(services, lang, FIRST[lang], text)
    assert reply.answer == "incentive:on_site_services"
    assert crew in reply.text
