"""Kinds the play20 partners got wrong through Telegram (fixF14), each in en/es/zh/ko with
sentences of our own.

1. How a shoot in Hengdian is arranged ("how do I go about it?", "¿qué pasos hay que seguir?",
   "流程是怎样的", "절차가 어떻게 되나요"): the shoot request procedure (the Vertical Short Drama
   Operations Center, what to send, four weeks ahead), not the incentives, visa, joining or costs FAQ.
2. A wish to sign up for the Global Talent Program: no company co-operation form; the programme's
   next step, its online intake info session (date and time).
3. An open co-operation form takes no thanks ("ok 감사") as the company's name, and a "never mind,
   just browsing" leaves it, in all four languages alike.
5. "Let me know when it gets closer" with an event in focus: a reminder of that event, not the news
   topics menu.
9. "Who runs / leads the alliance?": what is published first (Hengdian World Studios is one of its
   key initiators), then that its head is not published and the Secretariat (the gap's key kept).
14. "Did it already happen?" of an event in focus: "not yet, it is on <date>" / "yes, it took place
   on <date>", not its card again.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from core.i18n import t
from intents.inquiry_words import wants_inquiry
from tests.dialogue import ask, console, talk

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


OPENS_FORM = {"en": "we want to join the alliance",
              "es": "Queremos unirnos a la alianza HISDA",
              "zh": "我们想加入联盟",
              "ko": "저희 회사도 연맹에 가입하고 싶습니다"}


@pytest.mark.parametrize("lang,text", [
    ("ko", "ok 감사"), ("ko", "넵 감사요"), ("en", "ok thanks!"), ("en", "cool, cheers"),
    ("es", "ok, gracias"), ("es", "dale, mil gracias"), ("zh", "好的，谢谢"), ("zh", "收到，多谢"),
])
def test_a_thanks_is_no_company_name(services: Services, lang, text) -> None:
    session = console(services, lang)
    session.say(OPENS_FORM[lang])
    assert session.form is not None and session.form["step"] == "company"
    session.say(text)
    assert session.form is not None and "company" not in session.form["fields"], (text, session.form)


@pytest.mark.parametrize("lang,text", [
    ("en", "actually never mind, just browsing"), ("en", "nah forget it, I'm just looking around"),
    ("es", "no gracias, solo estaba mirando"), ("es", "olvídalo, solo estoy viendo"),
    ("zh", "算了，我只是随便看看"), ("zh", "不用了，就看看"),
    ("ko", "아 됐어요 그냥 구경하는 중이에요"), ("ko", "괜찮아요, 그냥 둘러보는 중이에요"),
])
def test_never_mind_leaves_the_form(services: Services, lang, text) -> None:
    session = console(services, lang)
    session.say(OPENS_FORM[lang])
    assert session.form is not None
    reply = session.say(text)
    assert session.form is None, (text, session.form)
    assert reply.text == t("inq_cancelled", lang)


@pytest.mark.parametrize("lang,asked,later", [
    ("en", "when is the talent info session?", "ok let me know when it gets closer"),
    ("en", "when's the pitch day for latin american producers?", "give me a heads-up when it gets near"),
    ("en", "when is the talent info session?", "can you give me a heads up closer to the date?"),
    ("es", "cuándo es la noche de cine latino 2027?", "quiero que me avisen cuando se acerque"),
    ("es", "cuándo es la jornada de pitch?", "me avisan cuando esté cerca porfa"),
    ("zh", "人才计划说明会是什么时候？", "日期快到了提醒我"),
    ("zh", "拉美制片人推介会是哪天？", "等快到了再通知我"),
    ("ko", "라틴 영화의 밤 2027 언제예요?", "날짜 다가오면 알려 줘요"),
    ("ko", "인재 프로그램 설명회 언제예요?", "가까워지면 알려주세요"),
])
def test_told_when_it_gets_closer_is_a_reminder_of_the_event(services: Services, lang, asked, later) -> None:
    reply = talk(services, lang, [(asked, "event:*#date"), (later, "event:*")], fits=lambda e, got: __import__("fnmatch").fnmatch(got or "", e))
    assert reply.outcome == "action" and "⏰" in reply.text, (later, reply.answer, reply.text)


INITIATOR = {"en": "Hengdian World Studios is one of the Alliance's key initiators",
             "es": "Hengdian World Studios es uno de los principales impulsores",
             "zh": "横店影视城是联盟的主要发起方之一", "ko": "헝뎬 월드 스튜디오가 연맹 설립을 주도한"}


@pytest.mark.parametrize("lang,text", [
    ("en", "who runs the alliance?"), ("en", "so who leads HISDA?"), ("en", "who's in charge of the alliance?"),
    ("es", "quién dirige la alianza?"), ("es", "¿y quién está a cargo de la alianza?"), ("es", "¿quién lidera la HISDA?"),
    ("zh", "谁领导这个联盟？"), ("zh", "这个联盟是谁在领导？"),
    ("ko", "연맹은 누가 이끌어요?"), ("ko", "HISDA 대표는 누구예요?"),
])
def test_who_runs_the_alliance_says_its_initiator_first(services: Services, lang, text) -> None:
    reply = ask(services, lang, text)
    if reply.answer == "faq:what_is_hisda":  # what HISDA is names its initiators too
        return
    assert reply.answer == "gap:hisda_secretariat", (text, reply.answer)
    assert reply.text.startswith(INITIATOR[lang]), (text, reply.text)
    assert "secretariat@" in reply.text


NOT_YET = {"en": "has not happened yet", "es": "todavía no se ha realizado", "zh": "尚未举办", "ko": "아직 열리지 않았"}
TOOK_PLACE = {"en": "Yes,", "es": "Sí,", "zh": "已于", "ko": "네,"}


@pytest.mark.parametrize("lang,about,asked", [
    ("ko", "인재 프로그램 설명회 알려 주세요", "그 설명회 벌써 했어요?"),
    ("ko", "라틴 영화의 밤 2027 알려 주세요", "이미 한 거예요?"),
    ("en", "tell me about the talent info session", "has it already taken place?"),
    ("en", "what's the latam pitch day?", "is it over already?"),
    ("es", "háblame de la sesión informativa del programa de talento", "¿ya pasó?"),
    ("es", "cuéntame de la noche de cine latino 2027", "eso ya fue o todavía no?"),
    ("zh", "介绍一下人才计划说明会", "那个说明会已经开过了吗？"),
    ("zh", "拉美制片人推介会是什么", "已经办了吗"),
])
def test_not_happened_yet_is_said_with_its_date(services: Services, lang, about, asked) -> None:
    reply = ask(services, lang, about, asked)
    assert reply.answer.endswith("#status"), (asked, reply.answer)
    assert NOT_YET[lang] in reply.text, (asked, reply.text)


@pytest.mark.parametrize("lang,about,asked", [
    ("en", "tell me about the signing ceremony", "has it already taken place?"),
    ("ko", "협약식 알려 주세요", "벌써 열렸어요?"),
    ("ko", "서명식 알려줘", "그거 이미 끝났어요?"),
    ("es", "háblame de la ceremonia de firma 2025", "¿ya pasó?"),
    ("zh", "介绍一下2025签约仪式", "已经办过了吗？"),
])
def test_already_held_is_said_with_its_date(services: Services, lang, about, asked) -> None:
    reply = ask(services, lang, about, asked)
    assert reply.answer == "event:signing_ceremony_2025#status", (asked, reply.answer)
    assert "2025" in reply.text
