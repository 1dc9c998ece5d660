"""Kinds the play20 partners got wrong through Telegram (fixF14), each in en/es/zh/ko with
sentences of our own.

1. How a shoot in Hengdian is arranged ("how do I go about it?", "¿qué pasos hay que seguir?",
   "流程是怎样的", "절차가 어떻게 되나요"): the shoot request procedure (the Vertical Short Drama
   Operations Center, what to send, four weeks ahead), not the incentives, visa, joining or costs FAQ.
2. A wish to sign up for the Global Talent Program: no company co-operation form; the programme's
   next step, its online intake info session (date and time).
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.inquiry_words import wants_inquiry
from tests.dialogue import ask

SHOOT = "incentive:shoot_request_procedure#how_to_apply"


@pytest.mark.parametrize("lang,text", [
    ("en", "Hello from Nairobi! We want to shoot a vertical drama in Hengdian, how do we go about it?"),
    ("en", "what's the procedure for filming at Hengdian?"),
    ("en", "we wanna film a web series at hengdian - what are the steps?"),
    ("es", "queremos grabar una serie vertical en Hengdian, qué pasos hay que seguir?"),
    ("es", "q tenemos que hacer para rodar allá en hengdian?"),
    ("es", "cuál es el proceso para filmar en Hengdian?"),
    ("zh", "我们打算去横店拍短剧，流程是什么？"),
    ("zh", "想在横店拍竖屏剧，需要走什么流程？"),
    ("zh", "我們想來橫店拍攝，手續怎麼辦？"),
    ("zh", "要怎么去横店拍戏啊"),
    ("ko", "헝뎬에서 웹드라마 찍으려면 어떻게 해야 되나요?"),
    ("ko", "헝뎬에서 드라마 촬영하려면 뭐부터 해야 돼요?"),
    ("ko", "우리 팀이 헝뎬에서 촬영하고 싶은데 절차가 어떻게 돼요?"),
])
def test_how_a_shoot_is_arranged_is_the_shoot_request_procedure(services: Services, lang, text) -> None:
    reply = ask(services, lang, text)
    assert reply.answer == SHOOT, (text, reply.answer)
    assert {"en": "four weeks", "es": "cuatro semanas", "zh": "四周", "ko": "4주"}[lang] in reply.text


@pytest.mark.parametrize("lang,text,key", [
    ("en", "what's the visa process for filming in Hengdian?", "faq:visa"),
    ("zh", "怎么去横店？", "faq:how_to_reach_hengdian"),
])
def test_other_procedures_keep_their_answers(services: Services, lang, text, key) -> None:
    assert ask(services, lang, text).answer == key


SESSION_DAY = {"en": "10 December 2026", "es": "10 de diciembre de 2026", "zh": "2026年12月10日", "ko": "2026년 12월 10일"}


@pytest.mark.parametrize("lang,text", [
    ("en", "I'd love to sign up for the Global Talent Program"),
    ("en", "how do I enroll in the talent programme?"),
    ("en", "We would like to apply to the global talent program"),
    ("es", "me quiero anotar en el programa global de talento"),
    ("es", "cómo me inscribo al programa de talentos?"),
    ("zh", "我想报名参加全球人才计划"),
    ("zh", "全球人才計劃怎麼報名？"),
    ("ko", "글로벌 인재 프로그램에 참여하고 싶어요"),
    ("ko", "인재 프로그램 신청하려면 어떻게 해요?"),
])
def test_signing_up_for_the_talent_program_is_its_info_session(services: Services, lang, text) -> None:
    assert wants_inquiry(text) is None  # no company co-operation form opened in Telegram
    reply = ask(services, lang, text)
    assert reply.answer == "program:global_talent_program", (text, reply.answer)
    assert reply.focus == "event:global_talent_info_session_2026"
    assert SESSION_DAY[lang] in reply.text and "20:00" in reply.text
