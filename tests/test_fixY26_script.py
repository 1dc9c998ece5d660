"""A partner who writes Traditional Chinese and pastes a title as our list prints it (fixY26,
play35: "祠堂迷踪", whose 踪 only Simplified writes) keeps Traditional: a name copied from our
files tells no script, the words around it do. Wordings written for these tests."""

from __future__ import annotations

import pytest

from bot.context import Services
from tests.dialogue import new_chat


def script_after(services: Services, lines: list[str]) -> str | None:
    chat = new_chat()
    services.store.touch(chat, language_code="zh")
    for line in lines:
        services.brain.reply_to_text(chat, line, services.store.profile(chat))
    return services.store.profile(chat).zh_script


@pytest.mark.parametrize("lines", [
    ["請問有懸疑劇嗎？", "祠堂迷踪"],
    ["想找愛情類的短劇，謝謝", "陶俑里的她"],
])
def test_a_title_pasted_keeps_traditional(services: Services, lines: list[str]) -> None:
    assert script_after(services, lines) == "hant"


@pytest.mark.parametrize("lines", [
    ["請問有懸疑劇嗎？", "祠堂迷踪有几集"],
    ["有什么悬疑剧", "祠堂迷踪"],
])
def test_words_around_a_title_still_tell_the_script(services: Services, lines: list[str]) -> None:
    assert script_after(services, lines) == "hans"
