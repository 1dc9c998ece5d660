"""The co-operation form's free-text steps (console; the machine is `intents.inquiry`).

- A question typed at the title or territory step ("do you folks have a motion-capture stage?",
  "¿y la jornada de pitch a qué hora cae en Lima?", "你们那边有没有民国街景", "드론 촬영도 허가돼요?")
  is answered and the step kept; nothing is stored as the title.
- Leaving the form at any later step ("let's drop the form for now, we'll be back", "dejemos el
  formulario, lo vemos después", "表格先唔填喇", "신청서는 나중에 쓸게요") cancels it: nothing sent.
- A goodbye inside the form ("ok cheers, bye", "chau, gracias", "拜拜", "수고하세요") closes it with
  one line (nothing sent; /inquiry starts it again) under the goodbye.
- Real answers that read like questions or exits stay answers: a catalogue title in any language
  ("Half a Teahouse?", "《半间茶馆》"), a title in Title Case ("Who Killed Her?"), a company called
  "Nada Films", a note "no budget yet".
"""

from __future__ import annotations

import pytest

from bot.console import ConsoleSession
from bot.context import Services
from core.i18n import t
from intents.inquiry_words import quits_form, says_goodbye
from tests.dialogue import new_chat

COPRODUCE = {"en": "we'd like to co-produce one of your titles", "es": "queremos coproducir uno de sus títulos",
             "zh": "我们想跟你们合拍一部片单里的剧", "ko": "카탈로그 작품 하나 공동제작하고 싶어요"}
LICENSE = {"en": "we want to license one of your titles", "es": "queremos licenciar uno de sus títulos",
           "zh": "我们想买你们一部剧的版权", "ko": "작품 판권을 구매하고 싶어요"}
COMPANY = {"en": "Maple Reel Studios", "es": "Cóndor Audiovisual", "zh": "远山影业", "ko": "바다필름"}
COUNTRY = {"en": "Canada", "es": "Chile", "zh": "中国", "ko": "한국"}


def session(services: Services, lang: str) -> ConsoleSession:
    chat_id = new_chat()
    services.store.touch(chat_id, language_code=lang)
    services.store.set_language(chat_id, lang)  # type: ignore[arg-type]
    return ConsoleSession(services, chat_id)


def at_title(services: Services, lang: str, opener: dict[str, str] = COPRODUCE) -> ConsoleSession:
    s = session(services, lang)
    for line in (opener[lang], COMPANY[lang], COUNTRY[lang]):
        s.say(line)
    assert s.form is not None and s.form["step"] == "work", s.form
    return s


QUESTIONS_AT_TITLE = {
    "en": ["hang on, do you folks have a motion-capture stage?", "before that: is there a Song dynasty street set?"],
    "es": ["oigan, ¿y la jornada de pitch a qué hora cae en Lima?", "una consulta: ¿tienen set de época Qing?"],
    "zh": ["等下，你们那边有没有民国街景？", "順便問下，拉丁電影之夜幾時舉行？", "《半间茶馆》讲的是什么？"],
    "ko": ["잠깐만요, 모션캡처 스튜디오도 있어요?", "근디 중국 궁궐 세트 있당가?"],
}


@pytest.mark.parametrize("lang,text", [(lang, x) for lang, xs in QUESTIONS_AT_TITLE.items() for x in xs])
def test_a_question_at_the_title_step_is_answered_and_the_step_kept(services: Services, lang: str, text: str) -> None:
    s = at_title(services, lang)
    reply = s.say(text)
    assert s.form is not None and s.form["step"] == "work", reply.text
    assert "work" not in s.form["fields"]
    assert "/cancel" in reply.text  # the answer, and the note that the form still waits
    assert reply.answer and not reply.answer.startswith(("fallback", "out_of_scope")), reply.answer


QUESTIONS_AT_TERRITORY = {
    "en": ["sorry, quick one: when is the Korea matchmaking?"],
    "es": ["antes, ¿cuándo es la noche de cine latino?"],
    "zh": ["对了，韩国那个对接会是什么时候？"],
    "ko": ["아 그리고 한국 매칭 행사는 언제 해요?"],
}


