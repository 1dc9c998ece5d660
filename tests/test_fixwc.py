"""Kinds of play35b (fixwC), in the four languages where they apply:

- A: a question never opens the business-inquiry form: "연맹 가입 방법이랑 비용 알려주세요", "tell me how
  to join the alliance", "여쭙고 싶습니다", a question after "LA에 있는 배급사입니다", a question whose
  wish is its reason ("…있나요? 공동 제작하고 싶어서요", "because we'd like to…", "因为我们想…");
  while the form asks for the company, "메뉴" / "menu" / "菜单" or "두번째꺼 줄거리" is set aside,
  never stored as the company's name;
- C: "係咪用韓文同中文？", "要講西班牙文嗎" right after an event ask the event's language, never a
  switch of the reply language;
- F: Cantonese "提我一下" / "記得提我" is "remind me";
- I: a bare "send me the file" right after an event is that event's calendar file.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import inquiry
from intents.inquiry_words import wants_inquiry
from intents.lexicon import action_asked, file_of_focus, language_request
from tests.dialogue import console, replies

QUESTIONS = [
    "안녕하세요 LA에 있는 배급사입니다. 라틴 관련 행사 중에 피칭할 수 있는 거 있나요? 저희 프로젝트를 소개하고 싶어서요",
    "연맹 가입 방법이랑 비용 알려주세요",
    "연맹 가입 조건 알려주세요",
    "안녕하십니까. 저희는 서울 소재 드라마 제작사입니다. 연맹 회원사가 총 몇 군데인지, 그리고 실무는 누가 담당하는지 여쭙고 싶습니다.",
    "tell me how to join the alliance and what it costs",
    "dime cómo unirnos a la alianza",
    "告诉我加入联盟的条件",
    # a wish given as the reason for the question
    "공동 제작 파트너를 찾을 수 있는 행사 있나요? 저희 작품을 공동 제작하고 싶어서요",
    "Is there an event where we could pitch? Because we would like to coproduce a series with a Chinese partner",
    "¿Hay algún evento para presentar proyectos? Porque queremos coproducir una serie",
    "有没有路演活动？因为我们想合拍一部短剧",
]


@pytest.mark.parametrize("text", QUESTIONS)
def test_a_question_opens_no_form(text: str) -> None:
    assert wants_inquiry(text) is None


REQUESTS = [
    ("연맹에 가입하고 싶어요", "join_alliance"),
    ("we want to join the alliance", "join_alliance"),
    ("10일 촬영 견적 알려주세요", "film"),
    ("저희는 배급사입니다. 작품 배급하고 싶어요", "distribute"),
    ("공동 제작하고 싶어서 연락드렸습니다", "coproduce"),
    ("我们想合拍，有什么流程？", "coproduce"),
]


@pytest.mark.parametrize(("text", "kind"), REQUESTS)
def test_a_request_still_opens_it(text: str, kind: str) -> None:
    assert wants_inquiry(text) == kind


@pytest.mark.parametrize(("lang", "text"), [("ko", "메뉴"), ("en", "menu"), ("zh", "菜单"), ("es", "menú"),
                                             ("ko", "두번째꺼 줄거리"), ("en", "the second one's plot"),
                                             ("zh", "第二个的剧情")])
def test_the_company_step_sets_aside_a_command_or_a_pick(services: Services, lang: str, text: str) -> None:
    turn = services.brain.turn(1, None, text)
    assert inquiry.aside(turn, "company", text, False) is True


@pytest.mark.parametrize("text", ["Second Act Films", "First Light", "한빛 필름", "Estudios Sol"])
def test_a_company_name_is_still_the_answer(services: Services, text: str) -> None:
    turn = services.brain.turn(1, None, text)
    assert inquiry.aside(turn, "company", text, False) is False


def test_menu_in_the_form_is_no_company(services: Services) -> None:
    session = console(services, "ko")
    session.say("피칭 데이 신청해 주세요 2명")
    assert session.form is not None and session.form["step"] == "company"
    session.say("메뉴")
    assert session.form is not None and session.form["step"] == "company"
    assert "company" not in session.form["fields"]


@pytest.mark.parametrize(("opening", "line", "said"), [
    ("想問中韓對接會幾時搞？", "係咪用韓文同中文？", "翻译"),
    ("想問下拉美推介會幾時開始？", "要講西班牙文嗎", "同传"),
    ("拉美推介会什么时候？", "是不是用西班牙语？", "同传"),
])
def test_event_language_asked_in_chinese_is_no_switch(services: Services, opening: str, line: str, said: str) -> None:
    assert language_request(line)[0] is None
    _, reply = replies(services, "zh", [opening, line])
    assert reply.answer.startswith("event:"), reply.answer
    assert said in reply.text and reply.lang == "zh"


@pytest.mark.parametrize("line", ["提我一下", "記得提我", "到時提下我"])
def test_cantonese_remind_me(services: Services, line: str) -> None:
    assert action_asked(line) == "remind"
    _, reply = replies(services, "zh", ["中韩对接会什么时候？", line])
    assert reply.outcome == "action" and reply.answer == "event:korea_matchmaking_2027"


def test_mention_us_is_no_reminder() -> None:
    assert action_asked("你们可以提我们的项目吗") is None


@pytest.mark.parametrize(("lang", "opening", "line"), [
    ("zh", "中韩对接会什么时候？", "可以把檔案傳給我嗎"),
    ("en", "when is the Korea matchmaking?", "can you send me the file?"),
    ("es", "¿cuándo es el matchmaking con Corea?", "mándame el archivo"),
    ("ko", "한중 매칭 행사 언제예요?", "파일 보내 주세요"),
])
def test_bare_file_after_an_event_is_its_calendar(services: Services, lang: str, opening: str, line: str) -> None:
    _, reply = replies(services, lang, [opening, line])
    assert reply.document is not None and reply.answer == "event:korea_matchmaking_2027", reply.text


def test_a_file_without_an_event_is_not_a_calendar() -> None:
    assert not file_of_focus("send me the file", "work:x")
    assert not file_of_focus("send me the file", None)
