"""Kinds left by answer set 14, each in fresh wordings of our own; the set's own lines are never
copied here:

- other events after the one in focus, asked in the plural: the calendar, not the next one;
- where the event in focus is held, asked with "it" beside "online", with the city it is in, or
  in Hokkien;
- Hokkien (Taiwan, the Philippines) question words in Traditional characters;
- British words for heavy rain ("chucking it down") are the weather, which we do not forecast;
- how late an office in focus can be reached is its hours;
- a Portuguese greeting before a Spanish request."""

from __future__ import annotations

import pytest

from bot.context import Services
from core.text import standard_words, to_simplified
from tests.dialogue import fits, talk

NEAREST = {"en": "when is your next event?", "es": "cual es el evento mas cercano que tienen?",
           "ko": "제일 먼저 열리는 행사가 뭐예요?", "zh": "下一场活动是哪个"}
SESSION = "event:global_talent_info_session_2026*"


@pytest.mark.parametrize("lang,text", [
    ("en", "and which other events have you got after it?"),
    ("en", "any more events lined up after that one?"),
    ("es", "y que otros eventos vienen despues de ese?"),
    ("ko", "그거 다음에 또 무슨 행사들이 있어요?"),
    ("zh", "後面閣有啥物活動無？"),
])
def test_other_events_after_the_one_in_focus_are_the_calendar(services: Services, lang, text) -> None:
    talk(services, lang, [(NEAREST[lang], SESSION), (text, "list:events*")], fits=fits)


@pytest.mark.parametrize("lang,turns", [
    ("en", [("and the event after that?", "event:latam_pitch_day_2027*")]),
    ("ko", [("그 다음 행사는요?", "event:latam_pitch_day_2027*")]),
])
def test_the_one_after_it_stays_one_event(services: Services, lang, turns) -> None:
    talk(services, lang, [(NEAREST[lang], SESSION), *turns], fits=fits)


@pytest.mark.parametrize("lang,text", [
    ("en", "where will it happen, online or in Hengdian?"),
    ("en", "is it held online or at the studios?"),
    ("es", "hay que viajar o se hace por internet?"),
])
def test_where_the_event_in_focus_is_held(services: Services, lang, text) -> None:
    talk(services, lang, [(NEAREST[lang], SESSION), (text, "event:global_talent_info_session_2026#venue")], fits=fits)


@pytest.mark.parametrize("text", ["具体在首尔什么地方举行", "在首尔的哪个场地办", "首尔哪里办"])
def test_where_in_its_city_the_event_is_held(services: Services, text) -> None:
    talk(services, "zh", [("首尔的中韩短剧对接会几号开", "event:korea_matchmaking_2027#date"),
                          (text, "event:korea_matchmaking_2027#venue")])


@pytest.mark.parametrize("text,standard", [
    ("這齣總共偌濟集？", "这出总共多少集？"),
    ("你這馬佇佗位？", "你现在在哪里？"),
    ("尾仔敢有辦？", "最后有没有办？"),
    ("阮欲佮伊見面", "我们要和他见面"),
    ("閣有啥物？", "还有什么？"),
])
def test_hokkien_question_words(text, standard) -> None:
    assert standard_words(to_simplified(text)[0]) == standard


@pytest.mark.parametrize("text", ["我不敢有这种想法", "内阁有几位部长", "伊朗的电影市场", "食欲不好", "无法参加",
                                  "彼此合作", "阮经天主演"])
def test_mandarin_keeps_its_words(text) -> None:
    assert standard_words(text) == text


@pytest.mark.parametrize("turns", [
    [("直播失蹤案是啥物款的戲？", "work:work_vanished_on_live*"), ("這齣攏總偌濟集？", "work:work_vanished_on_live#episodes")],
    [("2025年的拉丁電影之夜尾仔敢有舉辦？", "event:latin_film_night#status")],
    [("有什麼懸疑劇", "list:works?genre=mystery"), ("第二部這馬猶原佇拍攝中抑是已經拍好矣？", "work:*#coproduction")],
    [("2027年彼場拉丁電影之夜是幾月幾號？", "event:latin_film_night_2027#date"),
     ("是佇佗位辦？", "event:latin_film_night_2027#venue")],
])
def test_hokkien_dialogue(services: Services, turns) -> None:
    talk(services, "zh", turns, fits=fits)


@pytest.mark.parametrize("text", [
    "will it be pissing down in Hengdian that week?",
    "is it likely to be bucketing down there in October?",
    "does it tend to be tipping it down in Hengdian around then?",
    "is it chucking it down in Hengdian in the autumn?",
])
def test_british_rain_is_the_weather(services: Services, text) -> None:
    talk(services, "en", [("when's the Hengdian film festival on?", ["faq:film_festival", "event:hengdian_film_festival*"]),
                          (text, "gap:*")], fits=fits)


@pytest.mark.parametrize("text", ["how late can I ring his office?", "until how late can I get hold of his office?",
                                  "how late is his office reachable?", "how late can I reach his team?"])
def test_how_late_an_office_in_focus_answers(services: Services, text) -> None:
    talk(services, "en", [("who's Zhou Fenglai?", ["contact:vertical_short_drama_center", "partner:hengdian_film_tv_services"]),
                          (text, "contact:vertical_short_drama_center#hours")])


@pytest.mark.parametrize("text,expect", [
    ("oi, tudo bem? me gustaria ver sus comedias", "list:works?genre=comedy"),
    ("olá, tudo bom? quiero ver sus dramas de suspenso", "list:works?genre=mystery"),
    ("oi tudo bem, que comedias tienen?", "list:works?genre=comedy"),
])
def test_a_portuguese_greeting_before_a_request(services: Services, text, expect) -> None:
    talk(services, "es", [(text, expect)])
