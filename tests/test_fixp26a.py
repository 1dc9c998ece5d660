"""Kinds found by a tester playing partners through the Telegram stub (play26, issue 7), each in
the four languages:

- the events after the one in focus asked of all of them with a noun ("what events are coming up
  after that?", "¿qué eventos hay después de ese?", "那之后还有哪些活动", "그 다음엔 어떤 행사
  있어요?"), a reminder set in between or not: the calendar from the one after it, never the
  card of the one in focus again;
"""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import fits, talk

PITCH = "event:latam_pitch_day_2027"
EVENTS = "list:events*"


# -- the events after the one in focus, after a reminder ------------------------------------------
ASK_PITCH = {"en": "what date is the pitch day for Latin American producers?",
             "es": "¿qué fecha es la jornada de pitch para productores latinoamericanos?",
             "zh": "拉美制片人提案日是哪天？", "ko": "중남미 제작자 피칭 데이는 며칠이에요?"}
REMIND = {"en": "set a reminder for it", "es": "ponme un recordatorio", "zh": "到时候提醒我一下", "ko": "알림 설정해 주세요"}


@pytest.mark.parametrize(("lang", "then"), [
    ("en", "which events are on after that one?"), ("en", "any other events coming up after it?"),
    ("es", "¿qué eventos hay después de ese?"), ("es", "¿y qué otros eventos vienen luego?"),
    ("zh", "那之后还有哪些活动？"), ("zh", "后面还有什么活动"),
    ("ko", "그 다음엔 어떤 행사 있어요?"), ("ko", "그 뒤로는 무슨 행사 있어요?"),
])
@pytest.mark.parametrize("remind", [True, False])
def test_events_after_the_one_in_focus_start_after_it(services: Services, lang: str, then: str, remind: bool) -> None:
    turns = [(ASK_PITCH[lang], f"{PITCH}*")] + ([(REMIND[lang], f"{PITCH}*")] if remind else []) + [(then, EVENTS)]
    reply = talk(services, lang, turns, fits)
    assert PITCH not in reply.items and "event:global_talent_info_session_2026" not in reply.items
    assert reply.items[0] == "event:korea_matchmaking_2027"


# -- a reminder or calendar file of an event held, with no edition to come -------------------------
SIGNING = "event:signing_ceremony_2025"


@pytest.mark.parametrize(("lang", "ask", "held", "none_next"), [
    ("en", "can you remind me about the signing ceremony?", "18 February 2025", "No next edition has been announced"),
    ("en", "add the signing ceremony to my calendar", "18 February 2025", "No next edition has been announced"),
    ("es", "avísame cuando sea la ceremonia de firma", "18 de febrero de 2025", "no se ha anunciado una próxima edición"),
    ("es", "mándame el archivo de calendario de la ceremonia de firmas", "18 de febrero de 2025", "próxima edición"),
    ("zh", "签约仪式开始前提醒我一下", "2025年2月18日", "还没有公布下一届"),
    ("zh", "把签约仪式加到我的日历", "2025年2月18日", "还没有公布下一届"),
    ("ko", "협약식 하기 전에 알려 주세요", "2025년 2월 18일", "아직 발표되지 않았습니다"),
    ("ko", "협약식 일정 캘린더에 추가해 주세요", "2025년 2월 18일", "아직 발표되지 않았습니다"),
])
def test_an_event_held_with_none_to_come_is_said_for_a_reminder(services: Services, lang: str, ask: str,
                                                                 held: str, none_next: str) -> None:
    reply = talk(services, lang, [(ask, f"{SIGNING}*")], fits)
    assert held in reply.text and none_next in reply.text
    assert reply.document is None
    datas = [b.data for row in reply.buttons for b in row]
    assert "v1|evs|up" in datas and "v1|subs" in datas and not any(d.startswith("v1|rem|") for d in datas)


