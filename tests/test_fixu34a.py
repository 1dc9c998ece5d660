"""Self-introductions and places of play34 (fixu34a), in the four languages:

- a long first message that opens with who the partner is ("we are a Nollywood outfit based in
  Lagos. What … casting day … and when is it?", "Our company is based in Seoul, and I am writing
  to ask about the Korea matchmaking session…") answers the event named, not another event nor
  out of scope: the partner's city is their place, never the subject;
- a city inside a longer phrase after an event's time ("and for my colleague in Mombasa?", "那我
  同事在迪拜呢", "그럼 제 동료 있는 두바이는요?") is the event's time there; an unknown place, bare
  ("and Kisumu?") or so said, asks its country, never out of scope;
- "¿y en Rosario qué hora es ahora allá?" asked of no event, a third city's clock (neither the
  studio's nor the partner's own), is no business of the studio's assistant: out of scope (fixQ16);
  the partner's own city ("aquí en Rosario", "here in Mombasa") is the clock in Hengdian and there;
- the writer's own country (and kind of company) in a self-introduction is where they are, not a
  filter: "브라질 제작사입니다. 파트너 중에 한국 회사 있나요?" lists the Korean partners;
- a city said with a question ("虛擬製片開放日是什麼時候？我人在首爾", "저 지금 LA에 있어요") is applied
  to that answer (Traditional characters too) and set as the zone, with no menu of 12 cities.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import lexicon
from tests.dialogue import new_chat, replies


@pytest.mark.parametrize(("lang", "line", "answer"), [
    ("en", ("Good morning, we are a Nollywood outfit based in Lagos. What exactly is the casting day for foreign "
           "actors about, and when is it?"), "event:international_sets_casting_day_2027"),
    ("en", ("Hello. Our company is based in Seoul, and I am writing to ask about the Korea matchmaking session. "
           "When and where will it take place?"), "event:korea_matchmaking_2027"),
    ("en", "Hi there, we're a small studio based out of Manila. When is the virtual production open day?",
     "event:virtual_stage_open_day_2027"),
    ("es", ("Hola, somos una productora de Lima y les escribo para preguntar por la Noche de Cine Latino. "
           "¿Cuándo es?"), "event:latin_film_night"),
    ("zh", "你好，我们是首尔的一家制作公司，想问一下中韩对接会是什么时候？", "event:korea_matchmaking_2027"),
    ("ko", "안녕하세요. 저희는 부산에 있는 제작사인데요, 한중 매칭 행사 일정 문의드립니다", "event:korea_matchmaking_2027"),
])
def test_the_event_asked_after_an_introduction(services: Services, lang: str, line: str, answer: str) -> None:
    reply = replies(services, lang, [line])[0]
    assert (reply.answer or "").startswith(answer), (reply.answer, reply.text)


def test_an_introduction_ends_at_its_own_stop() -> None:
    said, asked = lexicon.split_introduction(
        "Good morning, we are a Nollywood outfit based in Lagos. What is the casting day about, and when is it?")
    assert said.startswith("we are a Nollywood outfit") and asked.startswith("What is the casting day")
    said, _ = lexicon.split_introduction("Our company is based in Seoul, and I'm writing about the matchmaking. When is it?")
    assert said == "Our company is based in Seoul"


@pytest.mark.parametrize(("lang", "lines", "said"), [
    ("en", ["when is the casting day?", "and for my colleague in Mombasa?"], "Mombasa"),
    ("es", ["¿cuándo es el día de casting?", "¿y para mi socio en Rosario?"], "Rosario"),
    ("zh", ["开放日是什么时候？", "那我同事在迪拜呢"], "迪拜"),
    ("ko", ["버추얼 스테이지 오픈데이 언제예요?", "그럼 제 동료 있는 두바이는요?"], "두바이"),
])
def test_a_city_for_someone_after_an_events_time(services: Services, lang: str, lines: list[str], said: str) -> None:
    first, reply = replies(services, lang, lines)
    assert reply.answer == first.answer and (reply.answer or "").endswith("#date"), (reply.answer, reply.text)
    assert said in reply.text


@pytest.mark.parametrize(("lang", "lines", "said"), [
    ("en", ["when is the casting day?", "and Kisumu?"], "Kisumu"),
    ("en", ["when is the casting day?", "and for my colleague in Kisumu?"], "Kisumu"),
    ("es", ["¿cuándo es el día de casting?", "¿y Tandil?"], "Tandil"),
    ("zh", ["开放日是什么时候？", "那我同事在基苏木呢"], "基苏木"),
    ("ko", ["버추얼 스테이지 오픈데이 언제예요?", "그럼 제 동료 있는 키수무는요?"], "키수무"),
])
def test_an_unknown_place_after_an_events_time_asks_its_country(services: Services, lang: str, lines: list[str],
                                                                 said: str) -> None:
    reply = replies(services, lang, lines)[1]
    assert reply.answer == "clarify" and said in reply.text, (reply.answer, reply.text)


@pytest.mark.parametrize(("lang", "lines", "said"), [
    ("es", ["¿cómo llego desde Shanghái en tren?", "¿y aquí en Rosario qué hora es ahora?"], "Rosario"),
    ("en", ["what time is it now here in Mombasa?"], "Mombasa"),
])
def test_the_clock_now_in_the_partners_own_city(services: Services, lang: str, lines: list[str], said: str) -> None:
    reply = replies(services, lang, lines)[-1]
    assert reply.answer == "clock:now" and said in reply.text, (reply.answer, reply.text)


@pytest.mark.parametrize(("lang", "lines"), [
    ("es", ["¿cómo llego desde Shanghái en tren?", "¿y en Rosario qué hora es ahora allá?"]),
    ("en", ["what time is it now in Mombasa?"]),
])
def test_a_third_citys_clock_is_out_of_scope(services: Services, lang: str, lines: list[str]) -> None:
    # (fixQ16: the studio's clock, the partner's own or an event's are ours; a third city's is not)
    reply = replies(services, lang, lines)[-1]
    assert reply.answer == "out_of_scope", (reply.answer, reply.text)


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "Hi, we're a Brazilian studio. Do you have any partners in Korea?"),
    ("es", "Hola, somos una productora brasileña. ¿Tienen socios en Corea?"),
    ("zh", "你好，我们是巴西的制作公司。你们的伙伴里有韩国公司吗？"),
    ("ko", "안녕하세요, 브라질 제작사입니다. 파트너 중에 한국 회사 있나요?"),
])
def test_the_writers_own_country_is_no_filter(services: Services, lang: str, line: str) -> None:
    reply = replies(services, lang, [line])[0]
    assert reply.answer == "list:partners?country=KR", (reply.answer, reply.text)


def test_a_city_in_traditional_characters_beside_the_question(services: Services) -> None:
    reply = replies(services, "zh", ["虛擬製片開放日是什麼時候？我人在首爾"])[0]
    assert reply.answer == "event:virtual_stage_open_day_2027#date" and "10:30" in reply.text, reply.text


def test_a_city_inside_a_sentence_is_set_with_no_menu(services: Services) -> None:
    chat = new_chat()
    services.store.touch(chat, language_code="ko")
    reply = services.brain.reply_to_text(chat, "중남미 피칭 데이 언제예요? 저 지금 LA에 있어요", services.store.profile(chat))
    assert reply.answer.startswith("event:latam_pitch_day_2027") and "/timezone" not in reply.text, reply.text
    assert services.store.profile(chat).timezone == "America/Los_Angeles"
