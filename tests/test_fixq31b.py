"""Kinds of play32b's zh/ko conversations (fixq31b), in the four languages where they apply:

- the "an earlier edition (2025) was only proposed" clause is said once: the venue and "what
  time is that for me?" follow-ups about Latin Film Night answer only the 2027 edition;
- Latin America written 라틴 아메리카 / 라틴아메리카, 拉丁美洲, "Sudamérica", "South America" is
  the Latin American market: its events, not the Spanish-distribution FAQ;
- the city said after "which city are you in?" ("我在广州", "我在首爾", "Lima") finishes the time
  question: the event or the events listed in its time (a mainland city keeps Beijing time), not
  a zone-set note nor the card of an event held in that city;
- a yes/no about how an event is run ("拉美推介會有冇同聲傳譯？", "피칭 데이에 통역 있나요?") is
  answered first, from the description's own sentence; a detail it does not tell is not published,
  said with the event's contact.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from core.i18n import t
from tests.dialogue import replies, talk

PITCH = "event:latam_pitch_day_2027"
LATAM_EVENTS = "list:events?when=upcoming&market=latam_spanish_news"


def lapsed_words(lang: str) -> str:
    """A piece of the lapsed-proposal clause that no other sentence has."""
    return t("ev_earlier_lapsed", lang, date="").strip(" .。")[-8:]


@pytest.mark.parametrize(("lang", "lines"), [
    ("en", ["When is Latin Film Night?", "where is it?", "I'm in Mexico City, what time is that for me?"]),
    ("es", ["¿Cuándo es la Noche de Cine Latino?", "¿dónde es?", "estoy en Ciudad de México, ¿a qué hora es para mí?"]),
    ("zh", ["拉丁电影之夜是什么时候？", "地點在哪邊", "我現在人在墨西哥城，換算成我這邊是幾點？"]),
    ("ko", ["라틴 영화의 밤 언제예요?", "장소는 어디예요?", "저 지금 마드리드 출장 중인데 여기 시간으로 몇 시예요?"]),
])
def test_the_lapsed_proposal_is_said_once(services: Services, lang: str, lines: list[str]) -> None:
    first, venue, clock = replies(services, lang, lines)
    assert first.answer == "event:latin_film_night#date" and lapsed_words(lang) in first.text
    assert venue.answer == "event:latin_film_night#venue" and lapsed_words(lang) not in venue.text
    assert clock.answer == "event:latin_film_night#date" and lapsed_words(lang) not in clock.text


def test_a_resend_in_another_language_says_it_all(services: Services) -> None:
    *_, again = replies(services, "ko", ["라틴 영화의 밤 언제예요?", "장소는 어디예요?", "언제예요?", "영어로 보내주세요"])
    assert lapsed_words("en") in again.text


@pytest.mark.parametrize(("lang", "say"), [
    ("ko", "라틴 아메리카 관련 행사는 뭐가 있나요??"),
    ("ko", "라틴아메리카 쪽 행사 있어요?"),
    ("zh", "拉丁美洲相关的活动有哪些？"),
    ("es", "¿hay eventos sobre Sudamérica?"),
    ("en", "any events for South America?"),
])
def test_latin_america_in_other_words_is_the_market(services: Services, lang: str, say: str) -> None:
    talk(services, lang, [(say, LATAM_EVENTS)])


@pytest.mark.parametrize(("lang", "say"), [("ko", "라틴 아메리카에 배급할 수 있나요?"), ("zh", "能发行到拉丁美洲吗？")])
def test_distribution_to_latin_america_stays_the_faq(services: Services, lang: str, say: str) -> None:
    talk(services, lang, [(say, "faq:spanish_distribution")])


def test_a_mainland_city_after_which_city_gives_the_list_in_beijing_time(services: Services) -> None:
    *_, asked, city = replies(services, "zh", ["最近有什么活动？", "那是我这边几点？", "我在广州"])
    assert asked.text == t("clock_which_city", "zh")
    assert city.answer == "list:events?when=upcoming"
    assert city.text.startswith(t("clock_same_as_beijing", "zh", city="广州"))


@pytest.mark.parametrize(("lang", "lines", "shown"), [
    ("zh", ["請問你們有哪些活動？", "第二個幾點開始", "那是我這邊幾點？", "我在首爾"], "首尔时间为10:00–13:00"),
    ("ko", ["피칭 데이 언제예요?", "제 시간으로는 몇 시예요?", "부산이요"], "부산 시간 10:00~13:00"),
    ("es", ["¿Cuándo es el pitch day?", "¿y a qué hora es para mí?", "Estoy en Lima"], "20:00–23:00 en Lima"),
])
def test_the_city_after_which_city_finishes_the_time_question(services: Services, lang: str, lines: list[str],
                                                              shown: str) -> None:
    *_, city = replies(services, lang, lines)
    assert city.answer == f"{PITCH}#date" and shown in city.text


def test_a_chinese_city_after_which_city_says_it_keeps_beijing_time(services: Services) -> None:
    *_, city = replies(services, "en", ["When is the pitch day?", "what time is that for me?", "I'm in Shenzhen"])
    assert city.answer == f"{PITCH}#date"
    assert city.text.startswith(t("clock_same_as_beijing", "en", city="Shenzhen"))


def test_a_question_beside_the_city_is_not_the_time(services: Services) -> None:
    *_, city = replies(services, "zh", ["拉美推介会是什么时候？", "那是我这边几点？", "我在广州，签证怎么办？"])
    assert not (city.answer or "").startswith("event:")


@pytest.mark.parametrize(("lang", "say", "event", "told"), [
    ("zh", "拉美推介會有冇同聲傳譯？", PITCH, "提供西中同传。"),
    ("zh", "中韓對接會有冇翻譯？", "event:korea_matchmaking_2027", "每桌配备中韩翻译。"),
    ("ko", "피칭 데이에 통역 있나요?", PITCH, "스페인어–중국어 통역이 제공되며"),
    ("en", "Is there interpretation at the pitch day?", PITCH, "Spanish–Chinese interpretation."),
    ("es", "¿Habrá traducción en la jornada de pitch?", PITCH, "Habrá interpretación español–chino."),
])
def test_a_yes_no_about_an_event_detail_is_answered_first(services: Services, lang: str, say: str, event: str,
                                                          told: str) -> None:
    reply = talk(services, lang, [(say, event)])
    assert reply.text.startswith(t("ev_detail_told", lang, said=""))
    assert told in reply.text and len(reply.text) < 120
    assert any(b.data == f"v1|ev|{event[6:]}" for row in reply.buttons for b in row)  # the card behind its button


@pytest.mark.parametrize(("lang", "say"), [("en", "Will the Korea matchmaking be livestreamed?"),
                                           ("zh", "拉美推介会有没有直播？"), ("ko", "피칭 데이 녹화본 있나요?")])
def test_an_event_detail_not_published_is_said_with_its_contact(services: Services, lang: str, say: str) -> None:
    reply = talk(services, lang, [(say, "*")], fits=lambda e, got: (got or "").startswith(("gap:", "event:")))
    if (reply.answer or "").endswith("#venue"):
        # a stream of one held in person (fixwD2): that it is in person and no way to join online is
        # announced answers it
        online = t("ev_format_in_person", lang, name="\x00", venue="\x01").split("\x01")[1].strip(" 。.")
        assert online and online in reply.text, reply.text
    else:
        assert (reply.answer or "").startswith("gap:"), reply.answer
