"""fixR4: whom an event is for (fixF7's event_open_to) is not asked by how it is held, an
from __future__ import annotations
unpublished detail or how to sign up; a reminder 'when it's close' asks no date (fixC7)."""
import pytest

from bot.context import Services
from tests.dialogue import replies

OPEN_DAY = {"en": "when is the virtual production open day?", "es": "¿cuándo es la jornada de puertas abiertas?",
            "zh": "虚拟制片开放日是哪天？", "ko": "버추얼 프로덕션 오픈 데이 언제예요?"}


@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "can we join remotely?"), ("es", "¿podemos participar a distancia?"),
    ("zh", "能在线参加吗？"), ("ko", "비대면으로 참여할 수 있나요?"),
])
def test_taking_part_online_is_not_whom_it_is_for(services: Services, lang, asked) -> None:
    [_, reply] = replies(services, lang, [OPEN_DAY[lang], asked])
    assert not (reply.answer or "").endswith("#audience")


@pytest.mark.parametrize(("lang", "asked"), [
    ("zh", "我们能报名吗？"), ("zh", "能报名吗？怎么弄？"), ("en", "can we join, and how?"),
    ("es", "¿podemos participar y cómo?"),
])
def test_how_to_take_part_is_not_whom_it_is_for(services: Services, lang, asked) -> None:
    [_, reply] = replies(services, lang, [OPEN_DAY[lang], asked])
    assert not (reply.answer or "").endswith("#audience")


@pytest.mark.parametrize(("lang", "asked"), [
    ("es", "¿está abierta a productores extranjeros?"), ("en", "is it open to foreign producers?"),
])
def test_whom_it_is_for_stays(services: Services, lang, asked) -> None:
    [_, reply] = replies(services, lang, [OPEN_DAY[lang], asked])
    assert (reply.answer or "").endswith("#audience")


@pytest.mark.parametrize(("lang", "remind"), [
    ("en", "ping me when it gets close"), ("es", "recuérdamelo cuando falte poco"),
])
def test_when_to_be_told_asks_no_date(services: Services, lang, remind) -> None:
    first, reply = replies(services, lang, [OPEN_DAY[lang], remind])
    assert reply.outcome == "action" and reply.answer == first.answer.partition("#")[0]
