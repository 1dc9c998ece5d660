"""Texts a native reads, found by a tester playing partners (issue 7, play26):

- a set card's "Good for" line: labels that hold "and"/"y" themselves are not chained with another
  "and"/"y" ("…Murallas y puertas y Campo de batalla"), and labels read in lower case mid-line in
  English and Spanish; lists of three or more in Korean use commas ("한국어, 중국어, 영어"), not the
  form's "및"; an address that opens with the set's name does not say it twice;
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.context import Services
from core.i18n_format import format_list
from tests.dialogue import fits, noon_services, talk


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    yield from noon_services(tmp_path_factory, "fixp26b")


# -- lists a reader can take apart --------------------------------------------------------------
def test_an_item_holding_the_conjunction_is_not_chained_with_it() -> None:
    assert format_list(["Bridges", "Walls and gates", "Market"], "en") == "Bridges, Walls and gates, Market"
    assert format_list(["puentes", "murallas y puertas"], "es") == "puentes, murallas y puertas"
    assert format_list(["a", "b", "c"], "en") == "a, b and c"  # plain items keep CLDR's pattern
    assert format_list(["rojo", "verde", "azul"], "es") == "rojo, verde y azul"


def test_korean_lists_read_as_a_chat_writes_them() -> None:
    assert format_list(["스페인어", "일본어", "영어"], "ko") == "스페인어, 일본어, 영어"
    assert format_list(["일본어", "영어"], "ko") == "일본어와 영어"
    assert format_list(["서울", "부산"], "ko") == "서울과 부산"
    assert "또는" in format_list(["a", "b", "c"], "ko", style="or")


@pytest.mark.parametrize(("lang", "say", "good", "bad"), [
    ("es", "Palacio de Qin", "murallas y puertas, campo de batalla", " y campo"),
    ("en", "Qin Palace", "city walls and gates, battlefield", "gates and battlefield"),
    ("es", "Calle Guangzhou", "romance, misterio", "Romance"),
])
def test_set_card_good_for_line(services: Services, lang: str, say: str, good: str, bad: str) -> None:
    reply = talk(services, lang, [(say, "location:*")], fits)
    assert "#" not in (reply.answer or "")
    assert good in reply.text and bad not in reply.text.split("\n\n")[-1], reply.text


@pytest.mark.parametrize(("lang", "say"), [
    ("es", "¿cuál es la dirección de la Calle Hong Kong?"), ("en", "where exactly is Hong Kong Street?"),
])
def test_an_address_does_not_repeat_the_set_name(services: Services, lang: str, say: str) -> None:
    reply = talk(services, lang, [(say, "location:guangzhou_hongkong_street*")], fits)
    assert reply.text.count("Hong Kong") == 1, reply.text
