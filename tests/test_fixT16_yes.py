"""fixT16 (play23 kind 11): a short yes in words to what the last answer offered.

After a title's terms ("not published; agreed with: <team>") or an honest gap naming a team, "yes",
"yes please", "sí", "dale, sí", "要", "要的，麻烦了", "네", "네 부탁해요" is that team (what the 🙋
button under it does), not "outside what I can help with" nor "didn't catch that"; right after a
subscription, "yes" / "sí, esa" / "对" / "응" says what the partner now receives (done already). An
"ok" / "好的" alone stays a plain acknowledgement, and a yes after an event card stays as it was."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import new_chat


def said(services: Services, lang: str, lines: list[str]):
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    return [services.brain.reply_to_text(chat, line, services.store.profile(chat)) for line in lines]


TERMS = [
    ("en", "can we license Blade and Blossom?", "yes", "international_business"),
    ("en", "is Grandma 2.0 open for licensing?", "yes please", "vertical_short_drama_center"),
    ("es", "¿se puede licenciar Espada y flor?", "sí", "international_business"),
    ("es", "¿Abuela 2.0 está disponible para licencia?", "dale, sí porfa", "vertical_short_drama_center"),
    ("zh", "剑与花可以买版权吗？", "要", "international_business"),
    ("zh", "奶奶2.0可以授權嗎？", "要的，麻烦了", "vertical_short_drama_center"),
    ("ko", "검과 꽃 판권 살 수 있어요?", "네", "international_business"),
    ("ko", "할머니 2.0 라이선스 가능해?", "응 연결해 줘", "vertical_short_drama_center"),
]


@pytest.mark.parametrize("lang,ask,yes,team", TERMS)
def test_yes_after_a_titles_terms_is_its_team(services: Services, lang, ask, yes, team) -> None:
    terms, reply = said(services, lang, [ask, yes])
    assert (terms.answer or "").endswith("#coproduction"), terms.answer
    assert reply.handoff == team, (reply.answer, reply.text)


@pytest.mark.parametrize("lang,ask,yes", [
    ("en", "how much is a hotel room near the studios?", "yes"),
    ("es", "¿cuánto cuesta un hotel cerca de los estudios?", "sí por favor"),
    ("zh", "片场附近的酒店多少钱一晚？", "需要"),
    ("ko", "스튜디오 근처 호텔 1박에 얼마예요?", "네 부탁해요"),
])
def test_yes_after_a_gap_naming_a_team_is_that_team(services: Services, lang, ask, yes) -> None:
    gap, reply = said(services, lang, [ask, yes])
    assert (gap.answer or "").startswith("gap:"), gap.answer
    assert reply.handoff == gap.answer.partition(":")[2], (reply.answer, reply.text)


@pytest.mark.parametrize("lang,ask,yes,topic", [
    ("en", "subscribe me to korea news", "yes", "Korea news"),
    ("es", "suscríbeme a las noticias de Latinoamérica", "sí, esa", "Noticias de América Latina"),
    ("zh", "帮我订阅片单更新", "对", "片单"),
    ("ko", "한국 소식 구독할래", "응", "한국"),
])
def test_yes_right_after_a_subscription_says_what_they_receive(services: Services, lang, ask, yes, topic) -> None:
    done, reply = said(services, lang, [ask, yes])
    assert (done.answer or "").startswith("subscribe"), done.answer
    assert reply.answer == "subscribe" and reply.handoff is None, reply.answer
    assert topic in reply.text.split("\n\n")[0], reply.text


@pytest.mark.parametrize("lang,ask,ok", [("en", "can we license Blade and Blossom?", "ok"),
                                         ("zh", "剑与花可以买版权吗？", "好的"),
                                         ("en", "when is the casting day?", "yes"),
                                         ("es", "¿cuándo es el día de casting?", "sí")])
def test_an_ok_or_a_yes_to_no_single_offer_hands_nothing_off(services: Services, lang, ask, ok) -> None:
    _, reply = said(services, lang, [ask, ok])
    assert reply.handoff is None, reply.answer


@pytest.mark.parametrize("lang,lines", [
    ("es", ["¿cuánto cuesta un hotel cerca de los estudios?", "vale, vuelvo al español. ¿me suscribes a las noticias de Corea?", "sí, esa"]),
    ("en", ["how much is a hotel room near the studios?", "ok, subscribe me to korea news", "yes"]),
    ("en", ["how much is a hotel room near the studios?", "thanks!", "yes"]),
])
def test_yes_agrees_to_the_last_answer_not_an_older_gap(services: Services, lang, lines) -> None:
    *_, reply = said(services, lang, lines)
    assert reply.handoff is None, (reply.answer, reply.text)
