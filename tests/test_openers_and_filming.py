"""A greeting and an introduction before the question ("안녕하세요. 저희는 …입니다. …문의드립니다.") get
the question answered, not a greeting back; "shoot a period drama" asks for sets, not titles;
Korean spellings of Hengdian by ear (횡뎬, 형뎬). Wordings are fresh (not from any evaluation set)."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import fits, talk

SETS_FOR_A_PERIOD = ["list:locations*", "faq:which_set", "faq:can_foreign_crews_film", "location:*"]


@pytest.mark.parametrize("lang,text", [
    ("ko", "안녕하십니까. 저희는 대구의 웹드라마 제작사입니다. 형뎬에서 조선 시대 같은 사극 촬영이 가능한지 궁금합니다."),
    ("ko", "안녕하세요~ 인천 제작사 대표입니다. 횡뎬 촬영 관련해서 사극 세트 문의드립니다."),
    ("en", "Good morning. I'm a line producer from Accra. We'd like to shoot a costume drama at Hengdian next spring."),
    ("es", "Hola, buenas. Somos una casa productora de Cali. Queremos grabar un drama de época allá."),
])
def test_a_question_after_a_greeting_and_an_introduction_is_answered(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, SETS_FOR_A_PERIOD)], fits=fits)


def test_an_introduction_alone_is_still_greeted(services: Services) -> None:
    talk(services, "ko", [("안녕하세요. 저희는 광주의 다큐멘터리 제작사입니다.", "smalltalk:greet")])
