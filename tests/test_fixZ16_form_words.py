"""fixZ16 (play24 kind 6): leaving the request form in words, and "how do I sign up for <event>?".

Given up in words ("nah forget it, not today", "never mind the form, I'll email them myself",
"ya fue, lo dejamos para otro día", "算了，今天先不弄了", "마 됐다, 고마 안 할란다"): the form closes,
nothing sent, as its ✖ Cancel does. With no form open, the same words open none (a short "OK").
"How do I sign up for the casting day?" asks how to take part: the event team's gap, no form."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.inquiry_words import quits_form, wants_inquiry
from tests.dialogue import console

LEAVE = [
    ("en", "we want to co-produce Half a Teahouse", "nah forget it, not today"),
    ("en", "we'd like to license Grandma 2.0", "meh, never mind the form, I'll email them myself"),
    ("en", "we want to co-produce Half a Teahouse", "scrap that, I'll write to them directly"),
    ("es", "queremos coproducir Media casa de té", "ya fue, lo dejamos para otro día"),
    ("es", "queremos licenciar Abuela 2.0", "ya no, mejor les escribo yo directamente"),
    ("es", "queremos coproducir Media casa de té", "hoy no, gracias"),
    ("zh", "我们想合拍《半间茶馆》", "算了，今天先不弄了"),
    ("zh", "我們想合拍《半間茶館》", "不搞了，我自己發郵件給他們"),
    ("zh", "我们想合拍《半间茶馆》", "今天就到这吧，不填了"),
    ("ko", "반쪽 찻집 공동제작 하고 싶어요", "마 됐다, 고마 안 할란다"),
    ("ko", "반쪽 찻집 공동제작 하고 싶어요", "그냥 제가 직접 메일 보낼게요"),
    ("ko", "반쪽 찻집 공동제작 하고 싶어요", "됐어, 오늘은 안 할래"),
]


@pytest.mark.parametrize(("lang", "opening", "leave"), LEAVE)
def test_the_words_leave_the_form(lang: str, opening: str, leave: str) -> None:
    assert quits_form(leave)


@pytest.mark.parametrize(("lang", "opening", "leave"), LEAVE)
def test_leaving_in_words_closes_the_open_form(services: Services, lang: str, opening: str, leave: str) -> None:
    session = console(services, lang)
    session.say(opening)
    assert session.form is not None, "the opening did not open the form"
    reply = session.say(leave)
    assert session.form is None, reply.text
    assert "✖" not in " ".join(b.label for row in reply.buttons for b in row)


@pytest.mark.parametrize(("lang", "lines"), [
    ("en", ["we'd like to license Grandma 2.0 for the UK market", "Northwind Media Ltd", "United Kingdom",
            "meh, never mind the form, I'll email them myself"]),
    ("ko", ["우리 회사가 조왕신, 사표 내다 공동제작 하고 싶은데예", "부산픽처스", "대한민국", "근데 그기 몇 부작이고?",
            "마 됐다, 고마 안 할란다"]),
])
def test_leaving_at_a_later_step_is_no_answer_to_it(services: Services, lang: str, lines: list[str]) -> None:
    session = console(services, lang)
    for line in lines:
        reply = session.say(line)
    assert session.form is None, reply.text


@pytest.mark.parametrize(("lang", "first", "leave"), [
    ("es", "Abuela 2.0", "ya no quiero seguir con lo de la licencia, gracias"),
    ("es", "Abuela 2.0", "ya fue, mejor les escribo yo"),
    ("en", "Grandma 2.0", "nah, never mind the request, I'll email them myself"),
    ("en", "Grandma 2.0", "we don't want to go on with the licensing, thanks"),
    ("zh", "《奶奶2.0》可以授权吗？", "算了，授权的事今天先不弄了"),
    ("zh", "《奶奶2.0》可以授权吗？", "不搞了，我自己给他们发邮件"),
    ("ko", "할머니 2.0 판권 살 수 있어요?", "마 됐다, 고마 안 할란다"),
    ("ko", "할머니 2.0 판권 살 수 있어요?", "그냥 제가 직접 메일 보낼게요"),
])
def test_giving_up_with_no_form_open_opens_none(services: Services, lang: str, first: str, leave: str) -> None:
    session = console(services, lang)
    session.say(first)
    assert session.form is None
    reply = session.say(leave)
    assert session.form is None, reply.text
    assert reply.answer in ("smalltalk:call_off", "smalltalk:goodbye", "smalltalk:thanks"), (reply.answer, reply.text)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "how do I sign up for the casting day?"), ("en", "how can we register for the open day?"),
    ("es", "¿cómo me inscribo en el día de casting?"), ("es", "¿y cómo nos registramos para la jornada de puertas abiertas?"),
    ("zh", "剛剛那個選角日要怎麼報名？"), ("zh", "开放日我们要怎么报名啊？"),
    ("ko", "캐스팅 데이 참가 신청 어떻게 해요?"), ("ko", "오픈 데이 참가하려면 어떻게 신청해?"),
])
def test_how_to_sign_up_is_asked_not_a_form(services: Services, lang: str, text: str) -> None:
    assert wants_inquiry(text) is None
    session = console(services, lang)
    reply = session.say(text)
    assert session.form is None
    assert (reply.answer or "").startswith("gap:"), (reply.answer, reply.text)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "sign us up for the casting day"), ("es", "inscríbenos en el día de casting"),
    ("zh", "我们想报名参加选角日"), ("ko", "캐스팅 데이 참가 신청하고 싶어요"),
])
def test_a_sign_up_wished_is_still_the_form(text: str, lang: str) -> None:
    assert wants_inquiry(text) == "event_signup"


def test_how_to_sign_up_inside_the_form_is_answered_and_the_form_kept(services: Services) -> None:
    session = console(services, "en")
    session.say("we want to co-produce Half a Teahouse")
    session.say("Northwind Media")
    reply = session.say("how do I sign up for the casting day?")
    assert (reply.answer or "").startswith("gap:") and session.form is not None