@pytest.mark.parametrize(("lang", "ask", "none_next"), [
    ("en", "will there be another signing ceremony next year?", "No next edition"),
    ("es", "¿habrá otra ceremonia de firmas el año que viene?", "próxima edición"),
    ("zh", "签约仪式明年还办吗", "还没有公布下一届"),
    ("ko", "협약식 내년에도 또 해요?", "아직 발표되지 않았습니다"),
])
def test_a_next_one_asked_of_an_event_held_says_none_is_announced(services: Services, lang: str, ask: str,
                                                                  none_next: str) -> None:
    reply = talk(services, lang, [(ask, f"{SIGNING}*")], fits)
    assert none_next in reply.text


# -- a fact asked beside the calendar file or a reminder: the fact first, then the action ----------
MATCH = "event:korea_matchmaking_2027"
OPEN_DAY = "event:virtual_stage_open_day_2027"


@pytest.mark.parametrize(("lang", "ask", "said"), [
    ("en", "what day is the virtual production open day? and send me the .ics", "20 May 2027"),
    ("es", "¿qué día es la jornada de puertas abiertas de producción virtual? pásame el archivo de calendario", "20 de mayo de 2027"),
    ("zh", "虚拟制片开放日是几号？把日历文件发给我", "2027年5月20日"),
    ("ko", "버추얼 프로덕션 오픈 데이 며칠이에요? 캘린더에 추가해 주세요", "2027년 5월 20일"),
])
def test_a_date_asked_beside_the_calendar_file_is_said_with_it(services: Services, lang: str, ask: str, said: str) -> None:
    reply = talk(services, lang, [(ask, f"{OPEN_DAY}*")], fits)
    assert reply.document is not None and reply.document.filename.endswith(".ics")
    caption = reply.document.caption or ""
    assert said in caption and said in reply.text
    assert caption.index(said) < len(reply.text) + 2  # the date before the file's own line


@pytest.mark.parametrize(("lang", "ask", "said"), [
    ("en", "where's the Korea matchmaking taking place? pls remind me before it", "Seoul"),
    ("es", "¿dónde es el matchmaking con Corea? y recuérdamelo", "Seúl"),
    ("zh", "中韩对接会在哪儿办？到时候提醒我", "首尔"),
    ("ko", "한중 매칭 행사 어디서 해요? 알림 설정해 주세요", "서울"),
])
def test_a_venue_asked_beside_a_reminder_is_said_first(services: Services, lang: str, ask: str, said: str) -> None:
    reply = talk(services, lang, [(ask, f"{MATCH}*")], fits)
    first, _, rest = reply.text.partition("\n\n")
    assert said in first and "v1|rem|-korea_matchmaking_2027" in [b.data for row in reply.buttons for b in row]
    assert rest


# -- a city inside a record's name is not the partner's city ----------------------------------------
@pytest.mark.parametrize(("lang", "first", "then", "city"), [
    ("en", "how do I get to the Hong Kong Street set?", "ok and when's the casting day?", "Hong Kong"),
    ("es", "¿dónde está el set Calle Hong Kong?", "¿y la jornada de casting cuándo es?", "Hong Kong"),
    ("zh", "香港街在哪儿？", "选角日是哪天？", "香港"),
    ("ko", "홍콩 거리 세트 위치 알려 주세요", "캐스팅 데이는 언제예요?", "홍콩"),
])
def test_a_city_in_a_sets_name_sets_no_clock(services: Services, lang: str, first: str, then: str, city: str) -> None:
    reply = talk(services, lang, [(first, "location:guangzhou_hongkong_street*"),
                                  (then, "event:international_sets_casting_day_2027*")], fits)
    assert city not in reply.text


def test_a_city_said_as_theirs_beside_the_set_still_sets_the_clock(services: Services) -> None:
    reply = talk(services, "en", [("we're based in Hong Kong. where is the Hong Kong street set?", "location:guangzhou_hongkong_street*"),
                                  ("when is the casting day?", "event:international_sets_casting_day_2027*")], fits)
    assert "Hong Kong" in reply.text


