"""Kinds left by answer set 23, each in wordings of our own (the set's lines are not copied):

- a subscription said as "tell me when X changes" (a change to come is news);
- a hand-off asked in the formal usted's subjunctive ("le pido que me pase con…") or with 转接;
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.context import Services
from tests.dialogue import fits, noon_services, talk


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    yield from noon_services(tmp_path_factory, "fix26b")


@pytest.mark.parametrize("lang,text", [
    ("en", "ping me if the incentives ever change"),
    ("en", "let us know when the incentive rules change please"),
    ("es", "avísenme si cambian los incentivos"),
    ("es", "me avisas cuando haya cambios en los incentivos porfa"),
    ("zh", "扶持政策要是有调整麻烦通知一声"),
    ("ko", "인센티브 바뀌면 알려 주세요"),
])
def test_a_change_to_come_is_news_to_subscribe_to(services: Services, lang, text) -> None:
    talk(services, lang, [(text, ("subscribe", "subscribe:incentives"))], fits=fits)


MYSTERIES = {"es": "¿Me podría enseñar las series de misterio que tienen?", "zh": "有哪些悬疑剧"}


@pytest.mark.parametrize("lang,text", [
    ("es", "Le ruego que me pase con quien lleva esa serie."),
    ("es", "le pido de favor que me comunique con la persona encargada"),
    ("zh", "麻烦转接一下负责这部剧的同事"),
])
def test_a_formal_handoff_after_a_title_puts_through(services: Services, lang, text) -> None:
    talk(services, lang, [(MYSTERIES[lang], "list:works?genre=mystery"), ("el segundo" if lang == "es" else "第二部", "work:*"),
                          (text, ("handoff", "handoff:*"))], fits=fits)


@pytest.mark.parametrize("lang,text", [
    ("es", "Le pido que me ponga en contacto con la secretaría de la alianza."),
    ("es", "¿Sería tan amable de comunicarme con la secretaría?"),
    ("zh", "請為我們轉接聯盟秘書處，謝謝"),
    ("zh", "烦请帮我转接秘书处"),
])
def test_a_formal_handoff_to_the_secretariat(services: Services, lang, text) -> None:
    talk(services, lang, [(text, ("handoff", "handoff:hisda_secretariat"))], fits=fits)
