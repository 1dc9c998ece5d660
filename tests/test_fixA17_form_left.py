"""fixA17 (play24 "ya no quiero seguir…" inside an open form): not going on, however said
("uy no, ya no quiero seguir con la solicitud", "mejor ya no sigo", "actually I don't want to
continue with the request", "no I don't want to go on anymore", "我不想继续了", "더 이상 진행하고
싶지 않아요") leaves the form, nothing sent, at any step: never read as a bad e-mail or phone at the
last step, an unsubscribe or a question not understood."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.inquiry_words import quits_form
from tests.dialogue import console

TO_CONTACT = {
    "en": ["we'd like to license Grandma 2.0 for the UK market", "Northwind Pictures", "United Kingdom", "UK and Ireland"],
    "es": ["queremos licenciar Abuela 2.0", "Cine Quetzal SA", "México", "México y Centroamérica"],
    "zh": ["我们想合拍《半间茶馆》", "星光影业", "中国", "爱情"],
    "ko": ["반쪽 찻집 공동제작 하고 싶어요", "별빛영화사", "대한민국", "로맨스"],
}

LEAVE = [
    ("en", "actually I don't want to continue with the request"),
    ("en", "no I don't want to go on anymore"),
    ("en", "hmm I'd rather not continue with this, thanks"),
    ("es", "uy no, ya no quiero seguir con la solicitud"),
    ("es", "mejor ya no sigo, gracias"),
    ("es", "prefiero no seguir con el formulario"),
    ("zh", "我不想继续了，谢谢"),
    ("zh", "我們不想繼續了"),
    ("ko", "더 이상 진행하고 싶지 않아요, 감사합니다"),
    ("ko", "더는 작성 안 할래"),
]


@pytest.mark.parametrize(("lang", "text"), LEAVE)
def test_not_going_on_leaves_the_form(services: Services, lang: str, text: str) -> None:
    assert quits_form(text)
    session = console(services, lang)
    for line in TO_CONTACT[lang]:
        session.say(line)
    assert session.form is not None
    reply = session.say(text)
    assert session.form is None, reply.text
    assert "⚠️" not in reply.text


@pytest.mark.parametrize("text", ["我不想继续看这部", "더 이상 진행하고 싶지 않아요 근데 질문 하나만", "no sigo entendiendo el precio"])
def test_more_than_leaving_is_no_quit(text: str) -> None:
    assert not quits_form(text)
