"""Events, contacts and forms answer what was asked (fixP):

- the alliance's next event asked with its name ("what's HISDA doing next?", "HISDA 다음 이벤트
  언제예요?"): the first event coming by date, not HISDA's card nor an event whose title has the
  word HISDA in it;
- a contact asked by surname and title ("我想找郭总聊聊"): that one contact, not the list of four;
- a price asked as a question with a number of days ("how much to rent it for 3 days", "租三天多少钱",
  "세트 3일 빌리는 데 얼마예요?"): the honest price gap, never the inquiry form;
- the Korean welcome adds 님 to the partner's name.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.inquiry_words import wants_inquiry
from tests.dialogue import new_chat, talk

SESSION = "event:global_talent_info_session_2026"


@pytest.mark.parametrize(("lang", "text", "expect"), [
    ("en", "what is HISDA doing next?", SESSION),
    ("en", "HISDA's next activity", SESSION),
    ("en", "what's the next HISDA event?", SESSION),
    ("es", "¿cuál es el próximo evento de la HISDA?", SESSION),
    ("es", "próxima actividad de HISDA", SESSION),
    ("es", "¿qué hace la HISDA próximamente?", SESSION),
    ("zh", "HISDA下一场活动", SESSION),
    ("zh", "HISDA接下来有什么活动？", SESSION),
    ("zh", "HISDA下一场活动什么时候？", SESSION + "#date"),
    ("ko", "HISDA 다음 행사", SESSION),
    ("ko", "HISDA 다음 활동은 뭐예요?", SESSION),
    ("ko", "HISDA 다음 이벤트 언제예요?", SESSION + "#date"),
])
def test_the_alliance_next_event_is_the_first_coming(services: Services, lang: str, text: str, expect: str) -> None:
    talk(services, lang, [(text, expect)])


@pytest.mark.parametrize(("lang", "text"), [
    ("zh", "我想找郭总聊聊"),
    ("zh", "郭總在嗎"),
    ("en", "I'd like to talk to Mr Guo"),
    ("ko", "국제 협력 담당자분과 얘기하고 싶어요"),
])
def test_a_person_asked_by_name_is_one_contact(services: Services, lang: str, text: str) -> None:
    reply = talk(services, lang, [(text, ["contact:international_business", "contact:international_business#role",
                                          "handoff"])])
    assert reply.text.count("✉️") == 1


@pytest.mark.parametrize("text", [
    "how much to rent it for 3 days", "how much for 5 days of shooting on the palace set?",
    "¿cuánto sale alquilar el set 7 días?", "租三天多少钱", "租3天多少钱？", "세트 3일 빌리는 데 얼마예요?",
])
def test_a_price_question_opens_no_form(text: str) -> None:
    assert wants_inquiry(text) is None


def test_a_quote_asked_for_still_opens_the_form() -> None:
    assert wants_inquiry("can you send us a quote for 5 days of shooting?") == "film"


@pytest.mark.parametrize(("lang", "text"), [("zh", "租三天多少钱"), ("ko", "세트 3일 빌리는 데 얼마예요?"),
                                            ("es", "¿cuánto sale alquilar el set una semana?")])
def test_a_price_question_is_the_price_gap(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "gap:international_business")])


def test_korean_welcome_says_nim(services: Services) -> None:
    chat = new_chat()
    services.store.touch(chat, first_name="김민준", language_code="ko")
    reply = services.brain.reply_to_command(chat, "start", "", services.store.profile(chat))
    assert reply.text.startswith("안녕하세요, 김민준 님!")
