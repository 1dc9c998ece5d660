"""Where the partner is, told after a question in the same message ("…업무 시간은요? 저는 부산이에요",
"what are their office hours? I'm in Chicago"), is the clock the question is answered in: one
answer, no second part saying something "is not published"."""
from __future__ import annotations

import pytest

from bot.context import Services
from intents.lexicon import split_parts
from tests.dialogue import replies


@pytest.mark.parametrize("text", [
    "그 팀 업무 시간은 어떻게 돼요? 저는 부산이에요",
    "what are the international team's office hours? I'm in Chicago",
    "¿a qué hora atiende la oficina internacional? estoy en Lima",
    "国际业务部几点上班？我在深圳",
])
def test_a_place_told_after_a_question_is_no_question_of_its_own(text: str) -> None:
    assert len(split_parts(text)) == 1


def test_two_questions_stay_two() -> None:
    assert len(split_parts("where is hengdian? and what incentives are there?")) == 2


@pytest.mark.parametrize(("lang", "say"), [
    ("ko", "국제사업부 업무 시간은요? 저는 서울이에요"),
    ("en", "what are the international business department's office hours? I'm in Toronto"),
])
def test_the_hours_asked_with_a_place_are_one_answer(services: Services, lang: str, say: str) -> None:
    (reply,) = replies(services, lang, [say])
    assert reply.answer and reply.answer.endswith("#hours")
    assert "공개되어 있지 않습니다" not in reply.text and "not published" not in reply.text
