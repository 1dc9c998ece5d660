"""fixI9 K11: "담당 부서는 어디예요?", "¿qué departamento se encarga?", "哪个部门负责？" after a record's
card: the team that handles it (its contact card), not the record's venue nor its hosts."""

from __future__ import annotations

import pytest

from bot.context import Services
from core.text import fold
from intents import lexicon
from tests.dialogue import talk_patterns as talk

EVENT = {"en": "when is the Korea matchmaking?", "es": "¿cuándo es el encuentro de Corea con Reel-K?",
         "zh": "韩国对接会是什么时候？", "ko": "한국 비즈니스 매칭은 언제예요?"}


@pytest.mark.parametrize("lang,say", [
    ("en", "which department handles it?"),
    ("en", "what team runs that one?"),
    ("es", "¿qué departamento se encarga?"),
    ("es", "¿qué área organiza ese evento?"),
    ("zh", "哪个部门负责？"),
    ("zh", "负责的部门是哪个？"),
    ("ko", "담당 부서는 어디예요?"),
    ("ko", "이 행사 주관 부서는 어디인가요?"),
])
def test_the_team_of_the_event_in_focus(services: Services, lang, say) -> None:
    talk(services, lang, [(EVENT[lang], "event:korea_matchmaking_2027*"), (say, "contact:*")])


@pytest.mark.parametrize("text", ["where is it held?", "¿dónde es?", "在哪里举办？", "장소는 어디예요?", "who is hosting it?"])
def test_a_venue_or_host_is_no_team(text) -> None:
    assert not lexicon.TEAM_ASKED.search(fold(text))
