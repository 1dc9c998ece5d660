"""fixA17 (play24 Minor, en3[3]): the territory named in the message that opens the request form
("we'd like to license Grandma 2.0 for the UK market") fills the form's territory, so it is not
asked again; a short English name counts as a market ("the UK", "the US market"), never "for us"."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.inquiry import territory_named
from tests.dialogue import console

OPENED = [
    ("en", "we'd like to license Grandma 2.0 for the UK market", "UK"),
    ("en", "we want to license Half a Teahouse for the US market", "US"),
    ("es", "queremos licenciar Abuela 2.0 para el Reino Unido", "Reino Unido"),
    ("es", "nos gustaría licenciar Media casa de té para México", "México"),
    ("zh", "我们想把《奶奶2.0》引进到英国市场", "英国"),
    ("zh", "想授權《半間茶館》在台灣播出", "台灣"),
    ("ko", "할머니 2.0 영국 판권 사고 싶어요", "영국"),
    ("ko", "반쪽 찻집 일본 판권 사고 싶어요", "일본"),
]


@pytest.mark.parametrize(("lang", "text", "where"), OPENED)
def test_the_territory_named_is_not_asked_again(services: Services, lang: str, text: str, where: str) -> None:
    assert territory_named(text) == where
    session = console(services, lang)
    session.say(text)
    assert session.form is not None
    assert session.form["fields"].get("territory") == where


@pytest.mark.parametrize("text", ["can you do it for us?", "we are in the UK", "is it available for us to license?"])
def test_no_market_named(text: str) -> None:
    assert territory_named(text) is None
