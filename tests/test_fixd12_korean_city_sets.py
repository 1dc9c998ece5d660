"""Telegram play16 kind 5 (fixD12, Korean): the partner's own city said in a self-introduction
("대전에서 …", "대전에 있는 제작사") is Daejeon, never the throne hall (大殿) of the palace sets; and a
set recommended for a genre ("무협 찍을 세트 추천해 주세요") is the sets tagged for that genre
(knowledge/locations.yaml `genres`), as "어디서 찍으면 좋아요?" already was. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import ask


@pytest.mark.parametrize(("asked", "answer"), [
    ("반갑습니다, 대전에서 숏폼 드라마 찍는 제작사 대표입니다. 선협물 찍을 만한 세트 있을까요?", "list:locations?genre=fantasy"),
    ("대전에 있는 제작사예요. 무협 찍을 세트 추천 좀 해 주세요", "list:locations?genre=wuxia"),
    ("무협물 찍을 촬영지 추천해 주세요", "list:locations?genre=wuxia"),
    ("저희 무협 웹드라마 찍을 세트를 골라 주세요", "list:locations?genre=wuxia"),
    ("옥좌 있는 대전 장면 찍을 세트 있어요?", "list:locations?scene=palace"),
])
def test_korean_city_and_genre_sets(services: Services, asked: str, answer: str) -> None:
    reply = ask(services, "ko", asked)
    assert reply.answer == answer
    assert "궁궐" not in reply.text.splitlines()[0] or "palace" in answer


@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "could you recommend a set for our wuxia shoot?"),
    ("es", "¿me recomiendan algún set para rodar una de wuxia?"),
    ("zh", "给我推荐个拍武侠的景吧"),
])
def test_genre_set_recommended_other_languages(services: Services, lang: str, asked: str) -> None:
    assert ask(services, lang, asked).answer == "list:locations?genre=wuxia"
