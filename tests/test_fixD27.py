"""fixD27: play36's wrong turns, part 2 (playkit36/report.md), each turn as the partner said it
and one more wording per language, the clock at the play's "now" (Tue 8 Dec 2026, Beijing):

- "행사 알려줘", "dime los eventos", "告诉我活动": the events listed, not subscribed to (only ones to
  come, "행사 있으면 알려 줘", are their news);
- a formal request for a person ("Les agradecería que me pusieran en contacto con una persona del
  equipo", "請安排貴團隊同仁與我聯繫") opens the hand-off;
- letters: "We would like to enquire whether the Alliance accepts foreign members" is a question
  (no inquiry form); a co-production with the Alliance asked as possible and its requirements is the
  co-production FAQ, not the partners' list or the incentives;
- a clock asked in the same sentence ("in UK time please", "首尔时间几点，北京时间呢");
- events: a month of next year, "¿y este jueves?", "다음 달" after a set, "내년 4월에 서울에서 하는 거"
  with December's session in focus, and "the next one" after an empty day is after that day;
- "what was filmed at the Qin one" after a list of sets, "秦王宫拍过什么戏".
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from bot.context import Services
from intents.handoff_words import asks_for_person
from intents.inquiry_words import wants_inquiry
from tests.dialogue import replies

PLAY_NOW = datetime(2026, 12, 8, 0, 5, tzinfo=UTC)  # Tue 8 Dec 2026, 08:05 in Beijing


@pytest.fixture
def december(services: Services) -> Iterator[Services]:
    """The shared services with the Brain's clock at play36's "now", put back after the test."""
    before = services.brain.clock
    services.brain.clock = lambda: PLAY_NOW
    try:
        yield services
    finally:
        services.brain.clock = before


def last(services: Services, lang: str, *lines: str):
    return replies(services, lang, list(lines))[-1]


@pytest.mark.parametrize(("lang", "text"), [
    ("ko", "행사 알려줘"),
    ("ko", "이벤트 알려 주세요"),
    ("es", "dime los eventos"),
    ("zh", "告诉我活动"),
    ("en", "tell me about your events"),
])
def test_tell_me_the_events_lists_them(december: Services, lang: str, text: str) -> None:
    assert last(december, lang, text).answer.startswith("list:events")


def test_events_to_come_are_still_their_news(december: Services) -> None:
    assert last(december, "ko", "행사 있으면 알려 줘").answer == "subscribe:events"


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Les agradecería que me pusieran en contacto con una persona del equipo."),
    ("es", "Les ruego que me pongan en contacto con un responsable."),
    ("zh", "請安排貴團隊同仁與我聯繫，謝謝。"),
    ("en", "I would be grateful if you could put me in touch with a member of your team."),
    ("ko", "팀 담당자분과 연결해 주시면 감사하겠습니다."),
])
def test_a_formal_request_for_a_person_opens_the_handoff(december: Services, lang: str, text: str) -> None:
    assert asks_for_person(text)
    reply = last(december, lang, text)
    assert reply.answer.partition(":")[0] == "handoff" and reply.handoff is not None


LETTER_EN = ("Dear Sir or Madam, I am writing on behalf of Northlight Pictures Ltd. We would like to enquire "
             "whether the Alliance accepts foreign members and, if so, what the procedure is. Kind regards, Fiona Hale")


@pytest.mark.parametrize("text", [LETTER_EN, "I would like to inquire about the procedure for joining the Alliance."])
def test_a_letter_enquiring_opens_no_form(text: str) -> None:
    assert wants_inquiry(text) is None


def test_a_wish_to_join_still_opens_the_form() -> None:
    assert wants_inquiry("We would like to join the Alliance.") == "join_alliance"


def test_the_membership_letter_gets_the_way_in(december: Services) -> None:
    assert last(december, "en", LETTER_EN).answer == "faq:join_alliance"


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Estimados señores: Me dirijo a ustedes en nombre de Tramuntana Films (Barcelona). Quisiéramos saber si "
           "es posible coproducir una serie vertical con la Alianza y qué requisitos hay. Atentamente, Montserrat Puig"),
    ("es", "¿Es posible coproducir una serie vertical con la Alianza? ¿Qué requisitos hay?"),
    ("en", "We would like to know whether it is possible to co-produce a vertical series with the Alliance and what "
           "the requirements are."),
    ("zh", "我们想了解是否可以与联盟合拍一部竖屏短剧，有哪些要求？"),
    ("ko", "연맹과 세로형 숏드라마를 공동제작할 수 있는지, 요건이 무엇인지 알고 싶습니다."),
])
def test_a_coproduction_with_the_alliance_is_its_faq(december: Services, lang: str, text: str) -> None:
    reply = last(december, lang, text)
    assert reply.answer == "faq:coproduce_catalog_title"
    assert "Incentivos para" not in reply.text and "Socios y miembros" not in reply.text


def test_uk_time_in_the_same_sentence(december: Services) -> None:
    reply = last(december, "en", "What is the Global Talent Program?",
                 "When is its intake information session, in UK time please?")
    assert reply.answer == "event:global_talent_info_session_2026#date"
    assert "12:00–13:00" in reply.text


@pytest.mark.parametrize(("lang", "lines", "beijing"), [
    ("zh", ["换个话题，明年四月的对接会在哪里办", "首尔时间几点，北京时间呢"], "13:00–17:00"),
    ("en", ["when is the Korea matchmaking, Seoul time and Beijing time?"], "13:00–17:00"),
    ("es", ["¿a qué hora es el encuentro de Corea en hora de Seúl y en hora de Pekín?"], "13:00–17:00"),
    ("ko", ["한중 매칭 행사 서울 시간이랑 베이징 시간으로 몇 시예요?"], "13:00~17:00"),
])
def test_two_clocks_asked_in_one_sentence(december: Services, lang: str, lines: list[str], beijing: str) -> None:
    reply = last(december, lang, *lines)
    assert reply.answer == "event:korea_matchmaking_2027#date"
    assert "14:00" in reply.text and beijing in reply.text


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "¿qué eventos hay en octubre del año que viene?"),
    ("en", "what events are there in October next year?"),
    ("zh", "明年十月有什么活动"),
    ("ko", "내년 10월에 행사 있어요?"),
])
def test_a_month_of_next_year(december: Services, lang: str, text: str) -> None:
    reply = last(december, lang, text)
    assert reply.answer == "list:events?when=upcoming&month=10&year=2027"
    assert len(reply.items) == 2  # the film festival and Latin Film Night, both October 2027


@pytest.mark.parametrize(("lang", "lines"), [
    ("en", ["lol ok. anything on a friday?"]),
    ("ko", ["다음 주 금요일은요?"]),
    ("es", ["¿qué hay la semana que viene?"]),
    ("zh", ["我们下周四到横店，那天有什么活动吗"]),
])
def test_the_next_one_is_after_the_days_asked(december: Services, lang: str, lines: list[str]) -> None:
    reply = last(december, lang, *lines)
    assert reply.items == ["event:latam_pitch_day_2027"]  # not Thursday 10 December's session


@pytest.mark.parametrize(("lang", "lines"), [
    ("es", ["¿qué hay la semana que viene?", "¿y este jueves?"]),
    ("zh", ["下周有活动吗", "那这周四呢？"]),
    ("ko", ["다음 주에 행사 있어요?", "이번 주 목요일은요?"]),
    ("en", ["anything next week?", "and this Thursday?"]),
])
def test_this_thursday(december: Services, lang: str, lines: list[str]) -> None:
    assert last(december, lang, *lines).items == ["event:global_talent_info_session_2026"]


@pytest.mark.parametrize(("lang", "lines"), [
    ("ko", ["주제 바꿔서, 헝뎬에 조선 시대 배경 세트도 있나요?", "그럼 외국 배경 세트는요?", "다음 달 행사 있어요?"]),
    ("ko", ["그럼 외국 배경 세트는요?", "다음 달에 행사 있나요?"]),
    ("en", ["are the international sets built yet?", "any events next month?"]),
])
def test_next_month_after_a_set(december: Services, lang: str, lines: list[str]) -> None:
    assert last(december, lang, *lines).answer == "list:events?when=upcoming&month=1&year=2027"


@pytest.mark.parametrize(("lang", "lines"), [
    ("ko", ["이번 주에 행사 있어요?", "내년 4월에 서울에서 하는 거 있죠?"]),
    ("en", ["anything this week?", "there's one in Seoul next April, right?"]),
    ("es", ["¿hay algo esta semana?", "¿hay uno en Seúl en abril del año que viene, verdad?"]),
    ("zh", ["这周有活动吗", "明年四月在首尔有一场吧？"]),
])
def test_another_month_there_is_that_event(december: Services, lang: str, lines: list[str]) -> None:
    assert last(december, lang, *lines).answer.startswith("event:korea_matchmaking_2027")


@pytest.mark.parametrize(("lang", "lines"), [
    ("en", ["what sets do you have for a wuxia shoot?", "and what was filmed at the Qin one"]),
    ("zh", ["有什么适合拍武侠的景？", "秦王宫拍过什么戏？"]),
])
def test_what_was_filmed_at_a_set(december: Services, lang: str, lines: list[str]) -> None:
    assert last(december, lang, *lines).answer == "location:qin_palace#built"


def test_the_song_one_of_the_sets_listed(december: Services) -> None:
    reply = last(december, "en", "what sets do you have for a wuxia shoot?", "where is the Song one?")
    assert reply.answer == "location:qingming_riverside#address"
