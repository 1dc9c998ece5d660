"""Kinds from answers71's question and out-of-scope mistakes (fixL18), in wordings of our own:

- the number to ring asked in words or in Caribbean English ("wat number fi call…", "¿a qué número
  llamo?", "打哪个号", "몇 번으로 전화"): the team's phone;
- a title's episode length asked chat-short after its subject ("… eps how long each", "los caps
  cuanto cada uno", "에피 몇 분씩"): its episode minutes, not its count.
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


@pytest.mark.parametrize("lang,text", [
    ("en", "half a teahouse episodes how long each?"),
    ("en", "grandma 2.0 eps how long r they"),
    ("es", "Media casa de té, los caps cuanto cada uno?"),
    ("es", "abuela 2.0 los capis de cuanto c/u"),
    ("zh", "月下使臣 每集几分钟"),
    ("zh", "剑与花 一集有几长"),
    ("ko", "달빛 사신 에피 몇 분씩이에요?"),
    ("ko", "검과 꽃 한 편 몇 분이능교"),
])
def test_episodes_how_long_each_is_the_minutes(services: Services, lang: str, text: str) -> None:
    _one(services, lang, text, "work:*#episode_minutes")
