"""Kinds of mistakes found by answers49 (fixE10), each in the languages it was seen to fail in:

- a thanks before an ordinal follow-up ("Cheers, thanks. And the third?", "好的，谢谢。那第一部呢？")
  keeps the fact asked of the list before (a thanks made the message look too long for one);
- chat and Caribbean English: dropped g ("comin", "shootin"), Brummie "ow bist, bab", Bajan
  "wunna" and "de" (the); "how long de episodes?" is an episode's length;
- help with the shoot asked is the shoot request procedure (its aliases in four languages);
- how to book a support (an incentive) is its `how_to_apply`, not the sign-up gap;
- a cost worry ("go broke", "nos vamos a arruinar", "把钱烧光", "돈 다 날리는") is the costs FAQ,
  and "Hollywood money" is a budget, no studio weighed against us;
- an event's ticket asked "roughly" stays that event's unpublished price; "¿a cuánto está…?"
  asks a price;
- "有几个是美国籍的" / "有几个美国人" says who is on the crew, no count of crews;
- Korean chat endings without a mark ("…있음", "…있어") ask a question;
- "韩国那边也一样" after subscribing subscribes to Korea's news too;
- a gym or streaming membership cancelled is off-topic, never our news.

The wordings are this file's own, not an answer set's."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import talk_patterns as talk


@pytest.mark.parametrize("lang,turns", [
    ("en", [("which family dramas do you have?", "list:works?genre=family"),
            ("how many episodes in the second one?", "work:*#episodes"),
            ("cheers, thanks. and the third?", "work:*#episodes")]),
    ("en", [("What historical dramas have you got?", "list:works?genre=historical"),
            ("The third one — what languages is it in?", "work:*#languages"),
            ("Lovely, thank you. And the first?", "work:*#languages")]),
    ("es", [("¿qué dramas históricos tienen?", "list:works?genre=historical"),
            ("El tercero, ¿en qué idiomas está?", "work:*#languages"),
            ("Genial, gracias. ¿Y el primero?", "work:*#languages")]),
    ("zh", [("有哪些古装剧？", "list:works?genre=historical"),
            ("第三部有哪些语言版本？", "work:*#languages"),
            ("好的，谢谢。那第一部呢？", "work:*#languages")]),
    ("ko", [("사극 뭐 있어요?", "list:works?genre=historical"),
            ("세 번째는 무슨 언어로 나와요?", "work:*#languages"),
            ("좋네요, 감사합니다. 첫 번째는요?", "work:*#languages")]),
])
def test_thanks_then_ordinal_keeps_the_fact(services: Services, lang, turns) -> None:
    talk(services, lang, turns)


@pytest.mark.parametrize("lang,turns", [
    ("en", [("what festivals y'all got comin up?", "list:events*")]),
    ("en", [("ow bist, bab? got any sets with a palace?", "list:locations?scene=palace")]),
    ("en", [("any of wunna titles in Korean?", "list:works?language=ko"),
            ("de second one, how long de episodes?", "work:*#episode_minutes")]),
])
def test_dialect_words(services: Services, lang, turns) -> None:
    talk(services, lang, turns)


@pytest.mark.parametrize("lang,say", [
    ("en", "how would we ask for help with our shoot?"),
    ("es", "¿cómo pedimos ayuda para la grabación?"),
    ("zh", "我们想申请拍摄协助，要怎么弄？"),
    ("ko", "촬영 도움을 요청하려면 어떻게 해요?"),
])
def test_help_with_the_shoot_is_the_request_procedure(services: Services, lang, say) -> None:
    talk(services, lang, [(say, "incentive:shoot_request_procedure*")])


@pytest.mark.parametrize("lang,say", [
    ("en", "how can we book the on-site services for our crew?"),
    ("es", "¿cómo reservamos los servicios in situ para el equipo?"),
    ("zh", "我们剧组怎么预订现场服务？"),
    ("ko", "현장 서비스 예약하려면 어떻게 해요?"),
])
def test_booking_a_support_is_how_to_apply(services: Services, lang, say) -> None:
    talk(services, lang, [(say, "incentive:on_site_services#how_to_apply")])


@pytest.mark.parametrize("lang,say", [
    ("en", "look, we don't have Hollywood money — will a shoot out there ruin a tiny outfit like ours?"),
    ("es", "no tenemos presupuesto de Hollywood, ¿grabar allá nos va a dejar en la ruina?"),
    ("zh", "我们是法国来的小团队，钱不多，去横店拍会不会把预算烧光？"),
    ("ko", "할리우드 예산은 없는데 거기서 찍으면 돈 다 날리는 거 아닌가요?"),
])
def test_cost_worry_is_the_costs_faq(services: Services, lang, say) -> None:
    talk(services, lang, [(say, "faq:costs")])


@pytest.mark.parametrize("lang,say", [
    ("en", "what's a seat at the Latin Film Night going to cost us, roughly?"),
    ("es", "¿a cuánto está la hora del plató de producción virtual?"),
    ("es", "¿a cómo sale la entrada de la Noche de Cine Latino?"),
])
def test_price_asked_roughly_stays_the_gap(services: Services, lang, say) -> None:
    talk(services, lang, [(say, "gap:*")])


@pytest.mark.parametrize("say", [
    "我们剧组有几个是德国籍的，来横店拍戏需要办什么签证？",
    "我们剧组里有几个英国人，过来横店拍片要办什么签证吗？",
])
def test_nationals_on_the_crew_ask_the_visa(services: Services, say) -> None:
    talk(services, "zh", [(say, "faq:visa")])


@pytest.mark.parametrize("say,language", [
    ("스페인어로나온작품있음", "es"),
    ("영어로 나온 작품 있어", "en"),
])
def test_korean_chat_ending_asks_the_titles(services: Services, say, language) -> None:
    talk(services, "ko", [(say, f"list:works?language={language}")])


def test_same_for_korea_after_subscribing_in_chinese(services: Services) -> None:
    talk(services, "zh", [("活动有新消息的话通知我一下", "subscribe*"),
                          ("韩国那边也一样吧", "subscribe:korea_news")])


@pytest.mark.parametrize("lang,say", [
    ("es", "¿y cómo cancelo la suscripción de Spotify?"),
    ("zh", "健身卡怎么退订？"),
    ("ko", "넷플릭스 구독 해지 어떻게 해요?"),
])
def test_own_membership_cancelled_is_off_topic(services: Services, lang, say) -> None:
    talk(services, lang, [(say, ["out_of_scope", "fallback", "gap:*"])])
