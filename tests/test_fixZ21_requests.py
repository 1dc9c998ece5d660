"""Round 30's known leftovers (fixZ21), part two, in the four languages:

- every announcement asked for, no topic named ("sign me up for all your announcements", "todos
  sus avisos", "所有公告", "공지 전부"): each topic is switched on, as the 🔔 button does; the
  announcements asked without "all" open the topic menu; a topic named stays that topic alone;
- a service wanted "on site" / "on set" ("can you get us an interpreter on site?"): the yes for
  that service and its team, not the whole services card;
- the amount of support asked ("how much support is there?", "扶持政策有多少"): not published,
  said by the incentives' team (the short drama centre), not another team's quote;
- a command typed as a message ("/contact") in a chat that writes Korean, Spanish or Chinese:
  answered in that language.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from jobs.subscriptions import subscriptions_of
from tests.dialogue import new_chat

# ---- every announcement

EVERY_ANNOUNCEMENT = [
    ("en", "sign me up for all your announcements"),
    ("es", "suscríbeme a todos sus avisos"),
    ("zh", "帮我订阅你们所有的公告"),
    ("ko", "공지 전부 구독해 주세요"),
]


def _said(services: Services, lang: str, *lines: str):
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    reply = None
    for line in lines:
        reply = services.brain.reply_to_text(chat, line, services.store.profile(chat))
    assert reply is not None
    return chat, reply


@pytest.mark.parametrize(("lang", "text"), EVERY_ANNOUNCEMENT)
def test_all_announcements_switch_every_topic_on(services: Services, lang: str, text: str) -> None:
    chat, reply = _said(services, lang, text)
    assert reply.answer == "subscribe", reply.answer
    assert subscriptions_of(services.store).topics_of(chat) >= set(services.brain.knowledge.current.topics)
    assert reply.text.startswith("✅")


def test_the_announcements_without_all_open_the_menu(services: Services) -> None:
    chat, reply = _said(services, "zh", "帮我订阅一下你们的公告")
    assert reply.answer == "subscribe"
    assert not subscriptions_of(services.store).topics_of(chat)  # (nothing chosen for them)


@pytest.mark.parametrize(("lang", "text"), [("en", "sign me up for news about all your events"), ("ko", "행사 소식 다 구독해 주세요")])
def test_a_topic_named_with_all_is_that_topic(services: Services, lang: str, text: str) -> None:
    chat, reply = _said(services, lang, text)
    assert reply.answer == "subscribe:events"
    assert subscriptions_of(services.store).topics_of(chat) == {"events"}


# ---- an interpreter on site

INTERPRETER_ON_SITE = [
    ("en", "can you get us an interpreter on site?", "interpreters can be arranged"),
    ("en", "can we get an interpreter on set?", "interpreters can be arranged"),
    ("es", "¿nos pueden conseguir un intérprete en el set?", "intérpretes"),
    ("zh", "现场能找到翻译吗？", "翻译"),
    ("ko", "현장에 통역사 구할 수 있어요?", "통역"),
]


@pytest.mark.parametrize(("lang", "text", "said"), INTERPRETER_ON_SITE)
def test_an_interpreter_on_site_is_a_yes_for_interpreters(services: Services, lang: str, text: str, said: str) -> None:
    _, reply = _said(services, lang, text)
    assert reply.answer == "incentive:on_site_services"
    assert said in reply.text
    assert "international.business@example.com" in reply.text
    card_title = services.brain.knowledge.current.incentives["on_site_services"].title.get(lang)
    assert card_title not in reply.text  # (the yes, not the whole card)


# ---- the amount of support

SUPPORT_AMOUNT = [
    ("en", "how much support is there?"),
    ("es", "¿de cuánto son los apoyos?"),
    ("zh", "扶持政策有多少"),
    ("ko", "지원금 얼마나 돼요?"),
]


@pytest.mark.parametrize(("lang", "text"), SUPPORT_AMOUNT)
def test_the_amount_of_support_is_the_incentives_teams_to_tell(services: Services, lang: str, text: str) -> None:
    _, reply = _said(services, lang, text)
    assert reply.answer == "gap:vertical_short_drama_center", reply.answer
    assert "Carlos Tinto" not in reply.text and len(reply.text) < 600


# ---- a command typed in the chat's language

CHAT_BEFORE = [
    ("ko", "헝뎬에 궁궐 세트 있어요?", "문의처"),
    ("zh", "你们有哪些活动？", "联系方式"),
    ("es", "¿qué locaciones tienen para un drama de época?", "contactar"),
]


@pytest.mark.parametrize(("lang", "before", "heading"), CHAT_BEFORE)
def test_a_typed_command_answers_in_the_chats_language(services: Services, lang: str, before: str, heading: str) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code="en")  # (Telegram says English; the partner writes another)
    services.brain.reply_to_text(chat, before, services.store.profile(chat))
    reply = services.brain.reply_to_text(chat, "/contact", services.store.profile(chat))
    assert reply.lang == lang, reply.lang
    assert heading in reply.text