# -- an event's date and where asked together: one sentence, the name once ---------------------------
@pytest.mark.parametrize(("lang", "ask", "name", "where"), [
    ("en", "what's the date of the pitch day for LatAm producers, and is it in person or online?",
     "HISDA Online Co-production Pitch Day for Latin American Producers", "online"),
    ("en", "when & where is the Korea-China matchmaking?", "Korea–China Short Drama Matchmaking with Reel-K", "Seoul"),
    ("es", "¿qué día y dónde es el encuentro de negocios con Corea?", "Encuentro de negocios Corea–China de microdramas con Reel-K", "Seúl"),
    ("zh", "拉美制片人推介会是哪天？在线上吗？", "横店国际短剧联盟拉美制片人线上合拍推介会", "线上"),
    ("ko", "한중 매칭 행사 날짜랑 장소 알려 주세요", "Reel-K와 함께하는 한중 숏드라마 비즈니스 매칭", "서울"),
])
def test_date_and_venue_together_name_the_event_once(services: Services, lang: str, ask: str, name: str, where: str) -> None:
    reply = talk(services, lang, [(ask, "event:*")], fits)
    assert reply.text.count(name) == 1 and where in reply.text


@pytest.mark.parametrize(("name", "article"), [
    ("Jornada de puertas abiertas del estudio de producción virtual", "La"), ("Festival de Cine de Hengdian", "El"),
    ("Ceremonia Internacional de Firmas y Lanzamientos de Microdramas 2025", "La"),
    ("Programa Global de Talento: sesión informativa de admisión", "El"), ("HISDA Pitch Day", None), ("2025 Gala", None),
])
def test_spanish_event_names_take_their_own_article(name: str, article: str | None) -> None:
    from intents.facts import spanish_article
    assert spanish_article(name) == article


def test_spanish_event_date_opens_with_the_names_article(services: Services) -> None:
    reply = talk(services, "es", [("¿en qué fecha es la noche de cine latino 2027?", "event:latin_film_night_2027*")], fits)
    assert reply.text.startswith("La <b>Noche de Cine Latino 2027</b> es el ")


def test_a_reminder_word_names_no_city() -> None:
    from intents.timezones import mentioned_zone
    assert mentioned_zone("리마인더 걸어 주세요") is None and mentioned_zone("리마인드 부탁해요") is None
    assert mentioned_zone("리마 시간으로 몇 시예요?") == "America/Lima"


def test_whens_asks_the_date_beside_the_calendar_file(services: Services) -> None:
    reply = talk(services, "en", [("whens the open day for virtual production? put it in my calendar pls", f"{OPEN_DAY}*")], fits)
    assert "20 May 2027" in reply.text and reply.document is not None


@pytest.mark.parametrize(("lang", "ask", "name"), [
    ("es", "¿qué día es el encuentro con Reel-K? ¿y en qué lugar?", "Encuentro de negocios Corea–China de microdramas con Reel-K"),
    ("ko", "한중 매칭 행사 며칠이에요? 어디서 하는지도 알려 주세요", "Reel-K와 함께하는 한중 숏드라마 비즈니스 매칭"),
])
def test_date_and_venue_in_two_sentences_still_name_the_event_once(services: Services, lang: str, ask: str, name: str) -> None:
    reply = talk(services, lang, [(ask, "event:korea_matchmaking_2027*")], fits)
    assert reply.text.count(name) == 1


@pytest.mark.parametrize(("lang", "ask", "none_next"), [
    ("en", "is the signing ceremony going to happen again?", "No next edition"),
    ("es", "¿van a volver a hacer la ceremonia de firmas?", "próxima edición"),
    ("zh", "签约仪式以后还会再办吗", "还没有公布下一届"),
    ("ko", "협약식 또 하나요?", "아직 발표되지 않았습니다"),
])
def test_a_card_of_an_event_held_says_what_comes_next(services: Services, lang: str, ask: str, none_next: str) -> None:
    reply = talk(services, lang, [(ask, f"{SIGNING}*")], fits)
    assert none_next in reply.text
