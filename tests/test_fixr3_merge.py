"""fixR3: kinds kept whole after the int14 merge.

- titles of a status asked after a title's card ("any others available for licensing?",
  "有没有已经拍完、可以直接谈版权的？") are the list of that status, not the title's own terms
  (fixF7's rights-of-the-title-in-view yields to a status filter); the title's own licensing
  asked after its card stays its terms.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import say


@pytest.mark.parametrize(("lang", "lines", "key"), [
    ("en", ["show me Die Another Take", "any others available for licensing?"],
     "list:works?coproduction=available_for_licensing"),
    ("es", ["muéstrame Morir en cada toma", "¿y qué otras están disponibles para licencia?"],
     "list:works?coproduction=available_for_licensing"),
    ("zh", ["介绍一下羊城夜曲", "还有别的可以授权的吗？"], "list:works?coproduction=available_for_licensing"),
    ("zh", ["羊城夜曲是在哪个景区拍的？", "有没有已经拍完、可以直接谈版权的？"],
     "list:works?coproduction=available_for_licensing+completed"),
])
def test_titles_of_a_status_after_a_title(services: Services, lang: str, lines: list[str], key: str) -> None:
    assert say(services, lang, *lines)[-1].answer == key


@pytest.mark.parametrize(("lang", "lines", "key"), [
    ("en", ["show me Die Another Take", "is it available for licensing?"], "work:work_die_another_take#coproduction"),
    ("es", ["muéstrame Morir en cada toma", "¿está disponible para licencia?"], "work:work_die_another_take#coproduction"),
    ("zh", ["介绍一下羊城夜曲", "这部可以授权吗？"], "work:work_canton_nocturne#coproduction"),
])
def test_the_titles_own_licensing_stays_its_terms(services: Services, lang: str, lines: list[str], key: str) -> None:
    assert say(services, lang, *lines)[-1].answer == key


@pytest.mark.parametrize("lines", [
    ["사극 찍을 세트 뭐 있어요? 중국 사극이요"],
    ["사극 세트 보여 주세요", "중국 사극이요"],
])
def test_a_korean_drama_kind_after_the_sets_is_the_kind_of_set(services: Services, lines: list[str]) -> None:
    # fixE7 made '-극' a word for titles; right after a list of sets it still narrows the sets
    reply = say(services, "ko", *lines)[-1]
    assert reply.answer == "list:locations?genre=historical" and "카탈로그" not in reply.text


def test_a_korean_drama_kind_named_as_titles_after_the_sets_is_the_titles(services: Services) -> None:
    reply = say(services, "ko", "사극 세트 보여 주세요", "사극 작품은요?")[-1]
    assert (reply.answer or "").startswith("list:works")
