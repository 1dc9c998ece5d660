"""What partners found on round 36 (fixxC), as kinds in four languages:

- a named event asked yes/no in one or two languages ("中韓對接會係咪用韓文同中文傾？") is the
  event's language, asked: no switch of the reply language, and the event goes into focus;
- "is it held in X?" opens with a yes of being ("是的", "네, X로 참여…"), not the "有的 / 있습니다"
  of "is there…?", which stays for that question;
- a language named by its country ("스페인어", "西班牙语") names no place: no zone offered; a city
  on Beijing time is offered nothing either (every date says Beijing time);
- a date and a length asked together say the date once; "do you know?" after a question and a
  reason ending in 요 add no second answer;
- the length asked as "要幾耐", "몇 시간 해요", "¿cuántas horas dura?"; one hour is "an hour".
"""

from __future__ import annotations

import pytest

from bot.context import Services
from core.i18n import t
from intents import lexicon
from intents.timezones import mentioned_zone
from tests.dialogue import talk

LATAM = "event:latam_pitch_day_2027"
OPEN_DAY = "event:virtual_stage_open_day_2027"
FIRST = {"en": "when is the latam pitch day?", "es": "¿cuándo es la jornada de pitch para productores latinoamericanos?",
         "zh": "拉美推介会什么时候", "ko": "중남미 피칭 데이 언제예요"}


def _zone_buttons(reply) -> list[str]:  # type: ignore[no-untyped-def]
    return [b.data for row in reply.buttons for b in row if b.data and "|tz|" in b.data]


# -- a named event asked in which languages: no switch, the event in focus --------------------------
@pytest.mark.parametrize("text", ["你好，我哋想知中韓對接會係咪用韓文同中文傾？", "中韩对接会是不是用韩语和中文进行"])
def test_a_named_events_languages_asked_is_no_switch(services: Services, text: str) -> None:
    reply = talk(services, "zh-HK", [(text, "event:korea_matchmaking_2027")])
    assert reply.lang.startswith("zh") and ("翻译" in reply.text or "翻譯" in reply.text)
    after = talk(services, "zh-HK", [(text, "event:korea_matchmaking_2027"), ("幾時搞㗎", "event:korea_matchmaking_2027#date")])
    assert "2027" in after.text


# -- is it held in X: yes of being, with the fact ----------------------------------------------------
@pytest.mark.parametrize(("lang", "ask"), [
    ("en", "is it in Spanish?"), ("es", "¿es en español?"), ("zh", "是用西语进行的吗"), ("ko", "스페인어로 진행됩니까?"),
])
def test_held_in_a_language_opens_with_a_yes_of_being(services: Services, lang: str, ask: str) -> None:
    reply = talk(services, lang, [(FIRST[lang], f"{LATAM}"), (ask, f"{LATAM}")])
    assert reply.text.startswith(t("ev_held_in_yes", lang, said="\x00").split("\x00")[0])
    assert not reply.text.startswith(("有的", "네, 있습니다"))
    assert not _zone_buttons(reply)  # "스페인어" is no Madrid


def test_is_there_interpretation_keeps_its_yes_of_having(services: Services) -> None:
    reply = talk(services, "zh", [(FIRST["zh"], f"{LATAM}"), ("有没有同传", f"{LATAM}")])
    assert reply.text.startswith("有的")


def test_a_language_named_by_its_country_names_no_place() -> None:
    for text in ("스페인어로 진행됩니까?", "用西班牙语进行吗", "韓國語可以嗎", "한국어로 해요?"):
        assert mentioned_zone(text) is None, text
    assert mentioned_zone("스페인 사람이에요") == "Europe/Madrid" and mentioned_zone("我们在西班牙") == "Europe/Madrid"


def test_a_city_on_beijing_time_is_offered_no_zone(services: Services) -> None:
    reply = talk(services, "zh", [("请问中韩短剧对接会在首尔哪个地方办？几点开始", "event:korea_matchmaking_2027"),
                                  ("我在成都，换成我们这边几点", "event:korea_matchmaking_2027")])
    assert "13:00" in reply.text and not _zone_buttons(reply)


# -- one fact once ---------------------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("ko", "버추얼 프로덕션 오픈데이 언제예요? 몇 시간 동안 해요?"),
    ("zh", "虚拟制片开放日什么时候？持续多久？"),
    ("zh-HK", "虛擬製片開放日幾時搞？要幾耐？"),
    ("es", "¿cuándo es el open day de producción virtual? ¿cuánto dura?"),
])
def test_date_and_length_together_say_the_date_once(services: Services, lang: str, text: str) -> None:
    reply = talk(services, lang, [(text, f"{OPEN_DAY}#duration")])
    assert reply.text.count("2027") == 1 and reply.text.count("16:30") == 1


def test_do_you_know_adds_no_second_answer(services: Services) -> None:
    reply = talk(services, "ko", [("샹산 영화촬영기지 하루 대여료는 얼마예요? 아시나요", "gap:international_business")])
    assert "\n\n" not in reply.text
    assert all(lexicon.known_asked(x) for x in ("아시나요", "any idea?", "¿lo sabes?", "知道吗？", "知唔知呀"))
    assert not lexicon.known_asked("你知道哪个好吗")


def test_a_reason_ending_in_yo_is_no_second_question(services: Services) -> None:
    reply = talk(services, "ko", [("신인 작가들 교육시킬 만한 프로그램 있나요? 해외 작가 육성하고 싶어서요",
                                   "program:global_talent_program")])
    assert reply.text.count(t("menu_programs", "ko")) == 0 and len(reply.text) < 1200


# -- the length, in more wordings; one hour said as people say it --------------------------------
@pytest.mark.parametrize(("lang", "ask"), [("ko", "몇 시간 해요"), ("es", "¿cuántas horas dura?"), ("zh-HK", "要幾耐？")])
def test_how_many_hours_is_the_length(services: Services, lang: str, ask: str) -> None:
    reply = talk(services, lang, [(FIRST[lang[:2]], f"{LATAM}"), (ask, f"{LATAM}#duration")])
    assert "3" in reply.text


def test_one_hour_is_said_as_an_hour() -> None:
    assert "about an hour" in t("ev_duration_hours", "en", name="X", when="W", count=1, hours=1)
    assert "una hora" in t("ev_duration_hours", "es", name="X", when="W", count=1, hours=1, El="El ")
    assert "3 hours" in t("ev_duration_hours", "en", name="X", when="W", count=3, hours=3)
