"""fixH (play38): events asked in passing, follow-ups on the event in focus, a city in a time
question.

- an event asked by a part of its name or a description, none in focus ("cuándo fue el
  intercambio transcultural", "有韩国的对接会吗？", "the next hisda event"): that event, not the
  alliance overview, a contact card or the whole list;
- the event in focus followed up without its name (who organises it, the time in Seoul, its
  calendar file);
- "what time is that in Los Angeles?": the partner's clock, never "No upcoming event is held in
  Los Angeles" (only "any events in Los Angeles?" filters by venue);
- a Korean "X라는 분은 없습니다": the particle never glued into the name, 이라는 after a final
  consonant.
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import fits, talk


@pytest.mark.parametrize(("lang", "said", "event"), [
    ("en", "when's the next hisda event and where is it??", "global_talent_info_session_2026"),
    ("en", "when is the next hengdian event?", "global_talent_info_session_2026"),
    ("es", "cuándo es el próximo evento de HISDA y dónde", "global_talent_info_session_2026"),
    ("es", "cuándo fue el intercambio transcultural", "cross_cultural_exchange_2025"),
    ("es", "¿cuándo es la noche de cine latino?", "latin_film_night*"),
    ("zh", "有韩国的对接会吗？", "korea_matchmaking_2027"),
    ("zh", "签约仪式是哪天？", "signing_ceremony_2025"),
    ("ko", "한국에서 하는 매칭 행사는 언제예요?", "korea_matchmaking_2027"),
    ("ko", "협약식은 언제였어요?", "signing_ceremony_2025"),
    ("en", "when was the signing thing?", "signing_ceremony_2025"),
])
def test_event_asked_by_part_of_its_name(services: Services, lang: str, said: str, event: str) -> None:
    talk(services, lang, [(said, f"event:{event}*")], fits)


@pytest.mark.parametrize(("lang", "first", "who", "clock", "ics"), [
    ("ko", "안녕하세요 헝뎬 영화제 언제 어디서 해요?", "주최는 누구예요?", "서울 시간으로 몇 시에 시작해요?", "캘린더 파일 보내주세요"),
    ("zh", "横店电影节什么时候？", "主办方是谁？", "首尔时间几点？", "日历文件发我"),
    ("es", "¿cuándo es el festival de cine de Hengdian?", "¿quién lo organiza?", "¿a qué hora es en Seúl?",
     "mándame el archivo de calendario"),
    ("en", "any news on the film festival? when and where", "who's organising it?", "what time is that in Seoul?",
     "calendar file please"),
])
def test_follow_ups_on_the_event_in_focus(services: Services, lang: str, first: str, who: str, clock: str,
                                          ics: str) -> None:
    eid = "hengdian_film_festival"
    talk(services, lang, [(first, [f"event:{eid}*", "faq:film_festival"]), (who, f"event:{eid}#organisers"), (clock, f"event:{eid}#date"),
                          (ics, [f"event:{eid}", f"ics:{eid}", f"calendar:{eid}"])], fits)


@pytest.mark.parametrize(("lang", "first", "clock"), [
    ("en", "when's the next hisda event and where is it??", "what time is that in Los Angeles?"),
    ("es", "¿cuándo es el próximo evento?", "¿a qué hora es eso en Los Ángeles?"),
    ("zh", "下一个活动是什么时候？", "洛杉矶几点？"),
    ("ko", "다음 행사는 언제예요?", "LA 시간으로 몇 시예요?"),
])
def test_clock_city_converts_the_event_in_focus(services: Services, lang: str, first: str, clock: str) -> None:
    talk(services, lang, [(first, "event:global_talent_info_session_2026*"),
                          (clock, "event:global_talent_info_session_2026#date")], fits)


@pytest.mark.parametrize(("lang", "first", "clock"), [
    ("en", "what events are coming up?", "what time is that in Los Angeles?"),
    ("en", "tell me about hisda", "what time is that in Los Angeles?"),
    ("es", "¿qué es HISDA?", "¿a qué hora es eso en Los Ángeles?"),
])
def test_clock_city_is_not_a_venue(services: Services, lang: str, first: str, clock: str) -> None:
    reply = talk(services, lang, [(first, "*"), (clock, "*")], fits)
    # (the city is a clock, never a venue: no "no event is held in Los Angeles"; after the events list
    # "that" is the soonest of them, its time there — fixA27)
    assert "held in Los Angeles" not in reply.text and "programado en Los Ángeles" not in reply.text, reply.text
    assert " in Los Angeles." not in reply.text.split("—")[0], reply.text
    assert ("Los Angeles" in reply.text) or ("Los Ángeles" in reply.text), reply.text


def test_venue_filter_still_lists_by_city(services: Services) -> None:
    reply = talk(services, "en", [("any events in Los Angeles?", "list:events*")], fits)
    assert "No upcoming event is held in Los Angeles" in reply.text


def test_korean_unknown_name_takes_the_right_particle(services: Services) -> None:
    reply = talk(services, "ko", [("김민준 누구예요?", "list:contacts")], fits)
    assert "김민준이라는 분" in reply.text, reply.text


def test_korean_fact_word_with_a_particle_is_no_name(services: Services) -> None:
    for said in ("주최는 누구예요?", "주관은 누구예요?"):
        reply = talk(services, "ko", [(said, "*")], fits)
        assert "라는 분" not in reply.text, reply.text
