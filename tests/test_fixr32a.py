"""Kinds of play32a's conversations (fixr32a), in the four languages where they apply:

- whether membership costs anything ("¿Tiene algún coste la membresía?", "is joining free?",
  "가입하려면 돈 드나요?", "会员要付费吗") is the fee gap with the Secretariat, never the join FAQ;
- "and in <place>?" after an event's time: a film-business city that is no tzdata city (Porto,
  Cebu) is in the aliases; a place in no list asks which country or zone it is in (the country
  said next gives the time there), never out of scope nor the help menu;
- a clear "how can we join?" keeps the join FAQ when the asker says who they are in words the
  bot does not know ("siendo una productora andaluza", "as an Andalusian outfit");
- a language said after a genre asked ("algo de romance?? en coreano", "any comedies? in Spanish
  please") is the works' language, a filter, unless a verb asks for the reply in it ("respóndeme
  en coreano", "reply in Korean");
- the language an event is held in ("is the session in English?", "¿la sesión es en inglés?",
  "推介会用什么语言进行？") is asked of the event named or in focus: its interpretation from the
  card, or not published with its contact; never a switch of the reply language.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from core.i18n import t
from intents.reply import Reply
from tests.dialogue import new_chat

SECRETARIAT_GAP = "gap:hisda_secretariat"


def replies(services: Services, lang: str, lines: list[str], **profile: str) -> list[Reply]:
    """Each line's reply, in one new chat."""
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    if profile.get("timezone"):
        services.store.set_timezone(chat, profile["timezone"])
    return [services.brain.reply_to_text(chat, line, services.store.profile(chat)) for line in lines]


@pytest.mark.parametrize(("lang", "line"), [
    ("es", "¿Tiene algún coste la membresía?"),
    ("es", "¿ser miembro tiene costo?"),
    ("es", "¿hay que pagar para entrar a la alianza?"),
    ("en", "is joining free?"),
    ("en", "is membership free?"),
    ("zh", "会员要付费吗"),
    ("ko", "회원 가입 비용 있나요?"),
    ("ko", "가입하려면 돈 드나요?"),
    ("ko", "회원은 유료인가요?"),
])
def test_whether_membership_costs_is_the_fee_gap(services: Services, lang: str, line: str) -> None:
    (reply,) = replies(services, lang, [line])
    assert reply.answer == SECRETARIAT_GAP, reply.text


CASTING = "event:international_sets_casting_day_2027#date"


@pytest.mark.parametrize(("lang", "first", "place", "city"), [
    ("en", "when is the casting day?", "and in Porto?", "Porto"),
    ("en", "when is the casting day?", "what about Cebu?", "Cebu"),
    ("es", "¿cuándo es el casting day?", "¿y en Cebú?", "Cebú"),
    ("zh", "选角日是什么时候？", "那波尔图呢", "波尔图"),
    ("ko", "캐스팅 데이 언제예요?", "포르투는요?", "포르투"),
])
def test_a_film_city_outside_tzdata_gives_the_time(services: Services, lang: str, first: str, place: str,
                                                   city: str) -> None:
    told, there = replies(services, lang, [first, place])
    assert told.answer == CASTING and there.answer == CASTING, there.text
    assert city in there.text


@pytest.mark.parametrize(("lang", "first", "place", "name", "country"), [
    ("en", "when is the casting day?", "and in Braga?", "Braga", "Portugal"),
    ("es", "¿cuándo es el casting day?", "¿y en Pasto?", "Pasto", "Colombia"),
    ("zh", "选角日是什么时候？", "那波尔多呢", "波尔多", "法国"),
    ("ko", "캐스팅 데이 언제예요?", "브라가는요?", "브라가", "포르투갈이요"),
])
def test_an_unknown_place_asks_its_country(services: Services, lang: str, first: str, place: str, name: str,
                                           country: str) -> None:
    _told, asked, answered = replies(services, lang, [first, place, country])
    assert asked.text == t("clock_place_unknown", lang, place=name) and asked.asks_city
    assert answered.answer == CASTING and ("—" in answered.text or "（" in answered.text), answered.text


@pytest.mark.parametrize(("lang", "line"), [
    ("es", "¿Cómo podemos unirnos siendo una productora andaluza?"),
    ("es", "¿Cómo me uno siendo un productor murciano independiente?"),
    ("en", "How can we join as an Andalusian outfit?"),
    ("zh", "我们是一家安达卢西亚的制片公司，怎么加入？"),
    ("ko", "안달루시아 제작사인데 어떻게 가입하나요?"),
])
def test_joining_said_with_unknown_words_keeps_the_join_faq(services: Services, lang: str, line: str) -> None:
    (reply,) = replies(services, lang, [line])
    assert reply.answer == "faq:join_alliance", reply.text


@pytest.mark.parametrize(("lang", "line", "key", "reply_lang"), [
    ("es", "algo de romance?? en coreano", "list:works?genre=romance&language=ko", "es"),
    ("es", "tienen microdramas de misterio?? en español porfa", "list:works?genre=mystery&language=es", "es"),
    ("en", "any comedies? in Spanish please", "list:works?genre=comedy&language=es", "en"),
    ("es", "algo de romance?? respóndeme en coreano", "list:works?genre=romance", "ko"),
    ("en", "reply in Korean please, any comedies?", "list:works?genre=comedy", "ko"),
])
def test_a_language_after_a_genre_is_the_works_language(services: Services, lang: str, line: str, key: str,
                                                        reply_lang: str) -> None:
    (reply,) = replies(services, lang, [line])
    assert reply.answer == key and reply.lang == reply_lang, reply.text


PITCH = "event:latam_pitch_day_2027"


@pytest.mark.parametrize(("lang", "first", "asked"), [
    ("en", "tell me about the pitch day for Latin American producers", "what language is the session held in?"),
    ("en", "tell me about the pitch day for Latin American producers", "is the pitch day in Spanish?"),
    ("es", "háblame de la jornada de pitch latinoamericana", "¿la sesión es en inglés?"),
    ("zh", "拉美推介会是什么时候？", "推介会用什么语言进行？"),
    ("ko", "피칭 데이 언제예요?", "피칭 데이는 어떤 언어로 진행되나요?"),
])
def test_an_events_language_is_told_from_its_card(services: Services, lang: str, first: str, asked: str) -> None:
    _card, told = replies(services, lang, [first, asked])
    assert told.answer == PITCH and told.lang == lang, told.text
    # (one language named is answered for it first, fixt33b: "Yes." for Spanish, "not published" for English)
    leads = (t("ev_language_told", lang, said=""), t("ev_detail_told", lang, said=""),
             t("ev_language_not_said", lang, language="", said="")[:4])
    assert told.text.startswith(leads) and any(w in told.text for w in ("interpret", "同传", "통역")), told.text


def test_an_events_language_not_published_is_the_gap_with_its_contact(services: Services) -> None:
    _card, told = replies(services, "en", ["tell me about the info session", "Is the session in English?"])
    assert told.answer.startswith("gap:") and told.lang == "en" and "Global Talent" in told.text, told.text
    assert "I'll answer in English" not in told.text
