"""fixX26: a title's own facts asked after a set (play35). A language version asked with a set in
focus ("영어 자막도 있어요?") is of the title talked about before it, else which title is asked (a set
has no versions; never the set's card again); "¿dónde la grabaron?", "where did they shoot it?",
"¿qué set le queda?" of a title in focus are the set its record films on."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import replies


@pytest.mark.parametrize(("lang", "lines"), [
    ("en", ["Qin Palace", "does it come with English subtitles?"]),
    ("es", ["Palacio de Qin", "¿tiene subtítulos en inglés?"]),
    ("zh", ["秦王宫", "有英文字幕吗？"]),
    ("ko", ["진왕궁", "영어 자막도 있어요?"]),
])
def test_a_version_asked_of_a_set_asks_which_title(services: Services, lang: str, lines: list[str]) -> None:
    last = replies(services, lang, lines)[-1]
    assert last.answer == "clarify" and not last.answer.startswith("location:"), (last.answer, last.text)


@pytest.mark.parametrize(("lang", "lines"), [
    ("en", ["Moonlight Envoy", "Qin Palace", "any English subtitles?"]),
    ("ko", ["달빛 사신 어떤 작품이에요?", "진왕궁은 어떤 곳이에요?", "영어 자막도 있어요?"]),
])
def test_a_version_after_a_set_is_of_the_title_before_it(services: Services, lang: str, lines: list[str]) -> None:
    assert replies(services, lang, lines)[-1].answer == "work:work_moonlight_envoy#languages"


@pytest.mark.parametrize(("lang", "lines"), [
    ("en", ["Murder Along the River", "where did they shoot it?"]),
    ("es", ["Murder Along the River", "¿dónde la grabaron o qué set le queda?"]),
    ("es", ["Canton Nocturne", "¿y qué set le queda?"]),
])
def test_where_a_title_was_shot_is_its_set(services: Services, lang: str, lines: list[str]) -> None:
    last = replies(services, lang, lines)[-1]
    assert (last.answer or "").startswith("location:"), (last.answer, last.text)
    assert last.answer in ("location:qingming_riverside", "location:guangzhou_hongkong_street"), last.answer
