"""Self-introductions, time differences and whose city (fixH10):

- whole sentences saying who and where the writer is ("Priya, line producer at a studio in Pune.",
  "Lucía, guionista en Quito.", "…민지입니다. 지금은 캐나다에 있어요.") are cut off, and what follows is
  asked as if it came alone; titles "brought to" a market are a distribution wish;
- the clock asked by one who says where they are, "how many hours is Hengdian ahead of X",
  "…so what's the difference" and "diferencia de horario" give the hours between first;
- a partners' city told beside the partner's own leaves the partner's; of two cities said as a
  pair ("split between X and Y"), "the second" is read for any zone's city.

The wordings are this file's own, not an answer set's."""

from __future__ import annotations

import re

import pytest

from bot.context import Services
from core.i18n import t
from core.text import fold
from intents import lexicon
from intents.inquiry_words import wants_inquiry
from intents.timezones import mentioned_zone, own_of_two, zone_said
from tests.dialogue import talk_patterns as talk


@pytest.mark.parametrize("say,asked", [
    ("Hello! Priya, line producer at a studio in Pune. Is there a virtual stage?", "Is there a virtual stage?"),
    ("Buenas! Lucía, guionista en Quito. ¿Hay algún evento en línea?", "¿Hay algún evento en línea?"),
    ("안녕하세요 토론토에 있는 제작사 민지입니다. 지금은 캐나다에 있어요. 헝뎬까지 가는 방법 알려주세요",
     "헝뎬까지 가는 방법 알려주세요"),
])
def test_introduction_sentences_are_cut_off(say, asked) -> None:
    assert lexicon.after_introduction(say) == asked


def test_introduction_sentence_with_a_laugh() -> None:
    said, asked = lexicon.split_introduction("안녕하세요 부산에서 숏드라마 만드는 지호입니다 ㅋㅋ 사극 세트 있어요?")
    assert asked == "사극 세트 있어요?" and said
    assert lexicon.after_introduction("we have a question. is there a virtual stage?") is None


@pytest.mark.parametrize("lang,say", [
    ("en", "hello, Lena, producer at a Berlin studio. do you have virtual production?"),
    ("es", "Hola! Tomás, productor en Santiago. ¿Tienen producción virtual?"),
])
def test_the_ask_after_an_introduction_is_answered(services: Services, lang, say) -> None:
    talk(services, lang, [(say, "faq:virtual_production")])


@pytest.mark.parametrize("say", [
    "hello, we're a Ghana-based buyer and we'd like to bring your vertical dramas to West Africa",
    "queremos llevar sus microdramas a Centroamérica",
    "我们想把你们的短剧带到中东市场",
    "저희가 숏드라마를 동남아에 들여오고 싶습니다",
])
def test_titles_brought_to_a_market_are_a_distribution_wish(say) -> None:
    assert wants_inquiry(say) == "distribute"


def test_bringing_a_crew_is_no_distribution() -> None:
    assert wants_inquiry("can we bring our own crew to the studio?") != "distribute"


@pytest.mark.parametrize("lang,say,words", [
    ("en", "how many hours is Hengdian ahead of Chicago?", ["ahead of Chicago"]),
    ("en", "what's the time in Hengdian? I'm in Nairobi, what's the difference?", ["5 hours ahead of Nairobi"]),
    ("es", "¿qué diferencia de horario tenemos entre Quito y Hengdian?", ["13 horas más que en Quito"]),
    ("zh", "横店现在几点？我在新加坡", ["没有时差"]),
    ("zh", "现在横店几点了？我人在迪拜", ["比迪拜快4小时"]),
    ("ko", "빈하고 헝뎬 시차가 어떻게 돼요?", ["빈보다"]),
    ("es", "¿qué hora es ahora en Hengdian? estoy en Lima", ["13 horas más que en Lima"]),
])
def test_the_hours_between_come_first(services: Services, lang, say, words) -> None:
    reply = talk(services, lang, [(say, "clock:difference")])
    lines = reply.text.splitlines()
    # "横店现在几点？我在新加坡", "¿qué hora es ahora en Hengdian? estoy en Lima" ask the time only:
    # the time asked leads (fixD14), the hours between right after it; asked of the difference, they lead
    now = re.split("@@|##|%%", t("clock_now", lang, time="@@", zone="##", date="%%"))[0]
    asks_time_only = not lexicon.TIME_DIFFERENCE.search(fold(say))
    assert lines[0].startswith(now) == asks_time_only, reply.text
    first = lines[1] if asks_time_only else lines[0]
    assert all(w in first for w in words), reply.text


def test_opening_hours_beside_a_gap_stay_opening_hours(services: Services) -> None:
    talk(services, "en", [("what are the office hours there? we're 6 hours behind", "contact:*")])


def test_one_syllable_vienna_only_beside_a_time_difference() -> None:
    assert mentioned_zone("빈이랑 베이징 시차") == "Europe/Vienna"
    assert mentioned_zone("빈 시간에 연락 주세요") is None


@pytest.mark.parametrize("say,zone", [
    ("somos de Medellín. tenemos socios en Berlín. ¿cuándo es el próximo evento?", "America/Bogota"),
    ("I'm in Manila. we have partners in Paris. when is the next event?", "Asia/Manila"),
])
def test_partners_city_told_beside_ones_own(say, zone) -> None:
    assert zone_said(say, theirs_asked=True) == zone
    assert zone_said(say) == zone


def test_partners_city_alone_is_still_theirs() -> None:
    assert zone_said("tenemos socios en Berlín. ¿qué eventos hay?") is None


@pytest.mark.parametrize("say,zone", [
    ("our crew is split between Tunis and Athens, I'm in the first. what's on next?", "Africa/Tunis"),
    ("the company is between Kampala and Dublin, I'm based in the latter", "Europe/Dublin"),
])
def test_the_one_of_a_pair(say, zone) -> None:
    assert own_of_two(say) == zone
