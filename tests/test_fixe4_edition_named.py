"""An event named without a year when several editions exist (fixE4): its card and "what is it
about?" are the edition to come, with one sentence that the earlier one was proposed and not
confirmed; its year, "last year's" or the past asked keep the edition gone by. Fresh wordings."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.context import Services
from core.store import Profile
from intents.nlu.answers import matches
from tests.test_standard_words import converse

EARLIER = {"en": "An earlier edition had been proposed", "es": "Antes se había propuesto una edición",
           "zh": "此前曾有一届原拟于", "ko": "개최가 제안된 회차도 있었지만"}


@pytest.mark.parametrize("lang,turns,expected", [
    ("en", ["give me the rundown on latin movie night"], "event:latin_film_night_2027"),
    ("en", ["what's the Latin cinema night all about?"], "event:latin_film_night_2027"),
    ("es", ["me pasas la info de la noche latina?"], "event:latin_film_night_2027"),
    ("es", ["de qué se trata la noche del cine latinoamericano?"], "event:latin_film_night_2027"),
    ("zh", ["拉丁之夜具体是个什么活动"], "event:latin_film_night_2027"),
    ("zh", ["给我讲讲拉丁电影夜"], "event:latin_film_night_2027"),
    ("ko", ["라틴 시네마 나이트 소개 좀 해 주세요"], "event:latin_film_night_2027"),
    ("ko", ["라틴 영화의 밤은 어떤 행사예요?"], "event:latin_film_night_2027"),
    ("en", ["when's latin film night?", "ok what's it about?"], "event:latin_film_night_2027"),
])
def test_a_name_without_a_year_is_the_edition_to_come(
        services: Services, partner: Callable[[str], Profile], lang: str, turns: list[str], expected: str) -> None:
    reply = converse(services, partner(lang), turns)
    assert matches(expected, reply.answer), reply.answer
    assert "2027" in reply.text
    if len(turns) == 1:  # (a follow-up of the date answer, which said it, says it no more)
        assert EARLIER[lang] in reply.text, reply.text


@pytest.mark.parametrize("lang,turns", [
    ("en", ["what was last year's latin movie night about?"]),
    ("en", ["give me the rundown on the 2025 latin film night"]),
    ("es", ["de qué se trataba la noche latina de 2025?"]),
    ("zh", ["2025年那届拉丁之夜是个什么活动"]),
    ("ko", ["작년 라틴 영화의 밤은 어떤 행사였어요?"]),
])
def test_the_year_or_the_past_keeps_the_edition_gone_by(
        services: Services, partner: Callable[[str], Profile], lang: str, turns: list[str]) -> None:
    reply = converse(services, partner(lang), turns)
    assert (reply.answer or "").startswith("event:latin_film_night") \
        and not (reply.answer or "").startswith("event:latin_film_night_2027"), reply.answer
