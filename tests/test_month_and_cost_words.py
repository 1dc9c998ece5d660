"""A month names the one coming event of that month when a fact of it is asked ("y el de marzo es
presencial?"); "in march"/"next may" are months; "what would it cost" asks a price (an honest gap).
Wordings are fresh (not from any evaluation set)."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import talk


@pytest.mark.parametrize("lang,turns", [
    ("es", [("¿qué eventos tienen para el próximo año?", "list:events"),
            ("oye, ¿el de marzo se hace en línea o hay que viajar?", "event:latam_pitch_day_2027#venue")]),
    ("zh", [("明年都有哪些活动？", "list:events"), ("四月份那个在哪儿办？", "event:korea_matchmaking_2027#venue")]),
    ("ko", [("내년에 무슨 행사 있어요?", "list:events"), ("3월 행사는 온라인인가요?", "event:latam_pitch_day_2027#venue")]),
    ("en", [("what events do you have lined up?", "list:events"),
            ("where's the one in april happening?", "event:korea_matchmaking_2027#venue")]),
])
def test_a_month_names_its_one_coming_event_when_a_fact_is_asked(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns)


@pytest.mark.parametrize("text,month", [("anything happening in march?", "3"), ("are you doing something next may", "5"),
                                        ("may I ask what you do?", None), ("we'll march on regardless", None),
                                        ("rodamos cerca del mar", None)])
def test_may_and_march_are_months_after_a_word_of_time(services: Services, text: str, month: str | None) -> None:
    assert (services.brain.understand(text).ids("month") or [None])[0] == month


@pytest.mark.parametrize("text", ["what would it cost us to pick this one up for Ghana?",
                                  "what does that cost for a two-year license?", "licensing terms for Kenya?"])
def test_what_it_would_cost_is_an_honest_gap(services: Services, text: str) -> None:
    talk(services, "en", [("tell me about No Stand-In for Love", "work:work_no_stand_in_for_love"), (text, "gap:*")])
