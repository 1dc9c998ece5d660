"""fixX26: going back to an earlier title after other topics (play35). "Back to that first series",
"volviendo a la primera serie", "回到第一部剧", "처음에 얘기한 작품으로 돌아가서" are the first title
talked about (not the first of the list in view, nor the latest title); "back to the sci-fi one you
picked" is the latest title talked about of that genre; what is asked is asked of it, and "it"
stays it on the next turn."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import replies


@pytest.mark.parametrize(("lang", "lines", "key"), [
    ("en", ["Moonlight Envoy", "which sets suit a Song dynasty story?", "any incentives for vertical shorts?",
            "back to that first series — how many episodes?"], "work:work_moonlight_envoy#episodes"),
    ("es", ["¿de qué va Moonlight Envoy?", "¿y Grandma 2.0?", "¿qué sets hay para una historia de la dinastía Song?",
            "volviendo a la primera serie, ¿en qué idiomas está?"], "work:work_moonlight_envoy#languages"),
    ("zh", ["月下使臣讲什么", "奶奶2.0呢", "竖屏短剧有什么扶持政策", "回到第一部剧，一共多少集？"], "work:work_moonlight_envoy#episodes"),
    ("ko", ["달빛 사신 어떤 작품이에요?", "할머니 2.0 줄거리 알려줘", "세로형 숏드라마 지원 정책도 있나요?",
            "처음에 얘기한 작품으로 돌아가서, 몇 부작이에요?"], "work:work_moonlight_envoy#episodes"),
])
def test_back_to_the_first_title_is_the_first_talked_about(services: Services, lang: str, lines: list[str], key: str) -> None:
    got = replies(services, lang, lines)
    assert got[-1].answer == key, (got[-1].answer, got[-1].text)


def test_it_stays_the_title_gone_back_to(services: Services) -> None:
    got = replies(services, "en", ["Canton Nocturne", "what sets would suit a 1930s Shanghai story?",
                                   "back to that first series — how many episodes?", "what languages is it in?"])
    assert [r.answer for r in got[-2:]] == ["work:work_canton_nocturne#episodes", "work:work_canton_nocturne#languages"]


@pytest.mark.parametrize(("lang", "lines"), [
    ("en", ["got any sci-fi?", "which is the shortest of those?", "Qin Palace", "ok back to the sci-fi one you picked — what's the status?"]),
    ("es", ["¿tienen ciencia ficción?", "¿cuál es la más corta de esas?", "Palacio de Qin", "volviendo a la serie de ciencia ficción, ¿en qué fase está?"]),
])
def test_back_to_the_genre_one_is_the_title_of_that_genre(services: Services, lang: str, lines: list[str]) -> None:
    got = replies(services, lang, lines)
    picked = (got[1].answer or "").partition("#")[0]
    assert picked.startswith("work:"), got[1].answer
    assert got[-1].answer == f"{picked}#coproduction", (got[-1].answer, got[-1].text)
