"""What partners found on round 35 (fixwD), as kinds in four languages:

- a price gap names the right contact: a rival's price, unnamed ("경쟁사 촬영장 가격은",
  "其他影视基地多少钱"), is "we don't hold other companies' prices", never our own price gap nor
  the rights holder of the title talked about before; a set's rental price goes to the sets' team
  even right after another team's contact was shown; a title's price stays its rights holder's.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from core.i18n import t
from tests.dialogue import fits, talk


def _opening(key: str, lang: str) -> str:
    """The fixed words a message opens with, before its first placeholder."""
    return t(key, lang, who="\x00").split("\x00")[0]


# -- a rival's price, unnamed: not ours to quote ---------------------------------------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "what do your competitors charge for a stage?"),
    ("en", "how much do other companies charge to rent a stage in Hengdian?"),
    ("es", "¿y otras empresas cuánto cobran por un plató?"),
    ("zh", "其他影视基地多少钱"),
    ("zh", "竞争对手的报价是多少"),
    ("ko", "경쟁사 촬영장 가격은 얼마예요"),
])
def test_a_rivals_price_is_not_ours_to_quote(services: Services, lang: str, text: str) -> None:
    reply = talk(services, lang, [(text, "gap:international_business")])
    assert reply.text.startswith(_opening("gap_rival_prices", lang)), reply.text


@pytest.mark.parametrize(("lang", "turns"), [
    ("zh", ["御前钟表匠", "这部的价格呢", "那另一家影视公司在横店租棚多少钱你们知道不"]),
    ("ko", ["御前钟表匠", "다른 회사들은 촬영장 대여료가 얼마예요"]),
])
def test_a_rivals_price_carries_no_rights_holder_over(services: Services, lang: str, turns: list[str]) -> None:
    reply = talk(services, lang, [(say, "*") for say in turns], fits=fits)
    assert reply.answer == "gap:international_business", reply.answer
    assert reply.text.startswith(_opening("gap_rival_prices", lang)), reply.text


# -- a set's rental price: the sets' team, whoever was shown before ---------------------------------
@pytest.mark.parametrize(("lang", "first", "price"), [
    ("es", "¿qué incentivos hay y con quién hablo de eso?", "¿cuánto cuesta alquilar un set por día?"),
    ("en", "who do I talk to about incentives?", "how much to rent a set per day?"),
    ("zh", "补贴找谁", "租一个景一天多少钱"),
    ("ko", "인센티브는 누구한테 물어봐요", "세트 하루 대여료는요"),
])
def test_a_set_rental_price_goes_to_the_sets_team(services: Services, lang: str, first: str, price: str) -> None:
    talk(services, lang, [(first, "*"), (price, "gap:international_business")], fits=fits)


@pytest.mark.parametrize(("lang", "turns"), [
    ("en", ["what's the membership fee", "The Emperor's Clockmaker", "what's the price for it?"]),
    ("zh", ["会费多少", "御前钟表匠", "这部的价格呢"]),
])
def test_a_titles_price_stays_its_rights_holders(services: Services, lang: str, turns: list[str]) -> None:
    talk(services, lang, [(say, "*") for say in turns[:-1]] + [(turns[-1], "gap:dalynn_studio")], fits=fits)


# -- a sub-event said in words, and watching it from afar -------------------------------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("ko", "헝뎬 영화제 기간 중 라틴 관련 상영회가 있다던데 그거 몇 시에 해요?"),
    ("en", "when is the Latin screening night during the festival?"),
    ("zh", "电影节期间的拉美电影之夜几点开始"),
    ("es", "¿a qué hora es la proyección latina durante el festival?"),
])
def test_a_sub_event_in_words_is_that_event_not_its_festival(services: Services, lang: str, text: str) -> None:
    talk(services, lang, [(text, "event:latin_film_night_2027#date")], fits=fits)


def test_the_festival_with_latin_producers_is_still_the_festival(services: Services) -> None:
    reply = talk(services, "en", [("can Latin American producers come to the festival?", "*")], fits=fits)
    assert not (reply.answer or "").startswith("event:latin_film_night"), reply.answer


@pytest.mark.parametrize(("lang", "first", "afar"), [
    ("en", "when is Latin Film Night 2027?", "can I watch it from New York?"),
    ("en", "when is Latin Film Night 2027?", "is there a livestream?"),
    ("es", "¿cuándo es la Noche de Cine Latino 2027?", "¿se puede ver desde Nueva York?"),
    ("zh", "2027拉丁电影之夜是什么时候", "在纽约能看吗"),
    ("ko", "2027 라틴 영화의 밤 언제예요?", "뉴욕에서 볼 수 있나요"),
])
def test_watching_from_a_city_asks_online_or_in_person(services: Services, lang: str, first: str, afar: str) -> None:
    talk(services, lang, [(first, "*"), (afar, "event:latin_film_night_2027#venue")], fits=fits)


def test_watching_from_a_city_said_with_the_time_is_no_events_filter(services: Services) -> None:
    text = "헝뎬 영화제 기간 중 라틴 관련 상영회가 있다던데 그거 몇 시에 해요? 뉴욕에서 볼 수 있나요"
    reply = talk(services, "ko", [(text, "event:latin_film_night_2027#date")], fits=fits)
    assert "뉴욕에서 열리는" not in reply.text and "오프라인" in reply.text, reply.text


# -- a hand-off that names a team: the contact whose role is that team's work -----------------------
@pytest.mark.parametrize(("lang", "first", "ask"), [
    ("en", "what is the vertical short drama operations center?", "can u put me thru to someone in distribution"),
    ("es", "¿qué incentivos hay?", "¿Me pueden conectar con alguien de distribución?"),
    ("zh", "补贴找谁", "我想找发行的负责人聊聊"),
    ("ko", "인센티브는 누구한테 물어봐요", "배급 담당자와 연결해 주세요"),
])
def test_a_handoff_to_a_named_team_goes_to_its_contact(services: Services, lang: str, first: str, ask: str) -> None:
    reply = talk(services, lang, [(first, "*"), (ask, "handoff")], fits=fits)
    assert reply.handoff == "dalynn_studio", reply.handoff
