"""Kinds of answers22's actions and memory (fix22a):

- an action in words ("set a reminder", "put it in my calendar") when the record in focus is a
  programme whose session was talked about just before, or a programme's card alone: that
  session, not the list of events to pick from; "下个活动" (no 一) is the one next event;
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.context import Services
from tests.dialogue import noon_services, talk

SESSION = "event:global_talent_info_session_2026"


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    yield from noon_services(tmp_path_factory, "fix22a")


@pytest.mark.parametrize(("lang", "turns"), [
    ("en", [("when's your next event?", SESSION), ("and what is the Global Talent Program?", "program:global_talent_program"),
            ("ping me the day before it", SESSION)]),
    ("es", [("¿y el evento que sigue?", SESSION), ("¿de qué se trata el Programa Global de Talento?", "program:global_talent_program"),
            ("avísame un día antes de que empiece", SESSION)]),
    ("zh", [("下个活动啥时候办", [SESSION, SESSION + "#date"]), ("全球人才计划是干嘛的", "program:global_talent_program"),
            ("帮我设个提醒", SESSION)]),
    ("ko", [("다음 행사 언제예요?", SESSION), ("글로벌 인재 프로그램이 뭔가요?", "program:global_talent_program"),
            ("전날에 알림 주세요", SESSION)]),
    # the programme's card alone: its next session
    ("en", [("tell me about the Global Talent Program", "program:global_talent_program"),
            ("add it to my calendar", SESSION)]),
])
def test_action_on_the_programme_in_focus_is_its_session(services: Services, lang: str, turns) -> None:
    talk(services, lang, turns)


@pytest.mark.parametrize("said", ["下个活动是什么呀", "你们下次活动是哪个"])
def test_zh_next_event_without_yi_is_one_event(services: Services, said: str) -> None:
    talk(services, "zh", [(said, [SESSION, SESSION + "#date"])])
