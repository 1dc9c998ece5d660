"""Kinds of play36a/b (fixxB): an action said in words does that action, in the four languages.

- news asked for ("sign me up for Korea news", "apúntame a las novedades de Corea", "한국 소식
  신청해 주세요") is a subscription, never the inquiry form (the Telegram filter asks
  `wants_inquiry` before the brain sees the message);
- "연맹 가입하고 싶은데 어떻게 해야 돼요? 비용도 궁금해요" asks how to join and the fee: no form (궁금 is
  no palace, the alliance fee no shoot price);
- a hand-off wished in the past subjunctive or asked of a team ("quisiera que alguien de Dalynn
  me contactara", "¿me podrían escribir del equipo de eventos?");
- "때 되면 알려줘요", "let me know when it's close", "avísame cuando se acerque", "快到了告诉我" with
  an event in focus: its reminder;
- "only in Spanish" / "只用西班牙语" / "한국어로만" sets the language for good; an order for the
  language already in use re-sends no card;
- thanks in other words ("shukran habibi", "se agradece un montón", "awesome, appreciate it").
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.handoff_words import asks_for_person
from intents.inquiry_words import wants_inquiry
from tests.dialogue import new_chat, replies


@pytest.mark.parametrize("text", [
    "sign me up for Korea news",
    "apúntame a las novedades de Corea",
    "한국 소식 신청해 주세요",
    "帮我报名，订阅韩国消息",
    "연맹 가입하고 싶은데 어떻게 해야 돼요? 비용도 궁금해요",
])
def test_news_and_join_questions_open_no_form(text: str) -> None:
    assert wants_inquiry(text) is None


@pytest.mark.parametrize(("text", "kind"), [
    ("sign us up for the casting day", "event_signup"),
    ("我们想加入联盟", "join_alliance"),
])
def test_requests_still_open_the_form(text: str, kind: str) -> None:
    assert wants_inquiry(text) == kind


def test_sign_me_up_for_news_subscribes(services: Services) -> None:
    [reply] = replies(services, "en", ["sign me up for Korea news"])
    assert reply.answer == "subscribe:korea_news"


@pytest.mark.parametrize(("lang", "text", "who"), [
    ("es", "Quisiera que alguien de Dalynn me contactara, por favor", "Dalynn"),
    ("es", "¿me podrían escribir del equipo de eventos?", None),
    ("zh", "希望活动团队的人给我发邮件", None),
    ("ko", "행사팀에서 메일 좀 주실 수 있나요?", None),
])
def test_handoff_asked_in_other_words(services: Services, lang: str, text: str, who: str | None) -> None:
    assert asks_for_person(text)
    [reply] = replies(services, lang, [text])
    assert reply.answer.partition(":")[0] == "handoff"
    assert who is None or who in reply.text


@pytest.mark.parametrize("text", ["¿me puedes escribir de nuevo la fecha?", "팀에서 메일 보내 주나요?", "能给我发邮件吗",
                                  "秘书处的邮箱是什么"])
def test_write_again_is_no_handoff(text: str) -> None:
    assert not asks_for_person(text)


@pytest.mark.parametrize(("lang", "ask", "remind"), [
    ("ko", "오픈 데이 언제예요?", "때 되면 알려줘요"),
    ("ko", "오픈 데이 언제예요?", "그때 알려 주세요"),
    ("en", "when is the open day?", "let me know when it's close"),
    ("es", "¿cuándo es el open day?", "avísame cuando se acerque"),
    ("zh", "开放日是哪天？", "快到了告诉我"),
])
def test_when_its_time_is_the_reminder(services: Services, lang: str, ask: str, remind: str) -> None:
    first, reply = replies(services, lang, [ask, remind])
    assert reply.outcome == "action" and reply.answer == first.answer.partition("#")[0]


@pytest.mark.parametrize("text", ["중남미 피칭 데이 날짜 좀 알려 주세요", "2027 영화제 정확한 날짜 알려 주세요"])
def test_the_date_asked_is_no_reminder(services: Services, text: str) -> None:
    [reply] = replies(services, "ko", [text])
    assert reply.answer.endswith("#date")


def test_new_titles_stay_a_subscription(services: Services) -> None:
    [reply] = replies(services, "ko", ["새 작품 나오면 알려줘요"])
    assert reply.answer == "subscribe:catalog_releases"


@pytest.mark.parametrize("text", ["请只用西班牙语回复我", "reply only in Spanish please", "respóndeme solo en español"])
def test_only_in_a_language_holds(services: Services, text: str) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code="zh")
    services.brain.reply_to_text(chat, text, services.store.profile(chat))
    profile = services.store.profile(chat)
    assert profile is not None and profile.language == "es"


def test_same_language_order_resends_nothing(services: Services) -> None:
    _, reply = replies(services, "ko", ["오픈 데이 언제예요?", "앞으로 한국어로만 답해 주세요"])
    assert reply.answer == "pref:language" and "오픈 데이" not in reply.text


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "shukran habibi"),
    ("en", "awesome, appreciate it"),
    ("es", "se agradece un montón"),
    ("zh", "多谢晒"),
    ("ko", "감사합니당"),
])
def test_thanks_in_other_words(services: Services, lang: str, text: str) -> None:
    ask = {"en": "Is there a casting day?", "es": "¿cuánto cuesta un día en el set del palacio?",
           "zh": "选角日是哪天？", "ko": "오픈 데이 언제예요?"}[lang]
    _, reply = replies(services, lang, [ask, text])
    assert reply.answer == "smalltalk:thanks"
