"""A return shoot told or asked of ("queremos volver para un segundo rodaje.", "第二次去拍还能享受吗",
"do the incentives apply again for a second shoot?", "두 번째 촬영 때도 인센티브 받을 수 있나요?") is
answered with what the incentives' record says of whom they are for, after an honest line that
nothing published treats a return shoot apart, and the team that can tell more (fixP19); never
the visa, an exchange's date, a bare "可以。" nor sets for "revenge"."""

from __future__ import annotations

import pytest

from bot.context import Services
from core.i18n import t
from tests.dialogue import ask

RETURN = [
    ("es", "queremos volver para un segundo rodaje."),
    ("zh", "第二次去拍还能享受吗"),
    ("en", "we want to come back for a second shoot."),
    ("en", "do the incentives apply again for a second shoot?"),
    ("ko", "두 번째 촬영 때도 인센티브 받을 수 있나요?"),
    ("es", "¿el incentivo aplica de nuevo si hacemos un segundo rodaje?"),
]


@pytest.mark.parametrize("lang,text", RETURN)
def test_a_return_shoot_hears_what_the_incentives_say(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert reply.answer and reply.answer.startswith("incentive:") and reply.answer.endswith("#eligibility"), reply.answer
    item = services.knowledge.current.incentives[reply.answer.partition(":")[2].partition("#")[0]]
    assert reply.text.startswith(t("return_shoot_incentive", lang, name=item.title.get(lang),
                                   eligibility=item.eligibility.get(lang)).split("{")[0][:20]), reply.text
    assert item.eligibility.get(lang)[:20] in reply.text
    assert services.knowledge.current.contacts[item.contact].email in reply.text


@pytest.mark.parametrize("lang,text", [
    ("en", "planning a second shoot in Hengdian, this time sci-fi. where do we film?"),
    ("zh", "这次想回横店拍第二部，科幻题材，有什么合适的场景？"),
])
def test_a_second_shoot_asking_sets_keeps_the_sets(services: Services, lang: str, text: str) -> None:
    assert ask(services, lang, text).answer.startswith("list:locations"), text
