"""fixA17 (play24 Minor: "同埋佢幾時拍完？", "그거 언제 나와?"): when a title still in the works will be
finished or come out, asked of it: its status first, then that no finish or release date is
published, with its team (not the licensing-terms boilerplate); read as a detail of the title, the
honest gap with its team."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.lexicon import WHEN_DONE
from tests.dialogue import ask

ASKED = [
    ("en", "tell me about Moonlight Envoy", "when will it be finished?", "No finish or release date is published"),
    ("en", "tell me about Blade and Blossom", "and when does it come out?", "No finish or release date is published"),
    ("es", "háblame de Embajadora bajo la luna", "¿y cuándo la terminan?", "No hay fecha de finalización ni de estreno"),
    ("es", "háblame de Espada y flor", "¿cuándo sale?", "No hay fecha de finalización ni de estreno"),
    ("zh", "介紹一下《月下使臣》", "同埋佢幾時拍完？", "完成或上线时间没有对外公布"),
    ("zh", "介绍一下《剑与花》", "什么时候上线？", "完成或上线时间没有对外公布"),
    ("ko", "검과 꽃 알려줘", "그거 언제 나와?", "완성 시기나 공개 일정은 발표되지 않았습니다"),
    ("ko", "달빛 사신 알려 주세요", "언제 완성돼요?", "완성 시기나 공개 일정은 발표되지 않았습니다"),
]


@pytest.mark.parametrize(("lang", "title", "text", "said"), ASKED)
def test_no_date_of_a_title_in_the_works(services: Services, lang: str, title: str, text: str, said: str) -> None:
    reply = ask(services, lang, title, text)
    # the status with no date published, or (read as a detail of the title) the honest gap with its team
    assert (reply.answer or "").startswith(("work:", "gap:")), reply.answer
    if reply.answer.startswith("work:"):
        assert said in reply.text, reply.text
    # never the licensing-terms boilerplate alone
    assert not any(w in reply.text for w in ("territories, fees", "territorios, tarifas", "区域、费用", "지역, 금액"))


@pytest.mark.parametrize("text", ["can we license it for Brazil?", "¿está disponible para licenciar?", "能授权吗？", "판권 살 수 있어요?"])
def test_no_date_asked_is_no_date(text: str) -> None:
    assert WHEN_DONE.search(text) is None