@pytest.mark.parametrize("lang,text", [(lang, x) for lang, xs in QUESTIONS_AT_TERRITORY.items() for x in xs])
def test_a_question_at_the_territory_step_is_answered_and_the_step_kept(services: Services, lang: str, text: str) -> None:
    s = at_title(services, lang, LICENSE)
    s.say("Half a Teahouse")
    assert s.form is not None and s.form["step"] == "territory", s.form
    reply = s.say(text)
    assert s.form is not None and s.form["step"] == "territory", reply.text
    assert "territory" not in s.form["fields"]
    assert (reply.answer or "").startswith("event:"), reply.answer


TITLES = {"en": ["Half a Teahouse?", "Who Killed Her?"], "es": ["¿Media casa de té?", "Siesta no incluida"],
          "zh": ["《半间茶馆》", "半間茶館？"], "ko": ["사랑은 대역 불가?", "청명상하도 살인사건"]}


@pytest.mark.parametrize("lang,title", [(lang, x) for lang, xs in TITLES.items() for x in xs])
def test_a_title_is_still_the_title(services: Services, lang: str, title: str) -> None:
    s = at_title(services, lang)
    s.say(title)
    assert s.form is not None and s.form["fields"].get("work") == title
    assert s.form["step"] == "genre"


LEAVING = {
    "en": ["let's drop the form for now, we'll be back", "forget about this form please, we'll get back to it later"],
    "es": ["dejemos el formulario, lo vemos después", "no, nada, solo estaba viendo", "olvidate de la solicitud, otro día"],
    "zh": ["表格先不填了，改天再说", "唔使喇，表格唔填喇", "算了，這個表先不填了"],
    "ko": ["신청서는 나중에 쓸게요", "아 됐어요 양식은 그만 쓸게요", "마 됐다, 담에 할게"],
}


@pytest.mark.parametrize("step", ["work", "genre", "episodes"])
@pytest.mark.parametrize("lang,text", [(lang, x) for lang, xs in LEAVING.items() for x in xs])
def test_leaving_the_form_at_a_later_step_cancels_it(services: Services, lang: str, text: str, step: str) -> None:
    s = at_title(services, lang)
    if step != "work":
        s.say("Half a Teahouse")
    if step == "episodes":
        s.say("romance")
    assert s.form is not None and s.form["step"] == step, s.form
    reply = s.say(text)
    assert s.form is None, reply.text
    assert reply.text == t("inq_cancelled", lang)


GOODBYES = {"en": ["ok cheers, bye", "bye for now!"], "es": ["chau, gracias", "bueno, nos vemos"],
            "zh": ["拜拜", "好的，再見"], "ko": ["수고하세요", "네 감사합니다 안녕히 계세요"]}


@pytest.mark.parametrize("lang,text", [(lang, x) for lang, xs in GOODBYES.items() for x in xs])
def test_a_goodbye_inside_the_form_closes_it_with_one_line(services: Services, lang: str, text: str) -> None:
    s = at_title(services, lang)
    reply = s.say(text)
    assert s.form is None, reply.text
    assert reply.text.endswith(t("inq_set_aside", lang)), reply.text
    assert reply.answer == "smalltalk:goodbye"
    s.say("/inquiry")  # and it starts again
    assert s.form is not None and s.form["step"] == "company"


@pytest.mark.parametrize("text", ["Nada Films", "No Budget Yet Pictures", "Bye Bye Seoul", "Another Day Films",
                                  "no budget yet", "no tenemos presupuesto todavía", "还没有预算", "아직 예산은 없어요",
                                  "See You Studio", "Adiós Producciones"])
def test_answers_that_look_like_exits_are_no_exit(text: str) -> None:
    assert not quits_form(text)
    assert not says_goodbye(text)


def test_a_company_called_nada_films_is_the_company(services: Services) -> None:
    s = session(services, "es")
    s.say(COPRODUCE["es"])
    s.say("Nada Films")
    assert s.form is not None and s.form["fields"]["company"] == "Nada Films"


@pytest.mark.parametrize("lang,text", [("en", "Thank You!"), ("es", "¡Muchas Gracias!"), ("zh", "谢谢啦"), ("ko", "감사합니다")])
def test_a_courtesy_at_the_title_step_is_no_title(services: Services, lang: str, text: str) -> None:
    s = at_title(services, lang)
    s.say(text)
    assert s.form is not None and s.form["step"] == "work" and "work" not in s.form["fields"]
