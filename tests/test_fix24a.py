"""Kinds found by testers playing partners (issue 7), each in the languages it concerns:

- what comes after the event in focus, asked in the singular ("What comes after that?", "¿y el
  siguiente?", "那之后呢", "그 다음은 뭐예요?"): the one event after it in date order, not the
  whole calendar (asked of all of them or with "else", the calendar: tests/test_k18a.py);
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.context import Services
from tests.dialogue import fits, noon_services, talk

SESSION = "event:global_talent_info_session_2026"
PITCH = "event:latam_pitch_day_2027"
EVENTS = "list:events*"


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    yield from noon_services(tmp_path_factory, "fix24a")


# -- the one event after the one in focus ---------------------------------------------------------
NEXT = {"en": "What's the next event?", "es": "¿cuál es el próximo evento?", "zh": "下一个活动是什么",
        "ko": "다음 행사 뭐예요?"}


@pytest.mark.parametrize(("lang", "then"), [
    ("en", "What comes after that?"), ("en", "and what's after it?"), ("en", "and after that?"), ("en", "and the next one?"),
    ("es", "¿y el siguiente?"), ("es", "¿después de ese cuál viene?"), ("es", "y después, ¿cuál sigue?"),
    ("zh", "那之后呢？"), ("zh", "之后是什么活动"), ("zh", "下一个呢"),
    ("ko", "그 다음은 뭐예요?"), ("ko", "그 뒤에는 뭐가 와요?"), ("ko", "다음 거는요?"),
])
def test_what_comes_after_the_event_in_focus_is_the_one_after_it(services: Services, lang: str, then: str) -> None:
    talk(services, lang, [(NEXT[lang], f"{SESSION}*"), (then, f"{PITCH}*")], fits)


@pytest.mark.parametrize(("lang", "then"), [
    ("en", "what else is on after that?"), ("en", "anything else planned after that?"),
    ("es", "¿y qué otros eventos hay después de ese?"), ("es", "¿y q viene después de eso?"), ("zh", "之后还有哪些活动"), ("ko", "그 다음엔 뭐 있어요?"),
])
def test_all_that_come_after_the_event_in_focus_are_the_calendar(services: Services, lang: str, then: str) -> None:
    talk(services, lang, [(NEXT[lang], f"{SESSION}*"), (then, EVENTS)], fits)


def test_the_one_after_the_one_after_moves_on(services: Services) -> None:
    talk(services, "en", [(NEXT["en"], f"{SESSION}*"), ("What comes after that?", f"{PITCH}*"),
                          ("and what comes after that one?", "event:korea_matchmaking_2027*")], fits)
