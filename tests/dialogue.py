"""Whole conversations with a real Brain, shared by the follow-up tests: the shipped knowledge,
the real classifier, a temporary store, the clock pinned to 2026-11-30 12:00 UTC (the evaluation
sets' "now"). A test module takes the `services` fixture below (registered for every module as a
plugin in `tests/conftest.py`; a module's own `services` wins) and says its lines with `talk`,
`replies` or `last_reply`.

The modules that talk only through new chats share ONE such Brain per test process: building
one (store, knowledge, model, indexes) and warming what its first messages build is ~1 s of
CPU, paid by some twenty modules before. Nothing they say can reach another module: each
conversation is a chat of its own (`new_chat`, one counter for every module), and the Brain
keeps no state outside its chats. A module that changes its services (another clock, edited
knowledge, a fault) builds its own with `build_services`."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from fnmatch import fnmatch, fnmatchcase
from itertools import count
from pathlib import Path

import pytest

from bot.app import build_services
from bot.console import ConsoleSession
from bot.context import Services
from bot.settings import Settings
from core.store import Profile
from intents.nlu.answers import matches
from intents.reply import Reply
from tests.warm_cache import warm_data_dir

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
_chats = count(200_000)


def new_chat() -> int:
    """A chat id no other test of this process uses (the modules share one store)."""
    return next(_chats)

Expect = str | list[str] | tuple[str, ...]


def last_reply(services: Services, lang: str, lines: list[str]):
    """The bot's reply to the last of `lines`, said in order in a new chat whose Telegram
    language is `lang` (the replies before it only set up the conversation)."""
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    reply = None
    for line in lines:
        reply = services.brain.reply_to_text(chat, line, services.store.profile(chat))
    return reply


def ask(services: Services, lang: str, *lines: str) -> Reply:
    """`last_reply`, the lines given one by one (one line: a question asked alone)."""
    reply = last_reply(services, lang, list(lines))
    assert reply is not None
    return reply


def replies(services: Services, lang: str, lines: list[str]) -> list[Reply]:
    """Each line's reply, in one new chat whose Telegram language is `lang`."""
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    return [services.brain.reply_to_text(chat, line, services.store.profile(chat)) for line in lines]


def say(services: Services, lang: str, *lines: str) -> list[Reply]:
    """`replies`, the lines given one by one."""
    return replies(services, lang, list(lines))


def labels(reply: Reply) -> list[str]:
    """The labels of a reply's buttons, row by row."""
    return [b.label for row in reply.buttons for b in row]


def console(services: Services, lang: str) -> ConsoleSession:
    """A console session (the bot's replies as Telegram would show them) in a new chat whose
    Telegram language is `lang`."""
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    return ConsoleSession(services, chat)


def fits(expect: Expect, got: str | None) -> bool:
    """An answer key as the answer sets match it, or a shell pattern where `*` stands for any id
    or fact ("work:*#logline"); a list or tuple accepts any of its keys."""
    options = list(expect) if isinstance(expect, (list, tuple)) else [expect]
    return any(fnmatch(got or "", e) if "*" in e else matches(e, got) for e in options)


def globs(expect: Expect, got: str | None) -> bool:
    """The answer key fits one of the shell patterns expected ("event:*"; a list or tuple: any
    of them), with no `matches` of the answer sets."""
    options = [expect] if isinstance(expect, str) else list(expect)
    return any(fnmatchcase(got or "", e) for e in options)


_shared: list[Services] = []


def noon_services(tmp_path_factory: pytest.TempPathFactory, name: str) -> Iterator[Services]:
    """The process's shared services (made on first use over a fresh copy of the warm data
    folder, the Brain's clock at `NOW`); `close_shared` closes the store at the session's end.
    `name` is kept for the callers' readability: every module gets the same services."""
    if not _shared:
        settings = Settings(_env_file=None, bot_token=None, bot_knowledge_dir=ROOT / "knowledge",  # type: ignore[call-arg]
                            bot_data_dir=warm_data_dir(tmp_path_factory.mktemp("noon")), bot_staff_chat_id=None)
        built = build_services(settings)
        built.brain.clock = lambda: NOW
        _shared.append(built)
        gc.collect()
        gc.freeze()  # kept to the session's end: out of the collector's passes (tests/conftest.py)
    yield _shared[0]


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    """The shared services (`noon_services`), for every test module without its own."""
    yield from noon_services(tmp_path_factory, "shared")


@pytest.fixture
def partner(services: Services) -> Callable[[str], Profile]:
    """`partner(lang)`: the profile of a new chat whose Telegram language is `lang`."""
    return lambda lang: services.store.touch(new_chat(), language_code=lang)


def close_shared() -> None:
    """Close the shared store (called once the session ends, `tests/conftest.py`)."""
    while _shared:
        _shared.pop().store.db.conn.close()


def talk(services: Services, lang: str, turns: list[tuple[str, Expect]],
         fits: Callable[[Expect, str | None], bool] = matches) -> Reply:
    """Say each line in one new chat (Telegram language `lang`); every answer key must fit what
    is expected (`matches` of the answer evaluation unless told otherwise); the last reply."""
    chat = new_chat()
    services.store.touch(chat, language_code=lang)
    reply = None
    for number, (say, expect) in enumerate(turns, 1):
        reply = services.brain.reply_to_text(chat, say, services.store.profile(chat))
        assert fits(expect, reply.answer), f"turn {number} {say!r}: expected {expect}, got {reply.answer}"
    assert reply is not None
    return reply


def talk_patterns(services: Services, lang: str, turns: list[tuple[str, Expect]]) -> Reply:
    """`talk`, every answer key fitting its pattern (`fits`: "event:*", a list of options)."""
    return talk(services, lang, turns, fits=fits)
