"""Kinds from answers71's question and out-of-scope mistakes (fixL18), in wordings of our own:

- the number to ring asked in words or in Caribbean English ("wat number fi call…", "¿a qué número
  llamo?", "打哪个号", "몇 번으로 전화"): the team's phone.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import fits, talk


def _one(services: Services, lang: str, text: str, expect) -> str:
    return talk(services, lang, [(text, expect)], fits=fits).text


@pytest.mark.parametrize("lang,text,team", [
    ("en", "wat number fi call di international business people?", "international_business"),
    ("en", "which number do we ring for the international business team?", "international_business"),
    ("es", "¿a qué número llamo para hablar con el departamento de negocios internacionales?", "international_business"),
    ("es", "cual numero marco pa el departamento de negocios internacionales", "international_business"),
    ("zh", "国际业务部打哪个号", "international_business"),
    ("zh", "找秘書處要打什麼電話？", "hisda_secretariat"),
    ("ko", "국제사업부는 몇 번으로 전화하면 돼요?", "international_business"),
    ("ko", "사무국에 어디로 전화하믄 되능교?", "hisda_secretariat"),
])
def test_the_number_to_ring_is_the_phone(services: Services, lang: str, text: str, team: str) -> None:
    _one(services, lang, text, f"contact:{team}#phone")
