"""Standalone questions answers75 answered wrong (fixX20), each kind tried in the four languages
with wordings written for these tests (besides the set's own sentence where it is the case):

- a scene no set could hold (a food stall or a fish floating in space), said beside whether it can
  be filmed: virtual production, also when the scene and the question are two sentences;
- who heads a team, by name: the team's named person (`#person`, told by its `role` fact).
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.nlu.answers import matches
from tests.dialogue import ask

VP = ["faq:virtual_production", "location:virtual_production"]

SPACE_SCENES = [
    ("en", "we want a noodle cart drifting in space lol, can shoot that with you guys?"),
    ("en", "wanna do a hawker stall floating in outer space haha, can film that kind of thing at your side?"),
    ("es", "tenemos una idea: un carrito de tacos volando por el espacio, ¿eso se puede rodar allá?"),
    ("es", "queremos un picó flotando en el espacio ombe, eso se puede grabar con ustedes?"),
    ("zh", "想拍一碗云吞喺太空飄嚟飄去，你哋拍唔拍得到？"),
    ("zh", "我们想拍个火锅在太空里转圈的镜头 你们那边能不能拍？"),
    ("ko", "떡볶이가 우주에서 둥둥 떠다니는 장면 넣고 싶거든요. 그런 것도 거기서 찍을 수 있어요?"),
    ("ko", "아귀가 우주에서 헤엄치는 장면 찍고 싶은데 와 이카노 싶제? 그런 것도 그쪽에서 찍을 수 있나?"),
]


@pytest.mark.parametrize(("lang", "text"), SPACE_SCENES)
def test_a_scene_in_space_is_virtual_production(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert matches(VP, reply.answer), reply.answer


PERSON_ASKED = [
    ("en", "who heads your International Business Department? I need a name", "Guo Shu"),
    ("es", "¿quién dirige el Departamento de Negocios Internacionales? ¿cómo se llama?", "Guo Shu"),
    ("zh", "国际业务部的负责人叫什么名字？", "郭姝"),
    ("ko", "국제사업부는 누가 맡고 있어요? 이름이 뭐예요?", "궈수"),
]


@pytest.mark.parametrize(("lang", "text", "name"), PERSON_ASKED)
def test_who_heads_a_team_is_its_named_person(services: Services, lang: str, text: str, name: str) -> None:
    reply = ask(services, lang, text)
    assert matches("contact:international_business#person", reply.answer), reply.answer
    assert name in reply.text
