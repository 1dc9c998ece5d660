"""fixJ17 (play26 kind P): "the family one" over the titles just listed ("the family one, how long is
it in total?", "la familiar, ¿cuánto dura?", "家庭题材那部总共多长？", "가족극인 거 총 몇 분이에요?") is
the one title of that list with that genre (as its position would pick it), not the genre's whole
list; "the family ones" still asks for the list."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import say

LISTS = {
    "en": "any mystery titles looking for partners?",
    "es": "¿qué títulos de misterio buscan socios?",
    "zh": "有哪些在找合作方的悬疑剧？",
    "ko": "파트너 찾는 미스터리 작품 뭐 있어요?",
}

ONE = [
    ("en", "the family one, how long is it in total?", "#episode_minutes"),
    ("en", "that family drama one, who do I contact?", ""),
    ("es", "la familiar, ¿cuánto dura en total?", "#episode_minutes"),
    ("es", "el de drama familiar, ¿cuántos capítulos tiene?", "#episodes"),
    ("zh", "家庭题材那部总共多长？", ""),
    ("zh", "家庭剧那部有几集？", "#episodes"),
    ("ko", "가족극인 거 총 몇 분이에요?", "#episode_minutes"),
    ("ko", "가족극 그거 몇 부작이야?", "#episodes"),
]


@pytest.mark.parametrize("lang,line,fact", ONE)
def test_the_genre_one_is_that_title_of_the_list(services: Services, lang, line, fact) -> None:
    reply = say(services, lang, LISTS[lang], line)[-1]
    answer = reply.answer or ""
    assert "work_ancestral_hall" in answer or "secretariat@" in reply.text, (answer, reply.text[:200])
    assert not answer.startswith("list:"), answer
    if fact:  # (the fact asked, of that title)
        assert answer == f"work:work_ancestral_hall{fact}", answer


def test_the_genre_ones_is_still_the_list(services: Services) -> None:
    reply = say(services, "en", "what comedies do you have?", "show me the family ones")[-1]
    assert (reply.answer or "").startswith("list:works"), reply.answer
