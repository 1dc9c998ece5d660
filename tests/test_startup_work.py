"""Work taken out of the start-up: patterns compiled on first use (`core.lazy_re`) and command
menus published only when they changed (`bot.commands.set_commands`)."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import telegram

from bot import commands
from core import lazy_re
from intents import handoff_words, lexicon
from tests.botapi_stub import BotApiStub

TEXTS = ["Do you have any SCI-FI titles?", "¿qué eventos hay en mayo?", "联系谁", "", "a\nb c"]


def test_a_lazy_pattern_compiles_on_first_use_and_answers_as_re_does() -> None:
    lazy = lazy_re.compile(r"(?P<word>\b[a-z]+\b)|(\d+)", re.IGNORECASE)
    plain = re.compile(r"(?P<word>\b[a-z]+\b)|(\d+)", re.IGNORECASE)
    assert lazy.pattern == plain.pattern
    assert lazy._compiled is None  # type: ignore[attr-defined]  # .pattern alone does not compile
    for text in TEXTS:
        assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert lazy.sub("<\\g<word>>", text) == plain.sub("<\\g<word>>", text)
        assert lazy.findall(text) == plain.findall(text)
        assert bool(lazy.search(text)) == bool(plain.search(text))
        assert lazy.split(text) == plain.split(text)
    assert (lazy.flags, lazy.groups, lazy.groupindex) == (plain.flags, plain.groups, plain.groupindex)
    assert lazy._compiled is not None  # type: ignore[attr-defined]


def test_compile_pending_compiles_every_pattern_not_used_yet() -> None:
    waiting = [lazy_re.compile(rf"\bword{i}\b") for i in range(3)]
    waiting[0].search("word0")
    assert lazy_re.compile_pending() >= 2
    assert all(p._compiled is not None for p in waiting)  # type: ignore[attr-defined]
    assert lazy_re.compile_pending() == 0


def test_vocabulary_modules_patterns_are_lazy_and_match_as_compiled_ones() -> None:
    lazy = [value for module in (lexicon, handoff_words) for value in vars(module).values()
            if isinstance(value, lazy_re.LazyPattern)]
    assert len(lazy) > 80  # module-level ones; more sit in dicts and lists
    for pattern in lazy:
        plain = re.compile(pattern.pattern, pattern._flags)
        for text in ("who is in charge of visas this year?", "necesito hablar con una persona"):
            assert bool(pattern.search(text)) == bool(plain.search(text))


async def test_command_menus_are_published_again_only_when_they_change(
        stub: BotApiStub, tmp_path: Path, monkeypatch) -> None:
    record = tmp_path / commands.MENU_RECORD
    async with telegram.Bot(**stub.bot_kwargs()) as bot:
        app = SimpleNamespace(bot=bot)
        await commands.set_commands(app, record)  # type: ignore[arg-type]
        first = len(stub.calls("setMyCommands"))
        assert first == len(commands.menus()) and record.is_file()
        await commands.set_commands(app, record)  # type: ignore[arg-type]  # unchanged: skipped
        assert len(stub.calls("setMyCommands")) == first
        menu = commands.command_menu
        monkeypatch.setattr(commands, "command_menu", lambda lang: [
            telegram.BotCommand(c.command, c.description + (" (nuevo)" if lang == "es" else ""))
            for c in menu(lang)])
        await commands.set_commands(app, record)  # type: ignore[arg-type]  # a changed text
        assert len(stub.calls("setMyCommands")) == 2 * first
        assert stub.commands(language_code="es")[0]["description"].endswith(" (nuevo)")
        await commands.set_commands(app)  # type: ignore[arg-type]  # no record: always sent
        assert len(stub.calls("setMyCommands")) == 3 * first
