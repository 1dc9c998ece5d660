"""Subscriptions asked in words (play32, fixH23), each tried in the four languages with sentences of
our own:

- the alliance named as the news's source ("HISDA news") turns the news on, not its description;
- a topic's news said with "too" right after a subscription adds that topic;
- "cancel all of it" right under a subscription (or the list of one's alerts) stops every topic;
- "am I still subscribed?", "¿me queda alguna suscripción?": which topics, or none;
- a bare "yes" to the topic menu with nothing on asks which topic (not "you have none" again).
"""

from __future__ import annotations

import pytest

from bot.context import Services
from core.i18n import t
from tests.dialogue import ask

ALLIANCE_NEWS = [
    ("en", "hey could you ping me any time HISDA has news?"),
    ("es", "avísenme cuando haya novedades de HISDA"),
    ("zh", "HISDA有新消息就通知我"),
    ("ko", "HISDA 소식 있으면 알려 주세요"),
]


@pytest.mark.parametrize(("lang", "text"), ALLIANCE_NEWS)
def test_the_alliances_news_turns_the_news_on(services: Services, lang: str, text: str) -> None:
    reply = ask(services, lang, text)
    assert (reply.answer or "").startswith("subscribe"), reply.answer
    assert t("subs_title", lang).split("\n")[0] in reply.text


def test_what_the_alliance_is_is_still_its_description(services: Services) -> None:
    reply = ask(services, "en", "so what exactly is HISDA?")
    assert not (reply.answer or "").startswith("subscribe"), reply.answer


TOO = {
    "en": ("put me down for the Korea news", "incentive updates as well please"),
    "es": ("suscríbeme a las noticias de Corea", "y las novedades de incentivos también"),
    "zh": ("帮我订阅韩国市场动态", "扶持政策的消息也订一下"),
    "ko": ("한국 소식 구독해 주세요", "인센티브 소식도 받을게요"),
}


@pytest.mark.parametrize("lang", sorted(TOO))
def test_a_topics_news_too_after_a_subscription_adds_it(services: Services, lang: str) -> None:
    reply = ask(services, lang, *TOO[lang])
    assert reply.answer == "subscribe:incentives", reply.answer


STOP_ALL = {
    "en": ("sign me up for korea news", "actually cancel all of it"),
    "es": ("suscríbeme a las noticias de Corea", "¿a qué estoy suscrito?", "mejor cancela todo"),
    "zh": ("订阅韩国市场动态", "算了，全部取消吧"),
    "ko": ("한국 소식 구독할게요", "그냥 다 취소해 주세요"),
}


@pytest.mark.parametrize("lang", sorted(STOP_ALL))
def test_cancel_everything_after_a_subscription_stops_every_topic(services: Services, lang: str) -> None:
    reply = ask(services, lang, *STOP_ALL[lang])
    assert reply.answer == "unsubscribe", reply.answer
    assert reply.text.startswith(t("unsub_done", lang)[:12])


STILL = {
    "en": ("sign me up for latin america news", "do I still have any subscriptions?"),
    "es": ("suscríbeme a las noticias de Corea", "¿sigo suscrito?"),
    "zh": ("订阅韩国市场动态", "我还有订阅吗？"),
    "ko": ("한국 소식 구독할게요", "아직 구독되어 있나요?"),
}


@pytest.mark.parametrize("lang", sorted(STILL))
def test_still_subscribed_says_which(services: Services, lang: str) -> None:
    first, question = STILL[lang]
    reply = ask(services, lang, first, question)
    assert reply.answer == "my_alerts", reply.answer
    assert t("subs_current", lang, topics="")[:4] in reply.text
    assert t("subs_current_none", lang) not in reply.text


def test_any_left_after_stopping_says_none(services: Services) -> None:
    reply = ask(services, "es", "suscríbeme a las noticias de Corea", "mejor cancela todo", "¿me queda alguna suscripción?")
    assert reply.answer == "my_alerts", reply.answer
    assert t("subs_current_none", "es") in reply.text


YES_TO_MENU = {
    "en": ("I'd like to get the alliance's news", "yes"),
    "es": ("Me gustaría recibir las novedades de la alianza", "sí"),
    "zh": ("以后有新公告麻烦推送给我", "要"),
    "ko": ("새 소식 오면 알려주세요", "네"),
}


@pytest.mark.parametrize("lang", sorted(YES_TO_MENU))
def test_yes_to_the_menu_with_nothing_on_asks_which(services: Services, lang: str) -> None:
    reply = ask(services, lang, *YES_TO_MENU[lang])
    assert reply.answer == "subscribe", reply.answer
    assert reply.text == t("subs_yes_pick", lang, all=t("subs_all_button", lang))
    assert any("sub" in (b.data or "") for row in reply.buttons for b in row)
