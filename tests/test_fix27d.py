"""What partners found on round 27 (issue 7, fix27d), as kinds in four languages:

- another company's price or rates (a partner's or a rival's), or a comparison with another
  studio, is "we don't hold other companies' prices / can't compare", not that company's card nor
  our price desk as if it could tell; our own prices stay the honest gap;
- "the same for Korea" right after a subscription subscribes to that topic too (leaves it, after
  leaving one);
- a hand-off asked in words right after a subscription goes to the conversation's subject's team,
  the news topic's only when nothing else was talked about;
- "where is it?" of an event gone by, unconfirmed, with a next edition: where the next one is, then
  where the old one was to be; "where was it held?" keeps the old one first;
- a city set right after an event's answer restates that event's time in the new zone;
- whom to contact, asked beside other questions, is added to their answer, never in its place.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from core.i18n import t
from tests.dialogue import fits, talk


def _opening(key: str, lang: str) -> str:
    """The fixed words a message opens with, before its first placeholder."""
    return t(key, lang, name="\x00", who="\x00").split("\x00")[0]


# -- another company's price: not ours to quote or compare ------------------------------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "what does Reel-K charge for a licence?"),
    ("en", "how much does ShortMax pay per title?"),
    ("es", "¿cuánto cobra Reel-K por licenciar una serie?"),
    ("zh", "Reel-K的授权费一般多少钱？"),
    ("ko", "숏맥스는 편당 얼마 줘요?"),
])
def test_another_companys_price_is_not_ours_to_quote(services: Services, lang: str, text: str) -> None:
    reply = talk(services, lang, [(text, "gap:*")])
    assert reply.text.startswith(_opening("gap_other_prices", lang)), reply.text


@pytest.mark.parametrize(("lang", "text"), [
    ("ko", "샹산 촬영기지보다 헝뎬이 더 싸요?"),
    ("ko", "다른 촬영기지 대여료랑 비교하면 어때요?"),
])
def test_a_rival_base_named_in_korean_is_no_comparison_we_make(services: Services, lang: str, text: str) -> None:
    reply = talk(services, lang, [(text, "gap:*")])
    assert reply.text.startswith(_opening("gap_compare", lang)[:12]), reply.text


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "how much is a day on the Qin palace set?"),
    ("es", "¿cuánto cuesta un día en el palacio Qin?"),
])
def test_our_own_price_stays_the_price_gap(services: Services, lang: str, text: str) -> None:
    reply = talk(services, lang, [(text, "gap:*")])
    assert not reply.text.startswith(_opening("gap_other_prices", lang)), reply.text


# -- "the same for Korea" after a subscription ------------------------------------------------------
@pytest.mark.parametrize(("lang", "first", "again"), [
    ("en", "subscribe me to incentive news", "same for Korea please"),
    ("es", "suscríbeme a las novedades de incentivos", "lo mismo para Corea"),
    ("zh", "订阅扶持政策的消息", "韩国的也订上"),
    ("ko", "인센티브 소식 구독해 주세요", "한국 것도 부탁해요"),
])
def test_the_same_for_a_market_after_subscribing_subscribes_it(services: Services, lang: str, first: str,
                                                               again: str) -> None:
    reply = talk(services, lang, [(first, ("subscribe", "subscribe:incentives")), (again, ("subscribe", "subscribe:korea_news"))],
                 fits=fits)
    assert any(b.data == "v1|sub|korea_news" and b.label.startswith("✅") for row in reply.buttons for b in row)


# -- a hand-off after a subscription: the conversation's subject --------------------------------------
@pytest.mark.parametrize(("lang", "turns", "news_team"), [
    ("es", ["¿qué es el Programa Global de Talento?", "suscríbeme a las noticias de Latinoamérica",
            "quiero hablar con una persona"], False),
    ("en", ["when is the talent program info session?", "subscribe me to Latin America news",
            "can I talk to a human?"], False),
    ("es", ["suscríbeme a las noticias de Latinoamérica", "quiero hablar con una persona"], True),
])
def test_a_person_after_a_subscription_is_the_subjects_team(services: Services, lang: str, turns: list[str],
                                                            news_team: bool) -> None:
    expected = ["*"] * (len(turns) - 1) + ["handoff"]
    reply = talk(services, lang, list(zip(turns, expected, strict=True)), fits)
    assert ("partners@dalynn.example.com" in reply.text) is news_team, reply.text


# -- where is it: the next edition of an event gone by ----------------------------------------------
@pytest.mark.parametrize(("lang", "text", "venue"), [
    ("en", "where's Latin Film Night?", "screening venue to be announced"),
    ("es", "¿en dónde va a ser la Noche de Cine Latino?", "sala por confirmar"),
    ("zh", "拉丁电影之夜在哪儿举行？", "放映场地待定"),
    ("ko", "라틴 영화의 밤 장소가 어디예요?", "상영관 추후 공지"),
])
def test_where_of_a_lapsed_event_is_its_next_edition_first(services: Services, lang: str, text: str,
                                                          venue: str) -> None:
    reply = talk(services, lang, [(text, "event:latin_film_night*")], fits)
    first = reply.text.split("。")[0].split(". ")[0]
    assert venue in first, reply.text


def test_where_was_it_held_keeps_the_edition_gone_by_first(services: Services) -> None:
    reply = talk(services, "en", [("where was Latin Film Night held?", "event:latin_film_night*")], fits)
    assert "screening venue to be announced" not in reply.text.split(". ")[0]


# -- a city set after an event: that event's time in the new zone ------------------------------------
@pytest.mark.parametrize(("lang", "ask", "city", "shown"), [
    ("es", "¿cuándo es la sesión informativa del programa de talento?", "vivo en Lima", "Lima"),
    ("en", "when's the latam pitch day?", "I'm in Mexico City", "Mexico City"),
    ("zh", "人才计划说明会什么时候？", "我在新加坡", "新加坡"),
    ("ko", "라틴 피칭 데이 언제예요?", "저는 멕시코시티에 있어요", "멕시코 시티"),
])
def test_a_city_set_after_an_event_restates_its_time(services: Services, lang: str, ask: str, city: str,
                                                     shown: str) -> None:
    reply = talk(services, lang, [(ask, "event:*"), (city, "pref:timezone")], fits)
    lines = reply.text.rstrip().split("\n")
    assert len(lines) > 1 and lines[-1].startswith("<b>"), reply.text  # a line of its own under the confirmation
    assert shown in lines[-1] and ("–" in lines[-1] or "~" in lines[-1]), reply.text  # the hours, in the new city


# -- whom to contact beside other questions: added, never instead ------------------------------------
@pytest.mark.parametrize(("lang", "text", "expect", "email"), [
    ("en", "when's the pitch day for latin american producers and who should we contact?",
     "event:latam_pitch_day_2027*", "partners@dalynn.example.com"),
    ("es", "¿cuándo es la sesión informativa del programa de talento y a quién le escribo?",
     "event:global_talent_info_session_2026*", "international.business@example.com"),
    ("zh", "人才计划说明会是哪天？找谁？", "event:global_talent_info_session_2026*", "international.business@example.com"),
    ("ko", "라틴 피칭 데이는 언제예요? 누구한테 문의하면 돼요?", "event:latam_pitch_day_2027*",
     "partners@dalynn.example.com"),
    ("en", "how do we become members of the alliance, what does membership cost and who do we write to?",
     "faq:join_alliance", "secretariat@hisda.example.com"),
    ("es", "¿cómo entramos a la alianza, cuánto cuesta y con quién hablamos?", "faq:join_alliance",
     "secretariat@hisda.example.com"),
])
def test_whom_to_contact_is_added_to_the_answer(services: Services, lang: str, text: str, expect: str,
                                                email: str) -> None:
    reply = talk(services, lang, [(text, expect)], fits)
    assert reply.text.count(email) == 1, reply.text
    assert reply.text.count("🕘") == 1, reply.text
