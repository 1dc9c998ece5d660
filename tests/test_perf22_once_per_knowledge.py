"""perf22 (issue 10, the median message): work every message paid for, done once per knowledge
version or only where the message can be the one it is for; the answers stay the same."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from bot.context import Services
from core.text import to_simplified
from intents import router
from tests.dialogue import ask


class _CountedPrograms(dict):
    """A knowledge's programmes that count how often they are walked."""

    walked = 0

    def items(self):  # type: ignore[override]
        type(self).walked += 1
        return super().items()


def test_the_interns_programme_is_worked_out_once_per_knowledge_version(services: Services) -> None:
    kb = services.knowledge.current
    programs = _CountedPrograms(kb.programs)
    shipped = SimpleNamespace(kb=SimpleNamespace(version="perf22-" + kb.version, programs=programs))
    _CountedPrograms.walked = 0
    assert router._interns_program(shipped) == ("program", "global_talent_program")
    assert router._interns_program(shipped) == ("program", "global_talent_program")
    assert _CountedPrograms.walked == 1
    # a reload without that programme: worked out again, for the new version
    reloaded = SimpleNamespace(kb=SimpleNamespace(
        version="perf22-reloaded", programs={pid: p for pid, p in kb.programs.items() if pid != "global_talent_program"}))
    assert router._interns_program(reloaded) is None
    assert router._interns_program(shipped) == ("program", "global_talent_program")
    assert _CountedPrograms.walked == 2


@pytest.mark.parametrize("lang,text", [
    ("en", "what's the date of Latin Film Night?"), ("es", "¿qué locaciones tienen para época Ming?"),
    ("zh", "你们有什么科幻短剧？"), ("ko", "비자 어떻게 받아요?"),
])
def test_a_message_that_says_no_internship_never_looks_for_the_programme(
        services: Services, monkeypatch: pytest.MonkeyPatch, lang: str, text: str) -> None:
    def looked(_turn):
        raise AssertionError("the interns' programme looked for")

    monkeypatch.setattr(router, "_interns_program", looked)
    assert ask(services, lang, text).answer  # answered, the programme never looked for


@pytest.mark.parametrize("lang,text", [
    ("en", "do you have internships?"), ("es", "¿tienen pasantías?"), ("zh", "你们有实习吗？"), ("ko", "인턴십도 있어요?"),
])
def test_internships_asked_still_name_the_talent_programme(services: Services, lang: str, text: str) -> None:
    assert ask(services, lang, text).answer == "program:global_talent_program"


@pytest.mark.parametrize("text", [
    "你們在香港有辦事處嗎？", "你们在首尔有办事处吗？", "第二部呢", "軟體和網路", "中國數位文化集團", "hola", "비자", "",
])
def test_the_simplified_reading_kept_per_text_is_the_one_made_afresh(text: str) -> None:
    fresh = to_simplified.__wrapped__(text)
    assert to_simplified(text) == fresh
    assert to_simplified(text) == fresh
