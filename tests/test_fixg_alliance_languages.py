"""Kinds found in play38 (fixG):

- the members asked with the question word first ("有哪些會員單位"): the partners list, not the
  way to join ("我们想成为会员单位" still joins);
- the languages crews speak on set: the languages FAQ without the assistant's own languages
  (asked of the bot, those stay);
- "中文也可以吗？" (a language named with "too"): answered in it; a colleague's nationality names
  the language to answer in;
- English chat courtesies alone ("thanks bye", "ok thx") do not switch a chat held in another
  language (a plain English goodbye is itself answered in English: fixE8).
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.nlu.language import detect
from tests.dialogue import talk


@pytest.mark.parametrize(("lang", "say"), [
    ("zh", "有哪些会员单位"), ("zh", "有哪些會員單位"), ("zh", "联盟有哪几家会员企业"),
    ("en", "who are the members?"), ("es", "¿quiénes son los miembros?"), ("ko", "회원사는 어디예요?"),
])
def test_members_asked_list_the_partners(services: Services, lang: str, say: str) -> None:
    talk(services, lang, [(say, "list:partners")])


def test_becoming_a_member_still_joins(services: Services) -> None:
    talk(services, "zh", [("我们想成为会员单位", "faq:join_alliance")])


@pytest.mark.parametrize(("lang", "say", "assistant"), [
    ("en", "which languages do crews speak on set?", "assistant"),
    ("es", "¿qué idiomas habla el equipo en el set?", "asistente"),
    ("zh", "现场剧组说什么语言", "助手"),
    ("ko", "촬영 현장에서는 어떤 언어를 써요?", "어시스턴트"),
])
def test_languages_on_set_leave_out_the_assistant(services: Services, lang: str, say: str, assistant: str) -> None:
    reply = talk(services, lang, [(say, "faq:languages")])
    assert assistant not in reply.text
    assert reply.text.strip()


def test_the_bots_languages_asked_keep_the_assistant(services: Services) -> None:
    reply = talk(services, "en", [("what languages does the bot answer in?", "faq:languages")])
    assert "assistant" in reply.text


@pytest.mark.parametrize(("lang", "say"), [("zh", "中文也可以吗？"), ("ko", "한국어도 돼요?")])
def test_language_too_is_answered_in_it(services: Services, lang: str, say: str) -> None:
    reply = talk(services, "en", [(say, "pref:language")])
    assert reply.lang == lang


def test_colleagues_nationality_sends_the_last_answer_in_it(services: Services) -> None:
    reply = talk(services, "ko", [("横店有哪些拍摄基地", "list:locations"),
                                  ("中文也可以吗？我同事是中国人", "list:locations")])
    assert reply.lang == "zh"


@pytest.mark.parametrize("say", ["thanks bye", "ok thx", "bye", "thank you"])
def test_english_courtesy_is_no_language(say: str) -> None:
    assert detect(say) is None


@pytest.mark.parametrize("say", ["thanks, where is the studio?", "gracias", "hello I need the contact"])
def test_words_beyond_courtesy_still_decide(say: str) -> None:
    assert detect(say) is not None


@pytest.mark.parametrize("lang", ["zh", "ko", "es"])
def test_thanks_bye_keeps_the_chats_language(services: Services, lang: str) -> None:
    first = {"zh": "横店在哪里", "ko": "헝뎬은 어디에 있어요?", "es": "¿dónde queda Hengdian?"}[lang]
    reply = talk(services, lang, [(first, "faq:how_to_reach_hengdian"), ("thanks bye", "smalltalk:goodbye"),
                                  ("ok", "smalltalk:ok")])
    assert reply.lang == lang
    # (fixE8) the goodbye itself, plainly English, is answered in English; the chat keeps its language
    bye = talk(services, lang, [(first, "faq:how_to_reach_hengdian"), ("thanks bye", "smalltalk:goodbye")])
    assert bye.lang == "en"


@pytest.mark.parametrize(("lang", "turns"), [
    ("ko", [("오픈데이 언제예요?", None), ("구독 취소는 어떻게 해요?", "unsubscribe")]),
    ("en", [("when is the open day?", None), ("how do I unsubscribe?", "unsubscribe")]),
])
def test_unsubscribe_asked_with_an_event_in_focus_is_about_the_news(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns, fits=lambda expect, got: expect is None or got == expect)


def test_cancelled_asked_of_the_event_stays_its_status(services: Services) -> None:
    talk(services, "en", [("when is the open day?", None), ("was it cancelled?", "event:virtual_stage_open_day_2027#status")],
         fits=lambda expect, got: expect is None or got == expect)
