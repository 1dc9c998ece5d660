"""fixS: a genre asked by what it is like (a family watch, sword fights), a genre list asked in
casual Spanish with the partner's own market named ("pa nuestro mercao" is no market-street set),
foreign and mixed crews asking whether they may shoot, virtual production asked as an LED stage
for bad weather, and a small company asking whether it would be accepted and whom to write to
(the joining FAQ, not the contact alone). In four languages."""

from __future__ import annotations

from fnmatch import fnmatch

import pytest

from bot.context import Services
from tests.dialogue import talk

ASKED = [
    ("en", "anything with sword fights?", "list:works?genre=wuxia"),
    ("en", "martial arts, sword fights, dai", "list:works?genre=wuxia"),
    ("es", "artes marciales, peleas con espadas, ¿vale?", "list:works?genre=wuxia"),
    ("zh", "有没有刀光剑影的那种", "list:works?genre=wuxia"),
    ("ko", "칼싸움 나오는 거 있어요?", "list:works?genre=wuxia"),
    ("en", "something for kids and grandparents to watch together", "list:works?genre=family"),
    ("es", "algo para ver en familia, ¿vale?", "list:works?genre=family"),
    ("zh", "有没有老人小孩都能看的剧？", "list:works?genre=family"),
    ("ko", "애들이랑 같이 볼 만한 거 있어요?", "list:works?genre=family"),
    ("es", "queremos comedias ligeras para nuestro mercado", "list:works?genre=comedy"),
    ("en", "mixed crew, half of us Brazilian, can we film in Hengdian or is it only for Chinese companies?",
     "faq:can_foreign_crews_film"),
    ("zh", "我们是外国团队，可以直接来拍吗，还是外地人要特别许可？", "faq:can_foreign_crews_film"),
    ("ko", "저희는 외국 팀인데 그냥 와서 찍어도 되나요, 아니면 특별 허가가 필요한가요?", "faq:can_foreign_crews_film"),
    ("es", "equipo mixto, mitad franceses, ¿podemos rodar en Hengdian o solo productoras chinas?",
     "faq:can_foreign_crews_film"),
    ("zh", "要是下雨，能不能都搬到LED棚里拍？", "faq:virtual_production"),
    ("en", "if the weather turns, could we move the whole shoot onto an LED stage?", "faq:virtual_production"),
    ("es", "si llueve, ¿podemos pasar todo a un estudio con pantallas LED?", "faq:virtual_production"),
    ("ko", "비 오면 LED 스테이지로 다 옮겨서 찍을 수 있나요?", "faq:virtual_production"),
    ("en", "we're a really small studio, would you accept us? who do I email?", "faq:join_alliance"),
    ("es", "somos una productora chiquita, ¿nos aceptarían? ¿a quién le escribo?", "faq:join_alliance"),
    ("zh", "我们这种小团队，你们收不收？邮件发给谁？", "faq:join_alliance"),
    ("ko", "작은 회사인데 받아 주실까요? 메일은 누구한테 보내요?", "faq:join_alliance"),
]


@pytest.mark.parametrize("lang, said, expected", ASKED)
def test_asked_in_other_words(services: Services, lang: str, said: str, expected: str) -> None:
    talk(services, lang, [(said, expected)])


def test_casual_spanish_list_then_picks(services: Services) -> None:
    talk(services, "es", [("enséñame los thrillers que tenéis, queremos algo pa nuestro mercao", "list:works?genre=thriller"),
                          ("la segunda", "work:*"), ("vuelve a la primera", "work:*")],
         fits=lambda expect, got: fnmatch(got or "", str(expect)))


def test_market_set_still_found(services: Services) -> None:
    talk(services, "es", [("¿tienen un set de mercado?", "list:locations?scene=market")])
