"""Kinds blind set 8 found, asked in fresh wordings in the four languages: the next event said
without "next" ("what's coming up first?", "el evento que sigue", "最近的一场活动", "제일 먼저 열리는
행사") is that one event, not the list; night scenes asked by their props (lanterns, "faroles",
"灯笼", "야간 씬") are the night-scene sets; the weather asked after an event is an honest gap,
never a set, the events of a month or a FAQ that only shares words; a city named for its clock
("Port of Spain", "西班牙港") is a time zone, not a harbour set or a team's hours; the studio's
short drama strategy is the programme that holds it; an era no set is tagged with (the Tang) is
the guide to which set suits which era."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents import lexicon
from intents.entities import EntityIndex
from intents.understand import _outside_place_names
from tests.dialogue import talk

NEXT_EVENT = "event:global_talent_info_session_2026"
NIGHT = ["list:locations?scene=night_scene", "location:dream_valley"]
FILM_NIGHT_DATE = "event:latin_film_night_2027#date"
STRATEGY = "program:short_drama_hub_2025"


@pytest.mark.parametrize("lang,say", [
    ("en", "what's coming up first on your calendar?"),
    ("en", "which is the soonest event you have?"),
    ("es", "oigan, ¿qué evento toca ahora?"),
    ("es", "¿cuál es el evento más cercano?"),
    ("zh", "你们最近的一场活动是什么"),
    ("zh", "马上要办的活动是哪个"),
    ("ko", "제일 먼저 열리는 행사가 어떤 거예요?"),
    ("ko", "다음으로 예정된 행사 알려 주세요"),
])
def test_the_first_event_coming_is_that_one_event(services: Services, lang: str, say: str) -> None:
    talk(services, lang, [(say, NEXT_EVENT)])


def test_which_year_after_the_next_event_is_its_date(services: Services) -> None:
    talk(services, "es", [("¿cuál es el evento que sigue?", NEXT_EVENT),
                          ("¿eso es este año o el otro?", f"{NEXT_EVENT}#date")])


@pytest.mark.parametrize("text,position", [
    ("what's coming up first?", None),
    ("the first one", 1),
    ("la primera, ¿de qué trata?", 1),
])
def test_first_in_the_next_event_is_no_pick_from_a_list(text: str, position: int | None) -> None:
    assert lexicon.ordinal(text) == position


@pytest.mark.parametrize("lang,say", [
    ("en", "any streets at night with lanterns we could shoot on?"),
    ("es", "necesitamos tomas de noche con faroles, ¿dónde se puede?"),
    ("zh", "有没有挂灯笼的夜景街道可以拍"),
    ("ko", "밤 씬 위주로 찍을 만한 데 있어요?"),
])
def test_night_scenes_asked_by_their_props_are_the_night_sets(services: Services, lang: str, say: str) -> None:
    talk(services, lang, [(say, NIGHT)])


@pytest.mark.parametrize("lang,turns", [
    ("en", [("when is Latin Film Night 2027?", FILM_NIGHT_DATE), ("is it going to be raining that evening?", "gap:*")]),
    ("es", [("¿cuándo es la noche de cine latino 2027?", FILM_NIGHT_DATE), ("¿y va a llover esos días?", "gap:*")]),
    ("zh", [("拉丁电影之夜2027是哪天", FILM_NIGHT_DATE), ("那边那时候闷热吗", "gap:*")]),
    ("ko", [("라틴 영화의 밤 2027 언제예요?", FILM_NIGHT_DATE), ("그 무렵 비 자주 와요?", "gap:*")]),
])
def test_the_weather_after_an_event_is_an_honest_gap(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns)


@pytest.mark.parametrize("lang,say", [
    ("ko", "헝뎬은 4월에 날씨가 어떤 편인가요?"),
    ("es", "¿hace mucho calor en Hengdian en julio?"),
])
def test_the_weather_is_a_gap_before_a_faq_that_only_shares_words(services: Services, lang: str, say: str) -> None:
    talk(services, lang, [(say, "gap:*")])


@pytest.mark.parametrize("text,topic", [
    ("去哪块景比较合适", None),
    ("横店和象山比较起来哪个便宜", "compare"),
    ("will it be snowing in December?", "weather"),
    ("a snow scene set?", None),
    ("눈 오는 장면 세트 있어요?", None),
])
def test_weather_and_comparison_words(text: str, topic: str | None) -> None:
    assert lexicon.gap_topic(text) == topic


@pytest.mark.parametrize("lang,city", [
    ("en", "and in Port of Spain time?"),
    ("es", "¿y a qué hora sería en Puerto España?"),
    ("zh", "换成西班牙港时间是几点"),
    ("ko", "포트오브스페인 기준으로 몇 시예요?"),
])
def test_a_city_named_for_its_clock_is_a_time_zone(services: Services, lang: str, city: str) -> None:
    first = {"en": "when is Latin Film Night 2027?", "es": "¿cuándo es la noche de cine latino 2027?",
             "zh": "拉丁电影之夜2027是哪天", "ko": "라틴 영화의 밤 2027 언제예요?"}[lang]
    talk(services, lang, [(first, FILM_NIGHT_DATE), (city, FILM_NIGHT_DATE)])


@pytest.mark.parametrize("text,harbour", [
    ("what time is that in Port of Spain?", False),
    ("do you have a port we could film in?", True),
])
def test_a_kind_of_set_inside_a_citys_name_names_no_set(services: Services, text: str, harbour: bool) -> None:
    kb = services.brain.knowledge.current
    found = tuple(EntityIndex.build(list(kb.terms())).find(text))
    assert any(e.id == "harbour" for e in _outside_place_names(text, found)) is harbour


@pytest.mark.parametrize("lang,say", [
    ("en", "what's Hengdian's game plan for short dramas?"),
    ("es", "¿hacia dónde va Hengdian con los microdramas? ¿cuál es la hoja de ruta?"),
    ("zh", "横店在短剧上的发展方向和布局是什么"),
    ("ko", "헝뎬이 숏드라마 쪽으로 어떤 로드맵을 갖고 있나요?"),
])
def test_the_studios_short_drama_strategy_is_its_programme(services: Services, lang: str, say: str) -> None:
    talk(services, lang, [(say, STRATEGY)])


@pytest.mark.parametrize("text,asks", [
    ("what's Hengdian's game plan for short dramas?", True),
    ("what is the alliance's strategy?", False),
    ("스튜디오 방문 계획이 있어요", False),
])
def test_the_studios_strategy_in_words(text: str, asks: bool) -> None:
    assert lexicon.asks_studio_strategy(text) is asks


@pytest.mark.parametrize("lang,say", [
    ("en", "our story is set in Tang-dynasty Chang'an, which backlot works?"),
    ("es", "la serie pasa en la dinastía Tang, ¿qué set nos sirve?"),
    ("zh", "唐代宫廷戏在横店哪个景比较好拍"),
    ("ko", "당나라 배경 궁중극인데 어디서 찍으면 좋을까요?"),
])
def test_an_era_no_set_is_tagged_with_is_the_set_guide(services: Services, lang: str, say: str) -> None:
    talk(services, lang, [(say, "faq:which_set")])


@pytest.mark.parametrize("lang,turns", [
    ("zh", [("下一个活动是什么", NEXT_EVENT), ("是线上还是线下", f"{NEXT_EVENT}#venue")]),
    ("ko", [("다음 행사 뭐예요?", NEXT_EVENT), ("직접 가는 건가요 아니면 온라인이에요?", f"{NEXT_EVENT}#venue")]),
])
def test_online_or_in_person_names_no_online_event(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns)


@pytest.mark.parametrize("lang,say,expected", [
    ("ko", "그 해외 배경 세트 아직 짓는 중인가요?", "location:international_sets#built"),
    ("zh", "国际实景盖好了吗", "location:international_sets#built"),
    ("ko", "'할머니 2.0' 라이센스 받을 수 있어요?", "work:work_grandma_2_0#coproduction"),
    ("es", "la jornada de pitch para productores latinos, ¿qué día cae?", "event:latam_pitch_day_2027#date"),
    ("es", "¿tienen calles con aire occidental para grabar?", "list:locations?scene=western_street"),
])
def test_a_fact_asked_in_loanwords_and_market_words(services: Services, lang: str, say: str, expected: str) -> None:
    talk(services, lang, [(say, expected)])


@pytest.mark.parametrize("lang,say,expected", [
    ("ko", "앞으로 잡힌 행사들 좀 알려 주세요", "list:events?when=upcoming"),
    ("zh", "告诉我接下来都有哪些活动", "list:events?when=upcoming"),
    ("ko", "새 작품 소식 나오면 알려 주세요", ["subscribe", "subscribe:catalog_releases"]),
])
def test_tell_me_the_coming_events_is_the_list_not_a_subscription(services: Services, lang: str, say: str,
                                                                  expected) -> None:
    talk(services, lang, [(say, expected)])
