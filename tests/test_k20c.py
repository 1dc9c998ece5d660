"""Kinds left by answer set 18, each tested in several wordings (the set's own line among them):

- what comes after the event answered, asked with no noun in any register ("¿y q viene después de
  eso?", "anything after that?", "然后还有什么", "그거 끝나면 뭐 있어요?"): the events to come (the
  one after it, asked in the singular: tests/test_fix24a.py), while a
  next step to take ("¿y después qué hay que hacer?") is no calendar;
- a person asked for to talk over the title in focus ("我想找人具体聊聊这部", "quisiera platicarlo
  con alguien", "I'd like to talk this one through with someone"): a handoff, not the title's card;
- a lesson in a thing none of our texts names ("教我做一道西湖醋鱼", "teach me to make paella"): off-topic,
  while "teach me how to apply for the incentive" and "教我怎么用" stay ours."""

from __future__ import annotations

import pytest

from bot.context import Services
from core.text import fold
from intents import lexicon
from intents.handoff_words import asks_for_person
from tests.dialogue import fits, talk

SESSION = "event:global_talent_info_session_2026"
EVENTS = "list:events*"
NEXT_EVENT = {"en": "what's the next event?", "es": "cuál es el próximo evento?", "zh": "下一个活动是什么？",
              "ko": "다음 행사가 뭐예요?"}
REMIND = {"en": "remind me before it starts", "es": "recordame antes de q empiece", "zh": "开始前提醒我",
          "ko": "시작 전에 알려줘"}


@pytest.mark.parametrize("lang,then", [
    ("es", "¿y q viene después de eso?"), ("es", "y luego q sigue"), ("es", "¿y de ahí qué más hay?"),
    ("es", "y después de eso qué onda?"), ("es", "¿y luego?"),
    ("es", "y ya después de ese, ¿qué otro hay?"), ("es", "¿y qué más viene?"),
    ("en", "anything after that?"), ("en", "ok and after that what else is there"),
    ("zh", "然后呢还有什么"), ("zh", "然後還有什麼"), ("zh", "那个完了还有啥"), ("zh", "这个结束以后还有哪些"),
    ("ko", "그거 끝나면 뭐 있어요?"), ("ko", "그 뒤로는 뭐 있어요?"), ("ko", "그담엔 뭐 있어"),
])
def test_what_comes_after_the_event_answered_is_the_calendar(services: Services, lang, then) -> None:
    talk(services, lang, [(NEXT_EVENT[lang], f"{SESSION}*"), (REMIND[lang], "*"), (then, EVENTS)], fits=fits)


@pytest.mark.parametrize("text", [
    "¿y después, qué hay que hacer para inscribirnos?", "que hay despues de que me registre",
    "qué hay después de la visita", "然后是什么流程", "之后还有什么材料要交", "끝나고 뭐 해야 돼요",
])
def test_a_next_step_to_take_is_not_what_comes_after(text: str) -> None:
    assert lexicon.COMES_AFTER.search(fold(text)) is None


MYSTERY = {"en": ["any mystery titles?", "what genre is the last one?"],
           "es": ["¿qué títulos de misterio tienen?", "¿de qué género es el último?"],
           "zh": ["悬疑类的有哪些？", "最后一部是什么类型的？"],
           "ko": ["미스터리 작품 뭐 있어요?", "마지막 작품은 무슨 장르예요?"]}


@pytest.mark.parametrize("lang,then", [
    ("zh", "我想找人具体聊聊这部"), ("zh", "能不能跟人当面谈"), ("zh", "想找个懂行的人聊聊"), ("zh", "這部我想找人細聊一下"),
    ("en", "I'd like to talk this one through with someone"), ("en", "I want to discuss this one with someone"),
    ("es", "quisiera platicarlo con alguien"), ("es", "me gustaría hablar de este con alguien"),
    ("es", "¿puedo verlo con alguien del equipo?"),
    ("ko", "이 작품 관련해서 사람이랑 얘기하고 싶어요"), ("ko", "이 작품은 담당자랑 따로 얘기하고 싶네요"),
    ("ko", "이 작품 얘기 좀 사람이랑 나누고 싶어요"),
])
def test_a_person_to_talk_the_title_over_with_is_a_handoff(services: Services, lang, then) -> None:
    first, second = MYSTERY[lang]
    talk(services, lang, [(first, "list:works*"), (second, "*"), (then, "handoff*")], fits=fits)


@pytest.mark.parametrize("text", [
    "what does it talk about?", "can we discuss pricing?", "we talked it over with our team already",
    "quiero hablar de precios", "到片场跟人聊不明白", "这部讲的是什么", "이 작품에 대해 이야기해 주세요",
])
def test_talk_without_a_person_asked_for_is_no_handoff(text: str) -> None:
    assert not asks_for_person(text)


OFF = ["out_of_scope", "fallback", "gap:*"]


@pytest.mark.parametrize("lang,say", [
    ("zh", "教我做一道西湖醋鱼"), ("zh", "教我包饺子"), ("zh", "教教我怎麼包粽子"), ("zh", "你能教我做川菜吗"),
    ("en", "teach me to make paella"), ("en", "teach me to dance salsa"),
    ("es", "enséñame a hacer tacos al pastor"), ("es", "enséñame a hacer una pupusa revuelta"),
    ("ko", "김치찌개 끓이는 법 알려줘"), ("ko", "김치찌개 끓이는 법 가르쳐 줘"),
])
def test_a_lesson_in_something_else_is_off_topic(services: Services, lang, say) -> None:
    talk(services, lang, [(say, OFF)], fits=fits)


@pytest.mark.parametrize("lang,say,expected", [
    ("en", "teach me how to apply for the incentive", "incentive:*#how_to_apply"),
    ("es", "enséñame cómo pedir el incentivo", "incentive:*#how_to_apply"),
    ("zh", "教我怎么申请", "faq:join_alliance"), ("zh", "教我怎么用", "smalltalk:help"),
    ("zh", "教我怎么订场地", "incentive:shoot_request_procedure#how_to_apply"),
    ("en", "teach me how to subscribe to event news", "subscribe*"),
])
def test_a_lesson_in_our_own_matters_stays_ours(services: Services, lang, say, expected) -> None:
    talk(services, lang, [(say, expected)], fits=fits)
