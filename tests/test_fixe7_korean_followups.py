"""Follow-ups the Korean dialogues of a read set missed, each tried in four languages with
wordings written for these tests: a country named only as the clock a time is asked in (the time
of the event in focus, not that country's event), a Korean "-극" / "-물" of a kind (the works of a
genre, not the sets of a period), fact words typed with a slip, an episode's length asked in the
embedded order, a partner named as the host of events, and the owner of the contact of an item
picked from a list. A real Brain, the clock pinned to 2026-11-30 (tests/dialogue.py)."""

from __future__ import annotations

import pytest

from bot.context import Services
from intents.lexicon import fact_asked
from intents.timezones import clock_place_said
from tests.dialogue import ask, talk

NEXT = "event:global_talent_info_session_2026"


@pytest.mark.parametrize("lang,turns", [
    ("ko", [("제일 가까운 행사는 뭐야?", NEXT), ("그건 한국 시간 기준으로 몇 시야?", f"{NEXT}#date"),
            ("그 프로그램은 뭐 하는 데야?", "program:global_talent_program"),
            ("캘린더에 넣을 파일 줘", [NEXT, f"ics:{NEXT[6:]}"]), ("전날 알려 줘", [NEXT, f"remind:{NEXT[6:]}"])]),
    ("en", [("what's coming up next?", NEXT), ("what time is that one in Korea time?", f"{NEXT}#date")]),
    ("es", [("¿cuál es el evento que sigue?", NEXT), ("¿y eso a qué hora es en hora de Corea?", f"{NEXT}#date")]),
    ("zh", [("下一场活动是什么", NEXT), ("那个是韩国时间几点", f"{NEXT}#date")]),
])
def test_a_country_said_as_the_clock_keeps_the_event_in_focus(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns)


def test_clock_place_said_only_of_a_clock() -> None:
    assert clock_place_said("그거 한국 시간으로 몇 시야")
    assert clock_place_said("what time is that in Korea time")
    assert clock_place_said("¿a qué hora es en hora de Corea?")
    assert clock_place_said("那是首尔时间几点")
    for other in ("한국 거는요?", "and the Korea one?", "¿y el de Corea?", "那韩国那个呢", "any events in Korea?"):
        assert not clock_place_said(other), other


@pytest.mark.parametrize("lang,turns", [
    ("ko", [("요즘 배경 도시극 어떤 거 있습니까", "list:works?genre=urban"),
            ("세 번째 작품은 몇 부작입니까", "work:*#episodes"),
            ("다섯 번째 작품은 누가 맡고 있습니까", ["work:work_die_another_take", "contact:vertical_short_drama_center"])]),
    ("ko", [("현대 배경 로맨스물 뭐 있어요", "list:works?genre=romance")]),
    ("en", [("any contemporary urban dramas?", "list:works?genre=urban")]),
    ("es", [("¿tienen dramas urbanos contemporáneos?", "list:works?genre=urban")]),
    ("zh", [("有现代都市剧吗", "list:works?genre=urban")]),
])
def test_a_genre_with_a_period_asked_as_dramas_lists_the_works(services: Services, lang: str, turns) -> None:
    from tests.dialogue import fits
    talk(services, lang, turns, fits=fits)


def test_a_drama_of_a_period_asked_with_a_set_word_is_still_the_sets(services: Services) -> None:
    assert (ask(services, "ko", "현대극 찍을 세트 있어요?").answer or "").startswith("list:locations")


def test_a_drama_to_shoot_is_no_word_for_titles() -> None:
    from core.text import fold
    from intents.lexicon import WORK_WORDS
    assert WORK_WORDS.search(fold("궁중극 목록 좀 보여 주세요"))
    assert not WORK_WORDS.search(fold("궁중극 촬영하려면 어디로 가야 해요?"))


@pytest.mark.parametrize("text,fact", [
    ("the emperor's clockmaker, which langauges?", "languages"),
    ("does it come with subtitels", "languages"),
    ("el relojero del emperador, ¿en qué idoimas está?", "languages"),
    ("and how long each one is?", "episode_minutes"),
    ("tell me how long the episodes run", "episode_minutes"),
])
def test_fact_words_with_a_slip_and_in_embedded_order(text: str, fact: str) -> None:
    assert fact_asked(text) == fact


def test_a_real_word_is_no_slip() -> None:
    assert fact_asked("can we sign a contract for it") != "languages"


@pytest.mark.parametrize("lang,lines", [
    ("en", ["which events is Dalynn hosting?"]),
    ("es", ["¿qué eventos organiza Dalynn?"]),
    ("ko", ["다음 행사 뭐예요?", "Dalynn이 주최하는 거요?"]),
    ("zh", ["下一个活动是什么？", "Dalynn主办的呢？"]),
])
def test_a_partner_named_as_host_lists_its_events(services: Services, lang: str, lines: list[str]) -> None:
    assert ask(services, lang, *lines).answer == "list:events?when=upcoming&partner=dalynn_studio"


@pytest.mark.parametrize("lang,lines", [
    ("en", ["urban dramas please", "and the second?", "who is in charge of the fifth one?", "how many episodes does it have?"]),
    ("ko", ["도시극 목록 보여 주세요", "두 번째는요?", "다섯 번째 작품 담당은 어디예요?", "그 작품은 몇 부작이에요?"]),
])
def test_the_contact_of_a_picked_item_keeps_that_item(services: Services, lang: str, lines: list[str]) -> None:
    assert ask(services, lang, *lines).answer == "work:work_die_another_take#episodes"
